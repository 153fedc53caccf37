"""An optional model judge for story ideas, on the configured chat model.

The offline checker knows situations it has frames for; a chat model can read an idea
the way a careful parent would. It is asked only about ideas (the one free text that sets
a whole book going), only after the offline checker and moderation let the idea through,
through the provider kit like every other call (breaker, retries, cache, usage, quota).
It answers JSON: {"suitable": bool, "category": one of ours or "none", "reason": words a
parent understands}. An answer we cannot read is a provider error (fail closed).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.safety.port import SAFE, Category, SafetyVerdict
from storyloom.providers.errors import ProviderBadOutput, ProviderError
from storyloom.providers.kit import ProviderKit, llm_kit

if TYPE_CHECKING:
    from storyloom.config import Settings
    from storyloom.providers.cache import ProviderCache
    from storyloom.providers.resilience import Breakers
    from storyloom.providers.usage import UsageSink

CACHE_NAMESPACE = "safety-judge"
MARKER = "storyloom-safety-judge"  # the first words of the system message

SYSTEM = (
    f"{MARKER}: you check ideas for personalised children's picture books. Read the idea "
    "as a careful parent would. It is unsuitable if it describes, in any wording, harm a "
    "child could imitate or be frightened by beyond the age given: violence or weapons "
    "used to hurt, sexual content or nudity, self-harm, drugs or alcohol, hate or "
    "demeaning claims about any group, abuse, grooming, secrecy or isolation between an "
    "adult and a child, lures, harm by carers, dangerous acts a child could copy, crime "
    "taught as a skill, cruelty encouraged, horror. Gentle loss, illness, fear of the dark "
    "and mild peril are fine from age five; a knight's sword laid down, a shot at goal, a "
    "fruit cocktail are fine. Answer only JSON: "
    '{"suitable": true|false, "category": "' + '"|"'.join(c.value for c in Category) + '"'
    ' or "none", "reason": "a short reason a parent understands"}.'
)


def verdict_from_answer(text: str, answer: str) -> SafetyVerdict:
    try:
        data = json.loads(answer)
    except json.JSONDecodeError as exc:
        raise ProviderBadOutput("The safety judge answered without JSON.", provider="llm") from exc
    if not isinstance(data, dict) or not isinstance(data.get("suitable"), bool):
        raise ProviderBadOutput("The safety judge's answer has no verdict.", provider="llm")
    if data["suitable"]:
        return SAFE
    raw = data.get("category")
    known = {c.value: c for c in Category}
    category = known.get(str(raw), Category.violence)
    reason = str(data.get("reason") or "judged unsuitable for a children's book")[:300]
    return SafetyVerdict(False, category, (0, len(text)), None, reason)


class ModelSafetyJudge:
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
    ) -> ModelSafetyJudge | None:
        if not settings.safety_judge_enabled:
            return None
        kit = llm_kit(settings, cache=cache, sink=sink, breakers=breakers)
        return cls(kit) if kit is not None else None

    async def close(self) -> None:
        await self.kit.close()

    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        if not text.strip():
            return SAFE
        kit = self.kit
        low, high = BAND_RULES[band].ages
        user = json.dumps({"ages": f"{low} to {high}", "idea": text})
        key = {"model": kit.model, "system": SYSTEM, "user": user}
        meter = kit.meter()
        if kit.cache is not None and (hit := await kit.cache.get(CACHE_NAMESPACE, key)):
            await meter.ok(cached=True)
            return verdict_from_answer(text, str(hit["answer"]))
        messages: Any = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
        try:
            response = await kit.resilience.call(
                lambda: kit.client.chat.completions.create(
                    model=kit.model,
                    messages=messages,
                    response_format=cast(Any, {"type": "json_object"}),
                    temperature=0,
                    seed=0,
                )
            )
            if not response.choices or not response.choices[0].message.content:
                raise ProviderBadOutput("The safety judge gave no answer.", provider=kit.name)
            answer = response.choices[0].message.content
            verdict = verdict_from_answer(text, answer)
        except ProviderError as exc:
            await meter.failed(exc.code.value)
            raise
        usage = response.usage
        await meter.ok(
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
        )
        if kit.cache is not None:
            await kit.cache.set(CACHE_NAMESPACE, key, {"answer": answer})
        return verdict


__all__ = ["MARKER", "ModelSafetyJudge", "verdict_from_answer"]
