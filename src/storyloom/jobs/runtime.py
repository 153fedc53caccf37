"""The job runtime one process hosts: where jobs are sent, who runs them, the sweeper.

In-process (the embedded default): an asyncio queue and `job_concurrency` workers inside
`serve`; on start it picks up queued jobs and jobs whose lease expired (a restart).
Redis: `serve` only sends job ids to the taskiq broker; `storyloom worker` processes run
them (see jobs.taskiq_app). Both run the sweeper; claims are atomic, so duplicates of a
job id anywhere are harmless.
"""

from __future__ import annotations

import asyncio
import contextlib

import structlog

from storyloom.config import JobRunnerKind
from storyloom.jobs.engines import Engines, ProviderEngines, engines_from_settings
from storyloom.jobs.events import ProgressBus, make_bus
from storyloom.jobs.pipeline import StoryPipeline
from storyloom.jobs.runner import JobExecutor, Sweeper, worker_name
from storyloom.observability.jobhooks import Changed, JobMetrics
from storyloom.observability.metrics import MeteredUsageSink
from storyloom.resources import Resources
from storyloom.usage.service import DatabaseUsageSink

log = structlog.get_logger(__name__)
FILE_SCAN_EVERY = 60
STOP_RELEASE_SECONDS = 10.0


def _redis_invalidator(resources: Resources) -> Changed:
    """Workers have no app: they retire cached reads on the shared Redis cache."""
    from storyloom.kit.cache import ResponseCache

    settings = resources.settings
    cache = ResponseCache(
        resources.redis,
        prefix=settings.redis_prefix,
        ttl_seconds=settings.cache_ttl_seconds,
        max_bytes=settings.cache_memory_bytes,
    )
    return cache.invalidate


class JobRuntime:
    def __init__(
        self,
        resources: Resources,
        *,
        engines: Engines | None = None,
        run_jobs: bool | None = None,
        role: str = "serve",
        changed: Changed | None = None,
    ) -> None:
        settings = resources.settings
        self.resources = resources
        self.settings = settings
        self.bus: ProgressBus = make_bus(resources.redis, settings.redis_prefix)
        self._providers: ProviderEngines | None = None
        if engines is None:
            sink = MeteredUsageSink(DatabaseUsageSink(resources.sessions))
            self._providers = engines_from_settings(settings, sink)
            engines = self._providers.engines
        self.engines = engines
        # `changed(owner_id)`: a job changed that user's stories (cached reads retire).
        if changed is None and resources.redis is not None:
            changed = _redis_invalidator(resources)
        hooks = JobMetrics(changed)
        self.pipeline = StoryPipeline(
            resources.sessions, resources.media, self.engines, settings, hooks=hooks
        )
        self.executor = JobExecutor(
            resources.sessions, self.pipeline, self.bus, settings, worker_name(role), hooks=hooks
        )
        self.inprocess = settings.job_runner is JobRunnerKind.inprocess
        self.run_jobs = self.inprocess if run_jobs is None else run_jobs
        self.sweeper = Sweeper(resources.sessions, self.enqueue, self.bus, settings)
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._pending: set[str] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._broker: object | None = None
        self._sweeps = 0

    @property
    def broker(self) -> object | None:
        return self._broker

    async def start(self) -> None:
        if not self.inprocess:
            from storyloom.jobs.taskiq_app import open_broker

            self._broker = await open_broker(self.settings)
        if self.run_jobs and self.inprocess:
            self._tasks = [
                asyncio.create_task(self._work()) for _ in range(self.settings.job_concurrency)
            ]
        # After a restart: queued jobs and jobs whose runner died are picked up again. A
        # database that is down must not stop the process from starting (readiness says
        # so); the sweeper loop picks the jobs up once it answers.
        try:
            await self.sweeper.sweep(stale_queued_after=0 if self.inprocess else None)
        except Exception:
            log.exception("startup_sweep_failed")
        self._tasks.append(asyncio.create_task(self.sweeper.loop(self._cleanup)))

    async def _cleanup(self) -> None:
        """Expired candidates on every sweep; the media folder walk (files without rows,
        rows without files) only every FILE_SCAN_EVERY sweeps, as it reads every file."""
        from storyloom.jobs.cleanup import repair

        self._sweeps += 1
        files = self._sweeps % FILE_SCAN_EVERY == 0
        await repair(self.resources, dry_run=False, files=files)

    async def enqueue(self, job_id: str) -> None:
        """Send a job to a runner. Call after the job's row is committed."""
        if self.inprocess:
            if job_id not in self._pending:
                self._pending.add(job_id)
                self._queue.put_nowait(job_id)
            return
        from storyloom.jobs.taskiq_app import send

        await send(self._broker, job_id)

    async def _work(self) -> None:
        while True:
            job_id = await self._queue.get()
            self._pending.discard(job_id)
            try:
                await self.executor.execute(job_id)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("job_runner_error", job_id=job_id)

    async def stop(self) -> None:
        # Running jobs first: each is cancelled, releases its lease and goes back to
        # queued; a worker re-sends them so another worker starts them at once.
        released = await self.executor.release_all(wait_seconds=STOP_RELEASE_SECONDS)
        if not self.inprocess and self._broker is not None:
            for job_id in released:
                with contextlib.suppress(Exception):
                    await self.enqueue(job_id)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []
        if self._broker is not None:
            from storyloom.jobs.taskiq_app import close_broker

            await close_broker(self._broker)
        if self._providers is not None:
            await self._providers.close()
