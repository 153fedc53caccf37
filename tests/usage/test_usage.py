"""Usage per month and the monthly quotas."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import make_settings, register, running
from tests.stories.helpers import finished, story_body

from storyloom.app import create_app
from storyloom.config import Settings


async def test_usage_counts_builtin_calls(client: object, account: object) -> None:
    from tests.conftest import Account

    assert isinstance(account, Account)
    await finished(account, pages=10)
    usage = (await account.client.get("/api/usage", headers=account.headers)).json()
    assert usage["stories"] == 1
    assert usage["pages"] == 10
    assert usage["images"] == 10
    assert usage["provider_calls"] == 11  # one text call and ten pictures, all built in
    assert usage["cost_usd"] == 0
    assert usage["paid_providers"] is False
    assert usage["tokens_in"] == 0
    empty = await account.client.get(
        "/api/usage", params={"month": "2001-01"}, headers=account.headers
    )
    assert empty.json()["stories"] == 0
    bad = await account.client.get(
        "/api/usage", params={"month": "2001-13"}, headers=account.headers
    )
    assert bad.status_code == 422


@pytest.fixture
def tight(settings: Settings, tmp_path: Path) -> Settings:
    return make_settings(
        tmp_path,
        settings.database_url,
        quota_stories_per_month=1,
        quota_images_per_month=13,
    )


async def test_quotas(tight: Settings) -> None:
    async with running(create_app(tight)) as client:
        account = await register(client)
        await finished(account, pages=10)
        more = await client.post(
            "/api/stories", headers=account.headers, json=await story_body(account)
        )
        assert more.status_code == 429
        problem = more.json()
        assert problem["code"] == "quota_exceeded"
        assert "limit of 1 stories" in problem["detail"]
        assert int(more.headers["Retry-After"]) > 0

        story = (await client.get("/api/stories", headers=account.headers)).json()["items"][0]
        full = await client.get(f"/api/stories/{story['id']}", headers=account.headers)
        page = full.json()["pages"][0]
        url = f"/api/stories/{story['id']}/pages/{page['id']}/pictures"
        ok = await client.post(url, headers=account.headers, json={"count": 3})
        assert ok.status_code == 201
        refused = await client.post(url, headers=account.headers, json={"count": 1})
        assert refused.status_code == 429
        assert refused.json()["code"] == "quota_exceeded"


def test_money_is_real_only_with_a_paid_provider(tmp_path: Path) -> None:
    from storyloom.usage.router import paid_providers

    assert not paid_providers(make_settings(tmp_path, None))
    assert paid_providers(make_settings(tmp_path, None, llm_base_url="http://127.0.0.1:9/v1"))
    assert paid_providers(make_settings(tmp_path, None, images_base_url="http://127.0.0.1:9/v1"))
    speech = {"narrator": "speech", "speech_base_url": "http://127.0.0.1:9/v1"}
    assert paid_providers(make_settings(tmp_path, None, **speech))
