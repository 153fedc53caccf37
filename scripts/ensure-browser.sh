#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Install it when we
# can (root with apt); otherwise say what to do. Under CI a missing browser is a failure.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "chromium is not installed: run 'sudo apt-get install chromium' for the browser tests" >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
