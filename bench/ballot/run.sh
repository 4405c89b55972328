#!/usr/bin/env bash
# bench/ballot/run.sh — the secret ballot under load (issue #6): a meeting with 300 applicants and 25 experts voting at
# once over HTTP on loopback, on SQLite and on a throwaway PostgreSQL: no vote lost or doubled, the tallies right, the
# latency of a ballot (p50/p95/p99/max).
#
#   sudo bench/ballot/run.sh          # as root (PostgreSQL runs as the postgres user); RUNS=2 per database
#
# What it does (the approach of bench/applications/run.sh, whose helpers it repeats):
#   1. builds the bench program and copies it to OUT/bench; builds the app through ./zhicheng and serves a copy of it
#      (OUT/app), so that someone editing src/ or bench/ meanwhile cannot rebuild either under the benchmark
#   2. per database and run, a fresh database: SQLite OUT/TAG-sqlite-RUN/ballot.db, or database ballot_rRUN in a throwaway
#      PostgreSQL cluster (OUT/pg, initdb as the postgres user, a free port, default durability: fsync and
#      synchronous_commit on); `zhicheng migrate`, then `Zhicheng.Benchmarks ballot-db CONNECTION DIR MEETINGS APPLICANTS
#      EXPERTS GROUPS SEED`: the committee, EXPERTS experts with API tokens, MEETINGS meetings of APPLICANTS accepted
#      applications each, taken through the services to 投票中 today (DIR/ballot.json)
#   3. `zhicheng serve` on a free port (Zhicheng__DemoOnEmpty=false), then `Zhicheng.Benchmarks ballot-load URL
#      DIR/ballot.json OUT/results-TAG.tsv LABEL CONNECTION`: per meeting, every expert's ballot at once, three second
#      ballots and one with an unknown candidate (refused), close as the office, check the counts; then the app is stopped
#      and its log searched for errors (DIR/serve.log)
#   4. prints the table (OUT/results-TAG.tsv); exit 1 when any run lost, doubled or miscounted a vote or saw an error
# Environment: DBS="sqlite postgresql", RUNS=2, MEETINGS=8, APPLICANTS=300, EXPERTS=25, REVIEW_GROUPS=5 (not GROUPS:
#   bash's own), SEED=2024, OUT=bench/ballot/out, TAG=current, APP=DIR (serve this published app instead of building
#   ./zhicheng), KEEP=1 (leave PostgreSQL running at the end), PG_OPTIONS="K=V;…" (added to the app's PostgreSQL
#   connection string), MIN_THREADS=N (an experiment: serve a copy of the app with System.Threading.ThreadPool.MinThreads=N).
# Each run also writes DIR/latencies-LABEL.tsv: every ballot's answer time after the release (meeting, expert, ms).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$here/out}"
dbs="${DBS:-sqlite postgresql}"
runs="${RUNS:-2}"
meetings="${MEETINGS:-8}"
applicants="${APPLICANTS:-300}"
experts="${EXPERTS:-25}"
groups="${REVIEW_GROUPS:-5}"
seed="${SEED:-2024}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
tag="${TAG:-current}"
results="$out/results-$tag.tsv"

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
rm -rf "$out/bench" && cp -a "$root/bench/Zhicheng.Benchmarks/bin/Release/net10.0" "$out/bench"
bench=(dotnet "$out/bench/Zhicheng.Benchmarks.dll")
if [[ -n "${APP:-}" ]]; then
  app="$(cd "$APP" && pwd)"
else
  "$root/zhicheng" --help >/dev/null   # the wrapper publishes src/ to .build/app when a source changed
  app="$out/app"
  rm -rf "$app" && cp -a "$root/.build/app" "$app"
fi
if [[ -n "${MIN_THREADS:-}" ]]; then
  # An experiment, not the benchmark: the same app with the thread pool's minimum raised (a runtimeconfig knob).
  rm -rf "$out/app-minthreads" && cp -a "$app" "$out/app-minthreads" && app="$out/app-minthreads"
  sed -i "s/\"configProperties\": {/\"configProperties\": {\n      \"System.Threading.ThreadPool.MinThreads\": $MIN_THREADS,/" "$app/zhicheng.runtimeconfig.json"
fi
echo "app:    $app${MIN_THREADS:+ (ThreadPool.MinThreads=$MIN_THREADS)}" | tee -a "$out/machine-$tag.txt"
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

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_dir="$out/pg"
pg_port=""
start_pg() {
  stop_pg
  rm -rf "$pg_dir" && mkdir -p "$pg_dir"
  [[ "$(id -u)" == 0 ]] && chown postgres "$pg_dir"
  as_pg "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; return 1; }
  pg_port="$(free_port)"
  as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=200" start >/dev/null \
    || { cat "$pg_dir/server.log"; return 1; }
  echo "PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (default settings: fsync, synchronous_commit on)"
}
stop_pg() { [[ -f "$pg_dir/data/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null || true; }

app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  if [[ "${KEEP:-0}" == 1 && -n "$pg_port" ]]; then
    echo "PostgreSQL left running: psql -h 127.0.0.1 -p $pg_port -U postgres ballot_r1"
  else
    stop_pg
  fi
}
trap cleanup EXIT

serve() { # serve LOG
  app_port="$(free_port)"
  ( export ZHICHENG_DB="$connection" Zhicheng__DemoOnEmpty=false; exec dotnet "$app/zhicheng.dll" serve --urls "http://127.0.0.1:$app_port" ) >"$1" 2>&1 &
  app_pid=$!
  for _ in $(seq 240); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/api/v1/people" || true)" == 401 ]] && return 0
    kill -0 "$app_pid" 2>/dev/null || { cat "$1"; return 1; }
    sleep 0.5
  done
  echo "the app did not answer within 120 s" >&2; return 1
}
# log_errors LOG → "N M": the app's error entries (fail/crit), and how many of them are about ballot_receipts.
log_errors() {
  awk 'function flush() { if (level == "fail:" || level == "crit:") { n++; if (text ~ /ballot_receipts/) r++ } level = "" }
       /^(fail|crit|warn|info|dbug|trce): / { flush(); level = $1; text = $0; next }
       { text = text "\n" $0 }
       END { flush(); print n + 0, r + 0 }' "$1"
}
stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

failed=0
for db in $dbs; do
  [[ "$db" == postgresql ]] && start_pg
  for run in $(seq "$runs"); do
    label="$tag-$db-$run"
    dir="$out/$tag-$db-$run"
    rm -rf "$dir" && mkdir -p "$dir"
    if [[ "$db" == sqlite ]]; then
      connection="Data Source=$dir/ballot.db"
    else
      connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=ballot_r$run${PG_OPTIONS:+;$PG_OPTIONS}"
    fi
    echo "== $label: $meetings meetings × $applicants candidates, $experts experts ($(date -u '+%H:%M:%S UTC'), load $(cut -d' ' -f1 /proc/loadavg))"
    ZHICHENG_DB="$connection" zc migrate >"$dir/migrate.log" 2>&1 || { cat "$dir/migrate.log"; exit 1; }
    "${bench[@]}" ballot-db "$connection" "$dir" "$meetings" "$applicants" "$experts" "$groups" "$seed" 2>&1 | tee "$dir/load.log"
    serve "$dir/serve.log"
    rc=0
    "${bench[@]}" ballot-load "http://127.0.0.1:$app_port" "$dir/ballot.json" "$results" "$label" "$connection" 2>&1 | tee "$dir/ballot-load.txt" || rc=$?
    stop_app
    read -r logged receipts <<<"$(log_errors "$dir/serve.log")"
    echo "app log: $logged error entries, of which $receipts the refused second ballots (EF logs their unique violation on ballot_receipts)"
    if (( logged > receipts )); then
      echo "!! the app logged other errors during $label (first lines of $dir/serve.log):"
      grep -nE -A12 '^(fail|crit):' "$dir/serve.log" | grep -v ballot_receipts | head -60
      rc=1
    fi
    [[ "$rc" != 0 ]] && { echo "!! $label failed (exit $rc)"; failed=1; }
  done
  [[ "$db" == postgresql && "${KEEP:-0}" != 1 ]] && stop_pg
done

echo "== secret ballot under load: $tag ($experts ballots of $applicants choices per meeting; ms)"
column -t -s $'\t' "$results"
exit "$failed"
