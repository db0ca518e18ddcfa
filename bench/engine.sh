#!/usr/bin/env bash
# Local orchestration engine benchmark: no-op activities fanned out and fanned in per second, with durable history
# on a private in-memory Azurite (loopback, free ports, killed on exit), against the 2,000/s target.
# Then a crash check: a process running a long fan-out is killed with SIGKILL at a random point and a new process
# finishes it on the same storage (right output; exactly the activities without a checkpointed result run again).
# Writes bench/results/engine.md. About a minute.
# Knobs (environment): ENGINE_INSTANCES (4), ENGINE_ROUNDS (25), ENGINE_WIDTH (2500), ENGINE_RUNS (3; the median is
# reported), ENGINE_CRASHES (3).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
INSTANCES="${ENGINE_INSTANCES:-4}"
ROUNDS="${ENGINE_ROUNDS:-25}"
WIDTH="${ENGINE_WIDTH:-2500}"
RUNS="${ENGINE_RUNS:-3}"
CRASHES="${ENGINE_CRASHES:-3}"
TARGET=2000
ARGS=(--instances "$INSTANCES" --rounds "$ROUNDS" --width "$WIDTH" --activities 8 --orchestrators 4)

log "building Release (EngineBench) into bench/.artifacts"
build_release bench/EngineBench/EngineBench.csproj
BENCH=(dotnet "$ARTIFACTS/bin/EngineBench/release/Tidewater.EngineBench.dll")

field() { sed -n "s/^$1=\([^ ]*\).*/\1/p" <<<"$2" | head -1; }

log "starting Azurite"
start_azurite
declare -a RATES=() OUTPUTS=() AZ_CPU=()
for run in $(seq 1 "$RUNS"); do
  a0=$(cpu_seconds "$AZURITE_PID")
  out=$("${BENCH[@]}" fanout --connection "$STORAGE" "${ARGS[@]}")
  a1=$(cpu_seconds "$AZURITE_PID")
  rate=$(field activities_per_s "$out")
  log "run $run: $rate activities/s"
  RATES+=("$rate"); OUTPUTS+=("$out"); AZ_CPU+=("$(awk -v a="$a1" -v b="$a0" 'BEGIN { printf "%.2f", a - b }')")
done

# Crash check: kill -9 mid fan-out (100 rounds x 2500), resume in a new process on the same task hub.
CRASH_ARGS=(--rounds 100 --width 2500)
declare -a CRASH_LINES=()
CRASH_OK=0
for crash in $(seq 1 "$CRASHES"); do
  hub="crash$crash$RANDOM"
  "${BENCH[@]}" crash-start --connection "$STORAGE" --hub "$hub" "${CRASH_ARGS[@]}" >"$BENCH_TMP/crash.out" 2>&1 &
  victim=$!; BENCH_PIDS+=("$victim")
  for _ in $(seq 1 300); do grep -q '^scheduled=true' "$BENCH_TMP/crash.out" && break; sleep 0.05; done
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.05 + (r % 80) / 100 }')"
  kill -9 "$victim"; wait "$victim" 2>/dev/null || true
  out=$("${BENCH[@]}" crash-resume --connection "$STORAGE" --hub "$hub" "${CRASH_ARGS[@]}")
  line="checkpointed before the kill: $(field checkpointed_before_resume "$out") of 250000; ran after resume: $(field ran_after_resume "$out"); ok=$(field ok "$out")"
  log "crash $crash: $line"
  CRASH_LINES+=("$line")
  [ "$(field ok "$out")" = "True" ] && CRASH_OK=$((CRASH_OK + 1))
done

# The median run (by rate) is the result.
median_index=$(for i in "${!RATES[@]}"; do echo "$i ${RATES[$i]}"; done | sort -k2 -n | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { print $1 }')
OUT="${OUTPUTS[$median_index]}"
OURS=$(field activities_per_s "$OUT")
RATIO=$(ratio "$OURS" "$TARGET")
ACTIVITIES=$(field activities "$OUT")
AZ="${AZ_CPU[$median_index]}"
mkdir -p "$RESULTS"
{
  echo "# Local orchestration engine: fan-out/fan-in throughput"
  echo
  echo "No-op activities fanned out and in per second, with durable history (one NDJSON append blob per instance,"
  echo "batched checkpoints) on a private in-memory Azurite, on this machine. Median of $RUNS runs, each after a warm-up"
  echo "fan-out of 1,000 in the same process."
  echo
  echo "- command: \`bench/engine.sh\` (\`Tidewater.EngineBench fanout ${ARGS[*]}\`: $INSTANCES instances at once, each $ROUNDS rounds of a $WIDTH-wide fan-out and fan-in)"
  machine_info | grep -v wrk || true
  echo "- engine concurrency (EngineBench arguments): maxConcurrentActivityFunctions 8, maxConcurrentOrchestratorFunctions 4"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| activities | $ACTIVITIES |"
  echo "| wall time (s) | $(field seconds "$OUT") |"
  echo "| **activities/s** | **$OURS** (target $TARGET) |"
  echo "| wall time per activity (µs) | $(field wall_us_per_activity "$OUT") |"
  echo "| engine CPU per activity (µs) | $(field engine_cpu_us_per_activity "$OUT") |"
  echo "| Azurite CPU per activity (µs; whole process run incl. warm-up and chain) | $(awk -v c="$AZ" -v n="$ACTIVITIES" 'BEGIN { printf "%.1f", c * 1e6 / n }') |"
  echo "| history appends | $(field history_appends "$OUT") ($(field activities_per_append "$OUT") activities per append) |"
  echo "| other storage writes (state, creates) | $(field other_writes "$OUT") |"
  echo "| storage requests in all | $(field storage_requests "$OUT") |"
  echo "| all runs (activities/s) | ${RATES[*]} |"
  echo "| sequential chain, for reference (activities/s; one checkpoint each) | $(field chain_activities_per_s "$OUT") |"
  echo
  echo "Per-activity overhead is the whole cost of one activity through the engine: schedule (history line), dispatch,"
  echo "run, result (history line), delivery to the orchestrator, its share of checkpoints and of the fan-in."
  echo
  echo "Crash check (\`kill -9\` at a random point 0.05 to 0.85 s into a 100 x 2,500 fan-out, then a new process on the same"
  echo "storage; ok = right output and the activities run after the restart are exactly those without a checkpointed"
  echo "result): $CRASH_OK of $CRASHES passed."
  for line in "${CRASH_LINES[@]}"; do echo "- $line"; done
  echo
  echo "RESULT metric=engine_activities_per_s value=$OURS baseline=$TARGET ratio=$RATIO target=1.0"
} >"$RESULTS/engine.md"
cat "$RESULTS/engine.md"
