"""Making stories through the API and following their jobs to the end."""

from __future__ import annotations

import json
from typing import Any

from tests.characters.helpers import CHILD, make
from tests.conftest import Account

FINAL = {"succeeded", "failed", "cancelled"}


async def a_cast(account: Account) -> list[dict[str, str]]:
    hero = await make(account, name="Mia", appearance=CHILD)
    fox = await make(account, name="Fern")
    return [
        {"character_id": hero["id"], "role": "hero"},
        {"character_id": fox["id"], "role": "friend"},
    ]


async def story_body(account: Account, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "cast": await a_cast(account),
        "template": "adventure",
        "setting": "forest",
        "band": "preschool",
        "pages": 10,
    }
    body.update(overrides)
    return body


async def start(account: Account, **overrides: Any) -> dict[str, Any]:
    response = await account.client.post(
        "/api/stories", headers=account.headers, json=await story_body(account, **overrides)
    )
    assert response.status_code == 202, response.text
    created: dict[str, Any] = response.json()
    return created


def parse_events(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.split("\n\n"):
        lines = block.strip().splitlines()
        name = next((line[7:] for line in lines if line.startswith("event: ")), None)
        data = next((line[6:] for line in lines if line.startswith("data: ")), None)
        if name and data:
            events.append((name, json.loads(data)))
    return events


async def follow(account: Account, job_id: str) -> list[tuple[str, dict[str, Any]]]:
    """The job's event stream read to its end (it ends when the job is final)."""
    async with account.client.stream(
        "GET", f"/api/jobs/{job_id}/events", headers=account.headers, timeout=60
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join([chunk async for chunk in response.aiter_text()])
    return parse_events(text)


async def finished(account: Account, **overrides: Any) -> dict[str, Any]:
    """Start a story, follow it to its final state and return the story as read."""
    created = await start(account, **overrides)
    events = await follow(account, created["job"]["id"])
    assert events[-1][0] == "done", events
    assert events[-1][1]["status"] == "succeeded", events[-1]
    response = await account.client.get(
        f"/api/stories/{created['story']['id']}", headers=account.headers
    )
    assert response.status_code == 200
    story: dict[str, Any] = response.json()
    return story
