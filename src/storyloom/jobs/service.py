"""Jobs seen by their owner: read, list, cancel, retry, and the progress stream."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.db import session_scope, utcnow
from storyloom.errors import Conflict, NotFound
from storyloom.jobs.events import ProgressBus
from storyloom.jobs.repository import JobRepository
from storyloom.jobs.schemas import JobOut
from storyloom.kit.pagination import decode_cursor, encode_cursor
from storyloom.models import FINAL_STATUSES, Job, JobStatus, Story, StoryStatus


class JobService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.jobs = JobRepository(session)

    async def get(self, owner_id: str, job_id: str) -> Job:
        job = await self.jobs.get(owner_id, job_id)
        if job is None:
            raise NotFound("No such job.")
        return job

    async def page(
        self, owner_id: str, *, status: str | None, cursor: str | None, limit: int
    ) -> tuple[Sequence[Job], str | None]:
        after = decode_cursor(cursor) if cursor else None
        rows = await self.jobs.page(owner_id, status=status, after=after, limit=limit)
        items = rows[:limit]
        last = items[-1] if items else None
        more = len(rows) > limit
        return items, encode_cursor(last.created_at, last.id) if more and last else None

    async def cancel(self, job: Job) -> Job:
        """A queued job is cancelled at once; a running one stops at its next heartbeat
        or progress change. Cancelling a finished job changes nothing."""
        if job.status == JobStatus.queued:
            job.status = JobStatus.cancelled.value
            job.message = "Cancelled"
            job.finished_at = utcnow()
            story = await self.session.get(Story, job.story_id)
            if story is not None and story.status == StoryStatus.generating:
                story.status = StoryStatus.failed.value
        elif job.status == JobStatus.running:
            job.cancel_requested = True
            job.message = "Cancelling"
        else:
            return job
        job.version += 1
        job.updated_at = utcnow()
        await self.session.flush()
        return job

    async def retry(self, job: Job) -> Job:
        """Queue a failed or cancelled job again; it resumes after its last finished step."""
        if job.status not in (JobStatus.failed, JobStatus.cancelled):
            raise Conflict("Only a failed or cancelled job can be retried.", code="job_not_final")
        story = await self.session.get(Story, job.story_id)
        if story is None:
            raise Conflict("The story of this job was deleted.", code="story_deleted")
        story.status = StoryStatus.generating.value
        job.status = JobStatus.queued.value
        job.attempts = 0
        job.error = job.error_code = None
        job.cancel_requested = False
        job.finished_at = None
        job.message = "Waiting to resume"
        job.version += 1
        job.updated_at = utcnow()
        await self.session.flush()
        return job


def _event(name: str, job: Job) -> str:
    data = JobOut.model_validate(job).model_dump_json()
    return f"id: {job.version}\nevent: {name}\ndata: {data}\n\n"


async def stream(
    sessions: async_sessionmaker[AsyncSession],
    bus: ProgressBus,
    job_id: str,
    heartbeat: float,
) -> AsyncIterator[str]:
    """`progress` events while the job changes, then one `done` event with its final
    state; a comment line as heartbeat when nothing changed for `heartbeat` seconds."""
    sent = -1
    async with bus.subscribe(job_id) as notices:
        while True:
            async with session_scope(sessions) as session:
                job = await JobRepository(session).get_any(job_id)
            if job is None:
                yield f"event: gone\ndata: {json.dumps({'id': job_id})}\n\n"
                return
            final = JobStatus(job.status) in FINAL_STATUSES
            if final:
                yield _event("done", job)
                return
            if job.version != sent:
                sent = job.version
                yield _event("progress", job)
            if not await notices.wait(heartbeat):
                yield ": heartbeat\n\n"
