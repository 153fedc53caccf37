"""Across hosts with no shared disk: two API processes and workers, each with its own empty
data folder, on PostgreSQL (a fresh database), Redis and a real S3 gateway (SeaweedFS).

Books made by a worker are read, their pictures served (same ETag, 304 across processes),
narrated through one API and heard through both, and exported as PDF and EPUB through
either API (the file one API made is the other's cache hit: exports are objects of the
bucket too). A worker SIGKILLed mid-book leaves no row without its object and, once the
sweeper has run, no object without its row (pictures, page audio and exported files).

Needs STORYLOOM_TEST_DATABASE_URL, STORYLOOM_TEST_REDIS_URL and the `weed` binary (a
failure, not a skip, under CI=true).
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from tests.conftest import (
    PASSWORD,
    TEST_DATABASE_URL,
    _create_pg_database,
    _drop_pg_database,
    make_settings,
    missing_service,
)
from tests.live import CLI, settings_env
from tests.seaweed import Seaweed

from storyloom import migrate
from storyloom.config import NarratorKind, Settings
from storyloom.db import make_engine, make_sessionmaker
from storyloom.kit.serverproc import running_server
from storyloom.media import make_media_store
from storyloom.models import Image, Job, StoryExport, StoryPage

BOOKS = 3
PAGES = 12
FINAL = {"succeeded", "failed", "cancelled"}
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    if not TEST_DATABASE_URL:
        missing_service("STORYLOOM_TEST_DATABASE_URL (PostgreSQL)")
    assert TEST_DATABASE_URL
    url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    migrate.upgrade(make_settings(tmp_path / "mig", url))
    yield url
    asyncio.run(_drop_pg_database(url))


def _host(settings: Settings, folder: Path) -> Settings:
    """The same deployment on another host: only the data folder differs (and is empty)."""
    return settings.model_copy(update={"data_dir": folder})


def _worker(settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    with log.open("a") as out:
        return subprocess.Popen(
            [CLI, "worker"], env=settings_env(settings), stdout=out, stderr=subprocess.STDOUT
        )


async def _db(url: str) -> tuple[list[str], set[str], list[int]]:
    """(lease owners of running jobs, every media key a row points at, every job's
    attempts)."""
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            owners = (
                await session.execute(select(Job.lease_owner).where(Job.status == "running"))
            ).scalars()
            keys = set((await session.execute(select(Image.key))).scalars())
            keys |= {k for k in (await session.execute(select(StoryPage.audio_key))).scalars() if k}
            keys |= set((await session.execute(select(StoryExport.key))).scalars())
            attempts = list((await session.execute(select(Job.attempts))).scalars())
            return [o for o in owners if o], keys, attempts
    finally:
        await engine.dispose()


async def _bucket_keys(settings: Settings) -> set[str]:
    store = make_media_store(settings)
    try:
        return {item.key async for item in store.scan()}
    finally:
        await store.close()


def _signed_in(base: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    email = f"s3-{time.monotonic_ns()}@example.com"
    made = httpx.post(
        f"{base}/api/auth/register",
        json={"email": email, "display_name": "S3", "password": PASSWORD},
    )
    assert made.status_code == 201, made.text
    headers = {"Authorization": f"Bearer {made.json()['access_token']}"}
    fern = httpx.post(
        f"{base}/api/characters",
        headers=headers,
        json={"name": "Fern", "pronouns": "she", "appearance": FOX},
    )
    assert fern.status_code == 201, fern.text
    return headers, [{"character_id": fern.json()["id"], "role": "hero"}]


def _kill_when_busy(url: str, victim: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        owners, _, _ = asyncio.run(_db(url))
        if any(f":{victim.pid}:" in owner for owner in owners):
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            return
        time.sleep(0.05)
    raise AssertionError(f"the worker never took a job:\n{log.read_text()[-3000:]}")


def _wait_final(base: str, headers: dict[str, str], jobs: list[str]) -> list[Any]:
    deadline = time.monotonic() + 300
    while True:
        states = [httpx.get(f"{base}/api/jobs/{j}", headers=headers).json() for j in jobs]
        if all(s["status"] in FINAL for s in states) or time.monotonic() > deadline:
            return states
        time.sleep(0.3)


def _pictures_through_both(bases: list[str], headers: dict[str, str], story: str) -> None:
    books = [httpx.get(f"{b}/api/stories/{story}", headers=headers, timeout=60) for b in bases]
    assert [b.status_code for b in books] == [200, 200]
    pages = books[0].json()["pages"]
    assert len(pages) == PAGES
    assert pages == books[1].json()["pages"]
    for n, page in enumerate(pages):
        assert page["image_id"], page
        url = f"/api/images/{page['image_id']}"
        here, there = bases[n % 2], bases[1 - n % 2]
        first = httpx.get(f"{here}{url}", headers=headers, timeout=60)
        assert first.status_code == 200, first.text
        assert first.headers["cache-control"] == "private, max-age=31536000, immutable"
        etag = first.headers["etag"]
        again = httpx.get(f"{there}{url}", headers={**headers, "If-None-Match": etag})
        assert again.status_code == 304  # the other host knows the same picture
        fresh = httpx.get(f"{there}{url}", headers=headers, timeout=60)
        assert (fresh.headers["etag"], fresh.content) == (etag, first.content)


def _narrated_through_both(bases: list[str], headers: dict[str, str], story: str) -> int:
    """Narrated through the API that did not start it; every page heard through both."""
    said = httpx.post(f"{bases[1]}/api/stories/{story}/narration", headers=headers, timeout=600)
    assert said.status_code == 200, said.text[:500]
    pages = said.json()["pages"]
    assert all(page["audio"] for page in pages), pages
    for n, page in enumerate(pages):
        here, there = bases[n % 2], bases[1 - n % 2]
        url = f"{here}/api/stories/{story}/pages/{page['id']}/audio"
        first = httpx.get(url, headers=headers, timeout=60)
        assert first.status_code == 200, first.text[:300]
        assert first.headers["content-type"] == "audio/mpeg"
        assert first.headers["cache-control"] == "private, max-age=31536000, immutable"
        other = f"{there}/api/stories/{story}/pages/{page['id']}/audio"
        part = httpx.get(other, headers={**headers, "Range": "bytes=0-99"}, timeout=60)
        assert part.status_code == 206
        assert part.content == first.content[:100]
        assert part.headers["etag"] == first.headers["etag"]
    return len(pages)


def _exports_through_both(bases: list[str], headers: dict[str, str], story: str) -> None:
    for ext, magic in (("pdf", b"%PDF"), ("epub", b"PK")):
        url = f"/api/stories/{story}/export.{ext}"
        made = httpx.get(f"{bases[0]}{url}", headers=headers, timeout=300)
        assert made.status_code == 200, made.text[:500]
        assert made.content.startswith(magic)
        assert made.headers["x-export-cache"] == "miss"
        # The other host has no copy on its disk, yet finds the file in the bucket.
        found = httpx.get(f"{bases[1]}{url}", headers=headers, timeout=300)
        assert found.status_code == 200, found.text[:500]
        assert found.headers["x-export-cache"] == "hit"
        assert (found.headers["etag"], found.content) == (made.headers["etag"], made.content)
        held = httpx.get(
            f"{bases[1]}{url}", headers={**headers, "If-None-Match": made.headers["etag"]}
        )
        assert held.status_code == 304


@pytest.mark.services
@pytest.mark.slow
def test_no_shared_disk(pg_url: str, seaweed: Seaweed, tmp_path: Path) -> None:
    base = make_settings(
        tmp_path / "unused",
        pg_url,
        job_runner="redis",
        job_concurrency=1,
        illustrate_concurrency=1,
        job_lease_seconds=2.0,
        job_sweep_seconds=0.5,
        **seaweed.settings(),
    )
    hosts = [_host(base, tmp_path / f"host{i}") for i in range(4)]  # 2 APIs, 2 workers
    # The APIs can narrate (the offline voice); the workers make books without narration,
    # so the narration of a worker's book is recorded through an API.
    hosts[:2] = [h.model_copy(update={"narrator": NarratorKind.piper}) for h in hosts[:2]]
    with ExitStack() as stack:
        bases = [
            stack.enter_context(
                # A voice and the safety model load at start: slow on a loaded machine.
                running_server(settings_env(h), tmp_path / f"api{i}.log", ready_timeout=300)
            )[0]
            for i, h in enumerate(hosts[:2])
        ]
        workers = [_worker(hosts[2], tmp_path / "worker0.log")]

        def stop_workers() -> None:
            for worker in workers:
                if worker.poll() is None:
                    worker.terminate()
                    worker.wait(timeout=30)

        stack.callback(stop_workers)
        headers, cast = _signed_in(bases[0])
        jobs, stories = [], []
        for n in range(BOOKS):
            started = httpx.post(
                f"{bases[n % 2]}/api/stories",
                headers=headers,
                json={
                    "cast": cast,
                    "template": ["adventure", "friendship", "rescue"][n % 3],
                    "setting": "forest",
                    "band": "early_reader",
                    "pages": PAGES,
                },
                timeout=60,
            )
            assert started.status_code == 202, started.text
            jobs.append(started.json()["job"]["id"])
            stories.append(started.json()["story"]["id"])

        # SIGKILL the only worker mid-book; a new one on another host finishes the work.
        _kill_when_busy(pg_url, workers[0], tmp_path / "worker0.log")
        assert workers[0].returncode == -signal.SIGKILL
        workers.append(_worker(hosts[3], tmp_path / "worker1.log"))
        states = _wait_final(bases[1], headers, jobs)
        assert [s["status"] for s in states] == ["succeeded"] * BOOKS, states
        _, _, attempts = asyncio.run(_db(pg_url))
        assert max(attempts) >= 2  # the killed worker's book was resumed

        for story in stories:
            _pictures_through_both(bases, headers, story)
        assert _narrated_through_both(bases, headers, stories[0]) == PAGES
        _exports_through_both(bases, headers, stories[0])

        # No host kept a picture, a recording or a book on its own disk.
        for host in hosts:
            assert not (host.data_dir / "media").exists(), host.data_dir
            assert not (host.data_dir / "exports").exists(), host.data_dir

        # No row lacks its object; after the sweeper's file pass, no object lacks its row.
        _, keys, _ = asyncio.run(_db(pg_url))
        assert len(keys) > BOOKS * PAGES  # pictures, portraits, audio and exports
        assert keys <= asyncio.run(_bucket_keys(base))
        swept = subprocess.run(
            [CLI, "jobs", "cleanup", "--grace-minutes", "0", "--json"],
            env=settings_env(hosts[3]),
            capture_output=True,
            timeout=300,
            check=True,
        )
        assert json.loads(swept.stdout)["rows_without_file"] == 0
        _, keys, _ = asyncio.run(_db(pg_url))
        assert asyncio.run(_bucket_keys(base)) == keys
