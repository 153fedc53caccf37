"""Scaled out for real: two API processes and two workers on PostgreSQL + Redis, on
loopback. 30 stories through both APIs at once, one worker SIGKILLed mid-run: every story
finishes; progress reaches clients on either API; sessions, rate limits and the response
cache hold across processes.

Runs only with STORYLOOM_TEST_DATABASE_URL and STORYLOOM_TEST_REDIS_URL (fails, not
skips, under CI=true without them).
"""

from __future__ import annotations

import asyncio
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
from tests.stories.helpers import parse_events

from storyloom import migrate
from storyloom.config import Settings
from storyloom.db import make_engine, make_sessionmaker
from storyloom.kit.serverproc import running_server
from storyloom.models import Job

STORIES = 30
FINAL = {"succeeded", "failed", "cancelled"}
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}
CHILD = {"kind": "child", "body_color": "#f1c9a5", "accent_color": "#ffffff"}


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    if not TEST_DATABASE_URL:
        missing_service("STORYLOOM_TEST_DATABASE_URL (PostgreSQL)")
    assert TEST_DATABASE_URL
    url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    migrate.upgrade(make_settings(tmp_path / "mig", url))
    yield url
    asyncio.run(_drop_pg_database(url))


def _worker(settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    with log.open("a") as out:
        return subprocess.Popen(
            [CLI, "worker"], env=settings_env(settings), stdout=out, stderr=subprocess.STDOUT
        )


async def _lease_owners(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            rows = await session.execute(select(Job.lease_owner).where(Job.status == "running"))
            return [o for o in rows.scalars().all() if o]
    finally:
        await engine.dispose()


async def _attempts(url: str) -> list[int]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            return list((await session.execute(select(Job.attempts))).scalars().all())
    finally:
        await engine.dispose()


def _signed_in(base: str) -> tuple[str, dict[str, str], list[dict[str, str]]]:
    email = f"scale-{time.monotonic_ns()}@example.com"
    made = httpx.post(
        f"{base}/api/auth/register",
        json={"email": email, "display_name": "Scale", "password": PASSWORD},
    )
    assert made.status_code == 201, made.text
    headers = {"Authorization": f"Bearer {made.json()['access_token']}"}
    cast = []
    for name, role, looks in (("Mia", "hero", CHILD), ("Fern", "friend", FOX)):
        character = httpx.post(
            f"{base}/api/characters",
            headers=headers,
            json={"name": name, "pronouns": "she", "appearance": looks},
        )
        assert character.status_code == 201, character.text
        cast.append({"character_id": character.json()["id"], "role": role})
    return email, headers, cast


async def _start_all(
    bases: list[str], headers: dict[str, str], cast: list[dict[str, str]]
) -> list[tuple[int, str, str]]:
    """(index of the API used, job id, story id) for every story, sent concurrently."""
    async with httpx.AsyncClient(timeout=30) as client:

        async def one(n: int) -> tuple[int, str, str]:
            api = n % len(bases)
            response = await client.post(
                f"{bases[api]}/api/stories",
                headers=headers,
                json={
                    "cast": cast,
                    "template": ["adventure", "friendship", "rescue"][n % 3],
                    "setting": "forest",
                    "band": "independent",
                    "pages": 16,
                },
            )
            assert response.status_code == 202, response.text
            body = response.json()
            return api, body["job"]["id"], body["story"]["id"]

        return list(await asyncio.gather(*(one(n) for n in range(STORIES))))


async def _follow(base: str, headers: dict[str, str], job_id: str) -> list[Any]:
    async with (
        httpx.AsyncClient(timeout=180) as client,
        client.stream("GET", f"{base}/api/jobs/{job_id}/events", headers=headers) as response,
    ):
        assert response.status_code == 200
        text = "".join([chunk async for chunk in response.aiter_text()])
    return parse_events(text)


async def _follow_crossed(
    bases: list[str], headers: dict[str, str], started: list[tuple[int, str, str]]
) -> list[list[Any]]:
    """Every job's progress, read on the API that did NOT create it."""
    return list(
        await asyncio.gather(*(_follow(bases[1 - api], headers, job) for api, job, _ in started))
    )


def _kill_when_busy(url: str, victim: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if any(f":{victim.pid}:" in owner for owner in asyncio.run(_lease_owners(url))):
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            return
        time.sleep(0.02)
    raise AssertionError(f"the worker never took a job:\n{log.read_text()[-3000:]}")


@pytest.mark.services
@pytest.mark.slow
def test_two_apis_two_workers_one_killed(pg_url: str, tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "data",
        pg_url,
        job_runner="redis",
        job_concurrency=2,
        illustrate_concurrency=1,
        job_lease_seconds=2.0,
        job_sweep_seconds=0.5,
        login_limit_per_account="4/15minutes",
    )
    env = settings_env(settings)
    with ExitStack() as stack:
        bases = [
            stack.enter_context(running_server(env, tmp_path / f"api{i}.log"))[0] for i in (0, 1)
        ]
        workers = [_worker(settings, tmp_path / f"worker{i}.log") for i in (0, 1)]

        def stop_workers() -> None:
            for worker in workers:
                if worker.poll() is None:
                    worker.terminate()
                    worker.wait(timeout=30)

        stack.callback(stop_workers)
        email, headers, cast = _signed_in(bases[0])

        # Sessions hold across processes: signed in on A, recognised on B.
        assert httpx.get(f"{bases[1]}/api/me", headers=headers).json()["email"] == email

        async def run() -> tuple[list[tuple[int, str, str]], list[list[Any]]]:
            started = await _start_all(bases, headers, cast)
            killer = asyncio.to_thread(_kill_when_busy, pg_url, workers[0], tmp_path / "w0.log")
            events, _ = await asyncio.gather(_follow_crossed(bases, headers, started), killer)
            return started, events

        started, events = asyncio.run(run())
        assert workers[0].returncode == -signal.SIGKILL
        # Every story finished, and its progress reached the other API's client.
        for (_, job, _), stream in zip(started, events, strict=True):
            assert stream[-1][0] == "done", (job, stream[-3:])
            assert stream[-1][1]["status"] == "succeeded", stream[-1]
            assert len(stream) > 1  # progress on the way, not only the end
        assert max(asyncio.run(_attempts(pg_url))) >= 2  # the killed worker's job resumed
        for _api, _, story in started[:6]:
            for base in bases:  # either API answers with the finished book (shared cache)
                body = httpx.get(f"{base}/api/stories/{story}", headers=headers).json()
                assert body["status"] == "ready"
                assert all(p["image_id"] for p in body["pages"])

        # The response cache is shared: a write on A is seen at once by a read on B.
        _, story_id = started[0][1], started[0][2]
        assert httpx.get(f"{bases[1]}/api/stories/{story_id}", headers=headers).status_code == 200
        renamed = httpx.patch(
            f"{bases[0]}/api/stories/{story_id}", headers=headers, json={"title": "Shared"}
        )
        assert renamed.status_code == 200, renamed.text
        seen = httpx.get(f"{bases[1]}/api/stories/{story_id}", headers=headers).json()
        assert seen["title"] == "Shared"

        # Rate limits hold across processes: failures alternate between A and B.
        wrong = {"email": email, "password": "not the password at all"}
        codes = [httpx.post(f"{bases[n % 2]}/api/auth/login", json=wrong).status_code
                 for n in range(6)]  # fmt: skip
        assert codes[:4] == [401, 401, 401, 401], codes
        assert codes[4:] == [429, 429], codes

        # Logging out on B ends the session on A too.
        assert httpx.post(f"{bases[1]}/api/auth/logout", headers=headers).status_code == 204
        assert httpx.get(f"{bases[0]}/api/me", headers=headers).status_code == 401

        # Metrics: each API reports the database's job figures.
        metrics = httpx.get(f"{bases[1]}/metrics").text
        assert f'storyloom_jobs{{status="succeeded"}} {float(STORIES)}' in metrics
