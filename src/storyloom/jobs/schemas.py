"""Response bodies of the jobs API."""

from __future__ import annotations

from datetime import datetime

from storyloom.job_status import JobStatus, JobStep
from storyloom.kit.schema import Output


class JobOut(Output):
    """A job's state. `step` is the step running (or last run), `finished_step` the last
    one completed; a retry resumes after it."""

    id: str
    story_id: str
    kind: str
    status: JobStatus
    step: JobStep | None
    finished_step: JobStep | None
    pages_done: int
    pages_total: int
    message: str
    attempts: int
    error: str | None
    error_code: str | None
    text_engine: str | None
    image_engine: str | None
    version: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    updated_at: datetime


class JobList(Output):
    items: list[JobOut]
    next_cursor: str | None
