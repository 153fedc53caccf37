"""Everything an adapter needs to talk to one OpenAI-compatible provider, in one bundle.

A `ProviderKit` is the SDK client (retries off: `Resilience` owns them), the model, the
resilience wrapper with that provider's breaker, the answer cache, and the usage sink
with its price table. The writer, the scene illustrator and the moderation checker all
take one, so they behave alike under failure and are metered alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from openai import AsyncOpenAI

from storyloom.providers.cache import ProviderCache
from storyloom.providers.resilience import Breakers, Resilience
from storyloom.providers.usage import Meter, NullUsageSink, PriceTable, UsageSink

if TYPE_CHECKING:
    from storyloom.config import Settings

# Provider names: one breaker and one label on every usage record per capability.
LLM, IMAGES, MODERATION, SPEECH = "llm", "images", "moderation", "speech"


@dataclass(slots=True)
class ProviderKit:
    name: str
    client: AsyncOpenAI
    model: str
    resilience: Resilience
    cache: ProviderCache | None
    sink: UsageSink
    prices: PriceTable

    def meter(self) -> Meter:
        return Meter(self.sink, self.prices, provider=self.name, model=self.model)

    async def close(self) -> None:
        await self.client.close()


def make_kit(
    name: str,
    settings: Settings,
    *,
    base_url: str,
    api_key: str,
    model: str,
    timeout: float,
    cache: ProviderCache | None = None,
    sink: UsageSink | None = None,
    breakers: Breakers | None = None,
) -> ProviderKit:
    # max_retries=0: the SDK would otherwise retry twice on its own, unseen by the breaker
    # and the meter, tripling the worst-case wait.
    client = AsyncOpenAI(base_url=base_url, api_key=api_key, max_retries=0, timeout=timeout)
    return ProviderKit(
        name=name,
        client=client,
        model=model,
        resilience=Resilience.from_settings(name, settings, timeout=timeout, breakers=breakers),
        cache=cache,
        sink=sink or NullUsageSink(),
        prices=PriceTable(settings.provider_prices),
    )


def llm_kit(
    settings: Settings,
    *,
    cache: ProviderCache | None = None,
    sink: UsageSink | None = None,
    breakers: Breakers | None = None,
) -> ProviderKit | None:
    """The chat provider, or None when no `llm_base_url` is set (built-in writer)."""
    if not settings.llm_base_url:
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "unused"
    return make_kit(
        LLM,
        settings,
        base_url=settings.llm_base_url,
        api_key=key,
        model=settings.llm_model,
        timeout=settings.llm_timeout_seconds,
        cache=cache,
        sink=sink,
        breakers=breakers,
    )


def images_kit(
    settings: Settings,
    *,
    cache: ProviderCache | None = None,
    sink: UsageSink | None = None,
    breakers: Breakers | None = None,
) -> ProviderKit | None:
    """The images provider, or None when no `images_base_url` is set (built-in SVG)."""
    if not settings.images_base_url:
        return None
    key = settings.images_api_key.get_secret_value() if settings.images_api_key else "unused"
    return make_kit(
        IMAGES,
        settings,
        base_url=settings.images_base_url,
        api_key=key,
        model=settings.images_model,
        timeout=settings.images_timeout_seconds,
        cache=cache,
        sink=sink,
        breakers=breakers,
    )


def moderation_kit(
    settings: Settings,
    *,
    cache: ProviderCache | None = None,
    sink: UsageSink | None = None,
    breakers: Breakers | None = None,
) -> ProviderKit | None:
    """The moderation endpoint when enabled and reachable with a key; it defaults to the
    chat provider's URL and key, which is where OpenAI serves it."""
    base_url = settings.moderation_base_url or settings.llm_base_url
    secret = settings.moderation_api_key or settings.llm_api_key
    if not (settings.moderation_enabled and base_url and secret):
        return None
    return make_kit(
        MODERATION,
        settings,
        base_url=base_url,
        api_key=secret.get_secret_value(),
        model=settings.moderation_model,
        timeout=min(settings.llm_timeout_seconds, 30.0),
        cache=cache,
        sink=sink,
        breakers=breakers,
    )


__all__ = [
    "IMAGES",
    "LLM",
    "MODERATION",
    "ProviderKit",
    "images_kit",
    "llm_kit",
    "make_kit",
    "moderation_kit",
]


def speech_kit(
    settings: Settings,
    *,
    cache: ProviderCache | None = None,
    sink: UsageSink | None = None,
    breakers: Breakers | None = None,
) -> ProviderKit | None:
    """The speech provider, or None when no `speech_base_url` is set."""
    if not settings.speech_base_url:
        return None
    key = settings.speech_api_key.get_secret_value() if settings.speech_api_key else "unused"
    return make_kit(
        SPEECH,
        settings,
        base_url=settings.speech_base_url,
        api_key=key,
        model=settings.speech_model,
        timeout=settings.speech_timeout_seconds,
        cache=cache,
        sink=sink,
        breakers=breakers,
    )
