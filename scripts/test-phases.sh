#!/usr/bin/env bash
# `make test`: every phase runs and reports, even after an earlier one failed; the run fails
# at the end if any phase did. Each phase prints a header when it starts and its time when it
# ends, and pytest spreads the tests over every core (pytest-xdist, one file per worker).
set -uo pipefail
cd "$(dirname "$0")/.."
UV="${UV:-python3 -m uv}"
HAS_FRONTEND=0
[ -f frontend/package.json ] && HAS_FRONTEND=1
failed=()
summary=()
started=$(date +%s)

phase() {  # name, command...: run one phase, remember how it went
  local name="$1"
  shift
  local t0
  t0=$(date +%s)
  echo
  echo "== $name ($(date +%H:%M:%S))"
  if "$@"; then
    summary+=("ok      $(($(date +%s) - t0))s  $name")
  else
    summary+=("FAILED  $(($(date +%s) - t0))s  $name")
    failed+=("$name")
  fi
}

lint_python() {
  $UV run ruff check . && $UV run ruff format --check . && $UV run mypy
}
lint_frontend() {
  (cd frontend && npm run lint && npm run typecheck)
}
pytest_sqlite() {
  STORYLOOM_TEST_DATABASE_URL= STORYLOOM_TEST_REDIS_URL= \
    $UV run pytest -m "not services" --ignore=tests/e2e -n "${PYTEST_WORKERS:-auto}" --dist loadfile
}
# The browser tests run one at a time: two Chromiums beside two servers on a 2-core machine
# turn their waits into races.
pytest_browser() {
  STORYLOOM_TEST_DATABASE_URL= STORYLOOM_TEST_REDIS_URL= $UV run pytest -m "not services" tests/e2e
}
# Only the tests that reach PostgreSQL or Redis (tests/services_selection.py has the rule):
# the others behave the same as in the SQLite phase, which already ran them.
pytest_services() {
  $UV run pytest --only-services --ignore=tests/engines --ignore=tests/e2e \
    -n "${PYTEST_WORKERS:-auto}" --dist loadfile
}

phase "tools the tests drive (chromium, poppler, epubcheck, wrk, caddy)" bash scripts/ensure-tools.sh
phase "lint: Python (ruff, mypy)" lint_python
if [ "$HAS_FRONTEND" = 1 ]; then
  phase "lint: app (eslint, tsc)" lint_frontend
  phase "API client is fresh" bash scripts/check-client.sh
  phase "app tests (Vitest)" bash -c "cd frontend && npm test"
fi
phase "server tests on SQLite" pytest_sqlite
phase "browser tests (Chromium)" pytest_browser
if [ -n "${STORYLOOM_TEST_DATABASE_URL:-}${CI:-}" ]; then
  phase "server tests on PostgreSQL + Redis (and those that need the services)" pytest_services
fi

echo
echo "== summary ($(($(date +%s) - started))s in all)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
