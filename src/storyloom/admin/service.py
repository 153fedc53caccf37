"""What the admin API reads: component health, jobs of every user, users with usage,
safety blocks and time series. Read-only except `retry` (JobService's)."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom import __version__
from storyloom.admin.schemas import (
    AdminJob,
    Component,
    ComponentStatus,
    HealthOut,
    SafetyBlockOut,
    SeriesPoint,
    UserUsage,
)
from storyloom.db import utcnow
from storyloom.jobs.runtime import JobRuntime
from storyloom.media import LocalMediaStore
from storyloom.models import Character, Job, JobStatus, ProviderCallRecord, Story, User
from storyloom.observability.recent import Minute, RecentFigures
from storyloom.providers.resilience import BreakerState, breaker_states
from storyloom.resources import Resources
from storyloom.usage.service import month_bounds

RANK: dict[ComponentStatus, int] = {"ok": 0, "off": 0, "degraded": 1, "down": 2}
IN_FLIGHT = (JobStatus.queued.value, JobStatus.running.value)


async def _timed(check: Any) -> Component:
    started = time.perf_counter()
    try:
        detail = await check()
        status: ComponentStatus = "ok"
    except Exception as exc:  # health reports any failure rather than raising
        detail, status = f"{type(exc).__name__}: {exc}"[:200], "down"
    return Component(
        status=status, detail=detail, latency_ms=round((time.perf_counter() - started) * 1000, 2)
    )


async def health(resources: Resources, runtime: JobRuntime, started_at: float) -> HealthOut:
    settings = resources.settings

    async def database() -> str:
        async with resources.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return resources.engine.dialect.name

    components: dict[str, Component] = {"database": await _timed(database)}
    if resources.redis is not None:
        redis = resources.redis

        async def ping() -> str:
            await redis.ping()
            return "ping ok"

        components["redis"] = await _timed(ping)
    else:
        components["redis"] = Component(status="off", detail="not configured (memory)")
    running_here = len(runtime.executor.running)
    components["job_runner"] = Component(
        status="ok",
        detail=f"{settings.job_runner.value}; {running_here} running in this process, "
        f"{settings.job_concurrency} at most",
    )
    for provider, state in sorted(breaker_states().items()):
        components[f"provider:{provider}"] = Component(
            status="ok" if state is BreakerState.closed else "degraded",
            detail=f"circuit breaker {state.value}",
        )
    if isinstance(resources.media, LocalMediaStore):
        root = resources.media.root
        usage = shutil.disk_usage(root if root.exists() else settings.data_dir)
        free = usage.free / max(1, usage.total)
        components["media"] = Component(
            status="ok" if free > 0.05 else "degraded",
            detail=f"local disk, {usage.free // 2**20} MiB free ({free:.0%})",
        )
    else:
        store = resources.media

        async def reach() -> str:
            # Signs, reaches the bucket, reads nothing.
            await asyncio.wait_for(store.exists("0" * 64), timeout=5)
            return store.describe()

        components["media"] = await _timed(reach)
    components["cache"] = Component(
        status="ok" if settings.cache_ttl_seconds else "off",
        detail=f"{'redis' if resources.redis else 'memory'}, ttl {settings.cache_ttl_seconds} s",
    )
    worst = max(components.values(), key=lambda c: RANK[c.status]).status
    return HealthOut(
        status="ok" if worst == "off" else worst,
        version=__version__,
        pid=os.getpid(),
        uptime_seconds=round(time.time() - started_at, 1),
        components=components,
    )


async def job_counts(session: AsyncSession) -> dict[str, int]:
    rows = (await session.execute(select(Job.status, func.count()).group_by(Job.status))).all()
    return {s.value: 0 for s in JobStatus} | {str(k): int(v) for k, v in rows}


async def jobs(
    session: AsyncSession, state: str, limit: int, *, job_id: str | None = None
) -> list[AdminJob]:
    statement = (
        select(Job, User.email, Story.title)
        .join(User, User.id == Job.owner_id, isouter=True)
        .join(Story, Story.id == Job.story_id, isouter=True)
    )
    if job_id is not None:
        statement = statement.where(Job.id == job_id)
    if state == "in_flight":
        statement = statement.where(Job.status.in_(IN_FLIGHT))
    elif state != "all":
        statement = statement.where(Job.status == state)
    statement = statement.order_by(Job.updated_at.desc(), Job.id.desc()).limit(limit)
    rows = (await session.execute(statement)).all()
    return [
        AdminJob.model_validate(
            {
                **{c.key: getattr(job, c.key) for c in Job.__table__.columns},
                "owner_email": email,
                "story_title": title,
            }
        )
        for job, email, title in rows
    ]


async def users(
    session: AsyncSession, *, q: str | None, limit: int, offset: int
) -> tuple[list[UserUsage], int, str]:
    start, end = month_bounds(None)
    where = [User.email.ilike(f"%{q}%") | User.display_name.ilike(f"%{q}%")] if q else []
    total = (await session.execute(select(func.count(User.id)).where(*where))).scalar_one()
    people: Sequence[User] = (
        (
            await session.execute(
                select(User)
                .where(*where)
                .order_by(User.created_at.desc(), User.id)
                .limit(limit)
                .offset(offset)
            )
        )
        .scalars()
        .all()
    )
    ids = [u.id for u in people]

    async def grouped(statement: Any) -> dict[str, tuple[Any, ...]]:
        return {row[0]: tuple(row[1:]) for row in (await session.execute(statement)).all()}

    month_jobs = await grouped(
        select(Job.owner_id, func.count())
        .where(Job.owner_id.in_(ids), Job.created_at >= start, Job.created_at < end)
        .group_by(Job.owner_id)
    )
    calls = await grouped(
        select(
            ProviderCallRecord.user_id,
            func.coalesce(func.sum(ProviderCallRecord.images), 0),
            func.coalesce(func.sum(ProviderCallRecord.cost_usd), 0.0),
        )
        .where(
            ProviderCallRecord.user_id.in_(ids),
            ProviderCallRecord.created_at >= start,
            ProviderCallRecord.created_at < end,
        )
        .group_by(ProviderCallRecord.user_id)
    )
    stories = await grouped(
        select(Story.owner_id, func.count()).where(Story.owner_id.in_(ids)).group_by(Story.owner_id)
    )
    characters = await grouped(
        select(Character.owner_id, func.count())
        .where(Character.owner_id.in_(ids))
        .group_by(Character.owner_id)
    )
    items = [
        UserUsage(
            id=u.id,
            email=u.email,
            display_name=u.display_name,
            role=u.role,
            disabled=u.disabled,
            created_at=u.created_at,
            stories=int(month_jobs.get(u.id, (0,))[0]),
            images=int(calls.get(u.id, (0, 0.0))[0]),
            cost_usd=round(float(calls.get(u.id, (0, 0.0))[1]), 6),
            stories_total=int(stories.get(u.id, (0,))[0]),
            characters_total=int(characters.get(u.id, (0,))[0]),
        )
        for u in people
    ]
    return items, int(total), f"{start.year:04d}-{start.month:02d}"


async def safety_blocks(
    session: AsyncSession, figures: RecentFigures, limit: int
) -> list[SafetyBlockOut]:
    ring = [
        SafetyBlockOut(
            at=datetime.fromtimestamp(b.at, UTC),
            category=b.category,
            source="output" if b.source == "output" else "input",
            field=b.field,
            matched=b.matched,
            user_id=b.user_id,
            path=b.path,
        )
        for b in await figures.recent_blocks(limit)
    ]
    failed = (
        await session.execute(
            select(Job)
            .where(Job.error_code == "unsafe_output")
            .order_by(Job.updated_at.desc())
            .limit(limit)
        )
    ).scalars()
    from_jobs = [
        SafetyBlockOut(
            at=job.finished_at or job.updated_at,
            category=_category(job.error or ""),
            source="output",
            user_id=job.owner_id,
            job_id=job.id,
        )
        for job in failed
    ]
    blocks = sorted(ring + from_jobs, key=lambda b: b.at, reverse=True)[:limit]
    ids = {b.user_id for b in blocks if b.user_id}
    if ids:
        who = {
            u.id: u for u in (await session.execute(select(User).where(User.id.in_(ids)))).scalars()
        }
        for block in blocks:
            person = who.get(block.user_id or "")
            if person is not None:
                block.user_email, block.user_name = person.email, person.display_name
    return blocks


def _category(error: str) -> str:
    # The pipeline's message names it in parentheses: "... for children (violence), so ..."
    if "(" in error and ")" in error:
        return error.split("(", 1)[1].split(")", 1)[0].replace(" ", "_")
    return "unsafe"


@dataclass
class _Point:
    start: datetime
    jobs_created: int = 0
    jobs_succeeded: int = 0
    jobs_failed: int = 0
    cost_usd: float = 0.0
    provider_calls: int = 0


def _bucket(moment: datetime, first: datetime, step: timedelta) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int((moment - first) // step)


async def series(
    session: AsyncSession, figures: RecentFigures, hours: int, step_minutes: int
) -> list[SeriesPoint]:
    step = timedelta(minutes=step_minutes)
    now = utcnow()
    last_minute = int(now.timestamp() // 60)
    first_minute = (last_minute - hours * 60) // step_minutes * step_minutes + step_minutes
    first = datetime.fromtimestamp(first_minute * 60, UTC)
    count = (last_minute - first_minute) // step_minutes + 1
    points = [_Point(first + i * step) for i in range(count)]
    merged = [Minute() for _ in range(count)]
    for number, minute in (await figures.request_minutes(first_minute, last_minute)).items():
        index = (number - first_minute) // step_minutes
        if 0 <= index < count:
            merged[index].add(minute)
    created = (await session.execute(select(Job.created_at).where(Job.created_at >= first))).all()
    for (moment,) in created:
        index = _bucket(moment, first, step)
        if 0 <= index < count:
            points[index].jobs_created += 1
    ended = (
        await session.execute(select(Job.finished_at, Job.status).where(Job.finished_at >= first))
    ).all()
    for finished, status in ended:
        if finished is None:
            continue
        index = _bucket(finished, first, step)
        if 0 <= index < count and status == "succeeded":
            points[index].jobs_succeeded += 1
        elif 0 <= index < count and status == "failed":
            points[index].jobs_failed += 1
    calls = (
        await session.execute(
            select(ProviderCallRecord.created_at, ProviderCallRecord.cost_usd).where(
                ProviderCallRecord.created_at >= first
            )
        )
    ).all()
    for called, cost in calls:
        index = _bucket(called, first, step)
        if 0 <= index < count:
            points[index].cost_usd += float(cost or 0)
            points[index].provider_calls += 1
    return [
        SeriesPoint(
            start=p.start,
            requests=m.requests,
            errors=m.errors,
            latency_avg_ms=round(m.latency_ms_sum / m.requests, 2) if m.requests else None,
            latency_p95_ms=m.percentile(0.95),
            jobs_created=p.jobs_created,
            jobs_succeeded=p.jobs_succeeded,
            jobs_failed=p.jobs_failed,
            cost_usd=round(p.cost_usd, 6),
            provider_calls=p.provider_calls,
        )
        for p, m in zip(points, merged, strict=True)
    ]
