"""Queries for jobs. Claims, lease renewals and progress are single conditional UPDATEs,
so two processes can never both believe they own a job."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.db import utcnow
from storyloom.models import Job, JobStatus


def _changed(result: Any) -> bool:
    assert isinstance(result, CursorResult)
    return bool(result.rowcount == 1)


@dataclass(frozen=True, slots=True)
class Progressed:
    cancel_requested: bool


class JobRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, owner_id: str, job_id: str) -> Job | None:
        result = await self.session.execute(
            select(Job).where(Job.id == job_id, Job.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def get_any(self, job_id: str) -> Job | None:
        return (
            await self.session.execute(select(Job).where(Job.id == job_id))
        ).scalar_one_or_none()

    async def add(self, job: Job) -> Job:
        self.session.add(job)
        await self.session.flush()
        return job

    async def for_story(self, story_id: str) -> Sequence[Job]:
        result = await self.session.execute(
            select(Job).where(Job.story_id == story_id).order_by(Job.created_at.desc())
        )
        return result.scalars().all()

    async def page(
        self,
        owner_id: str | None,
        *,
        status: str | None,
        after: tuple[datetime, str] | None,
        limit: int,
    ) -> Sequence[Job]:
        statement = select(Job)
        if owner_id is not None:
            statement = statement.where(Job.owner_id == owner_id)
        if status is not None:
            statement = statement.where(Job.status == status)
        if after is not None:
            statement = statement.where(tuple_(Job.created_at, Job.id) < tuple_(*after))
        statement = statement.order_by(Job.created_at.desc(), Job.id.desc()).limit(limit + 1)
        return (await self.session.execute(statement)).scalars().all()

    async def claim(self, job_id: str, worker: str, lease: timedelta) -> bool:
        """Take a queued job, or a running one whose lease expired (its runner died)."""
        now = utcnow()
        result = await self.session.execute(
            update(Job)
            .where(
                Job.id == job_id,
                or_(
                    Job.status == JobStatus.queued,
                    (Job.status == JobStatus.running) & (Job.lease_expires_at < now),
                ),
            )
            .values(
                status=JobStatus.running.value,
                lease_owner=worker,
                lease_expires_at=now + lease,
                attempts=Job.attempts + 1,
                version=Job.version + 1,
                updated_at=now,
            )
        )
        return _changed(result)

    async def renew(self, job_id: str, worker: str, lease: timedelta) -> bool:
        now = utcnow()
        result = await self.session.execute(
            update(Job)
            .where(Job.id == job_id, Job.lease_owner == worker, Job.status == JobStatus.running)
            .values(lease_expires_at=now + lease)
        )
        return _changed(result)

    async def change(self, job_id: str, worker: str | None, **values: Any) -> bool:
        """Update a job (as its lease holder when `worker` is given) and bump its version."""
        statement = update(Job).where(Job.id == job_id)
        if worker is not None:
            statement = statement.where(Job.lease_owner == worker, Job.status == JobStatus.running)
        result = await self.session.execute(
            statement.values(**values, version=Job.version + 1, updated_at=utcnow())
        )
        return _changed(result)

    async def progress(self, job_id: str, worker: str, **values: Any) -> Progressed | None:
        """`change` as the lease holder, reading back in the same statement whether a
        cancel was requested; None when the lease is not (or no longer) `worker`'s."""
        result = await self.session.execute(
            update(Job)
            .where(Job.id == job_id, Job.lease_owner == worker, Job.status == JobStatus.running)
            .values(**values, version=Job.version + 1, updated_at=utcnow())
            .returning(Job.cancel_requested)
        )
        row = result.first()
        return None if row is None else Progressed(cancel_requested=bool(row[0]))

    async def expired_leases(self, now: datetime, limit: int = 100) -> Sequence[str]:
        result = await self.session.execute(
            select(Job.id)
            .where(Job.status == JobStatus.running, Job.lease_expires_at < now)
            .limit(limit)
        )
        return result.scalars().all()

    async def queued(self, older_than: datetime | None = None, limit: int = 500) -> Sequence[str]:
        statement = select(Job.id).where(Job.status == JobStatus.queued)
        if older_than is not None:
            statement = statement.where(Job.updated_at < older_than)
        result = await self.session.execute(statement.order_by(Job.created_at).limit(limit))
        return result.scalars().all()

    async def requeue_expired(self, job_id: str, now: datetime) -> bool:
        result = await self.session.execute(
            update(Job)
            .where(Job.id == job_id, Job.status == JobStatus.running, Job.lease_expires_at < now)
            .values(
                status=JobStatus.queued.value,
                lease_owner=None,
                lease_expires_at=None,
                message="Resuming after an interruption",
                version=Job.version + 1,
                updated_at=now,
            )
        )
        return _changed(result)
