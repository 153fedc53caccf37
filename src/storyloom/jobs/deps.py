"""Dependencies of the jobs routes, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from storyloom.auth.deps import CurrentUser
from storyloom.deps import SessionDep
from storyloom.jobs.runtime import JobRuntime
from storyloom.jobs.service import JobService
from storyloom.models import Job


async def get_runtime(request: Request) -> JobRuntime:
    runtime: JobRuntime = request.app.state.jobs
    return runtime


RuntimeDep = Annotated[JobRuntime, Depends(get_runtime)]


async def get_job_service(session: SessionDep) -> JobService:
    return JobService(session)


JobServiceDep = Annotated[JobService, Depends(get_job_service)]


async def get_owned_job(job_id: str, user: CurrentUser, service: JobServiceDep) -> Job:
    """The caller's job named in the path, else 404."""
    return await service.get(user.id, job_id)


OwnedJob = Annotated[Job, Depends(get_owned_job)]
