"""Finding and repairing what crashes leave behind.

Files are objects of the media store, on the local disk or in a bucket alike: pictures,
pages' narration and exported PDF/EPUB files.
- files without a row: a file is stored before its row commits, so a crash in between
  leaves a file nothing points at (removed once older than `grace`, so a file being saved
  right now is never taken);
- rows without a file: a lost file; the row goes (a page then shows no picture, or has
  no narration until it is narrated again; an export is made again when asked for);
- expired candidates: portrait and page picture candidates nobody picked;
- stuck jobs: running with an expired lease (re-queued by the sweeper).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update

from storyloom.db import session_scope, utcnow
from storyloom.images.service import cleanup_expired_candidates
from storyloom.models import Image, Job, JobStatus, StoryExport, StoryPage
from storyloom.models.story import PAGE_CANDIDATE
from storyloom.resources import Resources
from storyloom.stories.pictures import delete_images

DEFAULT_GRACE = timedelta(hours=1)


@dataclass
class Repairs:
    orphan_files: int = 0
    rows_without_file: int = 0
    expired_candidates: int = 0
    stuck_jobs: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


async def repair(
    resources: Resources,
    *,
    dry_run: bool,
    files: bool = True,
    grace: timedelta = DEFAULT_GRACE,
) -> Repairs:
    """Find (and unless `dry_run`, repair) leftovers; returns what was found."""
    repairs = Repairs()
    now = utcnow()
    store = resources.media
    async with session_scope(resources.sessions) as session:
        stuck = await session.execute(
            select(Job.id).where(Job.status == JobStatus.running, Job.lease_expires_at < now)
        )
        repairs.stuck_jobs = len(stuck.scalars().all())
        if not dry_run:
            repairs.expired_candidates = await cleanup_expired_candidates(session, store, now)
            expired = (
                (
                    await session.execute(
                        select(Image).where(Image.kind == PAGE_CANDIDATE, Image.expires_at <= now)
                    )
                )
                .scalars()
                .all()
            )
            await delete_images(session, store, list(expired))
            repairs.expired_candidates += len(expired)
        if files:
            # Rows first, objects second: a file is stored before its row commits, so
            # every row read here had its object before the listing began.
            rows = (await session.execute(select(Image.id, Image.key))).all()
            # Page narration is kept by the page row itself (no image row).
            audio = (
                await session.execute(
                    select(StoryPage.id, StoryPage.audio_key).where(
                        StoryPage.audio_key.is_not(None)
                    )
                )
            ).all()
            exports = (await session.execute(select(StoryExport.id, StoryExport.key))).all()
            keys = {key for _, key in [*rows, *audio, *exports] if key}
            stored: dict[str, datetime] = {}
            async for found in store.scan():
                stored[found.key] = found.modified

            async def lost(pairs: Sequence[Any]) -> list[str]:
                return [
                    row_id
                    for row_id, key in pairs
                    if key not in stored and not await store.exists(key)  # asked again: rare
                ]

            missing, silent, unmade = await lost(rows), await lost(audio), await lost(exports)
            repairs.rows_without_file = len(missing) + len(silent) + len(unmade)
            cutoff = now - grace
            orphans = [key for key, at in stored.items() if key not in keys and at < cutoff]
            repairs.orphan_files = len(orphans)
            if not dry_run:
                await store.discard_unfinished(cutoff)
                if missing:
                    await session.execute(delete(Image).where(Image.id.in_(missing)))
                if silent:
                    await session.execute(
                        update(StoryPage)
                        .where(StoryPage.id.in_(silent))
                        .values(audio_key=None, audio_hash=None, audio=None)
                    )
                if unmade:
                    await session.execute(delete(StoryExport).where(StoryExport.id.in_(unmade)))
                for key in orphans:
                    await store.delete(key)
    if not dry_run and repairs.stuck_jobs:
        from storyloom.jobs.events import make_bus
        from storyloom.jobs.runner import Sweeper

        async def nowhere(_: str) -> None:
            return None  # the runners' own sweepers send them; here they are only re-queued

        bus = make_bus(resources.redis, resources.settings.redis_prefix)
        await Sweeper(resources.sessions, nowhere, bus, resources.settings).sweep(
            stale_queued_after=None
        )
    return repairs
