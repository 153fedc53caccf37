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
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.world import clashes

S, T = Setting, TimeOfDay
_INDOOR = frozenset({S.bedroom, S.classroom})
_NUMBERS = ("one", "two", "three", "four", "five", "six")

# The light at each hour, by kind of setting: (who or what, how it was) pairs and clauses.
_Light = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_LIGHT: dict[str, dict[TimeOfDay, _Light]] = {
    "open": {
        T.morning: (
            ("the sun", "the morning sun", "the early sun"),
            (
                "was still low and pale",
                "was just climbing the sky",
                "made long, cool shadows",
                "was up, bright and new",
            ),
            ("the morning air was fresh and cool", "the dew was still wet"),
        ),
        T.afternoon: (
            ("the sun", "the afternoon sun", "the warm sun"),
            (
                "was high and bright",
                "shone down on them",
                "was hot on their backs",
                "sat high in the sky",
                "glowed high overhead",
            ),
            ("the shadows were short",),
        ),
        T.sunset: (
            ("the sun", "the evening sun", "the low sun"),
            (
                "was sinking, orange and slow",
                "was going down",
                "turned the sky pink",
                "was low and red",
                "slid down, slow and gold",
            ),
            ("the shadows were growing long",),
        ),
        T.night: (
            ("the moon", "a round moon", "a thin moon"),
            ("was up", "shone down", "hung in the sky"),
            ("the first stars were out",),
        ),
    },
    "indoor": {
        T.morning: (
            ("morning light", "the sun"),
            ("came in at the window", "came through the curtains"),
            ("the room was bright with morning",),
        ),
        T.afternoon: (
            ("the sun", "a patch of sun"),
            ("lay in a square on the floor", "had moved across the floor"),
            ("the afternoon was warm and slow",),
        ),
        T.sunset: (
            ("the window", "the sky outside"),
            ("had gone orange", "was turning pink and gold"),
            ("the light at the window was turning gold",),
        ),
        T.night: (
            ("the window", "the night outside"),
            ("was dark", "was dark and still"),
            ("only the little lamp was on", "the lamp made a small warm circle"),
        ),
    },
    "space": {
        T.morning: (
            ("the far sun", "the sun"),
            ("shone small and white", "was a bright white dot"),
            ("the planet below was bright with day", "the stars shone hard and bright"),
        ),
        T.afternoon: (
            ("the far sun", "the sun"),
            ("was bright on the rocket", "shone hard and white"),
            ("the rocket's shadow was short and black", "the stars were sharp and still"),
        ),
        T.sunset: (
            ("the far sun", "the sun"),
            ("was slipping away", "was sinking behind the planet"),
            ("the edge of the planet glowed orange", "the planet below was turning to night"),
        ),
        T.night: (
            ("the stars",),
            ("were thick as sugar", "shone all around"),
            ("it was dark all around, and full of stars", "the planet below was dark"),
        ),
    },
    "sea": {
        T.morning: (
            ("light", "the morning light"),
            ("came down through the water in stripes", "made the water bright"),
            ("the water was bright",),
        ),
        T.afternoon: (
            ("the water", "the light"),
            ("was warm and green", "danced on the sand below"),
            ("little fish flashed in the warm light",),
        ),
        T.sunset: (
            ("the water above", "the light from above"),
            ("was turning gold", "was fading"),
            ("the blue above was going dark",),
        ),
        T.night: (
            ("the water", "the sea"),
            ("was dark and still", "was dark and full of tiny lights"),
            ("only the glowing fish gave any light",),
        ),
    },
}
# Rain and snow hide the sun: the light under a grey sky.
_LIGHT["grey"] = {
    T.morning: (
        ("the sky", "the morning sky"),
        ("was low and grey", "was pale and full of cloud", "was soft and grey"),
        ("the morning was grey and cool",),
    ),
    T.afternoon: (
        ("the sky", "the grey sky", "the cloud"),
        ("hung low over everything", "was thick and grey", "hid the sun"),
        ("the afternoon was dim and grey",),
    ),
    T.sunset: (
        ("the grey light", "the day"),
        ("was fading", "was going dim", "was slipping away"),
        ("the clouds were turning dark",),
    ),
    T.night: _LIGHT["open"][T.night],
}
# The light at each hour, in the young readers' words.
_LIGHT_PLAIN: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
    "open": {
        T.morning: ("the sun was up", "the sun was just up", "it was early"),
        T.afternoon: ("the sun was high", "the sun was hot", "it was a warm day"),
        T.sunset: ("the sun was going down", "the sky was pink", "the sky was orange"),
        T.night: ("the moon was out", "the stars were out", "it was dark now"),
    },
    "indoor": {
        T.morning: ("the sun came in at the window", "the room was bright"),
        T.afternoon: ("the sun was on the floor", "the room was warm"),
        T.sunset: ("the window was orange", "the sky outside was pink"),
        T.night: ("the window was dark", "the lamp was on"),
    },
    "space": {
        T.morning: ("the stars were bright", "the sun was small and white"),
        T.afternoon: ("the stars were bright", "the sun was small and white"),
        T.sunset: ("the sun was far away now", "the planet was going dark"),
        T.night: ("the stars were all around", "it was dark now"),
    },
    "sea": {
        T.morning: ("the water was bright", "the sun came down in lines"),
        T.afternoon: ("the water was warm", "the fish were out"),
        T.sunset: ("the water was going dark", "the light was going"),
        T.night: ("the water was dark", "it was dark now"),
    },
}
# The light as a phrase of circumstance: "in the low orange light".
_AMBIENT: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
    "open": {
        T.morning: ("in the morning light", "in the fresh morning air"),
        T.afternoon: (
            "in the warm afternoon sun",
            "under the high sun",
            "in the bright afternoon",
            "in the golden afternoon light",
        ),
        T.sunset: ("in the low orange light", "as the sun went down"),
        T.night: ("in the moonlight", "under the stars"),
    },
    "indoor": {
        T.morning: ("in the morning light", "in the bright morning"),
        T.afternoon: ("in the warm afternoon", "in the patch of sun"),
        T.sunset: ("in the orange light from the window", "as the light turned gold"),
        T.night: ("in the lamplight", "in the soft dark"),
    },
    "space": {
        T.morning: ("under the far sun", "in the bright starlight"),
        T.afternoon: ("under the far sun", "in the hard white light"),
        T.sunset: ("as the far sun slipped away", "in the fading light"),
        T.night: ("in the starlight", "under a sky full of stars"),
    },
    "sea": {
        T.morning: ("in the bright water", "in the morning light from above"),
        T.afternoon: ("in the warm green water", "in the dancing light"),
        T.sunset: ("in the golden water", "as the light above faded"),
        T.night: ("in the dark water", "by the light of the glowing fish"),
    },
}
_LIGHT_PLAIN["grey"] = {
    T.morning: ("the sky was grey", "it was early and grey"),
    T.afternoon: ("the sky was grey", "the clouds were low"),
    T.sunset: ("the light was going", "it was getting dark"),
    T.night: _LIGHT_PLAIN["open"][T.night],
}
_AMBIENT_PLAIN: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
    "open": {
        T.morning: ("in the sun", "in the morning"),
        T.afternoon: ("in the sun", "in the warm sun"),
        T.sunset: ("in the pink light", "as the sun went down"),
        T.night: ("in the dark", "under the moon"),
    },
    "indoor": {
        T.morning: ("in the morning", "in the sun"),
        T.afternoon: ("in the sun", "in the warm room"),
        T.sunset: ("in the pink light", "as the sun went down"),
        T.night: ("in the dark", "by the lamp"),
    },
    "space": {
        T.morning: ("under the stars", "in the bright light"),
        T.afternoon: ("under the stars", "in the bright light"),
        T.sunset: ("under the stars", "in the dim light"),
        T.night: ("in the dark", "under the stars"),
    },
    "sea": {
        T.morning: ("in the blue water", "in the bright water"),
        T.afternoon: ("in the warm water", "in the blue water"),
        T.sunset: ("in the dim water", "in the gold light"),
        T.night: ("in the dark", "in the dark water"),
    },
}
_WEATHER: dict[Weather, tuple[str, ...]] = {
    Weather.clear: (),
    Weather.rain: (
        "a light rain was falling",
        "the rain went on and on",
    ),
    Weather.snow: ("snow was falling softly", "the snow was getting deeper"),
    Weather.wind: ("the wind was tugging at everything", "the wind blew in gusts"),
}


# Clear weather, said as what it is where the story is.
_STILL_AIR = {
    "open": "the sky was clear",
    "indoor": "the room was quiet",
    "space": "all was silent",
    "sea": "the water was calm",
}


def _kind(setting: Setting) -> str:
    if setting in _INDOOR:
        return "indoor"
    return {S.space: "space", S.underwater: "sea"}.get(setting, "open")


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
    P.mountain_cave: ("inside a mountain cave", "in a cold mountain cave"),
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
        kind = _kind(self.setting)
        if self.weather in (Weather.rain, Weather.snow) and kind == "open":
            kind = "grey"
        light = ""
        for _ in range(8):
            if self.plain:
                light = rng.choice(_LIGHT_PLAIN[kind][self.tod])
            else:
                who, how, whole = _LIGHT[kind][self.tod]
                use_whole = rng.random() < 0.25
                light = rng.choice(whole) if use_whole else f"{rng.choice(who)} {rng.choice(how)}"
            if (told is None or light not in told) and self.fits(light):
                break
        if told is not None:
            told.add(light)
        return light

    def weather_clause(self, pick: int) -> str | None:
        if self.setting in _INDOOR or self.plain:
            return None
        options = _WEATHER[self.weather]
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
                    for a in (_AMBIENT_PLAIN if self.plain else _AMBIENT)[_kind(self.setting)][
                        self.tod
                    ]
                    if self.fits(a)
                ]
                or ("here",)
            ),
            "weather": self.weather_clause(pick) or _STILL_AIR[_kind(self.setting)],
        }
        out |= {k[0].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in list(out.items())}
        return out


__all__ = ["Moment", "place_noun"]
