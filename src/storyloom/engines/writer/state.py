"""What is true at each page (who is here, what is held or lost, the light), and the
scene spec derived from it, so pictures never contradict the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyloom.engines.illustrator.spec import (
    Expression,
    Facing,
    Focus,
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

    def arrive(self, actor: Actor) -> None:
        if actor is not self.hero and actor not in self.present:
            self.present.append(actor)


def time_of_day(index: int, pages: int, bedtime: bool) -> TimeOfDay:
    """Days move from morning to sunset; bedtime stories dim from sunset into night."""
    t = index / max(pages - 1, 1)
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
) -> SceneSpec:
    pose, expression = {**DEFAULT_MOODS, **template.moods}[beat]
    tod = time_of_day(index, pages, template.bedtime)
    if state.asleep:
        pose, expression = Pose.sleeping, Expression.sleepy
    elif template.bedtime and tod == TimeOfDay.night and beat in (Beat.resolution, Beat.low):
        expression = Expression.sleepy
    hero_id = state.hero.id
    assert hero_id is not None
    on_stage = [a for a in state.present if a.id is not None][:4]
    chars = [
        SceneCharacter(
            character_id=hero_id,
            pose=pose,
            expression=expression,
            position=0.3 if on_stage else 0.5,
            facing=Facing.right,
        )
    ]
    for i, actor in enumerate(on_stage):
        assert actor.id is not None
        if state.asleep:
            c_pose, c_expr = Pose.sleeping, Expression.sleepy
        elif actor is acting:
            c_pose, c_expr = pose, expression
        else:
            c_pose = Pose.standing
            c_expr = Expression.worried if beat == Beat.low else Expression.happy
        chars.append(
            SceneCharacter(
                character_id=actor.id,
                pose=c_pose,
                expression=c_expr,
                position=round(0.55 + 0.13 * i, 2),
                facing=Facing.left,
            )
        )
    props: list[SceneProp] = []
    if state.goal_state == PropState.held:
        props.append(SceneProp(prop=state.goal, held_by=hero_id))
    elif state.goal_state == PropState.shared and acting is not None and acting.id is not None:
        props.append(SceneProp(prop=state.goal, held_by=acting.id))
    elif state.goal_state in (PropState.ground, PropState.shared):
        props.append(SceneProp(prop=state.goal))
    if state.weather == Weather.rain and state.setting not in (Setting.bedroom, Setting.classroom):
        holder = on_stage[0].id if on_stage and state.goal_state == PropState.held else hero_id
        props.append(SceneProp(prop=Prop.umbrella, held_by=holder))
    if template.bedtime and (state.asleep or beat == Beat.echo) and state.goal != Prop.bed:
        props.append(SceneProp(prop=Prop.bed))
    close = beat in (Beat.low, Beat.turn) and not on_stage
    return SceneSpec(
        setting=state.setting,
        time_of_day=tod,
        weather=state.weather,
        characters=chars,
        props=props[:6],
        focus=Focus.close_up if close else Focus.wide,
        focus_character=hero_id if close or beat in (Beat.setup, Beat.echo) else None,
    )
