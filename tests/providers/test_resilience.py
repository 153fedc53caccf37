"""Retries, Retry-After, timeouts and the circuit breaker, against the real stand-in."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from pydantic import SecretStr
from tests.providers.conftest import KitFactory
from tests.providers.standin import Reply, StandIn

from storyloom.providers.errors import (
    ProviderAuth,
    ProviderCircuitOpen,
    ProviderError,
    ProviderRejected,
    ProviderTimeout,
    ProviderUnavailable,
)
from storyloom.providers.kit import ProviderKit
from storyloom.providers.resilience import Breakers, BreakerState, parse_retry_after


@pytest.fixture
def kit(make_images_kit: KitFactory) -> ProviderKit:
    return make_images_kit()


async def generate(kit: ProviderKit) -> None:
    await kit.resilience.call(
        lambda: kit.client.images.generate(model=kit.model, prompt="a kite", n=1)
    )


async def test_a_transient_failure_is_retried(standin: StandIn, kit: ProviderKit) -> None:
    standin.script("images", Reply(status=503), Reply(status=500))
    await generate(kit)
    assert standin.calls("images") == 3


async def test_retry_after_ms_is_the_wait(standin: StandIn, kit: ProviderKit) -> None:
    standin.script("images", Reply(status=429, headers={"retry-after-ms": "400"}))
    start = time.perf_counter()
    await generate(kit)
    # The configured backoff is 10-60 ms; only the header explains 400 ms.
    assert time.perf_counter() - start >= 0.4
    assert standin.calls("images") == 2


async def test_retry_after_seconds_is_honoured_and_capped(
    standin: StandIn, make_images_kit: KitFactory
) -> None:
    standin.script("images", Reply(status=503, headers={"Retry-After": "1"}))
    kit = make_images_kit()
    start = time.perf_counter()
    await generate(kit)
    assert 1.0 <= time.perf_counter() - start < 1.9

    capped = make_images_kit(own_breaker=True, provider_retry_after_max_seconds=0.2)
    standin.script("images", Reply(status=429, headers={"Retry-After": "120"}))
    start = time.perf_counter()
    await generate(capped)
    assert 0.2 <= time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, ProviderRejected),
        (401, ProviderAuth),
        (403, ProviderAuth),
        (404, ProviderRejected),
        (422, ProviderRejected),
    ],
)
async def test_refusals_are_not_retried(
    standin: StandIn, kit: ProviderKit, status: int, error: type[ProviderError]
) -> None:
    standin.script("images", Reply(status=status))
    with pytest.raises(error) as caught:
        await generate(kit)
    assert standin.calls("images") == 1
    assert caught.value.http_status == status
    assert not caught.value.transient
    assert not caught.value.falls_back


@pytest.mark.parametrize("status", [408, 409, 429, 502])
async def test_not_now_statuses_are_retried(
    standin: StandIn, kit: ProviderKit, status: int
) -> None:
    standin.script("images", Reply(status=status))
    await generate(kit)
    assert standin.calls("images") == 2


async def test_a_wrong_key_is_an_auth_error(standin: StandIn, make_images_kit: KitFactory) -> None:
    kit = make_images_kit(images_api_key=SecretStr("sk-wrong"))
    with pytest.raises(ProviderAuth) as caught:
        await generate(kit)
    assert caught.value.code == "provider_auth"
    assert standin.calls("images") == 1


async def test_retries_run_out(standin: StandIn, kit: ProviderKit) -> None:
    standin.always("images", Reply(status=503))
    with pytest.raises(ProviderUnavailable) as caught:
        await generate(kit)
    assert standin.calls("images") == 3
    assert caught.value.code == "provider_unavailable"
    assert caught.value.falls_back


async def test_a_hang_times_out_after_each_attempt(standin: StandIn, kit: ProviderKit) -> None:
    standin.always("images", Reply(delay=3))
    start = time.perf_counter()
    with pytest.raises(ProviderTimeout) as caught:
        await generate(kit)
    # Three attempts of the one-second timeout, not three of the three-second hang.
    assert 3.0 <= time.perf_counter() - start < 5.0
    assert standin.calls("images") == 3
    assert caught.value.status == 504


async def test_a_malformed_body_is_retried(standin: StandIn, kit: ProviderKit) -> None:
    standin.script("images", Reply(raw=b'{"data": [oops'))
    await generate(kit)
    assert standin.calls("images") == 2


async def test_breaker_opens_after_five_failures_then_half_opens(
    standin: StandIn, make_images_kit: KitFactory, breakers: Breakers
) -> None:
    kit = make_images_kit(provider_attempts=1)
    standin.always("images", Reply(status=503))
    for _ in range(4):
        with pytest.raises(ProviderUnavailable):
            await generate(kit)
    assert breakers.states() == {"images": BreakerState.closed}
    with pytest.raises(ProviderUnavailable):
        await generate(kit)
    assert breakers.states() == {"images": BreakerState.open}

    with pytest.raises(ProviderCircuitOpen) as caught:
        await generate(kit)
    assert standin.calls("images") == 5  # failing fast: the provider was not called
    assert caught.value.code == "provider_circuit_open"
    assert caught.value.falls_back

    await asyncio.sleep(0.6)  # the shortened cool-down
    assert breakers.states() == {"images": BreakerState.half_open}
    with pytest.raises(ProviderUnavailable):
        await generate(kit)  # the probe fails: open again
    assert breakers.states() == {"images": BreakerState.open}

    await asyncio.sleep(0.6)
    standin.always("images", None)
    await generate(kit)  # the probe succeeds: closed
    assert breakers.states() == {"images": BreakerState.closed}
    assert kit.resilience.breaker.failure_count == 0


async def test_half_open_lets_one_probe_through(
    standin: StandIn, make_images_kit: KitFactory, breakers: Breakers
) -> None:
    kit = make_images_kit(provider_attempts=1)
    standin.always("images", Reply(status=500))
    for _ in range(5):
        with pytest.raises(ProviderUnavailable):
            await generate(kit)
    await asyncio.sleep(0.6)
    standin.always("images", Reply(delay=0.3))
    results = await asyncio.gather(*(generate(kit) for _ in range(4)), return_exceptions=True)
    assert results.count(None) == 1
    assert all(isinstance(r, ProviderCircuitOpen) for r in results if r is not None)
    assert standin.calls("images") == 6


async def test_refusals_do_not_trip_the_breaker(
    standin: StandIn, make_images_kit: KitFactory, breakers: Breakers
) -> None:
    kit = make_images_kit(provider_attempts=1)
    standin.always("images", Reply(status=400))
    for _ in range(7):
        with pytest.raises(ProviderRejected):
            await generate(kit)
    assert breakers.states()["images"] is BreakerState.closed


def test_parse_retry_after() -> None:
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert parse_retry_after({}) is None
    assert parse_retry_after({"retry-after": "soon"}) is None
    now = datetime(2030, 1, 1, tzinfo=UTC)
    date = format_datetime(now + timedelta(seconds=20), usegmt=True)
    assert parse_retry_after({"retry-after": date}, now=now.timestamp()) == pytest.approx(20)


async def test_our_own_bugs_are_not_retried_as_outages(kit: ProviderKit) -> None:
    calls = 0

    async def broken() -> None:
        nonlocal calls
        calls += 1
        raise KeyError("a bug on our side")

    with pytest.raises(KeyError):
        await kit.resilience.call(broken)
    assert calls == 1
    assert kit.resilience.breaker.failure_count == 0
