"""Identical provider requests are answered once: in memory, and in Redis when
STORYLOOM_TEST_REDIS_URL is set."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import redis.asyncio as aioredis
from tests.conftest import require_redis
from tests.engines.writer.helpers import request as make_request
from tests.providers.conftest import TEST_REDIS_URL
from tests.providers.standin import Reply, StandIn, unsafe_page

from storyloom.config import Settings
from storyloom.engines.illustrator.scene_api import SceneApiIllustrator
from storyloom.engines.illustrator.spec import CharacterSheet, Kind, SceneCharacter, SceneSpec
from storyloom.engines.writer.llm import LLMWriter
from storyloom.providers.cache import ProviderCache, request_key
from storyloom.providers.errors import ProviderBadOutput
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink


@pytest_asyncio.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.services)])
async def any_cache(
    request: pytest.FixtureRequest, provider_settings: Settings
) -> AsyncIterator[ProviderCache]:
    url = require_redis() if request.param == "redis" else None
    made = ProviderCache(redis_url=url, prefix=f"storyloom-test-{uuid.uuid4().hex[:8]}")
    yield made
    await made.clear()
    await made.close()


@pytest_asyncio.fixture
async def writer(
    provider_settings: Settings,
    any_cache: ProviderCache,
    sink: InMemoryUsageSink,
    breakers: Breakers,
) -> AsyncIterator[LLMWriter]:
    made = LLMWriter.from_settings(provider_settings, cache=any_cache, sink=sink, breakers=breakers)
    assert made is not None
    yield made
    await made.close()


async def test_a_repeated_story_request_is_not_paid_twice(
    standin: StandIn, writer: LLMWriter, sink: InMemoryUsageSink
) -> None:
    request = make_request(1)
    first = await writer.write(request)
    second = await writer.write(request)
    assert first == second
    assert standin.calls("chat") == 1
    paid, cached = sink.calls
    assert cached.cached
    assert cached.estimated_cost_usd == 0
    assert (cached.tokens_in, cached.tokens_out) == (paid.tokens_in, paid.tokens_out)
    assert paid.estimated_cost_usd > 0

    await writer.write(request.model_copy(update={"seed": 42}))  # a new seed is a new book
    assert standin.calls("chat") == 2


async def test_only_validated_drafts_are_cached(standin: StandIn, writer: LLMWriter) -> None:
    request = make_request(2)
    standin.script("chat", Reply(transform=unsafe_page), Reply(transform=unsafe_page))
    with pytest.raises(ProviderBadOutput):
        await writer.write(request)
    await writer.write(request)
    await writer.write(request)
    assert standin.calls("chat") == 3


async def test_a_repeated_picture_is_not_paid_twice(
    standin: StandIn,
    provider_settings: Settings,
    any_cache: ProviderCache,
    sink: InMemoryUsageSink,
    breakers: Breakers,
) -> None:
    illustrator = SceneApiIllustrator.from_settings(
        provider_settings, cache=any_cache, sink=sink, breakers=breakers
    )
    assert illustrator is not None
    sheet = CharacterSheet(kind=Kind.fox, body_color="#e8742a", accent_color="#ffffff")
    spec = SceneSpec(setting="forest", characters=[SceneCharacter(character_id="f")])
    try:
        one = await illustrator.scene(spec, {"f": sheet})
        two = await illustrator.scene(spec, {"f": sheet})
        await illustrator.scene(spec, {"f": sheet}, seed=1)
    finally:
        await illustrator.close()
    assert one == two
    assert standin.calls("images") == 2
    assert [c.cached for c in sink.calls] == [False, True, False]


async def test_redis_holds_json_not_pickles(
    standin: StandIn, writer: LLMWriter, any_cache: ProviderCache
) -> None:
    if any_cache.backend != "redis" or not TEST_REDIS_URL:
        pytest.skip("the Redis backend only")
    await writer.write(make_request(4))
    client = aioredis.from_url(TEST_REDIS_URL)
    try:
        [key] = [k async for k in client.scan_iter(f"{any_cache.prefix}:*")]
        raw = await client.get(key)
        ttl = await client.ttl(key)
    finally:
        await client.aclose()
    assert raw is not None
    assert set(json.loads(raw)) == {"draft", "tokens_in", "tokens_out"}
    assert 0 < ttl <= 86400


def test_keys_are_canonical() -> None:
    a = request_key("x", {"model": "m", "params": {"a": 1, "b": 2}})
    b = request_key("x", {"params": {"b": 2, "a": 1}, "model": "m"})
    assert a == b
    assert a != request_key("x", {"model": "m", "params": {"a": 1, "b": 3}})
    assert a != request_key("y", {"model": "m", "params": {"a": 1, "b": 2}})


async def test_ttl_zero_disables_the_cache(provider_settings: Settings) -> None:
    cache = ProviderCache.from_settings(
        provider_settings.model_copy(update={"provider_cache_ttl_seconds": 0})
    )
    try:
        await cache.set("x", {"a": 1}, {"v": 1})
        assert await cache.get("x", {"a": 1}) is None
    finally:
        await cache.close()


async def test_memory_values_round_trip_as_json() -> None:
    cache = ProviderCache()
    try:
        await cache.set("x", {"a": 1}, {"v": [1, "two"]})
        assert await cache.get("x", {"a": 1}) == {"v": [1, "two"]}
        assert json.loads(json.dumps(await cache.get("x", {"a": 1})))
    finally:
        await cache.close()
