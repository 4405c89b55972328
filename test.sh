#!/usr/bin/env bash
# ./test.sh — installs what the tests need (Debian packages, when run as root), runs every test suite
# of Zhicheng.slnx, and ends with the line "N passed, N failed, N skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Browser tests drive Debian's Chromium; Chinese text needs a CJK font (TOOLCHAIN.md).
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
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

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test --solution Zhicheng.slnx --no-progress 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The runner's closing summary ("total: N / failed: N / succeeded: N / skipped: N"), restated as one line.
count() { grep -E "^[[:space:]]+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || true; }
passed="$(count succeeded)"; failed="$(count failed)"; skipped="$(count skipped)"
if [[ -z "$passed" || -z "$failed" ]]; then
  echo "测试运行未给出汇总（编译失败或测试进程异常退出），见上方输出"
  echo "${passed:-0} passed, ${failed:-1} failed, ${skipped:-0} skipped"
  exit 1
fi
if [[ "$status" != 0 && "$failed" == 0 ]]; then
  failed=1
  echo "测试运行以状态 $status 结束（例如某个测试程序集没有运行任何测试），按失败计"
fi
echo "$passed passed, $failed failed, ${skipped:-0} skipped"
exit "$status"
