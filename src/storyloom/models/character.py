"""Characters and the relationships between two characters of the same owner."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storyloom.db import Base, UTCDateTime, utcnow
from storyloom.models.user import new_id


class Character(Base):
    """One character. `search_text` and `trait_tags` are derived (see characters.search)
    and feed the full-text index and the trait filter."""

    __tablename__ = "characters"
    __table_args__ = (Index("ix_characters_owner_created", "owner_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))
    pronouns: Mapped[str] = mapped_column(String(8))
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    appearance: Mapped[dict[str, Any]] = mapped_column(JSON)
    traits: Mapped[list[str]] = mapped_column(JSON, default=list)
    likes: Mapped[list[str]] = mapped_column(JSON, default=list)
    dislikes: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    # How the name is said, in respelled syllables with the stress in capitals
    # ("shiv-AWN"); the narrator uses it in place of the written name.
    pronunciation: Mapped[str] = mapped_column(String(80), default="")
    trait_tags: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # No FK: images already point at characters (cascade); a dangling id reads as "none".
    portrait_image_id: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CharacterRelationship(Base):
    """`a` relates to `b`. Symmetric kinds are stored once with a < b; for parent,
    grandparent, teacher and pet `a` is the parent/grandparent/teacher/owner of `b`
    (the writer's `Relationship` convention)."""

    __tablename__ = "character_relationships"
    __table_args__ = (
        UniqueConstraint("a_id", "b_id", "kind", name="uq_character_relationships_pair_kind"),
        CheckConstraint("a_id <> b_id", name="not_self"),
        Index("ix_character_relationships_b_id", "b_id"),
        Index("ix_character_relationships_owner_id", "owner_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    a_id: Mapped[str] = mapped_column(ForeignKey("characters.id", ondelete="CASCADE"))
    b_id: Mapped[str] = mapped_column(ForeignKey("characters.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
