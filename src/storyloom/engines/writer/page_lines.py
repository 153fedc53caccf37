"""Two parts of a page that draw on shared pools: the beat's own line (with the shared
interludes for long books) and a sound word where something happens."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import PLACES, Place
from storyloom.engines.writer import common
from storyloom.engines.writer.calm import NIGHT_PLAIN, NIGHT_RICH
from storyloom.engines.writer.compose import compose
from storyloom.engines.writer.consequences import calm_consequence, consequence, scenery
from storyloom.engines.writer.deeds import compose_deed
from storyloom.engines.writer.grammar import Ref, render
from storyloom.engines.writer.page_parts import pool
from storyloom.engines.writer.place_fit import SHELTERED
from storyloom.engines.writer.rooms import INDOOR_NIGHT, ROOM_NIGHT, SLEEPERS, THINGS
from storyloom.engines.writer.templates.base import Beat

if TYPE_CHECKING:
    from storyloom.engines.writer.cast import Actor
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
    if choice is None and own is not None:  # none is true here: the beat is still told
        self.place_strict = False
        choice = self.choose(own, register)
        self.place_strict = True
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
    if self.calm:
        # This room's own night first, now and then; lines untrue here are passed over.
        here = self.moment.place if self.moment is not None else None
        room = ROOM_NIGHT.get(here, ()) if here is not None else ()
        if room and self.rng.random() < 0.6 and (own := self.pick(room)) is not None:
            return own
        roofed = (INDOOR_NIGHT,) if here in SHELTERED else ()
        if register in ("rich", "rich+"):
            # Mostly the long, slow sentences; now and then this place's own night.
            pools = (NIGHT_RICH, s.night) if self.rng.random() < 0.7 else (s.night, NIGHT_RICH)
        else:
            pools = (s.night, NIGHT_PLAIN)
        for lines in (*pools, room, *roofed):
            if (chosen := self.pick(lines)) is not None:
                return chosen
        return None
    if register in ("rich", "rich+"):
        return self.pick(s.rich)
    return self.pick((*s.rich, *s.details)) if older else self.pick(s.details)


def refrain_line(self: PageWriter, line: str, mate_name: str | None) -> str | None:
    """A refrain's line for this page, its changing word taken from where the page is:
    goodnight to what is in this room, a yawn from someone here who can yawn (the
    personified moon only where it can be seen). None when nothing here fits."""
    if "{night_thing}" not in line and "{yawner}" not in line:
        return line
    here = self.moment.place if self.moment is not None else None
    if "{night_thing}" in line:
        things = [t for t in THINGS.get(here, ()) if t not in self.refrain_said] if here else []
        if not things:
            return None
        thing = self.rng.choice(things)
        self.refrain_said.add(thing)
        return line.replace("{night_thing}", thing)
    setting = self.request.setting
    out_of_doors = here is not None and here not in SHELTERED
    who = [a.name for a in self.state.present] + ([mate_name] if mate_name else [])
    if here is not None and here in PLACES[setting]:
        who += SLEEPERS[setting]
    if out_of_doors or here == Place.window_seat:
        who.append("the moon")
    fresh = [w for w in dict.fromkeys(who) if w not in self.refrain_said]
    if not fresh:
        return None
    yawner = self.rng.choice(fresh)
    self.refrain_said.add(yawner)
    return line.replace("{yawner}", yawner)


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
    self.settled = False
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


def composed_deed(self: PageWriter, mate: Actor, role: str) -> str | None:
    """A helping companion's deed, made from parts: their bond and where they are."""
    if role not in ("help", "comfort", "cheer") or mate.id is None:
        return None
    if self.calm:
        return None
    tod = self.request.band == AgeBand.toddler
    plain = tod or self.request.band == AgeBand.preschool
    made = compose_deed(mate.bond.value, self.rng, role, plain=plain, toddler=tod)
    if made is not None and tod and len(made.split()) + 3 > self.room:
        made = made.replace(" {spot_here}", "")  # a full page: the deed without the place
    if made is not None and any(d[:18] == made[:18] for d in self.deeds):
        made = compose_deed(mate.bond.value, self.rng, role, plain=plain, toddler=tod)
    fresh = made is not None and all(d[:18] != made[:18] for d in self.deeds)
    chosen = pick_fresh(self, made) if made is not None and fresh else None
    self.deeds.add(chosen or "")
    return chosen


def composed(self: PageWriter, beat: Beat, follow: bool) -> str | None:
    """A thought or consequence made from parts, for readers of five and up."""
    if self.calm or self.request.band in (AgeBand.toddler, AgeBand.preschool):
        return None
    for _ in range(4):
        made = compose(beat, self.rng, follow=follow, template=self.template.name)
        if made is None:
            return None
        if (made := pick_fresh(self, made)) is not None:
            return made
    return None


__all__ = [
    "beat_line",
    "composed",
    "composed_deed",
    "detail_line",
    "follow_line",
    "new_page",
    "pick_fresh",
    "place_once",
    "refrain_line",
    "sound",
]
