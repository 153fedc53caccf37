"""Calling model providers well: resilience, a cache of answers, and usage records.

Adapters (the LLM writer, the scene illustrator, the moderation checker) are built on
these; every caller gets them ready-made from `storyloom.jobs.engines.engines_from_settings`.
Nothing here imports FastAPI or the database: errors carry stable codes for the caller
to map, and usage goes to whatever `UsageSink` the caller passes.

The names below load their module on first use (PEP 562): the cache brings Redis and the
resilience layer brings the OpenAI client, seconds that `storyloom generate` with the
built-in writer does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyloom.providers.cache import ProviderCache
    from storyloom.providers.errors import (
        ProviderAuth,
        ProviderBadOutput,
        ProviderCircuitOpen,
        ProviderError,
        ProviderErrorCode,
        ProviderRejected,
        ProviderTimeout,
        ProviderUnavailable,
    )
    from storyloom.providers.resilience import (
        BREAKERS,
        Breakers,
        BreakerState,
        Resilience,
        RetryPolicy,
        breaker_states,
    )
    from storyloom.providers.usage import (
        InMemoryUsageSink,
        PriceTable,
        ProviderCall,
        UsageSink,
        usage_scope,
    )

_HOME = {
    "ProviderCache": "storyloom.providers.cache",
    "ProviderAuth": "storyloom.providers.errors",
    "ProviderBadOutput": "storyloom.providers.errors",
    "ProviderCircuitOpen": "storyloom.providers.errors",
    "ProviderError": "storyloom.providers.errors",
    "ProviderErrorCode": "storyloom.providers.errors",
    "ProviderRejected": "storyloom.providers.errors",
    "ProviderTimeout": "storyloom.providers.errors",
    "ProviderUnavailable": "storyloom.providers.errors",
    "BREAKERS": "storyloom.providers.resilience",
    "Breakers": "storyloom.providers.resilience",
    "BreakerState": "storyloom.providers.resilience",
    "Resilience": "storyloom.providers.resilience",
    "RetryPolicy": "storyloom.providers.resilience",
    "breaker_states": "storyloom.providers.resilience",
    "InMemoryUsageSink": "storyloom.providers.usage",
    "PriceTable": "storyloom.providers.usage",
    "ProviderCall": "storyloom.providers.usage",
    "UsageSink": "storyloom.providers.usage",
    "usage_scope": "storyloom.providers.usage",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "BREAKERS",
    "BreakerState",
    "Breakers",
    "InMemoryUsageSink",
    "PriceTable",
    "ProviderAuth",
    "ProviderBadOutput",
    "ProviderCache",
    "ProviderCall",
    "ProviderCircuitOpen",
    "ProviderError",
    "ProviderErrorCode",
    "ProviderRejected",
    "ProviderTimeout",
    "ProviderUnavailable",
    "Resilience",
    "RetryPolicy",
    "UsageSink",
    "breaker_states",
    "usage_scope",
]
