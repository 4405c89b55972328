#!/usr/bin/env bash
# bench/applications/run.sh [N] [TOTAL] — issue #5's two targets, on SQLite and on a throwaway PostgreSQL:
#   (1) the committee office's batch qualification check of N (default 20,000) applications: ≤ 10 s
#       (`Zhicheng.Benchmarks qualification-batch`, RUNS times in one process; wall, per chunk, where the time goes);
#   (2) a reviewer's queue with TOTAL (default 100,000) applications in the system: p95 ≤ 100 ms under wrk on loopback,
#       as the employer HR of a 盐湖区 hospital (1,500 in its queue) and as the committee office (N in its queue).
#
# What it does (the approach of bench/people/run.sh, whose helpers it repeats):
#   1. builds the bench program and, through ./zhicheng, the app; serves a copy of the published app (OUT/app)
#   2. per database: `zhicheng migrate`, then `Zhicheng.Benchmarks applications-db CONNECTION N DIR SEED TOTAL` (bulk load
#      of the city and the applications; the standard, committees and plans through the services); PostgreSQL is loaded
#      with fsync/synchronous_commit/full_page_writes off and restarted with them on for the measurements
#   3. the batch check: `qualification-batch CONNECTION COMMITTEE 2025 RUNS OUT/batch-TAG.tsv` (no server running)
#   4. the queue, if the endpoint is in the app (QUEUE_PATH, default the API /api/v1/applications/queue with the API
#      token; the Razor page /applications/queue needs COOKIE=… instead): serve, check, warm up, measure with wrk
#   5. prints the tables and writes OUT/results-TAG.tsv (batch and queue lines)
# A database generated before for the same N and TOTAL is reused (REGENERATE=1 to build it again).
# Environment: DBS="sqlite postgresql", RUNS=3, BATCH=1 (0 skips the batch check), QUEUE=1 (0 skips the queue), ROLES="hr office", THREADS=2, CONNECTIONS=16,
#   DURATION=30s, WARMUP=10s, SEED=2024, OUT=bench/applications/out, TAG=current, PG_SHARED_BUFFERS=512MB, KEEP=1, APP=DIR,
#   QUEUE_PATH=/api/v1/applications/queue, QUEUE_QUERY="page=1&pageSize=20", COOKIE (sent instead of the token),
#   PAGE=1 (measure the Razor page /applications/queue, signed in through the login form as each role).
set -euo pipefail

n="${1:-20000}"
total="${2:-100000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$here/out}"
dbs="${DBS:-sqlite postgresql}"
runs="${RUNS:-3}"
roles="${ROLES:-hr office}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
seed="${SEED:-2024}"
shared_buffers="${PG_SHARED_BUFFERS:-512MB}"
if [[ "${PAGE:-0}" == 1 ]]; then
  queue_path="${QUEUE_PATH:-/applications/queue}"
  queue_query="${QUEUE_QUERY:-page=1}"
else
  queue_path="${QUEUE_PATH:-/api/v1/applications/queue}"
  queue_query="${QUEUE_QUERY:-page=1&pageSize=20}"
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"
tag="${TAG:-current}"
results="$out/results-$tag.tsv"
batch_tsv="$out/batch-$tag.tsv"

if [[ "${QUEUE:-1}" == 1 ]] && ! command -v wrk >/dev/null; then
  if [[ "$(id -u)" != 0 ]]; then echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; fi
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
  echo "src:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') + $(git -C "$root" status --porcelain -- src 2>/dev/null | wc -l) uncommitted file(s) under src/"
} | tee "$out/machine-$tag.txt"

echo "== build"
dotnet build "$root/bench/Zhicheng.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
bench=(dotnet "$root/bench/Zhicheng.Benchmarks/bin/Release/net10.0/Zhicheng.Benchmarks.dll")
if [[ -n "${APP:-}" ]]; then
  app="$(cd "$APP" && pwd)"
else
  "$root/zhicheng" --help >/dev/null
  app="$out/app"
  rm -rf "$app" && cp -a "$root/.build/app" "$app"
fi
echo "app:    $app" | tee -a "$out/machine-$tag.txt"
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
zc() { dotnet "$app/zhicheng.dll" "$@"; }

free_port() {
  local candidate
  for candidate in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { echo "$candidate"; return; }
  done
  return 1
}

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
    echo "PostgreSQL left running: psql -h 127.0.0.1 -p $pg_port -U postgres zhicheng_bench"
  else
    stop_pg
  fi
}
trap cleanup EXIT

generate() { "${bench[@]}" applications-db "$connection" "$n" "$dir" "$seed" "$total" 2>&1 | tee "$dir/generate.log"; }

prepare() { # prepare sqlite|postgresql → sets dir, connection
  dir="$out/$1-$n-$total"
  if [[ "$1" == sqlite ]]; then
    connection="Data Source=$dir/applications.db"
    if [[ "${REGENERATE:-0}" == 1 || ! -s "$dir/tokens.env" ]]; then
      rm -rf "$dir" && mkdir -p "$dir"
      ZHICHENG_DB="$connection" zc migrate
      generate
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
      generate
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

# PAGE=1: the Razor page /applications/queue, signed in through the login form (a cookie per role) instead of the API.
sign_in() { # sign_in USER → the cookie header value of a fresh session
  local jar token
  jar="$(mktemp)"
  token="$(curl -s -c "$jar" "http://127.0.0.1:$app_port/Account/Login" | grep -oP 'name="__RequestVerificationToken" type="hidden" value="\K[^"]+' | head -1)"
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=$1" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$app_port/Account/Login"
  awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
  rm -f "$jar"
}

auth_header() { # auth_header ROLE
  if [[ -n "${COOKIE:-}" ]]; then echo "Cookie: $COOKIE"; return; fi
  if [[ "${PAGE:-0}" == 1 ]]; then
    if [[ "$1" == hr ]]; then echo "Cookie: $HR_COOKIE"; else echo "Cookie: $OFFICE_COOKIE"; fi
    return
  fi
  if [[ "$1" == hr ]]; then echo "Authorization: Bearer $HR_TOKEN"; else echo "Authorization: Bearer $OFFICE_TOKEN"; fi
}

measure_queue() { # measure_queue ROLE
  local role="$1" url="http://127.0.0.1:$app_port$queue_path?$queue_query" header log line
  header="$(auth_header "$role")"
  log="$out/wrk-$tag-$db-queue-$role.txt"
  HEADER="$header" wrk -t"$threads" -c"$connections" -d"$warmup" --latency -s "$here/header.lua" "$url" >"$out/wrk-$tag-$db-queue-$role-warmup.txt" 2>&1
  HEADER="$header" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/header.lua" "$url" >"$log" 2>&1
  line="$(grep -P '^result\t' "$log" | tail -1 | cut -f2-)"
  printf 'queue\t%s\t%s\t%s\t%s\n' "$db" "$role" "$line" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

printf 'kind\tdb\twhat\tvalues…\n' >"$results"
: >"$batch_tsv"
for db in $dbs; do
  echo "== $db: $n applications at the office, $total in all"
  prepare "$db"
  # shellcheck disable=SC1091
  source "$dir/tokens.env"
  cat "$dir/stats.txt" 2>/dev/null || true
  if [[ "${BATCH:-1}" == 1 ]]; then
    echo "-- batch qualification check ($runs runs)"
    "${bench[@]}" qualification-batch "$connection" "$COMMITTEE_ID" "$YEAR" "$runs" "$batch_tsv" 2>&1 | tee "$out/batch-$tag-$db.txt"
    grep -P "^$db\t" "$batch_tsv" | sed 's/^/batch\t/' >>"$results" || true
  fi
  if [[ "${QUEUE:-1}" == 1 ]]; then
    serve
    if [[ "${PAGE:-0}" == 1 ]]; then
      HR_COOKIE="$(sign_in "$HR_USER")"; OFFICE_COOKIE="$(sign_in "$OFFICE_USER")"
    fi
    status="$(curl -s -o /dev/null -w '%{http_code}' -H "$(auth_header hr)" "http://127.0.0.1:$app_port$queue_path?$queue_query")"
    if [[ "$status" != 200 ]]; then
      echo "-- queue: $queue_path answers HTTP $status in this app: not measured" | tee -a "$results"
    else
      for role in $roles; do
        echo "check $role: $(curl -s -o /dev/null -w 'HTTP %{http_code}, %{size_download} bytes, %{time_total} s' -H "$(auth_header "$role")" "http://127.0.0.1:$app_port$queue_path?$queue_query")"
        measure_queue "$role"
      done
    fi
    stop_app
  fi
  [[ "$db" == postgresql && "${KEEP:-0}" != 1 ]] && stop_pg
done

if [[ -s "$batch_tsv" ]]; then
  echo "== batch qualification check: $tag (target ≤ 10 s for $n)"
  { printf 'db\trun\tapplications\tpassed\twall_s\tchunks\tchunk_min_ms\tchunk_median_ms\tchunk_max_ms\tqueries_s\tef_save_s\trest_s\tgc_alloc_mb\n'; cat "$batch_tsv"; } | column -t -s $'\t'
fi
echo "== queue (ms; p95 target ≤ 100 ms at $connections connections): requests req/s mean p50 p90 p95 p99 max non2xx socket_err load1"
grep -P '^queue' "$results" | column -t -s $'\t' || true
