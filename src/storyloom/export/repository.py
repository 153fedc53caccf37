"""Reads an export needs: a story's pages, their pictures and the hero, owner-scoped."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.models import Character, Image, StoryPage


class ExportRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def pages(self, story_id: str) -> Sequence[StoryPage]:
        result = await self.session.execute(
            select(StoryPage).where(StoryPage.story_id == story_id).order_by(StoryPage.number)
        )
        return result.scalars().all()

    async def images(self, owner_id: str, ids: Sequence[str]) -> dict[str, Image]:
        if not ids:
            return {}
        result = await self.session.execute(
            select(Image).where(Image.owner_id == owner_id, Image.id.in_(ids))
        )
        return {image.id: image for image in result.scalars()}

    async def character(self, owner_id: str, character_id: str) -> Character | None:
        result = await self.session.execute(
            select(Character).where(Character.id == character_id, Character.owner_id == owner_id)
        )
        return result.scalar_one_or_none()
