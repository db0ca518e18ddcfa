#!/usr/bin/env bash
# Ingest benchmark: single-event POST /api/events requests/s through the Release local host (durable group commit
# to a private in-memory Azurite included) against bench/TrivialEndpoint (same Kestrel, same Release settings, no
# work) with the same wrk command, plus open-loop latency at a fixed rate and the host's peak RSS; then the same wrk
# run with telemetry on (the OpenTelemetry SDK exporting traces and metrics over OTLP/HTTP to a second
# TrivialEndpoint as the sink) for the cost of telemetry (docs/telemetry.md).
# Writes bench/results/ingest.md. Loopback only; everything it starts is killed on exit. About 3.5 minutes.
# Knobs (environment): INGEST_DURATION (20s), INGEST_WARMUP (5s), INGEST_RATE (2000 events/s for the latency run),
# INGEST_TELEMETRY_ENV (extra NAME=value settings of the telemetry-on host, e.g. "OTEL_TRACES_SAMPLER=parentbased_traceidratio OTEL_TRACES_SAMPLER_ARG=0.1").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION="${INGEST_DURATION:-20s}"
WARMUP="${INGEST_WARMUP:-5s}"
RATE="${INGEST_RATE:-2000}"
WRK_ARGS=(-t2 -c64 "-d$DURATION" -s "$BENCH_DIR/post.lua")
COMMAND="bench/ingest.sh  (wrk ${WRK_ARGS[*]/#$BENCH_DIR\//bench/} <url>/api/events, after a $WARMUP warm-up)"

if ! command -v wrk >/dev/null; then
  log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

log "building Release (LocalHost, TrivialEndpoint, Cli, Bench) into bench/.artifacts"
prepare_source
build_release src/LocalHost/LocalHost.csproj
build_release bench/TrivialEndpoint/TrivialEndpoint.csproj
build_release src/Cli/Cli.csproj
build_release bench/Bench/Bench.csproj
CLI=(dotnet "$ARTIFACTS/bin/Cli/release/Tidewater.Cli.dll")
BENCH=(dotnet "$ARTIFACTS/bin/Bench/release/Tidewater.Bench.dll")

# Runs wrk against $1 with run id $2 and duration $3; prints its WRK line and "WRKCPU <seconds>" (wrk's own CPU).
run_wrk() {
  # `times` must write to a file: in a pipeline it would run in a subshell that has no children.
  BENCH_KEY="$BENCH_KEY" BENCH_RUN="$2" bash -c 'wrk -t2 -c64 "-d$2" -s "$3" "$1" | grep "^WRK "; times > "$4"' \
    _ "$1/api/events" "$3" "$BENCH_DIR/post.lua" "$BENCH_TMP/wrk.times"
  tail -1 "$BENCH_TMP/wrk.times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "WRKCPU %.2f\n", u[1]*60+u[2]+s[1]*60+s[2] }'
}

# Measured wrk run against a server process, repeated (up to 3 times, after waiting for a quiet machine) while
# other processes took more than OTHER_LIMIT CPU-seconds during it; sets WRK_LINE, CPU_*, ATTEMPTS.
OTHER_LIMIT="${INGEST_OTHER_LIMIT:-1.0}"
measure() {
  ATTEMPTS=0
  while true; do
    ATTEMPTS=$((ATTEMPTS + 1))
    measure_once "$@"
    awk -v o="$CPU_OTHER" -v l="$OTHER_LIMIT" 'BEGIN { exit !(o <= l) }' && return 0
    [ "$ATTEMPTS" -ge 3 ] && { log "other processes kept the machine busy; keeping the last attempt"; return 0; }
    log "other processes used $CPU_OTHER CPU-seconds during the run; waiting for a quiet machine and repeating"
    wait_quiet 120
  done
}

# SINK_PID (optional): the telemetry sink of the run, whose CPU is counted apart (CPU_SINK) rather than as "other".
SINK_PID=""
measure_once() {
  local url=$1 pid=$2 run=$3 out s0 a0 k0 m0
  s0=$(cpu_seconds "$pid"); a0=$(cpu_seconds "$AZURITE_PID"); k0=$(sink_cpu); m0=$(system_cpu_seconds)
  out=$(run_wrk "$url" "$run" "$DURATION")
  CPU_MACHINE=$(awk -v a="$(system_cpu_seconds)" -v b="$m0" 'BEGIN { printf "%.2f", a - b }')
  CPU_SERVER=$(awk -v a="$(cpu_seconds "$pid")" -v b="$s0" 'BEGIN { printf "%.2f", a - b }')
  CPU_AZURITE=$(awk -v a="$(cpu_seconds "$AZURITE_PID")" -v b="$a0" 'BEGIN { printf "%.2f", a - b }')
  CPU_SINK=$(awk -v a="$(sink_cpu)" -v b="$k0" 'BEGIN { printf "%.2f", a - b }')
  WRK_LINE=$(grep '^WRK ' <<<"$out"); CPU_WRK=$(awk '/^WRKCPU/ { print $2 }' <<<"$out")
  CPU_OTHER=$(awk -v m="$CPU_MACHINE" -v s="$CPU_SERVER" -v a="$CPU_AZURITE" -v w="$CPU_WRK" -v k="$CPU_SINK" 'BEGIN { o = m - s - a - w - k; printf "%.2f", (o < 0 ? 0 : o) }')
  log "$WRK_LINE (cpu server=$CPU_SERVER azurite=$CPU_AZURITE wrk=$CPU_WRK sink=$CPU_SINK other=$CPU_OTHER)"
}
sink_cpu() { if [ -n "$SINK_PID" ]; then cpu_seconds "$SINK_PID"; else echo 0; fi; }

# Open-loop constant-rate run with the CLI; prints the summary JSON path.
latency_run() {
  local url=$1 name=$2
  "${CLI[@]}" send --target http --url "$url/api/events" --key "$BENCH_KEY" --seed "$3" --rate "$RATE" --duration "$DURATION" \
    --concurrency 64 --no-progress --summary-json "$BENCH_TMP/$name.json" >"$BENCH_TMP/$name.txt" 2>&1 || true
  cat "$BENCH_TMP/$name.txt" >&2
}
json() { node -p "const s=require('$BENCH_TMP/$1.json'); $2"; }

wait_quiet 240; LOAD_BEFORE_HOST=$START_LOAD
log "starting Azurite and the local host"
start_azurite
start_localhost
log "local host at $HOST_URL (pid $HOST_PID); warm-up $WARMUP"
run_wrk "$HOST_URL" "warm-$RANDOM" "$WARMUP" >/dev/null
measure "$HOST_URL" "$HOST_PID" "main-$RANDOM"
HOST_WRK=$WRK_LINE; HOST_CPU=$CPU_SERVER; HOST_AZ_CPU=$CPU_AZURITE; HOST_WRK_CPU=$CPU_WRK; HOST_OTHER_CPU=$CPU_OTHER; HOST_ATTEMPTS=$ATTEMPTS
wait_quiet 60
log "open-loop latency run against the local host: $RATE events/s for $DURATION"
latency_run "$HOST_URL" host-latency 101
HOST_RSS=$(peak_rss_mb "$HOST_PID")
STORED=$("${BENCH[@]}" count-records --connection "$STORAGE" --container tw-events)
kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true

# Telemetry on: the same host and wrk run with OTEL_EXPORTER_OTLP_ENDPOINT set (SDK defaults: every span sampled,
# batch span export, metrics every 60 s) against a TrivialEndpoint acting as the OTLP/HTTP collector.
wait_quiet 120; LOAD_BEFORE_OTEL=$START_LOAD
log "starting an OTLP sink and the local host with telemetry on"
start_trivial; SINK_PID=$TRIVIAL_PID; SINK_URL=$TRIVIAL_URL
read -r -a TELEMETRY_EXTRA <<<"${INGEST_TELEMETRY_ENV:-}"
HOST_ENV=(OTEL_EXPORTER_OTLP_ENDPOINT="$SINK_URL" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf "${TELEMETRY_EXTRA[@]}")
start_localhost
log "local host with telemetry at $HOST_URL (pid $HOST_PID, sink pid $SINK_PID); warm-up $WARMUP"
run_wrk "$HOST_URL" "warm-$RANDOM" "$WARMUP" >/dev/null
measure "$HOST_URL" "$HOST_PID" "otel-$RANDOM"
OTEL_WRK=$WRK_LINE; OTEL_CPU=$CPU_SERVER; OTEL_AZ_CPU=$CPU_AZURITE; OTEL_SINK_CPU=$CPU_SINK; OTEL_WRK_CPU=$CPU_WRK; OTEL_OTHER_CPU=$CPU_OTHER; OTEL_ATTEMPTS=$ATTEMPTS
OTEL_RSS=$(peak_rss_mb "$HOST_PID")
kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true   # the SDK flushes what it holds on shutdown
OTEL_EXPORTS=$(curl -fsS "$SINK_URL/v1/stats" || echo '{"exports":0,"bytes":0}')
kill "$SINK_PID"; wait "$SINK_PID" 2>/dev/null || true
SINK_PID=""; HOST_ENV=()

wait_quiet 120; LOAD_BEFORE_TRIVIAL=$START_LOAD
log "starting the trivial endpoint; warm-up $WARMUP"
start_trivial
run_wrk "$TRIVIAL_URL" "warm-$RANDOM" "$WARMUP" >/dev/null
measure "$TRIVIAL_URL" "$TRIVIAL_PID" "main-$RANDOM"
TRIVIAL_WRK=$WRK_LINE; TRIVIAL_CPU=$CPU_SERVER; TRIVIAL_WRK_CPU=$CPU_WRK; TRIVIAL_OTHER_CPU=$CPU_OTHER; TRIVIAL_ATTEMPTS=$ATTEMPTS
wait_quiet 60
log "open-loop latency run against the trivial endpoint"
latency_run "$TRIVIAL_URL" trivial-latency 102

HOST_RPS=$(field rps "$HOST_WRK"); TRIVIAL_RPS=$(field rps "$TRIVIAL_WRK"); OTEL_RPS=$(field rps "$OTEL_WRK")
RPS_RATIO=$(ratio "$HOST_RPS" "$TRIVIAL_RPS")
OTEL_RATIO=$(ratio "$OTEL_RPS" "$HOST_RPS")
OTEL_EXPORT_COUNT=$(node -p "JSON.parse(process.argv[1]).exports" "$OTEL_EXPORTS"); OTEL_EXPORT_MB=$(node -p "(JSON.parse(process.argv[1]).bytes/1048576).toFixed(1)" "$OTEL_EXPORTS")
RSS_RATIO=$(ratio "$HOST_RSS" 300)
SECONDS_RUN=$(field duration_s "$HOST_WRK")
pct() { awk -v c="$1" -v s="$SECONDS_RUN" 'BEGIN { printf "%.0f%%", 100 * c / s }'; }
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? (r >= t) : (r <= t); print ok ? "met" : "MISSED" }'; }
lat() { json "$1" "const l=s.latencyMicros||{}; [l.p50,l.p90,l.p99,l.max].map(v=>(v/1000).toFixed(2)).join(' / ') + ' ms (achieved ' + s.achievedRate + ' events/s, accepted ' + s.accepted + ', errors ' + s.errors + ', rejected ' + s.rejected + ')'"; }
lag() { json "$1" "const l=s.dispatchLagMicros||{}; (l.p50/1000).toFixed(2) + ' / ' + (l.p99/1000).toFixed(2) + ' ms'"; }
service() { json "$1" "const l=s.serviceTimeMicros||{}; [l.p50,l.p90,l.p99,l.max].map(v=>(v/1000).toFixed(2)).join(' / ') + ' ms'"; }
HOST_LAT=$(json host-latency "const l=s.latencyMicros||{}; 'p50_ms=' + (l.p50/1000).toFixed(3) + ' p90_ms=' + (l.p90/1000).toFixed(3) + ' p99_ms=' + (l.p99/1000).toFixed(3) + ' max_ms=' + (l.max/1000).toFixed(3)")
TRIVIAL_LAT=$(json trivial-latency "const l=s.latencyMicros||{}; 'p50_ms=' + (l.p50/1000).toFixed(3) + ' p90_ms=' + (l.p90/1000).toFixed(3) + ' p99_ms=' + (l.p99/1000).toFixed(3) + ' max_ms=' + (l.max/1000).toFixed(3)")

mkdir -p "$RESULTS"
cat >"$RESULTS/ingest.md" <<MD
# Ingest benchmark: single-event POST /api/events

Produced by \`$COMMAND\` on $(date -u +%Y-%m-%dT%H:%M:%SZ).

$(machine_info)
- servers: Release builds (\`dotnet build -c Release --artifacts-path bench/.artifacts\`), started with
  \`ASPNETCORE_URLS=http://127.0.0.1:<free port>\`; the local host with \`AzureWebJobsStorage\` pointing at a private
  in-memory Azurite (\`--inMemoryPersistence\`, loopback, free ports) and host.json read from the built source.
  Client, servers and Azurite share the same $(nproc) CPUs.
- load: \`wrk ${WRK_ARGS[*]/#$BENCH_DIR\//bench/}\` (closed loop, 64 connections); \`bench/post.lua\` sends one valid
  event per request with a unique id (\`wrk-<run>-<thread>-<n>\`), so every request is new work that is validated,
  scored and durably appended (group commit) before the 200.

## Throughput (wrk, $DURATION)

| | local host | trivial endpoint |
|---|---|---|
| requests/s | $HOST_RPS | $TRIVIAL_RPS |
| wrk latency p50 / p99 (closed loop) | $(field p50_ms "$HOST_WRK") / $(field p99_ms "$HOST_WRK") ms | $(field p50_ms "$TRIVIAL_WRK") / $(field p99_ms "$TRIVIAL_WRK") ms |
| non-2xx / socket errors | $(field non2xx "$HOST_WRK") / $(field socket_errors "$HOST_WRK") | $(field non2xx "$TRIVIAL_WRK") / $(field socket_errors "$TRIVIAL_WRK") |
| CPU seconds in the run: server | $HOST_CPU ($(pct "$HOST_CPU")) | $TRIVIAL_CPU ($(pct "$TRIVIAL_CPU")) |
| CPU seconds in the run: Azurite (node) | $HOST_AZ_CPU ($(pct "$HOST_AZ_CPU")) | - |
| CPU seconds in the run: wrk | $HOST_WRK_CPU ($(pct "$HOST_WRK_CPU")) | $TRIVIAL_WRK_CPU ($(pct "$TRIVIAL_WRK_CPU")) |
| CPU seconds in the run: everything else on the machine | $HOST_OTHER_CPU ($(pct "$HOST_OTHER_CPU")) | $TRIVIAL_OTHER_CPU ($(pct "$TRIVIAL_OTHER_CPU")) |
| machine before the phase | $LOAD_BEFORE_HOST | $LOAD_BEFORE_TRIVIAL |
| attempts (a run is repeated while other processes use > $OTHER_LIMIT CPU-s of it) | $HOST_ATTEMPTS | $TRIVIAL_ATTEMPTS |

The shared machine also runs other people's builds and tests; "everything else" is their CPU (from /proc) during the
run. Percentages are of one CPU over the run (the machine has $(nproc), so $(( $(nproc) * 100 ))% is everything).
Stored records after the host's runs (warm-up + measured + latency run; \`Tidewater.Bench count-records\`):
$STORED.

Ratio local host / trivial: **$RPS_RATIO** (target >= 0.333: $(verdict "$RPS_RATIO" 0.333 ">=")).

## Telemetry cost (wrk, $DURATION, telemetry off vs on)

The same local host and wrk run, once as above (no OpenTelemetry SDK: no exporter configured) and once with
\`OTEL_EXPORTER_OTLP_ENDPOINT\` pointing at a second TrivialEndpoint acting as the OTLP/HTTP collector
(\`OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf\`${INGEST_TELEMETRY_ENV:+, \`$INGEST_TELEMETRY_ENV\`}): request, validate/score/append,
append.block and storage-call spans for every request, Tidewater, ASP.NET Core and runtime metrics, batch export.

| | telemetry off | telemetry on |
|---|---|---|
| requests/s | $HOST_RPS | $OTEL_RPS |
| wrk latency p50 / p99 (closed loop) | $(field p50_ms "$HOST_WRK") / $(field p99_ms "$HOST_WRK") ms | $(field p50_ms "$OTEL_WRK") / $(field p99_ms "$OTEL_WRK") ms |
| non-2xx / socket errors | $(field non2xx "$HOST_WRK") / $(field socket_errors "$HOST_WRK") | $(field non2xx "$OTEL_WRK") / $(field socket_errors "$OTEL_WRK") |
| CPU seconds in the run: server | $HOST_CPU ($(pct "$HOST_CPU")) | $OTEL_CPU ($(pct "$OTEL_CPU")) |
| CPU seconds in the run: Azurite (node) | $HOST_AZ_CPU ($(pct "$HOST_AZ_CPU")) | $OTEL_AZ_CPU ($(pct "$OTEL_AZ_CPU")) |
| CPU seconds in the run: OTLP sink | - | $OTEL_SINK_CPU ($(pct "$OTEL_SINK_CPU")) |
| CPU seconds in the run: everything else on the machine | $HOST_OTHER_CPU ($(pct "$HOST_OTHER_CPU")) | $OTEL_OTHER_CPU ($(pct "$OTEL_OTHER_CPU")) |
| machine before the phase | $LOAD_BEFORE_HOST | $LOAD_BEFORE_OTEL |
| attempts | $HOST_ATTEMPTS | $OTEL_ATTEMPTS |
| host peak RSS | (whole phase above) $HOST_RSS MB | $OTEL_RSS MB |

OTLP exports the sink received over the telemetry-on phase (warm-up, run, shutdown flush): $OTEL_EXPORT_COUNT
requests, $OTEL_EXPORT_MB MB. The sink shares the machine's $(nproc) CPUs with the host, as a collector sidecar would.

Ratio telemetry on / off: **$OTEL_RATIO** (target >= 0.95: $(verdict "$OTEL_RATIO" 0.95 ">=")).

## Latency at a fixed rate (open loop, $RATE events/s for $DURATION)

\`tidewater send --target http --rate $RATE --duration $DURATION --concurrency 64\`: send times are fixed in advance
and latency counts from each request's scheduled time, so queueing behind a slow response is not hidden.

| | local host | trivial endpoint |
|---|---|---|
| latency p50 / p90 / p99 / max | $(lat host-latency) | $(lat trivial-latency) |
| service time p50 / p90 / p99 / max (from actual send) | $(service host-latency) | $(service trivial-latency) |
| client dispatch lag p50 / p99 | $(lag host-latency) | $(lag trivial-latency) |

latency host_at_${RATE}_per_s $HOST_LAT
latency trivial_at_${RATE}_per_s $TRIVIAL_LAT

The dispatch lag is how late the client itself started requests (timer resolution, CPU shared with the servers); it
is part of the measured latency, so the trivial endpoint's numbers are the floor this machine can show.

## Memory

Peak RSS of the local host process over all its load above (VmHWM from /proc/<pid>/status): **$HOST_RSS MB**
(budget 300 MB; the ratio MB/300 must be <= 1.0: $(verdict "$RSS_RATIO" 1.0 "<=")).

RESULT metric=ingest_rps value=$HOST_RPS baseline=$TRIVIAL_RPS ratio=$RPS_RATIO target=0.333
RESULT metric=ingest_host_peak_rss_mb value=$HOST_RSS baseline=300 ratio=$RSS_RATIO target=1.0
RESULT metric=ingest_telemetry_cost value=$OTEL_RPS baseline=$HOST_RPS ratio=$OTEL_RATIO target=0.95
MD
log "wrote $RESULTS/ingest.md"
grep '^RESULT' "$RESULTS/ingest.md"
