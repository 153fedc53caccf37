#!/usr/bin/env bash
# The app's API client must match the server's OpenAPI: fail when either is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
UV="${UV:-python3 -m uv}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
$UV run storyloom openapi --out "$out"
diff -q "$out" frontend/openapi.json >/dev/null ||
  { echo "frontend/openapi.json is stale: run 'make client' and commit" >&2; exit 1; }
cd frontend && npm run gen:api -- --check
