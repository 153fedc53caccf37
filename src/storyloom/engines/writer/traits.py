"""Traits drive choices, not labels: each trait has behaviours and a marker to find them.

`ACTS` are moments a trait causes on an ordinary page; `TURNS` are how the hero's trait
turns the story. `MARKERS` is what the report looks for in a page to confirm the trait
visibly shaped it (every realisation below carries at least one marker; a test checks).
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
        T.shy: r"\b(softly|quietly|whisper\w*|hid behind|hides behind|peeked out)\b",
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
            "{H} stepped forward before anyone else.",
            "{H} went first, one big step at a time.",
        ),
        rich=(
            "Although {H:poss} knees wobbled a little, {H:they} took a deep breath and went first.",
            "{H} stepped forward before anyone else could, because somebody had to.",
        ),
    ),
    T.curious: Lines(
        tod=('"What is that?" asks {H}.', '"Why?" asks {H}.'),
        pre=(
            '"What is {spot}?" asked {H}.',
            '"Why is it so quiet?" asked {H}.',
            '"How does it work?" asked {H}.',
        ),
        rich=(
            '"What do you think is {spot}?" asked {H}, who always wanted to know.',
            '{H} wondered about everything. "Why would anyone hide something here?"',
        ),
    ),
    T.kind: Lines(
        tod=("{H} shares a snack.", "{H} gives {F} a hand."),
        pre=(
            "{H} shared {H:their} snack with {F}.",
            "{H} gave {F} the best seat.",
            '"You go next," said {H} kindly.',
        ),
        rich=(
            "Even though {H} was hungry, {H:they} shared {H:their} snack with {F}.",
            "{H} gave {F} the softest spot to sit on and took the bumpy one.",
        ),
    ),
    T.shy: Lines(
        tod=("{H} hides behind {F}.", '"Hello," {H} says softly.'),
        pre=(
            "{H} hid behind {F} for a moment.",
            '"I can help," said {H} softly.',
            "{H} peeked out and gave a little wave.",
        ),
        rich=(
            "At first {H} hid behind {F}, but then {H:they} stepped out and spoke up.",
            '"I think I know," said {H} quietly, so quietly that {F} had to lean in.',
        ),
    ),
    T.funny: Lines(
        tod=("{H} makes a silly face.", "{H} tells a joke. Ha!"),
        pre=(
            "{H} made a silly face, and everyone giggled.",
            "{H} told a joke about a sock.",
            '"Maybe it went to the moon," joked {H}.',
        ),
        rich=(
            '"Maybe it ran off to join the circus," joked {H}, at exactly the wrong moment.',
            "{H} pulled the silliest face ever seen, and even the worry turned into a giggle.",
        ),
    ),
    T.clever: Lines(
        tod=("{H} has an idea!", "{H} thinks and thinks."),
        pre=("{H} had an idea.", '"I think I have a plan," said {H}.', "{H} stopped to think."),
        rich=(
            "{H} stopped and thought hard, the way {H:they} did before a tricky puzzle.",
            '"Wait, I have a plan," said {H}, counting the steps on {H:their} fingers.',
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
        ),
    ),
    T.energetic: Lines(
        tod=("{H} runs and jumps!", "Zoom! Off goes {H}."),
        pre=(
            "{H} raced up and down, full of beans.",
            "Zoom! {H} ran ahead to look.",
            "{H} jumped up high to see.",
        ),
        rich=(
            "{H} raced ahead and back again three times before anyone else had moved.",
            "Bouncing on {H:their} toes, {H} jumped up to see over the top.",
        ),
    ),
    T.gentle: Lines(
        tod=("{H} pats it gently.", "{H} is soft and gentle."),
        pre=("{H} moved the leaves gently.", "{H} stroked {F} softly.", '"Gently now," said {H}.'),
        rich=(
            "{H} lifted each thing so gently that not a single leaf was crushed.",
            "With soft hands, {H} stroked {F} until the worry melted away.",
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
        ),
    ),
    T.creative: Lines(
        tod=("{H} draws a map.", "{H} makes a hat."),
        pre=(
            "{H} drew a map with a stick.",
            "{H} made a little flag from a leaf.",
            "{H} built a tower of stones to mark the way.",
        ),
        rich=(
            "{H} drew a careful map in the dirt with a stick, with arrows and a big X.",
            "Out of string and a leaf, {H} made a flag so that they would find their way back.",
        ),
    ),
    T.cheerful: Lines(
        tod=("{H} sings a song.", "{H} smiles and hums."),
        pre=(
            "{H} sang a happy song.",
            "{H} hummed as {H:they} walked.",
            '{H} smiled. "This is fun!"',
        ),
        rich=(
            "{H} sang a marching song, and soon everybody was stepping in time.",
            "Even when things went wrong, {H} smiled and hummed a little tune.",
        ),
    ),
    T.careful: Lines(
        tod=("{H} looks slowly.", "{H} steps slowly."),
        pre=(
            "{H} checked every spot slowly.",
            "{H} went step by step.",
            "{H} looked carefully, left and right.",
        ),
        rich=(
            "{H} checked each step carefully before putting any weight on it.",
            "Slowly and carefully, {H} looked, and then looked once more.",
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
            '"Let\'s explore a new path," said {H}, already halfway down it.',
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
        ),
    ),
}

# The turn comes from the hero's own trait; the template then says what happened.
TURNS: dict[Trait, Lines] = {
    T.brave: Lines(
        tod=("{H} takes a deep breath.",),
        pre=("Then {H} took a deep breath and went first.",),
        rich=("{H} took a deep breath, squared {H:their} shoulders and went first.",),
    ),
    T.curious: Lines(
        tod=('"What is that?" asks {H}.',),
        pre=('"What is that?" asked {H}, and went to see.',),
        rich=('"What is that, and why is it there?" {H} wondered, and went to see.',),
    ),
    T.kind: Lines(
        tod=("{H} shares.",),
        pre=("{H} shared what {H:they} had.",),
        rich=("{H} shared what {H:they} had, and that changed everything.",),
    ),
    T.shy: Lines(
        tod=('"Look," says {H} softly.',),
        pre=('"Look," said {H} softly. Everyone turned.',),
        rich=('"Look," said {H} softly, and for once everyone heard.',),
    ),
    T.funny: Lines(
        tod=("{H} laughs a big laugh.",),
        pre=("{H} laughed so loudly that something moved.",),
        rich=("{H} laughed so loudly at {H:their} own joke that something nearby moved.",),
    ),
    T.clever: Lines(
        tod=("{H} has an idea!",),
        pre=("Then {H} had an idea.",),
        rich=("Then {H} had an idea, the kind that makes you sit up straight.",),
    ),
    T.patient: Lines(
        tod=("{H} waits.",),
        pre=("{H} sat very still and waited.",),
        rich=("{H} sat very still and waited, longer than anyone else could have.",),
    ),
    T.energetic: Lines(
        tod=("{H} jumps up high!",),
        pre=("{H} jumped up as high as {H:they} could.",),
        rich=("{H} gave the biggest jump of {H:their} life.",),
    ),
    T.gentle: Lines(
        tod=("{H} is gentle.",),
        pre=("{H} moved very gently.",),
        rich=("{H} moved as gently as falling snow.",),
    ),
    T.stubborn: Lines(
        tod=('"Again!" says {H}.',),
        pre=('"One more time," said {H}.',),
        rich=('"One more time," said {H}, who never liked to give up.',),
    ),
    T.creative: Lines(
        tod=("{H} makes a plan.",),
        pre=("{H} made something new out of sticks.",),
        rich=("{H} made something new out of sticks and string and hope.",),
    ),
    T.cheerful: Lines(
        tod=("{H} sings.",),
        pre=("{H} sang, and the song rang out.",),
        rich=("{H} sang loud and bright, and the song carried far.",),
    ),
    T.careful: Lines(
        tod=("{H} looks slowly.",),
        pre=("{H} looked again, slowly.",),
        rich=("{H} looked again, slowly and carefully, at the one place they had rushed past.",),
    ),
    T.adventurous: Lines(
        tod=("{H} tries a new way.",),
        pre=("{H} tried a new way.",),
        rich=("{H} chose a new path that nobody had tried.",),
    ),
    T.caring: Lines(
        tod=("{H} gives a hug.",),
        pre=("{H} gave everyone a hug.",),
        rich=("{H} gave everyone a hug first, and then they all felt ready.",),
    ),
}
