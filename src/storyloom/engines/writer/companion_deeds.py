"""What a companion does to help, by kind of story: search, quest, rescue, make or play.

These lines are bond-neutral (anyone may do them) except `PET_HELP`, which is how a pet
helps: it follows, sniffs and finds. `{Fseek_past}` is how the pet's kind searches.
"""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Lines

FAMILY: dict[Template, str] = {
    Template.mystery: "search",
    Template.adventure: "quest",
    Template.exploration: "quest",
    Template.rescue: "rescue",
    Template.celebration: "make",
    Template.friendship: "play",
    Template.lesson: "play",
    Template.bedtime: "calm",
}

FAMILY_HELP: dict[str, Lines] = {
    "search": Lines(
        tod=("{F} looks too.", "{F} looks {spot}.", '"Not here!" says {F}.'),
        pre=(
            "{F} helped {H} look {spot}.",
            '"I\'ll look {spot}," said {F}.',
            "{F} found a clue {spot}!",
            '"Look at this," said {F}, pointing at the ground.',
            "{F} looked high, and {H} looked low.",
            '"Did you look {spot}?" asked {F}.',
        ),
        rich=(
            "{F} spotted something {spot} and called {H} over to see.",
            '"What if we try it this way?" asked {F}, '
            "turning the clue round in {F:their} {F:hands}.",
            "{F} made a list of every place they had looked, so they would not look twice.",
            '"It can\'t have gone far," said {F}, checking {spot} for the second time.',
            "{F} crouched down to look at the clue more closely, nose almost touching it.",
            "{F} searched {spot}, lifting things up and putting them back neatly.",
        ),
    ),
    "quest": Lines(
        tod=("{F} helps[| too| out].", "{F} holds on tight.", "{F} points the way."),
        pre=(
            "{F} pointed the way.",
            "{F} found a long stick to help.",
            "{F} carried the bag so {H} could climb.",
            '"Hold my {F:hand}," said {F}.',
            "{F} checked the way {spot}.",
            '"This way!" said {F}.',
        ),
        rich=(
            '"Let me hold that [end|side]," said {F}, and suddenly the job was half as hard.',
            "{F} found a stick that was exactly the right [shape|size] for testing the ground.",
            "{F} carried the heavy [bag|pack] without a single [grumble|moan|word of fuss].",
            "{F} went ahead to check the way {spot}, then waved them on.",
            "{F} held the map flat against the wind so they could all see it.",
            "{F} shared out the last of the snacks, counting carefully so it was fair.",
        ),
    ),
    "rescue": Lines(
        tod=("{F} helps[| too| out].", '"Shh," says {F}.', "{F} keeps still."),
        pre=(
            '"Shh," said {F}. "We must not scare it."',
            "{F} kept very still, so the {animal} would not be scared.",
            "{F} held the {obj} ready.",
            "{F} kept watch {spot}.",
            '"Poor little thing," said {F} softly.',
            "{F} made a soft bed of leaves, just in case.",
        ),
        rich=(
            '"Shh," whispered {F}. "If we are too loud, it will [hide further back|run and '
            'hide|hide again]."',
            "{F} kept watch {spot}, so they would know if the {animal} moved.",
            "{F} held the {obj} steady and ready, not making a sound.",
            "{F} spoke to the {animal} in the softest voice, telling it that help was coming.",
            "{F} crouched low, so as to look small and friendly [instead of big and scary|and "
            "not one bit scary].",
            '"It\'s shaking," said {F} quietly. "We need to be [gentle|very gentle|slow and '
            'gentle]."',
        ),
    ),
    "make": Lines(
        tod=("{F} helps[| too].", "{F} holds [it|the {obj}] up.", "{F} brings tape."),
        pre=(
            "{F} held it still while {H} fixed it.",
            "{F} brought a big roll of tape.",
            '"Let\'s use more glue," said {F}.',
            "{F} found some ribbon {spot}.",
            "{F} held the other end.",
            "{F} cut out paper stars.",
        ),
        rich=(
            "{F} held the wobbly part still while {H} worked, tongue poking out in thought.",
            "{F} came back with a roll of tape, two pegs and a very long ribbon.",
            '"Hold on, I\'ll get the glue," said {F}, and was back in a flash.',
            "{F} cut out a string of paper stars to hide the bumpy bit.",
            "{F} found a box of ribbons {spot} and tipped them all out.",
            "{F} stood back, squinted, and said it needed one more thing.",
        ),
    ),
    "play": Lines(
        tod=("{F} looks up.", "{F} watches.", "{F} waves back.", "{F} smiles a bit.", "{F} peeks."),
        pre=(
            "{F} looked up for a moment.",
            "{F} was building a tower {spot}.",
            "{F} watched from {spot}.",
            "{F} nearly said something, then did not.",
            "{F} gave a little wave.",
            "{F} was playing a game {spot}.",
        ),
        rich=(
            "{F} was busy building a tower {spot}, but looked up for a moment.",
            "{F} watched from {spot}, half hoping to be asked.",
            "{F} nearly said something, then looked away, as if [it were too hard|the words "
            "were stuck].",
            "{F} was playing a game {spot} that needed more than one person.",
            "{F} gave a [small|tiny|quick] wave, then went pink and pretended it had been a "
            "stretch.",
            "{F} seemed to be waiting for [somebody|someone] to ask[| first| nicely].",
        ),
    ),
}

PET_HELP: dict[str, Lines] = {
    "search": Lines(
        tod=("{F} {Fseek}.", "{F} finds a clue!", "Sniff, sniff. {F} looks."),
        pre=(
            "{F} {Fseek_past}.",
            "{F} ran ahead, then ran back. This way!",
            "{F} found something {spot}.",
            "Sniff, sniff. {F} put {F:their} nose to the ground.",
        ),
        rich=(
            '{F} {Fseek_past}, then stopped and looked back as if to say, "This way."',
            "Nobody could find a thing until {F} followed {F:their} nose {spot}.",
            "{F} sniffed at the clue, then set off {spot}, tail up.",
        ),
    ),
    "quest": Lines(
        tod=("{F} runs ahead.", "{F} follows {H}."),
        pre=(
            "{F} ran ahead, then waited.",
            "{F} followed {H}, step for step.",
            "{F} {Fseek_past}.",
        ),
        rich=(
            "{F} ran ahead to check the way, then came back to make sure {H} was following.",
            "{F} followed {H} step for step, never more than a nose away.",
            "{F} {Fseek_past}, and found a way round the puddles.",
        ),
    ),
    "rescue": Lines(
        tod=("{F} keeps still.", "{F} sits and looks."),
        pre=(
            "{F} sat very still and watched the {animal}.",
            "{F} lay down, quiet as a stone.",
            "{F} {Fseek_past}, then came back.",
        ),
        rich=(
            "{F} lay down flat and quiet, so as not to scare the {animal}.",
            "{F} watched the {animal} with big, careful eyes, not moving a whisker.",
            "{F} {Fseek_past}, and found the easiest way up.",
        ),
    ),
    "make": Lines(
        tod=("{F} brings a ribbon.", "{F} sits and waits."),
        pre=(
            "{F} brought a ribbon in {F:their} mouth.",
            "{F} sat on the paper to stop it blowing away.",
        ),
        rich=(
            "{F} trotted back with a ribbon, very pleased with {F:themself}.",
            "{F} sat on the paper to stop it blowing away, which was a great help.",
        ),
    ),
    "play": Lines(
        tod=("{F} follows {H}.", "{F} wags and waits."),
        pre=("{F} followed {H} everywhere.", "{F} brought {H} a stick to throw."),
        rich=(
            "{F} followed {H} everywhere, as if to say that one friend was already here.",
            "{F} dropped a stick at {H:poss} feet and waited, hopeful.",
        ),
    ),
}
