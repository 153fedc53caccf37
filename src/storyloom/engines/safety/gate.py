"""The safety gate: every layer that judges text, assembled once, used by every path.

- the offline checker always, first: the rules (words and situation frames), then the
  learned model (engines/safety/learned.py); free, offline, milliseconds. Text our own
  writer composed from vetted parts skips the model (`learned=False`): the rules still
  read it, and the people's words woven into it were checked with the model on the way in;
- the moderation endpoint when `STORYLOOM_MODERATION_ENABLED` (only text the offline
  checker let through is sent);
- the model judge, for story ideas only, when `STORYLOOM_SAFETY_JUDGE_ENABLED` and a chat
  model is configured: an idea is the one free text that sets a whole book in motion.

Every configured layer must answer: a provider error reaches the caller (fail closed), so
text is never let through because a layer was down.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.checker import (
    LayeredSafetyChecker,
    OfflineSafetyChecker,
    check_offline,
)
from storyloom.engines.safety.port import SafetyChecker, SafetyVerdict
from storyloom.engines.safety.rules import check_text


@dataclass(frozen=True, slots=True)
class SafetyGate:
    online: tuple[SafetyChecker, ...] = ()  # layers after the offline checker
    judge: SafetyChecker | None = None  # asked about `judged` fields only

    @property
    def checker(self) -> SafetyChecker:
        """All layers but the judge, as one checker (for provider output)."""
        return LayeredSafetyChecker([OfflineSafetyChecker(), *self.online])

    async def first_block(
        self,
        fields: Mapping[str, str],
        band: AgeBand,
        *,
        judged: Collection[str] = (),
        learned: bool = True,
    ) -> tuple[str, SafetyVerdict] | None:
        """The first field (in mapping order) a layer refuses, with its verdict. The
        offline checker sees every field before any paid layer is asked."""
        offline = check_offline if learned else check_text
        for name, text in fields.items():
            verdict = offline(text, band)
            if not verdict.ok:
                return name, verdict
        for layer in self.online:
            for name, text in fields.items():
                verdict = await layer.check(text, band)
                if not verdict.ok:
                    return name, verdict
        if self.judge is not None:
            for name in judged:
                if name in fields:
                    verdict = await self.judge.check(fields[name], band)
                    if not verdict.ok:
                        return name, verdict
        return None

    async def check(self, text: str, band: AgeBand) -> SafetyVerdict:
        """One text through every layer but the judge."""
        return await self.checker.check(text, band)


OFFLINE = SafetyGate()

__all__ = ["OFFLINE", "SafetyGate"]
