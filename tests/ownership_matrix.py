"""Every route with a path parameter, and how to make an item of user A for it.

`test_ownership` fails when a route is missing here. Each entry makes an item owned by A
and returns the path parameters naming it; B must get 404 for it on that route, and A's
item must be untouched. LISTS name list routes and how to read the ids out of a response.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from tests.conftest import PASSWORD, Account

Maker = Callable[[Account], Awaitable[dict[str, str]]]


async def a_session(owner: Account) -> dict[str, str]:
    login = await owner.client.post(
        "/api/auth/login", json={"email": owner.email, "password": PASSWORD}
    )
    assert login.status_code == 200
    sessions = (await owner.client.get("/api/me/sessions", headers=owner.headers)).json()
    return {"session_id": next(s["id"] for s in sessions if not s["current"])}


FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


async def a_character(owner: Account) -> dict[str, str]:
    response = await owner.client.post(
        "/api/characters",
        headers=owner.headers,
        json={"name": "Fern", "pronouns": "she", "appearance": FOX},
    )
    assert response.status_code == 201, response.text
    return {"character_id": response.json()["id"]}


async def a_relationship(owner: Account) -> dict[str, str]:
    first = await a_character(owner)
    second = await a_character(owner)
    response = await owner.client.post(
        f"/api/characters/{first['character_id']}/relationships",
        headers=owner.headers,
        json={"other_id": second["character_id"], "role": "friend"},
    )
    assert response.status_code == 201, response.text
    return {**first, "relationship_id": response.json()["id"]}


async def an_image(owner: Account) -> dict[str, str]:
    made = await a_character(owner)
    response = await owner.client.post(
        f"/api/characters/{made['character_id']}/portraits",
        headers=owner.headers,
        json={"count": 1},
    )
    assert response.status_code == 201, response.text
    return {"image_id": response.json()[0]["id"]}


async def a_job(owner: Account) -> dict[str, str]:
    hero = await a_character(owner)
    response = await owner.client.post(
        "/api/stories",
        headers=owner.headers,
        json={
            "cast": [{"character_id": hero["character_id"], "role": "hero"}],
            "template": "bedtime",
            "setting": "forest",
            "band": "toddler",
        },
    )
    assert response.status_code == 202, response.text
    body = response.json()
    return {"story_id": body["story"]["id"], "job_id": body["job"]["id"]}


async def a_story(owner: Account) -> dict[str, str]:
    """A finished story (its job followed to the end)."""
    made = await a_job(owner)
    for _ in range(500):
        job = await owner.client.get(f"/api/jobs/{made['job_id']}", headers=owner.headers)
        if job.json()["status"] in {"succeeded", "failed", "cancelled"}:
            break
        await asyncio.sleep(0.02)
    assert job.json()["status"] == "succeeded", job.text
    return {"story_id": made["story_id"]}


async def a_page(owner: Account) -> dict[str, str]:
    made = await a_story(owner)
    story = await owner.client.get(f"/api/stories/{made['story_id']}", headers=owner.headers)
    return {**made, "page_id": story.json()["pages"][0]["id"]}


async def a_preset(owner: Account) -> dict[str, str]:
    hero = await a_character(owner)
    response = await owner.client.post(
        "/api/presets",
        headers=owner.headers,
        json={
            "name": f"preset {uuid.uuid4().hex[:8]}",
            "config": {
                "cast": [{"character_id": hero["character_id"], "role": "hero"}],
                "template": "bedtime",
                "setting": "forest",
                "band": "toddler",
            },
        },
    )
    assert response.status_code == 201, response.text
    return {"preset_id": response.json()["id"]}


async def a_share(owner: Account) -> dict[str, str]:
    made = await a_story(owner)
    response = await owner.client.post(
        f"/api/stories/{made['story_id']}/shares", headers=owner.headers, json={}
    )
    assert response.status_code == 201, response.text
    return {"share_id": response.json()["id"]}


OWNED: dict[tuple[str, str], Maker] = {
    ("DELETE", "/api/me/sessions/{session_id}"): a_session,
    ("GET", "/api/characters/{character_id}"): a_character,
    ("PATCH", "/api/characters/{character_id}"): a_character,
    ("DELETE", "/api/characters/{character_id}"): a_character,
    ("GET", "/api/characters/{character_id}/relationships"): a_character,
    ("POST", "/api/characters/{character_id}/relationships"): a_character,
    ("DELETE", "/api/characters/{character_id}/relationships/{relationship_id}"): a_relationship,
    ("GET", "/api/characters/{character_id}/portraits"): a_character,
    ("POST", "/api/characters/{character_id}/portraits"): a_character,
    ("PUT", "/api/characters/{character_id}/portrait"): a_character,
    ("GET", "/api/images/{image_id}"): an_image,
    ("GET", "/api/stories/{story_id}"): a_story,
    ("PATCH", "/api/stories/{story_id}"): a_story,
    ("DELETE", "/api/stories/{story_id}"): a_story,
    ("POST", "/api/stories/{story_id}/duplicate"): a_story,
    ("POST", "/api/stories/{story_id}/preset"): a_story,
    ("POST", "/api/stories/{story_id}/pages"): a_story,
    ("PUT", "/api/stories/{story_id}/pages/order"): a_story,
    ("PATCH", "/api/stories/{story_id}/pages/{page_id}"): a_page,
    ("DELETE", "/api/stories/{story_id}/pages/{page_id}"): a_page,
    ("POST", "/api/stories/{story_id}/pages/{page_id}/text"): a_page,
    ("GET", "/api/stories/{story_id}/pages/{page_id}/pictures"): a_page,
    ("POST", "/api/stories/{story_id}/pages/{page_id}/pictures"): a_page,
    ("PUT", "/api/stories/{story_id}/pages/{page_id}/picture"): a_page,
    ("GET", "/api/jobs/{job_id}"): a_job,
    ("GET", "/api/jobs/{job_id}/events"): a_job,
    ("POST", "/api/jobs/{job_id}/cancel"): a_job,
    ("POST", "/api/jobs/{job_id}/retry"): a_job,
    ("DELETE", "/api/presets/{preset_id}"): a_preset,
    ("POST", "/api/presets/{preset_id}/stories"): a_preset,
    ("GET", "/api/stories/{story_id}/export.pdf"): a_story,
    ("GET", "/api/stories/{story_id}/export.epub"): a_story,
    ("GET", "/api/stories/{story_id}/cover.svg"): a_story,
    ("POST", "/api/stories/{story_id}/narration"): a_story,
    ("GET", "/api/stories/{story_id}/pages/{page_id}/audio"): a_page,
    ("GET", "/api/stories/{story_id}/shares"): a_story,
    ("POST", "/api/stories/{story_id}/shares"): a_story,
    ("DELETE", "/api/shares/{share_id}"): a_share,
}


def ids(body: Any) -> set[str]:
    items = body["items"] if isinstance(body, dict) and "items" in body else body
    return {item["id"] for item in items}


# list route -> how A makes an item that must never show in B's list
LISTS: dict[str, Maker] = {
    "/api/me/sessions": a_session,
    "/api/characters": a_character,
    "/api/stories": a_job,
    "/api/jobs": a_job,
    "/api/presets": a_preset,
}

# Routes with path parameters that are not user data (static assets, the SPA).
NOT_OWNED = {
    "/api/docs-assets",
    "/{path:path}",
    # Public by design: whoever holds a share link's token may read (tests/sharing).
    "/api/shared/{token}",
    "/api/shared/{token}/images/{number}",
    "/api/shared/{token}/audio/{number}",
    "/api/shared/{token}/cover.svg",
    # The home page's sample book, the same for everyone (tests/sample).
    "/api/sample/images/{number}",
    "/api/sample/styles/{style}",
    # Admin only by role (403 for everyone else, whoever owns the job): tests/ops/test_admin.py.
    "/api/admin/jobs/{job_id}/retry",
    # Admin only by role, acting on any user: tests/ops/test_admin_users.py.
    "/api/admin/users/{user_id}",
    "/api/admin/users/{user_id}/reset-link",
}
