#!/usr/bin/env bash
# Shared helpers of the benchmark scripts: free ports, a private Azurite, hosts, CPU and memory sampling.
# Sourced, not run. Everything listens on 127.0.0.1 only and is killed on exit.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
ARTIFACTS="$BENCH_DIR/.artifacts"      # own bin/obj, so benchmark builds never collide with other builds
RESULTS="$BENCH_DIR/results"
BENCH_KEY="bench-function-key-not-a-secret"
DEV_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
BENCH_PIDS=()
BENCH_TMP="$(mktemp -d /tmp/tidewater-bench.XXXXXX)"

bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$BENCH_TMP"
}
trap bench_cleanup EXIT INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# A free loopback TCP port (the kernel picks it; a tiny race with other processes is accepted).
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  local port=$1 what=$2
  for _ in $(seq 1 300); do listening "$port" && return 0; sleep 0.1; done
  log "$what did not listen on $port"; return 1
}

# What is built and run: by default a snapshot of the last commit (HEAD), so that other people's unfinished edits
# neither break nor colour a run, with the benchmark's own parts (src/Cli, bench/Bench, bench/TrivialEndpoint)
# taken from the working tree. BENCH_SOURCE=worktree builds the working tree as it is instead.
SOURCE_DIR="$REPO_ROOT"
SOURCE_DESC="working tree"
prepare_source() {
  [ "${BENCH_SOURCE:-head}" = worktree ] && return 0
  SOURCE_DIR="$BENCH_DIR/.source"   # not under $ARTIFACTS: the SDK leaves the artifacts folder out of item globs
  rm -rf "$SOURCE_DIR"; mkdir -p "$SOURCE_DIR"
  git -C "$REPO_ROOT" archive HEAD | tar -x -C "$SOURCE_DIR"
  local part
  for part in src/Cli bench/Bench bench/TrivialEndpoint; do
    rm -rf "${SOURCE_DIR:?}/$part"; mkdir -p "$SOURCE_DIR/$part"
    tar -C "$REPO_ROOT/$part" --exclude=./bin --exclude=./obj -c . | tar -x -C "$SOURCE_DIR/$part"
  done
  [ -f "$SOURCE_DIR/local.settings.json" ] || cp "$SOURCE_DIR/local.settings.sample.json" "$SOURCE_DIR/local.settings.json"
  SOURCE_DESC="commit $(git -C "$REPO_ROOT" rev-parse --short HEAD) (\"$(git -C "$REPO_ROOT" log -1 --format=%s | cut -c1-70)\"), with src/Cli and bench/ from the working tree"
}

# Builds a project of $SOURCE_DIR in Release into $ARTIFACTS (quietly); prepare_source first.
build_release() {
  dotnet build "$SOURCE_DIR/$1" -c Release --artifacts-path "$ARTIFACTS" -nologo -v q -clp:ErrorsOnly >&2
}

# Starts an in-memory Azurite; sets AZURITE_PID, BLOB_PORT, QUEUE_PORT, TABLE_PORT, STORAGE (a connection string
# with all three endpoints: the Durable engine keeps its history and instances in tables).
start_azurite() {
  BLOB_PORT=$(free_port); QUEUE_PORT=$(free_port); TABLE_PORT=$(free_port)
  node "$REPO_ROOT/node_modules/azurite/dist/src/azurite.js" --inMemoryPersistence --silent --skipApiVersionCheck \
    --disableProductStyleUrl --disableTelemetry \
    --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
    --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" >"$BENCH_TMP/azurite.log" 2>&1 &
  AZURITE_PID=$!; BENCH_PIDS+=("$AZURITE_PID")
  wait_port "$BLOB_PORT" Azurite && wait_port "$QUEUE_PORT" Azurite && wait_port "$TABLE_PORT" Azurite || { cat "$BENCH_TMP/azurite.log" >&2; return 1; }
  STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$DEV_ACCOUNT_KEY;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
}

# Starts the Release local host on a free port against $STORAGE; sets HOST_PID and HOST_URL. Extra environment
# for experiments: the array HOST_ENV (NAME=value ...).
HOST_ENV=()
# Runs from the source root so it reads host.json (queue trigger settings) as under run.sh; environment variables win
# over local.settings.json. Logging stays at the host defaults (per-request lines are Debug, so off).
start_localhost() {
  local port; port=$(free_port)
  HOST_URL="http://127.0.0.1:$port"
  (cd "$SOURCE_DIR" && exec env ASPNETCORE_URLS="$HOST_URL" AzureWebJobsStorage="$STORAGE" Tidewater__FunctionKey="$BENCH_KEY" \
    "${HOST_ENV[@]}" dotnet "$ARTIFACTS/bin/LocalHost/release/Tidewater.LocalHost.dll" >>"$BENCH_TMP/host.log" 2>&1) &
  HOST_PID=$!; BENCH_PIDS+=("$HOST_PID")
  wait_port "$port" "local host" || { cat "$BENCH_TMP/host.log" >&2; return 1; }
  for _ in $(seq 1 100); do
    curl -fsS "$HOST_URL/api/health" >/dev/null 2>&1 && return 0; sleep 0.1
  done
  log "local host not healthy"; cat "$BENCH_TMP/host.log" >&2; return 1
}

# Starts the Release trivial endpoint on a free port; sets TRIVIAL_PID and TRIVIAL_URL.
start_trivial() {
  local port; port=$(free_port)
  TRIVIAL_URL="http://127.0.0.1:$port"
  (cd "$BENCH_TMP" && ASPNETCORE_URLS="$TRIVIAL_URL" \
    exec dotnet "$ARTIFACTS/bin/TrivialEndpoint/release/Tidewater.TrivialEndpoint.dll" >"$BENCH_TMP/trivial.log" 2>&1) &
  TRIVIAL_PID=$!; BENCH_PIDS+=("$TRIVIAL_PID")
  wait_port "$port" "trivial endpoint" || { cat "$BENCH_TMP/trivial.log" >&2; return 1; }
}

# CPU seconds (user + system) a process has used so far.
cpu_seconds() {
  local pid=$1
  [ -r "/proc/$pid/stat" ] || { echo 0; return; }
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$pid/stat"
}

# Peak resident set (VmHWM) of a process in MB.
peak_rss_mb() { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

machine_info() {
  echo "- machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.1f GiB", $2/1048576 }' /proc/meminfo) RAM, $(uname -sr)"
  echo "- source: $SOURCE_DESC"
  echo "- dotnet $(dotnet --version), node $(node --version), azurite $(node -p 'require("'"$REPO_ROOT"'/node_modules/azurite/package.json").version'), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
}

# ratio a/b with 3 decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "inf"; else printf "%.3f", a / b }'; }

# CPU seconds used so far by every process (user + system, plus the reaped children each has waited for), from
# /proc/<pid>/stat: precise per-process accounting, unlike the tick-sampled totals of /proc/stat on this VM.
system_cpu_seconds() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15 } END { printf "%.2f", t / hz }'
}

# Waits up to $1 seconds (default 120) until the machine is nearly idle: less than $2 CPUs (default 0.2) busy over
# a 3-second sample. Other builds and tests on a shared machine distort every number here. Sets START_LOAD to what
# was seen last (busy CPUs and the load averages), for the results file.
wait_quiet() {
  local limit=${1:-120} threshold=${2:-0.2} waited=0 before busy
  while true; do
    before=$(system_cpu_seconds); sleep 3; waited=$((waited + 3))
    busy=$(awk -v a="$(system_cpu_seconds)" -v b="$before" 'BEGIN { printf "%.2f", (a - b) / 3 }')
    awk -v x="$busy" -v t="$threshold" 'BEGIN { exit !(x < t) }' && break
    [ "$waited" -ge "$limit" ] && { log "machine still busy ($busy CPUs); going on"; break; }
  done
  START_LOAD="$busy CPUs busy before start, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  log "$START_LOAD"
}

# key=value lookup in multi-line "k=v k=v" text.
field() { tr '\n' ' ' <<<" $2" | sed -n "s/.* $1=\([^ ]*\).*/\1/p" | head -1; }
