"""What the job runtime may add around a run, passed in rather than subclassed in.

The pipeline calls `started(job)` once per run and the callback it returns after every
progress report (with the values reported); the executor calls `finished(job)` once the
job's end is recorded. Observability (step timings, metrics, cached-read retirement)
implements these in `observability/jobhooks.py`; the default does nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from storyloom.models import Job

Reported = Callable[[Mapping[str, Any]], Awaitable[None]]


class JobHooks(Protocol):
    def started(self, job: Job) -> Reported: ...

    async def finished(self, job: Job) -> None: ...


class NoHooks:
    def started(self, job: Job) -> Reported:
        async def reported(values: Mapping[str, Any]) -> None:
            return None

        return reported

    async def finished(self, job: Job) -> None:
        return None


NO_HOOKS: JobHooks = NoHooks()

__all__ = ["NO_HOOKS", "JobHooks", "NoHooks", "Reported"]
