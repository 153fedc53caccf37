"""What a setting is: its places, sounds, sensory details, wonders and props.

Plain words (`spots`, `sounds`, `details`, `night`) are kept to the young-reader word list
so toddler and preschool pages can use them; `rich` details are for readers of five and
up. A line may hold `[this|that]` choices, resolved by the story's seed.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyloom.engines.illustrator.spec import Place, Prop, Weather


@dataclass(frozen=True, slots=True)
class Sound:
    word: str  # "tweet, tweet"
    source: str  # "the birds"
    present: str  # "sing" (agrees with source)
    past: str  # "sang"


@dataclass(frozen=True, slots=True)
class SettingData:
    at: str  # "in the forest"
    here: str  # "the forest"
    home: str  # where stories start and end: "the little house by the woods"
    far: str  # a far place to reach: "the top of the green hill"
    far_place: Place  # where that is: the hilltop
    spots: tuple[str, ...]  # locative phrases: "under the big tree"
    sounds: tuple[Sound, ...]
    details: tuple[str, ...]  # short sensory sentences, past tense, plain words
    rich: tuple[str, ...]  # longer sensory sentences for readers of five and up
    wonders: tuple[str, ...]  # things to discover, with article: "a nest of blue eggs"
    creature: str  # someone met on the way when the hero is alone
    props: tuple[Prop, ...]
    weathers: tuple[Weather, ...]
    # What can stand in the way of an adventure here, with article: "a fast, cold stream".
    # Its words tell the picture what to draw (see `obstacles.obstacle_for`).
    blocks: tuple[str, ...]
    # Quiet, dimming details for bedtime stories, plain words, past tense.
    night: tuple[str, ...] = ()
