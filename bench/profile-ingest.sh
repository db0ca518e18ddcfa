#!/usr/bin/env bash
# Diagnostic companion of ingest.sh (not a benchmark): runs the same wrk load against the Release local host and
# samples the host and Azurite with `perf` (JIT frames resolved through DOTNET_PerfMapEnabled=1), then prints where
# the CPU goes and how many records each append carried. Needs linux-perf. Writes bench/results/ingest-profile.txt.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SECONDS_PROFILED="${PROFILE_SECONDS:-8}"
prepare_source
build_release src/LocalHost/LocalHost.csproj
build_release bench/Bench/Bench.csproj
start_azurite
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0  # W^X double mapping hides JIT frames from perf
start_localhost
unset DOTNET_PerfMapEnabled DOTNET_EnableWriteXorExecute
log "host pid $HOST_PID, azurite pid $AZURITE_PID; warm-up"
(cd "$BENCH_DIR" && BENCH_KEY="$BENCH_KEY" BENCH_RUN="warm" wrk -t2 -c64 -d5s -s post.lua "$HOST_URL/api/events" | grep '^WRK')
(cd "$BENCH_DIR" && BENCH_KEY="$BENCH_KEY" BENCH_RUN="main" wrk -t2 -c64 -d$((SECONDS_PROFILED + 4))s -s post.lua "$HOST_URL/api/events" | grep '^WRK') &
WRK_JOB=$!
sleep 2
perf record -F 499 -g -p "$HOST_PID" -o "$BENCH_TMP/host.perf" -- sleep "$SECONDS_PROFILED" 2>/dev/null &
perf record -F 499 -g -p "$AZURITE_PID" -o "$BENCH_TMP/azurite.perf" -- sleep "$SECONDS_PROFILED" 2>/dev/null &
wait "$WRK_JOB"; sleep 1
OUT="$RESULTS/ingest-profile.txt"
set +o pipefail  # `head` closes perf report's pipe early
mkdir -p "$RESULTS"
{
  echo "# perf profile of the local host and Azurite under bench/post.lua (wrk -t2 -c64), $(date -u +%FT%TZ)"
  machine_info
  echo; echo "## stored: $(dotnet "$ARTIFACTS/bin/Bench/release/Tidewater.Bench.dll" count-records --connection "$STORAGE" --container tw-events)"
  echo; echo "## host: share of samples by module"
  perf report -i "$BENCH_TMP/host.perf" --no-children --sort dso -g none -q 2>/dev/null | head -15
  echo; echo "## host: self time by assembly (managed) or module"
  perf report -i "$BENCH_TMP/host.perf" --no-children --sort dso,sym -g none -q 2>/dev/null \
    | awk '{ pct = $1; sub(/%/, "", pct); key = $2; if (match($0, /\[(Tidewater|System|Microsoft|Azure)[^\]]*\]/)) key = substr($0, RSTART, RLENGTH);
             else if ($0 ~ /\[k\]/) key = ($0 ~ /tcp|sock|inet|ip_|skb|net_|epoll|sys_recv|sys_send|__sys_/) ? "kernel: network and epoll" : ($0 ~ /sched|task_switch|yield|futex|wake|switch_/) ? "kernel: scheduling and futex" : "kernel: other";
             sum[key] += pct } END { for (k in sum) printf "%6.2f%%  %s\n", sum[k], k }' | sort -rn | head -25
  echo; echo "## host: top symbols (self)"
  perf report -i "$BENCH_TMP/host.perf" --no-children --sort sym -g none -q 2>/dev/null | head -60
  echo; echo "## host: top symbols (inclusive, managed frames)"
  perf report -i "$BENCH_TMP/host.perf" --children --sort sym -g none -q 2>/dev/null | grep -E '\[\.\] (Tidewater|Azure|System|Microsoft)' | head -60
  echo; echo "## azurite (node): top symbols (self)"
  perf report -i "$BENCH_TMP/azurite.perf" --no-children --sort sym -g none -q 2>/dev/null | head -30
} >"$OUT"
log "wrote $OUT"

# Storage cost of one append against its size, on a fresh Azurite: what the host's group commit pays per call.
bench_cleanup; BENCH_PIDS=(); BENCH_TMP="$(mktemp -d /tmp/tidewater-bench.XXXXXX)"
start_azurite
{
  echo; echo "## azurite: CPU per append by block size (sequential appends, one blob each; Tidewater.Bench append-cost)"
  for size in 430 4300 11600 27500 110000; do
    a0=$(cpu_seconds "$AZURITE_PID")
    line=$(dotnet "$ARTIFACTS/bin/Bench/release/Tidewater.Bench.dll" append-cost --connection "$STORAGE" --container cost --count 2000 --size "$size")
    echo "$line azurite_cpu_ms_per_append=$(awk -v a="$(cpu_seconds "$AZURITE_PID")" -v b="$a0" 'BEGIN { printf "%.3f", (a - b) * 1000 / 2000 }')"
  done
} >>"$OUT"
log "appended append-cost results to $OUT"
