"""The lesson stories' day: what happens between beats, and what follows each one."""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Lesson
from storyloom.engines.writer.templates.base import Beat, Lines

L = Lines

# The day goes on between the beats of a lesson story.
DAY: dict[Beat, Lines] = {
    Beat.journey: L(
        pre=("The day went on, as days do.", "After lunch, they went back out {at}."),
        rich=(
            "The day went on, the way days [do|always do], whether you are ready or not.",
            "After lunch, they all went back out {at}, and {H} went too.",
        ),
    ),
    Beat.pause: L(
        pre=("They stopped for a snack.", "{H} sat and had a think."),
        rich=(
            "They stopped for a [snack|drink|rest], and {H} was very quiet.",
            "{H} sat on the [step|wall|floor] and had a long think.",
        ),
    ),
    Beat.wonder: L(
        pre=("Then {H} saw {wonder}.",),
        rich=("On the way, {H} saw {wonder}, and for a moment forgot everything else.",),
    ),
    Beat.celebrate: L(
        pre=("Everyone had a very [good|happy|fine] afternoon.",),
        rich=("It turned into a very [good|happy] afternoon, the best in [ages|weeks].",),
    ),
}

FOLLOW_SHARED: dict[Beat, Lines] = {
    Beat.setup: L(
        pre=("It was a [good|fine|nice] day, so far.",),
        rich=(
            "It was a good day, so far, although days have a way of changing when you least "
            "expect it.",
        ),
    ),
    Beat.want: L(
        pre=("What would happen [now|next] with the {obj}?",),
        rich=("{H} did not know it yet, but this was the start of something [new|big|good].",),
    ),
    Beat.obstacle: L(
        pre=("{H} did not like that [feeling|funny feeling|feeling one bit].",),
        rich=("{H} tried to ignore it, but feelings do not like to be [ignored|left out].",),
    ),
    Beat.low: L(
        pre=("What could {H} do?",),
        rich=("{H} did not know what to do, and that was the worst part.",),
    ),
    Beat.turn: L(
        pre=("It was hard. But {H} did it.",),
        rich=("It was the hardest thing {H} had done all day, and {H} did it anyway.",),
    ),
    Beat.resolution: L(
        pre=("{H} felt warm inside.",),
        rich=("Something inside {H} felt warm and light, like a [balloon|feather|bubble].",),
    ),
}

ATTEMPT_FOLLOW: dict[Lesson, Lines] = {
    Lesson.sharing: L(
        pre=("{F} watched from far away.", "It was very quiet.", "It was not much fun."),
        rich=(
            "{F} watched from a little way off and did not ask again.",
            "The game went on, but it was very quiet.",
            "Somehow, having it all to {H:themself} was not as good as {H} had thought.",
        ),
    ),
    Lesson.honesty: L(
        pre=("Nobody knew. But {H} knew.", "{H:poss} tummy felt funny.", "{F} looked everywhere."),
        rich=(
            "Nobody else knew. But {H} knew, and that was enough to spoil things.",
            "{F} was looking for it everywhere, which made it worse.",
            "Every time somebody looked at {H}, {H:they} felt hot all over.",
        ),
    ),
    Lesson.patience: L(
        pre=("The pot just sat there.", "Not even a tiny green bit.", "Days went by."),
        rich=(
            "The pot just sat there on the windowsill, being a pot and nothing more.",
            "There was not even a tiny green bit. {H} checked with a finger.",
            "A day went by. Then another. The pot did not seem to care.",
        ),
    ),
    Lesson.kindness: L(
        pre=("{F} looked at the ground.", "It did not work.", "{F} gave a little sigh."),
        rich=(
            "{F} kept looking at the ground, as if the answer were down there.",
            "It did not work, and {H} began to think that being funny was not what {F} needed.",
            "{F} gave a little sigh, the kind that comes from very far down.",
        ),
    ),
    Lesson.trying_new_things: L(
        pre=("It looked very strange.", "What if it was yucky?", "{F} was having a go."),
        rich=(
            "It looked very strange indeed, and strange things are always hard to trust.",
            "What if it was horrible, or sticky, or the worst thing anybody had ever tried?",
            "{F} was already having a go, and did not seem to mind at all.",
        ),
    ),
    Lesson.bravery: L(
        pre=("It was a long way down.", "{H} held on tight.", "{F} was already at the top."),
        rich=(
            "From up here, the ground looked a very long way down.",
            "{H} held on so tight that {H:their} fingers went white.",
            "{F} was already at the top, waving, which did not help at all.",
        ),
    ),
    Lesson.teamwork: L(
        pre=("The sticks lay in a heap.", "It was too big for one.", "{F} watched."),
        rich=(
            "The sticks lay in a sad heap, as if they had never been a den at all.",
            "It was just too big a job for one pair of hands.",
            "{F} watched, and looked as if {F:they} wanted to say something.",
        ),
    ),
}

PROBLEM: dict[Lesson, str] = {
    Lesson.sharing: "the {obj}",
    Lesson.honesty: "the broken {obj}",
    Lesson.patience: "the little pot",
    Lesson.kindness: "the one who was sad",
    Lesson.trying_new_things: "the new thing",
    Lesson.bravery: "the big slide",
    Lesson.teamwork: "the fallen den",
}
