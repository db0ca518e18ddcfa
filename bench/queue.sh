#!/usr/bin/env bash
# Queue benchmark: events/s drained from events-inbound by the Release local host (queue trigger emulation:
# decode, validate, score, durable group-commit append, delete) against a raw receive + delete loop with the same
# messages in flight, on the same private in-memory Azurite with the same number of preloaded messages.
# Writes bench/results/queue.md. Loopback only; everything it starts is killed on exit. About 2-3 minutes.
# Knobs (environment): QUEUE_MESSAGES (one-event messages, 3000), QUEUE_BATCH_MESSAGES (50-event messages, 1000).
# Azurite's in-memory queue scans every message of the account on each receive and delete, so drain rates fall
# steeply with the number of messages stored (all queues together); see the notes written into queue.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
M1="${QUEUE_MESSAGES:-3000}"
M50="${QUEUE_BATCH_MESSAGES:-1000}"
COMMAND="QUEUE_MESSAGES=$M1 QUEUE_BATCH_MESSAGES=$M50 bench/queue.sh"

log "building Release (LocalHost, Cli, Bench) into bench/.artifacts"
prepare_source
build_release src/LocalHost/LocalHost.csproj
build_release src/Cli/Cli.csproj
build_release bench/Bench/Bench.csproj
CLI=(dotnet "$ARTIFACTS/bin/Cli/release/Tidewater.Cli.dll")
BENCH=(dotnet "$ARTIFACTS/bin/Bench/release/Tidewater.Bench.dll")

# Preloads $1 messages of $2 events into queue $3 (seed $4) with the CLI's parallel sender, into a queue emptied
# first; a second try if the count comes out wrong (a send retried after a storage timeout can land twice).
preload() {
  local attempt count
  for attempt in 1 2; do
    "${BENCH[@]}" delete-queue --connection "$STORAGE" --queue "$3" >/dev/null
    "${CLI[@]}" send --target queue --connection "$STORAGE" --queue "$3" --count $(( $1 * $2 )) --batch "$2" --seed "$4" \
      --concurrency 64 --no-progress >"$BENCH_TMP/preload.txt" 2>&1 || { cat "$BENCH_TMP/preload.txt" >&2; return 1; }
    count=$("${BENCH[@]}" queue-count --connection "$STORAGE" --queue "$3")
    log "preloaded $3: $count ($(grep '^rate:' "$BENCH_TMP/preload.txt"))"
    [ "$(field messages "$count")" = "$1" ] && return 0
    log "expected $1 messages (attempt $attempt)"
  done
  return 1
}

# Starts the local host without waiting for it (the drain watcher times it); sets HOST_PID.
launch_localhost() {
  local port; port=$(free_port)
  (cd "$SOURCE_DIR" && ASPNETCORE_URLS="http://127.0.0.1:$port" AzureWebJobsStorage="$STORAGE" Tidewater__FunctionKey="$BENCH_KEY" \
    exec dotnet "$ARTIFACTS/bin/LocalHost/release/Tidewater.LocalHost.dll" >>"$BENCH_TMP/host.log" 2>&1) &
  HOST_PID=$!; BENCH_PIDS+=("$HOST_PID")
}

# Drains events-inbound with a fresh host; sets WATCH (watcher output) and RSS (host VmHWM, MB).
host_drain() {
  wait_quiet 120
  launch_localhost
  WATCH=$("${BENCH[@]}" watch-drain --connection "$STORAGE" --queue events-inbound --initial "$1" --pids "host:$HOST_PID,azurite:$AZURITE_PID")
  sleep 0.5
  RSS=$(peak_rss_mb "$HOST_PID")
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true
  ALERTS=$("${BENCH[@]}" queue-count --connection "$STORAGE" --queue alerts)
  "${BENCH[@]}" delete-queue --connection "$STORAGE" --queue alerts >/dev/null  # the next host start recreates it
  log "host drain: $(tr '\n' ' ' <<<"$WATCH") rss=${RSS}MB"
}

wait_quiet 240
start_azurite

# Preloads $1 one-event messages into bench-raw (seed $2) and drains them with the raw loop; sets RAW_WATCH, RAW_SELF.
raw_drain() {
  preload "$M1" 1 bench-raw "$2" || return 1
  wait_quiet 120
  "${BENCH[@]}" raw-drain --connection "$STORAGE" --queue bench-raw --expect "$M1" --max-in-flight 32 --threshold 16 >"$BENCH_TMP/raw.txt" &
  local pid=$!; BENCH_PIDS+=("$pid")
  RAW_WATCH=$("${BENCH[@]}" watch-drain --connection "$STORAGE" --queue bench-raw --initial "$M1" --pids "azurite:$AZURITE_PID")
  wait "$pid"
  RAW_SELF=$(cat "$BENCH_TMP/raw.txt")
  log "raw ($1): $(tr '\n' ' ' <<<"$RAW_WATCH") / self-timed: $RAW_SELF"
}

# A drain is repeated (up to 3 times, with fresh messages and new event ids) while processes other than the
# drainer and Azurite used more than OTHER_LIMIT CPU-seconds during it: other people's builds and tests share the
# machine. OTHER is what they used in the kept attempt, ATTEMPTS how many it took.
OTHER_LIMIT="${QUEUE_OTHER_LIMIT:-2.0}"
other_cpu() { awk -v m="$(field cpu_machine "$1")" -v a="$(field cpu_azurite "$1")" -v d="$2" 'BEGIN { o = m - a - d; printf "%.2f", (o < 0 ? 0 : o) }'; }
quiet_enough() { awk -v o="$1" -v l="$OTHER_LIMIT" 'BEGIN { exit !(o <= l) }'; }

raw_case() {
  local attempt
  for attempt in 1 2 3; do
    raw_drain "$1" $(( $2 + 10 * attempt )) || return 1
    ATTEMPTS=$attempt; OTHER=$(other_cpu "$RAW_WATCH" "$(field cpu_raw "$RAW_SELF")")
    quiet_enough "$OTHER" && return 0
    log "other processes used $OTHER CPU-seconds during the drain; repeating"
  done
  log "the machine stayed busy; keeping the last attempt"
}

PRELOADED_EVENTS=0
host_case() {
  local attempt
  for attempt in 1 2 3; do
    preload "$1" "$2" events-inbound $(( $3 + 10 * attempt ))
    PRELOADED_EVENTS=$(( PRELOADED_EVENTS + $1 * $2 ))
    host_drain "$1"
    ATTEMPTS=$attempt; OTHER=$(other_cpu "$WATCH" "$(field cpu_host "$WATCH")")
    quiet_enough "$OTHER" && return 0
    log "other processes used $OTHER CPU-seconds during the drain; repeating"
  done
  log "the machine stayed busy; keeping the last attempt"
}

log "case 0: raw receive+delete loop over $M1 one-event messages (queue bench-raw), before the host cases"
raw_case before 200; RAW1_WATCH=$RAW_WATCH; RAW1_SELF=$RAW_SELF; RAW1_ATTEMPTS=$ATTEMPTS; RAW1_OTHER=$OTHER

log "case 1: local host over $M1 one-event messages"
host_case "$M1" 1 300; H1_WATCH=$WATCH; H1_RSS=$RSS; H1_ALERTS=$ALERTS; H1_ATTEMPTS=$ATTEMPTS; H1_OTHER=$OTHER
H1_EXPECTED=$PRELOADED_EVENTS
H1_STORED=$("${BENCH[@]}" count-records --connection "$STORAGE" --container tw-events)

log "case 2: local host over $M50 fifty-event messages"
host_case "$M50" 50 400; H50_WATCH=$WATCH; H50_RSS=$RSS; H50_ALERTS=$ALERTS; H50_ATTEMPTS=$ATTEMPTS; H50_OTHER=$OTHER
H50_EXPECTED=$PRELOADED_EVENTS
H50_STORED=$("${BENCH[@]}" count-records --connection "$STORAGE" --container tw-events)
POISON=$("${BENCH[@]}" queue-count --connection "$STORAGE" --queue events-inbound-poison)

log "case 0 again: raw loop after the host cases (the baseline is the faster raw run)"
if raw_case after 500; then
  RAW2_WATCH=$RAW_WATCH; RAW2_SELF=$RAW_SELF; RAW2_ATTEMPTS=$ATTEMPTS; RAW2_OTHER=$OTHER
else
  log "the second raw run could not be prepared; the baseline is the first run alone"
  RAW2_WATCH=$RAW1_WATCH; RAW2_SELF="(failed to preload; repeated the first run's numbers)"; RAW2_ATTEMPTS=0; RAW2_OTHER=n/a
fi

RAW1_RATE=$(field rate "$RAW1_WATCH"); RAW2_RATE=$(field rate "$RAW2_WATCH")
RAW_RATE=$(awk -v a="$RAW1_RATE" -v b="$RAW2_RATE" 'BEGIN { printf "%.1f", (a > b ? a : b) }')
H1_RATE=$(field rate "$H1_WATCH")
H50_MSG_RATE=$(field rate "$H50_WATCH")
H50_RATE=$(awk -v r="$H50_MSG_RATE" 'BEGIN { printf "%.1f", r * 50 }')
R1=$(ratio "$H1_RATE" "$RAW_RATE"); R50=$(ratio "$H50_RATE" "$RAW_RATE")
PEAK_RSS=$(awk -v a="$H1_RSS" -v b="$H50_RSS" 'BEGIN { printf "%.1f", (a > b ? a : b) }')
RSS_RATIO=$(ratio "$PEAK_RSS" 300)
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? (r >= t) : (r <= t); print ok ? "met" : "MISSED" }'; }
cpu() { local s; s=$(field seconds "$1"); awk -v c="$(field "cpu_$2" "$1")" -v s="$s" 'BEGIN { if (c == "n/a") print c; else printf "%.2f s (%.0f%%)", c, 100 * c / s }'; }
raw_cpu() { awk -v c="$(field cpu_raw "$1")" -v s="$(field seconds "$1")" 'BEGIN { if (c == "" || s == "") print "n/a"; else printf "%.2f s (%.0f%%)", c, 100 * c / s }'; }

mkdir -p "$RESULTS"
cat >"$RESULTS/queue.md" <<MD
# Queue benchmark: draining events-inbound

Produced by \`$COMMAND\` on $(date -u +%Y-%m-%dT%H:%M:%SZ).

$(machine_info)
- one private in-memory Azurite (loopback, free ports) for all cases; Release builds from bench/.artifacts; the
  local host reads host.json from the built source: \`batchSize\` 16, \`newBatchThreshold\` 16, so at most
  16 + 16 = 32 messages are in flight (a new batch is fetched while at most 16 are in progress).
- baseline (\`bench/Bench raw-drain\`): receive, base64-decode and delete, nothing else, with the same policy: a
  receive whenever at most 16 messages are in flight, of up to 32 messages but never more than 32 in flight.
- messages are preloaded before the drain starts by \`tidewater send --target queue --concurrency 64\` (synthetic
  traffic, base64 JSON; one event per message, or an array of 50).
- method (same for host and baseline): \`bench/Bench watch-drain\` polls the approximate message count every 100 ms
  (it falls only on delete) and times from the first poll below the preloaded count to the first poll at 0; the
  messages deleted before that first poll are left out, and so is host start-up. CPU of each process is read from
  /proc over that same interval. Stored records are counted afterwards (\`count-records\`, tw-events).

| case | messages timed | seconds | messages/s | events/s | CPU: drainer | CPU: Azurite | CPU: other processes | attempts |
|---|---|---|---|---|---|---|---|---|
| raw loop, 1 event/message (first) | $(field messages "$RAW1_WATCH") | $(field seconds "$RAW1_WATCH") | $RAW1_RATE | $RAW1_RATE | $(raw_cpu "$RAW1_SELF") | $(cpu "$RAW1_WATCH" azurite) | $RAW1_OTHER s | $RAW1_ATTEMPTS |
| raw loop, 1 event/message (last) | $(field messages "$RAW2_WATCH") | $(field seconds "$RAW2_WATCH") | $RAW2_RATE | $RAW2_RATE | $(raw_cpu "$RAW2_SELF") | $(cpu "$RAW2_WATCH" azurite) | $RAW2_OTHER s | $RAW2_ATTEMPTS |
| local host, 1 event/message | $(field messages "$H1_WATCH") | $(field seconds "$H1_WATCH") | $H1_RATE | $H1_RATE | $(cpu "$H1_WATCH" host) | $(cpu "$H1_WATCH" azurite) | $H1_OTHER s | $H1_ATTEMPTS |
| local host, 50 events/message | $(field messages "$H50_WATCH") | $(field seconds "$H50_WATCH") | $H50_MSG_RATE | $H50_RATE | $(cpu "$H50_WATCH" host) | $(cpu "$H50_WATCH" azurite) | $H50_OTHER s | $H50_ATTEMPTS |

The shared machine also runs other people's builds and tests: "other processes" is their CPU in the timed interval
(plus the watcher's own polling); a drain was repeated, with fresh messages, while that exceeded $OTHER_LIMIT s. Machine before the last case: $START_LOAD. CPU percentages are of one CPU over the timed interval ($(nproc) CPUs, so $(( $(nproc) * 100 ))% is everything).
The raw loop's CPU is its own (first receive to exit); its self-timed runs: \`$RAW1_SELF\`, \`$RAW2_SELF\`.
Baseline = the faster of the two raw runs = $RAW_RATE events/s: the runs differ through other work on the machine
and through Azurite's own slowdowns (see the notes); taking the faster keeps the comparison conservative for the host.

Stored after case 1: $H1_STORED (expected records=$H1_EXPECTED).
Stored after case 2: $H50_STORED (expected records=$H50_EXPECTED). Poison queue: $POISON.
Alert messages the host sent (review/decline decisions; counted, then the queue is deleted between cases):
$H1_ALERTS (case 1), $H50_ALERTS (case 2).

Notes on Azurite (why the depths differ and why absolute rates are low):
- Azurite 3.37's in-memory queue store (LokiJS) runs \`clearExpiredMessages\` (a query over every message of the
  account) on each receive and delete, and each receive sorts every visible message; an approximate-count call also
  scans. Each queue operation therefore costs time proportional to all messages stored in the account, in every
  queue. Measured with the raw loop alone on this machine: 500 messages drain at ~830/s, 1,500 at ~470/s,
  6,000 at ~50/s, with Azurite's node process at 100% of a CPU throughout.
- Host and raw loop are therefore compared at the same depth ($M1 messages). About 7% of the synthetic events get
  review/decline under model v0 (no account baselines yet), and the host sends alerts for them to the alerts
  queue, which nobody drains during the run (counts above), so those messages add to the account's total too. The
  50-event case uses $M50 messages: with one alert message per event (as up to commit 6467f3f) that kept the
  account's message count in the range of the 1-event cases; with one alert message per ingest call it is lower.
- Azurite's cost per operation also varies from run to run with identical work (same messages, records and alert
  count): one earlier run of the 50-event case took 109 s with Azurite at 102 CPU-seconds instead of ~9 s. Repeat a
  run before drawing conclusions from one number; the drainers' own CPU (columns above) varies far less.

- 1 event/message: host / raw = **$R1** (target >= 0.8: $(verdict "$R1" 0.8 ">=")).
- 50 events/message: host events/s / raw-loop events/s (1-event messages) = **$R50** (target >= 5.0: $(verdict "$R50" 5.0 ">=")).
- Peak RSS of the host (VmHWM): $H1_RSS MB (case 1), $H50_RSS MB (case 2); budget 300 MB, ratio must be <= 1.0:
  $(verdict "$RSS_RATIO" 1.0 "<=").

RESULT metric=queue_drain_events_per_s_1 value=$H1_RATE baseline=$RAW_RATE ratio=$R1 target=0.8
RESULT metric=queue_drain_events_per_s_50 value=$H50_RATE baseline=$RAW_RATE ratio=$R50 target=5.0
RESULT metric=queue_host_peak_rss_mb value=$PEAK_RSS baseline=300 ratio=$RSS_RATIO target=1.0
MD
log "wrote $RESULTS/queue.md"
grep '^RESULT' "$RESULTS/queue.md"
