"""Stories, their pages, the pictures drawn for them and saved story presets."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storyloom.db import Base, UTCDateTime, utcnow
from storyloom.models.user import new_id


class StoryStatus(StrEnum):
    generating = "generating"
    ready = "ready"
    failed = "failed"


# Image.kind values the stories domain uses (Image.kind is a plain string column).
PAGE_IMAGE = "page"
PAGE_CANDIDATE = "page_candidate"


class Story(Base):
    """A book. `config` is what the user asked for (cast, template, setting, ...);
    `plan` is the writer request derived from it once, so a resumed job writes the same
    story. `search_text` (title and page text) feeds the full-text index and
    `character_tags` (`|id|id|`) the character filter."""

    __tablename__ = "stories"
    __table_args__ = (Index("ix_stories_owner_created", "owner_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(16), default=StoryStatus.generating.value)
    band: Mapped[str] = mapped_column(String(16))
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    character_tags: Mapped[str] = mapped_column(String(400), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    text_engine: Mapped[str | None] = mapped_column(String(40), default=None)
    image_engine: Mapped[str | None] = mapped_column(String(40), default=None)
    # Set when the story model's text could not be brought inside the age band and its
    # closest draft was kept (engines/writer/llm/reading.py); None when the text fits.
    reading_note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class StoryPage(Base):
    """One page. (story_id, number) is unique, so a step that runs twice writes a page
    once; `image_id` is set only while it is NULL (see jobs.pipeline)."""

    __tablename__ = "story_pages"
    __table_args__ = (UniqueConstraint("story_id", "number", name="uq_story_pages_story_number"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    scene: Mapped[dict[str, Any]] = mapped_column(JSON)
    image_id: Mapped[str | None] = mapped_column(
        ForeignKey("images.id", ondelete="SET NULL"), default=None
    )
    # The page read aloud: media store key of the MP3, the hash of what was said (text,
    # voice, pace, name hints) and the word timings (see stories.narration).
    audio_key: Mapped[str | None] = mapped_column(String(64), default=None)
    audio_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    audio: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class StoryImage(Base):
    """Which story a picture (page picture or candidate) belongs to, so deleting a story
    finds every picture it made."""

    __tablename__ = "story_images"
    __table_args__ = (Index("ix_story_images_story_id", "story_id"),)

    image_id: Mapped[str] = mapped_column(
        ForeignKey("images.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    page_id: Mapped[str | None] = mapped_column(
        ForeignKey("story_pages.id", ondelete="SET NULL"), default=None
    )


class StoryPreset(Base):
    """A named story configuration to start new stories from."""

    __tablename__ = "story_presets"
    __table_args__ = (UniqueConstraint("owner_id", "name", name="uq_story_presets_owner_name"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
