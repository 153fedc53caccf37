"""What a companion does on a page, made from who they are to the hero and where they are.

A pet follows and finds (in its own kind's way: a dog sniffs, an owl flies up to look), a
sibling teases and then helps, an elder tells and comforts, a friend helps, a rival races
and then waits. Each deed is a frame of (what they do, how it ends), and one of the two
always holds the world: the place they are in now (`{spot_here}`), what the hero wants
(`{aim}`), the light at this hour (`{light}`). Plain frames keep to young readers' words.
"""

from __future__ import annotations

import random

Frame = tuple[tuple[str, ...], tuple[str, ...]]

_HELP: dict[str, tuple[Frame, ...]] = {
    "pet": (
        (
            ("{F} [sniffed|nosed|poked] about {spot_here}", "{F} {Fseek_past} {spot_here}"),
            (", then looked back at {H}.", ' as if to say, "This way!"', ", then waited."),
        ),
        (
            ("{F} [stayed close to|kept near] {H}", "{F} followed {H} [step for step|closely]"),
            (" {spot_here}, watching everything.", " all the way to {place}."),
        ),
    ),
    "sibling": (
        (
            ('"[Slowcoach|Too slow|Come on]!" teased {F} {spot_here}', "{F} rolled {F:their} eyes"),
            (", but held out a {F:hand}.", ", but waited for {H}.", ", then helped anyway."),
        ),
        (
            ("{F} [pretended not to care about|made a face at]", "{F} yawned loudly at"),
            (" {aim}, then helped {spot_here} anyway.",),
        ),
    ),
    "elder": (
        (
            (
                "{F} sat with {H} {spot_here} and told {H:them} about a time [long ago|when "
                "{F:they} {F:were} small|on a day like this]",
            ),
            (", and {H} felt braver.", ", and it helped."),
        ),
        (
            ("{F} [squeezed|held] {H:poss} {H:hand}", "{F} gave {H} a [smile|nod]"),
            (" {spot_here}.", ", and they [went|walked|pressed] on {toward_aim}."),
        ),
    ),
    "friend": (
        (
            (
                "{F} [held out a {F:hand}|gave {H} a boost]",
                '"[We can do this|We can do it|Together we can]," said {F}',
            ),
            (" {spot_here}.", ", and they [went|walked|pressed] on {toward_aim}."),
        ),
        (
            ("{F} [had a look|looked around] {spot_here}", "{F} [helped|pitched in] {spot_here}"),
            (", and {H} smiled.", " without being asked.", ", while {light}."),
        ),
    ),
    "rival": (
        (
            ("{F} [hurried|raced] ahead {spot_here}", '"I\'ll get to {aim} first," said {F}'),
            (", but then waited for {H}.", ", then stopped to look back."),
        ),
    ),
}
_COMFORT: dict[str, tuple[Frame, ...]] = {
    "pet": (
        (
            ("{F} [pressed close to|leaned against] {H}",),
            (" {spot_here}.", ", warm and still, while {light}."),
        ),
    ),
    "sibling": (
        (
            ("For once, {F} did not tease",),
            (" {spot_here}.", ", and sat down next to {H} {spot_here}."),
        ),
    ),
    "elder": (
        (("{F} put an arm around {H} {spot_here}",), (".", ' and said, "We will try again."')),
    ),
    "friend": (
        (("{F} sat down next to {H} {spot_here}",), (" without a word.", ", and waited.", ".")),
    ),
    "rival": (
        (
            ("{F} stopped and came back",),
            (" to sit with {H} {spot_here}.", " {spot_here}, and sat down."),
        ),
    ),
}
_CHEER: dict[str, tuple[Frame, ...]] = {
    "pet": ((("{F} [ran round and round|jumped up] {spot_here}",), (".", " with joy.")),),
    "sibling": ((('"Not bad," said {F} {spot_here}, grinning',), (".", ", and gave {H} a hug.")),),
    "elder": ((("{F} [smiled a big smile|clapped] {spot_here}",), (".", " and hugged {H}.")),),
    "friend": (
        (
            ("{F} [cheered|clapped and clapped|cheered and cheered] {spot_here}",),
            (".", ", and {H} [laughed|grinned|laughed too]."),
        ),
    ),
    "rival": ((('"You did it," said {F} {spot_here}',), (".", ", and meant it.")),),
}
# The same deeds in the young readers' words, for readers of three to five.
_PLAIN: dict[str, dict[str, tuple[Frame, ...]]] = {
    "help": {
        "pet": (
            (
                ("{F} ran on ahead {spot_here}", "{F} [sniffed|looked] all around {spot_here}"),
                (".", ", then looked back."),
            ),
        ),
        "sibling": (
            (
                ('"Too slow!" teased {F} {spot_here}', "{F} laughed {spot_here}"),
                (".", ", but helped."),
            ),
        ),
        "elder": (
            (
                (
                    "{F} told {H} {spot_here} about a time [long ago|years ago|from the old days]",
                    "{F} held {H:poss} {H:hand}",
                ),
                (".", ", and {H} felt brave."),
            ),
        ),
        "friend": (
            (("{F} helped {spot_here}", "{F} looked all around {spot_here}"), (".", ", too.")),
        ),
        "rival": ((("{F} ran on ahead {spot_here}",), (".", ", then waited.")),),
    },
    "comfort": {
        "pet": ((("{F} sat close to {H} {spot_here}",), (".",)),),
        "sibling": ((("For once, {F} did not tease {spot_here}",), (".",)),),
        "elder": ((("{F} gave {H} a hug {spot_here}",), (".",)),),
        "friend": ((("{F} sat down [next to|close to] {H} {spot_here}",), (".",)),),
        "rival": ((("{F} came back to sit with {H} {spot_here}",), (".",)),),
    },
    "cheer": {
        "pet": ((("{F} jumped up and down {spot_here}",), (".",)),),
        "sibling": ((('"Not bad!" said {F} {spot_here}',), (".",)),),
        "elder": ((("{F} gave {H} a big hug {spot_here}",), (".",)),),
        "friend": ((("{F} cheered {spot_here}",), (".",)),),
        "rival": ((('"You did it!" said {F} {spot_here}',), (".",)),),
    },
}
# And for the youngest, in the present tense: who, what, where.
_TODDLER: dict[str, dict[str, tuple[Frame, ...]]] = {
    "help": {
        "pet": ((("{F} sniffs", "{F} runs ahead", "{F} looks"), (" {spot_here}.",)),),
        "sibling": ((('"Come on!" says {F}', "{F} helps [too|out|a lot]"), (" {spot_here}.",)),),
        "elder": (
            (("{F} holds {H:poss} {H:hand}", "{F} helps [too|out|a lot]"), (" {spot_here}.",)),
        ),
        "friend": ((("{F} helps [too|out|a lot]", "{F} looks around"), (" {spot_here}.",)),),
        "rival": ((("{F} runs ahead", "{F} wants to be first"), (" {spot_here}.",)),),
    },
    "comfort": {
        "pet": ((("{F} sits with {H}",), (" {spot_here}.",)),),
        "sibling": ((("{F} sits with {H}",), (" {spot_here}.",)),),
        "elder": ((("{F} hugs {H}",), (" {spot_here}.",)),),
        "friend": ((("{F} sits with {H}",), (" {spot_here}.",)),),
        "rival": ((("{F} comes back",), (" {spot_here}.",)),),
    },
    "cheer": {
        "pet": ((("{F} jumps",), (" {spot_here}!",)),),
        "sibling": ((("{F} claps",), (" {spot_here}!",)),),
        "elder": ((("{F} hugs {H}",), (" {spot_here}.",)),),
        "friend": ((("{F} cheers",), (" {spot_here}!",)),),
        "rival": ((("{F} claps",), (" {spot_here}!",)),),
    },
}
_ROLES = {"help": _HELP, "comfort": _COMFORT, "cheer": _CHEER}


def compose_deed(
    bond: str, rng: random.Random, role: str = "help", *, plain: bool = False, toddler: bool = False
) -> str | None:
    """A companion's deed for a page, as a template, or None for a bond with none."""
    table = _ROLES.get(role, {})
    if plain:
        table = (_TODDLER if toddler else _PLAIN).get(role, {})
    frames = table.get(bond)
    if not frames:
        return None
    doing, ending = rng.choice(frames)
    return rng.choice(doing) + rng.choice(ending)


__all__ = ["compose_deed"]
