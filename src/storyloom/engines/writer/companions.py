"""Companions by bond: relationships change the verbs.

A grandparent tells and comforts, a sibling teases and then helps, a pet follows and
finds, a rival competes and then joins in. `FIRST` lines are a companion's first moment
(the tease, the challenge); `HELP` lines come after.
"""

from __future__ import annotations

from storyloom.engines.writer.cast import Bond
from storyloom.engines.writer.templates.base import Lines

B = Bond

JOIN: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} comes too.", "Here comes {F}!"),
        pre=(
            '{F} came running. "Wait for me!"',
            "{F} came along too.",
            '"Can I come?" asked {F}. "Yes!" said {H}.',
        ),
        rich=(
            "{F} came running to join them, out of breath and grinning.",
            '"You are not going without me," said {F}, pulling on {F:their} boots.',
        ),
    ),
    B.sibling: Lines(
        tod=("{F} comes too.", "{H:poss} {F:rel} {F} comes too."),
        pre=("{H:poss} {F:rel} {F} tagged along.", '"I\'m coming too," said {F}.'),
        rich=("{H:poss} {F:rel} {F} tagged along, rolling {F:their} eyes but not staying behind.",),
    ),
    B.elder: Lines(
        tod=("{F} comes too.", "{F} holds {H:poss} hand."),
        pre=("{F} came too, with a big warm coat.", "{F} took {H:poss} hand."),
        rich=("{F} came too, walking slowly and telling stories about the old days.",),
    ),
    B.pet: Lines(
        tod=("{F} comes too.", "{F} runs after {H}."),
        pre=("{H:poss} {F:rel} {F} followed close behind.", "{F} would not be left at home."),
        rich=(
            "{H:poss} {F:rel} {F} followed so close behind that {F:they} kept bumping into "
            "{H:poss} legs.",
        ),
    ),
    B.rival: Lines(
        tod=("{F} comes too.", "{F} runs to be first."),
        pre=('{F} came too. "I\'ll get there first," {F:they} said.',),
        rich=("{F} came too, of course, because {F:they} never let {H} do anything first.",),
    ),
}

FIRST: dict[Bond, Lines] = {
    B.sibling: Lines(
        tod=('{F} laughs. "Silly {H}!"', '"Too slow!" says {F}.'),
        pre=(
            '"You\'ll never do it," teased {F}.',
            '{F} laughed. "Silly {H}, not there!"',
            '"Too slow!" teased {F}, but {F:they} stayed close.',
        ),
        rich=(
            '"You\'re looking in the silliest place," teased {F}, but {F:they} came to look too.',
            "{F} teased {H} all the way there, which is what {F:rel}s are for.",
        ),
    ),
    B.rival: Lines(
        tod=('"Me first!" says {F}.', "{F} runs to win."),
        pre=(
            '"I bet I can do it first," said {F}.',
            "{F} raced ahead to win.",
            '"Mine will be better," said {F}.',
        ),
        rich=(
            '"I bet I can do it before you," said {F}, already racing ahead.',
            "{F} wanted to win, as always, and dashed off without waiting.",
        ),
    ),
}

HELP: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} helps.", "{F} looks too.", '"I can help!" says {F}.'),
        pre=(
            '"Let\'s do it together," said {F}.',
            "{F} helped {H} look {spot}.",
            "{F} held out a hand to help.",
        ),
        rich=(
            "{F} helped without being asked, because that is what friends do.",
            '"Together," said {F}, and the two of them tried side by side.',
            "{F} rolled up {F:their} sleeves and got stuck in, chattering the whole time.",
            '"Let me hold that end," said {F}, and suddenly the job was half as hard.',
            "{F} spotted something {spot} and called {H} over to see.",
            '"What if we try it this way?" asked {F}, turning the problem upside down.',
        ),
    ),
    B.sibling: Lines(
        tod=("{F} helps {H}.", "{F} gives {H} a push."),
        pre=("{F} stopped teasing and helped.", '"Fine, I\'ll help," said {F} with a grin.'),
        rich=("{F} stopped teasing and helped, though {F:they} pretended it was no big deal.",),
    ),
    B.elder: Lines(
        tod=("{F} tells a story.", '"Look up," says {F}.'),
        pre=(
            '"When I was little, I looked {spot}," said {F}.',
            "{F} told {H} a story about the old days.",
            '"Try looking up," {F} told {H}.',
        ),
        rich=(
            "{F} told {H} about a time long ago when {F:they} had tried the very same thing.",
            '"When I was your age," said {F}, "I learned to look where nobody else looked."',
        ),
    ),
    B.pet: Lines(
        tod=("{F} {Fseek}.", "{F} finds a clue!"),
        pre=(
            "{F} {Fseek_past}.",
            "{F} ran ahead, then ran back. This way!",
            "{F} found something {spot}.",
        ),
        rich=(
            '{F} {Fseek_past}, then stopped and looked back as if to say, "This way."',
            "Nobody could find a thing until {F} followed {F:their} nose {spot}.",
        ),
    ),
    B.rival: Lines(
        tod=("{F} helps now.", "{F} stops and helps."),
        pre=(
            "{F} stopped racing and came to help.",
            '"All right, let\'s do it together," said {F}.',
        ),
        rich=("{F} stopped trying to win and, for the first time, came to help.",),
    ),
}

COMFORT: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} sits with {H}.",),
        pre=('{F} sat down next to {H}. "We\'ll find a way."', "{F} held {H:poss} hand."),
        rich=("{F} sat down close beside {H}, saying nothing, which was exactly right.",),
    ),
    B.sibling: Lines(
        tod=("{F} hugs {H}.",),
        pre=("{F} stopped teasing and gave {H} a hug.",),
        rich=("For once, {F} did not tease. {F:They} just put an arm around {H}.",),
    ),
    B.elder: Lines(
        tod=("{F} gives {H} a hug.",),
        pre=(
            '{F} gave {H} a big hug. "It\'s all right," {F:they} said.',
            "{F} told {H} a story, and {H} felt better.",
        ),
        rich=(
            '{F} pulled {H} close. "Even the best plans wobble," {F:they} said. '
            '"Let\'s rest, then try."',
        ),
    ),
    B.pet: Lines(
        tod=("{F} snuggles up to {H}.",),
        pre=("{F} snuggled up close to {H}.", "{F} put {F:their} head on {H:poss} lap."),
        rich=("{F} snuggled up against {H}, warm and steady, until the sad feeling passed.",),
    ),
    B.rival: Lines(
        tod=("{F} sits down too.",),
        pre=('{F} sat down too. "I\'m stuck as well," {F:they} said.',),
        rich=(
            '{F} sat down too. "I couldn\'t do it either," {F:they} said, '
            "and it felt good to hear.",
        ),
    ),
}

CHEER: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} claps!", "{F} jumps for joy."),
        pre=("{F} clapped and cheered.", '"We did it!" shouted {F}.'),
        rich=("{F} cheered so loudly that the echo came back twice.",),
    ),
    B.sibling: Lines(
        tod=("{F} cheers for {H}.",),
        pre=('"Not bad," said {F}, and gave {H} a high five.',),
        rich=('"Not bad at all," said {F}, which from a {F:rel} was the best thing ever.',),
    ),
    B.elder: Lines(
        tod=("{F} smiles at {H}.",),
        pre=("{F} smiled a big proud smile.",),
        rich=("{F} smiled the proudest smile {H} had ever seen.",),
    ),
    B.pet: Lines(
        tod=("{F} jumps for joy.",),
        pre=("{F} jumped up and down with joy.",),
        rich=("{F} spun round in happy circles, and nobody could stop laughing.",),
    ),
    B.rival: Lines(
        tod=("{F} plays too.",),
        pre=('"Can I play too?" asked {F}. "Of course," said {H}.',),
        rich=('"Can I join in?" asked {F}. "Of course," said {H}, and they did it together.',),
    ),
}

# When a bond's own lines are used up in a long book, anyone can still do these.
ANY = Lines(
    tod=("{F} looks too.", "{F} waves.", "{F} claps."),
    pre=(
        "{F} pointed the way.",
        "{F} walked next to {H}.",
        "{F} found a stick to help.",
        '"Over here!" called {F}.',
        "{F} carried the bag.",
        "{F} gave {H} a thumbs up.",
        "{F} counted to ten.",
        "{F} whistled a tune.",
    ),
    rich=(
        "{F} pointed out a shortcut that turned out to be a longcut, and everyone laughed.",
        "{F} walked next to {H}, matching {H:them} step for step.",
        '"Over here," called {F}, waving both arms.',
        "{F} carried the heavy bag without a single grumble.",
        "{F} kept a lookout, turning slowly in a full circle.",
        "{F} told a story about a giant snail, which helped the time go faster.",
        "{F} stopped to tie {F:their} laces, then ran to catch up with {H}.",
        "{F} found a stick that was exactly the right shape for poking things.",
        "{F} kept asking whether they were nearly there, which was somehow funny every time.",
        "{F} shared out the last of the snacks, counting carefully so it was fair.",
        "{F} made {H} laugh with an impression of a very grumpy goose.",
        "{F} checked behind them now and then, as if the path might sneak away.",
    ),
)
