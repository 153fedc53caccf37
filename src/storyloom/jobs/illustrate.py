"""Attaching a story's drawn pictures to their pages, in group commits.

Pictures are drawn `illustrate_concurrency` at a time (see `StoryPipeline._illustrate`);
each finished picture is stored first (the media store fsyncs the file), then handed to
one `PictureWriter`. While the writer's transaction is in flight, pictures finishing
meanwhile queue up and go together in its next transaction, followed by one progress
report. A provider that takes a second a picture still reports page by page; the
built-in illustrator, which draws a page in milliseconds, no longer pays a commit (an
fsync on SQLite), a progress write and a round of stream reads for every page.

A page counts as done only once its row committed, so a crash never reports a picture
that is not in the database. Attaching stays idempotent: a page gets a picture only
while it has none (`UPDATE ... WHERE image_id IS NULL`); the loser of a race between two
runs deletes its image row in the same transaction, so it is never seen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CursorResult, delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.db import session_scope, utcnow
from storyloom.engines.illustrator.port import Picture
from storyloom.engines.illustrator.spec import ArtStyle
from storyloom.images.service import PAGE_SVG_SIZE, NewPicture, picture_row
from storyloom.jobs.engines import Produced
from storyloom.models import Image, Job, Story, StoryImage, StoryPage
from storyloom.models.story import PAGE_IMAGE

Report = Callable[..., Awaitable[None]]


class StoryGone(Exception):
    """The story was deleted while its pictures were being attached."""


@dataclass(frozen=True, slots=True)
class Drawn:
    page: StoryPage
    produced: Produced[Picture]
    key: str  # where the media store keeps the picture (already durable)


class PictureWriter:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        job: Job,
        *,
        style: ArtStyle,
        total: int,
        done: int,
        report: Report,
    ) -> None:
        self.sessions = sessions
        self.job = job
        self.style = style
        self.total = total
        self.done = done
        self.report = report
        self.engines: set[str] = set()
        self._pending: list[Drawn] = []
        self._lock = asyncio.Lock()

    async def add(self, drawn: Drawn) -> None:
        """Returns once `drawn` is attached, by this call or by a batch another call
        wrote while this one waited (the lock is FIFO, so that batch has committed)."""
        self._pending.append(drawn)
        async with self._lock:
            if not self._pending:
                return
            batch = sorted(self._pending, key=lambda d: d.page.number)
            self._pending = []
            # Attached, or drawn by a concurrent run first: either way the page has one.
            await self._attach(batch)
            # Progress only ever grows: batches are written and reported one at a time.
            self.done += len(batch)
            last = batch[-1]
            await self.report(
                pages_done=self.done,
                message=f"Drew page {last.page.number} of {self.total}",
                image_engine=last.produced.engine,
            )

    def _image(self, drawn: Drawn) -> Image:
        picture = drawn.produced.value
        details: dict[str, object] = {
            "story_id": self.job.story_id,
            "page": drawn.page.number,
            "style": self.style.value,
            "engine": drawn.produced.engine,
        }
        return picture_row(
            NewPicture(picture.data, picture.media_type, details),
            key=drawn.key,
            owner_id=self.job.owner_id,
            kind=PAGE_IMAGE,
            svg_size=PAGE_SVG_SIZE,
        )

    async def _attach(self, batch: list[Drawn]) -> None:
        images = [self._image(drawn) for drawn in batch]
        try:
            async with session_scope(self.sessions) as session:
                session.add_all(images)
                await session.flush()
                losers: list[str] = []
                # In page order: two runs writing overlapping batches lock the page rows
                # in the same order, so they cannot deadlock (PostgreSQL).
                for drawn, image in zip(batch, images, strict=True):
                    if await _claim_page(session, drawn.page.id, image.id):
                        session.add(
                            StoryImage(
                                image_id=image.id, story_id=self.job.story_id, page_id=drawn.page.id
                            )
                        )
                        if drawn.produced.record is not None:
                            session.add(drawn.produced.record)
                        self.engines.add(drawn.produced.engine)
                    else:
                        losers.append(image.id)
                if losers:
                    await session.execute(delete(Image).where(Image.id.in_(losers)))
                if self.engines:
                    await session.execute(
                        update(Story)
                        .where(Story.id == self.job.story_id)
                        .values(image_engine=", ".join(sorted(self.engines)))
                    )
        except IntegrityError as exc:
            raise StoryGone(self.job.story_id) from exc


async def _claim_page(session: AsyncSession, page_id: str, image_id: str) -> bool:
    result: Any = await session.execute(
        update(StoryPage)
        .where(StoryPage.id == page_id, StoryPage.image_id.is_(None))
        .values(image_id=image_id, updated_at=utcnow())
    )
    assert isinstance(result, CursorResult)
    return bool(result.rowcount == 1)


__all__ = ["Drawn", "PictureWriter", "StoryGone"]
