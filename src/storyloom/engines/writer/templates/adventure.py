"""Adventure: a map, a far place to reach, three tries at the way, and the treasure."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_TREASURE = (
    "a box of shiny buttons",
    "a chest of gold coins made of chocolate",
    "a bag of bright marbles",
    "a little silver bell",
    "a jar of sparkly stones",
)


def _slots(setting: SettingData, rng: random.Random) -> dict[str, str]:
    block = rng.choice(setting.blocks)
    return {
        "block": block,
        "a_block": block,
        "problem": "the " + block.split(" ", 1)[1],
        "treasure": rng.choice(_TREASURE),
    }


_FOLLOW = {
    Beat.setup: Lines(
        pre=(
            "Where did it go? There was only one way to find out.",
            "{H} turned it round and round. What could it mean?",
        ),
        rich=(
            "A dotted line wriggled across it, and at the very end was a small, faded X.",
            "{H} held it up to the light. Somebody had drawn it long ago, and then forgotten.",
        ),
    ),
    Beat.want: Lines(
        pre=("So they packed some apples and set off.", "{H} packed a bag. It was time to go."),
        rich=(
            "They packed apples, a bottle of water and a rope, just in case, and set off.",
            "By the time the sun was up, they were on their way.",
        ),
    ),
    Beat.obstacle: Lines(
        pre=("The map said to go straight on. But how?", '"Now what?" asked {H}.'),
        rich=(
            "The dotted line on the map went straight across, as if it were easy. It was not.",
            '"The map never said anything about this," said {H}.',
        ),
    ),
    Beat.attempt: Lines(
        pre=(
            "That did not work. What next?",
            "It was no good. They had to think again.",
            '"There must be another way," said {H}.',
            "They ended up right back where they started.",
            "Back they came, wet and muddy.",
            "Not that way, then. But which way?",
        ),
        rich=(
            "It was no good, and now there was mud on everything, including the map.",
            "They ended up right back where they had started, only more tired.",
            '"There has to be another way," said {H}, wiping a muddy {H:hand} on {H:their} knee.',
            "That was one idea gone. {H} tried hard to think of the next one.",
            "For a moment, it looked as if it might work. Then it did not.",
            "They stood and stared at {problem}, and {problem} stared back.",
        ),
    ),
    Beat.low: Lines(
        pre=("The X on the map felt very far away.", "Would they ever get there?"),
        rich=(
            "The X on the map had never looked so far away.",
            "Maybe some places were only meant to be reached on paper.",
        ),
    ),
    Beat.turn: Lines(
        pre=("Could it work? There was only one way to find out.", "It was worth a try."),
        rich=(
            "It might work. It might not. But it was the best idea they had.",
            "Carefully, they dragged it into place and tested it with one foot.",
        ),
    ),
    Beat.resolution: Lines(
        pre=("They laughed and laughed. They had done it!", "It was better than any X on a map."),
        rich=(
            "They laughed until their sides hurt, because they had actually done it.",
            "It was even better than they had imagined, and they had imagined a lot.",
        ),
    ),
    Beat.journey: Lines(
        pre=("Which way now? {H} looked at the {obj}.", "The path got steeper."),
        rich=(
            "The path twisted again, and {H} checked the {obj} to be sure.",
            "Every step took them further from home, and closer to the X.",
        ),
    ),
    Beat.wonder: Lines(
        pre=("It was not on the {obj}. What else was out here?",),
        rich=("Nobody had marked it on the {obj}. What else had the map forgotten?",),
    ),
    Beat.pause: Lines(
        pre=("Then it was time to go on.",),
        rich=("Then they packed up the crumbs and went on toward the X.",),
    ),
}


ADVENTURE = TemplateDef(
    name=Template.adventure,
    lines={
        Beat.setup: Lines(
            tod=("{H} finds {a_obj}.", "{H} has {a_obj}. It is old."),
            pre=(
                "One day, {H} found an old {obj} with a big red X on it.",
                "{H} found {a_obj} in a box. It had a secret on it.",
                "At the bottom of an old box, {H} found a very old {obj}.",
            ),
            rich=(
                "Tucked inside an old box, {H} found {a_obj} that showed a path to {far}.",
                "It started with {a_obj}, yellow with age, that {H} found in the attic.",
            ),
        ),
        Beat.want: Lines(
            tod=("{H} wants to go to {far}.", "Off to {far}!"),
            pre=(
                '"We must get to {far}," said {H}.',
                "The {obj} showed the way to {far}. {H} had to go!",
                "{H} wanted to see what was at {far}.",
            ),
            rich=(
                '"Whatever is at {far}, we are going to find it," said {H}, eyes shining.',
                "{H} traced the dotted line with a finger all the way to {far}. That was where "
                "they had to go.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("Oh no, {a_block}!",),
            pre=(
                "But in the way was {block}.",
                "Then they came to {block}. How could they [get past|get by|get across]?",
            ),
            rich=("Then the path stopped short at {block}, and there was no way round.",),
        ),
        Beat.attempt: Lines(
            tod=(
                "{H} tries to jump[| over| up high].",
                "{H} tries to climb[| up| up and up].",
                "{H} tries to go round[| it| the long way].",
            ),
            pre=(
                "{H} tried to jump over. [Too far|Much too far|It was too far]!",
                "{H} tried to climb up. [Too slippery|Much too slippery|It was too slippery]!",
                "{H} tried to go round. [Too long|Much too long|It went on and on]!",
                "{H} looked for another way {spot}.",
            ),
            rich=(
                "{H} took a run and tried to jump across, but it was much too far.",
                "{H} tried to climb, but the sides were slippery and {H:they} slid back down.",
                "{H} walked a long way round, only to end up back at the same spot.",
                "{H} searched {spot} for something, anything, that could help them across.",
            ),
        ),
        Beat.low: Lines(
            tod=("{H} sits down. Oh dear.",),
            pre=(
                "{H} sat down on a [rock|stone]. Maybe they would never get there[| at all| "
                "after all].",
                "It was no [good|use]. {H} felt [tired and cross|cross and tired|tired and a "
                "bit cross].",
            ),
            rich=(
                "{H} sat down on a [rock|stone] and looked at the {obj}. It had all seemed so "
                "easy on "
                "paper.",
            ),
        ),
        Beat.turn: Lines(
            tod=("Look, a log {hideout}!", "Look, a rope {hideout}!"),
            pre=(
                "Then they saw an old log, just the right size.",
                "They found a long rope {hideout}.",
            ),
            rich=(
                "That was when they noticed a fallen log {hideout}, exactly long enough to make "
                "a bridge.",
            ),
        ),
        Beat.resolution: Lines(
            tod=("{H} gets to {far}, hooray!", "{H} is at {far}!"),
            pre=(
                "Over they went, and at last they reached {far}. There was {treasure}!",
                "At {far}, under a flat stone, they found {treasure}.",
            ),
            rich=(
                "One by one they crossed, and at last they stood at {far}. Hidden there was "
                "{treasure}.",
            ),
        ),
        Beat.echo: Lines(
            tod=(
                "{H} is back at {home}. What a [day|big day|fun day]!",
                "{H} hugs the {obj}. Home [again|at last|again, with the {obj}].",
            ),
            pre=(
                "Back at {home}, {H} put the {obj} safe in a drawer. Maybe there was another X "
                "somewhere.",
                "That night, {H} looked at the {obj} again and smiled.",
            ),
            rich=(
                "Back at {home}, {H} folded the {obj} and tucked it away, ready for the next "
                "adventure.",
            ),
        ),
    },
    refrains=(
        (
            '"Too far!" said {H}.',
            '"Too high!" said {H}.',
            '"Too long!" said {H}.',
            '"Just right!" said {H}.',
        ),
        ("Not that way.", "Not this way.", "Not any way!"),
        ("Oh dear, oh dear.", "Oh dear, oh no.", "Oh dear, what now?"),
    ),
    titles=(
        "{H} and the Secret {Obj}",
        "The Way to {far}",
        "{H:poss} Big Adventure",
        "{H} Goes Exploring",
        "The Treasure of {Here_title}",
        "X Marks the Spot",
        "{H} and the Old {Obj}",
        "The Great Adventure of {H}",
    ),
    goals={
        Setting.beach: (Prop.treasure_map,),
        Setting.mountains: (Prop.treasure_map, Prop.compass),
    },
    default_goals=(Prop.treasure_map, Prop.compass),
    goal_states={},
    start_state=PropState.held,
    extra_slots=_slots,
    follow=_FOLLOW,
)
