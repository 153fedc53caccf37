"""SIGKILL while a story is being narrated: after a restart the job resumes at the
narrate step, keeps the pages already narrated, narrates the rest once, and after
`storyloom jobs cleanup` every stored file has a row (pictures and page audio)."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from tests.conftest import make_settings
from tests.jobs.test_kill9 import _cleanup, _setup_user, _wait_final, server

from storyloom import migrate
from storyloom.db import make_engine, make_sessionmaker
from storyloom.models import Image, Job, StoryPage


async def _facts(url: str, story_id: str) -> tuple[list[StoryPage], str | None, set[str]]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            pages = list(
                (await session.execute(select(StoryPage).where(StoryPage.story_id == story_id)))
                .scalars()
                .all()
            )
            step = await session.scalar(select(Job.step).where(Job.story_id == story_id))
            keys = set((await session.execute(select(Image.key))).scalars().all())
        return pages, step, keys
    finally:
        await engine.dispose()


@pytest.mark.slow
def test_kill9_during_narration(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'narrate.db'}"
    migrate.upgrade(make_settings(tmp_path / "mig", url))
    settings = make_settings(
        tmp_path / "data",
        url,
        redis_url=None,
        narrator="piper",
        job_lease_seconds=1.5,
        job_sweep_seconds=0.3,
    )
    log = tmp_path / "server.log"
    with server(settings, log) as (base, process):
        headers, cast = _setup_user(base)
        created = httpx.post(
            f"{base}/api/stories",
            headers=headers,
            json={"cast": cast, "template": "bedtime", "setting": "bedroom", "band": "toddler"},
        )
        assert created.status_code == 202, created.text
        story_id, job_id = created.json()["story"]["id"], created.json()["job"]["id"]
        deadline = time.monotonic() + 180
        narrated: list[str] = []
        while time.monotonic() < deadline:
            pages, step, _ = asyncio.run(_facts(url, story_id))
            narrated = [p.id for p in pages if p.audio_key]
            if step == "narrate" and narrated:
                break
            time.sleep(0.05)
        assert narrated, log.read_text()[-3000:]
        kept = {p.id: p.audio_key for p in pages if p.audio_key}
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert len(kept) < len(pages), "killed too late: every page was narrated already"
    with server(settings, log) as (base, _):
        [state] = _wait_final(base, headers, [job_id], 240)
        assert state["status"] == "succeeded", state
        assert state["attempts"] >= 2
    pages, _, image_keys = asyncio.run(_facts(url, story_id))
    assert all(p.audio_key and p.audio for p in pages)
    for page_id, key in kept.items():  # narrated before the kill: not made again
        assert next(p.audio_key for p in pages if p.id == page_id) == key
    _cleanup(settings)
    files = {p.name for p in (settings.data_dir / "media").glob("*/*")}
    assert files == image_keys | {p.audio_key for p in pages}
