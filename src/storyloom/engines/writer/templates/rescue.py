"""Rescue: an animal in trouble, three ways to reach it, and a gentle way home."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.spec import Prop
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_ANIMALS = (
    "baby bird",
    "little kitten",
    "tiny duckling",
    "small hedgehog",
    "little lamb",
    "baby owl",
)


def _slots(setting: SettingData, rng: random.Random) -> dict[str, str]:
    animal = rng.choice(_ANIMALS)
    return {"animal": animal, "a_animal": ("an " if animal[0] in "aeiou" else "a ") + animal}


RESCUE = TemplateDef(
    name=Template.rescue,
    lines={
        Beat.setup: Lines(
            tod=("{H} is out to play.", "{H} plays {at}."),
            pre=(
                "{H} was out playing {at}.",
                "It was a fine day {at}, and {H} was out early.",
                "{H} was on a walk {at}.",
            ),
            rich=(
                "{H} was out {at}, minding {H:their} own business, when the day changed.",
                "It was the sort of day when nothing much happens, until it does.",
            ),
        ),
        Beat.want: Lines(
            tod=("Cheep! Cheep! Who is that?", "Oh! {A_animal}!"),
            pre=(
                "Then {H} heard a tiny cry. It was {a_animal}, stuck {hideout}!",
                '"Cheep!" Something was crying {hideout}. It was {a_animal}!',
            ),
            rich=(
                "A thin, small cry came from {hideout}. {H} crept closer and saw {a_animal}, "
                "stuck and scared.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("It is stuck! Oh no!",),
            pre=(
                "The {animal} was stuck, and it was too high to reach.",
                "The {animal} was scared and would not come.",
            ),
            rich=("The {animal} was stuck fast, too far to reach and too frightened to move.",),
        ),
        Beat.attempt: Lines(
            tod=("{H} reaches up.", "{H} calls to it.", "{H} holds out a snack."),
            pre=(
                "{H} reached up as far as {H:they} could.",
                '{H} called to it softly. "Come here, little one."',
                "{H} held out some crumbs.",
                "{H} stood on tiptoe {spot}.",
            ),
            rich=(
                "{H} stretched up on tiptoe, fingers straining, but it was still out of reach.",
                "{H} called softly, but the {animal} only pressed itself further back.",
                "{H} held out a handful of crumbs and waited, but the {animal} was too scared "
                "to move.",
                "{H} tried standing on a stone {spot}, which wobbled alarmingly.",
            ),
        ),
        Beat.low: Lines(
            tod=("The {animal} is sad. {H} is sad.",),
            pre=("The {animal} gave a sad little cry. {H} felt like crying too.",),
            rich=("The {animal} gave a sad little cry, and {H:poss} heart sank with it.",),
        ),
        Beat.turn: Lines(
            tod=("{H} gets the {obj}.",),
            pre=("{H} fetched the {obj} and held it out, very still.",),
            rich=("{H} fetched the {obj}, held it out very still, and waited without a sound.",),
        ),
        Beat.resolution: Lines(
            tod=("Hop! The {animal} is safe!", "In it goes. Safe!"),
            pre=(
                "Hop! The {animal} climbed into the {obj}. It was safe at last!",
                "Slowly, the {animal} crept into the {obj}. Safe!",
            ),
            rich=(
                "With one small hop, the {animal} tumbled into the {obj}. It was safe at last, "
                "and its mother came running.",
            ),
        ),
        Beat.echo: Lines(
            tod=('"Bye bye, {animal}!" says {H}.', "{H} waves. The {animal} is home."),
            pre=(
                "The {animal} went home to its mother. {H} waved goodbye.",
                "Back at {home}, {H} could still hear a happy cheep far away.",
            ),
            rich=(
                "Later, back at {home}, {H} heard a happy cheep from far away, and knew it was "
                "saying thank you.",
            ),
        ),
    },
    refrains=(
        (
            '"Come on, little one," said {H}.',
            '"Come on, it\'s all right," said {H}.',
            '"Come on, please," said {H}.',
        ),
        ("But it did not come.", "Still it did not come.", "It still did not come."),
    ),
    titles=(
        "{H} to the Rescue",
        "{H} and the Little {Animal}",
        "Help for the {Animal}",
        "The {Animal} Who Was Stuck",
        "A Friend for the {Animal}",
        "{H} Saves the Day",
        "Safe and Sound",
    ),
    goals={},
    default_goals=(Prop.basket, Prop.blanket, Prop.bucket),
    goal_states={
        Beat.setup: PropState.hidden,
        Beat.turn: PropState.held,
        Beat.resolution: PropState.held,
    },
    start_state=PropState.hidden,
    extra_slots=_slots,
)
