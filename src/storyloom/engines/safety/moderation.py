"""An optional SafetyChecker on an OpenAI-compatible moderation endpoint.

`jobs.engines.engines_from_settings` puts it after the offline rules in the
SafetyGate, so only text the rules let through is sent (and paid for). The
endpoint judges content for adults; for a children's book anything it flags is blocked
whatever the band, mapped onto our categories so the API can name one. It fails closed:
if the endpoint is down, a ProviderError reaches the caller rather than unchecked text
reaching a child.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.port import SAFE, Category, SafetyVerdict
from storyloom.providers.errors import ProviderBadOutput, ProviderError
from storyloom.providers.kit import ProviderKit, moderation_kit

if TYPE_CHECKING:
    from storyloom.config import Settings
    from storyloom.providers.cache import ProviderCache
    from storyloom.providers.resilience import Breakers
    from storyloom.providers.usage import UsageSink

CACHE_NAMESPACE = "moderation"

# The endpoint's category names (with their aliases as sent on the wire) -> ours.
CATEGORY_MAP: dict[str, Category] = {
    "sexual": Category.sexual,
    "sexual/minors": Category.abuse_grooming,
    "harassment": Category.hate,
    "harassment/threatening": Category.violence,
    "hate": Category.hate,
    "hate/threatening": Category.hate,
    "illicit": Category.dangerous_acts,
    "illicit/violent": Category.weapons,
    "self-harm": Category.self_harm,
    "self-harm/intent": Category.self_harm,
    "self-harm/instructions": Category.self_harm,
    "violence": Category.violence,
    "violence/graphic": Category.violence,
}


def verdict_from_result(
    text: str, flagged: bool, categories: dict[str, Any], scores: dict[str, Any]
) -> SafetyVerdict:
    """The verdict for one moderation result: the flagged category with the top score."""
    if not flagged:
        return SAFE
    hits = [name for name, on in categories.items() if on and name in CATEGORY_MAP]
    if not hits:
        # Flagged under a category we don't know yet: still blocked, under the broadest one.
        return SafetyVerdict(
            False, Category.violence, (0, len(text)), None, "flagged by the moderation service"
        )
    top = max(hits, key=lambda name: float(scores.get(name) or 0.0))
    category = CATEGORY_MAP[top]
    return SafetyVerdict(
        ok=False,
        category=category,
        # The endpoint doesn't say where: the whole text is the span.
        span=(0, len(text)),
        matched=None,
        reason=f"flagged by the moderation service ({top.replace('/', ': ')})",
    )


class ModerationSafetyChecker:
    def __init__(self, kit: ProviderKit) -> None:
        self.kit = kit

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        cache: ProviderCache | None = None,
        sink: UsageSink | None = None,
        breakers: Breakers | None = None,
    ) -> ModerationSafetyChecker | None:
        kit = moderation_kit(settings, cache=cache, sink=sink, breakers=breakers)
        return cls(kit) if kit is not None else None

    async def close(self) -> None:
        await self.kit.close()

    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        if not text.strip():
            return SAFE
        kit = self.kit
        key = {"model": kit.model, "input": text}
        meter = kit.meter()
        if kit.cache is not None and (hit := await kit.cache.get(CACHE_NAMESPACE, key)):
            await meter.ok(cached=True)
            return verdict_from_result(text, bool(hit["flagged"]), hit["categories"], hit["scores"])
        try:
            response = await kit.resilience.call(
                lambda: kit.client.moderations.create(model=kit.model, input=text)
            )
            if not response.results:
                raise ProviderBadOutput(f"{kit.name} answered without a result.", provider=kit.name)
        except ProviderError as exc:
            await meter.failed(exc.code.value)
            raise
        result = response.results[0]
        categories = result.categories.model_dump(by_alias=True)
        scores = result.category_scores.model_dump(by_alias=True)
        await meter.ok()
        if kit.cache is not None:
            entry = {"flagged": result.flagged, "categories": categories, "scores": scores}
            await kit.cache.set(CACHE_NAMESPACE, key, entry)
        return verdict_from_result(text, result.flagged, categories, scores)


__all__ = ["CATEGORY_MAP", "ModerationSafetyChecker", "verdict_from_result"]
