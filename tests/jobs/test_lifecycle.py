"""Cancel, fail, retry (resuming after the last finished step), run twice, resume."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import func, select, update
from tests.conftest import Account, make_settings, register
from tests.jobs.helpers import GatedIllustrator, RefusingIllustrator
from tests.stories.helpers import follow, start

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.db import session_scope, utcnow
from storyloom.jobs.engines import Engines
from storyloom.jobs.events import MemoryBus
from storyloom.jobs.pipeline import LeaseLost, Reporter
from storyloom.jobs.runtime import JobRuntime
from storyloom.models import Job, StoryImage, StoryPage


@pytest_asyncio.fixture
async def own_app(settings: Settings, tmp_path: Path) -> AsyncIterator[FastAPI]:
    """An app of its own, so its engines can be swapped without touching other tests.
    Its sweeper looks often; the lease is short, yet long enough that a loaded machine
    renews it in time (at 0.6 s a late heartbeat gave the resumed job a third attempt)."""
    app = create_app(
        make_settings(tmp_path, settings.database_url, job_lease_seconds=2.0, job_sweep_seconds=0.2)
    )
    async with app.router.lifespan_context(app):
        yield app


@pytest_asyncio.fixture
async def user(own_app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=own_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield await register(c)


def engines(app: FastAPI) -> Engines:
    runtime: JobRuntime = app.state.jobs
    return runtime.engines


async def job_of(account: Account, job_id: str) -> dict[str, object]:
    response = await account.client.get(f"/api/jobs/{job_id}", headers=account.headers)
    body: dict[str, object] = response.json()
    return body


async def test_cancel_a_running_job(own_app: FastAPI, user: Account) -> None:
    gated = GatedIllustrator()
    engines(own_app).illustrator = gated
    created = await start(user)
    await asyncio.wait_for(gated.waiting.wait(), 10)
    cancel = await user.client.post(
        f"/api/jobs/{created['job']['id']}/cancel", headers=user.headers
    )
    assert cancel.status_code == 200
    events = await follow(user, created["job"]["id"])
    assert events[-1] == ("done", events[-1][1])
    assert events[-1][1]["status"] == "cancelled"
    story = await user.client.get(f"/api/stories/{created['story']['id']}", headers=user.headers)
    assert story.json()["status"] == "failed"
    gated.gate.set()


async def test_failed_job_retries_from_its_last_step(own_app: FastAPI, user: Account) -> None:
    engine = engines(own_app)
    engine.illustrator, engine.illustrator_name = RefusingIllustrator(), "images"
    created = await start(user)
    job_id = created["job"]["id"]
    events = await follow(user, job_id)
    failed = events[-1][1]
    assert failed["status"] == "failed"
    assert failed["error_code"] == "provider_auth"
    assert "images provider failed" in failed["error"]
    assert failed["finished_step"] == "check"
    story = (
        await user.client.get(f"/api/stories/{created['story']['id']}", headers=user.headers)
    ).json()
    page_ids = [p["id"] for p in story["pages"]]
    assert story["status"] == "failed"
    assert len(page_ids) == 10

    not_yet = await user.client.post(f"/api/jobs/{job_id}/retry", headers=user.headers)
    assert not_yet.status_code == 202
    # The retry runs with the provider still refusing: it fails again, at the same step.
    assert (await follow(user, job_id))[-1][1]["status"] == "failed"

    engine.illustrator, engine.illustrator_name = engines(own_app).builtin_illustrator, "builtin"
    retried = await user.client.post(f"/api/jobs/{job_id}/retry", headers=user.headers)
    assert retried.status_code == 202
    final = (await follow(user, job_id))[-1][1]
    assert final["status"] == "succeeded"
    assert final["error"] is None
    story = (
        await user.client.get(f"/api/stories/{created['story']['id']}", headers=user.headers)
    ).json()
    assert [p["id"] for p in story["pages"]] == page_ids  # the text was not written again
    assert all(p["image_id"] for p in story["pages"])
    again = await user.client.post(f"/api/jobs/{job_id}/retry", headers=user.headers)
    assert again.status_code == 409


async def test_a_job_run_twice_writes_each_page_once(own_app: FastAPI, user: Account) -> None:
    gated = GatedIllustrator()
    engines(own_app).illustrator = gated
    created = await start(user)
    job_id, story_id = created["job"]["id"], created["story"]["id"]
    await asyncio.wait_for(gated.waiting.wait(), 10)
    runtime: JobRuntime = own_app.state.jobs
    sessions = own_app.state.resources.sessions
    async with sessions() as session:
        job = await session.get(Job, job_id)
        assert job is not None
    # A second runner that (wrongly) believes it holds the lease runs the same steps.
    twin = Reporter(job_id, str(job.lease_owner), sessions, MemoryBus())
    second = asyncio.create_task(runtime.pipeline.run(job, twin))
    # Both runs are drawing the same pages (four at a time each) when the gate opens.
    await asyncio.wait_for(gated.until_calls(8), 10)
    gated.gate.set()
    with contextlib.suppress(LeaseLost):  # the first to finish ends the lease
        await second
    assert (await follow(user, job_id))[-1][1]["status"] == "succeeded"
    async with sessions() as session:
        pages = (
            (await session.execute(select(StoryPage).where(StoryPage.story_id == story_id)))
            .scalars()
            .all()
        )
        linked = await session.scalar(
            select(func.count()).select_from(StoryImage).where(StoryImage.story_id == story_id)
        )
    assert sorted(p.number for p in pages) == list(range(1, 11))
    assert all(p.image_id for p in pages)
    assert linked == 10  # the loser of every race rolled its picture back


async def test_an_abandoned_job_is_resumed(own_app: FastAPI, user: Account) -> None:
    gated = GatedIllustrator()
    engines(own_app).illustrator = gated
    created = await start(user)
    job_id = created["job"]["id"]
    await asyncio.wait_for(gated.waiting.wait(), 10)
    sessions = own_app.state.resources.sessions
    # As if its runner had died: someone else's lease, already expired.
    async with session_scope(sessions) as session:
        await session.execute(
            update(Job)
            .where(Job.id == job_id)
            .values(lease_owner="dead-worker", lease_expires_at=utcnow() - timedelta(seconds=5))
        )
    gated.gate.set()
    final = (await follow(user, job_id))[-1][1]
    assert final["status"] == "succeeded"
    assert final["attempts"] == 2
