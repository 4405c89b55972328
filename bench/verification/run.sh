#!/usr/bin/env bash
# bench/verification/run.sh [N] — the public verification (issue #6) at N certificates (default 1,000,000) under wrk on
# loopback, on SQLite and on PostgreSQL: GET /ping (the baseline: the app's middleware, no database) and
# POST /api/v1/verify {"number", "name"} with random existing pairs, the rate limit off (Verification__PermitsPerMinute=0).
# Target: verify's req/s ≥ 30% of ping's, measured in the same run.
#
# What it does:
#   1. installs wrk if missing (apt-get, as root); builds the bench program and, through ./zhicheng, the app; copies the
#      published app to OUT/app and serves that copy (someone editing src/ meanwhile cannot rebuild it under the benchmark)
#   2. SQLite: `zhicheng migrate` on OUT/sqlite-N/verify.db, then `Zhicheng.Benchmarks certificates-db` (bulk insert of the
#      people benchmark's city with N titles, each with a certificate, and OUT/…/pairs.tsv)
#   3. PostgreSQL: a throwaway cluster as bench/people/run.sh starts one (initdb as the postgres user, a free port) in
#      OUT/pg; loaded with fsync=off, synchronous_commit=off, full_page_writes=off, then restarted with them on
#   4. for each database: `zhicheng serve` with the limit off; a check that 200 pairs all answer valid or revoked and
#      that a wrong name answers unknown; a settling pass of both (discarded); then ROUNDS rounds of: ping, verify
#      (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, each after a $WARMUP warm-up), with the app's and PostgreSQL's
#      CPU time per request read from /proc around each measured run
#   5. prints the table (with verify ÷ ping per round) and writes it to OUT/results-$TAG.tsv
#
# A database generated before for the same N is reused (REGENERATE=1 to build it again).
# Environment: DBS="sqlite postgresql", ROUNDS=2, THREADS=2, CONNECTIONS=16, DURATION=15s, WARMUP=5s, SETTLE=10s,
#   TIMEOUT=30s (wrk's request timeout: a slower request counts as a socket error, which fails the run), SEED=2024,
#   OUT=bench/verification/out, PG_SHARED_BUFFERS=512MB, TAG=current, APP=DIR (serve this published app
#   instead of building ./zhicheng), KEEP=1 (leave PostgreSQL running at the end),
#   VARIANTS="NAME:VAR=VALUE,VAR=VALUE NAME:…" (compare settings of the app in one run: each round serves the app once per
#   variant, in turn, with those environment variables, and measures ping and verify for it; rows are labelled db/NAME),
#   PG_OPTIONS="-c name=value …" (more PostgreSQL settings for the measured cluster), PG_HOST=socket (the app connects by
#   PostgreSQL's Unix socket instead of TCP on loopback; also as a variant's setting).
set -euo pipefail

n="${1:-1000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$here/out}"
dbs="${DBS:-sqlite postgresql}"
rounds="${ROUNDS:-2}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-15s}"
warmup="${WARMUP:-5s}"
settle="${SETTLE:-10s}"
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

# ---- PostgreSQL, as bench/people/run.sh starts it ---------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_dir="$out/pg"
pg_port=""
start_pg() { # start_pg load|bench
  local extra=""
  [[ "$1" == load ]] && extra="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [[ "$1" == bench ]] && extra="${PG_OPTIONS:-}"
  pg_port="$(free_port)"
  as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=200 -c shared_buffers=$shared_buffers $extra" start >/dev/null \
    || { cat "$pg_dir/server.log"; return 1; }
  echo "PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($1 settings${extra:+: $extra})"
}
stop_pg() { [[ -f "$pg_dir/data/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null || true; }
# PG_HOST=socket: the app reaches PostgreSQL by its Unix socket in OUT/pg instead of TCP on 127.0.0.1.
pg_connection() { echo "Host=$([[ "${PG_HOST:-tcp}" == socket ]] && echo "$pg_dir" || echo 127.0.0.1);Port=$pg_port;Username=postgres;Database=zhicheng_bench"; }

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
    connection="Data Source=$dir/verify.db"
    if [[ "${REGENERATE:-0}" == 1 || ! -s "$dir/pairs.tsv" ]]; then
      rm -rf "$dir" && mkdir -p "$dir"
      ZHICHENG_DB="$connection" zc migrate
      "${bench[@]}" certificates-db "$connection" "$n" "$dir" "$seed" 2>&1 | tee "$dir/generate.log"
    fi
  else
    if [[ "${REGENERATE:-0}" == 1 || ! -s "$dir/pairs.tsv" || ! -d "$pg_dir/data" ]]; then
      stop_pg
      rm -rf "$dir" "$pg_dir" && mkdir -p "$dir" "$pg_dir"
      [[ "$(id -u)" == 0 ]] && chown postgres "$pg_dir"
      as_pg "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log"; return 1; }
      start_pg load
      connection="$(pg_connection)"
      ZHICHENG_DB="$connection" zc migrate
      "${bench[@]}" certificates-db "$connection" "$n" "$dir" "$seed" 2>&1 | tee "$dir/generate.log"
      stop_pg
    fi
    start_pg bench
    connection="$(pg_connection)"
  fi
}

serve() { # serve [VAR=VALUE,…] — the variant's environment on top
  app_port="$(free_port)"
  local log="$out/serve-$tag-${label//\//-}.log" assignment
  ( export ZHICHENG_DB="$connection" Zhicheng__DemoOnEmpty=false Verification__PermitsPerMinute=0
    IFS=, && for assignment in ${1:-}; do export "${assignment?}"; done
    [[ "$db" == postgresql ]] && export ZHICHENG_DB="$(pg_connection)"   # a variant may set PG_HOST
    exec dotnet "$app/zhicheng.dll" serve --urls "http://127.0.0.1:$app_port" ) >>"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 240); do
    [[ "$(curl -s "http://127.0.0.1:$app_port/ping" || true)" == pong ]] && return 0
    kill -0 "$app_pid" 2>/dev/null || { cat "$log"; return 1; }
    sleep 0.5
  done
  echo "the app did not answer within 120 s" >&2; return 1
}

stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

verify() { # verify NUMBER NAME → the answer's status
  curl -s -H 'Content-Type: application/json' -d "{\"number\":\"$1\",\"name\":\"$2\"}" "http://127.0.0.1:$app_port/api/v1/verify" \
    | grep -o '"status":"[a-z]*"' | cut -d'"' -f4
}

check() { # every one of 200 pairs answers valid or revoked; a wrong name answers unknown; the limit is off
  local statuses number name
  statuses="$(head -200 "$dir/pairs.tsv" | while IFS=$'\t' read -r number name; do verify "$number" "$name"; done | sort | uniq -c | tr '\n' ' ')"
  echo "check $label: 200 pairs → $statuses"
  [[ "$statuses" =~ ^[[:space:]]*[0-9]+\ (valid|revoked)[[:space:]]*([0-9]+\ (valid|revoked)[[:space:]]*)?$ ]] || { echo "unexpected answers: $statuses" >&2; exit 1; }
  IFS=$'\t' read -r number name < "$dir/pairs.tsv"
  [[ "$(verify "$number" "${name}某")" == unknown ]] || { echo "a wrong name did not answer unknown" >&2; exit 1; }
}

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

run_wrk() { # run_wrk MODE DURATION LOG
  MODE="$1" PAIRS="$dir/pairs.tsv" LABEL="$label $1" wrk -t"$threads" -c"$connections" -d"$2" --timeout "$timeout" --latency -s "$here/verify.lua" \
    "http://127.0.0.1:$app_port" >"$3" 2>&1
}

measure() { # measure MODE ROUND → prints the row, sets last_rps
  local mode="$1" round="$2" log line a0 p0 a1 p1 requests
  run_wrk "$mode" "$warmup" "$out/wrk-$tag-${label//\//-}-$mode-$round-warmup.txt"
  log="$out/wrk-$tag-${label//\//-}-$mode-$round.txt"
  a0="$(app_ticks)"; p0="$(pg_ticks)"
  run_wrk "$mode" "$duration" "$log"
  a1="$(app_ticks)"; p1="$(pg_ticks)"
  line="$(grep -P '^result\t(?!label)' "$log" | tail -1 | cut -f3-)"
  requests="$(cut -f1 <<<"$line")"
  last_rps="$(cut -f2 <<<"$line")"
  # Every answer must be a 200 (the limit is off, every pair exists): anything else makes the figures meaningless.
  [[ "$(cut -f9 <<<"$line")" == 0 && "$(cut -f10 <<<"$line")" == 0 ]] || { echo "$label $mode: non-2xx answers or socket errors, see $log" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$mode" "$round" "$line" \
    "$(awk -v d=$((a1 - a0)) -v r="$requests" -v hz="$hz" 'BEGIN {printf "%.3f", r ? d * 1000 / hz / r : 0}')" \
    "$(awk -v d=$((p1 - p0)) -v r="$requests" -v hz="$hz" 'BEGIN {printf "%.3f", r ? d * 1000 / hz / r : 0}')" \
    "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

printf 'db\tmode\tround\trequests\treq/s\tmean_ms\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\tnon2xx\tsocket_err\tapp_cpu_ms/req\tdb_cpu_ms/req\tload1\n' >"$results"
ratios=()
ratio() { # ratio LABEL ROUND PING_RPS VERIFY_RPS
  ratios+=("$1 round $2: verify ÷ ping = $(awk -v v="$4" -v p="$3" 'BEGIN {printf "%.1f%%", p ? 100 * v / p : 0}')")
}
settle() { # the JIT's tiering, the connection pool, the page cache — before any measurement
  run_wrk ping "$settle" "$out/wrk-$tag-${label//\//-}-ping-settle.txt"
  run_wrk verify "$settle" "$out/wrk-$tag-${label//\//-}-verify-settle.txt"
}
for db in $dbs; do
  echo "== $db: $n certificates"
  prepare "$db"
  cat "$dir/stats.txt" 2>/dev/null || true
  if [[ -z "${VARIANTS:-}" ]]; then
    label="$db"
    serve
    echo "serving $db on 127.0.0.1:$app_port (log: $out/serve-$tag-$db.log)"
    check
    settle
    for round in $(seq "$rounds"); do
      measure ping "$round"; ping_rps="$last_rps"
      measure verify "$round"; verify_rps="$last_rps"
      ratio "$label" "$round" "$ping_rps" "$verify_rps"
    done
    stop_app
  else
    # Variants in turn within each round, each on a fresh app: the machine's load drifts, the comparison is per round.
    for round in $(seq "$rounds"); do
      for variant in $VARIANTS; do
        label="$db/${variant%%:*}"
        serve "${variant#*:}"
        echo "serving $label (${variant#*:}) on 127.0.0.1:$app_port"
        check
        settle
        measure ping "$round"; ping_rps="$last_rps"
        measure verify "$round"; verify_rps="$last_rps"
        ratio "$label" "$round" "$ping_rps" "$verify_rps"
        stop_app
      done
    done
  fi
  [[ "$db" == postgresql && "${KEEP:-0}" != 1 ]] && stop_pg
done

echo "== results: $tag ($connections connections, $threads wrk threads, $duration each; target verify ÷ ping ≥ 30%)"
column -t -s $'\t' "$results"
printf '%s\n' "${ratios[@]}" | tee "$out/ratios-$tag.txt"
