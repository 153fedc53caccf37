"""Generation jobs: state, live progress (Server-Sent Events), cancel and retry."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query
from fastapi.responses import StreamingResponse

from storyloom.auth.deps import CurrentUser
from storyloom.deps import ResourcesDep
from storyloom.jobs.deps import JobServiceDep, OwnedJob, RuntimeDep
from storyloom.jobs.schemas import JobList, JobOut
from storyloom.jobs.service import stream
from storyloom.models import JobStatus

router = APIRouter(prefix="/api/jobs", tags=["jobs"])

#: One event of the stream (OpenAPI 3.2 `itemSchema` for sequential media types): the
#: fields a Server-Sent Event carries, with `data` holding the job as JSON.
SSE_EVENT: dict[str, object] = {
    "type": "object",
    "required": ["event", "data"],
    "properties": {
        "event": {
            "type": "string",
            "enum": ["progress", "done", "gone"],
            "description": '`gone`: the job was deleted; its data is `{"id": ...}`.',
        },
        "id": {"type": "string", "description": "The job's version at this event."},
        "data": {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {
                "oneOf": [
                    {"$ref": "#/components/schemas/JobOut"},
                    {"type": "object", "properties": {"id": {"type": "string"}}},
                ]
            },
        },
        "retry": {"type": "integer", "minimum": 0},
    },
}

SSE_RESPONSE: dict[int | str, dict[str, object]] = {
    200: {
        "description": "A text/event-stream: `progress` events (data: the job as JSON, id: "
        "its version) on every change, heartbeats (`: heartbeat` comments) when idle, "
        "and one final `done` event, after which the stream ends. Each event is "
        "described by `itemSchema`.",
        "content": {"text/event-stream": {"itemSchema": SSE_EVENT}},
    }
}


@router.get("", response_model=JobList)
async def list_jobs(
    user: CurrentUser,
    service: JobServiceDep,
    status: JobStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=200, description="From `next_cursor`.")] = None,
) -> JobList:
    """Your jobs, newest first (keyset pagination), optionally by status: work in flight
    is `status=running` and `status=queued`."""
    items, next_cursor = await service.page(
        user.id, status=status.value if status else None, cursor=cursor, limit=limit
    )
    return JobList(items=[JobOut.model_validate(j) for j in items], next_cursor=next_cursor)


@router.get("/{job_id}", response_model=JobOut)
async def get_job(job: OwnedJob) -> JobOut:
    """A job's state, for polling: status, step, pages done of total, message, attempts,
    the engines that produced text and pictures, and a user-facing error."""
    return JobOut.model_validate(job)


@router.get("/{job_id}/events", response_class=StreamingResponse, responses=SSE_RESPONSE)
async def job_events(
    job: OwnedJob, resources: ResourcesDep, runtime: RuntimeDep
) -> StreamingResponse:
    """Live progress as Server-Sent Events until the job is final.

    Authenticate with the `Authorization: Bearer` header like every other call: the web
    app reads this stream with `fetch` (streaming the body), not `EventSource`, which
    cannot send headers. Progress made by any worker reaches any server (Redis pub/sub
    when configured); each event carries the whole job, so a client that reconnects just
    continues from the next event.
    """
    events = stream(
        resources.sessions,
        runtime.bus,
        job.id,
        resources.settings.job_sse_heartbeat_seconds,
    )
    return StreamingResponse(
        events,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@router.post("/{job_id}/cancel", response_model=JobOut)
async def cancel_job(
    job: OwnedJob, service: JobServiceDep, runtime: RuntimeDep, tasks: BackgroundTasks
) -> JobOut:
    """Cancel a queued or running job (a running job stops within moments)."""
    cancelled = await service.cancel(job)
    tasks.add_task(runtime.bus.publish, job.id)
    return JobOut.model_validate(cancelled)


@router.post("/{job_id}/retry", response_model=JobOut, status_code=202)
async def retry_job(
    job: OwnedJob, service: JobServiceDep, runtime: RuntimeDep, tasks: BackgroundTasks
) -> JobOut:
    """Run a failed or cancelled job again from after its last finished step
    (409 `job_not_final` for a job that is queued, running or succeeded)."""
    retried = await service.retry(job)
    tasks.add_task(runtime.enqueue, job.id)
    return JobOut.model_validate(retried)
