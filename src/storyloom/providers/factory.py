"""The engines the story pipeline uses, chosen by settings.

    engines = build_engines(settings, sink=usage_sink)     # once, at startup
    ...
    with usage_scope(user_id=user.id, story_id=story.id):
        written = await engines.writer.write_reported(request)   # .value, .engine, .reason
        picture = await engines.illustrator.scene_reported(spec, sheets, style=style)
    ...
    await engines.close()                                   # at shutdown

Without provider URLs everything is built-in and offline; `write_reported` then says
engine="builtin" with no reason. The engines get a breaker registry of their own unless
one is passed, so two sets of engines in one process never trip each other's circuits.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyloom.config import ProviderFallback
from storyloom.engines.illustrator.scene_api import SceneApiIllustrator
from storyloom.engines.safety.checker import LayeredSafetyChecker, OfflineSafetyChecker
from storyloom.engines.safety.moderation import ModerationSafetyChecker
from storyloom.engines.safety.port import SafetyChecker
from storyloom.engines.writer.llm.writer import LLMWriter
from storyloom.providers.cache import ProviderCache
from storyloom.providers.fallback import FallbackIllustrator, FallbackWriter
from storyloom.providers.resilience import Breakers

if TYPE_CHECKING:
    from storyloom.config import Settings
    from storyloom.providers.usage import UsageSink


@dataclass(slots=True)
class ProviderEngines:
    writer: FallbackWriter
    illustrator: FallbackIllustrator
    safety: SafetyChecker
    cache: ProviderCache
    breakers: Breakers = field(default_factory=Breakers)
    _closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def close(self) -> None:
        for close in self._closers:
            await close()
        self._closers.clear()


def build_engines(
    settings: Settings,
    *,
    sink: UsageSink | None = None,
    breakers: Breakers | None = None,
    cache: ProviderCache | None = None,
) -> ProviderEngines:
    own_cache = cache is None
    breakers = breakers or Breakers()
    cache = cache or ProviderCache.from_settings(settings)
    moderation = ModerationSafetyChecker.from_settings(
        settings, cache=cache, sink=sink, breakers=breakers
    )
    # Rules first: moderation is only asked (and paid) about text the rules let through.
    safety: SafetyChecker = (
        LayeredSafetyChecker([OfflineSafetyChecker(), moderation])
        if moderation
        else OfflineSafetyChecker()
    )
    llm = LLMWriter.from_settings(
        settings, cache=cache, sink=sink, breakers=breakers, safety=safety
    )
    images = SceneApiIllustrator.from_settings(settings, cache=cache, sink=sink, breakers=breakers)
    fallback = settings.provider_fallback is ProviderFallback.builtin
    engines = ProviderEngines(
        writer=FallbackWriter(llm, fallback=fallback),
        illustrator=FallbackIllustrator(images, fallback=fallback),
        safety=safety,
        cache=cache,
        breakers=breakers,
    )
    for adapter in (llm, images, moderation):
        if adapter is not None:
            engines._closers.append(adapter.close)
    if own_cache:
        engines._closers.append(cache.close)
    return engines


__all__ = ["ProviderEngines", "build_engines"]
