"""The procedural writer's core: plan the beats, realise each page, derive its scene."""

from __future__ import annotations

import random
import re

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import Kind, Place, Prop, TimeOfDay
from storyloom.engines.writer.cast import Actor, Bond, build_cast, creature
from storyloom.engines.writer.discourse import PLACE_PHRASES, Discourse
from storyloom.engines.writer.errors import ImpossibleStoryError
from storyloom.engines.writer.grammar import Ref, render, to_present, with_article
from storyloom.engines.writer.idea import Goal, Idea, check_idea
from storyloom.engines.writer.moment import PLACE_WAYS, Moment
from storyloom.engines.writer.obstacles import obstacle_for
from storyloom.engines.writer.pages import PageWriter, Trace, word_count
from storyloom.engines.writer.phrasing import Phrasing
from storyloom.engines.writer.plan import plan_pages
from storyloom.engines.writer.readability import fk_grade
from storyloom.engines.writer.scene import Route, idea_placement
from storyloom.engines.writer.settings import SETTINGS
from storyloom.engines.writer.state import StoryState, build_scene, time_of_day
from storyloom.engines.writer.story_spec import (
    DraftPage,
    Lesson,
    StoryDraft,
    StoryRequest,
    Template,
)
from storyloom.engines.writer.templates import TEMPLATES, template_for
from storyloom.engines.writer.templates.base import Beat, PropState
from storyloom.engines.writer.words import PROP_NOUNS, title_case
from storyloom.engines.writer.world import foreign_nouns

_DRAFTS = 16
# Drafts this far inside the reading-level range are taken at once.
_MARGIN = 0.2


# Templates whose story turns on one thing of the hero's: the idea's thing becomes it.
_THING_TEMPLATES = frozenset(
    {Template.mystery, Template.bedtime, Template.friendship, Template.celebration, Template.lesson}
)


# The small sound each animal an idea may name makes (the rescue's cry).
_CRIES = {"duck": "quack", "duckling": "peep", "bird": "cheep", "chick": "cheep", "lamb": "baa"}
_CRIES |= {"kitten": "mew", "puppy": "woof", "mouse": "squeak", "hedgehog": "squeak"}
# Goals whose thing is what the hero comes home with.
_FOUND = frozenset({Goal.find, Goal.help})


def story_idea(request: StoryRequest) -> Idea:
    """The idea as the engine will honour it; an idea it cannot use counts as none."""
    checked = check_idea(request.idea, request.setting, tuple(m.name for m in request.cast))
    return checked.idea if checked.ok else Idea()


def _owns_thing(template: Template, idea: Idea) -> bool:
    if template not in _THING_TEMPLATES:
        return False
    return not (idea.animal and template in (Template.celebration, Template.lesson))


def _aim(template: Template, idea: Idea, slots: dict[str, Ref | str]) -> str:
    """What the hero wants, as a noun phrase the composed sentences can use."""
    if idea.thing is not None and (idea.goal in _FOUND or template in _THING_TEMPLATES):
        return "the " + idea.thing
    if template in (Template.adventure, Template.exploration):
        return str(slots["far"])
    if template == Template.rescue:
        return "the " + str(slots["animal"])
    return "the " + str(slots["obj"])


# Words for a whole setting: "the crown of the castle", "a day at the beach" say where the
# story happens, not where it is headed (nobody in the castle walks "toward the castle").
_WHOLE_SETTINGS = frozenset(
    {"castle", "beach", "forest", "farm", "park", "village", "sea", "bedroom", "classroom"}
)


def _names_the_setting(idea: Idea) -> bool:
    return idea.place is not None and idea.place.split()[-1] in _WHOLE_SETTINGS


def _toward(template: Template, idea: Idea, slots: dict[str, Ref | str]) -> dict[str, str]:
    """How the company goes on and how far the aim seems: toward a place, looking for a
    lost thing, or together (nobody walks "toward the ball" that is lost, nor thinks of
    "how far away the cake still was")."""
    aim = str(slots["aim"])
    if aim == str(slots["far"]) or template == Template.rescue:
        return {
            "toward_aim": "toward " + aim,
            "aim_distance": f"how far away {aim} still was",
            "aim_low": f"{aim} felt far away",
        }
    if template == Template.mystery or idea.goal in _FOUND:
        return {
            "toward_aim": "looking for " + aim,
            "aim_distance": f"where {aim} could be",
            "aim_low": f"{aim} felt more lost than ever",
        }
    return {
        "toward_aim": "together",
        "aim_distance": "how much was still left to do",
        "aim_low": f"{aim} felt far from done",
    }


def title_first(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _hero_noun(hero: Actor) -> str:
    if hero.kind == Kind.child:
        return {"she": "little girl", "he": "little boy", "they": "child"}[hero.ref.pronouns]
    return "little " + hero.ref.kind_noun


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
    goals = template.goals.get(request.setting, template.default_goals)
    goal = rng.choice(
        [g for g in goals if not foreign_nouns(PROP_NOUNS[g], request.setting)] or goals
    )
    idea = story_idea(request)
    obj = PROP_NOUNS[goal]
    if idea.prop is not None and idea.thing is not None and _owns_thing(template.name, idea):
        # The story turns on the family's thing, named in their words, drawn as its prop.
        goal, obj = idea.prop, idea.thing
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
        # Slots drawn for the story (the block in the way, the clue) must belong here.
        for _ in range(40):
            extra = template.extra_slots(setting, rng)
            if not any(foreign_nouns(v, request.setting) for v in extra.values()):
                break
        slots.update(extra)
    slots["problem"] = str(slots.get("problem", "the {obj}")).replace("{obj}", obj)
    if idea.place is not None and idea.place_spot is not None and not _names_the_setting(idea):
        slots["far"] = idea.place  # the family's place is where the story is headed
    if idea.thing is not None and template.name == Template.adventure and idea.goal in _FOUND:
        # The family's lost thing has been wanted since the start: "the kite", not "a kite".
        slots["treasure"] = "the " + idea.thing
    if idea.thing is not None and idea.animal and template.name == Template.rescue:
        slots.update(
            animal=idea.thing,
            a_animal=with_article(idea.thing),
            problem="the " + idea.thing,
            cry=_CRIES.get(idea.noun or "", "peep"),
        )
    if request.idea and template.idea_slots is not None:
        for name, word in template.idea_slots(request.idea).items():
            slots[name] = word
            slots[name[0].upper() + name[1:]] = word[0].upper() + word[1:]
    slots["aim"] = _aim(template.name, idea, slots)
    slots.update(_toward(template.name, idea, slots))
    for key, value in list(slots.items()):
        if isinstance(value, str) and key[0].islower():
            slots.setdefault(
                key[0].upper() + key[1:], value[0].upper() + value[1:] if value else value
            )
    state = StoryState(
        setting=request.setting,
        weather=rng.choice(setting.weathers),
        goal=goal,
        # the family's lost thing is lost from the first page, not in the hero's hands
        goal_state=PropState.hidden
        if goal == idea.prop and idea.goal == Goal.find
        else template.start_state,
        hero=hero,
        companions=others,
        bedtime=template.bedtime,
        route=Route.plan(request.setting, idea, template.bedtime, rng, str(slots.get("block", ""))),
        obstacle=obstacle_for(str(slots["problem"]), template.name),
        problem=str(slots["problem"]),
        idea=idea,
        idea_placement=idea_placement(idea, idea.goal),
    )
    writer = PageWriter(
        request=request,
        rng=rng,
        template=template,
        setting=setting,
        hero=hero,
        companions=cast_companions,
        state=state,
        slots=slots,
        idea=idea,
    )
    writer.spots = hideout_spots * 3
    writer.wonders = rng.sample(setting.wonders, len(setting.wonders))
    refrains = [
        r for r in template.refrains if not any(foreign_nouns(x, request.setting) for x in r)
    ]
    writer.refrain = rng.choice(refrains) if refrains else ()
    plans = plan_pages(pages, cast_companions, list(hero.traits))
    phrasing = Phrasing.for_book(f"{request.seed}|{request.template}|{request.setting}")
    discourse = Discourse(
        hero=hero,
        cast=cast_companions,
        calm=template.bedtime,
        young=request.band == AgeBand.toddler,
        plain=request.band in (AgeBand.toddler, AgeBand.preschool),
        rng=rng,
        places=phrasing.places,
    )
    out: list[DraftPage] = []
    writer.places = phrasing.places
    for i, plan in enumerate(plans):
        for beat in plan.beats:
            state.goal_state = template.goal_states.get(beat, state.goal_state)
        if template.bedtime and plan.beats[-1] == Beat.echo:
            state.asleep = True
        writer.new_place = i == 0 or state.route.at(plan.beat) != state.route.at(plans[i - 1].beat)
        tod = time_of_day(i, pages, template.bedtime)
        here = state.route.at(plan.beat)
        if template.bedtime and tod == TimeOfDay.night and _in_bed(state, plan.beats):
            here = Place.bedroom  # a bedtime book ends in bed, wherever the day was spent
        slots["spot_here"] = rng.choice((PLACE_PHRASES[here], *PLACE_WAYS[here]))
        slots["Spot_here"] = title_first(str(slots["spot_here"]))
        writer.moment = Moment(
            template=template.name,
            setting=request.setting,
            tod=tod,
            weather=state.weather,
            place=here,
            start=state.route.places[0],
            on_stage=len({id(a) for a in state.present} | {id(plan.companion)} - {id(None)}),
            plain=request.band in (AgeBand.toddler, AgeBand.preschool),
        )
        slots.update(writer.moment.slots(phrasing.places, rng, writer.lights))
        text = writer.page(i, plan)
        if request.band == AgeBand.toddler:
            text = to_present(text)
        room = BAND_RULES[request.band].words_per_page[1] - word_count(text)
        place = writer.moment.place  # where the page's own line put it
        text = discourse.polish(
            text,
            writer.core_line,
            plan.beat,
            plan.attempt_no,
            place,
            room,
            writer.trace.refrain_lines,
        )
        text = phrasing.apply(text)
        state.idea_reached |= plan.beat in (Beat.resolution, Beat.celebrate)
        for actor in cast_companions:
            if actor.id is not None and re.search(rf"\b{re.escape(actor.name)}\b", text):
                state.arrive(actor)
        scene_beat = plan.beats[-1] if plan.beats[-1] == Beat.echo else plan.beat
        scene = build_scene(
            state,
            template,
            scene_beat,
            i,
            pages,
            plan.companion,
            plan.attempt_no,
            text,
            place,
        )
        out.append(DraftPage(text=text, scene=scene))
    writer.trace.refrain_lines |= {phrasing.apply(line) for line in writer.trace.refrain_lines}
    titles = list(template.titles)
    if idea.thing is not None:
        # A book made from an idea carries its thing on the cover.
        named = [t for t in titles if "{Obj}" in t] if obj == idea.thing else []
        titles = named or ["{H} and the " + title_case(idea.thing)]
    title = title_case(render(rng.choice(titles), slots))
    return StoryDraft(title=title, pages=out), writer.trace


def _in_bed(state: StoryState, beats: list[Beat]) -> bool:
    """Whether a bedtime book's night page is told in bed: once it has gone to bed, and
    from the resolution on."""
    return state.in_bed or any(b in (Beat.resolution, Beat.echo) for b in beats)


def write_story(request: StoryRequest) -> StoryDraft:
    """Pure and deterministic: the same request always gives the same book."""
    return write_story_traced(request)[0]


__all__ = ["Bond", "Prop", "PropState", "Trace", "word_count", "write_story", "write_story_traced"]
