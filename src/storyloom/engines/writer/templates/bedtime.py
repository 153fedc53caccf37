"""Bedtime: calm, the light dimming page by page, three small goodnights, and sleep."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Expression, Pose, Prop
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

BEDTIME = TemplateDef(
    name=Template.bedtime,
    lines={
        Beat.setup: Lines(
            tod=("The sun goes down.", "It is getting late."),
            pre=(
                "The sun was going down {at}.",
                "The sky turned pink, then gold.",
                "It was nearly bedtime {at}.",
            ),
            rich=(
                "The sun slid down behind the hills, and the sky turned the colour of peaches.",
                "It was nearly bedtime, and everything {at} was getting slow and soft.",
            ),
        ),
        Beat.want: Lines(
            tod=("But {H} is not sleepy.", '"Not bed yet!" says {H}.'),
            pre=("But {H} was not sleepy. Not one bit.", '"I\'m not tired," said {H}.'),
            rich=("But {H} was wide awake, with eyes as round as buttons.",),
        ),
        Beat.obstacle: Lines(
            tod=("Where is the {obj}?",),
            pre=("And where was the {obj}? {H} could not sleep without it.",),
            rich=("And {H} could not sleep without the {obj}, which was nowhere to be seen.",),
        ),
        Beat.attempt: Lines(
            tod=("{H} has a bath. Splash!", "{H} has warm milk.", "{H} brushes {H:their} teeth."),
            pre=(
                "{H} had a warm bath. Splish, splash.",
                "{H} had a cup of warm milk.",
                "{H} brushed {H:their} teeth, top and bottom.",
                "{H} put on soft pyjamas.",
            ),
            rich=(
                "{H} had a warm bath with bubbles that popped softly one by one.",
                "{H} sipped a cup of warm milk, holding it in both hands.",
                "{H} brushed {H:their} teeth, top and bottom, and counted to twenty.",
                "{H} put on the softest pyjamas, the ones with little stars.",
            ),
        ),
        Beat.low: Lines(
            tod=("{H} yawns a little yawn.",),
            pre=("{H} gave a little yawn. Just a small one.",),
            rich=(
                "{H} gave a little yawn, then a slightly bigger one, and pretended it had not "
                "happened.",
            ),
        ),
        Beat.turn: Lines(
            tod=("There is the {obj}!",),
            pre=("And there was the {obj}, {hideout}, waiting.",),
            rich=("And there, {hideout}, was the {obj}, waiting patiently for bedtime.",),
        ),
        Beat.resolution: Lines(
            tod=("Into bed. Snug as a bug.", "The lamp goes off."),
            pre=("{H} climbed into bed, snug and warm.", "The lamp went off. The stars came out."),
            rich=(
                "{H} climbed into bed, and the blanket settled over {H:them} like a warm cloud.",
            ),
        ),
        Beat.echo: Lines(
            tod=("Night night, {H}.", "Shh. {H} is asleep."),
            pre=(
                "Outside, the moon came up. And {H} was fast asleep.",
                "The stars twinkled. {H} closed {H:their} eyes and slept.",
            ),
            rich=("The moon rose over {here}, and its soft light found {H}, fast asleep.",),
        ),
        # Bedtime interludes are quiet ones.
        Beat.journey: Lines(
            pre=("They went slowly up the stairs, one step at a time.",),
            rich=("They went slowly up the stairs, one quiet step at a time.",),
        ),
        Beat.wonder: Lines(
            pre=("Through the window, they saw the first star.",),
            rich=("Through the window, they watched the first star blink awake.",),
        ),
        Beat.pause: Lines(
            pre=("They read a story about a sleepy bear.", "They sang a soft song."),
            rich=(
                "They read a story about a sleepy bear who could not find the way home.",
                "They sang a soft song, the one with no loud parts.",
            ),
        ),
        Beat.celebrate: Lines(
            pre=("Everyone said goodnight, one by one.",),
            rich=("Everyone said goodnight, one by one, in their softest voices.",),
        ),
    },
    refrains=(
        ("Goodnight, moon.", "Goodnight, stars.", "Goodnight, sky."),
        ("Yawn, said the sky.", "Yawn, said the trees.", "Yawn, said the moon."),
        ("Not sleepy yet.", "Not sleepy, not yet.", "A little sleepy now."),
    ),
    titles=(
        "Goodnight, {H}",
        "{H:poss} Sleepy Night",
        "Time for Bed, {H}",
        "The Night {at}",
        "{H} and the Sleepy Stars",
        "Sleep Tight, {H}",
        "Hush Now, {H}",
    ),
    goals={},
    default_goals=(Prop.teddy_bear, Prop.blanket, Prop.book),
    goal_states={Beat.obstacle: PropState.hidden, Beat.turn: PropState.held},
    start_state=PropState.held,
    moods={
        Beat.low: (Pose.sitting, Expression.sleepy),
        Beat.resolution: (Pose.sitting, Expression.sleepy),
        Beat.attempt: (Pose.standing, Expression.happy),
    },
    bedtime=True,
)
