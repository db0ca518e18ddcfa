#!/usr/bin/env bash
# Diagnostic companion of ingest.sh (not a benchmark with a target): the same wrk load against the Release local
# host under several settings, one fresh host each (same Azurite, own events container), to show what a setting
# does to throughput, CPU split and records per append. Writes bench/results/ingest-knobs.md.
# Usage: bench/ingest-knobs.sh ["ENV=VALUE ENV2=VALUE" ...]   (each argument is one host configuration; "" = defaults)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION="${KNOBS_DURATION:-10s}"
if [ $# -eq 0 ]; then
  set -- "" "Tidewater__GroupCommitLingerMilliseconds=0" "Tidewater__GroupCommitLingerMilliseconds=1"
fi
prepare_source
build_release src/LocalHost/LocalHost.csproj
build_release bench/Bench/Bench.csproj
BENCH=(dotnet "$ARTIFACTS/bin/Bench/release/Tidewater.Bench.dll")
wait_quiet 240
start_azurite
ROWS=""
n=0
for config in "$@"; do
  n=$((n + 1))
  container="tw-events-knob$n"
  # shellcheck disable=SC2206  # word splitting of the ENV=VALUE list is intended
  HOST_ENV=(Tidewater__EventsContainer="$container" $config)
  start_localhost
  pid=$HOST_PID; url=$HOST_URL
  (cd "$BENCH_DIR" && BENCH_KEY="$BENCH_KEY" BENCH_RUN="warm$n" wrk -t2 -c64 -d3s -s post.lua "$url/api/events" >/dev/null)
  h0=$(cpu_seconds "$pid"); a0=$(cpu_seconds "$AZURITE_PID"); m0=$(system_cpu_seconds)
  line=$(cd "$BENCH_DIR" && BENCH_KEY="$BENCH_KEY" BENCH_RUN="main$n" wrk -t2 -c64 "-d$DURATION" -s post.lua "$url/api/events" | grep '^WRK ')
  h=$(awk -v a="$(cpu_seconds "$pid")" -v b="$h0" 'BEGIN { printf "%.2f", a - b }')
  a=$(awk -v a="$(cpu_seconds "$AZURITE_PID")" -v b="$a0" 'BEGIN { printf "%.2f", a - b }')
  m=$(awk -v a="$(system_cpu_seconds)" -v b="$m0" -v h="$h" -v z="$a" 'BEGIN { printf "%.2f", a - b - h - z }')
  rss=$(peak_rss_mb "$pid")
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  stored=$("${BENCH[@]}" count-records --connection "$STORAGE" --container "$container")
  log "[${config:-defaults}] $line host=$h azurite=$a rest=$m $stored"
  ROWS+="| \`${config:-defaults}\` | $(field rps "$line") | $(field p50_ms "$line") / $(field p99_ms "$line") | $h | $a | $m | $(field records_per_block "$stored") | $rss |"$'\n'
done
mkdir -p "$RESULTS"
cat >"$RESULTS/ingest-knobs.md" <<MD
# Ingest settings compared (diagnostic, not a target)

Produced by \`bench/ingest-knobs.sh$(printf ' "%s"' "$@")\` on $(date -u +%Y-%m-%dT%H:%M:%SZ); $START_LOAD.

$(machine_info)
- each row: a fresh Release local host with the given environment (its own events container), on one shared
  in-memory Azurite; \`wrk -t2 -c64 -d$DURATION -s bench/post.lua\` after a 3 s warm-up (unique event ids).
- CPU columns are CPU seconds during the measured run (the machine has $(nproc) CPUs: $(( $(nproc) * ${DURATION%s} )) CPU-seconds in all).
  records/append = stored records / committed append blocks of that host's container (warm-up included).

| host environment | requests/s | wrk p50 / p99 ms | CPU host | CPU Azurite | CPU rest (wrk + all else) | records/append | peak RSS MB |
|---|---|---|---|---|---|---|---|
$ROWS
MD
log "wrote $RESULTS/ingest-knobs.md"
cat "$RESULTS/ingest-knobs.md" | tail -n +$(( $(grep -n '^| host environment' "$RESULTS/ingest-knobs.md" | cut -d: -f1) ))
