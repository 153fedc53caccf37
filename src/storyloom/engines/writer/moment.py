"""What is true at the page being written, as words the composed sentences can use.

The world state (where the story is, the light at this hour, the weather, who is on
stage, how far the story has come from where it began) is turned into slots once per
page; the composers in `consequences` build sentences from them, so a sentence says
something about this story's place and moment rather than any story's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from storyloom.engines.illustrator.spec import Place, Setting, TimeOfDay, Weather
from storyloom.engines.writer.light import AMBIENT, AMBIENT_PLAIN, LIGHT, LIGHT_PLAIN, WEATHER
from storyloom.engines.writer.place_fit import CAVES, SHELTERED
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.world import clashes

S, T = Setting, TimeOfDay
_NUMBERS = ("one", "two", "three", "four", "five", "six")

# Clear weather, said as what it is where the story is.
_STILL_AIR = {
    "open": "the sky was clear",
    "indoor": "the room was quiet",
    "space": "all was silent",
    "sea": "the water was calm",
    "cave": "the cave was still",
}


def _kind(setting: Setting, place: Place) -> str:
    """How the light and the air are told at `place`: out of doors, under a roof, in a
    cave, in space or under the sea."""
    if setting in (S.space, S.underwater):
        return {S.space: "space", S.underwater: "sea"}[setting]
    if place in CAVES:
        return "cave"
    return "indoor" if place in SHELTERED else "open"


def _echoes(who: str, how: str) -> bool:
    """ "the low sun" + "was low and red": a word said twice in one breath."""
    said = {w for w in who.split() if len(w) > 2 and w != "the"}
    return any(w in said for w in how.replace(",", "").split())


P = Place
# Other ways of naming each place, so a place is not always said the same way.
PLACE_WAYS: dict[Place, tuple[str, ...]] = {
    P.forest_edge: ("where the wood began", "at the wood's edge"),
    P.deep_wood: ("in the middle of the wood", "far in the wood"),
    P.clearing: ("in a clearing among the trees", "out in the bright clearing"),
    P.hilltop: ("on top of the hill", "up on the hill"),
    P.shore: ("on the wet sand", "where the waves came in"),
    P.rock_pools: ("among the rock pools", "next to the rock pools"),
    P.dunes: ("up in the sandy hills", "among the sandy hills"),
    P.pier: ("at the end of the pier", "on the old pier"),
    P.launch_pad: ("next to the rocket", "at the foot of the rocket"),
    P.among_stars: ("far out among the stars", "up among the stars"),
    P.moon_surface: ("out on the moon", "on the grey moon"),
    P.crater: ("down in a big crater", "in a deep crater"),
    P.castle_gate: ("by the big castle gate", "at the old castle gate"),
    P.great_hall: ("in the middle of the great hall", "across the great hall"),
    P.tower_room: ("at the top of the tower", "in the little tower room"),
    P.castle_garden: ("among the castle flowers", "down in the castle garden"),
    P.farmyard: ("by the farm gate", "in the middle of the yard"),
    P.barn: ("inside the big barn", "up in the barn"),
    P.field: ("in the long field", "across the field"),
    P.duck_pond: ("next to the duck pond", "at the edge of the duck pond"),
    P.playground: ("by the big slide", "next to the slide"),
    P.park_path: ("on the park path", "down the winding park path"),
    P.park_pond: ("next to the park pond", "at the edge of the pond"),
    P.bandstand: ("out on the green", "in the middle of the green"),
    P.reef: ("above the coral reef", "along the reef"),
    P.kelp_forest: ("among the tall kelp", "deep in the kelp"),
    P.shipwreck: ("next to the sunken ship", "near the old ship"),
    P.sea_cave: ("inside a dark sea cave", "in a cave under the sea"),
    P.foothills: ("in the low hills", "where the hills began"),
    P.mountain_path: ("up the steep mountain path", "along the mountain path"),
    P.peak: ("on the mountain top", "right at the top"),
    P.mountain_cave: ("inside a mountain cave", "in a cold, dark cave"),
    P.jungle_edge: ("where the jungle began", "at the jungle's edge"),
    P.deep_jungle: ("in the middle of the jungle", "far in the jungle"),
    P.river_bank: ("on the river bank", "next to the river"),
    P.waterfall: ("next to the waterfall", "at the foot of the waterfall"),
    P.village_square: ("in the middle of the village", "in the busy village square"),
    P.frozen_pond: ("next to the frozen pond", "at the edge of the frozen pond"),
    P.snowy_hill: ("up the snowy hill", "at the top of the snowy hill"),
    P.cottage: ("outside the little house", "at the door of the little house"),
    P.bedroom: ("in the cosy bedroom", "in the middle of the bedroom"),
    P.landing: ("on the landing by the night light", "up on the landing"),
    P.bathroom: ("by the bath", "in the warm bathroom"),
    P.kitchen: ("by the kitchen table", "in the warm kitchen"),
    P.window_seat: ("on the seat by the window", "next to the window"),
    P.classroom: ("by the desks", "in the busy classroom"),
    P.reading_corner: ("among the books", "on the reading rug"),
    P.school_yard: ("in the yard by the school", "across the school yard"),
}


def place_noun(phrase: str) -> str:
    """ "deep in the wood" -> "the wood"; "by the rock pools" -> "the rock pools"."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        if word in ("the", "a"):
            return " ".join(words[i:])
    return phrase


@dataclass(frozen=True, slots=True)
class Moment:
    """The world at the page being written."""

    template: Template
    setting: Setting
    tod: TimeOfDay
    weather: Weather
    place: Place
    start: Place
    on_stage: int  # companions with the hero now
    plain: bool  # preschool words and lengths

    def fits(self, text: str) -> bool:
        """Whether `text` is true at this hour, in this weather and this place."""
        return not clashes(text, self.setting, self.tod, self.weather)

    def light(self, rng: random.Random, told: set[str] | None = None) -> str:
        """The light now, told another way than before in this book where it can be, and
        never against the weather or the cold (no hot sun in the snow)."""
        kind = _kind(self.setting, self.place)
        if self.weather in (Weather.rain, Weather.snow) and kind == "open":
            kind = "grey"
        light = ""
        for _ in range(8):
            if self.plain:
                light = rng.choice(LIGHT_PLAIN[kind][self.tod])
            else:
                who, how, whole = LIGHT[kind][self.tod]
                use_whole = rng.random() < 0.25
                pair = (rng.choice(who), rng.choice(how))
                light = rng.choice(whole) if use_whole else " ".join(pair)
                if not use_whole and _echoes(*pair):
                    continue
            if (told is None or light not in told) and self.fits(light):
                break
        if told is not None:
            told.add(light)
        return light

    def weather_clause(self, pick: int) -> str | None:
        if _kind(self.setting, self.place) != "open" or self.plain:
            return None
        options = WEATHER[self.weather]
        return options[pick % len(options)] if options else None

    def slots(
        self, phrases: dict[Place, str], rng: random.Random, told: set[str] | None = None
    ) -> dict[str, str]:
        """The moment as slots for a sentence template."""
        pick = rng.randrange(4)
        light = self.light(rng, told)
        out = {
            "light": light,
            "place": place_noun(phrases[self.place]),
            "start": place_noun(phrases[self.start]),
            "count": _NUMBERS[min(self.on_stage, len(_NUMBERS) - 1)],
            "ambient": rng.choice(
                [
                    a
                    for a in (AMBIENT_PLAIN if self.plain else AMBIENT)[
                        _kind(self.setting, self.place)
                    ][self.tod]
                    if self.fits(a)
                ]
                or ("here",)
            ),
            "weather": self.weather_clause(pick) or _STILL_AIR[_kind(self.setting, self.place)],
        }
        out |= {k[0].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in list(out.items())}
        return out


__all__ = ["Moment", "place_noun"]
