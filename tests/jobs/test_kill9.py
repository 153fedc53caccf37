"""SIGKILL with jobs in flight: after a restart every job ends, each page is written
once and, after `storyloom jobs cleanup`, no file lacks a row. In Redis mode the same
with two `storyloom worker` processes, one of them killed."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from tests.conftest import (
    PASSWORD,
    TEST_DATABASE_URL,
    _create_pg_database,
    _drop_pg_database,
    make_settings,
)
from tests.live import settings_env

from storyloom import migrate
from storyloom.config import Settings
from storyloom.db import make_engine, make_sessionmaker
from storyloom.models import Image, Job, StoryImage, StoryPage

CLI = str(Path(sys.executable).parent / "storyloom")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


FINAL = {"succeeded", "failed", "cancelled"}
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


@pytest.fixture
def fresh_url(tmp_path: Path) -> Iterator[str]:
    """A database of its own: cleanup looks at every image row, so no other test's."""
    if TEST_DATABASE_URL:
        url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'kill9.db'}"
    migrate.upgrade(make_settings(tmp_path / "mig", url))
    yield url
    if TEST_DATABASE_URL:
        asyncio.run(_drop_pg_database(url))


def _spawn(args: list[str], settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    with log.open("a") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [CLI, *args], env=settings_env(settings), stdout=out, stderr=subprocess.STDOUT
        )


@contextmanager
def server(settings: Settings, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    process = _spawn(["serve", "--host", "127.0.0.1", "--port", str(port)], settings, log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start: {log.read_text()[-3000:]}")
            time.sleep(0.1)
        yield base, process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=15)


def _setup_user(base: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    email = f"kill9-{time.monotonic_ns()}@example.com"
    registered = httpx.post(
        f"{base}/api/auth/register",
        json={"email": email, "display_name": "K", "password": PASSWORD},
    )
    assert registered.status_code == 201, registered.text
    headers = {"Authorization": f"Bearer {registered.json()['access_token']}"}
    made = httpx.post(
        f"{base}/api/characters",
        headers=headers,
        json={"name": "Fern", "pronouns": "she", "appearance": FOX},
    )
    assert made.status_code == 201, made.text
    return headers, [{"character_id": made.json()["id"], "role": "hero"}]


def _start_stories(base: str, headers: dict[str, str], cast: Any, count: int) -> list[str]:
    jobs = []
    for _ in range(count):
        response = httpx.post(
            f"{base}/api/stories",
            headers=headers,
            json={
                "cast": cast,
                "template": "adventure",
                "setting": "beach",
                "band": "independent",
                "pages": 20,
            },
        )
        assert response.status_code == 202, response.text
        jobs.append(response.json()["job"]["id"])
    return jobs


def _wait_final(base: str, headers: dict[str, str], jobs: list[str], seconds: float) -> list[Any]:
    deadline = time.monotonic() + seconds
    while True:
        states = [httpx.get(f"{base}/api/jobs/{j}", headers=headers).json() for j in jobs]
        if all(s["status"] in FINAL for s in states) or time.monotonic() > deadline:
            return states
        time.sleep(0.2)


async def _db_facts(url: str, story_ids: list[str]) -> dict[str, Any]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            pages = (
                (await session.execute(select(StoryPage).where(StoryPage.story_id.in_(story_ids))))
                .scalars()
                .all()
            )
            links = await session.scalar(
                select(func.count())
                .select_from(StoryImage)
                .where(StoryImage.story_id.in_(story_ids))
            )
            keys = set((await session.execute(select(Image.key))).scalars().all())
            attempts = (await session.execute(select(Job.attempts))).scalars().all()
        return {"pages": pages, "links": links, "keys": keys, "attempts": list(attempts)}
    finally:
        await engine.dispose()


def _cleanup(settings: Settings) -> dict[str, int]:
    done = subprocess.run(
        [CLI, "jobs", "cleanup", "--grace-minutes", "0", "--json"],
        env=settings_env(settings),
        capture_output=True,
        check=True,
    )
    found: dict[str, int] = json.loads(done.stdout)
    return found


def _check_books(
    settings: Settings, url: str, states: list[Any], base: str, headers: dict[str, str]
) -> None:
    assert [s["status"] for s in states] == ["succeeded"] * len(states), states
    story_ids = [s["story_id"] for s in states]
    facts = asyncio.run(_db_facts(url, story_ids))
    by_story: dict[str, list[int]] = {}
    for page in facts["pages"]:
        by_story.setdefault(page.story_id, []).append(page.number)
        assert page.image_id is not None
    for story_id in story_ids:
        assert sorted(by_story[story_id]) == list(range(1, 21))  # each page once
    assert facts["links"] == 20 * len(story_ids)  # each picture attached once
    _cleanup(settings)
    media = settings.data_dir / "media"
    files = {p.name for p in media.glob("*/*") if not p.name.startswith(".tmp-")}
    keys = asyncio.run(_db_facts(url, story_ids))["keys"]
    assert files == keys  # no orphan files, no row without its file


@pytest.mark.slow
def test_kill9_inprocess(fresh_url: str, tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "data",
        fresh_url,
        redis_url=None,
        job_concurrency=1,
        job_lease_seconds=1.5,
        job_sweep_seconds=0.3,
    )
    log = tmp_path / "server.log"
    with server(settings, log) as (base, process):
        headers, cast = _setup_user(base)
        jobs = _start_stories(base, headers, cast, 8)
        time.sleep(0.3)
        in_flight = [
            httpx.get(f"{base}/api/jobs/{j}", headers=headers).json()["status"] for j in jobs
        ]
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert any(s not in FINAL for s in in_flight), in_flight
    with server(settings, log) as (base, _):
        states = _wait_final(base, headers, jobs, 90)
        _check_books(settings, fresh_url, states, base, headers)


@pytest.mark.slow
@pytest.mark.services
def test_kill9_redis_worker(fresh_url: str, tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "data",
        fresh_url,
        job_runner="redis",
        job_concurrency=1,
        job_lease_seconds=1.5,
        job_sweep_seconds=0.3,
    )
    log = tmp_path / "server.log"
    workers = [_spawn(["worker"], settings, tmp_path / f"worker{i}.log") for i in range(2)]
    try:
        with server(settings, log) as (base, _):
            headers, cast = _setup_user(base)
            jobs = _start_stories(base, headers, cast, 8)
            victim = workers[0]
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                # Frozen, the victim cannot finish the job between the look and the kill;
                # the pause lets a commit it had already sent land before we look.
                victim.send_signal(signal.SIGSTOP)
                time.sleep(0.2)
                mine = asyncio.run(_running_on(fresh_url, victim.pid))
                if mine:
                    break
                victim.send_signal(signal.SIGCONT)
                time.sleep(0.05)
            assert mine, (tmp_path / "worker0.log").read_text()[-3000:]
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            states = _wait_final(base, headers, jobs, 90)
            _check_books(settings, fresh_url, states, base, headers)
            assert max(asyncio.run(_db_facts(fresh_url, []))["attempts"]) >= 2
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGCONT)
                worker.terminate()
                worker.wait(timeout=15)


async def _running_on(url: str, pid: int) -> bool:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            owners = (
                (await session.execute(select(Job.lease_owner).where(Job.status == "running")))
                .scalars()
                .all()
            )
        return any(o and f":{pid}:" in o for o in owners)
    finally:
        await engine.dispose()
