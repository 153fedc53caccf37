"""The safety port: what every checker returns and the protocol layers implement."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from storyloom.engines.bands import AgeBand


class Category(StrEnum):
    violence = "violence"
    weapons = "weapons"
    sexual = "sexual"
    profanity = "profanity"
    self_harm = "self_harm"
    drugs_alcohol = "drugs_alcohol"
    hate = "hate"
    abuse_grooming = "abuse_grooming"
    dangerous_acts = "dangerous_acts"
    horror = "horror"


@dataclass(frozen=True, slots=True)
class SafetyVerdict:
    """Outcome of a check. When blocked, `span` indexes the text the caller passed in
    (not a normalised copy), so an API error can point at exactly what the user typed."""

    ok: bool
    category: Category | None = None
    span: tuple[int, int] | None = None
    matched: str | None = None
    reason: str | None = None


SAFE = SafetyVerdict(ok=True)


@runtime_checkable
class SafetyChecker(Protocol):
    async def check(self, text: str, band: AgeBand) -> SafetyVerdict: ...
