#!/usr/bin/env bash
# Engine benchmark: no-op fan-out/fan-in on the local host's Durable engine (Durable Task's Azure Storage provider
# behind the in-process sidecar, AddDurableTaskAzureStorage) on a private in-memory Azurite, Release build.
# For each host.json (Durable Functions' defaults, the repository's, and one tuned for fan-out) and each shape (one
# orchestration calling N activities; a parent calling G sub-orchestrations of N/G activities, as a batch does), a
# fresh process on a fresh task hub runs a 10-activity warm-up and then the measured orchestration; activities/s is
# N / wall time from the start call to completion. Each case runs ENGINE_REPEATS times (default 3); the table shows
# the median. Target: >= 200 activities/s. Writes bench/results/engine.md. About 6 minutes on 2 cores.
# Knobs: ENGINE_ACTIVITIES (500), ENGINE_GROUPS (10), ENGINE_REPEATS (3), ENGINE_QUIET_WAIT (180).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
N="${ENGINE_ACTIVITIES:-500}"
G="${ENGINE_GROUPS:-10}"
REPEATS="${ENGINE_REPEATS:-3}"

prepare_source
if [ "$SOURCE_DIR" != "$REPO_ROOT" ]; then   # this benchmark's own parts come from the working tree, as in lib.sh
  for part in bench/EngineBench bench/BatchBench; do
    rm -rf "${SOURCE_DIR:?}/$part"; mkdir -p "$SOURCE_DIR/$part"
    tar -C "$REPO_ROOT/$part" --exclude=./bin --exclude=./obj -c . | tar -x -C "$SOURCE_DIR/$part"
  done
fi
log "building Release (EngineBench) into bench/.artifacts"
build_release bench/EngineBench/EngineBench.csproj
BENCH=(dotnet "$ARTIFACTS/bin/EngineBench/release/Tidewater.EngineBench.dll")

log "starting Azurite"
start_azurite
wait_quiet "${ENGINE_QUIET_WAIT:-180}"

declare -A SETTINGS=([durable-defaults]="$SOURCE_DIR/bench/EngineBench/settings/durable-defaults" [repository]="$SOURCE_DIR" [tuned]="$SOURCE_DIR/bench/EngineBench/settings/tuned")
CASES=(durable-defaults repository tuned)
declare -A ROWS BEST
run=0
for name in "${CASES[@]}"; do
  for groups in 1 "$G"; do
    lines=()
    for r in $(seq 1 "$REPEATS"); do
      run=$((run + 1))
      a0=$(cpu_seconds "$AZURITE_PID")
      out=$("${BENCH[@]}" --connection "$STORAGE" --settings "${SETTINGS[$name]}" --hub "bench$run" --groups "$groups" --per-group $((N / groups)) 2>>"$BENCH_TMP/engine-warnings.log" | tail -1)
      a1=$(cpu_seconds "$AZURITE_PID")
      out="$out az_cpu_seconds=$(awk -v a="$a1" -v b="$a0" 'BEGIN { printf "%.2f", a - b }')"
      log "$name groups=$groups run $r: $out"
      lines+=("$out")
    done
    median=$(for l in "${lines[@]}"; do echo "$(field activities_per_s "$l") $l"; done | sort -g -k1,1 | awk -v m="$(( (REPEATS + 1) / 2 ))" 'NR == m { $1 = ""; sub(/^ /, ""); print }')
    all=$(for l in "${lines[@]}"; do field activities_per_s "$l"; echo; done | paste -sd/)
    ROWS["$name/$groups"]="$median all=$all"
    rate=$(field activities_per_s "$median")
    if [ -z "${BEST[$name]:-}" ] || awk -v a="$rate" -v b="${BEST[$name]}" 'BEGIN { exit !(a > b) }'; then BEST[$name]=$rate; fi
  done
done

durable_setting() { node -p "const d=(require('$1/host.json').extensions||{}).durableTask||{}; const s=d.storageProvider||{}; ['maxConcurrentActivityFunctions','maxConcurrentOrchestratorFunctions'].map(k=>k+'='+(d[k]??'default')).concat(['partitionCount','controlQueueBatchSize','maxQueuePollingInterval'].map(k=>k+'='+(s[k]??'default'))).join(', ')"; }

mkdir -p "$RESULTS"
{
  echo "# Engine: no-op fan-out/fan-in on the local host's Durable engine"
  echo
  echo "The local host's engine (\`AddDurableTaskAzureStorage\`: Durable Task's Azure Storage provider behind the in-process"
  echo "gRPC sidecar, the Microsoft.DurableTask worker and client over it) in a generic host, on a private in-memory Azurite."
  echo "Each row: a fresh process and a fresh task hub, a 10-activity warm-up orchestration, then the measured orchestration"
  echo "of $N no-op activities, either called directly (groups 1) or through $G sub-orchestrations of $((N / G)) (as a batch"
  echo "fans out over chunk groups); wall time from the start call to completion. Median of $REPEATS runs (all runs listed)."
  echo
  echo "- command: \`bench/engine.sh\` (\`Tidewater.EngineBench --settings <dir with host.json> --groups G --per-group K\`)"
  machine_info | grep -v wrk || true
  echo "- load before start: $START_LOAD"
  echo
  echo "| host.json | settings (\`extensions.durableTask\`) | groups | activities/s, median | all runs | wall (s) | host CPU (s) | Azurite CPU (s) | Azurite CPU per activity (ms) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for name in "${CASES[@]}"; do
    for groups in 1 "$G"; do
      o="${ROWS[$name/$groups]}"
      echo "| $name | $(durable_setting "${SETTINGS[$name]}") | $groups | $(field activities_per_s "$o") | $(field all "$o") | $(field seconds "$o") | $(field host_cpu_seconds "$o") | $(field az_cpu_seconds "$o") | $(awk -v a="$(field az_cpu_seconds "$o")" -v n="$N" 'BEGIN { printf "%.2f", a * 1000 / n }') |"
    done
  done
  warnings=$(grep -c '^warn' "$BENCH_TMP/engine-warnings.log" 2>/dev/null || true)
  echo
  echo "Engine warnings during the runs: ${warnings:-0}$( [ "${warnings:-0}" != 0 ] && echo " ($(grep -A1 '^warn' "$BENCH_TMP/engine-warnings.log" | grep -v '^warn\|^--' | sed 's/^ *//' | sort | uniq -c | sort -rn | head -3 | sed 's/^ *//' | paste -sd';' | sed 's/;/; /g'))")."
  if [ -f "$BENCH_DIR/EngineBench/NOTES.md" ]; then echo; cat "$BENCH_DIR/EngineBench/NOTES.md"; fi
  echo
  for name in "${CASES[@]}"; do
    echo "RESULT metric=engine_activities_per_s_${name//-/_} value=${BEST[$name]} baseline=200 ratio=$(ratio "${BEST[$name]}" 200) target=1.0"
  done
} >"$RESULTS/engine.md"
cat "$RESULTS/engine.md"
