"""The admin API: the state of the whole service, for people with the admin role.

Every route answers 401 without a session and 403 `forbidden` for users who are not
admins (make one with `storyloom users create EMAIL --role admin`, or
`storyloom users set-role EMAIL admin`).
Nothing here is cached. Times are UTC.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Literal

from fastapi import APIRouter, BackgroundTasks, Query, Request, status

from storyloom.admin import accounts, service
from storyloom.admin.schemas import (
    AdminJob,
    AdminJobList,
    AdminUserIn,
    AdminUserOut,
    HealthOut,
    ResetLinkOut,
    SafetyBlocks,
    TimeSeries,
    UserUsageList,
)
from storyloom.auth.deps import AdminUser
from storyloom.deps import ResourcesDep, SessionDep
from storyloom.errors import NotFound
from storyloom.jobs.deps import JobServiceDep, RuntimeDep
from storyloom.jobs.repository import JobRepository
from storyloom.kit.cache import ResponseCacheDep
from storyloom.observability.recent import RecentFigures

router = APIRouter(prefix="/api/admin", tags=["admin"])

JobState = Literal["in_flight", "failed", "queued", "running", "succeeded", "cancelled", "all"]


def _figures(request: Request) -> RecentFigures:
    figures: RecentFigures = request.app.state.recent
    return figures


@router.get("/health", response_model=HealthOut)
async def get_health(
    _: AdminUser, request: Request, resources: ResourcesDep, runtime: RuntimeDep
) -> HealthOut:
    """Every component's health as seen from the server process that answers: database
    and Redis (with check latency), the job runner (kind, jobs running here), each model
    provider's circuit breaker (`degraded` while open or half-open), media disk space and
    the response cache. `status` is the worst of them (`off` counts as fine)."""
    return await service.health(resources, runtime, request.app.state.started_at)


@router.get("/jobs", response_model=AdminJobList)
async def list_jobs(
    _: AdminUser,
    session: SessionDep,
    state: Annotated[
        JobState, Query(description="in_flight (queued or running), a status, or all.")
    ] = "in_flight",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AdminJobList:
    """Jobs of every user, most recently changed first, with owner e-mail, story title and
    the process holding the lease; `counts` gives the totals by status."""
    return AdminJobList(
        items=await service.jobs(session, state, limit), counts=await service.job_counts(session)
    )


@router.post("/jobs/{job_id}/retry", response_model=AdminJob, status_code=status.HTTP_202_ACCEPTED)
async def retry_job(
    job_id: str,
    _: AdminUser,
    session: SessionDep,
    jobs: JobServiceDep,
    runtime: RuntimeDep,
    cache: ResponseCacheDep,
    tasks: BackgroundTasks,
) -> AdminJob:
    """Queue any user's failed or cancelled job again (409 `job_not_final` otherwise); it
    resumes after its last finished step. 404 when there is no such job."""
    job = await JobRepository(session).get_any(job_id)
    if job is None:
        raise NotFound("No such job.")
    await jobs.retry(job)
    tasks.add_task(runtime.enqueue, job.id)  # after the commit
    tasks.add_task(cache.invalidate, job.owner_id)  # the story reads "generating" again
    await session.flush()
    return (await service.jobs(session, "all", 1, job_id=job.id))[0]


@router.get("/users", response_model=UserUsageList)
async def list_users(
    _: AdminUser,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of e-mail or name.")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> UserUsageList:
    """Users, newest first, with this month's usage (stories started, pictures drawn,
    estimated cost) and how many stories and characters they have."""
    items, total, month = await service.users(session, q=q, limit=limit, offset=offset)
    return UserUsageList(items=items, total=total, month=month)


@router.patch("/users/{user_id}", response_model=AdminUserOut)
async def update_user(
    user_id: str,
    body: AdminUserIn,
    admin: AdminUser,
    session: SessionDep,
    cache: ResponseCacheDep,
    tasks: BackgroundTasks,
) -> AdminUserOut:
    """Disable a user (every session ends at once), enable them again, or change their
    role. 409 `not_on_yourself` for disabling or demoting your own account; 404 when
    there is no such user."""
    user = await accounts.update_user(
        session, admin, user_id, disabled=body.disabled, role=body.role
    )
    tasks.add_task(cache.invalidate, user.id)  # after the commit: servers check again
    return AdminUserOut.model_validate(user)


@router.post(
    "/users/{user_id}/reset-link",
    response_model=ResetLinkOut,
    status_code=status.HTTP_201_CREATED,
)
async def make_reset_link(
    user_id: str, _: AdminUser, session: SessionDep, resources: ResourcesDep
) -> ResetLinkOut:
    """A one-time password reset link for the user, to give them (it works once, for
    STORYLOOM_PASSWORD_RESET_MINUTES; using it ends all their sessions). 409
    `user_disabled` for a disabled account; 404 when there is no such user."""
    link = await accounts.reset_link(session, resources, user_id)
    return ResetLinkOut(url=link.url, expires_at=link.expires_at)


@router.get("/safety-blocks", response_model=SafetyBlocks)
async def list_safety_blocks(
    _: AdminUser,
    request: Request,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> SafetyBlocks:
    """Recent refusals of the safety checker, newest first: what users typed (category,
    field, the matched word, path) and what engines wrote (rewritten pages, and jobs that
    failed on unsafe output). Recent input blocks are kept in a ring per process, shared
    through Redis when configured (STORYLOOM_SAFETY_LOG_SIZE entries); a restart of a
    process without Redis forgets its ring."""
    items = await service.safety_blocks(session, _figures(request), limit)
    return SafetyBlocks(
        items=items,
        by_category=dict(Counter(b.category for b in items)),
        kept="ring (memory per process, or Redis) + failed jobs (database)",
    )


@router.get("/timeseries", response_model=TimeSeries)
async def get_timeseries(
    _: AdminUser,
    request: Request,
    session: SessionDep,
    hours: Annotated[int, Query(ge=1, le=24, description="How far back.")] = 6,
    step_minutes: Annotated[int, Query(ge=1, le=60, description="Width of a point.")] = 5,
) -> TimeSeries:
    """Figures of the last hours, one point per `step_minutes`, oldest first: requests,
    5xx errors and latency (average and p95) as the servers measured them; jobs created,
    succeeded and failed, and provider calls and cost, from the database."""
    points = await service.series(session, _figures(request), hours, step_minutes)
    return TimeSeries(
        step_minutes=step_minutes,
        points=points,
        sources={
            "requests, errors, latency": "each server process, per minute (shared in Redis "
            "when configured; in memory otherwise, since the process started)",
            "jobs": "jobs table (created_at, finished_at)",
            "cost_usd, provider_calls": "provider_calls table",
        },
    )
