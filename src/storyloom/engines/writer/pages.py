"""Realising one page: the beat's own line, then what the page has room for (a trait
as a choice, a companion acting as their bond acts, scenery where the place changes, a
consequence), every part checked against the story's world before it is said."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import Place
from storyloom.engines.writer import common, companions, page_lines, page_place, world
from storyloom.engines.writer.calm import CALM_THOUGHTS
from storyloom.engines.writer.cast import KINDS, Actor
from storyloom.engines.writer.compose import (
    compose_moral,
    compose_opening,
)
from storyloom.engines.writer.grammar import Ref, join_names
from storyloom.engines.writer.idea import Idea
from storyloom.engines.writer.idea_lines import idea_due, idea_line, idea_said
from storyloom.engines.writer.moment import Moment
from storyloom.engines.writer.page_order import lesson_due, optional_order
from storyloom.engines.writer.page_parts import (
    CORE,
    CORE_LINE,
    DETAIL,
    DETAIL_AFTER,
    DROP,
    ECHO,
    EXTRA,
    FOLLOW,
    IDEA,
    LIKE,
    LIKE_ECHO,
    MATE,
    MORAL,
    OPEN,
    REFRAIN,
    SOUND,
    TARGET,
    THOUGHT,
    TRAIT,
    TURN,
    Trace,
    pool,
    word_count,
)
from storyloom.engines.writer.plan import PagePlan
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.state import StoryState
from storyloom.engines.writer.story_spec import StoryRequest
from storyloom.engines.writer.templates.base import Beat, Lines, TemplateDef
from storyloom.engines.writer.traits import acts_for, turns_for

B = Beat
_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{([A-Za-z_]+)(?::[A-Za-z']+)?\}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]\")\s+")
# Beats told where the story is on its route (home at both ends), whatever they mention.
_FIXED = frozenset({B.setup, B.want, B.meet, B.echo})


@dataclass(slots=True)
class PageWriter:
    request: StoryRequest
    rng: random.Random
    template: TemplateDef
    setting: SettingData
    hero: Actor
    companions: list[Actor]
    state: StoryState
    slots: dict[str, Ref | str]
    used: set[str] = field(default_factory=set)
    said: set[str] = field(default_factory=set)  # sentences (unrendered) already in the book
    spots: list[str] = field(default_factory=list)
    wonders: list[str] = field(default_factory=list)
    refrain: tuple[str, ...] = ()
    moral_said: bool = False
    acted_pages: dict[int, int] = field(default_factory=dict)
    introduced: set[int] = field(default_factory=set)
    trace: Trace = field(default_factory=Trace)
    idea: Idea = field(default_factory=Idea)
    idea_pages: int = 0
    core_line: str = ""  # the beat's own line on the page being written
    joined_now: bool = False  # a companion joined on the page being written
    new_place: bool = True  # the story has just arrived somewhere
    deeds: set[str] = field(default_factory=set)  # companion deeds made from parts
    mate_known: bool = False  # this page's companion is family: a pet, a sibling, an elder
    # Things the story has brought in so far: only these may be pointed at with "the".
    known: set[str] = field(default_factory=set)
    moment: Moment | None = None  # the world at the page being written
    room: int = 99  # words the page has left for a companion's deed
    place_said: bool = False  # the page has named where it is, and its light
    light_said: bool = False
    page_grams: set[tuple[str, ...]] = field(default_factory=set)
    plain_said: set[str] = field(default_factory=set)  # placeless lines said
    # The page's place is settled by its beat's own line; after that, every line must be
    # true there (and name no other of the setting's places).
    settled: bool = False
    place_strict: bool = True  # False: a beat's own line that fits nowhere better
    places: dict[Place, str] = field(default_factory=dict)  # this book's names for places
    lights: set[str] = field(default_factory=set)  # how the light has been told so far
    refrain_said: set[str] = field(default_factory=set)  # the refrain's changing words so far

    @property
    def calm(self) -> bool:
        return self.template.bedtime

    def pick(self, options: tuple[str, ...], *, mate_ok: bool = True) -> str | None:
        """A realisation not used yet, none of whose sentences has been said in this book.
        One that is not true here stays unused: it may fit another page's place."""
        fresh = [o for o in options if o not in self.used and (mate_ok or "{F" not in o)]
        while fresh:
            choice = self.rng.choice(fresh)
            fresh.remove(choice)
            plain = _CHOICE.sub(lambda m: m.group(1).split("|")[0], choice)
            sentences = {x for x in _SENTENCE.split(plain) if len(x.split()) > 3}
            if sentences & self.said:
                self.used.add(choice)
                continue
            if not self.fits(choice):
                continue
            self.used.add(choice)
            self.said |= sentences
            return choice
        return None

    def fits(self, template: str) -> bool:
        """Whether every way of saying `template` belongs here, points only at things the
        story has brought in, and does not greet family as strangers ("Is that your kite?")."""
        if self.mate_known and world.STRANGER.search(template):
            return False
        for option in world.every_way(template):
            text = _SLOT.sub(lambda m: self.preview(m.group(1)), option)
            true_now = self.moment is None or self.moment.fits(text)  # no sun at night
            foreign = not true_now or world.foreign_nouns(text, self.request.setting)
            if foreign or world.unintroduced(text, self.known, world.STORY_THINGS):
                return False
            if not page_place.suits_here(self, text):
                return False
        return True

    def preview(self, key: str) -> str:
        value = self.slots.get(key)
        if isinstance(value, str):
            return value
        if key == "spot":
            at = page_place.next_spot(self)
            return self.spots[at] if at is not None else ""
        if key in ("wonder", "Wonder"):
            return self.wonders[-1] if self.wonders else ""
        return "X"

    def choose(self, lines: Lines, register: str, *, mate_ok: bool = True) -> str | None:
        """Like `pick`, from a beat's realisations; a line's twin in the other register
        (the same moment, told longer or shorter) is then used up too."""
        choice = self.pick(pool(lines, register), mate_ok=mate_ok)
        if choice is not None:
            for mine, other in ((lines.pre, lines.rich), (lines.rich, lines.pre)):
                if choice in mine and mine.index(choice) < len(other):
                    self.used.add(other[mine.index(choice)])
        return choice

    def say(self, template: str, companion: Actor | None) -> str:
        template = _CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        ctx = dict(self.slots)
        mate = companion or (self.state.present[0] if self.state.present else self.companions[0])
        ctx["F"] = mate.ref
        kd = KINDS[mate.kind] if mate.kind is not None else None
        ctx["Fseek"], ctx["Fseek_past"] = "looks all around", "looked all around"
        if kd and not world.foreign_nouns(kd.seek_past, self.request.setting):
            ctx["Fseek"], ctx["Fseek_past"] = kd.seek_now, kd.seek_past
        if "{spot}" in template:
            at = page_place.next_spot(self)
            ctx["spot"] = self.spots.pop(at) if at is not None else "nearby"
        if "onder}" in template:
            wonder = self.wonders.pop() if self.wonders else "something new"
            ctx["wonder"], ctx["Wonder"] = wonder, wonder[0].upper() + wonder[1:]
        names = [self.hero.name, *(a.name for a in self.state.present)]
        ctx["all"] = join_names(names) if len(names) <= 3 else "everyone"
        ctx["All"] = str(ctx["all"])[0].upper() + str(ctx["all"])[1:]
        helpers = [a.name for a in self.state.present] or [mate.name]  # not "everyone" of two
        ctx["helpers"] = "everyone" if len(helpers) > 1 else helpers[0]
        ctx["Helpers"] = str(ctx["helpers"])[0].upper() + str(ctx["helpers"])[1:]
        text = page_lines.place_once(self, template, ctx)
        self.known |= world.brought_in(text) | ({"clue"} if "{clue}" in template else set())
        return text

    # -- the parts of a page ---------------------------------------------------------------
    def companion_line(self, plan: PagePlan, register: str) -> str | None:
        mate = plan.companion
        if mate is None:
            return None
        first = id(mate) not in self.introduced
        self.introduced.add(id(mate))
        self.joined_now = first
        beat, name = plan.beat, self.template.name
        if mate.id is None and first:
            role = "creature"
        elif beat == B.meet and first:
            role = "join"
        elif first and companions.has_first(name, mate.bond):
            role = "first"
        elif beat == B.low:
            role = "comfort"
        elif beat in (B.resolution, B.celebrate, B.echo):
            role = "cheer"
        else:
            role = "help"
        choice = (
            page_lines.composed_deed(self, mate, role)
            or self.choose(companions.lines(name, role, mate.bond), register)
            or self.choose(companions.lines(name, "help", mate.bond), register)
            or self.choose(companions.lines(name, "join", mate.bond), register)
        )
        if choice is None:
            return None
        if choice not in self.deeds:
            self.trace.companion_lines.append(choice)
        mate.acted = True
        self.acted_pages[id(mate)] = self.acted_pages.get(id(mate), 0) + 1
        self.state.arrive(mate)
        return self.say(choice, mate)

    # -- the page --------------------------------------------------------------------------
    def page(self, index: int, plan: PagePlan) -> str:
        band = self.request.band
        core, extra = CORE[band], EXTRA[band]
        low, high = BAND_RULES[band].words_per_page
        target_low, target_high = TARGET[band]
        target_high = min(target_high, high)
        young = band in (AgeBand.toddler, AgeBand.preschool)
        parts: list[tuple[int, str]] = []
        self.core_line, self.joined_now = "", False
        page_lines.new_page(self, index)
        self.mate_known = plan.companion is not None and plan.companion.bond in world.FAMILY_BONDS
        mate = plan.companion
        met = bool(self.introduced)
        last = plan.beats[-1] == B.echo

        def add(order: int, text: str | None) -> bool:
            if text:
                parts.append((order, text))
            return bool(text)

        def length() -> int:
            return sum(word_count(t) for _, t in parts)

        # What this beat is: always on the page.
        for beat in plan.beats:
            if beat == B.setup:
                made = None if band == AgeBand.toddler else compose_opening(self.rng)
                made = made if made is None or self.fits(made) else compose_opening(self.rng)
                made = made if made is None or self.fits(made) else None  # no morning at dusk
                add(OPEN, self.say(made or self.choose(common.OPENING, core) or "", None))
            if beat == B.turn and plan.trait is not None:
                turns = turns_for(plan.trait, self.calm)
                fallback = [t for t in pool(turns, core) if self.fits(t)] or [""]
                turn = self.choose(turns, core) or fallback[0]
                if turn and add(TURN, self.say(turn, mate)):
                    self.trace.trait_pages[index] = plan.trait
            choice = page_lines.beat_line(self, beat, core)
            if choice:
                page_place.settle(self, choice, plan.beat in _FIXED)
                self.core_line = self.say(choice, mate)
                add(CORE_LINE if beat != B.echo else ECHO, self.core_line)
        page_place.settle(self, "", True)  # a page without its own line stays where the story is
        self._carry_idea(plan, parts)
        if mate is not None and (not mate.acted or plan.beat == B.meet):
            self.room = high - length()
            add(MATE, self.companion_line(plan, core))
        if young and self.refrain:
            line = None
            if plan.beat == B.attempt:
                line = self.refrain[(plan.attempt_no - 1) % min(3, len(self.refrain))]
            elif plan.beat == B.resolution and len(self.refrain) > 3:
                line = self.refrain[3]
            if line is not None:
                line = page_lines.refrain_line(self, line, mate.name if mate else None)
            if line is not None:
                add(REFRAIN, self.say(line, mate))
                self.trace.refrain_lines.add(parts[-1][1])

        # What the page has room for, most telling first, until it is long enough.
        due = lesson_due(self.request, self.template, plan, self.moral_said)
        for order in optional_order(plan, band, due):
            if length() >= target_low and order not in (TRAIT, DETAIL, SOUND, MORAL):
                continue
            if any(o == order for o, _ in parts):
                continue
            text = self._optional(order, plan, core, extra, met or mate is not None)
            if not text:
                continue
            if length() + word_count(text) > target_high and length() >= low:
                continue
            # The detail sets the scene first, or lands after the beat's own line.
            at = order if order != DETAIL else self.rng.choice((DETAIL, DETAIL, DETAIL_AFTER))
            parts.append((at, text))
            if order == TRAIT and plan.trait is not None:
                self.trace.trait_pages[index] = plan.trait
            if order == MORAL:
                self.moral_said = True
        # A long page for older readers may take more of these to reach its floor.
        for order in (FOLLOW, THOUGHT, DETAIL, MATE, FOLLOW, THOUGHT, DETAIL) * 2:
            if young or length() >= low:
                break
            self.new_place = self.new_place or order == DETAIL  # a short page takes scenery
            if order != MATE or not any(o == MATE for o, _ in parts):
                add(order, self._optional(order, plan, core, extra, True))

        if band == AgeBand.preschool and length() < low:  # a short page takes scenery
            self.new_place = True
            add(DETAIL, self._optional(DETAIL, plan, core, extra, True))
        # A page that came round once too often in a long book still says something.
        for order in (DETAIL, FOLLOW) if young else (DETAIL, THOUGHT, FOLLOW):
            if parts:
                break
            add(order, self._optional(order, plan, core, "both" if not young else core, True))

        # Young pages must stay short: drop colour before the story.
        for drop in DROP:
            while length() > high and any(o == drop for o, _ in parts[1:]):
                if drop == MATE and mate is not None and self.acted_pages.get(id(mate), 0) <= 1:
                    break
                victim = max(i for i, (o, _) in enumerate(parts) if o == drop and (i > 0 or last))
                parts.pop(victim)
        if plan.trait is not None and not any(o in (TURN, TRAIT) for o, _ in parts):
            self.trace.trait_pages.pop(index, None)
        parts.sort(key=lambda p: p[0])
        self.trace.parts += parts
        return " ".join(text for _, text in parts)

    def _carry_idea(self, plan: PagePlan, parts: list[tuple[int, str]]) -> None:
        """The family's idea is set where the want is and answered where it resolves."""
        said = idea_said(self.idea, [t for _, t in parts])
        if not said and idea_due(plan.beats, self.idea_pages):
            line = idea_line(self.idea, plan.beats[-1], self.request.band, self.hero.ref, self.rng)
            if line is not None:
                parts.append((IDEA, line))
                self.known |= world.brought_in(line)
                said = True
        self.idea_pages += said

    def _optional(
        self, order: int, plan: PagePlan, core: str, extra: str, mate_ok: bool
    ) -> str | None:
        mate = plan.companion
        beat = plan.beats[-1] if order in (FOLLOW, THOUGHT) else plan.beat
        choice: str | None = None
        if order == TRAIT and plan.trait is not None:
            register = extra if self.request.band != AgeBand.toddler else "tod"
            choice = self.choose(acts_for(plan.trait, self.calm), register, mate_ok=mate_ok)
        elif order == DETAIL and (self.new_place or self.calm or plan.beat in (B.setup, B.wonder)):
            choice = page_lines.detail_line(self, extra)  # a new place, or the light dims
        elif order == SOUND:
            choice = page_lines.sound(self, core)
        elif order == LIKE:
            choice = self.choose(common.LIKE, core)
        elif order == LIKE_ECHO:
            choice = self.choose(common.LIKE_ECHO, core)
        elif order == MORAL and not self.moral_said:
            moral = pool(common.MORALS[self.request.lesson], core)
            plain = self.request.band == AgeBand.preschool
            older = plain or self.request.band in (AgeBand.early_reader, AgeBand.independent)
            made = compose_moral(self.request.lesson, self.rng, plain=plain) if older else None
            choice = made or (moral[0] if moral else None)
        elif order == FOLLOW and (beat != B.meet or self.joined_now):
            self.joined_now = False  # one line about new company is enough
            if (choice := page_lines.follow_line(self, beat, plan)) is not None:
                return self.say(choice, mate)
            if (choice := page_lines.composed(self, beat, True)) is not None:
                return self.say(choice, mate)
            lines = self.template.follow.get(beat)
            if lines is None and (not self.calm or beat in (B.meet, B.echo)):
                lines = common.FOLLOW.get(beat)
            choice = self.choose(lines, extra, mate_ok=mate_ok) if lines else None
        elif order == MATE:
            return self.companion_line(plan, extra)
        elif order == THOUGHT:
            thoughts = CALM_THOUGHTS if self.calm else common.THOUGHTS
            calm = (
                page_lines.follow_line(self, beat, plan)
                if self.calm and self.rng.random() < 0.5
                else None
            )
            choice = (
                page_lines.composed(self, beat, False) or calm or self.pick(thoughts.get(beat, ()))
            )
        return self.say(choice, mate) if choice else None


__all__ = ["CORE", "EXTRA", "PageWriter", "Trace", "pool", "word_count"]
