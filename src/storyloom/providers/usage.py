"""What each provider call cost: a record per call and a sink to send it to.

Pure on purpose: the usage table and GET /api/usage live with the stories domain, which
implements `UsageSink`. Adapters learn whose call it is from `usage_scope`, a context
variable the pipeline sets around a job, so the StoryWriter and Illustrator ports keep
their narrow signatures.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Protocol

from storyloom.config import ModelPrice


@dataclass(frozen=True, slots=True)
class ProviderCall:
    provider: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    images: int = 0
    estimated_cost_usd: float = 0.0
    cached: bool = False  # answered from the cache: nothing was paid
    latency_ms: int = 0
    ok: bool = True
    error_code: str | None = None


class UsageSink(Protocol):
    async def record(
        self, call: ProviderCall, *, user_id: str | None, story_id: str | None
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class RecordedCall:
    call: ProviderCall
    user_id: str | None
    story_id: str | None


@dataclass(slots=True)
class InMemoryUsageSink:
    """Keeps every record in a list; for tests and the CLI."""

    records: list[RecordedCall] = field(default_factory=list)

    async def record(
        self, call: ProviderCall, *, user_id: str | None, story_id: str | None
    ) -> None:
        self.records.append(RecordedCall(call, user_id, story_id))

    @property
    def calls(self) -> list[ProviderCall]:
        return [r.call for r in self.records]

    @property
    def total_cost_usd(self) -> float:
        return sum(r.call.estimated_cost_usd for r in self.records)


class NullUsageSink:
    async def record(
        self, call: ProviderCall, *, user_id: str | None, story_id: str | None
    ) -> None:
        return None


class PriceTable:
    """Looks a model up exactly, then by the longest matching prefix, so a dated snapshot
    ("gpt-4o-mini-2024-07-18") is priced like its family. Unknown models cost 0: an
    estimate must never fail a story."""

    def __init__(self, prices: Mapping[str, ModelPrice]) -> None:
        self._prices = dict(prices)

    def price(self, model: str) -> ModelPrice:
        if model in self._prices:
            return self._prices[model]
        matches = [name for name in self._prices if model.startswith(name)]
        return self._prices[max(matches, key=len)] if matches else ModelPrice()

    def cost(
        self, model: str, *, tokens_in: int = 0, tokens_out: int = 0, images: int = 0
    ) -> float:
        p = self.price(model)
        usd = tokens_in / 1000 * p.input_per_1k + tokens_out / 1000 * p.output_per_1k
        return round(usd + images * p.per_image, 6)


@dataclass(frozen=True, slots=True)
class UsageScope:
    user_id: str | None = None
    story_id: str | None = None


_NO_SCOPE = UsageScope()
_SCOPE: ContextVar[UsageScope | None] = ContextVar("storyloom_usage_scope", default=None)


@contextmanager
def usage_scope(*, user_id: str | None, story_id: str | None = None) -> Iterator[UsageScope]:
    """Attribute the provider calls made inside this block (and tasks it starts) to a
    user and story."""
    scope = UsageScope(user_id, story_id)
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


def current_scope() -> UsageScope:
    return _SCOPE.get() or _NO_SCOPE


class Meter:
    """Times one provider call and records it with the scope's user and story."""

    def __init__(self, sink: UsageSink, prices: PriceTable, *, provider: str, model: str) -> None:
        self.sink = sink
        self.prices = prices
        self.provider = provider
        self.model = model
        self._start = time.perf_counter()

    def restart(self) -> None:
        self._start = time.perf_counter()

    @property
    def elapsed_ms(self) -> int:
        return int((time.perf_counter() - self._start) * 1000)

    async def ok(
        self, *, tokens_in: int = 0, tokens_out: int = 0, images: int = 0, cached: bool = False
    ) -> ProviderCall:
        cost = (
            0.0
            if cached
            else self.prices.cost(
                self.model, tokens_in=tokens_in, tokens_out=tokens_out, images=images
            )
        )
        call = ProviderCall(
            provider=self.provider,
            model=self.model,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            images=images,
            estimated_cost_usd=cost,
            cached=cached,
            latency_ms=self.elapsed_ms,
        )
        await self._record(call)
        return call

    async def failed(self, error_code: str, *, tokens_in: int = 0, tokens_out: int = 0) -> None:
        # A failed call may still have been billed (an invalid draft used its tokens).
        cost = self.prices.cost(self.model, tokens_in=tokens_in, tokens_out=tokens_out)
        await self._record(
            ProviderCall(
                provider=self.provider,
                model=self.model,
                tokens_in=tokens_in,
                tokens_out=tokens_out,
                estimated_cost_usd=cost,
                latency_ms=self.elapsed_ms,
                ok=False,
                error_code=error_code,
            )
        )

    async def _record(self, call: ProviderCall) -> None:
        scope = current_scope()
        await self.sink.record(call, user_id=scope.user_id, story_id=scope.story_id)


__all__ = [
    "InMemoryUsageSink",
    "Meter",
    "NullUsageSink",
    "PriceTable",
    "ProviderCall",
    "RecordedCall",
    "UsageScope",
    "UsageSink",
    "current_scope",
    "usage_scope",
]
