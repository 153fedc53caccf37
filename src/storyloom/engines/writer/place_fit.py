"""Whether a line of scenery fits the one place a page is in.

A page follows one place (the world state's current place), and what it says about the
world around it must be true there: no wind, weather or moonrise under a roof (unless seen
through a window), no floors, rugs and ceilings out of doors, and in a house of rooms the
bath is in the bathroom and the milk in the kitchen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyloom.engines.illustrator.spec import Place

P = Place
# Places under a roof (the sea's caves and wrecks are under water, and told as the sea).
SHELTERED = frozenset(
    {
        P.great_hall,
        P.tower_room,
        P.barn,
        P.mountain_cave,
        P.bedroom,
        P.landing,
        P.bathroom,
        P.kitchen,
        P.window_seat,
        P.classroom,
        P.reading_corner,
    }
)
CAVES = frozenset({P.mountain_cave})

# What is only out of doors: the weather, the sky and what grows or rises in it.
_OUTDOORS = re.compile(
    r"\b(?:wind|windy|breeze|gusts?|sky|skies|clouds?|rain|raindrops|drizzle|snowflakes"
    r"|snow (?:fell|was falling|drifted)|dew|flowers?|blossom|petals|grass|garden|meadow|trees"
    r"|fireflies|moss|leaves|dust (?:floated|drifted|danced)"
    r"|(?:sun|moon) (?:was|is|shone|shines|slid|sank|went|goes|turned|made|sat|glowed|rose"
    r"|came|climbed|hung|looked|peeked|peeped)"
    r"|(?:morning|afternoon|warm|evening|low|early|hot|far) sun"
    r"|(?:round|white|big|thin|pale) moon|moon (?:up|came up)"
    r"|stars? (?:came|popped|peeped|were out|was out|twinkled|kept)|first stars?"
    r"|flags? (?:flapped|hung|snapped)|chimney|roofs?)\b",
    re.IGNORECASE,
)
# ...unless it is seen from inside: at the window, or outside.
_SEEN_FROM_INSIDE = re.compile(r"\b(?:window|windows|glass|outside|curtains)\b", re.IGNORECASE)
# What is only indoors.
_INDOORS = re.compile(
    r"\b(?:floor|floorboards?|ceiling|rugs?|halls?|corridors|fireplace|portraits|armour"
    r"|curtains?|candles?|shelf|shelves|staircase|stairs|night light|pillows?|cupboard"
    r"|(?<!street )(?<!park )lamps?|lamplight|coloured glass|kettle|tiles|room|desks?|pegs"
    r"|tank)\b",
    re.IGNORECASE,
)
# In a house of rooms, what belongs to one room (or two) only.
_ROOMS: tuple[tuple[re.Pattern[str], frozenset[Place]], ...] = (
    (
        re.compile(r"\b(?:bath|bathwater|bubbles|toothbrush|basin|tap|towel|soap)\b", re.I),
        frozenset({P.bathroom}),
    ),
    (re.compile(r"\b(?:milk|kettle|cups?|kitchen|supper|toast)\b", re.I), frozenset({P.kitchen})),
    (
        re.compile(
            r"\b(?:bed|pillows?|ceiling|toys|toy train|shelf|mobile|rug|socks|crayons)\b", re.I
        ),
        frozenset({P.bedroom, P.window_seat}),
    ),
    (re.compile(r"\b(?:stairs|banister|landing)\b", re.I), frozenset({P.landing})),
)
_HOUSE = frozenset({P.bedroom, P.landing, P.bathroom, P.kitchen, P.window_seat})


# What stands in the way only under a roof (a locked door, a pile of books).
_INDOOR_THINGS = re.compile(
    r"\b(?:staircase|door|shelf|chairs|desks|toys|books|pillows|boxes)\b", re.IGNORECASE
)


def indoor_thing(text: str) -> bool:
    """Whether what `text` names stands indoors (a locked door) rather than out (a moat)."""
    return _INDOOR_THINGS.search(text) is not None


def room_for(text: str, place: Place) -> Place:
    """In a house of rooms, the room what `text` speaks of belongs to ("on the shelf" is
    in the bedroom), if it is not `place` itself; elsewhere, `place`."""
    if place not in _HOUSE:
        return place
    for words, rooms in _ROOMS:
        if place not in rooms and words.search(text):
            return min(rooms, key=lambda r: r.value)
    return place


@lru_cache(maxsize=8192)
def suits(text: str, place: Place) -> bool:
    """Whether scenery `text` can be true at `place`."""
    if place in SHELTERED:
        if _OUTDOORS.search(text) and not _SEEN_FROM_INSIDE.search(text):
            return False
    elif _INDOORS.search(text):
        return False
    if place in _HOUSE:
        for words, rooms in _ROOMS:
            if place not in rooms and words.search(text):
                return False
    return True


__all__ = ["CAVES", "SHELTERED", "indoor_thing", "room_for", "suits"]
