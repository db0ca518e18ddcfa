#!/usr/bin/env bash
# Runs every test of Functions.sln. Needs only the .NET 10 SDK, Node.js and npm; installs what else it needs (Azurite
# from package-lock.json; Debian's Chromium when running as root). Ends with one line: N passed, N failed[, N skipped].
set -uo pipefail
cd "$(dirname "$0")"

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

if [ ! -f node_modules/azurite/package.json ]; then
  echo "Installing Node tools (Azurite) from package-lock.json..."
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
fi

# The dashboard's browser test (tests/LocalHost.Tests/Dashboard) drives Debian's Chromium through Playwright, which
# must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the dashboard's browser test (apt-get install -y chromium)..."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 ||
      echo "Chromium could not be installed; the dashboard's browser test will fail."
  else
    echo "No /usr/bin/chromium, so the dashboard's browser test will fail: install it as root (apt-get install -y chromium)."
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Every project restores from the NuGet source, the Functions host's packages included: a restore failure is a
# failure of the run, shown with the restore's own errors.
if ! timeout 900 dotnet restore Functions.sln --nologo -v quiet 2>&1 | tee -a "$log"; then
  fail "Restore failed (errors above)."
fi

dotnet build Functions.sln -c Release --no-restore --nologo -v quiet -clp:ErrorsOnly 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "Build failed."

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
