"""The offline checker (rules, then the learned model), async checkers behind the
SafetyChecker port, and a combinator for stacking them."""

from __future__ import annotations

from collections.abc import Sequence

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.port import SAFE, SafetyChecker, SafetyVerdict
from storyloom.engines.safety.rules import check_text


def check_offline(text: str, band: AgeBand) -> SafetyVerdict:
    """The offline checker: the rules first (words the band must not see, situation frames;
    precise spans and reasons), then the learned model for harmful situations in wordings
    the rules do not know. A few milliseconds a sentence, no network."""
    from storyloom.engines.safety.learned import situation_model

    verdict = check_text(text, band)
    if not verdict.ok:
        return verdict
    return situation_model().check(text, band) or SAFE


class OfflineSafetyChecker:
    """The offline checker as a SafetyChecker. Pure CPU and milliseconds, so it runs inline
    rather than in a thread."""

    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        return check_offline(text, band)


class LayeredSafetyChecker:
    """Runs checkers in order and returns the first block. Put the cheap rules first so a
    paid moderation call is only made for text the rules let through."""

    def __init__(self, checkers: Sequence[SafetyChecker]) -> None:
        self._checkers = tuple(checkers)

    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        for checker in self._checkers:
            verdict = await checker.check(text, band)
            if not verdict.ok:
                return verdict
        return SAFE
