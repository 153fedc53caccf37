"""When a provider is down the built-in engines stand in, and say so; when it refuses us,
the error comes through."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from pydantic import SecretStr
from tests.engines.writer.helpers import request as make_request
from tests.providers.standin import Reply, StandIn

from storyloom.config import ProviderFallback, Settings
from storyloom.engines.illustrator.spec import CharacterSheet, Kind, SceneCharacter, SceneSpec
from storyloom.engines.writer.engine import write_story
from storyloom.providers.errors import ProviderAuth, ProviderUnavailable
from storyloom.providers.factory import ProviderEngines, build_engines
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

EnginesFactory = Callable[..., ProviderEngines]
SHEET = CharacterSheet(kind=Kind.owl, body_color="#9b7653", accent_color="#f3e2c3")
SPEC = SceneSpec(setting="forest", characters=[SceneCharacter(character_id="o")])


@pytest_asyncio.fixture
async def make_engines(
    provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> AsyncIterator[EnginesFactory]:
    made: list[ProviderEngines] = []

    def make(**overrides: object) -> ProviderEngines:
        settings = provider_settings.model_copy(update=overrides)
        engines = build_engines(settings, sink=sink, breakers=breakers)
        made.append(engines)
        return engines

    yield make
    for engines in made:
        await engines.cache.clear()
        await engines.close()


async def test_the_model_writes_when_it_is_up(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    produced = await make_engines().writer.write_reported(make_request(1))
    assert (produced.engine, produced.reason, produced.fell_back) == ("llm", None, False)


async def test_the_builtin_engine_writes_when_the_model_is_down(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    standin.always("chat", Reply(status=503))
    request = make_request(1)
    produced = await make_engines().writer.write_reported(request)
    assert produced.engine == "builtin"
    assert produced.value == write_story(request)
    assert produced.error_code == "provider_unavailable"
    assert produced.reason is not None
    assert "built-in story engine" in produced.reason
    assert standin.calls("chat") == 3  # it was tried, with retries, first


async def test_an_open_circuit_falls_back_without_calling(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    standin.always("chat", Reply(status=500))
    engines = make_engines(provider_attempts=1)
    for seed in range(5):
        await engines.writer.write_reported(make_request(1, seed=seed))
    produced = await engines.writer.write_reported(make_request(1, seed=99))
    assert produced.error_code == "provider_circuit_open"
    assert standin.calls("chat") == 5


async def test_a_hung_model_falls_back_after_the_timeouts(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    standin.always("chat", Reply(delay=2))
    produced = await make_engines(provider_attempts=2).writer.write_reported(make_request(1))
    assert (produced.engine, produced.error_code) == ("builtin", "provider_timeout")


async def test_a_refusal_is_not_hidden(standin: StandIn, make_engines: EnginesFactory) -> None:
    engines = make_engines(llm_api_key=SecretStr("sk-wrong"))
    with pytest.raises(ProviderAuth):
        await engines.writer.write_reported(make_request(1))


async def test_fallback_none_fails_the_job(standin: StandIn, make_engines: EnginesFactory) -> None:
    standin.always("chat", Reply(status=503))
    engines = make_engines(provider_fallback=ProviderFallback.none)
    with pytest.raises(ProviderUnavailable):
        await engines.writer.write(make_request(1))


async def test_pictures_fall_back_to_the_builtin_svg(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    engines = make_engines()
    up = await engines.illustrator.scene_reported(SPEC, {"o": SHEET})
    assert (up.engine, up.value.media_type) == ("images", "image/png")

    standin.always("images", Reply(status=502))
    down = await engines.illustrator.scene_reported(SPEC, {"o": SHEET}, seed=3)
    assert (down.engine, down.value.media_type) == ("builtin", "image/svg+xml")
    assert down.reason is not None
    assert "built-in illustrator" in down.reason
    portrait = await engines.illustrator.portrait_reported(SHEET)
    assert portrait.engine == "builtin"


async def test_without_providers_everything_is_builtin(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)
    engines = build_engines(settings)
    try:
        produced = await engines.writer.write_reported(make_request(2))
        picture = await engines.illustrator.scene_reported(SPEC, {"o": SHEET})
    finally:
        await engines.close()
    assert (produced.engine, produced.reason) == ("builtin", None)
    assert picture.engine == "builtin"
