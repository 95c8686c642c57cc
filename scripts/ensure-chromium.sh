#!/usr/bin/env bash
# pretest: the browser tests drive Debian's Chromium (never a downloaded browser). Install it when it is missing and
# we may (root, apt-get present); otherwise say what to run. CHROMIUM_PATH points the tests at another binary.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing Debian's chromium and CJK fonts for the browser tests (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
else
  echo "pretest: $bin not found; the browser tests need it: sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
