"""The turn: the hero's own trait is what changes the story.

Each line is the hero's choice in front of the story's problem (`{problem}`: the wide
river, the frightened kitten, the missing teddy); the template's turn line then says what
the choice found. Every line carries its trait's marker (see `traits.MARKERS`).
"""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Trait
from storyloom.engines.writer.templates.base import Lines

T = Trait

TURNS: dict[Trait, Lines] = {
    T.brave: Lines(
        tod=("{H} takes a deep breath.", "{H} goes first."),
        pre=(
            "Then {H} took a deep breath and went first.",
            "{H} stepped right up to {problem}, even though it was scary.",
            '"I\'ll go first," said {H}, and took a deep breath.',
        ),
        rich=(
            "{H} took a deep breath, squared {H:their} shoulders and went first.",
            "{H:poss} knees were shaking, but {H:they} stepped right up to {problem}.",
            "Somebody had to go first, and {H} decided it would be {H:them}.",
        ),
    ),
    T.curious: Lines(
        tod=('"What is that?" asks {H}.', '"Why is that there?" asks {H}.'),
        pre=(
            '"What is that?" asked {H}, and went to see.',
            '"Why is that there?" asked {H}. Nobody knew, so {H:they} went to look.',
            '"How about {problem}?" asked {H}. "What if we look at it again?"',
        ),
        rich=(
            '"What is that, and why is it there?" {H} wondered, and went to see.',
            '"How did we miss that?" asked {H}, who could never leave a question alone.',
            "{H} wondered about {problem}. What if they had been looking at it all wrong?",
        ),
    ),
    T.kind: Lines(
        tod=("{H} shares.", "{H} gives a {H:hand}."),
        pre=(
            "{H} shared what {H:they} had.",
            "{H} stopped to share {H:their} snack with {F}, and that was when they saw it.",
            '"You go first," {H} said kindly, and gave {F} a {H:hand}.',
        ),
        rich=(
            "{H} shared what {H:they} had, and that [changed everything|made all the difference].",
            "{H} stopped to share {H:their} last snack with {F}, and sitting down together, "
            "they saw what they had missed.",
            "Instead of hurrying, {H} kindly gave {F} a {H:hand}, and that was how they saw it.",
        ),
    ),
    T.shy: Lines(
        tod=('"Look," says {H} softly.', "{H} peeks out."),
        pre=(
            '"Look," said {H} softly. Everyone turned.',
            "{H} had seen something. {H:They} whispered it to {F}.",
            "{H} peeked out from behind {F} and pointed, very quietly.",
        ),
        rich=(
            '"Look," said {H} softly, and for once everyone heard.',
            "{H} had been quietly watching the whole time, and now {H:they} whispered what "
            "{H:they} had seen.",
            '{H} almost said nothing. Then, softly, {H:they} said, "I think I know."',
        ),
    ),
    T.funny: Lines(
        tod=("{H} laughs a big[| big| happy] laugh.", "{H} makes a [silly|funny|very silly] face."),
        pre=(
            "{H} laughed so loudly that something moved.",
            "{H} told a silly joke, and in the giggles, someone saw it.",
            "{H} did a silly dance, and that was when they saw it.",
        ),
        rich=(
            "{H} laughed so loudly at {H:their} own joke that something nearby moved.",
            "{H} made a joke about {problem}, and while everyone was laughing, somebody "
            "finally looked the right way.",
            "{H} pulled such a silly face that {F} giggled and fell back, and there it was.",
        ),
    ),
    T.clever: Lines(
        tod=("{H} has an idea!", "{H} thinks. Then, a plan!"),
        pre=(
            "Then {H} had an idea.",
            '"Wait," said {H}. "I have a plan."',
            "{H} thought about {problem}. Then {H:they} had an idea.",
        ),
        rich=(
            "Then {H} had an idea, the kind that makes you sit up straight.",
            '"Wait," said {H}. "What if we think about {problem} the other way round?"',
            "{H} thought back over every try, and all at once, a plan fell into place.",
        ),
    ),
    T.patient: Lines(
        tod=("{H} waits.", "{H} sits and waits."),
        pre=(
            "{H} sat very still and waited.",
            '"Let\'s just wait," said {H}. So they waited.',
            "{H} waited and waited, quiet as a mouse.",
        ),
        rich=(
            "{H} sat very still and waited, longer than anyone else could have.",
            '"Let\'s wait and watch," said {H}, and they waited until the right moment came.',
            "{H} did not rush. {H:They} waited, and watched {problem}, and saw what the others "
            "had missed.",
        ),
    ),
    T.energetic: Lines(
        tod=("{H} jumps up high!", "Zoom, {H} runs to look!"),
        pre=(
            "{H} jumped up as high as {H:they} could.",
            "[Zoom|Whoosh], {H} raced to the top to look.",
            "{H} ran all the way to the end and back, and saw it.",
        ),
        rich=(
            "{H} gave the biggest jump of {H:their} life, and from up there, {H:they} saw it.",
            "{H} raced ahead one more time, faster than ever, and skidded to a stop.",
            "Bouncing with energy, {H} ran up to the highest place to look.",
        ),
    ),
    T.gentle: Lines(
        tod=("{H} is gentle.", "{H} goes softly."),
        pre=(
            "{H} moved very gently.",
            '"Gently," said {H}, and went softly, softly.',
            "{H} reached out gently, slow and soft.",
        ),
        rich=(
            "{H} moved as gently as falling snow.",
            "Instead of pushing, {H} went gently, one soft step at a time.",
            '"Gently," whispered {H}, and softly moved the last thing out of the way.',
        ),
    ),
    T.stubborn: Lines(
        tod=('"Again!" says {H}.', '"Not yet!" says {H}.'),
        pre=(
            '"One more time," said {H}.',
            '"I will not give up," said {H}. "Not yet."',
            "Everyone wanted to go home, but {H} tried one more time.",
        ),
        rich=(
            '"One more time," said {H}, who never liked to give up.',
            '"Not yet," said {H}, jaw set, and looked at {problem} once again.',
            "Everyone else was ready to stop, but {H} would not give up. One more try.",
        ),
    ),
    T.creative: Lines(
        tod=("{H} makes a plan.", "{H} draws it."),
        pre=(
            "{H} made something new out of sticks.",
            "{H} drew a picture of {problem}, and saw a new way.",
            "{H} made a plan out of string and a stick.",
        ),
        rich=(
            "{H} made something new out of sticks and string and hope.",
            "{H} drew {problem} in the dirt, and in the drawing, a way showed up.",
            "{H} built a little model out of stones, moved the pieces around, and smiled.",
        ),
    ),
    T.cheerful: Lines(
        tod=("{H} sings.", "{H} smiles a big[| big| happy] smile."),
        pre=(
            "{H} sang, and the song rang out.",
            '{H} smiled. "Let\'s try it singing!" And they did.',
            "{H} hummed a happy tune, and everyone felt better.",
        ),
        rich=(
            "{H} sang loud and bright, and the song carried far.",
            "{H} smiled at everyone, and somehow the smile made them all try once more.",
            "{H} hummed a little tune, and with the tune came a new, hopeful idea.",
        ),
    ),
    T.careful: Lines(
        tod=("{H} looks [slowly|and looks].", "{H} looks again, slowly."),
        pre=(
            "{H} looked again, slowly.",
            "{H} checked {problem} carefully, bit by bit.",
            "{H} went step by step, and saw what they had missed.",
        ),
        rich=(
            "{H} looked again, slowly and carefully, at the one place they had rushed past.",
            "{H} checked {problem} carefully, inch by inch, and found the thing they had missed.",
            "Step by step, {H} went back over everything, slowly this time.",
        ),
    ),
    T.adventurous: Lines(
        tod=("{H} tries a new way.", "{H} finds a new path."),
        pre=(
            "{H} tried a new way.",
            '"Let\'s explore over there," said {H}.',
            "{H} went further than anyone had gone before.",
        ),
        rich=(
            "{H} chose a new path that nobody had tried.",
            '"Let\'s explore further along," said {H}, and led them somewhere new.',
            "{H} went further than the others dared, past the last place anyone had looked.",
        ),
    ),
    T.caring: Lines(
        tod=("{H} gives a hug.", "{H} hugs {F}."),
        pre=(
            "{H} gave everyone a hug.",
            '"Are you all right?" asked {H}, and gave {F} a hug.',
            "{H} looked after everyone first, and then they felt ready.",
        ),
        rich=(
            "{H} gave everyone a hug first, and then they all felt ready.",
            '"Are you all right?" asked {H}, and stopped to look after {F}. That was when '
            "{H:they} saw it.",
            "{H} bent down to give {F} a hug, and from down there, noticed something new.",
        ),
    ),
}
