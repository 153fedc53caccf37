"""When a provider is down the built-in engines stand in, and say so; when it refuses us,
the error comes through. On the one assembly the app uses (jobs/engines.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from pydantic import SecretStr
from tests.engines.writer.helpers import request as make_request
from tests.providers.standin import Reply, StandIn

from storyloom.config import ProviderFallback, Settings
from storyloom.engines.illustrator.spec import (
    ArtStyle,
    CharacterSheet,
    Kind,
    SceneCharacter,
    SceneSpec,
)
from storyloom.engines.writer.engine import write_story
from storyloom.jobs.engines import (
    BUILTIN,
    FALLBACK,
    EngineFailed,
    Engines,
    ProviderEngines,
    engines_from_settings,
)
from storyloom.providers.errors import ProviderAuth, ProviderErrorCode
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

EnginesFactory = Callable[..., Engines]
SHEET = CharacterSheet(kind=Kind.owl, body_color="#9b7653", accent_color="#f3e2c3")
SPEC = SceneSpec(setting="forest", characters=[SceneCharacter(character_id="o")])
WHO = {"user_id": "u1", "story_id": "s1"}
SPEC_STYLE = ArtStyle.flat


@pytest_asyncio.fixture
async def make_engines(
    provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> AsyncIterator[EnginesFactory]:
    made: list[ProviderEngines] = []

    def make(**overrides: object) -> Engines:
        settings = provider_settings.model_copy(update=overrides)
        engines = engines_from_settings(settings, sink, breakers=breakers)
        made.append(engines)
        return engines.engines

    yield make
    for engines in made:
        await engines.close()


async def test_the_model_writes_when_it_is_up(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    produced = await make_engines().write(make_request(1), **WHO)
    assert produced.engine.startswith("llm:")
    assert produced.record is None  # the adapter metered its own call


async def test_the_builtin_engine_writes_when_the_model_is_down(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    standin.always("chat", Reply(status=503))
    request = make_request(1)
    produced = await make_engines().write(request, **WHO)
    assert produced.engine == FALLBACK
    assert produced.value == write_story(request)
    assert produced.record is not None
    assert produced.record.provider == BUILTIN
    assert standin.calls("chat") == 3  # it was tried, with retries, first


async def test_an_open_circuit_falls_back_without_calling(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    standin.always("chat", Reply(status=500))
    engines = make_engines(provider_attempts=1)
    for seed in range(5):
        await engines.write(make_request(1, seed=seed), **WHO)
    produced = await engines.write(make_request(1, seed=99), **WHO)
    assert produced.engine == FALLBACK
    assert standin.calls("chat") == 5


async def test_a_hung_model_falls_back_after_the_timeouts(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    standin.always("chat", Reply(delay=2))
    produced = await make_engines(provider_attempts=2).write(make_request(1), **WHO)
    assert produced.engine == FALLBACK


async def test_a_refusal_is_not_hidden(standin: StandIn, make_engines: EnginesFactory) -> None:
    engines = make_engines(llm_api_key=SecretStr("sk-wrong"))
    with pytest.raises(EngineFailed) as failed:
        await engines.write(make_request(1), **WHO)
    assert isinstance(failed.value.error, ProviderAuth)


async def test_fallback_none_fails_the_job(standin: StandIn, make_engines: EnginesFactory) -> None:
    standin.always("chat", Reply(status=503))
    engines = make_engines(provider_fallback=ProviderFallback.none)
    with pytest.raises(EngineFailed) as failed:
        await engines.write(make_request(1), **WHO)
    assert failed.value.error.code is ProviderErrorCode.unavailable


async def test_pictures_fall_back_to_the_builtin_svg(
    standin: StandIn, make_engines: EnginesFactory
) -> None:
    engines = make_engines()
    up = await engines.draw(SPEC, {"o": SHEET}, style=SPEC_STYLE, seed=0, **WHO)
    assert up.engine.startswith("images:")
    assert up.value.media_type == "image/png"

    standin.always("images", Reply(status=502))
    down = await engines.draw(SPEC, {"o": SHEET}, style=SPEC_STYLE, seed=3, **WHO)
    assert (down.engine, down.value.media_type) == (FALLBACK, "image/svg+xml")


async def test_without_providers_everything_is_builtin(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)
    made = engines_from_settings(settings, InMemoryUsageSink())
    try:
        produced = await made.engines.write(make_request(2), **WHO)
        picture = await made.engines.draw(SPEC, {"o": SHEET}, style=SPEC_STYLE, seed=0, **WHO)
    finally:
        await made.close()
    assert (produced.engine, picture.engine) == (BUILTIN, BUILTIN)
    assert made.engines.safety.online == ()  # no moderation unless enabled
