"""Mystery: something is lost, clues are followed, it is found where nobody looked."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_CLUES = (
    "a trail of crumbs",
    "some tiny footprints",
    "a little feather",
    "a long red thread",
    "a trail of sand",
    "a muddy paw print",
)
_TAKERS = ("a magpie", "a little mouse", "a sleepy puppy", "a busy squirrel", "the wind")


def _slots(setting: SettingData, rng: random.Random) -> dict[str, str]:
    return {"clue": rng.choice(_CLUES), "taker": rng.choice(_TAKERS)}


MYSTERY = TemplateDef(
    name=Template.mystery,
    lines={
        Beat.setup: Lines(
            tod=("{H} has {a_obj}.", "{H} hugs {H:their} {obj}."),
            pre=(
                "{H} had a special {obj} that went everywhere with {H:them}.",
                "{H:poss} {obj} was the best {obj} in the world.",
                "{H} kept {H:their} {obj} close, day and night.",
            ),
            rich=(
                "{H} had a special {obj}, a little worn at the edges, that went everywhere with "
                "{H:them}.",
                "Of all the things {H} owned, the {obj} was the one {H:they} loved best.",
            ),
        ),
        Beat.want: Lines(
            tod=("Oh no! Where is the {obj}?", "The {obj} is gone!"),
            pre=(
                "But one morning, the {obj} was gone!",
                "Then one day, {H} looked up. Where was the {obj}?",
                "But when {H} woke up, the {obj} was not there.",
            ),
            rich=(
                "But one morning, when {H} reached for the {obj}, {H:their} hand found nothing "
                "at all.",
                "Then, one ordinary morning, the {obj} simply vanished.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("Look! {Clue}!",),
            pre=("All they could find was {clue}.", "There was a clue: {clue}!"),
            rich=("The only clue was {clue}, leading off in a direction nobody expected.",),
        ),
        Beat.attempt: Lines(
            tod=("{H} looks {spot}.", "Is it {spot}?", "{H} peeks {spot}."),
            pre=(
                "{H} looked {spot}.",
                "They searched {spot}.",
                "{H} peeked {spot}.",
                "Next, they tried {spot}.",
            ),
            rich=(
                "{H} searched {spot}, lifting and moving things one at a time.",
                "They hunted {spot}, where lost things usually turn up.",
                "Next, they tried {spot}, because {clue} seemed to point that way.",
                "{H} got down on hands and knees and looked {spot}.",
            ),
        ),
        Beat.low: Lines(
            tod=("{H} is sad.", "No {obj}. Boo hoo."),
            pre=(
                "{H} sat down with a bump. The {obj} was really lost.",
                "It was getting late. Maybe the {obj} was gone for good.",
            ),
            rich=(
                "{H} sat down heavily. Perhaps the {obj} was gone for good, and that thought "
                "felt like a stone.",
            ),
        ),
        Beat.turn: Lines(
            tod=("Look! {Clue}!", "What is that?"),
            pre=("Then {H} saw {clue}, leading {hideout}.", "Something moved {hideout}."),
            rich=(
                "That was when {H} noticed {clue} again, leading {hideout}.",
                "Something rustled {hideout}, and everyone held their breath.",
            ),
        ),
        Beat.resolution: Lines(
            tod=("There it is! The {obj}!", "The {obj} is {hideout}!"),
            pre=(
                "And there, {hideout}, was the {obj}! {Taker} had borrowed it.",
                "There was the {obj}, {hideout}, safe and sound.",
            ),
            rich=(
                "And there, {hideout}, was the {obj}. {Taker} had borrowed it to make a cosy bed.",
                "There, {hideout}, safe and sound, lay the {obj}, as if it had been waiting all "
                "along.",
            ),
        ),
        Beat.echo: Lines(
            tod=("{H} and the {obj}. Together again.", "{H} hugs the {obj}. Hooray!"),
            pre=(
                "Back at {home}, {H} held the {obj} tight.",
                "That night, the {obj} was back by {H:poss} side, right where it belonged.",
            ),
            rich=(
                "That night, back at {home}, the {obj} sat in its usual place, and {H} smiled "
                "at it.",
            ),
        ),
    },
    refrains=(
        ('"Not here," said {H}.', '"Not here either," said {H}.', '"Still not here!" said {H}.'),
        ("No {obj}.", "No {obj} there.", "Still no {obj}."),
        ("Where can it be?", "Where can it be now?", "Where can it be at all?"),
    ),
    titles=(
        "Where Is the {Obj}?",
        "{H} and the Missing {Obj}",
        "The Case of the Lost {Obj}",
        "Who Took the {Obj}?",
        "{H:poss} Lost {Obj}",
        "The Mystery of {Here_title}",
        "{H} Looks for the {Obj}",
        "The {Obj} That Went Missing",
    ),
    goals={
        Setting.forest: (Prop.basket, Prop.acorn, Prop.feather),
        Setting.beach: (Prop.shell, Prop.bucket, Prop.spade),
        Setting.castle: (Prop.key, Prop.wand, Prop.book),
        Setting.farm: (Prop.egg, Prop.basket),
        Setting.city_park: (Prop.ball, Prop.kite),
        Setting.bedroom: (Prop.teddy_bear, Prop.book, Prop.blanket),
        Setting.classroom: (Prop.paintbrush, Prop.book, Prop.drum),
        Setting.underwater: (Prop.shell, Prop.star),
        Setting.space: (Prop.telescope, Prop.star),
    },
    default_goals=(Prop.teddy_bear, Prop.ball, Prop.key, Prop.book),
    goal_states={Beat.want: PropState.hidden, Beat.resolution: PropState.held},
    start_state=PropState.held,
    extra_slots=_slots,
)
