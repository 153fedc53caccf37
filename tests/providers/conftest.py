"""Fixtures for provider tests: one stand-in server per run, reset for every test.

Other test packages can use them with `pytest_plugins = ["tests.providers.conftest"]` or
by importing `running_standin` / `standin_settings` from `tests.providers.standin`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from tests.conftest import Account, register, running
from tests.providers.standin import StandIn, running_standin, standin_settings

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.providers.cache import ProviderCache
from storyloom.providers.kit import ProviderKit, images_kit
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

TEST_REDIS_URL = os.environ.get("STORYLOOM_TEST_REDIS_URL")


@pytest.fixture(scope="session")
def standin_server() -> Iterator[StandIn]:
    with running_standin() as server:
        yield server


@pytest.fixture
def standin(standin_server: StandIn) -> Iterator[StandIn]:
    standin_server.reset()
    yield standin_server
    standin_server.reset()


@pytest.fixture
def provider_settings(standin: StandIn, tmp_path: Path) -> Settings:
    return standin_settings(
        standin,
        tmp_path,
        redis_url=TEST_REDIS_URL,
        redis_prefix=f"storyloom-test-{uuid.uuid4().hex[:8]}",
    )


@pytest.fixture
def breakers() -> Breakers:
    """Fresh breakers, so one test's failures never open another test's circuit."""
    return Breakers()


@pytest.fixture
def sink() -> InMemoryUsageSink:
    return InMemoryUsageSink()


@pytest_asyncio.fixture
async def cache(provider_settings: Settings) -> AsyncIterator[ProviderCache]:
    provider_cache = ProviderCache.from_settings(provider_settings)
    yield provider_cache
    await provider_cache.clear()
    await provider_cache.close()


KitFactory = Callable[..., ProviderKit]


@pytest_asyncio.fixture
async def make_images_kit(
    provider_settings: Settings, breakers: Breakers
) -> AsyncIterator[KitFactory]:
    """Images kits on the stand-in (settings overridable); their clients close afterwards."""
    made: list[ProviderKit] = []

    def make(*, own_breaker: bool = False, **overrides: Any) -> ProviderKit:
        settings = provider_settings.model_copy(update=overrides)
        kit = images_kit(settings, breakers=Breakers() if own_breaker else breakers)
        assert kit is not None
        made.append(kit)
        return kit

    yield make
    for kit in made:
        await kit.close()


AppFor = Callable[..., AbstractAsyncContextManager[Account]]


@pytest_asyncio.fixture
async def app_for(standin: StandIn, settings: Settings, tmp_path: Path) -> AsyncIterator[AppFor]:
    """`async with app_for(**settings) as account`: the whole app on the stand-in (the
    test database, keys of its own in Redis, no answer cache), with a signed-up user."""

    @asynccontextmanager
    async def start(**overrides: Any) -> AsyncIterator[Account]:
        values: dict[str, Any] = {
            "database_url": settings.database_url,
            "redis_url": TEST_REDIS_URL,
            "redis_prefix": f"storyloom-test-{uuid.uuid4().hex[:8]}",
            "provider_cache_ttl_seconds": 0,
            **overrides,
        }
        app = create_app(standin_settings(standin, tmp_path, **values))
        async with running(app) as client:
            yield await register(client)

    yield start
