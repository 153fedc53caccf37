"""Making characters through the API."""

from __future__ import annotations

from typing import Any

from tests.conftest import Account

FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}
CHILD = {
    "kind": "child",
    "body_color": "#d9a066",
    "accent_color": "#fff4e6",
    "hair_style": "curly",
    "outfit": "dress",
}


def character_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"name": "Fern", "pronouns": "she", "appearance": FOX}
    body.update(overrides)
    return body


async def make(account: Account, **overrides: Any) -> dict[str, Any]:
    response = await account.client.post(
        "/api/characters", headers=account.headers, json=character_body(**overrides)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def relate(account: Account, this: str, other: str, role: str) -> dict[str, Any]:
    response = await account.client.post(
        f"/api/characters/{this}/relationships",
        headers=account.headers,
        json={"other_id": other, "role": role},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body
