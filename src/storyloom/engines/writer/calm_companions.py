"""Companions at bedtime: they whisper, tuck in and read; nobody shouts or jumps."""

from __future__ import annotations

from storyloom.engines.writer.cast import Bond
from storyloom.engines.writer.templates.base import Lines

B = Bond

CALM: dict[str, dict[Bond, Lines]] = {
    "creature": {
        B.friend: Lines(
            tod=("Look. {A_creature}, sleepy too.",),
            pre=("{A_creature} came to say goodnight.", "A sleepy {creature} came to the window."),
            rich=(
                "{A_creature} came to the window, yawning, to say goodnight.",
                "A sleepy {creature} peeked in to see who was still awake.",
            ),
        )
    },
    "join": {
        B.friend: Lines(
            tod=("{F} comes to say night night.",),
            pre=("{F} came to say goodnight.",),
            rich=("{F} came in quietly to say goodnight.",),
        ),
        B.sibling: Lines(
            tod=("{F} is sleepy too.",),
            pre=("{H:poss} {F:rel} {F} was in pyjamas too.",),
            rich=("{H:poss} {F:rel} {F} padded in, already in pyjamas, yawning.",),
        ),
        B.elder: Lines(
            tod=("{F} sits on the bed.",),
            pre=("{F} came and sat on the edge of the bed.",),
            rich=("{F} came and sat on the edge of the bed, the way {F:they} always did.",),
        ),
        B.pet: Lines(
            tod=("{F} curls up on the rug.",),
            pre=("{H:poss} {F:rel} {F} curled up on the rug.",),
            rich=("{H:poss} {F:rel} {F} turned round three times and curled up on the rug.",),
        ),
        B.rival: Lines(
            tod=("{F} is not sleepy either.",),
            pre=('"I\'m not sleepy either," said {F}, yawning.',),
            rich=('"I bet I can stay up later than you," said {F}, and then yawned.',),
        ),
    },
    "first": {
        B.sibling: Lines(
            tod=('"Sleepy head," says {F}.',),
            pre=('"You\'re [yawning|so sleepy|sleepy]," teased {F}. "Sleepy head."',),
            rich=(
                '"You\'re [yawning|nodding off|half asleep]," teased {F}. "I saw [it|that]. '
                'Sleepy head."',
            ),
        ),
        B.rival: Lines(
            tod=('"I can stay up," says {F}.',),
            pre=('"I can stay up later than you," said {F}.',),
            rich=('"I can stay up all night," said {F}, which nobody believed.',),
        ),
    },
    "help": {
        B.friend: Lines(
            tod=("{F} looks too.", "{F} helps."),
            pre=(
                "{F} helped look under the pillow.",
                '"Where did you have it last?" asked {F} softly.',
                "{F} helped look behind the curtains.",
            ),
            rich=(
                '"Where did you have it last?" asked {F}, in a whisper.',
                "{F} helped look, lifting each [pillow|cushion] as quietly as a [cat|mouse].",
                "{F} helped smooth the [covers|sheet] flat, corner by corner.",
            ),
        ),
        B.sibling: Lines(
            tod=("{F} helps {H}.",),
            pre=(
                "{F} stopped teasing and helped look.",
                '"Fine, I\'ll help," whispered {F}.',
            ),
            rich=(
                "{F} stopped teasing and helped look, though {F:they} said it was silly.",
                '"I\'ll look in the bathroom," whispered {F}, and padded off.',
            ),
        ),
        B.elder: Lines(
            tod=("{F} reads a story.", "{F} sings a soft song."),
            pre=(
                "{F} read a story about a sleepy bear.",
                "{F} sang the song about the moon.",
                '"Shh now," said {F}. "Let\'s look together."',
            ),
            rich=(
                "{F} read a story about a [bear|little owl|small fox] who could not sleep, in "
                "a [low, slow|soft, slow] voice.",
                "{F} sang the old song about the [moon|stars|sleepy sea], the one with no "
                "loud parts.",
                '"When I was [little|small|your size]," said {F} softly, "I lost things all '
                'the time."',
            ),
        ),
        B.pet: Lines(
            tod=("{F} sniffs and sniffs.", "{F} follows {H}."),
            pre=("{F} {Fseek_past}.", "{F} followed {H} from room to room."),
            rich=(
                "{F} {Fseek_past}, then sat down and looked at the bed.",
                "{F} padded after {H} from room to room, never far behind.",
            ),
        ),
        B.rival: Lines(
            tod=("{F} helps now.",),
            pre=("{F} stopped yawning and helped look.",),
            rich=("{F} forgot about staying up and helped look instead.",),
        ),
    },
    "comfort": {
        B.friend: Lines(
            tod=("{F} holds {H:poss} {H:hand}.",),
            pre=('{F} held {H:poss} {H:hand}. "We\'ll find it," {F:they} said.',),
            rich=(
                '{F} held {H:poss} {H:hand}. "We\'ll find it in the morning, or before," '
                "{F:they} said.",
            ),
        ),
        B.sibling: Lines(
            tod=("{F} gives {H} a hug.",),
            pre=("For once, {F} did not tease. {F:They} gave {H} a hug.",),
            rich=("For once, {F} did not tease. {F:They} just gave {H} a sleepy hug.",),
        ),
        B.elder: Lines(
            tod=("{F} strokes {H:poss} hair.",),
            pre=('{F} stroked {H:poss} hair. "It\'s all right," {F:they} said.',),
            rich=('{F} stroked {H:poss} hair. "Everything is somewhere," {F:they} said softly.',),
        ),
        B.pet: Lines(
            tod=("{F} snuggles up.",),
            pre=("{F} snuggled up, warm and soft.",),
            rich=("{F} snuggled up close, warm and heavy and soft.",),
        ),
        B.rival: Lines(
            tod=("{F} sits with {H}.",),
            pre=('{F} sat down too. "I lose things too," {F:they} said.',),
            rich=('{F} sat down too. "I lose things all the time," {F:they} said quietly.',),
        ),
    },
    "cheer": {
        B.friend: Lines(
            tod=('"Night night," says {F}.',),
            pre=('"Goodnight," whispered {F}.',),
            rich=('"Goodnight," whispered {F}, and tiptoed out.',),
        ),
        B.sibling: Lines(
            tod=("{F} yawns too.",),
            pre=('"Night, sleepy head," whispered {F}.',),
            rich=('"Night, sleepy head," whispered {F}, already half asleep.',),
        ),
        B.elder: Lines(
            tod=("{F} gives {H} a kiss.",),
            pre=("{F} gave {H} a goodnight kiss.",),
            rich=("{F} gave {H} a goodnight kiss and turned the lamp down low.",),
        ),
        B.pet: Lines(
            tod=("{F} curls up.",),
            pre=("{F} curled up at the end of the bed.",),
            rich=("{F} curled up at the end of the bed and gave a long, slow sigh.",),
        ),
        B.rival: Lines(
            tod=("{F} yawns a big yawn.",),
            pre=('"Maybe I am a bit sleepy," said {F}.',),
            rich=('"Maybe I am a tiny bit sleepy," said {F}, and yawned.',),
        ),
    },
}
