"""Password reset by email through a real SMTP server on loopback, and by an operator's
one-time link when no mail is configured."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import select, update
from tests.conftest import PASSWORD, register, running
from tests.smtp import Inbox, body_of, smtp_server
from tests.test_health_and_errors import assert_problem

from storyloom.app import create_app
from storyloom.auth.repository import UserRepository
from storyloom.auth.reset import PasswordResets
from storyloom.config import Settings
from storyloom.db import utcnow
from storyloom.models import PasswordReset

NEW_PASSWORD = "a lantern by the sea"
LINK = re.compile(r"https?://\S+/reset\?token=([A-Za-z0-9_-]+)")


@pytest.fixture(scope="module")
def inbox() -> Iterator[Inbox]:
    with smtp_server() as server:
        yield server


@pytest_asyncio.fixture
async def mail_app(settings: Settings, inbox: Inbox) -> AsyncIterator[httpx.AsyncClient]:
    configured = settings.model_copy(
        update={
            "smtp_host": inbox.host,
            "smtp_port": inbox.port,
            "smtp_tls": "none",
            "password_reset_limit": "1000/hour",
        }
    )
    async with running(create_app(configured)) as client:
        yield client


def token_from(inbox: Inbox, email: str, count: int = 1) -> str:
    message = inbox.wait_for(email, count=count)[-1]
    assert message["Subject"] == "Reset your Storyloom password"
    found = LINK.search(body_of(message))
    assert found, body_of(message)
    return found.group(1)


async def test_reset_by_email_end_to_end(mail_app: httpx.AsyncClient, inbox: Inbox) -> None:
    c = mail_app
    account = await register(c)
    asked = await c.post("/api/auth/password-reset", json={"email": account.email.upper()})
    assert asked.status_code == 202, asked.text
    token = token_from(inbox, account.email)

    # A weak password is refused and the link still works.
    weak = await c.post(
        "/api/auth/password-reset/complete", json={"token": token, "new_password": "password"}
    )
    assert_problem(weak, 422, "weak_password")

    done = await c.post(
        "/api/auth/password-reset/complete", json={"token": token, "new_password": NEW_PASSWORD}
    )
    assert done.status_code == 204, done.text
    # Every session ended; the old password no longer works, the new one does.
    assert (await c.get("/api/me", headers=account.headers)).status_code == 401
    old = await c.post("/api/auth/login", json={"email": account.email, "password": PASSWORD})
    assert_problem(old, 401, "invalid_credentials")
    new = await c.post("/api/auth/login", json={"email": account.email, "password": NEW_PASSWORD})
    assert new.status_code == 200

    # Single use.
    again = await c.post(
        "/api/auth/password-reset/complete", json={"token": token, "new_password": PASSWORD}
    )
    assert_problem(again, 400, "reset_link_invalid")


async def test_unknown_email_gets_the_same_answer_and_no_mail(
    mail_app: httpx.AsyncClient, inbox: Inbox
) -> None:
    c = mail_app
    account = await register(c)
    stranger = "nobody-at-all@example.com"
    unknown = await c.post("/api/auth/password-reset", json={"email": stranger})
    known = await c.post("/api/auth/password-reset", json={"email": account.email})
    assert unknown.status_code == known.status_code == 202
    assert unknown.json() == known.json()
    inbox.wait_for(account.email)  # the known one arrives; by then the other would have
    assert inbox.to(stranger) == []


async def test_tokens_are_stored_hashed_and_expire(
    mail_app: httpx.AsyncClient, inbox: Inbox, app: FastAPI
) -> None:
    c = mail_app
    account = await register(c)
    await c.post("/api/auth/password-reset", json={"email": account.email})
    token = token_from(inbox, account.email)
    async with app.state.resources.sessions() as s:
        stored = (
            await s.execute(select(PasswordReset).where(PasswordReset.user_id == account.user_id))
        ).scalar_one()
        assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
        assert token not in stored.token_hash
        await s.execute(
            update(PasswordReset)
            .where(PasswordReset.id == stored.id)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await s.commit()
    expired = await c.post(
        "/api/auth/password-reset/complete", json={"token": token, "new_password": NEW_PASSWORD}
    )
    assert_problem(expired, 400, "reset_link_invalid")
    assert "expired" in expired.json()["detail"]
    made_up = await c.post(
        "/api/auth/password-reset/complete",
        json={"token": "x" * 43, "new_password": NEW_PASSWORD},
    )
    assert_problem(made_up, 400, "reset_link_invalid")


async def test_using_one_link_voids_the_others(mail_app: httpx.AsyncClient, inbox: Inbox) -> None:
    c = mail_app
    account = await register(c)
    await c.post("/api/auth/password-reset", json={"email": account.email})
    first = token_from(inbox, account.email)
    await c.post("/api/auth/password-reset", json={"email": account.email})
    second = token_from(inbox, account.email, count=2)
    assert first != second
    body = {"token": second, "new_password": NEW_PASSWORD}
    assert (await c.post("/api/auth/password-reset/complete", json=body)).status_code == 204
    body = {"token": first, "new_password": PASSWORD}
    assert_problem(
        await c.post("/api/auth/password-reset/complete", json=body), 400, "reset_link_invalid"
    )


async def test_requests_are_limited_per_address(settings: Settings, inbox: Inbox) -> None:
    tight = settings.model_copy(
        update={
            "smtp_host": inbox.host,
            "smtp_port": inbox.port,
            "smtp_tls": "none",
            "password_reset_limit": "2/hour",
        }
    )
    async with running(create_app(tight)) as c:
        for _ in range(2):
            email = f"someone-{_}@example.com"
            assert (
                await c.post("/api/auth/password-reset", json={"email": email})
            ).status_code == 202
        limited = await c.post("/api/auth/password-reset", json={"email": "third@example.com"})
        assert_problem(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1


async def test_without_mail_the_operator_makes_a_link(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    account = await register(client)
    refused = await client.post("/api/auth/password-reset", json={"email": account.email})
    assert_problem(refused, 503, "reset_email_unavailable")
    assert "reset-link" in refused.json()["detail"]

    async with app.state.resources.sessions() as s:
        user = await UserRepository(s).by_email(account.email)
        assert user is not None
        link = await PasswordResets(s, app.state.resources).issue(user)
        await s.commit()
    token = LINK.search(link.url)
    assert token, link.url
    body = {"token": token.group(1), "new_password": NEW_PASSWORD}
    assert (await client.post("/api/auth/password-reset/complete", json=body)).status_code == 204
    assert (await client.get("/api/me", headers=account.headers)).status_code == 401
