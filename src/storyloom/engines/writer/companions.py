"""Companions by bond and by story: relationships change the verbs, templates the deeds.

A grandparent tells and comforts, a sibling teases and then helps, a pet follows and
finds, a rival competes and then joins in. What a companion *does* to help depends on
the story: in a mystery a pet sniffs out a clue, in a rescue it keeps watch, at bedtime
nobody shouts or jumps. `lines(template, role, bond)` is the whole pool a companion line
is drawn from; `all_lines(template)` is every line a template's companions may say.
"""

from __future__ import annotations

from functools import cache

from storyloom.engines.writer.calm_companions import CALM
from storyloom.engines.writer.cast import Bond
from storyloom.engines.writer.companion_deeds import FAMILY, FAMILY_HELP, PET_HELP
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Lines

B = Bond
ROLES = ("creature", "join", "first", "help", "comfort", "cheer")

CREATURE_JOIN = Lines(
    tod=("Look! {A_creature}!", "{H} meets {a_creature}."),
    pre=(
        'Then {H} met {a_creature}. "Hello," said {F}.',
        "{A_creature} popped out to say hello.",
        "Just then, {a_creature} came by to see what was going on.",
    ),
    rich=(
        "Just then, {a_creature} popped out and looked {H} up and down with bright eyes.",
        "{H} was not alone for long: {a_creature} came to see what was going on.",
    ),
)

JOIN: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} comes too.", "Here comes {F}!"),
        pre=(
            '{F} came running. "Wait for me[!|, wait!|! I\'m coming too!]"',
            "{F} came along too.",
            '"Can I come[| too| with you]?" asked {F}. "Yes[| please| of course]!" said {H}.',
        ),
        rich=(
            "{F} came [running|hurrying|racing] to join them, [out of breath and "
            "grinning|puffing and "
            "grinning|all out of breath].",
            '"[You are not going without me|Not without me, you are not|I am coming too]," '
            "said {F}, pulling on {F:their} [boots|coat|hat].",
        ),
    ),
    B.sibling: Lines(
        tod=("{F} comes too.", "{H:poss} {F:rel} {F} comes too."),
        pre=("{H:poss} {F:rel} {F} tagged along.", '"I\'m coming too," said {F}.'),
        rich=("{H:poss} {F:rel} {F} tagged along, rolling {F:their} eyes but not staying behind.",),
    ),
    B.elder: Lines(
        tod=("{F} comes too.", "{F} holds {H:poss} {H:hand}."),
        pre=(
            "{F} came too, with a [big warm coat|warm hat|bag of snacks].",
            "{F} took {H:poss} {H:hand}.",
        ),
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
        tod=("{F} comes too.", "{F} wants to be first."),
        pre=('{F} came too. "I\'ll [do it|get there|be there] first," {F:they} said.',),
        rich=("{F} came too, of course, because {F:they} never let {H} do anything first.",),
    ),
}

FIRST: dict[Bond, Lines] = {
    B.sibling: Lines(
        tod=(
            '{F} laughs. "[Silly|Oh, silly] {H}!"',
            '"Too slow[| again]!" says {F}[| with a laugh].',
        ),
        pre=(
            '"You\'ll never do it," teased {F}.',
            '{F} laughed. "[Silly|Oh, silly] {H}!"',
            '"Too slow!" teased {F}, but {F:they} stayed close.',
        ),
        rich=(
            '"You\'re doing it all wrong," teased {F}, but {F:they} came to look too.',
            "{F} teased {H} the whole time, which is what {F:rel}s are for.",
        ),
    ),
    B.rival: Lines(
        tod=('"Me first!" says {F}.', "{F} wants to win."),
        pre=(
            '"I bet I can [do it|get there] first," said {F}[| with a grin].',
            "{F} wanted to win, and hurried ahead.",
            '"Mine will be better," said {F}.',
        ),
        rich=(
            '"I bet I can do it before you," said {F}, already hurrying ahead.',
            "{F} wanted to win, as always, and set off without waiting.",
        ),
    ),
}

# Help that fits any lively story, by bond; the story's own deeds are in companion_deeds.
BOND_HELP: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} helps[| too| out].", '"I can help!" says {F}.'),
        pre=('"Let\'s do it together," said {F}.', "{F} held out a {F:hand} to help."),
        rich=(
            "{F} helped without being asked, because that is what [friends|good "
            "friends|friends always] do.",
            '"Together," said {F}, and the two of them tried [side by side|at the same '
            "time|as one].",
        ),
    ),
    B.sibling: Lines(
        tod=("{F} helps {H}.",),
        pre=("{F} stopped teasing and helped.", '"Fine, I\'ll help," said {F} with a grin.'),
        rich=("{F} stopped teasing and helped, though {F:they} pretended it was no big deal.",),
    ),
    B.elder: Lines(
        tod=("{F} tells a story.", '"Look up," says {F}.'),
        pre=(
            "{F} told {H} a story about when {F:they} {F:were} little.",
            '"Take your time," {F} told {H}.',
        ),
        rich=(
            "{F} told {H} about a time [long ago|years ago] when {F:they} had tried the very "
            "same thing.",
            '"When I was your [age|size]," said {F}, "I learned to look where nobody else '
            '[looked|thought to look]."',
        ),
    ),
    B.pet: Lines(
        tod=("{F} stays close.",),
        pre=("{F} stayed close to {H}.",),
        rich=(
            "{F} stayed close by {H:poss} side, [ears up|eyes bright|nose busy], watching "
            "[everything|every move|the way ahead].",
        ),
    ),
    B.rival: Lines(
        tod=("{F} helps now.", "{F} stops and helps."),
        pre=(
            "{F} stopped trying to win and came to help.",
            '"All right, let\'s do it together," said {F}.',
        ),
        rich=("{F} stopped trying to win and, for the first time, came to help.",),
    ),
}

COMFORT: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} sits with {H}.",),
        pre=(
            '{F} sat down next to {H}. "We\'ll [find a way|think of something|work it out]."',
            "{F} held {H:poss} {H:hand}.",
        ),
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
        pre=('{F} sat down too. "I couldn\'t do it either," {F:they} said.',),
        rich=(
            '{F} sat down too. "I couldn\'t do it either," {F:they} said, '
            "and it felt good to hear.",
        ),
    ),
}

CHEER: dict[Bond, Lines] = {
    B.friend: Lines(
        tod=("{F} claps!", "{F} cheers."),
        pre=("{F} clapped and cheered.", '"We did it!" said {F}.'),
        rich=("{F} cheered so [loudly|loud] that the echo came back [twice|three times].",),
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


def _merge(*parts: Lines | None) -> Lines:
    got = [p for p in parts if p is not None]
    return Lines(
        tod=tuple(x for p in got for x in p.tod),
        pre=tuple(x for p in got for x in p.pre),
        rich=tuple(x for p in got for x in (p.rich or p.pre)),
    )


@cache
def lines(template: Template, role: str, bond: Bond) -> Lines:
    """Everything a companion with this bond may say in this role, in this story."""
    if template == Template.bedtime:
        return CALM[role].get(bond) or CALM[role].get(B.friend) or CALM["join"][bond]
    family = FAMILY[template]
    match role:
        case "creature":
            return CREATURE_JOIN
        case "join":
            return JOIN[bond]
        case "first":
            return FIRST.get(bond) or JOIN[bond]
        case "comfort":
            return COMFORT[bond]
        case "cheer":
            return CHEER[bond]
    if bond == B.pet:
        return _merge(PET_HELP[family], BOND_HELP[bond])
    if family == "play" and bond in (B.friend, B.rival):
        # Before the turn of a friendship story, the others are not helping yet.
        return FAMILY_HELP[family]
    return _merge(BOND_HELP[bond], FAMILY_HELP[family])


def has_first(template: Template, bond: Bond) -> bool:
    """Whether this bond has its own first moment (the tease, the challenge)."""
    table = CALM["first"] if template == Template.bedtime else FIRST
    return bond in table


@cache
def all_lines(template: Template) -> frozenset[str]:
    out: set[str] = set()
    for role in ROLES:
        for bond in Bond:
            got = lines(template, role, bond)
            out.update(got.tod, got.pre, got.rich)
    return frozenset(out)


__all__ = ["ROLES", "all_lines", "has_first", "lines"]
