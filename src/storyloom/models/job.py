"""Generation jobs: the database row is the truth about every job's state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storyloom.db import Base, UTCDateTime, utcnow
from storyloom.job_status import FINAL_STATUSES, JobStatus, JobStep
from storyloom.models.user import new_id

__all__ = ["FINAL_STATUSES", "STEPS_ORDER", "Job", "JobStatus", "JobStep"]


STEPS_ORDER: tuple[JobStep, ...] = tuple(JobStep)


class Job(Base):
    """One run of the story pipeline. `finished_step` is the last step done (a retry
    resumes after it); `version` grows with every change, so progress streams can tell
    a new state from one already sent. `story_id` has no foreign key on purpose: the
    job (and the usage it stands for) outlives a deleted story."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_owner_created", "owner_id", "created_at", "id"),
        Index("ix_jobs_status_lease", "status", "lease_expires_at"),
        Index("ix_jobs_story_id", "story_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    story_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default="story")
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.queued.value)
    step: Mapped[str | None] = mapped_column(String(16), default=None)
    finished_step: Mapped[str | None] = mapped_column(String(16), default=None)
    pages_done: Mapped[int] = mapped_column(Integer, default=0)
    pages_total: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(String(200), default="Waiting to start")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    error_code: Mapped[str | None] = mapped_column(String(40), default=None)
    text_engine: Mapped[str | None] = mapped_column(String(40), default=None)
    image_engine: Mapped[str | None] = mapped_column(String(40), default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    cancel_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    lease_owner: Mapped[str | None] = mapped_column(String(80), default=None)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
