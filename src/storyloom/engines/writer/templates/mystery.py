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
    clue = rng.choice(_CLUES)
    return {"clue": clue, "taker": rng.choice(_TAKERS), "problem": "the last clue"}


_FOLLOW = {
    Beat.setup: Lines(
        pre=("{H} never went anywhere without it.", "It was always right there, by {H:poss} side."),
        rich=(
            "It had been there for every [good|happy] day and most of the [bad|sad] ones.",
            "{H} always knew exactly where it was. Always.",
        ),
    ),
    Beat.want: Lines(
        pre=("{H} looked high and low. Who could have taken it?", '"Where can it be?" asked {H}.'),
        rich=(
            "{H} checked the usual places twice. [Nothing|No luck|Not a sign]. Somebody, or "
            "something, had [taken|moved] it.",
            '"Things do not just [walk off|walk away|vanish]," said {H}. "[Do they|Or do they]?"',
        ),
    ),
    Beat.obstacle: Lines(
        pre=(
            "Where did the {obj} go? [Nobody knew|Nobody could say|Not one of them knew].",
            "Who had left it? And where did the {obj} go?",
        ),
        rich=(
            "{H} knelt down to look [closer|closely|again]. Whoever had left it had been in a "
            "[hurry|rush].",
            "It was a [very small|tiny|very little] clue. But it was a clue[| all the same|, "
            "and a good one].",
        ),
    ),
    Beat.attempt: Lines(
        pre=(
            "But there was no {obj} there.",
            "Only dust and one old sock.",
            "[Nothing|Not a thing|Nothing at all]. Not even a [crumb|speck].",
            "There was {clue}, but no {obj}.",
            "Was that a sound? No. Just the wind.",
            "Not there. Where next?",
        ),
        rich=(
            "There was a button, a marble and a lot of dust, but no {obj}.",
            "For one happy moment {H} thought {H:they} saw it. It was only a leaf.",
            "The clue seemed to go on, and then it simply stopped.",
            "They crossed that place off the list. The list of places left was getting short.",
            "Something had been there, all right. It was not there now.",
            "{H} sat back on {H:their} heels and thought about where a {obj} might go.",
        ),
    ),
    Beat.low: Lines(
        pre=("The sun was going down. Was it lost for good?",),
        rich=("The shadows were getting long, and so were their faces.",),
    ),
    Beat.turn: Lines(
        pre=("Everyone kept very still. What was it?", "They crept closer. Closer still."),
        rich=(
            "Nobody breathed. They crept closer, one soft step at a time.",
            "Whatever it was, it was small, and it was snoring.",
        ),
    ),
    Beat.resolution: Lines(
        pre=("Everyone laughed. The case was closed!", "{H} hugged the {obj} tight."),
        rich=(
            "Everyone laughed, even {H}. The case of the missing {obj} was closed.",
            "{H} hugged the {obj} and decided not to be cross. It did look very comfortable.",
        ),
    ),
    Beat.journey: Lines(
        pre=(
            "The clue [went on and on|led on and on|went on and on and on]. Where did it "
            "lead[| next| them]?",
        ),
        rich=("The clue went on, faint but still there, and they followed it {spot_here}.",),
    ),
    Beat.wonder: Lines(
        pre=("It was not the {obj}. But it was a start.",),
        rich=("It was not the {obj}, but it meant they were on the right track.",),
    ),
    Beat.pause: Lines(
        pre=("Then they went on looking.",),
        rich=("Then they went back to the search, feeling a little better.",),
    ),
}

_SEARCH = {
    Beat.journey: Lines(
        pre=(
            "They followed {clue}, step by step.",
            "The clue led on, past the door and round the corner.",
            "They went where the clue went.",
        ),
        rich=(
            "They followed {clue} step by step, noses almost to the ground.",
            "The trail led them round a [corner|bend] and out of sight of everything "
            "[familiar|they knew].",
            "They followed the clue through places they had walked past a hundred times.",
        ),
    ),
    Beat.wonder: Lines(
        pre=("Then they saw something: {wonder}!", '"Look!" said {H}. It was {wonder}.'),
        rich=(
            "Instead of the {obj}, they found {wonder}, which nobody had noticed before.",
            '"Look!" said {H}. It was not the {obj}, but it was {wonder}.',
        ),
    ),
    Beat.pause: Lines(
        pre=(
            "They sat down to think. Where would a {obj} go?",
            "They stopped and made a list of places to look.",
        ),
        rich=(
            "They sat down to think it through. If you were a {obj}, where would you go?",
            "They stopped to make a list of every place left to look, and it was a long one.",
        ),
    ),
    Beat.celebrate: Lines(
        pre=("They had a little party, with the {obj} as the guest.",),
        rich=("They had a little party to celebrate, with the {obj} as the guest of honour.",),
    ),
}


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
            tod=("Oh no, where is the {obj}?", "The {obj} is gone!"),
            pre=(
                "But one morning, the {obj} was gone!",
                "Then one day, {H} looked up. Where was the {obj}?",
                "But when {H} woke up, the {obj} was not there.",
            ),
            rich=(
                "But one morning, when {H} reached for the {obj}, {H:their} {H:hand} found nothing "
                "at all.",
                "Then, one ordinary morning, the {obj} simply vanished.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("Look, {clue} {spot_here}!",),
            pre=("All they could find was {clue}.", "There was a clue: {clue}!"),
            rich=("The only clue was {clue}, leading off in a direction nobody expected.",),
        ),
        **_SEARCH,
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
                "{H} sat down with a [bump|thump|big bump]. The {obj} was really lost.",
                "It was getting [late|dark|late now]. Maybe the {obj} was gone for good.",
            ),
            rich=(
                "{H} sat down heavily. Perhaps the {obj} was gone for good, and that thought "
                "felt like a stone.",
            ),
        ),
        Beat.turn: Lines(
            tod=("Look, {clue} {spot_here}!", "What is that {spot_here}?"),
            pre=(
                "Then {H} saw {clue} again. It led to a spot {hideout}.",
                "Something moved {hideout}.",
            ),
            rich=(
                "That was when {H} noticed {clue} again, and it led all the way to a spot "
                "{hideout}.",
                "Something rustled {hideout}, and everyone held their breath.",
            ),
        ),
        Beat.resolution: Lines(
            tod=("There it is, the {obj}!", "The {obj} is {hideout}!"),
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
            tod=("{H} and the {obj}. Together again.", "{H} hugs the {obj}. Hooray for the {obj}!"),
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
        (
            '"Not here," said {H}.',
            '"Not here either," said {H}.',
            '"Still not here!" said {H}.',
            '"Here it is!" said {H}.',
        ),
        ("No {obj}.", "No {obj} there.", "Still no {obj}.", "The {obj}, at last!"),
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
    follow=_FOLLOW,
    idea_goals=(
        Prop.kite,
        Prop.ball,
        Prop.book,
        Prop.key,
        Prop.shell,
        Prop.teddy_bear,
        Prop.drum,
        Prop.wand,
        Prop.compass,
        Prop.feather,
        Prop.acorn,
        Prop.letter,
        Prop.paintbrush,
        Prop.cup,
        Prop.egg,
        Prop.magnifying_glass,
        Prop.blanket,
        Prop.basket,
        Prop.bucket,
        Prop.spade,
        Prop.telescope,
    ),
)
