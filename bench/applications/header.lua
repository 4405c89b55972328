-- wrk script for bench/applications/run.sh: one request header from $HEADER ("Name: value"); at the end one line
-- "result<TAB>requests<TAB>req/s<TAB>mean<TAB>p50<TAB>p90<TAB>p95<TAB>p99<TAB>max<TAB>non2xx<TAB>socket_errors" (ms).
local header = os.getenv("HEADER") or ""
local name, value = header:match("^([^:]+):%s*(.*)$")
if name then wrk.headers[name] = value end

function done(summary, latency, requests)
  local ms = function(us) return string.format("%.1f", us / 1000) end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("result\t%d\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    ms(latency.mean), ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)),
    ms(latency.max), summary.errors.status, errors))
end
