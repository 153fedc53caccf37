"""Queries for share links."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.models import Image, Story, StoryPage, StoryShare


class ShareRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, share: StoryShare) -> StoryShare:
        self.session.add(share)
        await self.session.flush()
        return share

    async def for_story(self, story_id: str) -> Sequence[StoryShare]:
        result = await self.session.execute(
            select(StoryShare)
            .where(StoryShare.story_id == story_id)
            .order_by(StoryShare.created_at.desc(), StoryShare.id)
        )
        return result.scalars().all()

    async def get(self, owner_id: str, share_id: str) -> StoryShare | None:
        result = await self.session.execute(
            select(StoryShare).where(StoryShare.id == share_id, StoryShare.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def delete(self, share: StoryShare) -> None:
        await self.session.execute(delete(StoryShare).where(StoryShare.id == share.id))

    async def story_by_token_hash(self, token_hash: str) -> tuple[StoryShare, Story] | None:
        result = await self.session.execute(
            select(StoryShare, Story)
            .join(Story, Story.id == StoryShare.story_id)
            .where(StoryShare.token_hash == token_hash)
        )
        row = result.first()
        return (row[0], row[1]) if row else None

    async def pages(self, story_id: str) -> Sequence[StoryPage]:
        result = await self.session.execute(
            select(StoryPage).where(StoryPage.story_id == story_id).order_by(StoryPage.number)
        )
        return result.scalars().all()

    async def page_image(self, story: Story, number: int) -> Image | None:
        result = await self.session.execute(
            select(Image)
            .join(StoryPage, StoryPage.image_id == Image.id)
            .where(
                StoryPage.story_id == story.id,
                StoryPage.number == number,
                Image.owner_id == story.owner_id,
            )
        )
        return result.scalar_one_or_none()

    async def page(self, story: Story, number: int) -> StoryPage | None:
        result = await self.session.execute(
            select(StoryPage).where(StoryPage.story_id == story.id, StoryPage.number == number)
        )
        return result.scalar_one_or_none()
