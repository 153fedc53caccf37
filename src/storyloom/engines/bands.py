"""Age bands: the reading rules every writer and the safety gate share (DESIGN.md table)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AgeBand(StrEnum):
    toddler = "toddler"
    preschool = "preschool"
    early_reader = "early_reader"
    independent = "independent"


@dataclass(frozen=True, slots=True)
class BandRules:
    ages: tuple[int, int]
    pages: tuple[int, int]
    words_per_page: tuple[int, int]
    grade: tuple[float, float]


BAND_RULES: dict[AgeBand, BandRules] = {
    AgeBand.toddler: BandRules((2, 3), (6, 8), (4, 15), (-3.5, 1.0)),
    AgeBand.preschool: BandRules((3, 5), (10, 14), (12, 50), (-3.5, 2.0)),
    AgeBand.early_reader: BandRules((5, 7), (12, 16), (25, 80), (1.0, 3.5)),
    AgeBand.independent: BandRules((7, 10), (12, 20), (50, 150), (2.5, 5.5)),
}
