"""Prometheus metrics: HTTP requests, and beyond: jobs, steps, providers, cache, safety.

Counters and histograms are module-level and updated where things happen (the job
pipeline's reporter, the usage sink, the response cache, the safety error handler).
Figures the database knows (jobs by state, queue depth) and per-process state (provider
circuit breakers) are computed at scrape time by a collector, never stored.

Several server processes (`serve --workers N`, N > 1) share PROMETHEUS_MULTIPROC_DIR in
the data folder: `serve` empties it and sets the variable before the processes start, so
every scrape sums all of them. Workers serve their own /metrics on
STORYLOOM_WORKER_METRICS_PORT (or, on one host, write into the same multiprocess folder).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.providers.resilience import BreakerState, breaker_states
from storyloom.providers.usage import ProviderCall, UsageSink

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

HTTP_REQUESTS = Counter(
    "http_requests_total",
    "API requests by route template, method and status class (2xx, 4xx, 5xx).",
    ["handler", "method", "status"],
)
HTTP_SECONDS = Histogram(
    "http_request_duration_seconds",
    "Time to answer an API request, by route template and method.",
    ["handler", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
JOB_STEP_SECONDS = Histogram(
    "storyloom_job_step_seconds",
    "Time one pipeline step of a story job took.",
    ["step"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
PROVIDER_LATENCY = Histogram(
    "storyloom_provider_latency_seconds",
    "Latency of calls to model providers (answers from the cache included).",
    ["provider", "model"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40, 60, 120),
)
PROVIDER_CALLS = Counter(
    "storyloom_provider_calls_total",
    "Calls to model providers by outcome (ok, error, cached).",
    ["provider", "model", "outcome"],
)
PROVIDER_ERRORS = Counter(
    "storyloom_provider_errors_total",
    "Failed provider calls by error code.",
    ["provider", "code"],
)
PROVIDER_COST = Counter(
    "storyloom_provider_cost_usd_total",
    "Estimated provider spend in USD (list prices; not billing).",
    ["provider", "model"],
)
CACHE_REQUESTS = Counter(
    "storyloom_cache_requests_total",
    "Cache lookups by cache (response, provider) and result (hit, miss).",
    ["cache", "result"],
)
SAFETY_BLOCKS = Counter(
    "storyloom_safety_blocks_total",
    "Text refused by the safety checker, by category and source (input, output).",
    ["category", "source"],
)


BlockHook = Callable[..., None]
_block_hooks: list[BlockHook] = []


def on_safety_block(hook: BlockHook) -> Callable[[], None]:
    """Also tell `hook(category=, source=, **details)` about every block; returns the undo."""
    _block_hooks.append(hook)
    return lambda: _block_hooks.remove(hook) if hook in _block_hooks else None


def record_safety_block(category: str, source: str, **details: str | None) -> None:
    SAFETY_BLOCKS.labels(category=category, source=source).inc()
    for hook in list(_block_hooks):
        hook(category=category, source=source, **details)


def record_request(handler: str, method: str, status: int, seconds: float) -> None:
    HTTP_REQUESTS.labels(handler=handler, method=method, status=f"{status // 100}xx").inc()
    HTTP_SECONDS.labels(handler=handler, method=method).observe(seconds)


def record_cache(cache: str, hit: bool) -> None:
    CACHE_REQUESTS.labels(cache=cache, result="hit" if hit else "miss").inc()


class MeteredUsageSink:
    """Counts every provider call into the metrics, then passes it on."""

    def __init__(self, inner: UsageSink) -> None:
        self.inner = inner

    async def record(
        self, call: ProviderCall, *, user_id: str | None, story_id: str | None
    ) -> None:
        labels = {"provider": call.provider, "model": call.model}
        outcome = "cached" if call.cached else ("ok" if call.ok else "error")
        PROVIDER_CALLS.labels(**labels, outcome=outcome).inc()
        PROVIDER_LATENCY.labels(**labels).observe(call.latency_ms / 1000)
        if not call.ok:
            PROVIDER_ERRORS.labels(provider=call.provider, code=call.error_code or "unknown").inc()
        if call.estimated_cost_usd:
            PROVIDER_COST.labels(**labels).inc(call.estimated_cost_usd)
        record_cache("provider", call.cached)
        await self.inner.record(call, user_id=user_id, story_id=story_id)


# --- the pipeline reporter tells us about steps; this turns its calls into durations ---
_REWRITE = re.compile(r"not suitable \((\w+)\)")


@dataclass
class StepClock:
    """Fed every progress report of one job run; observes each step's duration."""

    clock: Any  # a zero-argument callable returning seconds (time.perf_counter)
    step: str | None = None
    started: float = 0.0
    seen: set[str] = field(default_factory=set)

    def report(self, values: Mapping[str, object]) -> None:
        # A step's end may come in the same report as the next step's start: end it first.
        finished = values.get("finished_step")
        if isinstance(finished, str) and finished == self.step:
            JOB_STEP_SECONDS.labels(step=finished).observe(self.clock() - self.started)
            self.step = None
        step = values.get("step")
        if isinstance(step, str) and step != self.step:
            self.step, self.started = step, self.clock()
        message = values.get("message")
        if isinstance(message, str) and message.startswith("Rewriting"):
            match = _REWRITE.search(message)
            record_safety_block(match.group(1) if match else "unsafe", "output")


# --- scrape time ---
@dataclass(frozen=True)
class DbFigures:
    jobs: dict[str, int]
    oldest_queued_seconds: float


async def db_figures(sessions: async_sessionmaker[AsyncSession]) -> DbFigures:
    from storyloom.db import utcnow
    from storyloom.models import Job, JobStatus

    async with sessions() as session:
        rows = (await session.execute(select(Job.status, func.count()).group_by(Job.status))).all()
        oldest = (
            await session.execute(
                select(func.min(Job.created_at)).where(Job.status == JobStatus.queued.value)
            )
        ).scalar()
    counts = {s.value: 0 for s in JobStatus} | {str(status): int(n) for status, n in rows}
    waited = 0.0
    if oldest is not None:
        if oldest.tzinfo is None:  # SQLite returns naive values for aggregates
            from datetime import UTC

            oldest = oldest.replace(tzinfo=UTC)
        waited = max(0.0, (utcnow() - oldest).total_seconds())
    return DbFigures(counts, waited)


class LiveCollector(Collector):
    """Gauges computed when scraped: DB figures (if given) and this process's breakers."""

    def __init__(self, figures: DbFigures | None) -> None:
        self.figures = figures

    def collect(self) -> Iterable[Metric]:
        if self.figures is not None:
            jobs = GaugeMetricFamily(
                "storyloom_jobs", "Jobs by state (database).", labels=["status"]
            )
            for status, n in sorted(self.figures.jobs.items()):
                jobs.add_metric([status], n)
            yield jobs
            depth = GaugeMetricFamily(
                "storyloom_queue_depth", "Jobs waiting or running (database).", labels=["state"]
            )
            depth.add_metric(["queued"], self.figures.jobs.get("queued", 0))
            depth.add_metric(["running"], self.figures.jobs.get("running", 0))
            yield depth
            yield GaugeMetricFamily(
                "storyloom_queue_oldest_seconds",
                "How long the oldest queued job has waited.",
                value=self.figures.oldest_queued_seconds,
            )
        breakers = GaugeMetricFamily(
            "storyloom_provider_breaker_state",
            "1 for the circuit breaker's current state, per provider (this process).",
            labels=["provider", "state"],
        )
        for provider, state in sorted(breaker_states().items()):
            for candidate in BreakerState:
                breakers.add_metric([provider, candidate.value], 1.0 if candidate is state else 0.0)
        yield breakers


def registry_for_scrape() -> CollectorRegistry:
    """The process's own registry, or every process's figures in multiprocess mode."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return registry
    return REGISTRY


def render(figures: DbFigures | None) -> bytes:
    live = CollectorRegistry(auto_describe=True)
    live.register(LiveCollector(figures))
    return generate_latest(registry_for_scrape()) + generate_latest(live)


def prepare_multiprocess(data_dir: Path, processes: int) -> Path | None:
    """Before N > 1 server processes start: an empty folder they all write into.

    PROMETHEUS_MULTIPROC_DIR when set, else `<data>/prometheus/<host name>` (containers
    sharing a data volume each get their own). Emptied here: figures of processes that
    no longer run must not be summed."""
    if processes <= 1:
        return None
    configured = os.environ.get(MULTIPROC_ENV)
    folder = Path(configured) if configured else data_dir / "prometheus" / socket.gethostname()
    folder = folder.resolve()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    os.environ[MULTIPROC_ENV] = str(folder)
    return folder


def serve_worker_metrics(port: int) -> None:
    """A worker's own /metrics (a thread): its counters and its breakers."""
    from prometheus_client import start_http_server

    registry = registry_for_scrape()
    registry.register(LiveCollector(None))
    start_http_server(port, registry=registry)


def names(text: str) -> Iterator[str]:
    """Metric family names in an exposition text (for tests and the admin API)."""
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            yield line.split()[2]
