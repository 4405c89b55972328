-- wrk script for the people search (bench/people/run.sh). Each request is
--   GET /api/v1/people?q=QUERY&page=1&pageSize=20   with   Authorization: Bearer TOKEN
-- where QUERY is picked at random from QUERIES, a file of lines "query<TAB>url-encoded query" written by
-- `Zhicheng.Benchmarks people-db`. Environment:
--   QUERIES  the query file               TOKEN   the account's API token
--   LABEL    text put in front of the result line (e.g. "sqlite id city")
--   RESULT   a file the result line is appended to (tab-separated), besides being printed
-- The result line gives p50/p90/p95/p99/max in ms: wrk --latency prints 50/75/90/99 only, so p95 comes from
-- latency:percentile(95) here. All figures are wrk's (corrected for coordinated omission only as far as wrk is).

local queries = {}
local path = os.getenv("QUERIES") or error("set QUERIES to a query file")
for line in io.lines(path) do
  local encoded = line:match("\t(.+)$")
  if encoded then
    queries[#queries + 1] = encoded
  end
end
if #queries == 0 then
  error("no queries in " .. path)
end

local token = os.getenv("TOKEN") or error("set TOKEN to an API token")
local headers = { ["Authorization"] = "Bearer " .. token }

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
end

function request()
  local q = queries[math.random(#queries)]
  return wrk.format("GET", "/api/v1/people?q=" .. q .. "&page=1&pageSize=20", headers)
end

function done(summary, latency, requests)
  local ms = function(us) return us / 1000.0 end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local line = string.format(
    "%s\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d",
    os.getenv("LABEL") or "-", summary.requests, summary.requests / seconds,
    ms(latency.mean), ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)),
    ms(latency:percentile(99)), ms(latency.max), e.status, e.connect + e.read + e.write + e.timeout)
  io.write("result\tlabel\trequests\treq/s\tmean_ms\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\tnon2xx\tsocket_errors\n")
  io.write("result\t" .. line .. "\n")
  local result = os.getenv("RESULT")
  if result then
    local f = assert(io.open(result, "a"))
    f:write(line .. "\n")
    f:close()
  end
end
