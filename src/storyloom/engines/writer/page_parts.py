"""The parts every page is measured and assembled with: registers, word targets, the
trace of what the engine decided."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.story_spec import Trait
from storyloom.engines.writer.templates.base import Beat, Lines

B = Beat

# Which realisations a band reads: its own for the core, and what its extras draw on.
CORE = {
    AgeBand.toddler: "tod",
    AgeBand.preschool: "pre",
    AgeBand.early_reader: "both",
    AgeBand.independent: "rich+",
}
EXTRA = {
    AgeBand.toddler: "tod",
    AgeBand.preschool: "pre",
    AgeBand.early_reader: "both",
    AgeBand.independent: "rich+",
}
# Words a page aims for, inside the band's limits, leaving room for long names.
TARGET = {
    AgeBand.toddler: (5, 13),
    AgeBand.preschool: (20, 38),
    AgeBand.early_reader: (34, 62),
    AgeBand.independent: (60, 110),
}


# Where each part sits on a page, and (for the drop order) how much it matters.
OPEN, DETAIL, LIKE, TURN, CORE_LINE, IDEA, DETAIL_AFTER, TRAIT, MATE = (
    0,
    2,
    5,
    8,
    10,
    11,
    12,
    15,
    20,
)
THOUGHT = 40
ECHO, LIKE_ECHO, MORAL, FOLLOW, SOUND, REFRAIN = 60, 65, 70, 80, 85, 90
# Young pages must stay short: drop these first, in this order.
DROP = (FOLLOW, SOUND, DETAIL, DETAIL_AFTER, THOUGHT, TRAIT, LIKE_ECHO, LIKE, MORAL, REFRAIN, MATE)
# Beats where something happens: toddler and preschool pages get a sound word.
LOUD_BEATS = frozenset({B.obstacle, B.attempt, B.resolution, B.journey, B.celebrate})


def pool(lines: Lines, register: str) -> tuple[str, ...]:
    if register == "tod":
        return lines.tod
    if register == "rich":
        return lines.rich or lines.pre
    if register == "both":  # readers of five to seven read either
        return (*lines.rich, *lines.pre) if lines.rich else lines.pre
    if register == "rich+":  # older readers: their own, unless there are only one or two
        return (*lines.rich, *lines.pre) if len(lines.rich) < 2 else lines.rich
    return lines.pre


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(slots=True)
class Trace:
    """What the engine decided, for the report and the tests."""

    trait_pages: dict[int, Trait] = field(default_factory=dict)
    refrain_lines: set[str] = field(default_factory=set)
    # The unrendered companion lines used, so tests can check they fit the template.
    companion_lines: list[str] = field(default_factory=list)
    # Every page's parts as (where on the page, text), before discourse polishes them.
    parts: list[tuple[int, str]] = field(default_factory=list)


__all__ = ["CORE", "EXTRA", "TARGET", "Trace", "pool", "word_count"]
