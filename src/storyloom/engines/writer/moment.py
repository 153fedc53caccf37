"""What is true at the page being written, as words the composed sentences can use.

The world state (where the story is, the light at this hour, the weather, who is on
stage, how far the story has come from where it began) is turned into slots once per
page; the composers in `consequences` build sentences from them, so a sentence says
something about this story's place and moment rather than any story's.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyloom.engines.illustrator.spec import Place, Setting, TimeOfDay, Weather
from storyloom.engines.writer.story_spec import Template

S, T = Setting, TimeOfDay
_INDOOR = frozenset({S.bedroom, S.classroom})
_NUMBERS = ("one", "two", "three", "four", "five", "six")

# The light at each hour, as clauses ("the sun was high and warm"), by kind of setting.
_LIGHT: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
    "open": {
        T.morning: ("the sun was still low and pale", "the morning air was fresh and cool"),
        T.afternoon: ("the sun was high and warm", "the shadows were short"),
        T.sunset: ("the sun was sinking, orange and slow", "the shadows were growing long"),
        T.night: ("the moon was up", "the first stars were out"),
    },
    "indoor": {
        T.morning: ("morning light came in at the window", "the room was bright with morning"),
        T.afternoon: ("the sun lay in a square on the floor", "the afternoon was warm and slow"),
        T.sunset: ("the window had gone orange", "the light at the window was turning gold"),
        T.night: ("the window was dark", "only the little lamp was on"),
    },
    "space": {
        T.morning: ("the far sun shone small and white", "the stars shone hard and bright"),
        T.afternoon: ("the far sun was bright on the rocket", "the stars were sharp and still"),
        T.sunset: ("the planet below was turning to night", "the far sun was slipping away"),
        T.night: ("the stars were thick as sugar", "it was dark all around, and full of stars"),
    },
    "sea": {
        T.morning: ("light came down through the water in stripes", "the water was bright"),
        T.afternoon: ("the water was warm and green", "the light danced on the sand below"),
        T.sunset: ("the water above was turning gold", "the light from above was fading"),
        T.night: ("the water was dark and still", "only the glowing fish gave any light"),
    },
}
# The light at each hour, in the young readers' words.
_LIGHT_PLAIN: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
    "open": {
        T.morning: ("the sun was up",),
        T.afternoon: ("the sun was high",),
        T.sunset: ("the sun was going down",),
        T.night: ("the moon was out",),
    },
    "indoor": {
        T.morning: ("the sun came in at the window",),
        T.afternoon: ("the sun was on the floor",),
        T.sunset: ("the window was orange",),
        T.night: ("the window was dark",),
    },
    "space": {
        T.morning: ("the stars were bright",),
        T.afternoon: ("the stars were bright",),
        T.sunset: ("the sun was far away now",),
        T.night: ("the stars were all around",),
    },
    "sea": {
        T.morning: ("the water was bright",),
        T.afternoon: ("the water was warm",),
        T.sunset: ("the water was going dark",),
        T.night: ("the water was dark",),
    },
}
_WEATHER: dict[Weather, tuple[str, ...]] = {
    Weather.clear: (),
    Weather.rain: ("a light rain was falling", "the rain went on and on"),
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

    def light(self, pick: int) -> str:
        table = _LIGHT_PLAIN if self.plain else _LIGHT
        options = table[_kind(self.setting)][self.tod]
        return options[pick % len(options)]

    def weather_clause(self, pick: int) -> str | None:
        if self.setting in _INDOOR or self.plain:
            return None
        options = _WEATHER[self.weather]
        return options[pick % len(options)] if options else None

    def slots(self, phrases: dict[Place, str], pick: int) -> dict[str, str]:
        """The moment as slots for a sentence template."""
        light = self.light(pick)
        out = {
            "light": light,
            "place": place_noun(phrases[self.place]),
            "start": place_noun(phrases[self.start]),
            "count": _NUMBERS[min(self.on_stage, len(_NUMBERS) - 1)],
            "weather": self.weather_clause(pick) or _STILL_AIR[_kind(self.setting)],
        }
        out |= {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(out.items())}
        return out


__all__ = ["Moment", "place_noun"]
