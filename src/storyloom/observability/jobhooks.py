"""What the job runtime adds around the pipeline and the executor, as hooks passed in.

- Step durations and output safety blocks go to the metrics (from the progress reports).
- Every change a job makes to a story (pages, pictures, status) retires the owner's cached
  responses: after each progress report and after the job ends.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import structlog

from storyloom.jobs.hooks import Reported
from storyloom.models import Job
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


class JobMetrics:
    """The runtime's JobHooks (jobs/hooks.py): times steps from the progress reports and
    retires the owner's cached reads after each report and when the job ends."""

    def __init__(self, changed: Changed | None = None) -> None:
        self.changed = changed

    def started(self, job: Job) -> Reported:
        clock = StepClock(time.perf_counter)
        owner_id, changed = job.owner_id, self.changed

        async def reported(values: Mapping[str, Any]) -> None:
            clock.report(dict(values))
            await _notify(changed, owner_id)

        return reported

    async def finished(self, job: Job) -> None:
        await _notify(self.changed, job.owner_id)
