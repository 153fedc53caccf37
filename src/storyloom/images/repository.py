"""Queries for image rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.models import Image, ImageKind


class ImageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, owner_id: str, image_id: str) -> Image | None:
        result = await self.session.execute(
            select(Image).where(Image.id == image_id, Image.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def many(self, ids: Sequence[str]) -> Sequence[Image]:
        result = await self.session.execute(select(Image).where(Image.id.in_(ids)))
        return result.scalars().all()

    async def add_all(self, images: Sequence[Image]) -> None:
        self.session.add_all(images)
        await self.session.flush()

    async def for_character(self, character_id: str, now: datetime) -> Sequence[Image]:
        """The character's portrait and its candidates that have not expired."""
        result = await self.session.execute(
            select(Image)
            .where(
                Image.character_id == character_id,
                Image.kind.in_([ImageKind.portrait, ImageKind.portrait_candidate]),
                (Image.expires_at.is_(None)) | (Image.expires_at > now),
            )
            .order_by(Image.created_at, Image.id)
        )
        return result.scalars().all()

    async def expired_candidates(self, now: datetime, limit: int) -> Sequence[Image]:
        result = await self.session.execute(
            select(Image)
            .where(Image.kind == ImageKind.portrait_candidate, Image.expires_at <= now)
            .order_by(Image.expires_at)
            .limit(limit)
        )
        return result.scalars().all()

    async def delete_ids(self, ids: Sequence[str]) -> None:
        await self.session.execute(delete(Image).where(Image.id.in_(ids)))

    async def referenced_keys(self, keys: Sequence[str]) -> set[str]:
        result = await self.session.execute(
            select(Image.key).where(Image.key.in_(keys)).group_by(Image.key)
        )
        return set(result.scalars().all())

    async def count(self) -> int:
        return int(await self.session.scalar(select(func.count()).select_from(Image)) or 0)
