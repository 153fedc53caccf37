"""What the job runtime adds around the pipeline and the executor, without changing them.

- Step durations and output safety blocks go to the metrics (from the progress reports).
- Every change a job makes to a story (pages, pictures, status) retires the owner's cached
  responses: after each progress report and after the job ends.
- Executions are tracked, so stopping the process hands running jobs back (their leases
  released, status queued) instead of leaving them for the sweeper to notice later.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from storyloom.jobs.pipeline import Reporter, StoryPipeline
from storyloom.jobs.runner import JobExecutor
from storyloom.models import Job, JobStatus
from storyloom.observability.metrics import StepClock

log = structlog.get_logger(__name__)
Changed = Callable[[str], Awaitable[None]]  # owner id whose cached reads must go


async def _notify(changed: Changed | None, owner_id: str) -> None:
    if changed is None:
        return
    try:
        await changed(owner_id)
    except Exception:  # a cache outage must never fail a job; entries expire anyway
        log.warning("cache_invalidation_failed", owner_id=owner_id, exc_info=True)


class MeteredReporter(Reporter):
    """A Reporter that also times steps and retires the owner's cached reads."""

    def __init__(self, inner: Reporter, owner_id: str, changed: Changed | None) -> None:
        super().__init__(inner.job_id, inner.worker, inner.sessions, inner.bus)
        self.owner_id = owner_id
        self.changed = changed
        self.clock = StepClock(time.perf_counter)

    async def __call__(self, **values: Any) -> None:
        await super().__call__(**values)
        self.clock.report(values)
        await _notify(self.changed, self.owner_id)


class MeteredPipeline(StoryPipeline):
    changed: Changed | None = None

    async def run(self, job: Job, report: Reporter) -> None:
        await super().run(job, MeteredReporter(report, job.owner_id, self.changed))


class TrackedExecutor(JobExecutor):
    """Knows which jobs this process is running, so `release_all` can hand them back."""

    changed: Changed | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.running: dict[asyncio.Task[Any], str] = {}

    async def execute(self, job_id: str) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.running[task] = job_id
        try:
            await super().execute(job_id)
        finally:
            self.running.pop(task, None)

    async def _finish(
        self,
        job: Job,
        status: JobStatus,
        message: str,
        *,
        error: str | None = None,
        code: str | None = None,
    ) -> None:
        await super()._finish(job, status, message, error=error, code=code)
        await _notify(self.changed, job.owner_id)

    async def release_all(self, wait_seconds: float) -> list[str]:
        """Cancel the running executions; each puts its job back in the queue (see
        JobExecutor._run). Returns the ids handed back."""
        tasks = dict(self.running)
        if not tasks:
            return []
        for task in tasks:
            task.cancel()
        done, pending = await asyncio.wait(tasks, timeout=wait_seconds)
        for task in done:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                task.result()
        if pending:
            log.warning("jobs_not_released", jobs=[tasks[t] for t in pending])
        log.info("jobs_handed_back", jobs=list(tasks.values()))
        return [tasks[t] for t in done]
