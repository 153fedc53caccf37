"""What is true at each page (who is here, what is held or lost, the light), and the
scene spec derived from it, so pictures never contradict the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyloom.engines.illustrator.spec import (
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
from storyloom.engines.writer.scene import (
    Route,
    action_in,
    animals_in,
    companion_move,
    focus_for,
    hero_move,
)
from storyloom.engines.writer.templates.base import DEFAULT_MOODS, Beat, PropState, TemplateDef


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
    idea: Idea = field(default_factory=Idea)
    idea_placement: Placement = Placement.far_away
    idea_reached: bool = False  # the idea's thing is found, made, reached or safe
    in_bed: bool = False  # a bedtime book has gone to bed: its pages stay in the bedroom
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
    props = _props(state, beat, hero_id, acting, on_stage)
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
    blocked = beat in (Beat.obstacle, Beat.attempt, Beat.low, Beat.turn)
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
        obstacle=state.obstacle if blocked else None,
    )


def _props(
    state: StoryState, beat: Beat, hero_id: str, acting: Actor | None, on_stage: list[Actor]
) -> list[SceneProp]:
    """Where each thing is on this page, as the story has left it."""
    props: list[SceneProp] = []
    if state.goal_state == PropState.held:
        props.append(SceneProp(prop=state.goal, held_by=hero_id))
    elif state.goal_state == PropState.shared and acting is not None and acting.id is not None:
        props.append(SceneProp(prop=state.goal, held_by=acting.id))
    elif state.goal_state in (PropState.ground, PropState.shared):
        props.append(SceneProp(prop=state.goal, placement=Placement.ground))
    idea_prop = state.idea.prop
    if idea_prop is not None and idea_prop != state.goal and beat != Beat.setup:
        carried = state.idea.goal in (Goal.reach, Goal.learn, Goal.overcome)
        if state.idea_reached or carried:
            props.append(SceneProp(prop=idea_prop, held_by=hero_id))
        elif state.idea.goal != Goal.make and beat in (Beat.want, Beat.obstacle, Beat.low):
            props.append(SceneProp(prop=idea_prop, placement=state.idea_placement))
    if state.weather == Weather.rain and state.setting not in (Setting.bedroom, Setting.classroom):
        holder = on_stage[0].id if on_stage and state.goal_state == PropState.held else hero_id
        props.append(SceneProp(prop=Prop.umbrella, held_by=holder))
    if state.bedtime and (state.asleep or beat == Beat.echo) and state.goal != Prop.bed:
        props.append(SceneProp(prop=Prop.bed))
    return props
