"""Traits drive choices, not labels: each trait has behaviours and a marker to find them.

`ACTS` are moments a trait causes on an ordinary page; `TURNS` (in `turns.py`) are how
the hero's trait turns the story. Bedtime has quiet versions of both (`calm.py`).
`MARKERS` is what the report looks for in a page to confirm the trait visibly shaped it
(every realisation carries at least one marker; a test checks).
"""

from __future__ import annotations

import re

from storyloom.engines.writer.story_spec import Trait
from storyloom.engines.writer.templates.base import Lines

T = Trait

MARKERS: dict[Trait, re.Pattern[str]] = {
    t: re.compile(p, re.IGNORECASE)
    for t, p in {
        T.brave: r"\b(first|deep breath|stepped|stepping|steps)\b",
        T.curious: r"\b(why|wonder\w*|what|how)\b[^.!]*\?",
        T.kind: r"\b(shared|shares|share|gave|gives|kindly)\b",
        T.shy: r"\b(softly|quietly|whisper\w*|hid behind|hides behind|peeked out|peeks out)\b",
        T.funny: r"\b(joke\w*|giggle\w*|silly|laugh\w*)\b",
        T.clever: r"\b(idea|plan|think\w*|thought)\b",
        T.patient: r"\b(wait\w*)\b",
        T.energetic: r"\b(zoom\w*|raced|races|bounc\w*|jump\w*|ran|runs)\b",
        T.gentle: r"\b(gently|gentle|softly|stroked|strokes)\b",
        T.stubborn: r"\b(give up|not yet|one more|again)\b",
        T.creative: r"\b(made|makes|drew|draws|built|builds|painted|paints)\b",
        T.cheerful: r"\b(sang|sings|smiled|smiles|hummed|hums|song)\b",
        T.careful: r"\b(carefully|slowly|step by step|checked|checks)\b",
        T.adventurous: r"\b(explore\w*|further|farther|new path|new way)\b",
        T.caring: r"\b(hug\w*|looked after|looks after|tucked|are you all right)\b",
    }.items()
}

ACTS: dict[Trait, Lines] = {
    T.brave: Lines(
        tod=("{H} goes first.", "{H} steps up, big and bold."),
        pre=(
            "{H} took a deep breath and went first.",
            "{H} stepped up to {problem} before anyone else.",
            "{H} went first, one big step at a time.",
            '"I\'ll go first," said {H}, and did.',
        ),
        rich=(
            "Although {H:poss} knees wobbled a little, {H:they} took a deep breath and went first.",
            "{H} stepped up to {problem} before anyone else could, because somebody had to.",
            "{H:poss} heart was thumping, but {H:they} stepped forward [anyway|all the same].",
        ),
    ),
    T.curious: Lines(
        tod=('"What is that?" asks {H}.', '"Why?" asks {H}.'),
        pre=(
            '"What is {spot}?" asked {H}.',
            '"Why is it so quiet?" asked {H}.',
            '"How did that happen?" asked {H}.',
            '"What if we look [closer|again]?" asked {H}.',
        ),
        rich=(
            '"What do you think is {spot}?" asked {H}, who always wanted to know.',
            '{H} wondered about [everything|it all|all of it]. "Why would it be like [this|that]?"',
            '"How does {problem} work, anyway?" asked {H}, peering closer.',
        ),
    ),
    T.kind: Lines(
        tod=("{H} shares a snack.", "{H} gives {F} a {H:hand}."),
        pre=(
            "{H} shared {H:their} snack with {F}.",
            "{H} gave {F} the best seat.",
            '"You go next," said {H} kindly.',
            "{H} gave {F} a {H:hand} up.",
        ),
        rich=(
            "Even though {H} was hungry, {H:they} shared {H:their} snack with {F}.",
            "{H} gave {F} the softest spot to sit on and took the bumpy one.",
            '"You have a turn first," said {H} [kindly|gently], stepping back to make room.',
        ),
    ),
    T.shy: Lines(
        tod=("{H} hides behind {F}.", '"Hello," {H} says softly.'),
        pre=(
            "{H} hid behind {F} for a moment.",
            '"I can help," said {H} softly.',
            "{H} peeked out and gave a little wave.",
            "{H} had an idea, but only whispered it.",
        ),
        rich=(
            "At first {H} hid behind {F}, but then {H:they} stepped out and spoke up.",
            '"I think I know," said {H} quietly, so quietly that {F} had to lean in.',
            "{H} noticed something, but [kept it to a whisper|said it very softly|only "
            "whispered it], just in case.",
        ),
    ),
    T.funny: Lines(
        tod=("{H} makes a silly face.", "{H} tells a joke. Ha!"),
        pre=(
            "{H} made a [silly|funny|very silly] face, and everyone [giggled|laughed].",
            '"Maybe it went to the [moon|sea|shops]," joked {H}.',
            "{H} did a [silly|funny|wobbly] walk, and that helped[| a lot| a bit].",
        ),
        rich=(
            '"Maybe it ran off to join the [circus|ducks|band]," joked {H}, at exactly the '
            "wrong moment.",
            "{H} pulled the silliest face [ever seen|anyone had ever seen], and even the "
            "worry turned into a [giggle|laugh].",
            '"Well, that was not the plan," said {H}, and everyone laughed.',
        ),
    ),
    T.clever: Lines(
        tod=("{H} has an idea!", "{H} thinks and thinks."),
        pre=(
            "{H} had an idea.",
            '"I think I have a plan," said {H}.',
            "{H} stopped to think about {problem}.",
        ),
        rich=(
            "{H} stopped and thought hard, the way {H:they} did before a tricky puzzle.",
            '"Wait, I have a plan," said {H}, counting the steps on {H:their} fingers.',
            "{H} looked at {problem} and thought, and thought some more.",
        ),
    ),
    T.patient: Lines(
        tod=("{H} waits and waits.", "{H} sits and waits."),
        pre=(
            "{H} sat still and waited.",
            '"Let\'s wait a little," said {H}.',
            "{H} waited, calm and quiet.",
        ),
        rich=(
            "{H} waited quietly, counting the seconds, because rushing never helped.",
            '"If we wait a moment, it might come to us," said {H}, and sat very still.',
            "Everyone else was in a hurry, but {H} waited and watched.",
        ),
    ),
    T.energetic: Lines(
        tod=("{H} runs and jumps!", "Zoom, off goes {H}!"),
        pre=(
            "{H} raced up and down, [full of beans|full of bounce|too busy to stop].",
            "[Zoom|Whoosh], {H} ran ahead to look.",
            "{H} jumped up [high|as high as {H:they} could] to see.",
        ),
        rich=(
            "{H} raced ahead and back again [three|two|four] times before anyone else had moved.",
            "Bouncing on {H:their} toes, {H} jumped up to see over the top.",
            "{H} could not keep still, so {H:they} ran ahead to look.",
        ),
    ),
    T.gentle: Lines(
        tod=("{H} pats it gently.", "{H} is soft and gentle."),
        pre=(
            "{H} moved the leaves gently.",
            "{H} stroked {F} softly.",
            '"Gently now," said {H}.',
        ),
        rich=(
            "{H} lifted each thing so gently that nothing was bent or crushed.",
            "With soft hands, {H} stroked {F} until the worry melted away.",
            '"Gently does it," said {H}, moving slowly and softly.',
        ),
    ),
    T.stubborn: Lines(
        tod=('"Not yet!" says {H}.', "{H} tries again."),
        pre=(
            '"I will not give up," said {H}.',
            '"Not yet," said {H}. "One more time."',
            "{H} tried again, and again.",
        ),
        rich=(
            '"I am not going to give up," said {H}, folding {H:their} arms firmly.',
            'Everyone else wanted to stop, but {H} said, "One more try. Just one more."',
            "{H} frowned at {problem} and tried again, harder this time.",
        ),
    ),
    T.creative: Lines(
        tod=("{H} draws a map.", "{H} makes a plan."),
        pre=(
            "{H} drew a plan with a stick.",
            "{H} made a sign to show the way back.",
            "{H} drew a picture of {problem}.",
        ),
        rich=(
            "{H} drew a careful plan in the dirt with a stick, with arrows and a big X.",
            "{H} drew {problem} in a notebook, to look at it a new way.",
            "{H} made a little sign with an arrow, so they would find their way back[| later| "
            "home].",
        ),
    ),
    T.cheerful: Lines(
        tod=("{H} sings a song.", "{H} smiles and hums."),
        pre=(
            "{H} sang a happy song.",
            "{H} hummed as {H:they} went.",
            '{H} [smiled|grinned]. "We can do this[!|, you will see!]"',
        ),
        rich=(
            "{H} sang a [marching|bouncy|walking] song, and soon everybody was "
            "[stepping|marching] in time.",
            "Even when things went wrong, {H} smiled and hummed a [little|happy|cheery] tune.",
            '{H} [smiled|grinned]. "At least it is not raining [fish|socks|spoons]," {H:they} '
            "said.",
        ),
    ),
    T.careful: Lines(
        tod=("{H} looks [slowly|and looks].", "{H} steps slowly."),
        pre=(
            "{H} checked every spot slowly.",
            "{H} went step by step.",
            "{H} looked carefully, left and right.",
        ),
        rich=(
            "{H} checked each step carefully before putting any weight on it.",
            "Slowly and carefully, {H} looked, and then [looked once more|looked "
            "again|checked once more].",
            "{H} checked {problem} from every side before doing anything.",
        ),
    ),
    T.adventurous: Lines(
        tod=("{H} wants to explore.", "{H} finds a new path."),
        pre=(
            '"Let\'s explore!" said {H}.',
            "{H} took a new path.",
            '"What is further on?" said {H}.',
        ),
        rich=(
            "{H} always wanted to see what lay further on, past the last place anyone had looked.",
            '"Let\'s explore a new way," said {H}, already halfway down it.',
            "{H} peered further along, where nobody had been yet.",
        ),
    ),
    T.caring: Lines(
        tod=("{H} hugs {F}.", '"Are you all right?" asks {H}.'),
        pre=(
            "{H} gave {F} a hug.",
            '"Are you all right?" asked {H}.',
            "{H} looked after {F} all the way.",
        ),
        rich=(
            "{H} noticed that {F} looked tired and gave {F:them} a long, warm hug.",
            '"Are you all right?" asked {H}, checking on {F} before anything else.',
            "{H} looked after everyone, making sure nobody was left behind.",
        ),
    ),
}


def acts_for(trait: Trait, calm: bool) -> Lines:
    """A trait's moments on an ordinary page; quiet ones at bedtime."""
    from storyloom.engines.writer.calm import CALM_ACTS

    return CALM_ACTS[trait] if calm else ACTS[trait]


def turns_for(trait: Trait, calm: bool) -> Lines:
    """How a trait turns the story; quiet ways at bedtime."""
    from storyloom.engines.writer.calm import CALM_TURNS
    from storyloom.engines.writer.turns import TURNS

    return CALM_TURNS[trait] if calm else TURNS[trait]
