"""Running jobs: claim (lease), heartbeat, pipeline, finish; and the sweeper.

`JobExecutor.execute(job_id)` is what every runner does with a job id, whether it came
from the in-process queue or from the taskiq broker. The lease is renewed every third of
its length while the job runs; a runner that dies stops renewing, and the sweeper (in
every server and worker) re-queues the job once its lease expired. A cancelled job is
noticed on the next heartbeat, even in the middle of a step.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.config import Settings
from storyloom.db import session_scope, utcnow
from storyloom.jobs.events import ProgressBus
from storyloom.jobs.hooks import NO_HOOKS, JobHooks
from storyloom.jobs.pipeline import JobCancelled, JobFailed, LeaseLost, Reporter, StoryPipeline
from storyloom.jobs.repository import JobRepository
from storyloom.models import Job, JobStatus, Story
from storyloom.models.story import StoryStatus

log = structlog.get_logger(__name__)
Enqueue = Callable[[str], Awaitable[None]]
LOOK_EVERY = 0.25  # seconds between the heartbeat's looks at a job it was told changed


def worker_name(role: str) -> str:
    return f"{role}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class _Stop(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class JobExecutor:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        pipeline: StoryPipeline,
        bus: ProgressBus,
        settings: Settings,
        worker: str,
        *,
        hooks: JobHooks = NO_HOOKS,
    ) -> None:
        self.sessions = sessions
        self.pipeline = pipeline
        self.bus = bus
        self.settings = settings
        self.worker = worker
        self.hooks = hooks
        self.lease = timedelta(seconds=settings.job_lease_seconds)
        # The executions this process runs, so `release_all` can hand them back.
        self.running: dict[asyncio.Task[Any], str] = {}

    async def execute(self, job_id: str) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.running[task] = job_id
        try:
            await self._execute(job_id)
        finally:
            self.running.pop(task, None)

    async def release_all(self, wait_seconds: float) -> list[str]:
        """Cancel the running executions; each puts its job back in the queue (see
        `_run`). Returns the ids handed back."""
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

    async def _execute(self, job_id: str) -> None:
        async with session_scope(self.sessions) as session:
            if not await JobRepository(session).claim(job_id, self.worker, self.lease):
                return  # done, cancelled, or someone else holds a live lease
            job = await JobRepository(session).get_any(job_id)
            assert job is not None
            if job.started_at is None:
                job.started_at = utcnow()
        await self.bus.publish(job_id)
        if job.cancel_requested:
            await self._finish(job, JobStatus.cancelled, "Cancelled")
            return
        if job.attempts > self.settings.job_max_attempts:
            await self._finish(
                job,
                JobStatus.failed,
                "Stopped",
                error=f"The job was interrupted {job.attempts - 1} times and was given up.",
                code="too_many_attempts",
            )
            return
        await self._run(job)

    async def _run(self, job: Job) -> None:
        report = Reporter(job.id, self.worker, self.sessions, self.bus)
        task = asyncio.create_task(self.pipeline.run(job, report))
        stop: dict[str, str] = {}
        beat = asyncio.create_task(self._heartbeat(job.id, task, stop))
        try:
            await task
        except JobFailed as exc:
            await self._finish(job, JobStatus.failed, "Failed", error=exc.message, code=exc.code)
        except JobCancelled:
            await self._finish(job, JobStatus.cancelled, "Cancelled")
        except LeaseLost:
            log.warning("job_lease_lost", job_id=job.id)
        except asyncio.CancelledError:
            if stop.get("reason") == "cancelled":
                await self._finish(job, JobStatus.cancelled, "Cancelled")
            elif "reason" not in stop:  # this process is shutting down: let another take it
                await self._release(job)
                raise
        except Exception:
            log.exception("job_crashed", job_id=job.id)
            if job.attempts < self.settings.job_max_attempts:
                await self._release(job, message="Retrying after an error")
            else:
                await self._finish(
                    job,
                    JobStatus.failed,
                    "Failed",
                    error="Something went wrong while making this book.",
                    code="internal_error",
                )
        else:
            await self._finish(job, JobStatus.succeeded, "Your book is ready")
        finally:
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat

    async def _heartbeat(self, job_id: str, task: asyncio.Task[None], stop: dict[str, str]) -> None:
        """Renew the lease every third of it; on notices about the job (a cancel request,
        progress) look whether it was cancelled, at most every LOOK_EVERY seconds: most
        notices are the job's own progress reports, which see a cancel by themselves."""
        loop = asyncio.get_running_loop()
        every = self.settings.job_lease_seconds / 3
        renewed_at = looked_at = loop.time()
        async with self.bus.subscribe(job_id) as notices:
            while not task.done():
                noticed = await notices.wait(max(0.05, every - (loop.time() - renewed_at)))
                wait = min(
                    LOOK_EVERY - (loop.time() - looked_at), every - (loop.time() - renewed_at)
                )
                if noticed and wait > 0:
                    await asyncio.wait({task}, timeout=wait)
                if task.done():
                    return
                looked_at = loop.time()
                async with session_scope(self.sessions) as session:
                    jobs = JobRepository(session)
                    if loop.time() - renewed_at >= every:
                        if not await jobs.renew(job_id, self.worker, self.lease):
                            stop["reason"] = "lease_lost"
                        renewed_at = loop.time()
                    job = await jobs.get_any(job_id)
                if job is not None and job.cancel_requested:
                    stop["reason"] = "cancelled"
                if "reason" in stop:
                    task.cancel()
                    return

    async def _release(self, job: Job, message: str = "Waiting to resume") -> None:
        """Back to the queue (shutdown or a crash with attempts left)."""
        async with session_scope(self.sessions) as session:
            await JobRepository(session).change(
                job.id,
                self.worker,
                status=JobStatus.queued.value,
                lease_owner=None,
                lease_expires_at=None,
                message=message,
            )
        await self.bus.publish(job.id)

    async def _finish(
        self,
        job: Job,
        status: JobStatus,
        message: str,
        *,
        error: str | None = None,
        code: str | None = None,
    ) -> None:
        values: dict[str, object] = {
            "status": status.value,
            "message": message,
            "error": error,
            "error_code": code,
            "lease_owner": None,
            "lease_expires_at": None,
            "finished_at": utcnow(),
        }
        async with session_scope(self.sessions) as session:
            changed = await JobRepository(session).change(job.id, self.worker, **values)
            story = await session.get(Story, job.story_id)
            if (
                changed
                and story is not None
                and status is not JobStatus.succeeded
                and story.status == StoryStatus.generating
            ):
                story.status = StoryStatus.failed.value
        if changed:
            await self.bus.publish(job.id)
        await self.hooks.finished(job)


class Sweeper:
    """Re-queues jobs whose lease expired and re-sends queued jobs nobody picked up."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        enqueue: Enqueue,
        bus: ProgressBus,
        settings: Settings,
    ) -> None:
        self.sessions = sessions
        self.enqueue = enqueue
        self.bus = bus
        self.settings = settings

    async def sweep(self, *, stale_queued_after: float | None) -> list[str]:
        now = utcnow()
        resend: list[str] = []
        async with session_scope(self.sessions) as session:
            jobs = JobRepository(session)
            for job_id in await jobs.expired_leases(now):
                if await jobs.requeue_expired(job_id, now):
                    resend.append(job_id)
            if stale_queued_after is not None:
                older = now - timedelta(seconds=stale_queued_after)
                resend.extend(j for j in await jobs.queued(older) if j not in resend)
        for job_id in resend:
            await self.bus.publish(job_id)
            await self.enqueue(job_id)
        return resend

    async def loop(self, extra: Callable[[], Awaitable[None]] | None = None) -> None:
        while True:
            await asyncio.sleep(self.settings.job_sweep_seconds)
            try:
                await self.sweep(stale_queued_after=self.settings.job_lease_seconds)
                if extra is not None:
                    await extra()
            except Exception:  # the sweeper must outlive a database hiccup
                log.exception("sweep_failed")
