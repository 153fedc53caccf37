"""Exported books: which story, revision and options a PDF or EPUB in the media store is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storyloom.db import Base, UTCDateTime, utcnow
from storyloom.models.user import new_id


class StoryExport(Base):
    """A row per exported file; the bytes live in the media store under `key` (their
    sha256), like pictures. One row per (story, revision, options, format): the file is
    made again when the story changes, and old revisions' rows are pruned."""

    __tablename__ = "story_exports"
    __table_args__ = (
        UniqueConstraint("story_id", "revision", "options", "format"),
        Index("ix_story_exports_key", "key"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    revision: Mapped[str] = mapped_column(String(64))
    options: Mapped[str] = mapped_column(String(64))  # digest of the export options
    format: Mapped[str] = mapped_column(String(8))  # pdf | epub
    key: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
