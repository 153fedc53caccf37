"""Stored pictures: which owner a media file belongs to, what it is and when it expires."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storyloom.db import Base, UTCDateTime, utcnow
from storyloom.models.user import new_id


class ImageKind(StrEnum):
    portrait_candidate = "portrait_candidate"
    portrait = "portrait"
    page = "page"


class Image(Base):
    """A row per picture; the bytes live in the media store under `key` (their sha256)."""

    __tablename__ = "images"
    __table_args__ = (
        Index("ix_images_owner_id", "owner_id"),
        Index("ix_images_character_id", "character_id"),
        Index("ix_images_expires_at", "expires_at"),
        Index("ix_images_key", "key"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    character_id: Mapped[str | None] = mapped_column(
        ForeignKey("characters.id", ondelete="CASCADE"), default=None
    )
    key: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @property
    def drawn_by_us(self) -> bool:
        """Made by our own illustrator (SVG, not imported): the one kind of picture that
        native renderers may draw in the server process."""
        return self.media_type == "image/svg+xml" and not (self.details or {}).get("imported")
