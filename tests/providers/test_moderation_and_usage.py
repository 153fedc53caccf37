"""The moderation layer (category mapping, rules first) and the usage primitives."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from tests.providers.standin import MODERATION_CATEGORIES, Reply, StandIn

from storyloom.config import ModelPrice, Settings
from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import Category, LayeredSafetyChecker, OfflineSafetyChecker
from storyloom.engines.safety.moderation import (
    CATEGORY_MAP,
    ModerationSafetyChecker,
    verdict_from_result,
)
from storyloom.providers.errors import ProviderUnavailable
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import (
    InMemoryUsageSink,
    Meter,
    PriceTable,
    ProviderCall,
    usage_scope,
)


@pytest_asyncio.fixture
async def moderation(
    provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> AsyncIterator[ModerationSafetyChecker]:
    checker = ModerationSafetyChecker.from_settings(provider_settings, sink=sink, breakers=breakers)
    assert checker is not None
    yield checker
    await checker.close()


@pytest.mark.parametrize(
    ("flag", "category"),
    [
        ("violence", Category.violence),
        ("sexual/minors", Category.abuse_grooming),
        ("self-harm/intent", Category.self_harm),
        ("hate", Category.hate),
        ("illicit/violent", Category.weapons),
    ],
)
async def test_flags_map_onto_our_categories(
    standin: StandIn, moderation: ModerationSafetyChecker, flag: str, category: Category
) -> None:
    standin.flag("moonbeam", flag)
    text = "The moonbeam crept closer."
    verdict = await moderation.check(text, AgeBand.preschool)
    assert not verdict.ok
    assert verdict.category is category
    assert verdict.span == (0, len(text))
    assert verdict.reason is not None
    assert "moderation" in verdict.reason
    assert (await moderation.check("A kind owl hooted.", AgeBand.preschool)).ok
    assert standin.requests("moderations")[0]["model"] == "omni-moderation-latest"


def test_every_endpoint_category_is_mapped() -> None:
    assert set(CATEGORY_MAP) == set(MODERATION_CATEGORIES)


def test_the_top_scoring_flag_names_the_category() -> None:
    cats = {"violence": True, "hate": True, "sexual": False}
    verdict = verdict_from_result("x", True, cats, {"violence": 0.4, "hate": 0.9})
    assert verdict.category is Category.hate


async def test_the_rules_run_first_and_save_the_call(
    standin: StandIn, moderation: ModerationSafetyChecker
) -> None:
    checker = LayeredSafetyChecker([OfflineSafetyChecker(), moderation])
    blocked = await checker.check("What the fuck.", AgeBand.early_reader)
    assert blocked.category is Category.profanity
    assert standin.calls("moderations") == 0
    assert (await checker.check("Hello, sunshine.", AgeBand.early_reader)).ok
    assert standin.calls("moderations") == 1


async def test_moderation_is_off_by_default(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None, data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_api_key="k"
    )
    assert ModerationSafetyChecker.from_settings(settings) is None
    enabled = settings.model_copy(update={"moderation_enabled": True})
    checker = ModerationSafetyChecker.from_settings(enabled)
    assert checker is not None
    await checker.close()


async def test_moderation_fails_closed(
    standin: StandIn, moderation: ModerationSafetyChecker
) -> None:
    standin.always("moderations", Reply(status=503))
    with pytest.raises(ProviderUnavailable):
        await moderation.check("Hello.", AgeBand.toddler)


def test_prices_match_exactly_then_by_prefix() -> None:
    table = PriceTable(
        {"gpt-4o": ModelPrice(input_per_1k=1.0), "gpt-4o-mini": ModelPrice(input_per_1k=0.1)}
    )
    assert table.price("gpt-4o-mini-2024-07-18").input_per_1k == 0.1
    assert table.price("gpt-4o-2024-08-06").input_per_1k == 1.0
    assert table.cost("llama3", tokens_in=10_000) == 0.0
    assert table.cost("gpt-4o", tokens_in=2000) == pytest.approx(2.0)


def test_the_price_table_is_a_json_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "STORYLOOM_PROVIDER_PRICES",
        '{"my-model": {"input_per_1k": 0.5, "output_per_1k": 1.5, "per_image": 0.02}}',
    )
    settings = Settings(_env_file=None, data_dir=tmp_path)
    assert settings.provider_prices == {
        "my-model": ModelPrice(input_per_1k=0.5, output_per_1k=1.5, per_image=0.02)
    }
    assert PriceTable(settings.provider_prices).cost("my-model", images=2) == pytest.approx(0.04)


async def test_usage_is_attributed_to_the_scope() -> None:
    sink = InMemoryUsageSink()
    prices = PriceTable({"m": ModelPrice(output_per_1k=2.0)})

    async def job(user: str, story: str) -> None:
        with usage_scope(user_id=user, story_id=story):
            await asyncio.sleep(0)
            await Meter(sink, prices, provider="llm", model="m").ok(tokens_out=500)

    await asyncio.gather(job("u1", "s1"), job("u2", "s2"))
    await Meter(sink, prices, provider="llm", model="m").failed("provider_timeout")
    assert sorted((r.user_id, r.story_id) for r in sink.records[:2]) == [("u1", "s1"), ("u2", "s2")]
    assert (sink.records[2].user_id, sink.records[2].call.ok) == (None, False)
    assert sink.total_cost_usd == pytest.approx(2.0)
    assert isinstance(sink.calls[0], ProviderCall)
