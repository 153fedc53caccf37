"""Two parts of a page that draw on shared pools: the beat's own line (with the shared
interludes for long books) and a sound word where something happens."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer import common
from storyloom.engines.writer.calm import NIGHT_PLAIN, NIGHT_RICH
from storyloom.engines.writer.consequences import calm_consequence, consequence, scenery
from storyloom.engines.writer.grammar import Ref, render
from storyloom.engines.writer.page_parts import pool
from storyloom.engines.writer.templates.base import Beat

if TYPE_CHECKING:
    from storyloom.engines.writer.pages import PageWriter
    from storyloom.engines.writer.plan import PagePlan

B = Beat
_INTERLUDE_BEATS = frozenset({B.journey, B.pause, B.wonder, B.celebrate, B.meet})


def sound(self: PageWriter, register: str) -> str | None:
    """A sound word where something happens, for the youngest readers."""
    if self.calm:
        return None
    key = self.pick(tuple(f"{s.word}|{s.source}" for s in self.setting.sounds))
    if key is None:
        return None
    s = next(x for x in self.setting.sounds if f"{x.word}|{x.source}" == key)
    self.slots.update(
        Sound=s.word[0].upper() + s.word[1:],
        source=s.source,
        Source=s.source[0].upper() + s.source[1:],
        sound_now=s.present,
        sound_past=s.past,
    )
    return pool(common.SOUND, register)[0]


def beat_line(self: PageWriter, beat: Beat, register: str) -> str | None:
    """The template's line for this beat; in a long book, an interlude that comes round
    again may also take the other register's lines, then the shared interludes."""
    own = self.template.lines.get(beat)
    choice = self.choose(own, register) if own is not None else None
    if choice is None and beat in _INTERLUDE_BEATS:
        wider = "both" if register in ("rich", "rich+") else register
        choice = self.choose(own, wider) if own is not None else None
        shared = common.INTERLUDES.get(beat)
        if choice is None and shared is not None and not self.calm:
            choice = self.choose(shared, register) or self.choose(shared, wider)
    return choice


def detail_line(self: PageWriter, register: str) -> str | None:
    """One concrete thing to see, hear or smell here; dimming ones at bedtime."""
    if self.moment is not None and self.rng.random() < 0.45:
        made = self.pick((scenery(self.moment, self.rng),))
        if made is not None:
            return made
    s = self.setting
    older = register in ("rich", "both", "rich+")
    if self.calm and register in ("rich", "rich+"):
        # Mostly the long, slow sentences; now and then this place's own night.
        if self.rng.random() < 0.7:
            return self.pick(NIGHT_RICH) or self.pick(s.night)
        return self.pick(s.night) or self.pick(NIGHT_RICH)
    if self.calm:
        return self.pick(s.night) or self.pick(NIGHT_PLAIN)
    if register in ("rich", "rich+"):
        return self.pick(s.rich)
    return self.pick((*s.rich, *s.details)) if older else self.pick(s.details)


def place_once(self: PageWriter, template: str, ctx: dict[str, Ref | str]) -> str:
    """The template rendered, naming the page's place only the first time the page does."""
    if "pot_here}" not in template:
        self.place_said |= "{at}" in template  # "in the forest" names where the page is too
        return render(template, ctx)
    said = self.place_said
    self.place_said = True
    if not said:
        return render(template, ctx)
    # Someone doing something may do it in the light of the hour; other lines lose the place.
    ambient = ctx.get("ambient", "") if template.startswith(("{F}", "{H}")) else ""
    instead = {"spot_here": ambient, "Spot_here": "There"}
    text = re.sub(r"  +", " ", render(template, {**ctx, **instead}))
    text = re.sub(r" ([.,!?])", r"\1", text)
    if text in self.plain_said:  # said before, without a place: this time, say where
        return render(template, ctx)
    self.plain_said.add(text)
    return text


def follow_line(self: PageWriter, beat: Beat, plan: PagePlan) -> str | None:
    """What follows from the beat, made from the world at this moment."""
    if self.moment is None or self.request.band == AgeBand.toddler:
        return None
    bond = plan.companion.bond.value if plan.companion is not None else None
    for _ in range(3):
        if self.calm:
            made = calm_consequence(beat, self.moment, self.rng, bond=bond)
        else:
            made = consequence(beat, self.moment, self.rng, bond=bond, attempt_no=plan.attempt_no)
        if made is None:
            return None
        if (made := self.pick((made,))) is not None:
            return made
    return None


__all__ = ["beat_line", "detail_line", "follow_line", "place_once", "sound"]
