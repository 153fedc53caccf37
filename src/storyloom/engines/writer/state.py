"""What is true at each page (who is here, what is held or lost, the light), and the
scene spec derived from it, so pictures never contradict the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyloom.engines.illustrator.spec import (
    INDOOR_PLACES,
    PLACES,
    Expression,
    Facing,
    Focus,
    Obstacle,
    Place,
    Placement,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)
from storyloom.engines.writer.cast import Actor
from storyloom.engines.writer.idea import Goal, Idea
from storyloom.engines.writer.obstacles import names_obstacle
from storyloom.engines.writer.scene import (
    Route,
    action_in,
    animals_in,
    companion_move,
    focus_for,
    hero_move,
    lights_said,
    place_named,
)
from storyloom.engines.writer.templates.base import DEFAULT_MOODS, Beat, PropState, TemplateDef
from storyloom.engines.writer.thing_state import Said, thing_news
from storyloom.engines.writer.words import PROP_NOUNS


@dataclass(slots=True)
class StoryState:
    setting: Setting
    weather: Weather
    goal: Prop
    goal_state: PropState
    hero: Actor
    companions: list[Actor]
    present: list[Actor] = field(default_factory=list)  # companions on stage, in order met
    asleep: bool = False
    bedtime: bool = False
    route: Route = field(default_factory=lambda: Route((Place.forest_edge,) * 4))
    obstacle: Obstacle | None = None
    problem: str = ""  # the words for what is in the way: "the tall wall of rocks"
    idea: Idea = field(default_factory=Idea)
    idea_placement: Placement = Placement.far_away
    idea_reached: bool = False  # the idea's thing is found, made, reached or safe
    in_bed: bool = False  # a bedtime book has gone to bed: its pages stay in the bedroom
    finder: str | None = None  # who found the thing the text last said was found
    last_shot: tuple[Place | None, Focus] | None = None  # the previous page's place and framing
    shots: set[tuple[Place | None, Focus]] = field(default_factory=set)  # every one so far

    def arrive(self, actor: Actor) -> None:
        if actor is not self.hero and actor not in self.present:
            self.present.append(actor)


_CLOSER = {Focus.wide: Focus.medium, Focus.medium: Focus.close_up, Focus.close_up: Focus.wide}


def time_of_day(index: int, pages: int, bedtime: bool) -> TimeOfDay:
    """Days move from morning to sunset and end at night, at home; bedtime stories dim
    from sunset into night."""
    t = index / max(pages - 1, 1)
    if index == pages - 1:
        return TimeOfDay.night
    if bedtime:
        return TimeOfDay.sunset if t < 0.3 else TimeOfDay.night
    if t < 0.3:
        return TimeOfDay.morning
    if t < 0.75:
        return TimeOfDay.afternoon
    return TimeOfDay.sunset


def build_scene(
    state: StoryState,
    template: TemplateDef,
    beat: Beat,
    index: int,
    pages: int,
    acting: Actor | None,
    attempt_no: int = 0,
    text: str = "",
    place: Place | None = None,
) -> SceneSpec:
    """The page's picture; `place` is where its text is (by default, where the route is
    on this beat)."""
    pose, expression = {**DEFAULT_MOODS, **template.moods}[beat]
    tod = time_of_day(index, pages, template.bedtime)
    # What the text says the hero does is drawn, in every template; the template's own
    # moves (the tries, the wonder) only where a bedtime book would not slow down.
    said, crying = action_in(text, state.hero, pronoun=True)
    if said is None and template.bedtime and tod == TimeOfDay.night and _INTO_BED.search(text):
        said = Pose.sleeping  # "Into bed. Snug as a bug.": lying down, eyes closed
    move = hero_move(beat, template.name, attempt_no, state.setting == Setting.underwater)
    if said is not None:
        pose = said
    elif move is not None and not template.bedtime:
        pose = move
    if said is Pose.sleeping:
        expression = Expression.sleepy
    elif state.asleep:
        pose, expression = Pose.sleeping, Expression.sleepy
    elif template.bedtime and tod == TimeOfDay.night and beat in (Beat.resolution, Beat.low):
        expression = Expression.sleepy
    elif beat == Beat.want:
        expression = Expression.curious
    elif beat == Beat.resolution:
        expression = Expression.proud
    hero_id = state.hero.id
    assert hero_id is not None
    on_stage = [a for a in state.present if a.id is not None][:4]
    chars: list[SceneCharacter] = []
    for i, actor in enumerate(on_stage):
        assert actor.id is not None
        c_said, c_crying = action_in(text, actor, pronoun=False)
        if state.asleep or c_said is Pose.sleeping:
            c_pose, c_expr = Pose.sleeping, Expression.sleepy
        else:
            c_pose, c_expr = companion_move(actor, beat, actor is acting)
            if c_said is not None:
                c_pose = c_said
            if c_crying:
                c_expr = Expression.crying
        together = c_pose in (Pose.hugging, Pose.talking, Pose.holding_hands)
        chars.append(
            SceneCharacter(
                character_id=actor.id,
                pose=c_pose,
                expression=c_expr,
                position=round(0.55 + 0.13 * i, 2),
                facing=Facing.left,
                with_character=hero_id if together else None,
            )
        )
    hugged = next((c.character_id for c in chars if c.pose == Pose.hugging), None)
    if hugged is not None and not state.asleep and said is None:
        pose = Pose.hugging
    if crying and pose is not Pose.sleeping:
        expression = Expression.crying
    idea_news = _follow_the_text(state, text)
    props = _props(state, beat, hero_id, acting, on_stage, idea_news)
    # the animals the page talks about are in its picture (the baby bird behind the log)
    shown = {p.prop for p in props}
    props += [SceneProp(prop=a, placement=Placement.ground) for a in animals_in(text, shown)]
    if pose == Pose.standing and any(p.held_by == hero_id for p in props):
        pose = Pose.carrying
    hero = SceneCharacter(
        character_id=hero_id,
        pose=pose,
        expression=expression,
        position=0.3 if on_stage else 0.5,
        facing=Facing.right,
        with_character=hugged if pose == Pose.hugging else None,
    )
    # the thing in the way is in the picture where they face it, and wherever a page says it
    blocked = beat in (Beat.obstacle, Beat.attempt, Beat.low, Beat.turn) or (
        state.obstacle is not None and names_obstacle(text, state.problem)
    )
    place = place or state.route.at(beat)
    focus = focus_for(beat, not on_stage or template.bedtime)  # a quiet book looks closer
    setting = state.setting
    # A bedtime book ends in bed: the night pages where the hero sleeps, and the last ones,
    # are drawn in the bedroom whatever the setting the day was spent in.
    if template.bedtime and tod == TimeOfDay.night:
        state.in_bed = state.in_bed or pose == Pose.sleeping or beat in (Beat.resolution, Beat.echo)
        if state.in_bed:
            setting, place = Setting.bedroom, Place.bedroom
            # the sleeper's face, eyes closed, close up; the last page the whole quiet room
            focus = Focus.close_up if pose == Pose.sleeping and beat != Beat.echo else focus
    elif said is Pose.sleeping and beat in (Beat.resolution, Beat.celebrate, Beat.echo):
        # any book whose hero falls asleep at the end ("back home, Luna fell asleep")
        # puts them to bed at night, not on the grass where the day was spent
        setting, place, tod = Setting.bedroom, Place.bedroom, TimeOfDay.night
    obstacle = state.obstacle if blocked and setting == state.setting else None
    if obstacle in _OUTSIDE and place in INDOOR_PLACES and place_named(text, setting) is None:
        # a river or a bog is met out of doors: the page the text puts nowhere in particular
        # is drawn where it can be, not across the great hall's floor
        place = next(p for p in PLACES[setting] if p not in INDOOR_PLACES)
    if place in INDOOR_PLACES:  # under a roof, the rain stays outside
        props = [p for p in props if p.prop is not Prop.umbrella]
    if setting == Setting.bedroom and pose == Pose.sleeping and Prop.bed not in shown:
        props = [SceneProp(prop=Prop.bed), *props]  # asleep in bed, not on the rug
    if state.last_shot == (place, focus):
        # Never the same shot twice running: the camera moves in (wide, medium, close).
        focus = _CLOSER[focus]
    elif (place, focus) in state.shots and focus is not Focus.close_up and pose != Pose.sleeping:
        # A place seen again from where it was seen before is seen from a new distance,
        # if one is left; the first and last pages keep their wide view, and the close-ups
        # of the sad and sleepy moments stay close.
        fresh = [
            f for f in (_CLOSER[focus], _CLOSER[_CLOSER[focus]]) if (place, f) not in state.shots
        ]
        if fresh and beat not in (Beat.setup, Beat.echo):
            focus = fresh[0]
    state.last_shot = (place, focus)
    state.shots.add((place, focus))
    return SceneSpec(
        setting=setting,
        time_of_day=tod,
        weather=state.weather,
        characters=[hero, *chars],
        props=props[:6],
        focus=focus,
        focus_character=hero_id if focus != Focus.wide or beat in (Beat.setup, Beat.echo) else None,
        place=place,
        obstacle=obstacle,
        # the lamps as the text leaves them, in a room at night
        lights_out=lights_said(text) if tod == TimeOfDay.night and place in INDOOR_PLACES else None,
    )


# A bedtime page that puts the little one to bed without saying who ("Into bed.").
_INTO_BED = re.compile(
    r"(?:^|[.!?]\s+)Into bed\b|\btucked (?:\w+ )?in\b|\bsnuggled (?:down|up) (?:in|under)\b"
)
# What stands in the way out of doors only: never drawn across a room's floor.
_OUTSIDE = frozenset(
    {
        Obstacle.stream,
        Obstacle.bog,
        Obstacle.fallen_tree,
        Obstacle.deep_snow,
        Obstacle.thorn_bush,
        Obstacle.broken_bridge,
        Obstacle.cave_mouth,
    }
)


def _words_for(state: StoryState, prop: Prop) -> list[str]:
    """The words the text may name a thing by: its noun, and the family's words for it."""
    words = [PROP_NOUNS[prop]]
    if state.idea.prop == prop:
        words += [w for w in (state.idea.thing, state.idea.noun) if w]
    return words


def _follow_the_text(state: StoryState, text: str) -> Said | None:
    """What the page says of the story's things: a thing it says is lost is not drawn, a
    thing it says is found is drawn held by the finder. Returns what it says of the idea's
    own thing, when that is not the story's goal."""
    cast = [state.hero, *state.companions]
    names = [a.name for a in cast]
    news = thing_news(text, _words_for(state, state.goal), names)
    if news is not None and news.said is Said.lost:
        state.goal_state, state.finder = PropState.hidden, None
    elif news is not None:
        state.goal_state = PropState.held
        state.finder = next((a.id for a in cast if a.name == news.finder), None)
    idea_prop = state.idea.prop
    if idea_prop is None or idea_prop == state.goal:
        return None
    said = thing_news(text, _words_for(state, idea_prop), names)
    return None if said is None else said.said


def _props(
    state: StoryState,
    beat: Beat,
    hero_id: str,
    acting: Actor | None,
    on_stage: list[Actor],
    idea_news: Said | None = None,
) -> list[SceneProp]:
    """Where each thing is on this page, as the story (and the page's text) has left it."""
    props: list[SceneProp] = []
    here = {a.id for a in on_stage}
    if state.goal_state == PropState.held:
        holder = state.finder if state.finder in here else hero_id
        props.append(SceneProp(prop=state.goal, held_by=holder))
    elif state.goal_state == PropState.shared and acting is not None and acting.id is not None:
        props.append(SceneProp(prop=state.goal, held_by=acting.id))
    elif state.goal_state in (PropState.ground, PropState.shared):
        props.append(SceneProp(prop=state.goal, placement=Placement.ground))
    idea_prop = state.idea.prop
    if idea_prop is not None and idea_prop != state.goal and beat != Beat.setup:
        carried = state.idea.goal in (Goal.reach, Goal.learn, Goal.overcome)
        if idea_news is Said.lost:
            pass  # the page says it is lost: it is nowhere to be seen
        elif state.idea_reached or carried or idea_news is Said.found:
            props.append(SceneProp(prop=idea_prop, held_by=hero_id))
        elif state.idea.goal != Goal.make and beat in (Beat.want, Beat.obstacle, Beat.low):
            props.append(SceneProp(prop=idea_prop, placement=state.idea_placement))
    if state.weather == Weather.rain and state.setting not in (Setting.bedroom, Setting.classroom):
        holder = on_stage[0].id if on_stage and state.goal_state == PropState.held else hero_id
        props.append(SceneProp(prop=Prop.umbrella, held_by=holder))
    if state.bedtime and (state.asleep or beat == Beat.echo) and state.goal != Prop.bed:
        props.append(SceneProp(prop=Prop.bed))
    return props
