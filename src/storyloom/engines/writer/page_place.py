"""Where a page is: the place its beat's own line puts it in (else where the story is on
its route), and, once settled, every other line must be true there and name no other
place: the hiding spot it mentions, the scenery, the light."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyloom.engines.illustrator.spec import PLACES, Place
from storyloom.engines.writer.discourse import PLACE_PHRASES
from storyloom.engines.writer.moment import PLACE_WAYS
from storyloom.engines.writer.place_fit import room_for, suits
from storyloom.engines.writer.scene import place_named, places_named

if TYPE_CHECKING:
    from storyloom.engines.writer.pages import PageWriter

_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{([A-Za-z_]+)(?::[A-Za-z']+)?\}")
_HERE = frozenset({"spot_here", "Spot_here", "place", "Place"})


def enter(self: PageWriter, place: Place) -> None:
    """The page is at `place`: its moment, and the slots that say where and the light."""
    if self.moment is None or place == self.moment.place:
        return
    self.moment = replace(self.moment, place=place)
    self.slots["spot_here"] = self.rng.choice((PLACE_PHRASES[place], *PLACE_WAYS[place]))
    self.slots["Spot_here"] = (
        str(self.slots["spot_here"])[0].upper() + str(self.slots["spot_here"])[1:]
    )
    self.slots.update(self.moment.slots(self.places, self.rng, self.lights))


def settle(self: PageWriter, template: str, fixed: bool) -> None:
    """The page's place, from its beat's own line: the place it names, else the one
    the story is at ("had a warm bath" is in the bathroom)."""
    if self.settled:
        return
    self.settled = True
    if fixed or self.moment is None:
        return
    preview = _SLOT.sub(lambda m: "" if m.group(1) in _HERE else self.preview(m.group(1)), template)
    preview = _CHOICE.sub(lambda m: m.group(1).split("|")[0], preview)
    setting = self.request.setting
    named = places_named(preview, setting)
    if named and self.moment.place not in named:
        enter(self, next(p for p in PLACES[setting] if p in named))
    elif not named and (deed := place_named(preview, setting)) is not None:
        enter(self, deed)
    elif not named and (room := room_for(preview, self.moment.place)) in PLACES[setting]:
        enter(self, room)  # "there was the blanket, on the shelf" is in the bedroom


def suits_here(self: PageWriter, text: str) -> bool:
    """Whether `text` is true at the page's place and names no other place."""
    if self.moment is None or not self.place_strict:
        return True
    if self.settled:
        named = places_named(text, self.request.setting)
        if named and self.moment.place not in named:
            return False
        return suits(text, self.moment.place)
    place = place_named(text, self.request.setting) or self.moment.place
    return suits(text, room_for(text, place))


def next_spot(self: PageWriter) -> int | None:
    """Which hiding spot comes next: the last one that names no other place than the
    page's (so far) and fits it (no "in the garden" in the great hall)."""
    for i in range(len(self.spots) - 1, -1, -1):
        spot = self.spots[i]
        if self.moment is None:
            return i
        named = places_named(spot, self.request.setting)
        if (not named or self.moment.place in named) and suits(spot, self.moment.place):
            return i
    return len(self.spots) - 1 if self.spots else None


__all__ = ["enter", "next_spot", "settle", "suits_here"]
