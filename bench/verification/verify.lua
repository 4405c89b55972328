-- wrk script for bench/verification/run.sh.
--   MODE=ping     GET /ping (the baseline: the app's pipeline, no database)
--   MODE=verify   POST /api/v1/verify {"number": …, "name": …}, a pair picked at random per request from PAIRS, a file of
--                 lines "number<TAB>name" written by `Zhicheng.Benchmarks certificates-db` (every pair an existing certificate)
-- LABEL is put in front of the result line. The result line gives p50/p90/p95/p99/max in ms (wrk --latency prints
-- 50/75/90/99 only, so p95 comes from latency:percentile(95) here).

local mode = os.getenv("MODE") or "verify"
local bodies = {}
local requests = {}

if mode == "verify" then
  local path = os.getenv("PAIRS") or error("set PAIRS to a pairs file")
  for line in io.lines(path) do
    local number, name = line:match("^([^\t]+)\t(.+)$")
    if number then
      -- Numbers are digits (and X), names Chinese characters: nothing to escape in JSON.
      bodies[#bodies + 1] = '{"number":"' .. number .. '","name":"' .. name .. '"}'
    end
  end
  if #bodies == 0 then
    error("no pairs in " .. path)
  end
else
  wrk.method = "GET"
  wrk.path = "/ping"
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
  -- Formatted once, here: wrk has set the Host header by now (not yet while the script loads).
  local headers = { ["Content-Type"] = "application/json" }
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", "/api/v1/verify", headers, body)
  end
end

if mode == "verify" then
  function request()
    return requests[math.random(#requests)]
  end
end

function done(summary, latency, requests)
  local ms = function(us) return us / 1000.0 end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write("result\tlabel\trequests\treq/s\tmean_ms\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\tnon2xx\tsocket_errors\n")
  io.write(string.format("result\t%s\t%d\t%.1f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\n",
    os.getenv("LABEL") or "-", summary.requests, summary.requests / seconds,
    ms(latency.mean), ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)),
    ms(latency:percentile(99)), ms(latency.max), e.status, e.connect + e.read + e.write + e.timeout))
end
