"""Share links: made, listed and revoked by the owner; read by anyone with the token."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from tests.conftest import Account, make_settings, running
from tests.stories.helpers import finished

from storyloom.config import Settings
from storyloom.models import StoryShare


async def share(account: Account, story_id: str, **body: Any) -> httpx.Response:
    return await account.client.post(
        f"/api/stories/{story_id}/shares", headers=account.headers, json=body
    )


def keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys(v)}
    return set()


async def test_share_read_revoke(account: Account, other_account: Account) -> None:
    story = await finished(account)
    made = await share(account, story["id"], expires_in_days=7)
    assert made.status_code == 201, made.text
    link = made.json()
    token = link["token"]
    assert len(token) >= 32
    assert link["url"].endswith(f"/shared/{token}")
    assert link["expires_at"]
    assert not link["expired"]

    listed = await account.client.get(f"/api/stories/{story['id']}/shares", headers=account.headers)
    assert [s["id"] for s in listed.json()] == [link["id"]]
    assert token not in listed.text  # shown once only

    anonymous = other_account.client  # no Authorization header: the link is all it takes
    shared = await anonymous.get(f"/api/shared/{token}")
    assert shared.status_code == 200, shared.text
    assert shared.headers["x-robots-tag"] == "noindex, nofollow"
    assert shared.headers["cache-control"].startswith("private")
    body = shared.json()
    assert body["title"] == story["title"]
    assert [p["text"] for p in body["pages"]] == [p["text"] for p in story["pages"]]
    assert keys(body) == {
        "title",
        "cover_url",
        "pages",
        "expires_at",
        "number",
        "text",
        "image_url",
        "audio",
    }
    for value in (story["id"], account.user_id, account.email, story["pages"][0]["id"]):
        assert value not in shared.text
    picture = await anonymous.get(body["pages"][0]["image_url"])
    assert picture.status_code == 200
    assert picture.headers["content-type"].startswith("image/svg+xml")
    assert picture.headers["x-robots-tag"] == "noindex, nofollow"
    missing = await anonymous.get(f"/api/shared/{token}/images/{len(body['pages']) + 1}")
    assert missing.status_code == 404
    # The link shows the book's drawn cover, as the reader and the exports do.
    assert body["cover_url"] == f"/api/shared/{token}/cover.svg"
    cover = await anonymous.get(body["cover_url"])
    assert cover.status_code == 200
    assert cover.headers["content-type"].startswith("image/svg+xml")
    assert cover.headers["x-robots-tag"] == "noindex, nofollow"
    assert cover.text.startswith("<svg")
    assert "<text" not in cover.text

    # Someone else can read through the link but not manage it.
    other = await other_account.client.delete(
        f"/api/shares/{link['id']}", headers=other_account.headers
    )
    assert other.status_code == 404
    assert (await anonymous.get(f"/api/shared/{token}")).status_code == 200

    revoked = await account.client.delete(f"/api/shares/{link['id']}", headers=account.headers)
    assert revoked.status_code == 204
    gone = await anonymous.get(f"/api/shared/{token}")
    assert gone.status_code == 404
    assert gone.headers["x-robots-tag"] == "noindex, nofollow"
    assert (await anonymous.get(body["pages"][0]["image_url"])).status_code == 404
    assert (await anonymous.get(body["cover_url"])).status_code == 404
    unknown = await anonymous.get("/api/shared/" + "A" * 32)
    assert unknown.status_code == 404


async def test_expired_links_are_404(app: FastAPI, account: Account) -> None:
    story = await finished(account)
    link = (await share(account, story["id"])).json()
    assert link["expires_at"] is None
    ok = await account.client.get(f"/api/shared/{link['token']}")
    assert ok.status_code == 200
    async with app.state.resources.sessions() as session:
        await session.execute(
            update(StoryShare)
            .where(StoryShare.id == link["id"])
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
        await session.commit()
    assert (await account.client.get(f"/api/shared/{link['token']}")).status_code == 404
    listed = await account.client.get(f"/api/stories/{story['id']}/shares", headers=account.headers)
    assert listed.json()[0]["expired"] is True


async def test_expiry_rules(account: Account) -> None:
    story = await finished(account)
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    assert (await share(account, story["id"], expires_at=past)).status_code == 422
    both = await share(
        account,
        story["id"],
        expires_at=(datetime.now(UTC) + timedelta(days=1)).isoformat(),
        expires_in_days=1,
    )
    assert both.status_code == 422
    far = await share(account, story["id"], expires_in_days=3000)
    assert far.status_code == 422
    assert far.json()["code"] == "expiry_too_far"
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    assert (await share(account, story["id"], expires_at=soon)).status_code == 201


async def test_public_reads_are_rate_limited_per_ip(settings: Settings) -> None:
    limited = make_settings(settings.data_dir, settings.database_url, share_limit_per_ip="3/minute")
    from storyloom.app import create_app

    async with running(create_app(limited)) as client:
        answers = [(await client.get("/api/shared/" + "B" * 32)).status_code for _ in range(4)]
    assert answers == [404, 404, 404, 429]
