#!/usr/bin/env bash
# Runs Tidewater locally: Azurite (started unless one already listens) + the local host on http://127.0.0.1:7071.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f node_modules/azurite/package.json ]; then
  echo "Installing Azurite from package-lock.json..."
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -f local.settings.json ]; then
  cp local.settings.sample.json local.settings.json
  echo "Created local.settings.json from local.settings.sample.json"
fi

# A random local key on first run, kept in local.settings.json (git-ignored). Environment variables win.
node -e '
  const fs = require("fs"); const crypto = require("crypto");
  const s = JSON.parse(fs.readFileSync("local.settings.json", "utf8")); s.Values = s.Values || {};
  let changed = false;
  for (const k of ["Tidewater__FunctionKey", "Tidewater__AdminKey"]) {
    if (!s.Values[k]) { s.Values[k] = crypto.randomBytes(24).toString("base64url"); changed = true; }
  }
  if (changed) fs.writeFileSync("local.settings.json", JSON.stringify(s, null, 2) + "\n");
'
setting() { node -e 'const s=JSON.parse(require("fs").readFileSync("local.settings.json","utf8"));process.stdout.write(String((s.Values||{})[process.argv[1]]||""))' "$1"; }
function_key="${Tidewater__FunctionKey:-$(setting Tidewater__FunctionKey)}"
admin_key="${Tidewater__AdminKey:-$(setting Tidewater__AdminKey)}"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
azurite_pid=""
cleanup() { [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
if listening 10000 && listening 10001; then
  echo "Using the Azurite already listening on 127.0.0.1:10000/10001"
else
  mkdir -p .azurite
  node node_modules/azurite/dist/src/azurite.js --silent --location .azurite --debug .azurite/debug.log \
    --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 --tableHost 127.0.0.1 --tablePort 10002 &
  azurite_pid=$!
  for _ in $(seq 1 100); do listening 10000 && listening 10001 && break; sleep 0.1; done
  listening 10001 || { echo "Azurite did not start; see .azurite/debug.log" >&2; exit 1; }
  echo "Started Azurite (data in .azurite/)"
fi

dotnet build src/LocalHost/LocalHost.csproj -c Release --nologo -v quiet -clp:ErrorsOnly

cat <<TXT

Tidewater local host
  POST http://127.0.0.1:7071/api/events     (header x-functions-key: $function_key)
  GET  http://127.0.0.1:7071/api/health
  dashboard: http://127.0.0.1:7071/api/dashboard  (enter the function key there)
  queue: events-inbound on Azurite (UseDevelopmentStorage=true); alerts on 'alerts'
  function key: $function_key
  admin key:    $admin_key
Try:
  curl -s -H "x-functions-key: $function_key" -H 'content-type: application/json' \\
    -d '{"id":"evt-1","type":"payment","accountId":"acct-1","amount":12.5,"currency":"EUR","merchantCategory":"5411","country":"DE","channel":"card_present","occurredAt":"'"\$(date -u +%Y-%m-%dT%H:%M:%SZ)"'"}' \\
    http://127.0.0.1:7071/api/events

TXT
dotnet src/LocalHost/bin/Release/net10.0/Tidewater.LocalHost.dll "$@"
