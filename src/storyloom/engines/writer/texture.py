"""Small moments that give long pages their texture, built from parts.

Long books for older readers need far more sentences than any hand-written pool holds,
and a fixed pool makes every book of a setting share the same lines. Building each
moment from an opener, a doer, an action and a tail gives thousands of combinations
whose word sequences rarely repeat between books.
"""

from __future__ import annotations

import random

_OPENERS = (
    "Just then,",
    "After that,",
    "Before long,",
    "Meanwhile,",
    "At one point,",
    "Soon,",
    "Then,",
    "On the way,",
    "A bit later,",
    "Later,",
)
_DOERS = ("{H}", "{F}", "{H}", "everyone", "{F}")
_ACTIONS = (
    "looked around",
    "kicked a pebble",
    "stopped to listen",
    "counted the steps",
    "hummed a little",
    "brushed off a leaf",
    "pointed at a cloud",
    "laughed at nothing",
    "kept a lookout",
    "whispered a plan",
    "checked the way",
    "took a drink of water",
    "tied a loose lace",
    "wiped a muddy knee",
    "picked up a stone",
    "skipped ahead",
    "made up a song",
    "spotted a beetle",
    "waved at a bird",
    "yawned a big yawn",
    "told a riddle",
    "found a funny stick",
    "walked on tiptoe",
    "did a little hop",
)
_PRE_TAILS = (
    ".",
    " and smiled.",
    " for a bit.",
    " again.",
    " and looked back.",
    " just once.",
    " with a grin.",
)
_RICH_TAILS = (
    ", wondering what would come next.",
    ", thinking about {like}.",
    ", and it felt good.",
    ", half smiling at the thought of home.",
    ", and then laughed at {H:themself}.",
    ", and the others pretended not to notice.",
    ", which made the time go faster.",
    ", and nobody minded one bit.",
    ", then hurried to catch up.",
    ", trying to fix the moment in memory.",
)


# Actions that need open sky and wildlife: wrong in space, under the sea or indoors.
_OUTDOOR_ONLY = ("pointed at a cloud", "spotted a beetle", "waved at a bird", "wiped a muddy knee")


def texture(rng: random.Random, rich: bool, companion_known: bool, outdoors: bool = True) -> str:
    doers = _DOERS if companion_known else ("{H}", "everyone")
    actions = _ACTIONS if outdoors else tuple(a for a in _ACTIONS if a not in _OUTDOOR_ONLY)
    tails = _RICH_TAILS if rich else _PRE_TAILS
    opener = rng.choice(_OPENERS) + " " if rich or rng.random() < 0.5 else ""
    return f"{opener}{rng.choice(doers)} {rng.choice(actions)}{rng.choice(tails)}"
