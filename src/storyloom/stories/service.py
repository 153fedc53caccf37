"""Stories: create (with their generation job), list, read, rename, delete, duplicate."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.characters.repository import CharacterRepository
from storyloom.db import utcnow
from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import Setting
from storyloom.engines.safety.gate import SafetyGate
from storyloom.engines.writer.idea import check_idea
from storyloom.errors import InvalidInput, NotFound
from storyloom.export.cache import ExportFiles
from storyloom.jobs.repository import JobRepository
from storyloom.kit.pagination import decode_cursor, encode_cursor
from storyloom.media import MediaStore
from storyloom.models import Job, JobStatus, Story, StoryImage, StoryPage, StoryStatus
from storyloom.safety_gate import ensure_safe
from storyloom.stories.errors import StoryBusy
from storyloom.stories.pictures import delete_images
from storyloom.stories.repository import StoryQuery, StoryRepository
from storyloom.stories.schemas import StoryConfig, StoryOut
from storyloom.stories.text import character_tags, search_text
from storyloom.stories.views import story_out
from storyloom.usage.service import UsageService


def ensure_idea_fits(idea: str, setting: Setting) -> None:
    """422 `idea_not_in_setting` when the idea's thing cannot be in the chosen setting (a
    kite under the sea), so the person is told before the book is made, not after."""
    checked = check_idea(idea, setting)
    if checked.code != "idea_not_in_setting":
        return
    raise InvalidInput(
        checked.message,
        code="idea_not_in_setting",
        errors=[{"loc": ["body", "idea"], "msg": checked.message, "type": "idea"}],
    )


class StoryService:
    def __init__(
        self,
        session: AsyncSession,
        store: MediaStore,
        usage: UsageService,
        exports: ExportFiles,
        gate: SafetyGate,
    ) -> None:
        self.session = session
        self.gate = gate
        self.store = store
        self.usage = usage
        self.exports = exports
        self.stories = StoryRepository(session)
        self.jobs = JobRepository(session)

    async def get(self, owner_id: str, story_id: str) -> Story:
        story = await self.stories.get(owner_id, story_id)
        if story is None:
            raise NotFound("No such story.")
        return story

    async def pages(self, story: Story) -> Sequence[StoryPage]:
        return await self.stories.pages(story.id)

    async def view(self, story: Story) -> StoryOut:
        """The story as the API shows it: its pages in order and its newest job's id."""
        pages = await self.stories.pages(story.id)
        return story_out(story, pages, await self.stories.latest_job_id(story.id))

    async def create(self, owner_id: str, config: StoryConfig) -> tuple[Story, Job]:
        """The story and its queued job, in the caller's transaction; the caller enqueues
        the job once that commits."""
        if config.idea:
            idea = ("body", "idea")
            await ensure_safe(self.gate, {idea: config.idea}, config.band, judged=[idea])
            ensure_idea_fits(config.idea, config.setting)
        ids = [member.character_id for member in config.cast]
        if len(await CharacterRepository(self.session).many(owner_id, ids)) != len(ids):
            raise NotFound("Some of these characters do not exist.")
        expected_pages = config.pages or BAND_RULES[config.band].pages[1]
        await self.usage.ensure_allowed(owner_id, stories=1, images=expected_pages)
        now = utcnow()
        story = Story(
            owner_id=owner_id,
            title="",
            status=StoryStatus.generating.value,
            band=config.band.value,
            config=config.model_dump(mode="json"),
            character_tags=character_tags(ids),
            created_at=now,
            updated_at=now,
        )
        await self.stories.add(story)
        job = Job(
            owner_id=owner_id, story_id=story.id, kind="story", created_at=now, updated_at=now
        )
        await self.jobs.add(job)
        return story, job

    async def page(
        self,
        owner_id: str,
        *,
        limit: int,
        cursor: str | None,
        status: str | None,
        character_id: str | None,
        band: str | None,
        q: str | None,
    ) -> tuple[Sequence[Story], dict[str, list[StoryPage]], str | None]:
        query = StoryQuery(
            status=status,
            character_id=character_id,
            band=band,
            q=q,
            after=decode_cursor(cursor) if cursor else None,
            limit=limit,
        )
        rows = await self.stories.page(owner_id, query)
        items = rows[:limit]
        last = items[-1] if items else None
        more = len(rows) > limit
        pages = await self.stories.pages_of([s.id for s in items])
        return items, pages, encode_cursor(last.created_at, last.id) if more and last else None

    async def rename(self, story: Story, title: str) -> Story:
        await ensure_safe(self.gate, {("body", "title"): title}, AgeBand(story.band))
        story.title = title
        await self.refresh_search(story)
        return story

    async def refresh_search(self, story: Story) -> None:
        pages = await self.stories.pages(story.id)
        story.search_text = search_text(story.title, [p.text for p in pages])
        story.updated_at = utcnow()
        await self.session.flush()

    async def delete(self, story: Story) -> None:
        """The story, its pages, every picture it made (rows and files) and its exported
        books. A job still running for it is cancelled."""
        for job in await self.jobs.for_story(story.id):
            if job.status == JobStatus.queued:
                job.status = JobStatus.cancelled.value
                job.finished_at = utcnow()
                job.message = "Cancelled: the story was deleted"
            elif job.status == JobStatus.running:
                job.cancel_requested = True
        images = await self.stories.story_images(story.id)
        await self.exports.forget(story.id)  # before the story: its rows go with it
        await self.stories.delete(story)
        await delete_images(self.session, self.store, images)

    async def duplicate(self, story: Story) -> Story:
        """A copy with its own pages; pictures are shared by content (same files)."""
        if story.status == StoryStatus.generating:
            raise StoryBusy("Wait until the story is finished to copy it.")
        now = utcnow()
        copy = Story(
            owner_id=story.owner_id,
            title=f"{story.title} (copy)"[:120],
            status=story.status,
            band=story.band,
            config=dict(story.config),
            plan=dict(story.plan) if story.plan else None,
            character_tags=story.character_tags,
            search_text=story.search_text,
            text_engine=story.text_engine,
            image_engine=story.image_engine,
            created_at=now,
            updated_at=now,
        )
        await self.stories.add(copy)
        from storyloom.models import Image

        for page in await self.stories.pages(story.id):
            new_page = StoryPage(
                story_id=copy.id, number=page.number, text=page.text, scene=dict(page.scene)
            )
            self.session.add(new_page)
            await self.session.flush()
            if page.image_id is None:
                continue
            original = await self.session.get(Image, page.image_id)
            if original is None:
                continue
            image = Image(
                owner_id=original.owner_id,
                key=original.key,
                media_type=original.media_type,
                width=original.width,
                height=original.height,
                kind=original.kind,
                details={**original.details, "story_id": copy.id},
            )
            self.session.add(image)
            await self.session.flush()
            self.session.add(StoryImage(image_id=image.id, story_id=copy.id, page_id=new_page.id))
            new_page.image_id = image.id
        await self.session.flush()
        return copy
