"""Rescue: an animal in trouble, three ways to reach it, and a gentle way home."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.spec import Prop
from storyloom.engines.writer.idea import find_word
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

# Each animal and the small sound it makes.
_CRIES = {
    "baby bird": "cheep",
    "little kitten": "mew",
    "tiny duckling": "peep",
    "small hedgehog": "squeak",
    "little lamb": "baa",
    "baby owl": "hoo",
}
_ANIMALS = tuple(_CRIES)


def _animal_slots(animal: str) -> dict[str, str]:
    return {
        "animal": animal,
        "a_animal": ("an " if animal[0] in "aeiou" else "a ") + animal,
        "problem": "the " + animal,
        "cry": _CRIES[animal],
    }


def _slots(setting: SettingData, rng: random.Random) -> dict[str, str]:
    return _animal_slots(rng.choice(_ANIMALS))


def _idea_slots(idea: str) -> dict[str, str]:
    """An idea that names one of the animals ("a kitten up a tree") picks it."""
    found = find_word(idea, {a.split()[-1]: a for a in _ANIMALS} | {"bird": "baby bird"})
    return _animal_slots(found) if found else {}


_FOLLOW = {
    Beat.setup: Lines(
        pre=(
            "Then {H} heard something {hideout}. What was that?",
            "Everything {at} was quiet. Almost.",
        ),
        rich=(
            "Then, under the ordinary sounds, {H} heard one that did not belong.",
            "{H} stopped. There it was again: a small sound, very thin and very sad.",
        ),
    ),
    Beat.want: Lines(
        pre=(
            "The {animal} looked so scared. {H} had to help.",
            '"Don\'t worry," said {H} to the {animal}. "I\'m here."',
        ),
        rich=(
            "Its [little|round|dark] eyes were wide, and it was [shaking|shaking all over]. "
            "{H} knew {H:they} had to help.",
            '"Don\'t worry," said {H}, though {H:their} heart was thumping. "We\'ll get you."',
        ),
    ),
    Beat.obstacle: Lines(
        pre=("How could they get to the {animal}?", "What could they do for the {animal}?"),
        rich=(
            "Every time they moved closer, the {animal} shrank further back.",
            "They would need a plan, and they would need to be gentle with the {animal}.",
        ),
    ),
    Beat.attempt: Lines(
        pre=(
            "But the {animal} just shook.",
            "The {animal} did not come.",
            "The {animal} gave a tiny cry and hid.",
            "The {animal} was still too far to reach.",
            "Nearly! But the {animal} stayed put.",
            "The {animal} backed away.",
        ),
        rich=(
            "The {animal} only pressed itself further back and shut its eyes.",
            "For a moment it looked as if it might come. Then it did not.",
            "{H} was close to the {animal}, so close, but not close enough.",
            "The {animal} gave a tiny, frightened cry, and {H} stepped back at once.",
            "{H} let out a long breath. That had not worked either.",
            "The {animal} watched them, trembling, and stayed exactly where it was.",
        ),
    ),
    Beat.low: Lines(
        pre=("It was getting cold {at}. What if nobody could help the {animal}?",),
        rich=("The air {at} was getting colder. What if nobody could reach the {animal} at all?",),
    ),
    Beat.turn: Lines(
        pre=(
            "The {animal} looked at the {obj}, sniffed, and took one step.",
            "Everyone kept very still {at}.",
        ),
        rich=(
            "The {animal} looked at the {obj}, sniffed, and took one wobbly step.",
            "Nobody moved and nobody breathed while the {animal} came a little closer.",
        ),
    ),
    Beat.resolution: Lines(
        pre=(
            "The {animal} was warm and safe in the {obj} now.",
            "The {animal} gave a happy little {cry}.",
        ),
        rich=(
            "The {animal} was warm and safe in the {obj} now, and it stopped shaking.",
            "The {animal} snuggled down and gave a small, happy squeak.",
        ),
    ),
}

_RESCUE = {
    Beat.journey: Lines(
        pre=("They ran to get help, and ran back.", "They went the long way round, very quietly."),
        rich=(
            "They hurried to fetch help, then hurried back, worried the whole way.",
            "They crept the long way round, so as not to frighten it.",
        ),
    ),
    Beat.pause: Lines(
        pre=("They sat very still {at} and watched.", "They waited and talked in whispers."),
        rich=(
            "They sat very still and watched, talking only in whispers.",
            "They waited, and every minute felt as long as an hour.",
        ),
    ),
    Beat.wonder: Lines(
        pre=("Then they saw {wonder}. Could it help the {animal}?",),
        rich=("Nearby they found {wonder}, and for a second forgot to worry.",),
    ),
    Beat.celebrate: Lines(
        pre=("Everyone gave a [soft|quiet|little] cheer, so as not to scare it.",),
        rich=("Everyone gave the quietest cheer in history, so as not to scare it.",),
    ),
}


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
            tod=("{Cry}! {Cry}! Who is that?", "Oh! {A_animal}!"),
            pre=(
                "[Then|Just then|All at once], {H} heard a tiny cry. It was {a_animal}, stuck "
                "{hideout}!",
                '"{Cry}!" Something was crying {hideout}. It was {a_animal}!',
            ),
            rich=(
                "A thin, small cry came from somewhere {hideout}. {H} crept closer and saw "
                "{a_animal}, "
                "stuck and scared.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("Oh no, the {animal} is stuck {hideout}!",),
            pre=(
                "The {animal} was stuck, and it was too high to reach.",
                "The {animal} was scared and would not come.",
            ),
            rich=("The {animal} was stuck fast, too far to reach and too frightened to move.",),
        ),
        **_RESCUE,
        Beat.attempt: Lines(
            tod=("{H} reaches up[| high| to it].", "{H} calls to it.", "{H} holds out a snack."),
            pre=(
                "{H} reached up as far as {H:they} could.",
                '{H} called to it softly. "Come here, {animal}."',
                "{H} held out some crumbs.",
                "{H} stood on tiptoe {spot}.",
            ),
            rich=(
                "{H} stretched up on tiptoe, fingers straining, but it was still out of reach.",
                "{H} called softly, but the {animal} only pressed itself further back.",
                "{H} held out a {H:hand}ful of crumbs and waited, but the {animal} was too scared "
                "to move.",
                "{H} tried standing on a stone {spot}, which wobbled alarmingly.",
            ),
        ),
        Beat.low: Lines(
            tod=("The {animal} is sad. {H} is sad.",),
            pre=("The {animal} gave a sad little {cry}, and {H} felt like crying too.",),
            rich=("The {animal} gave a sad little cry, and {H:poss} heart sank with it.",),
        ),
        Beat.turn: Lines(
            tod=("{H} gets the {obj}.",),
            pre=("{H} fetched the {obj} and held it out, very still.",),
            rich=("{H} fetched the {obj}, held it out very still, and waited without a sound.",),
        ),
        Beat.resolution: Lines(
            tod=("Up hops the {animal}, safe at last!", "In the {obj} it goes, safe and sound."),
            pre=(
                "With a [hop|little hop|jump], the {animal} climbed into the {obj}. It was "
                "safe at last!",
                "Slowly, the {animal} crept into the {obj}, safe at last.",
            ),
            rich=(
                "With one small hop, the {animal} tumbled into the {obj}. It was safe at last, "
                "and its mother came running.",
            ),
        ),
        Beat.echo: Lines(
            tod=(
                '"Bye bye, {animal}!" says {H}.',
                "{H} waves[| bye| and waves]. The {animal} is home[| again| at last].",
            ),
            pre=(
                "The {animal} went home to its mother, and {H} waved goodbye.",
                "Back at {home}, {H} could still hear a happy {cry} far away.",
            ),
            rich=(
                "Later, back at {home}, {H} heard a happy {cry} from far away, and knew it was "
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
        (
            "But it did not come.",
            "Still it did not come.",
            "It still did not come.",
            "And it came!",
        ),
    ),
    titles=(
        "{H} to the Rescue",
        "{H} and the {Animal}",
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
    follow=_FOLLOW,
    idea_slots=_idea_slots,
)
