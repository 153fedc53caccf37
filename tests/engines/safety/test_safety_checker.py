"""The async port: the rules adapter and stacking checkers."""

from __future__ import annotations

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import (
    SAFE,
    Category,
    LayeredSafetyChecker,
    OfflineSafetyChecker,
    SafetyChecker,
    SafetyVerdict,
)


class RecordingChecker:
    """Stands in for a moderation endpoint: blocks everything, remembers what it saw."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        self.seen.append(text)
        return SafetyVerdict(False, Category.hate, (0, len(text)), text, "moderation says no")


class PassingChecker:
    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        return SAFE


async def test_rules_checker_wraps_check_text() -> None:
    checker = OfflineSafetyChecker()
    assert isinstance(checker, SafetyChecker)
    assert (await checker.check("a picnic", AgeBand.toddler)).ok
    blocked = await checker.check("a gun", AgeBand.independent)
    assert blocked.category == Category.weapons


async def test_layered_returns_the_first_block_and_skips_later_layers() -> None:
    moderation = RecordingChecker()
    layered = LayeredSafetyChecker([OfflineSafetyChecker(), moderation])
    assert isinstance(layered, SafetyChecker)
    verdict = await layered.check("f*ck", AgeBand.independent)
    assert verdict.category == Category.profanity
    assert moderation.seen == []
    verdict = await layered.check("a picnic", AgeBand.independent)
    assert verdict.reason == "moderation says no"
    assert moderation.seen == ["a picnic"]


async def test_layered_passes_when_every_layer_passes() -> None:
    layered = LayeredSafetyChecker([OfflineSafetyChecker(), PassingChecker()])
    assert await layered.check("a picnic", AgeBand.toddler) == SAFE
    assert await LayeredSafetyChecker([]).check("anything", AgeBand.toddler) == SAFE
