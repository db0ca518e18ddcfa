#!/usr/bin/env bash
# Batch benchmark: N stored records written directly as closed segments of one sealed window (the record format of
# docs/accumulation.md), then one whole batch (plan, index, dedupe, stats, refresh, score, report) on the local
# Durable engine (Azure Storage provider), on a private in-memory Azurite (loopback, free ports, killed on exit), Release builds.
# - efficiency: items/s of the batch at the largest size vs an in-process Parallel.ForEach that parses and scores the
#   same NDJSON bytes from memory (target ratio >= 0.333);
# - scaling: marginal time per item, (time(N) - time(small)) / (N - small), for every size, within 25 %;
# - peak RSS (VmHWM) of the batch process at the largest size <= 512 MB.
# Writes bench/results/batch.md. About 4 minutes on 2 cores at the default sizes.
# Every size (and the baseline) runs BATCH_REPEATS times; the table shows each size's median run, the peak RSS is
# the highest of all runs. Knobs (environment): BATCH_SIZES ("100000 300000 1000000"), BATCH_SMALL (10000; the
# fixed-cost run), BATCH_SEGMENTS (8), BATCH_REPEATS (3), BATCH_QUIET_WAIT (180; seconds to wait for an idle
# machine before starting).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SIZES=(${BATCH_SIZES:-100000 300000 1000000})
SMALL="${BATCH_SMALL:-10000}"
SEGMENTS="${BATCH_SEGMENTS:-8}"
REPEATS="${BATCH_REPEATS:-3}"
LARGEST="${SIZES[${#SIZES[@]}-1]}"

prepare_source
if [ "$SOURCE_DIR" != "$REPO_ROOT" ]; then   # lib.sh copies the other bench parts; this one too, from the working tree
  rm -rf "$SOURCE_DIR/bench/BatchBench"; mkdir -p "$SOURCE_DIR/bench/BatchBench"
  tar -C "$BENCH_DIR/BatchBench" --exclude=./bin --exclude=./obj -c . | tar -x -C "$SOURCE_DIR/bench/BatchBench"
fi
log "building Release (BatchBench) into bench/.artifacts"
build_release bench/BatchBench/BatchBench.csproj
BENCH=(dotnet "$ARTIFACTS/bin/BatchBench/release/Tidewater.BatchBench.dll")

log "starting Azurite"
start_azurite
wait_quiet "${BATCH_QUIET_WAIT:-180}"

# run_size N: seeds N records (own containers and hub), runs the batch in a new process sampling its VmHWM, and
# sets RUN_OUT (its key=value line plus az_cpu_seconds and peak_rss_mb).
run_size() {
  local n=$1 suffix="n$1r$2" seed_out out pid peak=0 now a0 a1
  seed_out=$("${BENCH[@]}" seed --connection "$STORAGE" --suffix "$suffix" --n "$n" --segments "$SEGMENTS")
  log "size $n: $seed_out"
  a0=$(cpu_seconds "$AZURITE_PID"); s0=$(system_cpu_seconds)
  "${BENCH[@]}" run --connection "$STORAGE" --suffix "$suffix" >"$BENCH_TMP/run-$n.out" 2>"$BENCH_TMP/run-$n.err" &
  pid=$!; BENCH_PIDS+=("$pid")
  while kill -0 "$pid" 2>/dev/null; do
    now=$(peak_rss_mb "$pid" 2>/dev/null || echo 0); [ -n "$now" ] && peak=$now
    sleep 0.2
  done
  wait "$pid" || { log "batch of $n failed"; cat "$BENCH_TMP/run-$n.err" >&2; return 1; }
  a1=$(cpu_seconds "$AZURITE_PID"); s1=$(system_cpu_seconds)
  out=$(cat "$BENCH_TMP/run-$n.out")
  # CPU of every other process meanwhile (other builds or benchmarks on a shared machine distort the run).
  RUN_OUT="$out bytes=$(field bytes "$seed_out") az_cpu_seconds=$(awk -v a="$a1" -v b="$a0" 'BEGIN { printf "%.2f", a - b }') peak_rss_mb=$peak"
  RUN_OUT="$RUN_OUT other_cpu_seconds=$(awk -v s="$(awk -v x="$s1" -v y="$s0" 'BEGIN { print x - y }')" -v h="$(field host_cpu_seconds "$out")" -v a="$(awk -v x="$a1" -v y="$a0" 'BEGIN { print x - y }')" -v w="$(field startup_seconds "$out")" 'BEGIN { o = s - h - a - w; if (o < 0) o = 0; printf "%.2f", o }')"
  log "size $n: $RUN_OUT"
}

# median_of FIELD LINE...: the line whose FIELD is the median (the lower middle one for an even count).
median_of() {
  local f=$1; shift
  local line
  for line in "$@"; do echo "$(field "$f" "$line") $line"; done | sort -g -k1,1 | awk -v m="$(( ($# + 1) / 2 ))" 'NR == m { $1 = ""; sub(/^ /, ""); print }'
}

declare -A OUTS TIMES PEAKS
for n in "$SMALL" "${SIZES[@]}"; do
  runs=()
  for r in $(seq 1 "$REPEATS"); do run_size "$n" "$r"; runs+=("$RUN_OUT"); done
  OUTS[$n]=$(median_of batch_seconds "${runs[@]}")
  TIMES[$n]=$(for o in "${runs[@]}"; do field batch_seconds "$o"; echo; done | paste -sd/)
  PEAKS[$n]=$(for o in "${runs[@]}"; do field peak_rss_mb "$o"; echo; done | sort -g | tail -1)
done
log "baseline over $LARGEST records"
bases=()
for r in $(seq 1 "$REPEATS"); do bases+=("$("${BENCH[@]}" baseline --n "$LARGEST")"); log "${bases[-1]}"; done
BASE_OUT=$(median_of baseline_seconds "${bases[@]}")
BASE_TIMES=$(for o in "${bases[@]}"; do field baseline_seconds "$o"; echo; done | paste -sd/)

T_SMALL=$(field batch_seconds "${OUTS[$SMALL]}")
T_LARGE=$(field batch_seconds "${OUTS[$LARGEST]}")
OURS=$(awk -v n="$LARGEST" -v t="$T_LARGE" 'BEGIN { printf "%.0f", n / t }')
BASE=$(field baseline_items_per_s "$BASE_OUT")
# Marginal time per item, two ways. (1) The fit t = a + b*N (least squares over the sizes): per size (t(N) - a) / N,
# the RESULT. (2) Against the small run: (t(N) - t(small)) / (N - small), reported too.
FIT=$(for n in "${SIZES[@]}"; do echo "$n $(field batch_seconds "${OUTS[$n]}")"; done | awk '
  { n[NR] = $1; t[NR] = $2; sn += $1; st += $2 }
  END { mn = sn / NR; mt = st / NR; for (i = 1; i <= NR; i++) { sxx += (n[i] - mn) ^ 2; sxy += (n[i] - mn) * (t[i] - mt) }
        b = sxy / sxx; printf "%.3f %.3f", mt - b * mn, b * 1e6 }')
FIT_A=${FIT% *}; FIT_B=${FIT#* }
declare -A MARGINAL_FIT MARGINAL_SMALL
for n in "${SIZES[@]}"; do
  t=$(field batch_seconds "${OUTS[$n]}")
  MARGINAL_FIT[$n]=$(awk -v t="$t" -v a="$FIT_A" -v n="$n" 'BEGIN { printf "%.3f", (t - a) * 1e6 / n }')
  MARGINAL_SMALL[$n]=$(awk -v t="$t" -v s="$T_SMALL" -v n="$n" -v m="$SMALL" 'BEGIN { printf "%.3f", (t - s) * 1e6 / (n - m) }')
done
spread() { awk 'NR == 1 { lo = hi = $1 } { if ($1 < lo) lo = $1; if ($1 > hi) hi = $1 } END { printf "%.3f", hi / lo }'; }
SPREAD=$(printf '%s\n' "${MARGINAL_FIT[@]}" | spread)
SPREAD_SMALL=$(printf '%s\n' "${MARGINAL_SMALL[@]}" | spread)
PEAK=${PEAKS[$LARGEST]}

mkdir -p "$RESULTS"
{
  echo "# Batch: efficiency, scaling and memory"
  echo
  echo "One whole batch (plan, index, resolve duplicates, stats pass, merge, model refresh, score pass, merge, report) on"
  echo "the local host's Durable engine (Durable Task's Azure Storage provider behind the in-process sidecar) in a generic host composed like the local host (\`AddTidewater\` +"
  echo "\`AddDurableTaskAzureStorage(BatchFunctions.Register)\`, host.json concurrency: $(node -p "require('$REPO_ROOT/host.json').extensions.durableTask.maxConcurrentActivityFunctions") activities, $(node -p "require('$REPO_ROOT/host.json').extensions.durableTask.maxConcurrentOrchestratorFunctions") orchestrators;"
  echo "default \`BatchOptions\`), started with \`BatchStarter\` and awaited with \`WaitForInstanceCompletionAsync\`. Input: N"
  echo "records (99.5 % payments over N/20 accounts, 0.5 % chargebacks, no duplicates) written by a separate seeding process"
  echo "as $SEGMENTS closed segments of one sealed 60-minute window with \`AccumulationRecordFormat.Write\`, on a private in-memory"
  echo "Azurite. Each size has its own containers and task hub and runs in a fresh process; wall time is from the start"
  echo "call to completion (host start-up excluded). Every size runs $REPEATS times (fresh containers each); the table shows"
  echo "the median run of each size, with all its times, and the peak RSS is the highest of all runs of the largest size."
  echo
  echo "- command: \`bench/batch.sh\` (sizes: $SMALL (fixed cost) ${SIZES[*]}; \`Tidewater.BatchBench seed|run|baseline\`)"
  machine_info | grep -v wrk || true
  echo "- load before start: $START_LOAD"
  echo
  echo "| records | NDJSON MB | batch wall (s), median | all runs (s) | items/s | host CPU (s) | Azurite CPU (s) | cores busy (host + Azurite) | other processes' CPU (s) | batch process VmHWM (MB), highest run | marginal µs/item, fit | marginal µs/item, vs $SMALL |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for n in "$SMALL" "${SIZES[@]}"; do
    o="${OUTS[$n]}"; t=$(field batch_seconds "$o")
    echo "| $n | $(awk -v b="$(field bytes "$o")" 'BEGIN { printf "%.0f", b / 1048576 }') | $t | ${TIMES[$n]} | $(awk -v n="$n" -v t="$t" 'BEGIN { printf "%.0f", n / t }') | $(field host_cpu_seconds "$o") | $(field az_cpu_seconds "$o") | $(awk -v h="$(field host_cpu_seconds "$o")" -v a="$(field az_cpu_seconds "$o")" -v t="$t" 'BEGIN { printf "%.2f + %.2f", h / t, a / t }') | $(field other_cpu_seconds "$o") | ${PEAKS[$n]} | ${MARGINAL_FIT[$n]:--} | ${MARGINAL_SMALL[$n]:--} |"
  done
  echo
  echo "Baseline (same NDJSON bytes of $LARGEST records, in memory, \`Parallel.ForEach\` over 4,096-line ranges:"
  echo "\`AccumulationRecordFormat.Read\` + \`RiskScorer.Score(event, null, RiskModel.Default, DecisionThresholds.Default)\`):"
  echo "$(field baseline_seconds "$BASE_OUT") s (median of $BASE_TIMES s), **$BASE items/s**."
  echo
  echo "Marginal time per item: fit t = a + b·N by least squares over ${SIZES[*]} (a = $FIT_A s fixed, b = $FIT_B µs/item),"
  echo "per size (t(N) - a) / N: spread (max/min) **$SPREAD** (the RESULT). Against the $SMALL-record run instead,"
  echo "(t(N) - t($SMALL)) / (N - $SMALL): spread $SPREAD_SMALL."
  echo
  echo "Batch CPU per item at $LARGEST: host $(awk -v c="$(field host_cpu_seconds "${OUTS[$LARGEST]}")" -v n="$LARGEST" 'BEGIN { printf "%.1f", c * 1e6 / n }') µs, Azurite $(awk -v c="$(field az_cpu_seconds "${OUTS[$LARGEST]}")" -v n="$LARGEST" 'BEGIN { printf "%.1f", c * 1e6 / n }') µs;"
  echo "baseline ≈ $(awk -v s="$(field baseline_seconds "$BASE_OUT")" -v n="$LARGEST" -v c="$(nproc)" 'BEGIN { printf "%.1f", s * c * 1e6 / n }') µs (wall × $(nproc) cores)."
  echo
  echo "Phases at $LARGEST records, first seen in the custom status (sampled every 100 ms; s since the start call; the"
  echo "status moves when a group of chunks finishes, so a phase shows up late): $(field phases "${OUTS[$LARGEST]}" | sed 's/,/, /g'); done at $T_LARGE."
  if [ -f "$BENCH_DIR/BatchBench/NOTES.md" ]; then echo; cat "$BENCH_DIR/BatchBench/NOTES.md"; fi
  echo
  echo "RESULT metric=batch_items_per_s value=$OURS baseline=$BASE ratio=$(ratio "$OURS" "$BASE") target=0.333"
  echo "RESULT metric=batch_marginal_time_spread value=$SPREAD baseline=1 ratio=$SPREAD target=1.25"
  echo "RESULT metric=batch_peak_rss_mb value=$PEAK baseline=512 ratio=$(ratio "$PEAK" 512) target=1.0"
} >"$RESULTS/batch.md"
cat "$RESULTS/batch.md"
