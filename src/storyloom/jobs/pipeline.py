"""The story pipeline: plan -> write -> check -> illustrate -> narrate -> assemble.

Every step is idempotent: it looks at what is already stored and does only what is
missing, so a job resumed after a crash (or run twice by two workers whose leases
overlapped) writes each page once and draws each picture once. Pages are unique by
(story_id, number); a picture is attached with `UPDATE ... WHERE image_id IS NULL`, and
the loser of a race removes its image row in the same transaction (jobs.illustrate).

Each step's writes commit before the step is reported finished. Progress a step learns
at its end (pages written, the engine used) goes in that same "finished" report rather
than a report of its own: every report is a commit, a notice and a read by each stream.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.config import Settings
from storyloom.db import session_scope, utcnow
from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import SceneSpec
from storyloom.engines.writer import StoryDraft, StoryRequest, WriterError
from storyloom.jobs.engines import BUILTIN, FALLBACK, EngineFailed, Engines, Produced
from storyloom.jobs.events import ProgressBus
from storyloom.jobs.hooks import NO_HOOKS, JobHooks, Reported
from storyloom.jobs.illustrate import Drawn, PictureWriter, StoryGone
from storyloom.jobs.repository import JobRepository
from storyloom.media import MediaStore
from storyloom.models import STEPS_ORDER, Job, JobStep, Story, StoryPage
from storyloom.models.story import StoryStatus
from storyloom.providers.errors import ProviderError
from storyloom.providers.usage import usage_scope
from storyloom.stories.narration import narrate_story
from storyloom.stories.repository import StoryRepository
from storyloom.stories.request import PlanError, build_request
from storyloom.stories.schemas import StoryConfig
from storyloom.stories.text import search_text

SAFETY_REWRITES = 2
log = structlog.get_logger(__name__)
MESSAGES = {
    JobStep.plan: "Planning the story",
    JobStep.write: "Writing the pages",
    JobStep.check: "Checking the words are right for the reader",
    JobStep.illustrate: "Drawing the pictures",
    JobStep.narrate: "Recording the narration",
    JobStep.assemble: "Putting the book together",
}


class JobFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class JobCancelled(Exception):
    """The job was cancelled, or its story deleted, while it ran."""


class LeaseLost(Exception):
    """Another runner owns this job now; stop without touching it."""


@dataclass
class Reporter:
    """Records progress on the job row (as the lease holder) and tells the streams.

    The same statement reads back whether a cancel was requested, so a job making
    progress stops at its next report without waiting for its heartbeat to look."""

    job_id: str
    worker: str
    sessions: async_sessionmaker[AsyncSession]
    bus: ProgressBus

    async def __call__(self, **values: Any) -> None:
        async with session_scope(self.sessions) as session:
            state = await JobRepository(session).progress(self.job_id, self.worker, **values)
        if state is None:
            raise LeaseLost(self.job_id)
        await self.bus.publish(self.job_id)
        if state.cancel_requested:
            raise JobCancelled("a cancel was requested")


class HookedReporter(Reporter):
    """A Reporter that tells the run's hook after every report."""

    def __init__(self, inner: Reporter, after: Reported) -> None:
        super().__init__(inner.job_id, inner.worker, inner.sessions, inner.bus)
        self.after = after

    async def __call__(self, **values: Any) -> None:
        await super().__call__(**values)
        await self.after(values)


class StoryPipeline:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        media: MediaStore,
        engines: Engines,
        settings: Settings,
        *,
        hooks: JobHooks = NO_HOOKS,
    ) -> None:
        self.sessions = sessions
        self.media = media
        self.engines = engines
        self.settings = settings
        self.hooks = hooks

    async def run(self, job: Job, report: Reporter) -> None:
        report = HookedReporter(report, self.hooks.started(job))
        done = STEPS_ORDER.index(JobStep(job.finished_step)) + 1 if job.finished_step else 0
        warming = self._warm_voice()
        try:
            # A step's end is recorded with the next one's start, in one write: nothing
            # happens between them, and a run that stops there redoes the step (steps
            # are idempotent), as it would if it stopped just before the end was written.
            finished: dict[str, Any] = {}
            for step in STEPS_ORDER[done:]:
                await report(step=step.value, message=MESSAGES[step], **finished)
                learned: dict[str, Any] | None = await getattr(self, f"_{step.value}")(job, report)
                finished = {"finished_step": step.value, **(learned or {})}
            if finished:
                await report(**finished)
        finally:
            if warming is not None:
                warming.cancel()
                await asyncio.gather(warming, return_exceptions=True)

    def _warm_voice(self) -> asyncio.Task[None] | None:
        """The voice loads (once per process) while the book is written and drawn, so the
        narrate step does not start by waiting for it. A voice that fails to load is
        reported by the narrate step."""
        narrator = self.engines.narrator
        if narrator is None:
            return None

        async def warm() -> None:
            with contextlib.suppress(Exception):
                await narrator.warm()

        return asyncio.create_task(warm())

    async def _story(self, session: AsyncSession, job: Job) -> Story:
        story = await StoryRepository(session).get_any(job.story_id)
        if story is None:
            raise JobCancelled("the story was deleted")
        return story

    async def _plan(self, job: Job, report: Reporter) -> None:
        async with session_scope(self.sessions) as session:
            story = await self._story(session, job)
            if story.plan is not None:
                return
            try:
                story.plan = (await build_request(session, story)).model_dump(mode="json")
            except PlanError as exc:
                raise JobFailed(exc.code, exc.message) from exc

    async def _draft(self, job: Job, request: StoryRequest) -> Produced[StoryDraft]:
        try:
            with usage_scope(user_id=job.owner_id, story_id=job.story_id):
                return await self.engines.write(
                    request, user_id=job.owner_id, story_id=job.story_id
                )
        except EngineFailed as exc:
            raise JobFailed(exc.error.code.value, _provider_message(exc)) from exc
        except WriterError as exc:
            raise JobFailed("writer_failed", f"The story could not be written: {exc}") from exc

    async def _store_draft(self, job: Job, produced: Produced[StoryDraft], replace: bool) -> None:
        async with session_scope(self.sessions) as session:
            story = await self._story(session, job)
            if replace:
                await session.execute(delete(StoryPage).where(StoryPage.story_id == story.id))
            elif await StoryRepository(session).pages(story.id):
                return  # written by an earlier run
            draft = produced.value
            session.add_all(
                StoryPage(story_id=story.id, number=n, text=p.text, scene=p.scene.model_dump())
                for n, p in enumerate(draft.pages, start=1)
            )
            story.title = draft.title[:120]
            story.text_engine = produced.engine
            story.reading_note = draft.reading_note
            if produced.record is not None:
                session.add(produced.record)

    async def _write(self, job: Job, report: Reporter) -> dict[str, Any]:
        async with session_scope(self.sessions) as session:
            story = await self._story(session, job)
            pages = await StoryRepository(session).pages(story.id)
            plan = story.plan
        if pages:
            return {"pages_total": len(pages)}
        request = StoryRequest.model_validate(plan)
        produced = await self._draft(job, request)
        # If another run stored its pages first, theirs stand.
        with contextlib.suppress(IntegrityError):
            await self._store_draft(job, produced, replace=False)
        return {"pages_total": len(produced.value.pages), "text_engine": produced.engine}

    async def _check(self, job: Job, report: Reporter) -> None:
        for rewrite in range(SAFETY_REWRITES + 1):
            async with session_scope(self.sessions) as session:
                story = await self._story(session, job)
                pages = await StoryRepository(session).pages(story.id)
                band, plan, title = AgeBand(story.band), story.plan, story.title
                ours = story.text_engine in {BUILTIN, FALLBACK}
            texts = {str(n): t for n, t in enumerate([title, *(p.text for p in pages)])}
            try:
                blocked = await self.engines.safety.first_block(texts, band, learned=not ours)
            except ProviderError as exc:
                raise JobFailed(
                    "safety_unavailable",
                    "The safety check could not be completed, so the story was not shown. "
                    "Try again in a moment.",
                ) from exc
            if blocked is None:
                return
            verdict = blocked[1]
            category = verdict.category.value if verdict.category else "unsafe"
            if rewrite == SAFETY_REWRITES:
                raise JobFailed(
                    "unsafe_output",
                    f"The story engine kept writing words unsuitable for children "
                    f"({category.replace('_', ' ')}), so the story was stopped. "
                    "Try a different idea or template.",
                )
            await report(message=f"Rewriting: a page was not suitable ({category})")
            request = StoryRequest.model_validate(plan)
            request = request.model_copy(update={"seed": request.seed + 1 + rewrite})
            produced = await self._draft(job, request)
            await self._store_draft(job, produced, replace=True)
            await report(pages_total=len(produced.value.pages), text_engine=produced.engine)

    async def _illustrate(self, job: Job, report: Reporter) -> None:
        async with session_scope(self.sessions) as session:
            story = await self._story(session, job)
            pages = list(await StoryRepository(session).pages(story.id))
            plan, config = story.plan, StoryConfig.model_validate(story.config)
            shown = await JobRepository(session).get_any(job.id)
        request = StoryRequest.model_validate(plan)
        cast = {member.id: member.sheet for member in request.cast}
        missing = [page for page in pages if page.image_id is None]
        done = len(pages) - len(missing)
        if shown is None or (shown.pages_done, shown.pages_total) != (done, len(pages)):
            await report(pages_done=done, pages_total=len(pages))
        limit = asyncio.Semaphore(self.settings.illustrate_concurrency)
        writer = PictureWriter(
            self.sessions,
            job,
            style=config.art_style,
            total=len(pages),
            done=done,
            report=report,
        )

        async def draw(page: StoryPage) -> None:
            # The semaphore bounds drawing (provider calls) only; attaching is batched.
            async with limit:
                try:
                    with usage_scope(user_id=job.owner_id, story_id=job.story_id):
                        produced = await self.engines.draw(
                            SceneSpec.model_validate(page.scene),
                            cast,
                            style=config.art_style,
                            seed=request.seed + page.number,
                            user_id=job.owner_id,
                            story_id=job.story_id,
                        )
                except EngineFailed as exc:
                    raise JobFailed(exc.error.code.value, _provider_message(exc)) from exc
                picture = produced.value
                key = await self.media.put(picture.data, picture.media_type)
            try:
                await writer.add(Drawn(page, produced, key))
            except StoryGone as exc:
                raise JobCancelled("the story was deleted") from exc

        drawing = [asyncio.create_task(draw(page)) for page in missing]
        try:
            await asyncio.gather(*drawing)
        finally:
            # The first failure (or a cancel) ends the step: stop the other pages too and
            # wait for them, so none outlives the run with a session open.
            for task in drawing:
                task.cancel()
            await asyncio.gather(*drawing, return_exceptions=True)

    async def _narrate(self, job: Job, report: Reporter) -> None:
        """Audio for every page whose audio is missing or stale. A book without a voice
        (none configured, or it failed to load) is still a book: narration is optional."""
        narrator = self.engines.narrator
        if narrator is None:
            return

        async def progress(done: int, total: int) -> None:
            await report(message=f"Recorded page {done} of {total}")

        try:
            with usage_scope(user_id=job.owner_id, story_id=job.story_id):
                narrated = await narrate_story(
                    self.sessions, self.media, narrator, job.story_id, progress=progress
                )
        except (JobCancelled, LeaseLost):
            raise
        except Exception as exc:  # a voice that cannot load (onnxruntime, a bad file)
            log.warning("narration_failed", story_id=job.story_id, error=repr(exc))
            await report(message="The book has no narration: the voice did not start")
            return
        if narrated.failed:
            await report(message=f"{narrated.failed} pages could not be narrated")

    async def _assemble(self, job: Job, report: Reporter) -> None:
        async with session_scope(self.sessions) as session:
            story = await self._story(session, job)
            pages = await StoryRepository(session).pages(story.id)
            if any(page.image_id is None for page in pages):
                raise JobFailed("missing_pictures", "Some pages have no picture.")
            story.search_text = search_text(story.title, [page.text for page in pages])
            story.status = StoryStatus.ready.value
            story.updated_at = utcnow()


def _provider_message(exc: EngineFailed) -> str:
    return f"The {exc.error.provider} provider failed: {exc.error.message}"
