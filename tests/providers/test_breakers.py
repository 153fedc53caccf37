"""Circuit breakers belong to one app's engines: another app in the same process (a
test, an embedded CLI) neither sees its open circuits nor changes its settings."""

from __future__ import annotations

import pytest

from storyloom.config import Settings
from storyloom.jobs.engines import engines_from_settings
from storyloom.providers.errors import ProviderUnavailable
from storyloom.providers.kit import IMAGES
from storyloom.providers.resilience import BreakerState, breaker_states
from storyloom.providers.usage import InMemoryUsageSink

pytest_plugins = ["tests.providers.conftest"]


async def down() -> None:
    raise ProviderUnavailable("images is unavailable (503).", provider=IMAGES)


async def test_each_app_has_its_own_breakers(provider_settings: Settings) -> None:
    sink = InMemoryUsageSink()
    first = engines_from_settings(provider_settings, sink)
    slow = provider_settings.model_copy(update={"provider_breaker_recovery_seconds": 600.0})
    second = engines_from_settings(slow, sink)
    try:
        assert first.breakers is not second.breakers
        tripped = first.breakers.get(IMAGES, failures=5, recovery_seconds=0.5)
        for _ in range(5):
            with pytest.raises(ProviderUnavailable):
                await tripped.run(down)
        assert tripped.state is BreakerState.open
        assert second.breakers.states()[IMAGES] is BreakerState.closed
        # Each registry keeps the settings of the app that made it.
        other = second.breakers.get(IMAGES, failures=5, recovery_seconds=0.5)
        assert other._breaker._recovery_timeout == 600.0
        # Metrics and the health page see the worst state across the process.
        assert breaker_states()[IMAGES] is BreakerState.open
    finally:
        await first.close()
        await second.close()
