"""Queries for stories, pages, their pictures and presets; all scoped to an owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, literal_column, select, text, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.kit.fulltext import terms
from storyloom.models import Image, Job, Story, StoryImage, StoryPage, StoryPreset


@dataclass(frozen=True, slots=True)
class StoryQuery:
    status: str | None = None
    character_id: str | None = None
    band: str | None = None
    q: str | None = None
    after: tuple[datetime, str] | None = None
    limit: int = 20


def match_clause(dialect: str, owner_id: str, words: list[str]) -> ColumnElement[bool]:
    """The owner's stories whose title or text has every word as a prefix (the index
    from migration 0003)."""
    if dialect == "sqlite":
        query = " AND ".join(f'"{w}"*' for w in words)
        expression = f'owner_id : "{owner_id}" AND search_text : ({query})'
        return text(
            "stories.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH :story_q)"
        ).bindparams(story_q=expression)  # type: ignore[return-value]
    simple: ColumnElement[str] = literal_column("'simple'::regconfig")
    tsquery = " & ".join(f"'{w}':*" for w in words)
    vector = func.to_tsvector(simple, Story.search_text)
    return vector.op("@@")(func.to_tsquery(simple, tsquery))


class StoryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    async def get(self, owner_id: str, story_id: str) -> Story | None:
        result = await self.session.execute(
            select(Story).where(Story.id == story_id, Story.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def get_any(self, story_id: str) -> Story | None:
        return await self.session.get(Story, story_id)

    async def add(self, story: Story) -> Story:
        self.session.add(story)
        await self.session.flush()
        return story

    async def delete(self, story: Story) -> None:
        await self.session.execute(delete(Story).where(Story.id == story.id))

    async def page(self, owner_id: str, query: StoryQuery) -> Sequence[Story]:
        statement = select(Story).where(Story.owner_id == owner_id)
        if query.status is not None:
            statement = statement.where(Story.status == query.status)
        if query.band is not None:
            statement = statement.where(Story.band == query.band)
        if query.character_id is not None:
            statement = statement.where(Story.character_tags.contains(f"|{query.character_id}|"))
        words = terms(query.q or "")
        if words:
            statement = statement.where(match_clause(self.dialect, owner_id, words))
        if query.after is not None:
            statement = statement.where(tuple_(Story.created_at, Story.id) < tuple_(*query.after))
        statement = statement.order_by(Story.created_at.desc(), Story.id.desc()).limit(
            query.limit + 1
        )
        return (await self.session.execute(statement)).scalars().all()

    async def pages(self, story_id: str) -> Sequence[StoryPage]:
        result = await self.session.execute(
            select(StoryPage).where(StoryPage.story_id == story_id).order_by(StoryPage.number)
        )
        return result.scalars().all()

    async def pages_of(self, story_ids: Sequence[str]) -> dict[str, list[StoryPage]]:
        found: dict[str, list[StoryPage]] = {story_id: [] for story_id in story_ids}
        if not story_ids:
            return found
        result = await self.session.execute(
            select(StoryPage)
            .where(StoryPage.story_id.in_(story_ids))
            .order_by(StoryPage.story_id, StoryPage.number)
        )
        for page in result.scalars():
            found[page.story_id].append(page)
        return found

    async def latest_job_id(self, story_id: str) -> str | None:
        """The newest job that made (or is making) the story, if any."""
        query = (
            select(Job.id)
            .where(Job.story_id == story_id)
            .order_by(Job.created_at.desc(), Job.id.desc())
            .limit(1)
        )
        job_id: str | None = await self.session.scalar(query)
        return job_id

    async def page_by_id(self, story_id: str, page_id: str) -> StoryPage | None:
        result = await self.session.execute(
            select(StoryPage).where(StoryPage.id == page_id, StoryPage.story_id == story_id)
        )
        return result.scalar_one_or_none()

    async def renumber(self, pages: Sequence[StoryPage]) -> None:
        """Give `pages` the numbers 1..n in this order, without ever breaking the unique
        (story_id, number) key: first out of the way (negative), then into place."""
        for page in pages:
            await self.session.execute(
                update(StoryPage).where(StoryPage.id == page.id).values(number=-page.number - 1000)
            )
        for number, page in enumerate(pages, start=1):
            await self.session.execute(
                update(StoryPage).where(StoryPage.id == page.id).values(number=number)
            )
        for number, page in enumerate(pages, start=1):
            page.number = number  # keep the loaded objects in step with the rows
        await self.session.flush()

    async def story_images(self, story_id: str) -> Sequence[Image]:
        result = await self.session.execute(
            select(Image)
            .join(StoryImage, StoryImage.image_id == Image.id)
            .where(StoryImage.story_id == story_id)
        )
        return result.scalars().all()

    async def page_images(self, page_id: str) -> Sequence[tuple[Image, StoryImage]]:
        result = await self.session.execute(
            select(Image, StoryImage)
            .join(StoryImage, StoryImage.image_id == Image.id)
            .where(StoryImage.page_id == page_id)
            .order_by(Image.created_at, Image.id)
        )
        return [(row[0], row[1]) for row in result.all()]


class PresetRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(self, owner_id: str) -> Sequence[StoryPreset]:
        result = await self.session.execute(
            select(StoryPreset)
            .where(StoryPreset.owner_id == owner_id)
            .order_by(StoryPreset.name, StoryPreset.id)
        )
        return result.scalars().all()

    async def get(self, owner_id: str, preset_id: str) -> StoryPreset | None:
        result = await self.session.execute(
            select(StoryPreset).where(StoryPreset.id == preset_id, StoryPreset.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def by_name(self, owner_id: str, name: str) -> StoryPreset | None:
        result = await self.session.execute(
            select(StoryPreset).where(StoryPreset.owner_id == owner_id, StoryPreset.name == name)
        )
        return result.scalar_one_or_none()

    async def add(self, preset: StoryPreset) -> StoryPreset:
        self.session.add(preset)
        await self.session.flush()
        return preset

    async def delete(self, preset: StoryPreset) -> None:
        await self.session.delete(preset)
        await self.session.flush()
