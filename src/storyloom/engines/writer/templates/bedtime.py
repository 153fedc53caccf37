"""Bedtime: calm, the light dimming page by page, three small goodnights, and sleep."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Expression, Pose, Prop
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_FOLLOW = {
    Beat.setup: Lines(
        pre=("The light was going soft and gold.", "Soon it would be time for [bed|sleep]."),
        rich=(
            "The light was going soft and gold, the way it does just before the day [ends|is "
            "done].",
            "Somewhere a door closed quietly. Soon it would be time for [bed|sleep|dreams].",
        ),
    ),
    Beat.want: Lines(
        pre=("{H:poss} eyes were wide open.", "{H} wanted to stay up all night."),
        rich=(
            "{H:poss} eyes were wide open, and {H:their} toes would not keep still.",
            "{H} planned to stay up all night and see what the moon did.",
        ),
    ),
    Beat.obstacle: Lines(
        pre=(
            "The {obj} was not on the bed, and it was not on the chair.",
            "Where could the {obj} be?",
        ),
        rich=(
            "The {obj} was not on the bed, and it was not on the [chair|rug|shelf], so where "
            "could it be?",
            "Bed without the {obj} would be cold and wrong.",
        ),
    ),
    Beat.attempt: Lines(
        pre=(
            "But {H} was still not sleepy.",
            "Still no {obj}, and still not sleepy.",
            "The light was getting dim.",
            "It was very quiet now.",
            "Outside, the sky was getting dark.",
            "{H:poss} eyes felt a little heavy.",
        ),
        rich=(
            "But {H} was still not sleepy, or hardly at all, and the {obj} was still missing.",
            "There was still no sign of the {obj}, and the light was fading.",
            "Outside, the sky had turned from blue to deep, deep blue.",
            "The house was getting quieter, room by room, as one light after another went out.",
            "{H:poss} eyes felt a little heavy, but {H} decided not to mention it to anybody.",
            "The lamp made a small warm circle of light in the dimming room, and everything "
            "outside it was blue.",
        ),
    ),
    Beat.low: Lines(
        pre=("The house was quiet, and the {obj} was still lost.", "It was very late now {at}."),
        rich=(
            "The house was quiet, and the {obj} was still lost somewhere in it.",
            "It was very late now, later than {H} could ever remember being awake before.",
            "The lamp seemed dimmer than before, and the corners of the room were dark.",
        ),
    ),
    Beat.turn: Lines(
        pre=("Was that the {obj}? It was.", "{H} reached out for the {obj}, slowly."),
        rich=(
            "Was that a soft, familiar shape in the shadows? It was, and {H:poss} heart gave a "
            "happy thump.",
            "{H} reached out, very slowly and very quietly, in case it was only a shadow.",
            "It was a little dusty, and a little squashed, but it was the {obj}.",
        ),
    ),
    Beat.resolution: Lines(
        pre=("{H} held the {obj} close.", "Everything was soft and still."),
        rich=(
            "{H} held the {obj} close and felt {H:their} eyes grow heavy.",
            "Everything was soft and still, and the room was nearly dark except for the little "
            "lamp.",
            "Just one small light was left glowing in the corner, and it was a sleepy one.",
        ),
    ),
    Beat.meet: Lines(
        pre=("It was nice to have company {at}.",),
        rich=(
            "It was nice not to be the only one still awake.",
            "They sat together for a while, not saying much.",
        ),
    ),
    Beat.celebrate: Lines(
        pre=("Everyone smiled sleepy smiles.",),
        rich=(
            "Everyone smiled sleepy smiles, and somebody yawned, and then [everybody "
            "did|everybody else did|so did everyone else].",
            "The goodnights went round [the room|and round] like a [slow, soft|soft, "
            "slow|quiet] song.",
        ),
    ),
    Beat.pause: Lines(
        pre=("The story was nearly done, and the {obj} was close by.",),
        rich=("The story was nearly finished, and so, nearly, was the day {at}.",),
    ),
    Beat.journey: Lines(
        pre=("The [stairs|floor] went creak, softly, as they looked for the {obj}.",),
        rich=(
            "The [stairs|floor] creaked softly under their [slippers|feet] as they looked for "
            "the {obj}.",
        ),
    ),
    Beat.wonder: Lines(
        pre=("The moon looked [back at|down at|in at] {H}.",),
        rich=(
            "The moon seemed to look [back at|down at|in at] {H}, round and [patient|kind|calm].",
        ),
    ),
}

BEDTIME = TemplateDef(
    name=Template.bedtime,
    lines={
        Beat.setup: Lines(
            tod=("The sun goes down.", "It is getting late."),
            pre=(
                "The sun was going down {at}.",
                "The sky turned pink, then gold over {home}.",
                "It was nearly bedtime {at}.",
            ),
            rich=(
                "The sun slid down [behind the hills|out of sight|low and slow], and the sky "
                "turned the colour of [peaches|apricots|pink lemonade].",
                "It was nearly bedtime, and everything {at} was getting slow and soft.",
            ),
        ),
        Beat.want: Lines(
            tod=("But {H} is not sleepy.", '"Not bed yet," says {H}.'),
            pre=("But {H} was not sleepy {at}, not one bit.", '"I\'m not tired," said {H}.'),
            rich=("But {H} was wide awake, with eyes as round as [buttons|saucers|coins].",),
        ),
        Beat.obstacle: Lines(
            tod=("Where is the {obj}?",),
            pre=("And where was the {obj}? {H} could not sleep without {H:their} {obj}.",),
            rich=("And {H} could not sleep without the {obj}, which was nowhere to be seen.",),
        ),
        Beat.attempt: Lines(
            tod=(
                "{H} has a warm bath. Splish, splash[, splish|, goes the water|, goes {H}].",
                "{H} has warm milk[| in a cup| and a kiss].",
                "{H} brushes {H:their} teeth.",
            ),
            pre=(
                "{H} had a warm bath, splish, splash, but the {obj} was not there.",
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
            pre=("{H} gave a little yawn, just a small one, and thought about the {obj}.",),
            rich=(
                "{H} gave a [little|tiny] yawn, then a slightly bigger one, and pretended it "
                "had not "
                "happened.",
            ),
        ),
        Beat.turn: Lines(
            tod=("There is the {obj}.",),
            pre=("And there was the {obj}, {hideout}, waiting.",),
            rich=("And there, {hideout}, was the {obj}, waiting patiently for bedtime.",),
        ),
        Beat.resolution: Lines(
            tod=("Into bed. Snug as a bug.", "The lamp goes off."),
            pre=(
                "{H} climbed into bed, snug and warm.",
                "The lamp went off, and the stars came out over {home}.",
            ),
            rich=(
                "{H} climbed into bed, and the blanket settled over {H:them} like a warm cloud.",
            ),
        ),
        Beat.echo: Lines(
            tod=("Night night, {H}.", "Shh. {H} is asleep."),
            pre=(
                "Outside, the moon came up, round and [white|silver|slow], and {H} was fast "
                "asleep.",
                "The stars twinkled over {home}, and {H} closed {H:their} eyes and slept.",
            ),
            rich=(
                "The moon rose over {here}, and its soft light came in at the window and "
                "found {H}, fast asleep.",
                "The last light went out. {H} breathed [slow and soft|soft and slow|slow and "
                "deep], already dreaming.",
                "Outside, the stars kept watch. Inside, {H} was [fast asleep|sound "
                "asleep|asleep at last].",
            ),
        ),
        # Bedtime interludes are quiet ones.
        Beat.journey: Lines(
            tod=("Up the stairs they go.",),
            pre=(
                "They went slowly up the stairs, one step at a time.",
                "They walked softly down the dim hall.",
            ),
            rich=(
                "They went slowly up the stairs, one [quiet|soft|sleepy] step at a time.",
                "They padded [softly|quietly] down the [dim|dark|shadowy] hall, past the "
                "sleeping rooms.",
            ),
        ),
        Beat.wonder: Lines(
            tod=("Look. The moon.",),
            pre=(
                "Through the window, they saw the first star.",
                "They looked out at the big round moon.",
            ),
            rich=(
                "Through the window, they watched the first star [blink awake|wink on|peep out].",
                "They looked out at the moon, round and pale as a [plate of milk|saucer|button].",
            ),
        ),
        Beat.pause: Lines(
            tod=("A story. Shh.",),
            pre=("They read a story about a sleepy bear.", "They sang a soft song."),
            rich=(
                "They read a story about a sleepy [bear|owl|rabbit] who could not find the "
                "way home.",
                "They sang a [soft|quiet|slow] song, the one with no loud parts.",
            ),
        ),
        Beat.celebrate: Lines(
            tod=("Night night, everyone.",),
            pre=("Everyone said goodnight, one by one[| by one].",),
            rich=(
                "Everyone said goodnight, one by one, in their [softest|quietest|sleepiest] "
                "voices.",
            ),
        ),
    },
    refrains=(
        # The changing word is what is in the room (or who is there to yawn) on the page.
        (
            "Goodnight, {night_thing}.",
            "Goodnight, {night_thing}.",
            "Goodnight, {night_thing}.",
            "Goodnight, {H}.",
        ),
        ("Yawn, said {yawner}.", "Yawn, said {yawner}.", "Yawn, said {yawner}.", "Yawn, said {H}."),
        (
            "Not sleepy yet, said {H}.",
            "Not sleepy, not yet, said {H}.",
            "A little sleepy now, said {H}.",
            "Sleepy now, said {H}.",
        ),
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
    follow=_FOLLOW,
)
