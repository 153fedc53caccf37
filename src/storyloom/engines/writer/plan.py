"""The shape of a book: which beat goes on which page, who helps where, which trait
drives which page. Decided before a word is written, so every character gets a moment."""

from __future__ import annotations

from dataclasses import dataclass

from storyloom.engines.writer.cast import Actor
from storyloom.engines.writer.story_spec import Trait
from storyloom.engines.writer.templates.base import Beat

B = Beat

# Interludes lengthen books for older readers, in the order they are added.
_INTERLUDES: tuple[Beat, ...] = (
    B.journey,
    B.wonder,
    B.pause,
    B.celebrate,
    B.wonder,
    B.pause,
    B.journey,
    B.wonder,
    B.pause,
    B.journey,
)
_COMPANION_BEATS = frozenset(
    {
        B.want,
        B.obstacle,
        B.attempt,
        B.low,
        B.resolution,
        B.meet,
        B.journey,
        B.pause,
        B.wonder,
        B.celebrate,
    }
)
_TRAIT_ORDER = (
    B.turn,
    B.attempt,
    B.obstacle,
    B.want,
    B.low,
    B.journey,
    B.pause,
    B.wonder,
    B.setup,
    B.resolution,
)


@dataclass(slots=True)
class PagePlan:
    beats: list[Beat]
    companion: Actor | None = None
    trait: Trait | None = None
    attempt_no: int = 0

    @property
    def beat(self) -> Beat:
        return self.beats[0]


def _beats(pages: int, companions: int) -> list[list[Beat]]:
    """Core arc first (set-up, want, obstacle, three tries, low point, turn, resolution,
    echo), then interludes spread evenly between the tries so no two cluster."""
    core: list[Beat] = [B.setup, B.want, B.attempt, B.attempt, B.turn, B.resolution, B.echo]
    for beat in (B.obstacle, B.attempt, B.low):
        if len(core) >= pages:
            break
        if beat == B.obstacle:
            core.insert(2, beat)
        elif beat == B.attempt:
            core.insert(core.index(B.turn), beat)
        else:
            core.insert(core.index(B.turn), beat)
    extra = pages - len(core)
    joins = min(companions, 2)
    queue: list[Beat] = [B.meet] * joins + list(_INTERLUDES) + [B.meet] * (companions - joins)
    queue = queue[: max(extra, 0)]
    gaps: dict[int, list[Beat]] = {}
    anchors = [core.index(B.want)] + [i for i, b in enumerate(core) if b == B.attempt]
    spread = 0
    celebrate = B.celebrate in queue
    for beat in queue:
        if beat == B.celebrate:
            continue
        anchor = anchors[0] if beat == B.meet else anchors[spread % len(anchors)]
        if beat != B.meet:
            spread += 1
        gaps.setdefault(anchor, []).append(beat)
    seq: list[list[Beat]] = []
    for i, beat in enumerate(core):
        if beat == B.echo and celebrate:
            seq.append([B.celebrate])
        seq.append([beat])
        seq.extend([b] for b in gaps.get(i, []))
    if pages == 6:
        seq[-2:] = [[B.resolution, B.echo]]
    return seq


def plan_pages(pages: int, companions: list[Actor], traits: list[Trait]) -> list[PagePlan]:
    plans = [PagePlan(beats=b) for b in _beats(pages, len(companions))]
    n = 0
    for p in plans:
        if p.beat == B.attempt:
            n += 1
            p.attempt_no = n
    # Round-robin the companions over the pages that have room for one, so each acts.
    slots = [p for p in plans if p.beat in _COMPANION_BEATS]
    if companions:
        for i, p in enumerate(slots):
            p.companion = companions[i % len(companions)]
    # The first trait turns the story; the rest colour attempts and other pages.
    order = sorted(
        range(len(plans)),
        key=lambda i: (
            _TRAIT_ORDER.index(plans[i].beat) if plans[i].beat in _TRAIT_ORDER else 99,
            i,
        ),
    )
    for trait, i in zip(traits, order, strict=False):
        plans[i].trait = trait
    return plans
