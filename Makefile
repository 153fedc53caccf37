# Storyloom. Two commands set everything up: `make run` and `make test`.
SHELL := /bin/bash
# uv is installed with pip when missing; `python3 -m uv` works wherever pip put it.
UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
HOST ?= 127.0.0.1
PORT ?= 8000
HAS_FRONTEND := $(wildcard frontend/package.json)

.PHONY: run test lint dev bench client deps frontend frontend-deps check-client

deps:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen

# The app's packages and build are redone only when what they come from changed: npm ci
# when the lock file is newer than the stamp it leaves, the build when any source is newer
# than the built index.html. (uv sync checks its own lock in milliseconds.)
FRONTEND_SOURCES := $(if $(HAS_FRONTEND),$(shell find frontend/src frontend/public \
	frontend/scripts -type f 2>/dev/null) $(wildcard frontend/index.html frontend/openapi.json \
	frontend/vite.config.ts frontend/tsconfig*.json))

frontend/node_modules/.stamp: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend/dist/index.html: frontend/node_modules/.stamp $(FRONTEND_SOURCES)
	cd frontend && npm run build
	touch $@

frontend-deps: $(if $(HAS_FRONTEND),frontend/node_modules/.stamp)

frontend: $(if $(HAS_FRONTEND),frontend/dist/index.html)

## run: install what is needed, build the app, migrate and serve on http://localhost:8000.
## A port already in use stops it first, before anything is installed or built.
run:
	+@python3 src/storyloom/kit/ports.py $(HOST) $(PORT)
	+@$(MAKE) --no-print-directory deps frontend
	$(UV) run storyloom serve --host $(HOST) --port $(PORT)

## dev: the API with reload, and Vite's dev server proxying to it
dev: deps frontend-deps
	$(UV) run storyloom serve --reload --port $(PORT) & \
	$(if $(HAS_FRONTEND),cd frontend && npm run dev,wait)

lint: deps
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy
ifneq ($(HAS_FRONTEND),)
	cd frontend && npm run lint && npm run typecheck
endif

## client: regenerate the TypeScript API client from the server's OpenAPI
client: deps frontend-deps
	$(UV) run storyloom openapi --out frontend/openapi.json
	cd frontend && npm run gen:api

check-client: deps frontend-deps
ifneq ($(HAS_FRONTEND),)
	UV="$(UV)" bash scripts/check-client.sh
endif

## test: install everything and run every test (SQLite; again on PostgreSQL + Redis when
## STORYLOOM_TEST_DATABASE_URL / STORYLOOM_TEST_REDIS_URL are set). Every phase runs and
## reports; the target fails at the end if any phase failed.
test: deps frontend
	UV="$(UV)" bash scripts/test-phases.sh

## bench: every figure in benchmarks/
bench: deps
	bash scripts/ensure-tools.sh
	@for script in benchmarks/*.py; do \
		[ "$$(basename $$script)" = "harness.py" ] && continue; \
		echo "== $$script"; $(UV) run python $$script || exit 1; \
	done
