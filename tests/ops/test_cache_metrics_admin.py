"""Response cache (ETag/304, invalidation on every write and on job progress), the
Prometheus metrics beyond HTTP, the admin API, and jobs handed back on shutdown."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import select, update
from tests.characters.helpers import make
from tests.conftest import Account, make_settings, register
from tests.jobs.helpers import GatedIllustrator
from tests.stories.helpers import finished, follow, start

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.db import session_scope
from storyloom.jobs.runtime import JobRuntime
from storyloom.models import Job, User
from storyloom.observability.metrics import names


@pytest_asyncio.fixture
async def own_app(settings: Settings, tmp_path: Path) -> AsyncIterator[FastAPI]:
    app = create_app(make_settings(tmp_path, settings.database_url))
    async with app.router.lifespan_context(app):
        yield app


async def account_on(app: FastAPI, client: httpx.AsyncClient) -> Account:
    return await register(client)


@pytest_asyncio.fixture
async def user(own_app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=own_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield await register(c)


@pytest_asyncio.fixture
async def admin(own_app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=own_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        account = await register(c)
        async with session_scope(own_app.state.resources.sessions) as session:
            await session.execute(
                update(User).where(User.id == account.user_id).values(role="admin")
            )
        yield account


async def get(account: Account, path: str, **headers: str) -> httpx.Response:
    return await account.client.get(path, headers={**account.headers, **headers})


async def test_story_read_is_cached_with_etag_and_retired_by_writes(user: Account) -> None:
    story = await finished(user)
    path = f"/api/stories/{story['id']}"
    first = await get(user, path)  # `finished` read it once: cached since
    second = await get(user, path)
    assert first.headers["x-cache"] == second.headers["x-cache"] == "HIT"
    assert first.json() == second.json() == story
    etag = second.headers["etag"]
    not_modified = await get(user, path, **{"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    renamed = await user.client.patch(path, headers=user.headers, json={"title": "A New Name"})
    assert renamed.status_code == 200
    after = await get(user, path, **{"If-None-Match": etag})
    assert after.status_code == 200
    assert after.json()["title"] == "A New Name"
    assert after.headers["x-cache"] == "MISS"
    assert after.headers["etag"] != etag
    page = story["pages"][0]["id"]
    edited = await user.client.patch(
        f"{path}/pages/{page}", headers=user.headers, json={"text": "The sun came up."}
    )
    assert edited.status_code == 200
    assert (await get(user, path)).json()["pages"][0]["text"] == "The sun came up."
    deleted = await user.client.delete(path, headers=user.headers)
    assert deleted.status_code == 204
    assert (await get(user, path)).status_code == 404


async def test_cached_reads_stay_private(user: Account, own_app: FastAPI) -> None:
    story = await finished(user)
    path = f"/api/stories/{story['id']}"
    assert (await get(user, path)).status_code == 200
    transport = httpx.ASGITransport(app=own_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        other = await register(c)
        assert (await get(other, path)).status_code == 404
        assert (await get(other, "/api/characters")).json()["items"] == []


async def test_character_list_invalidation(user: Account) -> None:
    await make(user, name="Ada")
    assert len((await get(user, "/api/characters")).json()["items"]) == 1
    assert (await get(user, "/api/characters")).headers["x-cache"] == "HIT"
    made = await make(user, name="Bo")
    listed = await get(user, "/api/characters")
    assert listed.headers["x-cache"] == "MISS"
    assert {c["name"] for c in listed.json()["items"]} == {"Ada", "Bo"}
    await user.client.patch(
        f"/api/characters/{made['id']}", headers=user.headers, json={"name": "Cy"}
    )
    assert {c["name"] for c in (await get(user, "/api/characters")).json()["items"]} == {
        "Ada",
        "Cy",
    }
    assert (await get(user, "/api/characters?limit=1")).json()["next_cursor"]


async def test_job_progress_retires_story_reads(user: Account, own_app: FastAPI) -> None:
    runtime: JobRuntime = own_app.state.jobs
    gated = GatedIllustrator()
    runtime.engines.illustrator = gated
    created = await start(user)
    path = f"/api/stories/{created['story']['id']}"
    await asyncio.wait_for(gated.waiting.wait(), 30)
    during = await get(user, path)
    assert during.json()["status"] == "generating"
    assert (await get(user, path)).headers["x-cache"] == "HIT"
    gated.gate.set()
    await follow(user, created["job"]["id"])
    after = await get(user, path)
    assert after.json()["status"] == "ready"
    assert all(p["image_id"] for p in after.json()["pages"])


async def test_png_renders_are_cached(user: Account) -> None:
    made = await make(user, name="Ada")
    drawn = await user.client.post(
        f"/api/characters/{made['id']}/portraits", headers=user.headers, json={"count": 1}
    )
    image = drawn.json()[0]["id"]
    first = await get(user, f"/api/images/{image}?format=png&width=64")
    second = await get(user, f"/api/images/{image}?format=png&width=64")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first.content.startswith(b"\x89PNG")
    assert first.headers["etag"] == second.headers["etag"]
    again = await get(
        user, f"/api/images/{image}?format=png&width=64", **{"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304


async def test_metrics_beyond_http(user: Account, own_app: FastAPI) -> None:
    await finished(user)
    unsafe = await user.client.post(
        "/api/characters",
        headers=user.headers,
        json={"name": "Fern", "pronouns": "she", "description": "she likes guns and blood",
              "appearance": {"kind": "fox", "body_color": "#e8742a", "accent_color": "#ffffff"}},
    )  # fmt: skip
    assert unsafe.status_code == 422
    assert unsafe.json()["code"] == "unsafe_content"
    await get(user, "/api/characters")
    await get(user, "/api/characters")
    transport = httpx.ASGITransport(app=own_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        text = (await c.get("/metrics")).text
    families = set(names(text))
    assert {
        "storyloom_jobs",
        "storyloom_queue_depth",
        "storyloom_job_step_seconds",
        "storyloom_cache_requests_total",
        "storyloom_safety_blocks_total",
        "storyloom_provider_breaker_state",
        "http_requests_total",
    } <= families, families
    assert 'storyloom_queue_depth{state="queued"}' in text
    assert 'storyloom_job_step_seconds_count{step="illustrate"}' in text
    assert 'storyloom_cache_requests_total{cache="response",result="hit"}' in text
    category = unsafe.json()["category"]
    assert f'storyloom_safety_blocks_total{{category="{category}",source="input"}}' in text


async def test_admin_api_is_for_admins_only(user: Account, admin: Account) -> None:
    paths = [
        "/api/admin/health",
        "/api/admin/jobs",
        "/api/admin/users",
        "/api/admin/safety-blocks",
        "/api/admin/timeseries",
    ]
    for path in paths:
        assert (await user.client.get(path)).status_code == 401
        refused = await get(user, path)
        assert refused.status_code == 403
        assert refused.json()["code"] == "forbidden"
        assert (await get(admin, path)).status_code == 200, path
    retry = await user.client.post("/api/admin/jobs/nope/retry", headers=user.headers)
    assert retry.status_code == 403
    missing = await admin.client.post("/api/admin/jobs/nope/retry", headers=admin.headers)
    assert missing.status_code == 404


async def test_admin_api_figures(user: Account, admin: Account, own_app: FastAPI) -> None:
    story = await finished(user)
    await user.client.post(
        "/api/characters",
        headers=user.headers,
        json={"name": "Fern", "pronouns": "she", "description": "a story about shit",
              "appearance": {"kind": "fox", "body_color": "#e8742a", "accent_color": "#ffffff"}},
    )  # fmt: skip
    health = (await get(admin, "/api/admin/health")).json()
    assert health["status"] in ("ok", "degraded")
    assert health["components"]["database"]["status"] == "ok"
    assert {"job_runner", "media", "cache", "redis"} <= set(health["components"])
    users = (await get(admin, f"/api/admin/users?q={user.email}")).json()
    assert users["total"] == 1
    row = users["items"][0]
    assert row["stories"] >= 1
    assert row["stories_total"] >= 1
    assert row["images"] >= 1
    blocks = (await get(admin, "/api/admin/safety-blocks")).json()
    assert blocks["items"][0]["source"] == "input"
    assert blocks["items"][0]["category"] == "profanity"
    assert blocks["items"][0]["user_id"] == user.user_id
    series = (await get(admin, "/api/admin/timeseries?hours=1&step_minutes=5")).json()
    assert sum(p["requests"] for p in series["points"]) > 0
    assert sum(p["jobs_created"] for p in series["points"]) >= 1
    assert sum(p["jobs_succeeded"] for p in series["points"]) >= 1
    # A failed job: listed, and an admin retries it for its owner.
    async with session_scope(own_app.state.resources.sessions) as session:
        job = (await session.execute(select(Job).where(Job.story_id == story["id"]))).scalar_one()
        job.status, job.error_code = "failed", "provider_error"
    failed = (await get(admin, "/api/admin/jobs?state=failed")).json()
    assert job.id in [j["id"] for j in failed["items"]]
    assert failed["counts"]["failed"] >= 1
    retried = await admin.client.post(f"/api/admin/jobs/{job.id}/retry", headers=admin.headers)
    assert retried.status_code == 202, retried.text
    assert retried.json()["owner_email"] == user.email
    events = await follow(user, job.id)
    assert events[-1][1]["status"] == "succeeded"


async def test_stop_hands_running_jobs_back(user: Account, own_app: FastAPI) -> None:
    runtime: JobRuntime = own_app.state.jobs
    gated = GatedIllustrator()
    runtime.engines.illustrator = gated
    created = await start(user)
    await asyncio.wait_for(gated.waiting.wait(), 30)
    await runtime.stop()
    async with session_scope(own_app.state.resources.sessions) as session:
        job = await session.get(Job, created["job"]["id"])
        assert job is not None
        assert job.status == "queued"
        assert job.lease_owner is None
        assert job.lease_expires_at is None
        assert job.message == "Waiting to resume"
