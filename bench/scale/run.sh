#!/usr/bin/env bash
# bench/scale/run.sh [ROWS] — the scale test: ROWS (default 1,000,000) generated applications as JSON Lines
# through `zhicheng check FILE --format jsonl --output FILE`, under /usr/bin/time -v; prints wall time, rows/s
# and peak RSS against the targets (1,000,000 rows ≤ 15 s end to end, peak memory ≤ 300 MB).
#
# The rows come from the bench program's generator (`generate N FILE SEED`): every route, every employment
# type and channel, and about 2% bad rows of each kind the contract lists (missing fields, impossible dates,
# unknown codes, wrong ID check digits, duplicate assessment years, transferredOn before obtainedOn), plus a
# few broken JSON lines and rows for a series with no standard. The CLI therefore exits 1 (some rows
# rejected); that is expected and checked.
#
# Environment:
#   SEED=2024              generator seed
#   OUT=bench/scale/out    where the input, the decisions and the logs go (git-ignored)
#   REGENERATE=1           write the input again even if a file for ROWS and SEED exists
#   RUNS=1                 timed runs of the CLI; the summary shows each and the fastest
#   EXTRA_ENV="K=V …"      one more timed run with these environment variables set, e.g. EXTRA_ENV=DOTNET_gcServer=1
#                          to compare GC modes, or DOTNET_TieredPGO=0 — for finding out what to change
set -euo pipefail

rows="${1:-1000000}"
seed="${SEED:-2024}"
runs="${RUNS:-1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$here/out}"
mkdir -p "$out"
input="$out/applications-$rows-$seed.jsonl"
decisions="$out/decisions-$rows-$seed.jsonl"

if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (/usr/bin/time)…" >&2
  apt-get update -qq >&2 && apt-get install -y -qq time >&2
fi

echo "== machine"
echo "date:   $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cores:  $(nproc)"
echo "cpu:    $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "dotnet: $(dotnet --version)"
echo "src:    $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') + $(git -C "$root" status --porcelain -- src 2>/dev/null | wc -l) uncommitted file(s) under src/"

echo "== build"
dotnet build "$root/bench/Zhicheng.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
bench=(dotnet "$root/bench/Zhicheng.Benchmarks/bin/Release/net10.0/Zhicheng.Benchmarks.dll")
if [[ -x "$root/zhicheng" ]]; then
  cli=("$root/zhicheng")
  # The wrapper rebuilds when src changed: do that now, outside the timed run.
  "$root/zhicheng" --help >/dev/null 2>&1 || true
else
  dotnet build "$root/src/Zhicheng.Web" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  cli=(dotnet "$root/src/Zhicheng.Web/bin/Release/net10.0/Zhicheng.Web.dll")
fi
echo "cli:    ${cli[*]}"

echo "== input"
if [[ "${REGENERATE:-0}" == 1 || ! -s "$input" ]]; then
  "${bench[@]}" generate "$rows" "$input" "$seed" 2>&1 | tee "$out/generate.log"
else
  echo "reusing $input (REGENERATE=1 to write it again)"
fi
echo "$(wc -l <"$input") lines, $(du -m "$input" | cut -f1) MB"

# One timed run: prints "wall_s rss_kb user_s sys_s exit" on stdout.
timed_run() {
  local label="$1"; shift
  local log="$out/time-$label.txt" err="$out/check-$label.stderr"
  rm -f "$decisions"
  set +e
  env "$@" /usr/bin/time -v -o "$log" "${cli[@]}" check "$input" --format jsonl --output "$decisions" 2>"$err"
  local status=$?
  set -e
  if grep -q '正在编译' "$err"; then
    echo "warning: the wrapper rebuilt the program during this run (src changed); the time includes a build" >&2
  fi
  local wall rss user sys
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  echo "$wall $rss $user $sys $status"
}

report() {
  local label="$1" wall="$2" rss="$3" user="$4" sys="$5" status="$6"
  local lines
  lines=$(wc -l <"$decisions")
  awk -v label="$label" -v rows="$rows" -v wall="$wall" -v rss="$rss" -v user="$user" -v sys="$sys" -v status="$status" -v lines="$lines" 'BEGIN {
    printf "%-22s wall %6.2f s  %9.0f rows/s  peak RSS %5.0f MB  (user %.2f s, sys %.2f s, exit %d, %d answers)\n",
      label, wall, rows / wall, rss / 1024, user, sys, status, lines
  }'
  if [[ "$lines" != "$rows" ]]; then
    echo "ERROR: $lines answers for $rows rows" >&2
    return 1
  fi
  if [[ "$status" != 1 ]]; then
    echo "ERROR: expected exit 1 (some rows are bad on purpose), got $status" >&2
    return 1
  fi
}

echo "== zhicheng check (${runs} run(s))"
best_wall="" best_rss=""
for ((i = 1; i <= runs; i++)); do
  read -r wall rss user sys status < <(timed_run "run$i" DOTNET_NOLOGO=1)
  report "run $i" "$wall" "$rss" "$user" "$sys" "$status"
  if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
    best_wall="$wall"
  fi
  if [[ -z "$best_rss" ]] || ((rss > best_rss)); then
    best_rss="$rss"
  fi
done
tail -n 1 "$out/check-run1.stderr"

if [[ -n "${EXTRA_ENV:-}" ]]; then
  echo "== the same with $EXTRA_ENV (not counted against the targets)"
  # shellcheck disable=SC2086 # word splitting of K=V pairs is intended
  read -r wall rss user sys status < <(timed_run extra DOTNET_NOLOGO=1 $EXTRA_ENV)
  report "$EXTRA_ENV" "$wall" "$rss" "$user" "$sys" "$status"
fi

echo "== against the targets (fastest run's wall time, highest run's peak RSS)"
awk -v rows="$rows" -v wall="$best_wall" -v rss="$best_rss" 'BEGIN {
  budget = 15 * rows / 1000000
  printf "time:   %.2f s for %d rows (%.0f rows/s); target <= %.1f s: %s\n", wall, rows, rows / wall, budget, (wall <= budget ? "MET" : "MISSED")
  printf "memory: %.0f MB peak RSS; target <= 300 MB: %s\n", rss / 1024, (rss / 1024 <= 300 ? "MET" : "MISSED")
}'
