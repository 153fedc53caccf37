"""Page pictures: candidates for one page, choosing one, and removing pictures."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.db import utcnow
from storyloom.engines.illustrator.spec import SceneSpec
from storyloom.engines.illustrator.takes import takes
from storyloom.engines.writer import StoryRequest
from storyloom.errors import NotFound
from storyloom.images.repository import ImageRepository
from storyloom.images.service import PAGE_SVG_SIZE, NewPicture, picture_row
from storyloom.jobs.engines import EngineFailed, Engines
from storyloom.media import MediaStore
from storyloom.models import Image, Story, StoryImage, StoryPage
from storyloom.models.story import PAGE_CANDIDATE, PAGE_IMAGE
from storyloom.providers.usage import usage_scope
from storyloom.stories.errors import ProviderFailed
from storyloom.stories.repository import StoryRepository
from storyloom.stories.schemas import StoryConfig

PARALLEL = 4


async def delete_images(session: AsyncSession, store: MediaStore, images: Sequence[Image]) -> None:
    """Delete image rows, then their files once no other row points at them (files are
    content-addressed, so two rows may share one)."""
    if not images:
        return
    repository = ImageRepository(session)
    await repository.delete_ids([image.id for image in images])
    await session.flush()
    keys = sorted({image.key for image in images})
    still_used = await repository.referenced_keys(keys)
    for key in keys:
        if key not in still_used:
            await store.delete(key)


class PictureService:
    def __init__(
        self,
        session: AsyncSession,
        store: MediaStore,
        engines: Engines,
        retention_hours: int,
        default_count: int,
    ) -> None:
        self.session = session
        self.store = store
        self.engines = engines
        self.retention = timedelta(hours=retention_hours)
        self.default_count = default_count
        self.stories = StoryRepository(session)

    async def candidates(self, page: StoryPage) -> list[tuple[Image, bool]]:
        now = utcnow()
        return [
            (image, image.id == page.image_id)
            for image, _ in await self.stories.page_images(page.id)
            if image.expires_at is None or image.expires_at > now
        ]

    async def generate(
        self, story: Story, page: StoryPage, count: int | None, seed: int | None
    ) -> list[tuple[Image, bool]]:
        """Draw candidates for one page; all are stored or none. They expire unless chosen."""
        if story.plan is None:
            raise NotFound("This story has no plan to draw from yet.")
        request = StoryRequest.model_validate(story.plan)
        cast = {member.id: member.sheet for member in request.cast}
        style = StoryConfig.model_validate(story.config).art_style
        spec = SceneSpec.model_validate(page.scene)
        base = seed if seed is not None else random.randrange(2**31)
        seeds = [base + i * 7919 for i in range(count or self.default_count)]
        # Each candidate is another take on the same moment: framed, focused or placed
        # differently, so "New picture" offers real choices.
        framed = takes(spec, len(seeds))
        limit = asyncio.Semaphore(PARALLEL)

        async def draw(take: SceneSpec, s: int) -> tuple[int, object]:
            async with limit:
                return s, await self.engines.draw(
                    take, cast, style=style, seed=s, user_id=story.owner_id, story_id=story.id
                )

        try:
            with usage_scope(user_id=story.owner_id, story_id=story.id):
                drawn = await asyncio.gather(
                    *(draw(t, s) for t, s in zip(framed, seeds, strict=True))
                )
        except EngineFailed as exc:
            raise ProviderFailed(exc.error.message) from exc
        expires = utcnow() + self.retention
        images: list[Image] = []
        for s, produced in drawn:
            picture = produced.value  # type: ignore[attr-defined]
            key = await self.store.put(picture.data, picture.media_type)
            details: dict[str, object] = {"story_id": story.id, "page": page.number, "seed": s}
            image = picture_row(
                NewPicture(picture.data, picture.media_type, details),
                key=key,
                owner_id=story.owner_id,
                kind=PAGE_CANDIDATE,
                expires_at=expires,
                svg_size=PAGE_SVG_SIZE,
            )
            images.append(image)
            record = produced.record  # type: ignore[attr-defined]
            if record is not None:
                self.session.add(record)
        await ImageRepository(self.session).add_all(images)
        self.session.add_all(
            StoryImage(image_id=i.id, story_id=story.id, page_id=page.id) for i in images
        )
        await self.session.flush()
        return [(image, False) for image in images]

    async def select(self, page: StoryPage, image_id: str) -> StoryPage:
        """Make a candidate the page's picture; the previous picture becomes a candidate
        and expires like one."""
        now = utcnow()
        found = {image.id: image for image, _ in await self.stories.page_images(page.id)}
        image = found.get(image_id)
        if image is None or (image.expires_at is not None and image.expires_at <= now):
            raise NotFound("No such picture candidate for this page.")
        previous = found.get(page.image_id or "")
        if previous is not None and previous.id != image.id:
            previous.kind = PAGE_CANDIDATE
            previous.expires_at = now + self.retention
        image.kind = PAGE_IMAGE
        image.expires_at = None
        page.image_id = image.id
        page.updated_at = now
        await self.session.flush()
        return page
