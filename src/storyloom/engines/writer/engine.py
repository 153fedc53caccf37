"""The procedural writer's core: plan the beats, realise each page, derive its scene."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import Kind, Prop, Setting
from storyloom.engines.writer import common, companions
from storyloom.engines.writer.cast import KINDS, Actor, Bond, build_cast, creature
from storyloom.engines.writer.errors import ImpossibleStoryError
from storyloom.engines.writer.grammar import Ref, join_names, render, with_article
from storyloom.engines.writer.plan import PagePlan, plan_pages
from storyloom.engines.writer.readability import fk_grade
from storyloom.engines.writer.settings import SETTINGS
from storyloom.engines.writer.state import StoryState, build_scene
from storyloom.engines.writer.story_spec import (
    DraftPage,
    Lesson,
    StoryDraft,
    StoryRequest,
    Template,
    Trait,
)
from storyloom.engines.writer.templates import TEMPLATES, template_for
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef
from storyloom.engines.writer.texture import texture
from storyloom.engines.writer.traits import ACTS, TURNS
from storyloom.engines.writer.words import PROP_NOUNS, title_case

B = Beat
# Which realisations a band reads: its own for the core, and what its extras draw on.
_CORE = {
    AgeBand.toddler: "tod",
    AgeBand.preschool: "pre",
    AgeBand.early_reader: "pre",
    AgeBand.independent: "rich",
}
_EXTRA = {
    AgeBand.toddler: "tod",
    AgeBand.preschool: "pre",
    AgeBand.early_reader: "rich",
    AgeBand.independent: "rich",
}
# Words a page aims for, inside the band's limits, leaving room for long names.
_TARGET = {
    AgeBand.toddler: (5, 13),
    AgeBand.preschool: (20, 38),
    AgeBand.early_reader: (34, 62),
    AgeBand.independent: (66, 115),
}


def pool(lines: Lines, register: str) -> tuple[str, ...]:
    if register == "tod":
        return lines.tod
    if register == "rich":
        return lines.rich or lines.pre
    return lines.pre


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(slots=True)
class Trace:
    """What the engine decided, for the report: which trait drove which page."""

    trait_pages: dict[int, Trait] = field(default_factory=dict)
    refrain_lines: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _Writer:
    request: StoryRequest
    rng: random.Random
    template: TemplateDef
    hero: Actor
    companions: list[Actor]
    state: StoryState
    slots: dict[str, Ref | str]
    used: set[str] = field(default_factory=set)
    spots: list[str] = field(default_factory=list)
    wonders: list[str] = field(default_factory=list)
    refrain: tuple[str, ...] = ()
    moral_said: bool = False
    filler_turn: int = 0
    acted_pages: dict[int, int] = field(default_factory=dict)
    introduced: set[int] = field(default_factory=set)
    trace: Trace = field(default_factory=Trace)

    # -- choosing realisations ---------------------------------------------------
    def pick(self, options: tuple[str, ...], *, needs_companion_ok: bool = True) -> str | None:
        fresh = [o for o in options if o not in self.used and (needs_companion_ok or "{F" not in o)]
        if not fresh:
            return None
        choice = self.rng.choice(fresh)
        self.used.add(choice)
        return choice

    def say(self, template: str, companion: Actor | None) -> str:
        ctx = dict(self.slots)
        mate = companion or (self.state.present[0] if self.state.present else self.companions[0])
        ctx["F"] = mate.ref
        kd = KINDS[mate.kind] if mate.kind is not None else None
        ctx["Fseek"] = kd.seek_now if kd else "looks all around"
        ctx["Fseek_past"] = kd.seek_past if kd else "looked all around"
        if "{spot}" in template:
            ctx["spot"] = self.spots.pop() if self.spots else "nearby"
        if "onder}" in template:
            wonder = self.wonders.pop() if self.wonders else "something new"
            ctx["wonder"], ctx["Wonder"] = wonder, wonder[0].upper() + wonder[1:]
        names = [self.hero.name, *(a.name for a in self.state.present)]
        ctx["all"] = join_names(names) if len(names) <= 3 else "everyone"
        ctx["All"] = str(ctx["all"])[0].upper() + str(ctx["all"])[1:]
        return render(template, ctx)

    # -- pages ----------------------------------------------------------------------
    def companion_line(self, plan: PagePlan, register: str) -> str | None:
        mate = plan.companion
        if mate is None:
            return None
        first = id(mate) not in self.introduced
        self.introduced.add(id(mate))
        beat = plan.beat
        if mate.id is None and first:
            lines = common.CREATURE_JOIN
        elif beat == B.meet:
            lines = companions.JOIN[mate.bond]
        elif first and mate.bond in companions.FIRST:
            lines = companions.FIRST[mate.bond]
        elif beat == B.low:
            lines = companions.COMFORT[mate.bond]
        elif beat in (B.resolution, B.celebrate, B.echo):
            lines = companions.CHEER[mate.bond]
        else:
            lines = companions.HELP[mate.bond]
        choice = (
            self.pick(pool(lines, register))
            or self.pick(pool(companions.HELP[mate.bond], register))
            or self.pick(pool(companions.ANY, register))
            or self.pick(pool(companions.ANY, "pre"))
        )
        if choice is None:
            return None
        mate.acted = True
        self.acted_pages[id(mate)] = self.acted_pages.get(id(mate), 0) + 1
        self.state.arrive(mate)
        return self.say(choice, mate)

    def page(self, index: int, plan: PagePlan) -> str:
        band = self.request.band
        core, extra = _CORE[band], _EXTRA[band]
        low, high = BAND_RULES[band].words_per_page
        target_low, target_high = _TARGET[band]
        target_high = min(target_high, high)
        parts: list[tuple[int, str]] = []
        mate = plan.companion
        met = bool(self.introduced)

        def add(order: int, text: str | None) -> None:
            if text:
                parts.append((order, text))

        def length() -> int:
            return sum(word_count(t) for _, t in parts)

        # Mandatory: what this beat is.
        for beat in plan.beats:
            if beat == B.setup:
                add(0, self.say(self.pick(pool(common.OPENING, core)) or "", None))
            if beat == B.turn and plan.trait is not None:
                add(5, self.say(pool(TURNS[plan.trait], core)[0], mate))
                self.trace.trait_pages[index] = plan.trait
            lines = self.template.lines.get(beat) or common.INTERLUDES.get(beat)
            if lines is not None:
                choice = self.pick(pool(lines, core))
                add(10 if beat != B.echo else 60, self.say(choice, mate) if choice else None)
        if mate is not None and (not mate.acted or plan.beat == B.meet):
            add(20, self.companion_line(plan, core))
        if plan.beat == B.attempt and band in (AgeBand.toddler, AgeBand.preschool) and self.refrain:
            line = self.refrain[(plan.attempt_no - 1) % len(self.refrain)]
            add(90, self.say(line, mate))
            self.trace.refrain_lines.add(parts[-1][1])
        lesson_due = (
            self.request.lesson != Lesson.none
            and not self.moral_said
            and (
                plan.beats[-1] == B.echo
                or (plan.beat == B.resolution and self.template.name != Template.lesson)
            )
        )

        # Optional, in order of how much they matter, while the page has room.
        extras: list[tuple[int, str]] = []
        if plan.trait is not None and plan.beat != B.turn:
            acts = pool(ACTS[plan.trait], extra if band != AgeBand.toddler else "tod")
            choice = self.pick(acts, needs_companion_ok=met or mate is not None)
            if choice:
                extras.append((15, "T:" + choice))
        if lesson_due:
            moral = pool(common.MORALS[self.request.lesson], core)
            if moral:
                extras.append((70, "M:" + moral[0]))
        if plan.beat == B.setup or plan.beats[-1] == B.echo:
            like_lines = common.LIKE if plan.beat == B.setup else common.LIKE_ECHO
            choice = self.pick(pool(like_lines, core))
            if choice:
                extras.append((5 if plan.beat == B.setup else 65, choice))
        if (
            mate is not None
            and mate.acted
            and plan.beat != B.meet
            and not any(o == 20 for o, _ in parts)
        ):
            extras.append((20, "C:"))
        if band == AgeBand.independent and plan.beat in common.THOUGHTS:
            choice = self.pick(common.THOUGHTS[plan.beat])
            if choice:
                extras.append((40, choice))
        for order, text in extras:
            if text == "C:":
                rendered = self.companion_line(plan, extra) or ""
            else:
                rendered = self.say(text[2:] if text[:2] in ("T:", "M:") else text, mate)
            if not rendered or length() + word_count(rendered) > target_high:
                continue
            parts.append((order, rendered))
            if text.startswith("T:") and plan.trait is not None:
                self.trace.trait_pages[index] = plan.trait
            if text.startswith("M:"):
                self.moral_said = True
        # Texture only tops a page up to its band's floor, so long books do not run dry.
        goal = max(low, min(target_low, low + 6))
        while length() < goal:
            filler = self._filler(extra, band) or self._filler(core, band)
            if filler is None:
                break
            rendered = self.say(filler[1], mate)
            if length() + word_count(rendered) <= high:
                parts.append((filler[0], rendered))
        # Young pages must stay short: drop refrain, texture and colour before the story.
        last = plan.beats[-1] == B.echo
        for drop in (90, 50, 45, 3, 2, 15, 65, 70, 5, 20, 10 if last else 60):
            while length() > high and any(o == drop for o, _ in parts[1:]):
                if drop == 20 and mate is not None and self.acted_pages.get(id(mate), 0) <= 1:
                    break
                victim = max(i for i, (o, _) in enumerate(parts) if o == drop and (i > 0 or last))
                parts.pop(victim)
        if plan.trait is not None and not any(o in (5, 15) for o, _ in parts):
            self.trace.trait_pages.pop(index, None)
        parts.sort(key=lambda p: p[0])
        return " ".join(text for _, text in parts)

    def _filler(self, register: str, band: AgeBand) -> tuple[int, str] | None:
        """One sound, detail or ambient line, rotating kinds so a page does not pile up one."""
        setting = SETTINGS[self.request.setting]
        ok = bool(self.introduced)
        self.filler_turn += 1
        kinds = (
            ["sound", "detail", "texture", "ambient"]
            if band != AgeBand.toddler
            else ["sound", "ambient"]
        )
        for k in range(len(kinds)):
            kind = kinds[(self.filler_turn + k) % len(kinds)]
            if kind == "sound" and register != "rich":
                sound = self.pick(tuple(f"{s.word}|{s.source}" for s in setting.sounds))
                if sound is not None:
                    s = next(x for x in setting.sounds if f"{x.word}|{x.source}" == sound)
                    self.slots.update(
                        Sound=s.word[0].upper() + s.word[1:],
                        source=s.source,
                        Source=s.source[0].upper() + s.source[1:],
                        sound_now=s.present,
                        sound_past=s.past,
                    )
                    return 3, pool(common.SOUND, register)[0]
            elif kind == "detail":
                details = setting.rich if register == "rich" else setting.details
                choice = self.pick(details) or self.pick(setting.details)
                if choice:
                    return 2, choice
            elif kind == "ambient":
                choice = self.pick(pool(common.AMBIENT, register), needs_companion_ok=ok)
                if choice is None and register == "rich":
                    choice = self.pick(common.AMBIENT.pre, needs_companion_ok=ok)
                if choice:
                    return 50, choice
            elif kind == "texture":
                for _ in range(5):
                    line = texture(
                        self.rng, register == "rich", ok, self.request.setting not in _INDOORS
                    )
                    if line not in self.used:
                        self.used.add(line)
                        return 45, line
        return None


def _hero_noun(hero: Actor) -> str:
    if hero.kind == Kind.child:
        return {"she": "little girl", "he": "little boy", "they": "child"}[hero.ref.pronouns]
    return "little " + hero.ref.kind_noun


_INDOORS = frozenset({Setting.space, Setting.underwater, Setting.bedroom, Setting.classroom})
_DRAFTS = 10
# Drafts this far inside the reading-level range are taken at once.
_MARGIN = 0.2


def _miss(draft: StoryDraft, band: AgeBand) -> float:
    """How far a draft is outside its band: 0 when reading level and page lengths fit."""
    rules = BAND_RULES[band]
    grade = fk_grade(" ".join(p.text for p in draft.pages))
    low, high = rules.grade
    miss = max(low + _MARGIN - grade, grade - high + _MARGIN, 0.0)
    for page in draft.pages:
        words = word_count(page.text)
        miss += max(rules.words_per_page[0] - words, words - rules.words_per_page[1], 0)
    return miss


def write_story_traced(request: StoryRequest) -> tuple[StoryDraft, Trace]:
    """Write the story and say which trait shaped which page.

    Realisations are chosen at random, so a draft can land just outside its band's
    reading level (a cast of long names, an unlucky run of two-syllable words). The
    engine measures each draft as the report does and re-rolls, deterministically, up to
    a few times; the draft closest to the band wins.
    """
    best: tuple[float, StoryDraft, Trace] | None = None
    for attempt in range(_DRAFTS):
        draft, trace = _write_once(request, attempt)
        miss = _miss(draft, request.band)
        if miss == 0:
            return draft, trace
        if best is None or miss < best[0]:
            best = (miss, draft, trace)
    assert best is not None
    return best[1], best[2]


def _write_once(request: StoryRequest, attempt: int) -> tuple[StoryDraft, Trace]:
    rng = random.Random(
        f"{request.seed}|{request.template}|{request.setting}|{request.band}|{attempt}"
    )
    lesson = request.lesson
    if request.template == Template.lesson and lesson == Lesson.none:
        lesson = rng.choice([x for x in Lesson if x != Lesson.none])
        request = request.model_copy(update={"lesson": lesson})
    if request.template not in TEMPLATES:
        raise ImpossibleStoryError(f"no template called {request.template}")
    template = template_for(request.template, lesson)
    hero, others = build_cast(request)
    setting = SETTINGS[request.setting]
    cast_companions = others or [creature(setting.creature, hero.ref.pronouns)]
    low, high = BAND_RULES[request.band].pages
    pages = request.pages if request.pages is not None else rng.randint(low, high)
    if not low <= pages <= high:
        raise ImpossibleStoryError(f"{request.band} books have {low} to {high} pages, not {pages}")
    goal = rng.choice(template.goals.get(request.setting, template.default_goals))
    obj = PROP_NOUNS[goal]
    hideout_spots = list(setting.spots)
    rng.shuffle(hideout_spots)
    hideout = hideout_spots.pop()
    like = rng.choice(hero.likes) if hero.likes else setting.here
    slots: dict[str, Ref | str] = {
        "H": hero.ref,
        "obj": obj,
        "a_obj": with_article(obj),
        "Obj": title_case(obj),
        "here": setting.here,
        "Here_title": setting.here,
        "at": setting.at,
        "home": setting.home,
        "far": setting.far,
        "hideout": hideout,
        "like": like,
        "a_hero_noun": with_article(_hero_noun(hero)),
        "a_creature": with_article(setting.creature),
        "creature": setting.creature,
    }
    if template.extra_slots is not None:
        slots.update(template.extra_slots(setting, rng))
    for key, value in list(slots.items()):
        if isinstance(value, str) and key[0].islower():
            slots.setdefault(
                key[0].upper() + key[1:], value[0].upper() + value[1:] if value else value
            )
    state = StoryState(
        setting=request.setting,
        weather=rng.choice(setting.weathers),
        goal=goal,
        goal_state=template.start_state,
        hero=hero,
        companions=others,
    )
    writer = _Writer(
        request=request,
        rng=rng,
        template=template,
        hero=hero,
        companions=cast_companions,
        state=state,
        slots=slots,
    )
    writer.spots = hideout_spots * 3
    writer.wonders = rng.sample(setting.wonders, len(setting.wonders))
    writer.refrain = rng.choice(template.refrains) if template.refrains else ()
    traits = list(hero.traits)
    plans = plan_pages(pages, cast_companions, traits)
    out: list[DraftPage] = []
    for i, plan in enumerate(plans):
        for beat in plan.beats:
            state.goal_state = template.goal_states.get(beat, state.goal_state)
        if template.bedtime and plan.beats[-1] == B.echo:
            state.asleep = True
        text = writer.page(i, plan)
        for actor in cast_companions:
            if actor.id is not None and re.search(rf"\b{re.escape(actor.name)}\b", text):
                state.arrive(actor)
        scene = build_scene(
            state,
            template,
            plan.beats[-1] if plan.beats[-1] == B.echo else plan.beat,
            i,
            pages,
            plan.companion,
        )
        out.append(DraftPage(text=text, scene=scene))
    title = title_case(render(rng.choice(template.titles), slots))
    return StoryDraft(title=title, pages=out), writer.trace


def write_story(request: StoryRequest) -> StoryDraft:
    """Pure and deterministic: the same request always gives the same book."""
    return write_story_traced(request)[0]


__all__ = ["Bond", "Prop", "PropState", "write_story", "write_story_traced"]
