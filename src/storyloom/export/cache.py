"""Exported files in the media store, one `story_exports` row per file.

A book is written to a temporary file in a worker thread, read back, stored through the
media store's verified `put` (content-addressed, like pictures) and only then is its row
written, so a row never points at half a file. Any host finds a file another host made
(no disk is shared). When a story's revision changes its old rows are removed the next
time it is exported; at most `keep` files of one story are kept (most recently used
first). Objects no row points at any more are deleted at once, and the sweeper removes
any a crash left behind.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import anyio
import anyio.to_thread
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.db import utcnow
from storyloom.media import MediaStore
from storyloom.models import Image, StoryExport, StoryPage

MEDIA_TYPES = {"pdf": "application/pdf", "epub": "application/epub+zip"}
_limiters: dict[tuple[int, int], anyio.CapacityLimiter] = {}


def limiter(total: int) -> anyio.CapacityLimiter:
    """One limiter per event loop and size: at most `total` exports are made at once."""
    key = (id(asyncio.get_running_loop()), total)
    if key not in _limiters:
        _limiters[key] = anyio.CapacityLimiter(total)
    return _limiters[key]


def _written(write: Callable[[Path], None], ext: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="storyloom-export-") as folder:
        path = Path(folder) / f"book.{ext}"
        write(path)
        return path.read_bytes()


class ExportFiles:
    def __init__(self, session: AsyncSession, store: MediaStore, keep: int) -> None:
        self.session = session
        self.store = store
        self.keep = keep

    async def find(
        self, story_id: str, revision: str, options: str, fmt: str
    ) -> StoryExport | None:
        """The row of this file, marked as just used; None when it was never made."""
        found = (
            await self.session.execute(
                select(StoryExport).where(
                    StoryExport.story_id == story_id,
                    StoryExport.revision == revision,
                    StoryExport.options == options,
                    StoryExport.format == fmt,
                )
            )
        ).scalar_one_or_none()
        if found is not None:
            found.used_at = utcnow()  # most recently used: kept longest
        return found

    async def make(
        self,
        *,
        story_id: str,
        owner_id: str,
        revision: str,
        options: str,
        fmt: str,
        write: Callable[[Path], None],
        concurrency: int,
    ) -> tuple[StoryExport, bytes]:
        """Run `write(temporary path)` in a worker thread, store the file, then its row."""
        data = await anyio.to_thread.run_sync(_written, write, fmt, limiter=limiter(concurrency))
        key = await self.store.put(data, MEDIA_TYPES[fmt])
        now = utcnow()
        try:
            async with self.session.begin_nested():
                row = StoryExport(
                    story_id=story_id,
                    owner_id=owner_id,
                    revision=revision,
                    options=options,
                    format=fmt,
                    key=key,
                    size=len(data),
                    created_at=now,
                    used_at=now,
                )
                self.session.add(row)
        except IntegrityError:  # made at the same time by another request: ours wins
            await self.session.execute(
                update(StoryExport)
                .where(
                    StoryExport.story_id == story_id,
                    StoryExport.revision == revision,
                    StoryExport.options == options,
                    StoryExport.format == fmt,
                )
                .values(key=key, size=len(data), used_at=now)
            )
            found = await self.find(story_id, revision, options, fmt)
            assert found is not None
            row = found
            await self.session.refresh(row)
        return row, data

    async def drop(self, rows: Sequence[StoryExport]) -> None:
        """Delete rows, then their objects once nothing else points at them."""
        if not rows:
            return
        await self.session.execute(
            delete(StoryExport).where(StoryExport.id.in_([row.id for row in rows]))
        )
        await self.session.flush()
        keys = sorted({row.key for row in rows})
        used: set[str] = set()
        for query in (
            select(StoryExport.key).where(StoryExport.key.in_(keys)),
            select(Image.key).where(Image.key.in_(keys)),
            select(StoryPage.audio_key).where(StoryPage.audio_key.in_(keys)),
        ):
            used |= {key for key in (await self.session.execute(query)).scalars() if key}
        for key in keys:
            if key not in used:
                await self.store.delete(key)

    async def rows(self, story_id: str) -> list[StoryExport]:
        found = await self.session.execute(
            select(StoryExport)
            .where(StoryExport.story_id == story_id)
            .order_by(StoryExport.used_at.desc())
        )
        return list(found.scalars())

    async def forget(self, story_id: str) -> None:
        """Remove every file of a story (it was deleted)."""
        await self.drop(await self.rows(story_id))

    async def prune(self, story_id: str, revision: str) -> None:
        """Remove the story's files of other revisions and all but the newest `keep`."""
        rows = await self.rows(story_id)
        old = [row for row in rows if row.revision != revision]
        current = [row for row in rows if row.revision == revision]
        await self.drop(old + current[self.keep :])
