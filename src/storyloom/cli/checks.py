"""The checks behind `storyloom check` (imported only when it runs: they load the models,
the media store and the cleanup machinery)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select, update

from storyloom.cli.check import Area
from storyloom.cli.common import load_settings
from storyloom.db import session_scope, utcnow
from storyloom.jobs.cleanup import repair
from storyloom.models import (
    FINAL_STATUSES,
    Character,
    Image,
    Job,
    JobStatus,
    Story,
    StoryPage,
    StoryStatus,
)
from storyloom.models.story import PAGE_CANDIDATE
from storyloom.resources import Resources

# Problems: counted in a report's "problems" dict; anything else there is information.
Report = dict[str, Any]


async def _count(resources: Resources, query: Any) -> int:
    async with session_scope(resources.sessions) as session:
        return int((await session.execute(query)).scalar_one())


async def check_characters(resources: Resources, fix: bool) -> Report:
    async with session_scope(resources.sessions) as session:
        total = (await session.execute(select(func.count(Character.id)))).scalar_one()
        without = (
            await session.execute(
                select(func.count(Character.id)).where(Character.portrait_image_id.is_(None))
            )
        ).scalar_one()
        dangling_ids = (
            (
                await session.execute(
                    select(Character.id).where(
                        Character.portrait_image_id.is_not(None),
                        ~exists().where(Image.id == Character.portrait_image_id),
                    )
                )
            )
            .scalars()
            .all()
        )
        fixed = 0
        if fix and dangling_ids:
            await session.execute(
                update(Character)
                .where(Character.id.in_(dangling_ids))
                .values(portrait_image_id=None)
            )
            fixed = len(dangling_ids)
    return {
        "count": int(total),
        "info": {"without_portrait": int(without)},
        "problems": {"portrait_missing": len(dangling_ids) - fixed},
        "fixed": {"portrait_missing": fixed},
    }


async def check_stories(resources: Resources, fix: bool) -> Report:
    async with session_scope(resources.sessions) as session:
        by_status = dict(
            (await session.execute(select(Story.status, func.count()).group_by(Story.status))).all()
        )
        no_pages = (
            await session.execute(
                select(func.count(Story.id)).where(
                    Story.status != StoryStatus.generating.value,
                    ~exists().where(StoryPage.story_id == Story.id),
                )
            )
        ).scalar_one()
        pictureless = (
            await session.execute(
                select(func.count(func.distinct(StoryPage.story_id)))
                .join(Story, Story.id == StoryPage.story_id)
                .where(Story.status == StoryStatus.ready.value, StoryPage.image_id.is_(None))
            )
        ).scalar_one()
        live_job = exists().where(
            and_(Job.story_id == Story.id, Job.status.not_in([s.value for s in FINAL_STATUSES]))
        )
        orphaned = (
            (
                await session.execute(
                    select(Story.id).where(Story.status == StoryStatus.generating.value, ~live_job)
                )
            )
            .scalars()
            .all()
        )
        fixed = 0
        if fix and orphaned:
            await session.execute(
                update(Story)
                .where(Story.id.in_(orphaned))
                .values(status=StoryStatus.failed.value, updated_at=utcnow())
            )
            fixed = len(orphaned)
    return {
        "count": sum(int(n) for n in by_status.values()),
        "info": {"by_status": {str(k): int(v) for k, v in by_status.items()}},
        "problems": {
            "without_pages": int(no_pages),
            "ready_with_pages_missing_pictures": int(pictureless),
            "generating_without_a_job": len(orphaned) - fixed,
        },
        "fixed": {"generating_without_a_job": fixed},
    }


async def check_images(resources: Resources, fix: bool, grace: timedelta) -> Report:
    now = utcnow()
    total = await _count(resources, select(func.count(Image.id)))
    expired = await _count(
        resources,
        select(func.count(Image.id)).where(Image.expires_at.is_not(None), Image.expires_at <= now),
    )
    found = await repair(resources, dry_run=True, files=True, grace=grace)
    problems = {
        "rows_without_file": found.rows_without_file,
        "files_without_row": found.orphan_files,
    }
    fixed = {"rows_without_file": 0, "files_without_row": 0, "expired_candidates": 0}
    if fix:
        done = await repair(resources, dry_run=False, files=True, grace=grace)
        fixed = {
            "rows_without_file": done.rows_without_file,
            "files_without_row": done.orphan_files,
            "expired_candidates": done.expired_candidates,
        }
        problems = {key: max(0, problems[key] - fixed[key]) for key in problems}
    page_candidates = await _count(
        resources, select(func.count(Image.id)).where(Image.kind == PAGE_CANDIDATE)
    )
    return {
        "count": total,
        "info": {"expired_candidates": expired, "page_candidates": page_candidates},
        "problems": problems,
        "fixed": fixed,
    }


async def check_jobs(resources: Resources, fix: bool) -> Report:
    now = utcnow()
    stale_after = timedelta(seconds=resources.settings.job_lease_seconds * 4)
    async with session_scope(resources.sessions) as session:
        by_status = dict(
            (await session.execute(select(Job.status, func.count()).group_by(Job.status))).all()
        )
        stuck = (
            await session.execute(
                select(func.count(Job.id)).where(
                    Job.status == JobStatus.running.value, Job.lease_expires_at < now
                )
            )
        ).scalar_one()
        waiting = (
            await session.execute(
                select(func.count(Job.id)).where(
                    Job.status == JobStatus.queued.value, Job.updated_at < now - stale_after
                )
            )
        ).scalar_one()
    fixed = 0
    if fix and stuck:
        fixed = (await repair(resources, dry_run=False, files=False)).stuck_jobs
    return {
        "count": sum(int(n) for n in by_status.values()),
        "info": {
            "by_status": {str(k): int(v) for k, v in by_status.items()},
            # Not fixable here: only a running server or worker can run them.
            "queued_for_long": int(waiting),
        },
        "problems": {"stuck_running": int(stuck) - fixed},
        "fixed": {"stuck_running": fixed},
    }


async def run_checks(areas: Sequence[Area], fix: bool, grace: timedelta) -> dict[str, Report]:
    resources = Resources.open(load_settings())
    reports: dict[str, Report] = {}
    try:
        for area in areas:
            if area is Area.characters:
                reports[area.value] = await check_characters(resources, fix)
            elif area is Area.stories:
                reports[area.value] = await check_stories(resources, fix)
            elif area is Area.images:
                reports[area.value] = await check_images(resources, fix, grace)
            elif area is Area.jobs:
                reports[area.value] = await check_jobs(resources, fix)
    finally:
        await resources.close()
    return reports
