"""Where a generation job stands (status, step). Plain enums, apart from the models, so
that the command line can offer them as choices without loading SQLAlchemy and every model."""

from __future__ import annotations

from enum import StrEnum


class JobStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    cancelled = "cancelled"


class JobStep(StrEnum):
    """The pipeline's steps, in the order they run."""

    plan = "plan"
    write = "write"
    check = "check"
    illustrate = "illustrate"
    narrate = "narrate"
    assemble = "assemble"


FINAL_STATUSES = frozenset({JobStatus.succeeded, JobStatus.failed, JobStatus.cancelled})
