#!/usr/bin/env bash
# ./test.sh — installs what the tests need (Debian packages, when run as root), starts a throwaway PostgreSQL,
# runs every test suite of Zhicheng.slnx on SQLite and the service and web suites again on PostgreSQL, and
# ends with the line "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Browser tests drive Debian's Chromium; Chinese text needs a CJK font (TOOLCHAIN.md); PostgreSQL for the second run;
# PDFs need a TrueType CJK font and poppler to read them back.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[[ -n "$(pg_bin)" && -x "$(pg_bin)/initdb" ]] || missing+=(postgresql)
command -v sqlite3 >/dev/null || missing+=(sqlite3)   # the audit test edits the database as an operator would
dpkg -s fonts-arphic-gbsn00lp >/dev/null 2>&1 || missing+=(fonts-arphic-gbsn00lp)   # the TrueType CJK font of certificate and minutes PDFs
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || missing+=(poppler-utils)   # verify-certificate and the PDF tests read PDFs back
if ((${#missing[@]})); then
  if [[ "$(id -u)" == 0 ]]; then
    echo "安装测试所需的软件包：${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "软件包安装失败：${missing[*]}"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
  else
    echo "缺少测试所需的软件包：${missing[*]}。请以 root 运行 ./test.sh，或执行："
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
  fi
fi

logs=()
cleanup() {
  [[ -n "${pg_dir:-}" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  [[ -n "${pg_dir:-}" ]] && rm -rf "$pg_dir"
  rm -f "${logs[@]}"
}
trap cleanup EXIT

# A throwaway PostgreSQL cluster on 127.0.0.1 and a free port; initdb refuses to run as root, so as "postgres" then.
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {
  local bin; bin="$(pg_bin)"
  [[ -x "$bin/initdb" ]] || { echo "未找到 PostgreSQL（initdb）"; return 1; }
  for candidate in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { pg_port=$candidate; break; }
  done
  pg_dir="$(mktemp -d /tmp/zhicheng-pg.XXXXXX)"
  [[ "$(id -u)" == 0 ]] && chown postgres "$pg_dir"
  as_pg "$bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; return 1; }
  as_pg "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$pg_dir/server.log"; return 1; }
  export ZHICHENG_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  echo "PostgreSQL 测试库已启动：127.0.0.1:$pg_port"
}

run() { # run LABEL dotnet-test-arguments…
  local log; log="$(mktemp)"; logs+=("$log")
  echo "== $1"
  shift
  dotnet test "$@" --no-progress 2>&1 | tee "$log"
  statuses+=("${PIPESTATUS[0]}")
}

statuses=()
run "所有测试（SQLite）" --solution Zhicheng.slnx
if start_postgres; then
  for project in Zhicheng.App.Tests Zhicheng.Web.Tests; do
    ZHICHENG_TEST_PROVIDER=postgresql run "$project（PostgreSQL）" --project "tests/$project" --no-build
  done
else
  echo "PostgreSQL 无法启动，PostgreSQL 上的测试未运行，按失败计"
  statuses+=(1)
fi

# Each run's closing summary ("total: N / failed: N / succeeded: N / skipped: N"), added up into one line.
passed=0; failed=0; skipped=0; incomplete=0
for log in "${logs[@]}"; do
  count() { grep -E "^[[:space:]]+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || true; }
  p="$(count succeeded)"; f="$(count failed)"; s="$(count skipped)"
  if [[ -z "$p" || -z "$f" ]]; then incomplete=1; continue; fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))
done
status=0
for s in "${statuses[@]}"; do [[ "$s" != 0 ]] && status=$s; done
if ((incomplete)); then
  echo "有测试运行未给出汇总（编译失败或测试进程异常退出），见上方输出"
  failed=$((failed + 1)); status=1
elif [[ "$status" != 0 && "$failed" == 0 ]]; then
  failed=1
  echo "测试运行以状态 $status 结束（例如某个测试程序集没有运行任何测试），按失败计"
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
