#!/usr/bin/env bash
# bench/people/run.sh [N] — people search at N people (default 1,000,000) under wrk on loopback, on SQLite and on
# PostgreSQL: GET /api/v1/people?q=…&page=1&pageSize=20 with an API token, by identity number, by name prefix
# (surname + first given character, or a whole name) and by surname alone, as the city bureau's admin (the
# whole city) and as staff of the county bureau of 盐湖区 (people whose unit's path lies under the bureau).
# Target (issue 3): p95 ≤ 50 ms.
#
# What it does:
#   1. installs wrk if missing (apt-get, as root); builds the bench program and, through ./zhicheng, the app;
#      copies the published app to OUT/app and serves that copy, so that someone editing src/ meanwhile cannot
#      rebuild the app under the benchmark (the copy is exactly what ./zhicheng runs; same GC setting)
#   2. SQLite: `zhicheng migrate` on OUT/sqlite-N/people.db, then `Zhicheng.Benchmarks people-db` (bulk insert)
#   3. PostgreSQL: a throwaway cluster as test.sh starts one (initdb as the postgres user, a free port) in OUT/pg;
#      loaded with fsync=off, synchronous_commit=off, full_page_writes=off, then RESTARTED with those at their
#      defaults (on) for the measurements; shared_buffers=$PG_SHARED_BUFFERS (512MB), max_connections=200
#   4. for each database: `zhicheng serve` (ZHICHENG_DB=…, Zhicheng__DemoOnEmpty=false), a check that each query
#      file answers 200, a settling pass over every role and kind (discarded), then per role and query kind: a warm-up wrk run (discarded), the measured run
#      (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency) and a one-connection run (service time without
#      queueing); the app's and PostgreSQL's CPU time per request is read from /proc around each measured run
#   5. prints the table and writes it to OUT/results-$TAG.tsv (each run's wrk output is in OUT/wrk-$TAG-*.txt)
#
# A database that was generated before for the same N is reused (REGENERATE=1 to build it again).
# Environment: DBS="sqlite postgresql", ROLES="city county", KINDS="id name surname", THREADS=2, CONNECTIONS=16,
#   DURATION=30s, WARMUP=10s (before each measured run), SETTLE=10s (each role and kind once after the app starts,
#   before any measurement), SERIAL=10s (0 to skip the one-connection runs), TIMEOUT=30s (wrk's request timeout:
#   a request slower than that counts as a socket error instead of a latency), SEED=2024, OUT=bench/people/out,
#   PG_SHARED_BUFFERS=512MB, KEEP=1 (leave PostgreSQL running at the end and print how to reach it, for EXPLAIN),
#   PG_OPTIONS="K=V;…" (added to the app's PostgreSQL connection string, e.g. "Max Auto Prepare=20"),
#   TAG=current (names the results), APP=DIR (serve this published app instead of building ./zhicheng — for
#   measuring a change prototyped in a scratch copy: `dotnet publish src/Zhicheng.Web -c Release -o DIR`).
set -euo pipefail

n="${1:-1000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$here/out}"
dbs="${DBS:-sqlite postgresql}"
roles="${ROLES:-city county}"
kinds="${KINDS:-id name surname}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
settle="${SETTLE:-10s}"
serial="${SERIAL:-10s}"
timeout="${TIMEOUT:-30s}"
seed="${SEED:-2024}"
shared_buffers="${PG_SHARED_BUFFERS:-512MB}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
tag="${TAG:-current}"
results="$out/results-$tag.tsv"

if ! command -v wrk >/dev/null; then
  if [[ "$(id -u)" != 0 ]]; then echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; fi
  echo "installing wrk…" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >&2
fi

{
  echo "== machine"
  echo "date:   $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores:  $(nproc)"
  echo "cpu:    $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
  echo "dotnet: $(dotnet --version)"
  echo "wrk:    $(wrk -v 2>&1 | head -1)"
  echo "src:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') + $(git -C "$root" status --porcelain -- src 2>/dev/null | wc -l) uncommitted file(s) under src/"
} | tee "$out/machine.txt"

echo "== build"
dotnet build "$root/bench/Zhicheng.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
bench=(dotnet "$root/bench/Zhicheng.Benchmarks/bin/Release/net10.0/Zhicheng.Benchmarks.dll")
if [[ -n "${APP:-}" ]]; then
  app="$(cd "$APP" && pwd)"
  echo "app:    $app (given by APP)" | tee -a "$out/machine.txt"
else
  "$root/zhicheng" --help >/dev/null   # the wrapper publishes src/ to .build/app when a source changed
  app="$out/app"
  rm -rf "$app" && cp -a "$root/.build/app" "$app"
  echo "app:    $app (copy of .build/app, sources $(cut -c1-12 "$app/.sources.sha1" 2>/dev/null))" | tee -a "$out/machine.txt"
fi
# As ./zhicheng runs it (the wrapper exports the same young-generation budget).
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
zc() { dotnet "$app/zhicheng.dll" "$@"; }

free_port() {
  local candidate
  for candidate in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { echo "$candidate"; return; }
  done
  return 1
}

# ---- PostgreSQL, as test.sh starts it ------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_dir="$out/pg"
pg_port=""
start_pg() { # start_pg load|bench
  local extra=""
  [[ "$1" == load ]] && extra="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  pg_port="$(free_port)"
  as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=200 -c shared_buffers=$shared_buffers $extra" start >/dev/null \
    || { cat "$pg_dir/server.log"; return 1; }
  echo "PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($1 settings${extra:+: $extra})"
}
stop_pg() { [[ -f "$pg_dir/data/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null || true; }
pg_connection() { echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=zhicheng_bench${PG_OPTIONS:+;$PG_OPTIONS}"; }

app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  if [[ "${KEEP:-0}" == 1 && -n "$pg_port" ]]; then
    echo "PostgreSQL left running: psql -h 127.0.0.1 -p $pg_port -U postgres zhicheng_bench   (stop: runuser -u postgres -- $(pg_bin)/pg_ctl -D $pg_dir/data stop)"
  else
    stop_pg
  fi
}
trap cleanup EXIT

prepare() { # prepare sqlite|postgresql → sets dir, connection
  dir="$out/$1-$n"
  if [[ "$1" == sqlite ]]; then
    connection="Data Source=$dir/people.db"
    if [[ "${REGENERATE:-0}" == 1 || ! -s "$dir/tokens.env" ]]; then
      rm -rf "$dir" && mkdir -p "$dir"
      ZHICHENG_DB="$connection" zc migrate
      "${bench[@]}" people-db "$connection" "$n" "$dir" "$seed" 2>&1 | tee "$dir/generate.log"
    fi
  else
    if [[ "${REGENERATE:-0}" == 1 || ! -s "$dir/tokens.env" || ! -d "$pg_dir/data" ]]; then
      stop_pg
      rm -rf "$dir" "$pg_dir" && mkdir -p "$dir" "$pg_dir"
      [[ "$(id -u)" == 0 ]] && chown postgres "$pg_dir"
      as_pg "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log"; return 1; }
      start_pg load
      connection="$(pg_connection)"
      ZHICHENG_DB="$connection" zc migrate
      "${bench[@]}" people-db "$connection" "$n" "$dir" "$seed" 2>&1 | tee "$dir/generate.log"
      stop_pg
    fi
    start_pg bench
    connection="$(pg_connection)"
  fi
}

serve() {
  app_port="$(free_port)"
  ( export ZHICHENG_DB="$connection" Zhicheng__DemoOnEmpty=false; exec dotnet "$app/zhicheng.dll" serve --urls "http://127.0.0.1:$app_port" ) \
    >"$out/serve-$tag-$db.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 240); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/api/v1/people" || true)" == 401 ]] && return 0
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/serve-$tag-$db.log"; return 1; }
    sleep 0.5
  done
  echo "the app did not answer within 120 s" >&2; return 1
}

stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

# CPU ticks (user + system) of the app, and of the PostgreSQL cluster (postmaster, its live children and the reaped ones).
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
app_ticks() { ticks_of "$app_pid"; }
pg_ticks() {
  [[ "$db" == postgresql ]] || { echo 0; return; }
  local pm total child
  pm="$(head -1 "$pg_dir/data/postmaster.pid")"
  total="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")"
  for child in $(pgrep -P "$pm"); do total=$((total + $(ticks_of "$child"))); done
  echo "$total"
}
hz="$(getconf CLK_TCK)"

measure() { # measure KIND ROLE TOKEN CONNECTIONS THREADS DURATION
  local kind="$1" role="$2" token="$3" c="$4" t="$5" d="$6" file log line a0 p0 a1 p1 requests
  file="$dir/queries-$kind-$role.tsv"
  log="$out/wrk-$tag-$db-$kind-$role-c$c.txt"
  a0="$(app_ticks)"; p0="$(pg_ticks)"
  QUERIES="$file" TOKEN="$token" LABEL="$db $kind $role" \
    wrk -t"$t" -c"$c" -d"$d" --timeout "$timeout" --latency -s "$here/search.lua" "http://127.0.0.1:$app_port" >"$log" 2>&1
  a1="$(app_ticks)"; p1="$(pg_ticks)"
  line="$(grep -P '^result\t(?!label)' "$log" | tail -1 | cut -f2-)"
  requests="$(cut -f2 <<<"$line")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$kind" "$role" "$c" "$(cut -f2- <<<"$line")" \
    "$(awk -v d=$((a1 - a0)) -v r="$requests" -v hz="$hz" 'BEGIN {printf "%.2f", r ? d * 1000 / hz / r : 0}')" \
    "$(awk -v d=$((p1 - p0)) -v r="$requests" -v hz="$hz" 'BEGIN {printf "%.2f", r ? d * 1000 / hz / r : 0}')" \
    "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

printf 'db\tkind\trole\tconns\trequests\treq/s\tmean_ms\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\tnon2xx\tsocket_err\tapp_cpu_ms/req\tdb_cpu_ms/req\tload1\n' >"$results"
for db in $dbs; do
  echo "== $db: $n people"
  prepare "$db"
  # shellcheck disable=SC1091
  source "$dir/tokens.env"
  cat "$dir/stats.txt" 2>/dev/null || true
  serve
  echo "serving $db on 127.0.0.1:$app_port (log: $out/serve-$tag-$db.log)"
  # Settle before any measurement: every role and kind for $settle, so that the first measured run does not pay
  # for the JIT's tiering (slow to finish while the CPU is saturated), the connection pools and cold caches.
  for role in $roles; do
    token="$CITY_TOKEN"; [[ "$role" == county ]] && token="$COUNTY_TOKEN"
    for kind in $kinds; do
      QUERIES="$dir/queries-$kind-$role.tsv" TOKEN="$token" wrk -t"$threads" -c"$connections" -d"$settle" --timeout "$timeout" -s "$here/search.lua" \
        "http://127.0.0.1:$app_port" >"$out/wrk-$tag-$db-$kind-$role-settle.txt" 2>&1
    done
  done
  for role in $roles; do
    token="$CITY_TOKEN"; [[ "$role" == county ]] && token="$COUNTY_TOKEN"
    for kind in $kinds; do
      # The first three queries of the file, once each: HTTP status and how many people they found.
      for q in $(head -3 "$dir/queries-$kind-$role.tsv" | cut -f2); do
        answer="$(curl -s -w '\t%{http_code}\t%{time_total}' -H "Authorization: Bearer $token" "http://127.0.0.1:$app_port/api/v1/people?q=$q&page=1&pageSize=20")"
        status="$(cut -f2 <<<"$answer")"
        echo "check $db $role $kind $(printf '%b' "${q//%/\\x}"): HTTP $status, total $(grep -o '"total":[0-9]*' <<<"$answer" | cut -d: -f2), $(cut -f3 <<<"$answer") s"
        [[ "$status" == 200 ]] || { echo "unexpected answer: $answer" >&2; exit 1; }
      done
      QUERIES="$dir/queries-$kind-$role.tsv" TOKEN="$token" wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" -s "$here/search.lua" \
        "http://127.0.0.1:$app_port" >"$out/wrk-$tag-$db-$kind-$role-warmup.txt" 2>&1
      measure "$kind" "$role" "$token" "$connections" "$threads" "$duration"
      [[ "$serial" != 0 ]] && measure "$kind" "$role" "$token" 1 1 "$serial"
    done
  done
  stop_app
  [[ "$db" == postgresql && "${KEEP:-0}" != 1 ]] && stop_pg
done

echo "== results: $tag (ms; p95 target ≤ 50 ms at $connections connections)"
column -t -s $'\t' "$results"
