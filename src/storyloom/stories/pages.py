"""Page management: edit text, add, remove, reorder and rewrite one page."""

from __future__ import annotations

import random
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.db import utcnow
from storyloom.engines.bands import AgeBand
from storyloom.engines.writer import StoryRequest
from storyloom.engines.writer.llm.reading import page_distance, page_problem, read_page
from storyloom.errors import InvalidInput, NotFound
from storyloom.jobs.engines import EngineFailed, Engines
from storyloom.media import MediaStore
from storyloom.models import Story, StoryPage, StoryStatus
from storyloom.providers.usage import usage_scope
from storyloom.safety_gate import ensure_safe
from storyloom.stories.errors import ProviderFailed, StoryBusy
from storyloom.stories.pictures import delete_images
from storyloom.stories.repository import StoryRepository
from storyloom.stories.text import search_text

MAX_PAGES = 40
REWRITES = 3


def ensure_editable(story: Story) -> None:
    if story.status == StoryStatus.generating:
        raise StoryBusy("The story is still being generated; wait for it to finish.")


class PageService:
    def __init__(self, session: AsyncSession, store: MediaStore, engines: Engines) -> None:
        self.session = session
        self.store = store
        self.engines = engines
        self.stories = StoryRepository(session)

    async def get(self, story: Story, page_id: str) -> StoryPage:
        page = await self.stories.page_by_id(story.id, page_id)
        if page is None:
            raise NotFound("No such page.")
        return page

    async def _touch(self, story: Story) -> None:
        pages = await self.stories.pages(story.id)
        story.search_text = search_text(story.title, [p.text for p in pages])
        story.updated_at = utcnow()
        await self.session.flush()

    async def edit(self, story: Story, page: StoryPage, text: str) -> StoryPage:
        ensure_editable(story)
        await ensure_safe(self.engines.safety, {("body", "text"): text}, AgeBand(story.band))
        page.text = text
        page.updated_at = utcnow()
        await self._touch(story)
        return page

    async def add(self, story: Story, text: str, position: int | None) -> StoryPage:
        """A new page (no picture yet: redraw it to make one), with the scene of the page
        before it."""
        ensure_editable(story)
        await ensure_safe(self.engines.safety, {("body", "text"): text}, AgeBand(story.band))
        pages = list(await self.stories.pages(story.id))
        if len(pages) >= MAX_PAGES:
            raise InvalidInput(f"A story has at most {MAX_PAGES} pages.", code="too_many_pages")
        index = len(pages) if position is None else min(position - 1, len(pages))
        template = pages[index - 1] if index > 0 else (pages[0] if pages else None)
        scene = dict(template.scene) if template else {"setting": story.config["setting"]}
        page = StoryPage(story_id=story.id, number=len(pages) + 1000, text=text, scene=scene)
        self.session.add(page)
        await self.session.flush()
        pages.insert(index, page)
        await self.stories.renumber(pages)
        await self._touch(story)
        return page

    async def remove(self, story: Story, page: StoryPage) -> None:
        ensure_editable(story)
        pages = [p for p in await self.stories.pages(story.id) if p.id != page.id]
        if not pages:
            raise InvalidInput("A story keeps at least one page.", code="last_page")
        images = [image for image, _ in await self.stories.page_images(page.id)]
        await self.session.delete(page)
        await self.session.flush()
        await delete_images(self.session, self.store, images)
        await self.stories.renumber(pages)
        await self._touch(story)

    async def reorder(self, story: Story, page_ids: Sequence[str]) -> None:
        ensure_editable(story)
        pages = {p.id: p for p in await self.stories.pages(story.id)}
        if sorted(page_ids) != sorted(pages):
            raise InvalidInput(
                "Send every page of the story exactly once.", code="invalid_page_order"
            )
        await self.stories.renumber([pages[i] for i in page_ids])
        story.updated_at = utcnow()
        await self.session.flush()

    async def rewrite(self, story: Story, page: StoryPage) -> StoryPage:
        """New text for one page: the writer writes the story again with another seed and
        this page's counterpart is taken, checked for safety and for the band's reading
        level like every page a model writes (grade, sentence length, familiar words). The
        first text inside the band wins; if none is, the closest safe one is used and the
        story's reading note names the page."""
        ensure_editable(story)
        if story.plan is None:
            raise NotFound("This story has no plan to write from.")
        request = StoryRequest.model_validate(story.plan)
        band = AgeBand(story.band)
        names = [member.name for member in request.cast]
        closest: tuple[float, str, str | None] | None = None
        for _ in range(REWRITES):
            seeded = request.model_copy(update={"seed": random.randrange(2**31)})
            try:
                with usage_scope(user_id=story.owner_id, story_id=story.id):
                    produced = await self.engines.write(
                        seeded, user_id=story.owner_id, story_id=story.id
                    )
            except EngineFailed as exc:
                raise ProviderFailed(exc.error.message) from exc
            if produced.record is not None:
                self.session.add(produced.record)
            drafts = produced.value.pages
            text = drafts[min(page.number, len(drafts)) - 1].text
            if text == page.text or not (await self.engines.safety.check(text, band)).ok:
                continue
            reading = read_page(page.number, text, names, band)
            distance = page_distance(reading, band)
            if closest is None or distance < closest[0]:
                closest = (distance, text, page_problem(reading, band))
            if distance == 0:
                break
        if closest is not None:
            distance, text, problem = closest
            page.text = text
            page.updated_at = utcnow()
            if distance > 0 and problem is not None:
                story.reading_note = f"Rewritten outside the reading level: {problem}."
            await self._touch(story)
            return page
        raise InvalidInput(
            "No suitable new text was found for this page; try again.", code="rewrite_failed"
        )
