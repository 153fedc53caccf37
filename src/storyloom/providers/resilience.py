"""Timeouts, retries and a circuit breaker around every provider call.

One `Resilience` per provider wraps each call as: retry loop (stamina, jittered
exponential backoff, Retry-After honoured) -> circuit breaker (per provider) -> hard
per-attempt deadline -> the SDK call. The SDK's own retries must be off
(`max_retries=0`) so attempts are counted, spaced and metered in exactly one place.

Failures come out as `ProviderError`s. Only transient ones (connection errors,
timeouts, 408/409/429/5xx, a garbled body) are retried and counted by the breaker; a
refusal (400/401/403/404/422...) is final at once and proves the provider is up.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import sys
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import stamina
from circuitbreaker import CircuitBreaker

from storyloom.providers.errors import (
    ProviderAuth,
    ProviderBadOutput,
    ProviderCircuitOpen,
    ProviderError,
    ProviderRejected,
    ProviderTimeout,
    ProviderUnavailable,
)

if TYPE_CHECKING:
    from storyloom.config import Settings

T = TypeVar("T")

_WIRE_FAILURES: tuple[type[BaseException], ...] = (
    httpx.HTTPError,
    TimeoutError,
    json.JSONDecodeError,
)


def _sdk() -> ModuleType | None:
    """The OpenAI SDK if something imported it. Its errors can only come from code that did,
    so the SDK (about a second to import) is not loaded just to recognise them: a book made
    with the built-in engines never needs it."""
    return sys.modules.get("openai")


def _provider_failures() -> tuple[type[BaseException], ...]:
    sdk = _sdk()
    return _WIRE_FAILURES if sdk is None else (sdk.OpenAIError, *_WIRE_FAILURES)


# Statuses that mean "not now" rather than "not like this".
_RETRYABLE_4XX = frozenset({408, 409, 429})


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait from `retry-after-ms` (OpenAI's, more precise) or `Retry-After`
    (delta-seconds or an HTTP date); None when absent or unreadable."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def classify(exc: BaseException, provider: str) -> ProviderError:
    """The ProviderError an SDK or transport failure stands for."""
    if isinstance(exc, ProviderError):
        return exc
    sdk = _sdk()
    if isinstance(exc, TimeoutError | httpx.TimeoutException) or (
        sdk is not None and isinstance(exc, sdk.APITimeoutError)
    ):
        return ProviderTimeout(f"{provider} did not answer in time.", provider=provider)
    if sdk is not None and isinstance(exc, sdk.APIStatusError):
        status = exc.status_code
        headers = exc.response.headers
        if status in (401, 403):
            return ProviderAuth(
                f"{provider} refused our credentials ({status}).",
                provider=provider,
                http_status=status,
            )
        if status >= 500 or status in _RETRYABLE_4XX:
            what = "is rate limiting us" if status == 429 else "is unavailable"
            return ProviderUnavailable(
                f"{provider} {what} ({status}).",
                provider=provider,
                retry_after=parse_retry_after(headers),
                http_status=status,
            )
        return ProviderRejected(
            f"{provider} rejected the request ({status}): {_brief(exc.message)}",
            provider=provider,
            http_status=status,
        )
    if isinstance(exc, httpx.TransportError) or (
        sdk is not None and isinstance(exc, sdk.APIConnectionError)
    ):
        return ProviderUnavailable(f"{provider} could not be reached.", provider=provider)
    if isinstance(exc, json.JSONDecodeError) or (
        sdk is not None and isinstance(exc, sdk.APIResponseValidationError)
    ):
        # A garbled body is usually a proxy or overload hiccup, so it is worth another try.
        return ProviderBadOutput(
            f"{provider} answered with a malformed body.", provider=provider, transient=True
        )
    return ProviderUnavailable(f"{provider} failed ({type(exc).__name__}).", provider=provider)


def _brief(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class BreakerState(StrEnum):
    closed = "closed"
    open = "open"
    half_open = "half_open"


def _counts_as_failure(_type: type[BaseException], exc: BaseException) -> bool:
    return isinstance(exc, ProviderError) and exc.transient


class ProviderBreaker:
    """One provider's circuit breaker: `circuitbreaker` keeps the counts and the state;
    this adds what it lacks for async fan-out. In half-open only ONE probe call goes
    through (the page illustrations run in parallel, and a recovering provider should
    not meet the whole burst), and a cancelled call counts neither way."""

    def __init__(self, name: str, *, failures: int, recovery_seconds: float) -> None:
        self.name = name
        self._breaker: Any = CircuitBreaker(
            failure_threshold=failures,
            recovery_timeout=recovery_seconds,
            expected_exception=_counts_as_failure,
            name=name,
        )
        self._probing = False

    @property
    def state(self) -> BreakerState:
        return BreakerState(self._breaker.state)

    @property
    def failure_count(self) -> int:
        return int(self._breaker.failure_count)

    def _admit(self) -> bool:
        """Raise if the call may not go ahead; True when it is the half-open probe."""
        state = self.state
        if state is BreakerState.closed:
            return False
        if state is BreakerState.half_open and not self._probing:
            self._probing = True
            return True
        wait = max(0, int(self._breaker.open_remaining))
        raise ProviderCircuitOpen(
            f"{self.name} kept failing; calls are paused"
            + (f" for about {wait} s." if wait else " while one probe call runs."),
            provider=self.name,
            retry_after=float(wait) if wait else None,
        )

    async def run(self, op: Callable[[], Awaitable[T]]) -> T:
        probe = self._admit()
        try:
            result = await op()
        except Exception as exc:
            # The library's __exit__ counts failures its predicate accepts and resets
            # (closes) on any other exception: a refusal still proves the provider is up.
            self._breaker.__exit__(type(exc), exc, exc.__traceback__)
            raise
        else:
            self._breaker.__exit__(None, None, None)
            return result
        finally:
            if probe:
                self._probing = False


class Breakers:
    """A registry of breakers, one per provider name. Each app (its job runtime) owns
    one, so two apps in one process (tests, an embedded CLI) never trip each other's
    circuits, and a breaker keeps the settings of the app that made it. Every live
    registry is seen by `breaker_states` (metrics, the health page)."""

    def __init__(self) -> None:
        self._breakers: dict[str, ProviderBreaker] = {}
        _LIVE.add(self)

    def get(self, name: str, *, failures: int, recovery_seconds: float) -> ProviderBreaker:
        breaker = self._breakers.get(name)
        if breaker is None:
            breaker = ProviderBreaker(name, failures=failures, recovery_seconds=recovery_seconds)
            self._breakers[name] = breaker
        return breaker

    def states(self) -> dict[str, BreakerState]:
        return {name: breaker.state for name, breaker in self._breakers.items()}


_LIVE: weakref.WeakSet[Breakers] = weakref.WeakSet()
_SEVERITY = {BreakerState.closed: 0, BreakerState.half_open: 1, BreakerState.open: 2}

# The default for adapters built without a registry (the CLI, scripts): they share it.
BREAKERS = Breakers()


def breaker_states() -> dict[str, BreakerState]:
    """closed / open / half_open per provider, for a metrics gauge or the health page;
    with several registries alive in this process, the worst state of each provider."""
    states: dict[str, BreakerState] = {}
    for registry in list(_LIVE):
        for name, state in registry.states().items():
            if name not in states or _SEVERITY[state] > _SEVERITY[states[name]]:
                states[name] = state
    return states


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 3
    timeout: float = 60.0  # one attempt, enforced by asyncio as well as by the SDK
    deadline: float = 300.0  # all attempts and waits together
    wait_initial: float = 0.5
    wait_max: float = 8.0
    wait_jitter: float = 1.0
    retry_after_max: float = 30.0

    @classmethod
    def from_settings(cls, settings: Settings, *, timeout: float) -> RetryPolicy:
        return cls(
            attempts=settings.provider_attempts,
            timeout=timeout,
            deadline=settings.provider_deadline_seconds,
            wait_initial=settings.provider_backoff_initial_seconds,
            wait_max=settings.provider_backoff_max_seconds,
            wait_jitter=settings.provider_backoff_jitter_seconds,
            retry_after_max=settings.provider_retry_after_max_seconds,
        )


class Resilience:
    """Runs provider calls with a deadline per attempt, retries and the breaker."""

    def __init__(self, provider: str, policy: RetryPolicy, breaker: ProviderBreaker) -> None:
        self.provider = provider
        self.policy = policy
        self.breaker = breaker

    @classmethod
    def from_settings(
        cls,
        provider: str,
        settings: Settings,
        *,
        timeout: float,
        breakers: Breakers | None = None,
    ) -> Resilience:
        breaker = (breakers or BREAKERS).get(
            provider,
            failures=settings.provider_breaker_failures,
            recovery_seconds=settings.provider_breaker_recovery_seconds,
        )
        return cls(provider, RetryPolicy.from_settings(settings, timeout=timeout), breaker)

    def _backoff(self, exc: Exception) -> bool | float:
        if not isinstance(exc, ProviderError) or not exc.transient:
            return False
        if exc.retry_after is not None:
            return min(exc.retry_after, self.policy.retry_after_max)
        return True

    async def _guarded(self, op: Callable[[], Awaitable[T]]) -> T:
        try:
            async with asyncio.timeout(self.policy.timeout):
                return await op()
        except ProviderError:
            raise
        except _provider_failures() as exc:
            # Only failures of the provider or the wire; a bug in our own code (TypeError,
            # KeyError...) must surface as itself, not be retried as an outage.
            raise classify(exc, self.provider) from exc

    async def call(self, op: Callable[[], Awaitable[T]]) -> T:
        """`op` is the bare SDK call, made afresh on every attempt."""
        policy = self.policy
        async for attempt in stamina.retry_context(
            on=self._backoff,
            attempts=policy.attempts,
            timeout=policy.deadline,
            wait_initial=policy.wait_initial,
            wait_max=policy.wait_max,
            wait_jitter=policy.wait_jitter,
        ):
            with attempt:
                return await self.breaker.run(lambda: self._guarded(op))
        raise AssertionError("stamina.retry_context ended without a result or an error")


__all__ = [
    "BREAKERS",
    "BreakerState",
    "Breakers",
    "ProviderBreaker",
    "Resilience",
    "RetryPolicy",
    "breaker_states",
    "classify",
    "parse_retry_after",
]
