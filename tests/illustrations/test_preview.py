"""Live previews: signed-in only, validated, size-capped, rate limited, storing nothing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import httpx
from tests.conftest import Account, register, running
from tests.test_health_and_errors import assert_problem

from storyloom.app import create_app
from storyloom.config import Settings

SHEET = {"kind": "fox", "body_color": "#e8743b", "accent_color": "#fff4e6"}


async def test_portrait_preview_is_svg(account: Account) -> None:
    response = await account.client.post(
        "/api/illustrations/preview",
        headers=account.headers,
        json={"kind": "portrait", "sheet": SHEET, "expression": "surprised", "style": "storybook"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.headers["cache-control"] == "no-store"
    root = ET.fromstring(response.text)  # noqa: S314 - our own server's output
    assert root.tag.endswith("svg")
    assert "#e8743b" in response.text


async def test_scene_preview_needs_every_sheet(account: Account) -> None:
    scene = {"setting": "forest", "time_of_day": "night", "characters": [{"character_id": "f"}]}
    ok = await account.client.post(
        "/api/illustrations/preview",
        headers=account.headers,
        json={"kind": "scene", "scene": scene, "cast": {"f": SHEET}},
    )
    assert ok.status_code == 200
    missing = await account.client.post(
        "/api/illustrations/preview",
        headers=account.headers,
        json={"kind": "scene", "scene": scene, "cast": {}},
    )
    assert_problem(missing, 422, "validation_failed")


async def test_preview_validation_and_auth(account: Account, client: httpx.AsyncClient) -> None:
    body = {"kind": "portrait", "sheet": {**SHEET, "kind": "gryphon"}}
    response = await account.client.post(
        "/api/illustrations/preview", headers=account.headers, json=body
    )
    assert_problem(response, 422, "validation_failed")
    bad_colour = {"kind": "portrait", "sheet": {**SHEET, "body_color": "red; }</svg>"}}
    response = await account.client.post(
        "/api/illustrations/preview", headers=account.headers, json=bad_colour
    )
    assert_problem(response, 422, "validation_failed")
    anonymous = await client.post(
        "/api/illustrations/preview", json={"kind": "portrait", "sheet": SHEET}
    )
    assert_problem(anonymous, 401, "unauthorized")


async def test_preview_is_rate_limited_per_user(settings: Settings) -> None:
    tight = settings.model_copy(update={"preview_limit_per_user": "2/minute"})
    async with running(create_app(tight)) as c:
        account = await register(c)
        body = {"kind": "portrait", "sheet": SHEET}
        for _ in range(2):
            assert (
                await c.post("/api/illustrations/preview", headers=account.headers, json=body)
            ).is_success
        limited = await c.post("/api/illustrations/preview", headers=account.headers, json=body)
        assert_problem(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1
        other = await register(c)
        assert (
            await c.post("/api/illustrations/preview", headers=other.headers, json=body)
        ).is_success
