"""What a story template is: beats, their realisations per register, props and titles."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from storyloom.engines.illustrator.spec import Expression, Pose, Prop, Setting
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.story_spec import Template


class Beat(StrEnum):
    setup = "setup"
    want = "want"
    obstacle = "obstacle"
    attempt = "attempt"
    low = "low"
    turn = "turn"
    resolution = "resolution"
    echo = "echo"
    # interludes that lengthen a book for older readers
    meet = "meet"
    journey = "journey"
    pause = "pause"
    wonder = "wonder"
    celebrate = "celebrate"


@dataclass(frozen=True, slots=True)
class Lines:
    """Realisations of one beat: `tod` present tense for 2-3, `pre` simple past for 3-5,
    `rich` longer sentences for 7-10 (empty means: use `pre`). A line may hold
    `[this|that]` choices, resolved by the story's seed."""

    tod: tuple[str, ...] = ()
    pre: tuple[str, ...] = ()
    rich: tuple[str, ...] = ()


class PropState(StrEnum):
    held = "held"  # by the hero
    shared = "shared"  # held by a companion on the page
    ground = "ground"  # resting in the scene
    hidden = "hidden"  # lost or not yet found: not drawn


@dataclass(frozen=True, slots=True)
class TemplateDef:
    name: Template
    lines: Mapping[Beat, Lines]
    # A refrain is one line that comes back with one word changed, for young readers.
    refrains: tuple[tuple[str, ...], ...]
    titles: tuple[str, ...]
    # The object the story turns on, chosen from the setting's props.
    goals: Mapping[Setting, tuple[Prop, ...]]
    default_goals: tuple[Prop, ...]
    # Where the goal is, beat by beat; beats not named keep the previous state.
    goal_states: Mapping[Beat, PropState]
    start_state: PropState
    moods: Mapping[Beat, tuple[Pose, Expression]] = field(default_factory=dict)
    extra_slots: Callable[[SettingData, random.Random], dict[str, str]] | None = None
    bedtime: bool = False
    # What happens next on a page with room: a consequence, ending on a question or a change.
    follow: Mapping[Beat, Lines] = field(default_factory=dict)
    # Other props a request's idea may make the story turn on.
    idea_goals: tuple[Prop, ...] = ()
    # Slots an idea can set (the animal to rescue, the day to celebrate), from its words.
    idea_slots: Callable[[str], dict[str, str]] | None = None

    def accepts(self, prop: Prop) -> bool:
        """Whether the story can turn on this prop."""
        known = {p for props in self.goals.values() for p in props}
        return prop in known or prop in self.default_goals or prop in self.idea_goals


DEFAULT_MOODS: dict[Beat, tuple[Pose, Expression]] = {
    Beat.setup: (Pose.standing, Expression.happy),
    Beat.want: (Pose.pointing, Expression.happy),
    Beat.obstacle: (Pose.standing, Expression.surprised),
    Beat.attempt: (Pose.running, Expression.determined),
    Beat.low: (Pose.sitting, Expression.sad),
    Beat.turn: (Pose.pointing, Expression.determined),
    Beat.resolution: (Pose.waving, Expression.laughing),
    Beat.echo: (Pose.standing, Expression.happy),
    Beat.meet: (Pose.waving, Expression.happy),
    Beat.journey: (Pose.running, Expression.happy),
    Beat.pause: (Pose.sitting, Expression.happy),
    Beat.wonder: (Pose.pointing, Expression.surprised),
    Beat.celebrate: (Pose.waving, Expression.laughing),
}
