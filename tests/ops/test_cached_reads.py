"""Cached reads answered before the router (cached_reads.py): a hit skips the route and
its dependencies, and is served only when the route itself would have served it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update
from tests.characters.helpers import make
from tests.conftest import Account, make_settings, register
from tests.stories.helpers import finished
from tests.test_health_and_errors import assert_problem

from storyloom.app import create_app
from storyloom.auth import session_memory
from storyloom.auth.service import AuthService, Principal
from storyloom.config import Settings
from storyloom.models import User


@pytest.fixture
def routed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The access tokens the app's own authentication checked for a request (that is,
    every request that went through the router's dependencies; not renewals)."""
    seen: list[str] = []
    original = AuthService.authenticate

    async def counted(self: AuthService, access_token: str, *, fresh: bool = False) -> Principal:
        if not fresh:
            seen.append(access_token)
        return await original(self, access_token, fresh=fresh)

    monkeypatch.setattr(AuthService, "authenticate", counted)
    return seen


async def get(account: Account, path: str, **headers: str) -> httpx.Response:
    return await account.client.get(path, headers={**account.headers, **headers})


async def test_a_hit_is_answered_before_the_router(account: Account, routed: list[str]) -> None:
    await make(account, name="Ada")
    first = await get(account, "/api/characters")
    assert first.headers["x-cache"] == "MISS"
    routed.clear()
    hit = await get(account, "/api/characters")
    assert routed == []
    assert hit.status_code == 200
    assert hit.content == first.content
    assert hit.headers["x-cache"] == "HIT"
    assert hit.headers["content-type"] == "application/json"
    assert hit.headers["cache-control"] == "private, no-cache"
    assert hit.headers["x-request-id"]  # outer middleware still runs
    assert hit.headers["content-security-policy"]
    not_modified = await get(account, "/api/characters", **{"If-None-Match": hit.headers["etag"]})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert routed == []
    metrics = (await account.client.get("/metrics")).text
    assert 'handler="/api/characters",method="GET",status="3xx"' in metrics


async def test_a_miss_and_a_write_go_through_the_route(account: Account, routed: list[str]) -> None:
    await make(account, name="Ada")
    routed.clear()
    first = await get(account, "/api/characters")
    assert first.headers["x-cache"] == "MISS"
    assert len(routed) == 1
    assert (await get(account, "/api/characters")).headers["x-cache"] == "HIT"
    assert len(routed) == 1
    await make(account, name="Bo")
    routed.clear()
    after = await get(account, "/api/characters")
    assert after.headers["x-cache"] == "MISS"
    assert {c["name"] for c in after.json()["items"]} == {"Ada", "Bo"}
    assert len(routed) == 1
    # Another query string is another entry, validated by the route first.
    assert_problem(await get(account, "/api/characters?limit=0"), 422, "validation_failed")
    assert_problem(await get(account, "/api/characters?colour=red"), 422, "validation_failed")


async def test_a_hit_needs_a_live_session_of_the_entrys_owner(
    client: httpx.AsyncClient, account: Account
) -> None:
    story = await finished(account)
    path = f"/api/stories/{story['id']}"
    assert (await get(account, path)).status_code == 200
    other = await register(client)
    assert_problem(await get(other, path), 404, "not_found")
    forged = account.token[:-4] + ("AAAA" if not account.token.endswith("AAAA") else "BBBB")
    assert_problem(
        await client.get(path, headers={"Authorization": f"Bearer {forged}"}), 401, "invalid_token"
    )
    assert_problem(await client.get(path), 401, "unauthorized")
    assert (await client.post("/api/auth/logout", headers=account.headers)).status_code == 204
    assert_problem(await get(account, path), 401, "session_expired")


async def test_without_session_memory_the_route_answers(
    settings: Settings, tmp_path: Path, routed: list[str]
) -> None:
    app = create_app(make_settings(tmp_path, settings.database_url, session_cache_seconds=0))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            account = await register(c)
            await make(account, name="Ada")
            routed.clear()
            for _ in range(2):
                assert (await get(account, "/api/characters")).status_code == 200
            assert len(routed) == 2
            assert (await get(account, "/api/characters")).headers["x-cache"] == "HIT"


async def renewed(memory: session_memory.SessionMemory) -> None:
    """Until the background renewal the last hit started has finished."""
    for _ in range(200):
        if not memory._renewing:
            return
        await asyncio.sleep(0.025)
    raise AssertionError("the session's renewal never finished")


async def test_a_session_in_steady_use_is_renewed_while_hits_are_served(
    account: Account, app: FastAPI, routed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    memory: session_memory.SessionMemory = app.state.session_memory
    await make(account, name="Ada")
    assert (await get(account, "/api/characters")).headers["x-cache"] == "MISS"
    routed.clear()
    start = time.monotonic()
    near_the_end = start + memory.seconds * 0.9
    monkeypatch.setattr(session_memory, "monotonic", lambda: near_the_end)
    assert (await get(account, "/api/characters")).headers["x-cache"] == "HIT"
    await renewed(memory)
    past_the_first_check = start + memory.seconds * 1.5
    monkeypatch.setattr(session_memory, "monotonic", lambda: past_the_first_check)
    assert (await get(account, "/api/characters")).headers["x-cache"] == "HIT"
    assert routed == []  # renewed in the background: no request waited for the database


async def test_a_renewal_that_finds_the_account_disabled_ends_the_hits(
    account: Account, app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the CLI does without Redis: the change reaches the server within the memory."""
    memory: session_memory.SessionMemory = app.state.session_memory
    await make(account, name="Ada")
    assert (await get(account, "/api/characters")).headers["x-cache"] == "MISS"
    async with app.state.resources.sessions() as db:
        await db.execute(update(User).where(User.id == account.user_id).values(disabled=True))
        await db.commit()
    near_the_end = time.monotonic() + memory.seconds * 0.9
    monkeypatch.setattr(session_memory, "monotonic", lambda: near_the_end)
    assert (await get(account, "/api/characters")).status_code == 200  # still in its memory
    await renewed(memory)
    assert_problem(await get(account, "/api/characters"), 403, "account_disabled")
