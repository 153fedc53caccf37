"""Portraits from an images API go through the one engine assembly: the circuit breaker,
the usage records and the monthly quota apply to them as to every page picture."""

from __future__ import annotations

from typing import Any

from tests.characters.helpers import CHILD, make
from tests.conftest import Account
from tests.providers.conftest import AppFor
from tests.providers.standin import Reply, StandIn

pytest_plugins = ["tests.providers.conftest"]


async def _draw(account: Account, character_id: str, count: int) -> Any:
    return await account.client.post(
        f"/api/characters/{character_id}/portraits",
        headers=account.headers,
        json={"count": count},
    )


async def test_portraits_are_recorded_and_count_against_the_quota(
    app_for: AppFor, standin: StandIn
) -> None:
    async with app_for(quota_images_per_month=3, moderation_enabled=False) as account:
        mia = await make(account, name="Mia", appearance=CHILD)
        drawn = await _draw(account, mia["id"], 2)
        assert drawn.status_code == 201, drawn.text
        assert standin.calls("images") == 2
        usage = (await account.client.get("/api/usage", headers=account.headers)).json()
        assert usage["images"] == 2
        assert usage["provider_calls"] == 2
        # Two more would pass the limit of three: refused before any call is made.
        refused = await _draw(account, mia["id"], 2)
        assert refused.status_code == 429, refused.text
        assert refused.json()["code"] == "quota_exceeded"
        assert standin.calls("images") == 2
        assert (await _draw(account, mia["id"], 1)).status_code == 201
        assert standin.calls("images") == 3


async def test_an_open_breaker_fails_portraits_fast(app_for: AppFor, standin: StandIn) -> None:
    async with app_for(
        moderation_enabled=False,
        provider_attempts=1,
        provider_breaker_failures=2,
        provider_breaker_recovery_seconds=3600,
    ) as account:
        fern = await make(account, name="Fern", appearance=CHILD)
        standin.always("images", Reply(status=500))
        for _ in range(2):
            failed = await _draw(account, fern["id"], 1)
            assert failed.status_code == 502, failed.text
            assert failed.json()["code"] == "provider_error"
        assert standin.calls("images") == 2
        standin.always("images", None)  # the provider is back, but the circuit is open
        paused = await _draw(account, fern["id"], 1)
        assert paused.status_code == 502, paused.text
        assert paused.headers["content-type"] == "application/problem+json"
        assert standin.calls("images") == 2  # failed fast: nothing was sent
        usage = (await account.client.get("/api/usage", headers=account.headers)).json()
        assert usage["images"] == 0
        listed = await account.client.get(
            f"/api/characters/{fern['id']}/portraits", headers=account.headers
        )
        assert listed.json() == []
