"""Session memory (auth/session_memory.py): a signed-in read trusts a session this process
checked a moment ago without asking the database, and every way a session ends through
the API still ends it at once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event, select
from tests.conftest import PASSWORD, Account, register
from tests.test_health_and_errors import assert_problem

from storyloom.auth import session_memory
from storyloom.auth.router import REFRESH_COOKIE
from storyloom.models import User


@contextmanager
def session_checks(app: FastAPI) -> Iterator[list[str]]:
    """The SQL statements that read or write auth_sessions while the block runs."""
    engine = app.state.resources.engine.sync_engine
    seen: list[str] = []

    def record(*args: Any) -> None:
        statement: str = args[2]
        if "auth_sessions" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


async def sign_in(client: httpx.AsyncClient, account: Account) -> dict[str, str]:
    """A second session of the same account (another device)."""
    login = await client.post(
        "/api/auth/login", json={"email": account.email, "password": account.password}
    )
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


async def test_a_checked_session_is_trusted_without_the_database(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    account = await register(client)
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    with session_checks(app) as seen:
        for _ in range(3):
            me = await client.get("/api/me", headers=account.headers)
            assert me.status_code == 200
            assert me.json()["email"] == account.email
    assert seen == []


async def test_logout_ends_a_remembered_session_at_once(client: httpx.AsyncClient) -> None:
    account = await register(client)
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    assert (await client.post("/api/auth/logout", headers=account.headers)).status_code == 204
    assert_problem(await client.get("/api/me", headers=account.headers), 401, "session_expired")


async def test_revoking_another_device_ends_it_at_once(client: httpx.AsyncClient) -> None:
    account = await register(client)
    phone = await sign_in(client, account)
    assert (await client.get("/api/me", headers=phone)).status_code == 200  # remembered
    sessions = (await client.get("/api/me/sessions", headers=account.headers)).json()
    other = next(s for s in sessions if not s["current"])
    revoked = await client.delete(f"/api/me/sessions/{other['id']}", headers=account.headers)
    assert revoked.status_code == 204
    assert_problem(await client.get("/api/me", headers=phone), 401, "session_expired")
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200


async def test_a_password_change_through_a_remembered_session_is_saved(
    client: httpx.AsyncClient,
) -> None:
    """The rows a remembered check rebuilds belong to the request's unit of work: a route
    that changes them writes the change."""
    account = await register(client)
    phone = await sign_in(client, account)
    assert (await client.get("/api/me", headers=phone)).status_code == 200
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    new = "a brand new password for the family"
    changed = await client.post(
        "/api/me/password",
        headers=account.headers,
        json={"current_password": PASSWORD, "new_password": new},
    )
    assert changed.status_code == 204, changed.text
    assert_problem(await client.get("/api/me", headers=phone), 401, "session_expired")
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    login = await client.post("/api/auth/login", json={"email": account.email, "password": new})
    assert login.status_code == 200


async def test_a_reused_refresh_token_ends_the_remembered_session(
    client: httpx.AsyncClient,
) -> None:
    account = await register(client)
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    leaked = client.cookies[REFRESH_COOKIE]
    assert (await client.post("/api/auth/refresh")).status_code == 200
    client.cookies.set(REFRESH_COOKIE, leaked, path="/api/auth")
    assert_problem(await client.post("/api/auth/refresh"), 401, "session_expired")
    assert_problem(await client.get("/api/me", headers=account.headers), 401, "session_expired")


async def test_changes_outside_the_api_apply_when_the_memory_lapses(
    client: httpx.AsyncClient, app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user disabled straight in the database (as the CLI does without Redis) is refused
    once the remembered check is older than STORYLOOM_SESSION_CACHE_SECONDS."""
    account = await register(client)
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    async with app.state.resources.sessions() as s:
        user = (await s.execute(select(User).where(User.email == account.email))).scalar_one()
        user.disabled = True
        await s.commit()
    seconds = app.state.resources.settings.session_cache_seconds
    assert (await client.get("/api/me", headers=account.headers)).status_code == 200
    later = time.monotonic() + seconds + 1
    monkeypatch.setattr(session_memory, "monotonic", lambda: later)
    assert_problem(await client.get("/api/me", headers=account.headers), 403, "account_disabled")
