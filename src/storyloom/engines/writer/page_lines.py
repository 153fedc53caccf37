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
    if self.moment is not None and self.rng.random() < (0.65 if self.calm else 0.45):
        made = pick_fresh(self, scenery(self.moment, self.rng))
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
    self.page_grams |= _grams(template)  # what the page has said, for made lines to avoid
    if "pot_here}" not in template:
        self.place_said |= "{at}" in template  # "in the forest" names where the page is too
        return render(template, ctx)
    said = self.place_said
    self.place_said = True
    if not said:
        return render(template, ctx)
    # Someone doing something may do it in the light of the hour (unless the sentence
    # already tells the light); other lines lose the place.
    lit = any(k in template for k in ("{light}", "{Light}", "{weather}"))
    mover = template.startswith(("{F}", "{H}")) and not lit and not self.light_said
    ambient = ctx.get("ambient", "") if mover else ""
    self.light_said |= bool(ambient)
    text = render(template, {**ctx, "spot_here": ambient, "Spot_here": "\x00"})
    text = re.sub(r"^\x00, (\w)", lambda m: m.group(1).upper(), text)
    text = re.sub(r" ([.,!?])", r"\1", re.sub(r"  +", " ", text))
    text = re.sub(r",(?:\s*,)+", ",", text)
    if text in self.plain_said:  # said before, without a place: this time, say where
        return render(template, ctx)
    self.plain_said.add(text)
    return text


_WORDS = re.compile(r"\{[^}]*\}|[A-Za-z']+")


def _grams(template: str) -> set[tuple[str, ...]]:
    plain = re.sub(r"\[([^\[\]|]*)[^\]]*\]", r"\1", template).lower()
    words = _WORDS.findall(plain)
    grams = (tuple(words[i : i + 3]) for i in range(len(words) - 2))
    return {g for g in grams if any(len(w) > 4 and w[0] != "{" for w in g)}


def new_page(self: PageWriter, index: int) -> None:
    """Forget what the last page said about its place, its light and its phrasing."""
    self.place_said = self.new_place and index > 0  # the discourse names a new place
    self.light_said = False
    self.page_grams = set()


def pick_fresh(self: PageWriter, template: str) -> str | None:
    """`pick` for a made sentence, which must not echo another on its page ("felt a
    flicker of real hope" twice) nor tell the page's light a second time."""
    lit = any(k in template for k in ("{light}", "{Light}", "{weather}", "{ambient}"))
    if (lit and self.light_said) or _grams(template) & self.page_grams:
        return None
    chosen = self.pick((template,))
    if chosen is not None:
        self.light_said |= lit
    return chosen


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
        if (made := pick_fresh(self, made)) is not None:
            return made
    return None


__all__ = [
    "beat_line",
    "detail_line",
    "follow_line",
    "new_page",
    "pick_fresh",
    "place_once",
    "sound",
]
