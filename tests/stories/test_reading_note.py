"""A story written by the model says when its text could not be kept inside the band;
a page the model rewrites on request is checked for the band the same way."""

from __future__ import annotations

import random
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from fastapi import FastAPI
from tests.conftest import TEST_REDIS_URL, Account, register, running
from tests.providers.standin import StandIn, standin_settings
from tests.stories.helpers import follow, start

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.llm.prompt import REQUEST_DATA_HEADING
from storyloom.engines.writer.llm.reading import page_distance, read_page
from storyloom.stories import pages as story_pages
from storyloom.stories import request as story_requests

pytest_plugins = ["tests.providers.conftest"]


@pytest.fixture(autouse=True)
def fixed_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stories and rewrites draw their seeds from a seeded generator: the offline safety
    rules refuse a few of the stand-in's (built-in) texts, and a test must not depend on
    which seed it drew."""
    seeds = random.Random(7)
    monkeypatch.setattr(story_requests, "random", seeds)
    monkeypatch.setattr(story_pages, "random", seeds)


@pytest_asyncio.fixture
async def provider_user(
    standin: StandIn, settings: Settings, tmp_path: Path
) -> AsyncIterator[Account]:
    app: FastAPI = create_app(
        standin_settings(
            standin,
            tmp_path,
            database_url=settings.database_url,
            redis_url=TEST_REDIS_URL,
            redis_prefix=f"storyloom-test-{uuid.uuid4().hex[:8]}",
            moderation_enabled=False,
            provider_cache_ttl_seconds=0,
        )
    )
    async with running(app) as client:
        yield await register(client)


def _story_calls(standin: StandIn) -> int:
    """Chat calls that asked for a story draft (not the safety judge's)."""
    return sum(
        any(REQUEST_DATA_HEADING in str(m.get("content", "")) for m in r["messages"])
        for r in standin.requests("chat")
    )


async def _rewrite(account: Account, url: str) -> dict[str, Any]:
    """POST a rewrite. Its seed is random, and the offline safety rules refuse a few of the
    stand-in's (built-in) texts outright; such a refusal is asked again, nothing else."""
    for _ in range(4):
        response = await account.client.post(url, headers=account.headers)
        if response.status_code == 502 and "not suitable" in response.json()["detail"]:
            continue
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page
    raise AssertionError("every rewrite was refused by the safety rules")


async def _made(account: Account) -> dict[str, Any]:
    created = await start(account)
    final = (await follow(account, created["job"]["id"]))[-1][1]
    assert final["status"] == "succeeded", final
    story: dict[str, Any] = (
        await account.client.get(f"/api/stories/{created['story']['id']}", headers=account.headers)
    ).json()
    return story


async def test_a_story_brought_inside_its_band_has_no_note(
    provider_user: Account, standin: StandIn
) -> None:
    standin.too_hard(1, grades=2)
    story = await _made(provider_user)
    assert _story_calls(standin) >= 2
    assert story["reading_note"] is None


async def test_a_story_that_stays_too_hard_says_so(
    provider_user: Account, standin: StandIn
) -> None:
    standin.too_hard(None, grades=3)
    story = await _made(provider_user)
    assert _story_calls(standin) == 3
    assert story["reading_note"] is not None
    assert "reading level" in story["reading_note"]
    listed = await provider_user.client.get("/api/stories", headers=provider_user.headers)
    [summary] = [s for s in listed.json()["items"] if s["id"] == story["id"]]
    assert summary["reading_note"] == story["reading_note"]


async def test_a_rewritten_page_is_checked_for_the_band(
    provider_user: Account, standin: StandIn
) -> None:
    story = await _made(provider_user)
    assert story["reading_note"] is None
    band = AgeBand(story["band"])
    page = story["pages"][1]
    url = f"/api/stories/{story['id']}/pages/{page['id']}/text"

    # A model that keeps writing far too hard: the closest text is used and named.
    standin.reset()
    standin.too_hard(None, grades=6)
    hard = (await _rewrite(provider_user, url))["text"]
    assert page_distance(read_page(2, hard, [], band), band) > 0
    after = (
        await provider_user.client.get(f"/api/stories/{story['id']}", headers=provider_user.headers)
    ).json()
    assert after["reading_note"] is not None
    assert "page 2:" in after["reading_note"]

    # A model that answers within the band: the first text that fits is taken at once.
    standin.reset()
    assert (await _rewrite(provider_user, url))["text"] != hard
    assert _story_calls(standin) >= 1
