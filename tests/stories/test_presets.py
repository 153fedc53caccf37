"""Presets: save a configuration, list, start a story from it, delete."""

from __future__ import annotations

from tests.conftest import Account
from tests.stories.helpers import finished, follow, story_body


async def test_presets(account: Account) -> None:
    config = await story_body(account, template="bedtime", band="toddler", pages=6)
    saved = await account.client.post(
        "/api/presets", headers=account.headers, json={"name": "Bedtime", "config": config}
    )
    assert saved.status_code == 201
    preset = saved.json()
    again = await account.client.post(
        "/api/presets", headers=account.headers, json={"name": "Bedtime", "config": config}
    )
    assert again.status_code == 409
    assert again.json()["code"] == "preset_exists"

    started = await account.client.post(
        f"/api/presets/{preset['id']}/stories", headers=account.headers
    )
    assert started.status_code == 202
    events = await follow(account, started.json()["job"]["id"])
    assert events[-1][1]["status"] == "succeeded"
    story = (
        await account.client.get(
            f"/api/stories/{started.json()['story']['id']}", headers=account.headers
        )
    ).json()
    assert story["config"]["template"] == "bedtime"
    assert len(story["pages"]) == 6

    other = await finished(account)
    from_story = await account.client.post(
        f"/api/stories/{other['id']}/preset", headers=account.headers, json={"name": "Forest"}
    )
    assert from_story.status_code == 201
    assert from_story.json()["config"] == other["config"]

    names = [
        p["name"]
        for p in (await account.client.get("/api/presets", headers=account.headers)).json()
    ]
    assert names == ["Bedtime", "Forest"]
    deleted = await account.client.delete(f"/api/presets/{preset['id']}", headers=account.headers)
    assert deleted.status_code == 204
    names = [
        p["name"]
        for p in (await account.client.get("/api/presets", headers=account.headers)).json()
    ]
    assert names == ["Forest"]
