"""Stories on the stand-in OpenAI-compatible provider: text and pictures, failures with
retry and fallback to the built-in engines, and unsafe output."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio
from fastapi import FastAPI
from tests.conftest import TEST_REDIS_URL, Account, register, running
from tests.providers.standin import Reply, StandIn, standin_settings, unsafe_page
from tests.stories.helpers import follow, start

from storyloom.app import create_app
from storyloom.config import Settings

pytest_plugins = ["tests.providers.conftest"]


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
            # Keys of its own (cache, progress, rate limits), like every other test app.
            redis_prefix=f"storyloom-test-{uuid.uuid4().hex[:8]}",
            moderation_enabled=False,
            provider_cache_ttl_seconds=0,
        )
    )
    async with running(app) as client:
        yield await register(client)


async def _usage(account: Account) -> dict[str, object]:
    body: dict[str, object] = (
        await account.client.get("/api/usage", headers=account.headers)
    ).json()
    return body


async def test_story_on_the_provider(provider_user: Account, standin: StandIn) -> None:
    created = await start(provider_user)
    final = (await follow(provider_user, created["job"]["id"]))[-1][1]
    assert final["status"] == "succeeded", final
    assert final["text_engine"] == "llm:gpt-4o-mini"
    assert final["image_engine"] == "images:gpt-image-1"
    story = (
        await provider_user.client.get(
            f"/api/stories/{created['story']['id']}", headers=provider_user.headers
        )
    ).json()
    image = await provider_user.client.get(
        story["pages"][0]["image_url"], headers=provider_user.headers
    )
    assert image.headers["content-type"] == "image/png"
    usage = await _usage(provider_user)
    assert usage["images"] == len(story["pages"])
    assert isinstance(usage["tokens_in"], int)
    assert usage["tokens_in"] > 0


async def test_provider_down_falls_back_visibly(provider_user: Account, standin: StandIn) -> None:
    standin.always("images", Reply(status=503))
    created = await start(provider_user)
    final = (await follow(provider_user, created["job"]["id"]))[-1][1]
    assert final["status"] == "succeeded", final
    assert final["image_engine"] == "builtin (fallback)"
    assert standin.calls("images") >= 3  # retried before falling back


async def test_unsafe_output_is_rewritten_then_fails(
    provider_user: Account, standin: StandIn
) -> None:
    standin.always("chat", Reply(transform=unsafe_page))
    created = await start(provider_user)
    final = (await follow(provider_user, created["job"]["id"]))[-1][1]
    assert final["status"] == "failed"
    assert final["error_code"] in {"unsafe_output", "provider_bad_output", "provider_unsafe"}
    assert final["error"]
