-- wrk script of bench/ingest.sh: POST /api/events with one valid event per request, each with a unique id
-- (run id + thread + counter), so that every request is new work and is stored, never a duplicate.
-- occurredAt is the time the thread starts (inside the host's 7-day window; runs are short).
-- Environment: BENCH_KEY (the function key), BENCH_RUN (a run id, unique per wrk run).

local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  counter = 0
  run = os.getenv("BENCH_RUN") or tostring(os.time())
  occurred = os.date("!%Y-%m-%dT%H:%M:%SZ")
  headers = { ["Content-Type"] = "application/json", ["x-functions-key"] = os.getenv("BENCH_KEY") or "" }
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"id":"wrk-%s-%d-%d","type":"payment","accountId":"acct-%d","amount":%d.%02d,"currency":"EUR",' ..
    '"merchantId":"m-%d","merchantCategory":"5411","country":"DE","channel":"card_present","occurredAt":"%s"}',
    run, tid, counter, counter % 1000, 5 + counter % 95, counter % 100, counter % 50, occurred)
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("WRK requests=%d duration_s=%.3f rps=%.1f non2xx=%d socket_errors=%d p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), non2xx, socket,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
