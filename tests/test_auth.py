"""Accounts and sessions through the real API."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from tests.conftest import PASSWORD, Account, register, running
from tests.test_health_and_errors import assert_problem

from storyloom.app import create_app
from storyloom.auth.router import REFRESH_COOKIE
from storyloom.auth.throttle import LoginThrottle
from storyloom.config import Settings
from storyloom.models import User


async def test_register_login_me_refresh_logout(client: httpx.AsyncClient) -> None:
    account = await register(client)
    me = await client.get("/api/me", headers=account.headers)
    assert me.status_code == 200
    assert me.json()["email"] == account.email
    assert "password" not in me.text

    login = await client.post(
        "/api/auth/login", json={"email": account.email.upper(), "password": PASSWORD}
    )
    assert login.status_code == 200
    cookie = login.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Path=/api/auth" in cookie

    refreshed = await client.post("/api/auth/refresh")
    assert refreshed.status_code == 200
    token = refreshed.json()["access_token"]
    assert (await client.get("/api/me", headers={"Authorization": f"Bearer {token}"})).is_success

    out = await client.post("/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
    assert out.status_code == 204
    after = await client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert_problem(after, 401, "session_expired")
    assert after.headers["www-authenticate"].startswith("Bearer")
    # Logging out took the cookie away: nothing left to restore, which is no error (a
    # signed-out visitor's page asks on every load and must not fill the console with 401s).
    assert REFRESH_COOKIE not in client.cookies
    gone = await client.post("/api/auth/refresh")
    assert gone.status_code == 204
    assert gone.content == b""
    # A cookie that no longer works is still refused.
    client.cookies.set(REFRESH_COOKIE, "not-a-token", path="/api/auth")
    assert_problem(await client.post("/api/auth/refresh"), 401, "session_expired")


async def test_protected_routes_need_a_token(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/me")
    assert_problem(response, 401, "unauthorized")
    assert "Bearer" in response.headers["www-authenticate"]


async def test_refresh_rotates_and_reuse_revokes_the_session(client: httpx.AsyncClient) -> None:
    account = await register(client)
    first = client.cookies[REFRESH_COOKIE]
    assert (await client.post("/api/auth/refresh")).status_code == 200
    second = client.cookies[REFRESH_COOKIE]
    assert first != second

    client.cookies.set(REFRESH_COOKIE, first, path="/api/auth")
    assert_problem(await client.post("/api/auth/refresh"), 401, "session_expired")
    # The leaked-token replay ended the whole session: the newest token is dead too,
    # and so is the access token of that session.
    client.cookies.set(REFRESH_COOKIE, second, path="/api/auth")
    assert_problem(await client.post("/api/auth/refresh"), 401, "session_expired")
    assert_problem(await client.get("/api/me", headers=account.headers), 401, "session_expired")


async def test_parallel_refreshes_with_one_token_exactly_one_wins(app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        await register(c)
        token = c.cookies[REFRESH_COOKIE]
    cookies = {REFRESH_COOKIE: token}

    async def refresh() -> int:
        async with httpx.AsyncClient(
            transport=transport, base_url="http://testserver", cookies=cookies
        ) as other:
            return (await other.post("/api/auth/refresh")).status_code

    statuses = await asyncio.gather(*(refresh() for _ in range(5)))
    assert sorted(statuses).count(200) == 1, statuses
    assert all(s == 401 for s in statuses if s != 200)


async def test_logout_everywhere_and_password_change(client: httpx.AsyncClient) -> None:
    account = await register(client)
    other = (
        await client.post("/api/auth/login", json={"email": account.email, "password": PASSWORD})
    ).json()["access_token"]
    other_headers = {"Authorization": f"Bearer {other}"}

    new_password = "a brand new bedtime tale"
    changed = await client.post(
        "/api/me/password",
        headers=account.headers,
        json={"current_password": PASSWORD, "new_password": new_password},
    )
    assert changed.status_code == 204
    assert (await client.get("/api/me", headers=account.headers)).is_success  # this session
    assert_problem(await client.get("/api/me", headers=other_headers), 401, "session_expired")
    old_login = {"email": account.email, "password": PASSWORD}
    assert_problem(await client.post("/api/auth/login", json=old_login), 401, "invalid_credentials")

    assert (await client.post("/api/auth/logout-all", headers=account.headers)).status_code == 204
    assert_problem(await client.get("/api/me", headers=account.headers), 401, "session_expired")


async def test_password_change_needs_the_current_password(account: Account) -> None:
    response = await account.client.post(
        "/api/me/password",
        headers=account.headers,
        json={"current_password": "not my password", "new_password": "something else entirely"},
    )
    assert_problem(response, 422, "wrong_password")


async def test_sessions_list_and_revoke(client: httpx.AsyncClient, other_account: Account) -> None:
    account = await register(client)
    await client.post(
        "/api/auth/login",
        json={"email": account.email, "password": PASSWORD},
        headers={"User-Agent": "Grandma's tablet"},
    )
    sessions = (await client.get("/api/me/sessions", headers=account.headers)).json()
    assert len(sessions) == 2
    assert sum(s["current"] for s in sessions) == 1
    tablet = next(s for s in sessions if s["device"] == "Grandma's tablet")
    # Another user cannot revoke it, and learns nothing: 404.
    foreign = await other_account.client.delete(
        f"/api/me/sessions/{tablet['id']}", headers=other_account.headers
    )
    assert_problem(foreign, 404, "not_found")
    revoked = await client.delete(f"/api/me/sessions/{tablet['id']}", headers=account.headers)
    assert revoked.status_code == 204
    assert len((await client.get("/api/me/sessions", headers=account.headers)).json()) == 1


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("short", "at least 8"),
        ("password123", "too common"),
        ("aaaaaaaaaaaa", "too common"),
        ("x" * 129, "validation"),
    ],
)
async def test_weak_passwords_are_refused(
    client: httpx.AsyncClient, password: str, fragment: str
) -> None:
    email = f"weak-{uuid.uuid4().hex[:8]}@example.com"
    response = await client.post(
        "/api/auth/register", json={"email": email, "display_name": "W", "password": password}
    )
    assert response.status_code == 422
    assert fragment in response.text.lower() or response.json()["code"] == "validation_failed"
    login = await client.post("/api/auth/login", json={"email": email, "password": "whatever1"})
    assert login.status_code == 401  # nothing was created


async def test_long_passwords_are_not_truncated(client: httpx.AsyncClient) -> None:
    long_password = "w" * 60 + "the-end-matters-" + "z" * 50
    account = await register(client, password=long_password)
    wrong = long_password[:-1] + "y"
    response = await client.post(
        "/api/auth/login", json={"email": account.email, "password": wrong}
    )
    assert response.status_code == 401


async def test_duplicate_email_is_a_conflict(client: httpx.AsyncClient) -> None:
    account = await register(client)
    response = await client.post(
        "/api/auth/register",
        json={"email": account.email.upper(), "display_name": "Twin", "password": PASSWORD},
    )
    assert_problem(response, 409, "email_taken")


async def test_unknown_email_gets_the_same_answer_as_a_wrong_password(
    client: httpx.AsyncClient,
) -> None:
    account = await register(client)
    wrong = await client.post(
        "/api/auth/login", json={"email": account.email, "password": "wrong password!"}
    )
    unknown = await client.post(
        "/api/auth/login", json={"email": "nobody-here@example.com", "password": "wrong password!"}
    )
    assert wrong.status_code == unknown.status_code == 401
    strip = ("request_id",)
    assert {k: v for k, v in wrong.json().items() if k not in strip} == {
        k: v for k, v in unknown.json().items() if k not in strip
    }


async def test_passwords_are_argon2id_and_rehashed_when_costs_rise(settings: Settings) -> None:
    async with running(create_app(settings)) as c:
        account = await register(c)
    app = create_app(settings.model_copy(update={"password_hash_iterations": 3}))
    async with running(app) as c:
        async with app.state.resources.sessions() as s:
            before = (await s.execute(select(User).where(User.email == account.email))).scalar_one()
        assert before.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
        login = await c.post("/api/auth/login", json={"email": account.email, "password": PASSWORD})
        assert login.status_code == 200
        async with app.state.resources.sessions() as s:
            after = (await s.execute(select(User).where(User.email == account.email))).scalar_one()
        assert after.password_hash.startswith("$argon2id$v=19$m=19456,t=3,p=1$")


async def test_sign_in_warns_then_pauses_one_email_only(settings: Settings) -> None:
    tight = settings.model_copy(
        update={
            "login_limit_per_account": "3/hour",
            "login_limit_per_ip": "10000/hour",
            "login_pause_seconds": 1,
            "redis_prefix": f"throttle-{uuid.uuid4().hex[:8]}",  # counters of its own
        }
    )
    async with running(create_app(tight)) as c:
        account = await register(c)
        other = await register(c)
        bad = {"email": account.email, "password": "not the password"}
        first = await c.post("/api/auth/login", json=bad)
        assert_problem(first, 401, "invalid_credentials")
        assert first.json()["tries_left"] == 2
        assert "2 tries left" in first.json()["detail"]
        second = (await c.post("/api/auth/login", json=bad)).json()
        assert (second["tries_left"], "1 try left" in second["detail"]) == (1, True)
        # The last try says the pause it starts, and how long.
        last = await c.post("/api/auth/login", json=bad)
        assert_problem(last, 401, "invalid_credentials")
        assert (last.json()["tries_left"], last.json()["retry_after"]) == (0, 1)
        # Paused: even the right password waits, and the answer says how long.
        paused = await c.post("/api/auth/login", json={**bad, "password": PASSWORD})
        assert_problem(paused, 429, "login_paused")
        assert paused.json()["retry_after"] == int(paused.headers["retry-after"]) == 1
        # Another account from the same address is untouched.
        ok = await c.post("/api/auth/login", json={"email": other.email, "password": PASSWORD})
        assert ok.status_code == 200
        # Unknown emails are counted the same way: nothing tells them apart.
        ghost = {"email": "no-such-parent@example.com", "password": "not the password"}
        assert (await c.post("/api/auth/login", json=ghost)).json()["tries_left"] == 2
        # After the pause, another wrong password doubles it.
        await asyncio.sleep(1.2)
        again = await c.post("/api/auth/login", json=bad)
        assert (again.json()["tries_left"], again.json()["retry_after"]) == (0, 2)
        await asyncio.sleep(2.2)
        lifted = await c.post("/api/auth/login", json={**bad, "password": PASSWORD})
        assert lifted.status_code == 200
        # A success starts the count again.
        assert (await c.post("/api/auth/login", json=bad)).json()["tries_left"] == 2


async def test_a_busy_address_is_slowed_never_refused(settings: Settings) -> None:
    busy = settings.model_copy(
        update={
            "login_limit_per_account": "1000/hour",
            "login_limit_per_ip": "3/hour",
            "login_slowdown_max_seconds": 0.2,
            "redis_prefix": f"throttle-{uuid.uuid4().hex[:8]}",  # counters of its own
        }
    )
    app = create_app(busy)
    async with running(app) as c:
        # The same counters, read with a higher cap, show the delay growing.
        uncapped = busy.model_copy(update={"login_slowdown_max_seconds": 8.0})
        throttle = LoginThrottle(app.state.resources.limits, uncapped)
        account = await register(c)
        delays = []
        for n in range(6):
            guess = {"email": f"sprayed-{n}@example.com", "password": "summer2026!"}
            assert_problem(await c.post("/api/auth/login", json=guess), 401, "invalid_credentials")
            delays.append(await throttle.slowdown("127.0.0.1"))
        # Once the address reached its limit (3), each sign-in from it waits, doubling.
        assert delays == [0.0, 0.0, 0.5, 1.0, 2.0, 4.0]
        # Past the address's limit: right passwords and registrations still go through.
        right = await c.post("/api/auth/login", json={"email": account.email, "password": PASSWORD})
        assert right.status_code == 200
        newcomer = await register(c)
        assert newcomer.token


async def test_disabled_users_cannot_sign_in(client: httpx.AsyncClient, app: FastAPI) -> None:
    account = await register(client)
    async with app.state.resources.sessions() as s:
        user = (await s.execute(select(User).where(User.email == account.email))).scalar_one()
        user.disabled = True
        await s.commit()
    login = {"email": account.email, "password": PASSWORD}
    assert_problem(await client.post("/api/auth/login", json=login), 403, "account_disabled")
    assert (await client.get("/api/me", headers=account.headers)).status_code in (401, 403)
