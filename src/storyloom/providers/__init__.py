"""Calling model providers well: resilience, a cache of answers, and usage records.

Adapters (the LLM writer, the scene illustrator, the moderation checker) are built on
these; the pipeline gets them ready-made from `storyloom.providers.factory.build_engines`.
Nothing here imports FastAPI or the database: errors carry stable codes for the caller
to map, and usage goes to whatever `UsageSink` the caller passes.
"""

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
