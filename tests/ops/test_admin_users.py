"""An admin acts on a user: disable, enable, change role, make a reset link; safety
blocks say who it was."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import update
from tests.conftest import PASSWORD, Account, register
from tests.test_health_and_errors import assert_problem

from storyloom.db import session_scope
from storyloom.models import User

NEW_PASSWORD = "a lantern by the sea"


@pytest_asyncio.fixture
async def admin(app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        account = await register(c)
        async with session_scope(app.state.resources.sessions) as session:
            await session.execute(
                update(User).where(User.id == account.user_id).values(role="admin")
            )
        yield account


async def patch(admin: Account, user_id: str, body: dict[str, object]) -> httpx.Response:
    return await admin.client.patch(f"/api/admin/users/{user_id}", json=body, headers=admin.headers)


async def test_disable_enable_and_role(admin: Account, account: Account) -> None:
    disabled = await patch(admin, account.user_id, {"disabled": True})
    assert disabled.status_code == 200, disabled.text
    assert disabled.json()["disabled"] is True
    # Its sessions end at once and it cannot sign in.
    assert (await account.client.get("/api/me", headers=account.headers)).status_code == 401
    login = {"email": account.email, "password": PASSWORD}
    assert_problem(
        await account.client.post("/api/auth/login", json=login), 403, "account_disabled"
    )
    # A disabled user gets no reset link.
    link = await admin.client.post(
        f"/api/admin/users/{account.user_id}/reset-link", headers=admin.headers
    )
    assert_problem(link, 409, "user_disabled")

    enabled = await patch(admin, account.user_id, {"disabled": False})
    assert enabled.json()["disabled"] is False
    assert (await account.client.post("/api/auth/login", json=login)).status_code == 200

    promoted = await patch(admin, account.user_id, {"role": "admin"})
    assert promoted.json()["role"] == "admin"
    demoted = await patch(admin, account.user_id, {"role": "user"})
    assert demoted.json()["role"] == "user"


async def test_bad_requests_change_nothing(admin: Account, account: Account) -> None:
    assert_problem(await patch(admin, admin.user_id, {"disabled": True}), 409, "not_on_yourself")
    assert_problem(await patch(admin, admin.user_id, {"role": "user"}), 409, "not_on_yourself")
    assert_problem(await patch(admin, "no-such-user", {"disabled": True}), 404, "not_found")
    emperor = await patch(admin, account.user_id, {"role": "emperor"})
    assert_problem(emperor, 422, "validation_failed")
    me = (await admin.client.get("/api/me", headers=admin.headers)).json()
    assert me["role"] == "admin"
    # Not for plain users.
    assert_problem(await patch(account, admin.user_id, {"disabled": True}), 403, "forbidden")
    refused = await account.client.post(
        f"/api/admin/users/{admin.user_id}/reset-link", headers=account.headers
    )
    assert_problem(refused, 403, "forbidden")


async def test_reset_link_for_a_user(admin: Account, account: Account) -> None:
    made = await admin.client.post(
        f"/api/admin/users/{account.user_id}/reset-link", headers=admin.headers
    )
    assert made.status_code == 201, made.text
    token = made.json()["url"].split("/reset?token=", 1)[1]
    done = await account.client.post(
        "/api/auth/password-reset/complete", json={"token": token, "new_password": NEW_PASSWORD}
    )
    assert done.status_code == 204
    assert (await account.client.get("/api/me", headers=account.headers)).status_code == 401
    login = {"email": account.email, "password": NEW_PASSWORD}
    assert (await account.client.post("/api/auth/login", json=login)).status_code == 200


async def test_safety_blocks_say_who(admin: Account, account: Account) -> None:
    unsafe = await account.client.post(
        "/api/characters",
        headers=account.headers,
        json={
            "name": "Shithead",
            "pronouns": "she",
            "appearance": {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"},
        },
    )
    assert unsafe.status_code == 422, unsafe.text
    blocks = (await admin.client.get("/api/admin/safety-blocks", headers=admin.headers)).json()
    mine = [b for b in blocks["items"] if b["user_id"] == account.user_id]
    assert mine, blocks
    assert mine[0]["user_email"] == account.email
    assert mine[0]["user_name"] == "Test Parent"
