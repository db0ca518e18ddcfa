#!/usr/bin/env bash
# Runs every test. Needs only the .NET 10 SDK, Node.js and npm. Ends with one line: N passed, N failed[, N skipped].
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -f node_modules/azurite/package.json ] || [ ! -d node_modules/@azure/storage-queue ]; then
  echo "Installing Node tools (Azurite, Azure JS SDK) from package-lock.json..."
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet build Functions.sln -c Release --nologo -v quiet -clp:ErrorsOnly 2>&1 | tee -a "$log"
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Functions.sln -c Release --no-build --nologo "$@" 2>&1 | tee -a "$log"
test_status=${PIPESTATUS[0]}

# Sum the per-project summaries: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or a project reported no summary
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$test_status" -eq 0 ]
