"""The light at each hour and the weather, in words, by how a place is lit: out of doors,
under a roof, in a cave, in space, under the sea, or under a grey sky."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import TimeOfDay, Weather

T = TimeOfDay

# The light at each hour, by kind of setting: (who or what, how it was) pairs and clauses.
Light = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
LIGHT: dict[str, dict[TimeOfDay, Light]] = {
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
            ("the sky at the window", "the sky outside"),
            ("had gone orange", "was turning pink and gold"),
            ("the light at the window was turning gold",),
        ),
        T.night: (
            ("the night at the window", "the night outside"),
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
# Inside a cave, the day is what comes in at its mouth.
LIGHT["cave"] = {
    T.morning: (
        ("the light at the cave mouth", "the morning light outside"),
        ("was pale and cool", "made a bright patch on the rock"),
        ("the cave was cool and dim",),
    ),
    T.afternoon: (
        ("the light at the cave mouth", "the day outside"),
        ("was bright and warm", "made the rock walls glow"),
        ("the cave was cool, though the day outside was bright",),
    ),
    T.sunset: (
        ("the light at the cave mouth", "the sky outside the cave"),
        ("had turned orange", "was going pink and gold"),
        ("the shadows in the cave were growing long",),
    ),
    T.night: (
        ("the cave mouth", "the night outside"),
        ("was dark and full of stars", "was black and still"),
        ("the cave was dark and quiet",),
    ),
}
# Rain and snow hide the sun: the light under a grey sky.
LIGHT["grey"] = {
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
    T.night: LIGHT["open"][T.night],
}
# The light at each hour, in the young readers' words.
LIGHT_PLAIN: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
    "open": {
        T.morning: ("the sun was up", "the sun was just up", "it was early"),
        T.afternoon: ("the sun was high", "the sun was hot", "it was a warm day"),
        T.sunset: ("the sun was going down", "the sky was pink", "the sky was orange"),
        T.night: ("the moon was out", "the stars were out", "it was dark now"),
    },
    "indoor": {
        T.morning: ("the sun came in at the window", "the room was bright"),
        T.afternoon: ("the sun was on the floor", "the room was warm"),
        T.sunset: ("the sky at the window was orange", "the sky outside was pink"),
        T.night: ("it was dark at the window", "the lamp was on"),
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
LIGHT_PLAIN["cave"] = {
    T.morning: ("the cave was cool and dim", "a little light came in"),
    T.afternoon: ("the cave was cool and dim", "the day was bright outside"),
    T.sunset: ("the light outside was orange", "the cave was getting dark"),
    T.night: ("the cave was dark", "it was dark now"),
}
# The light as a phrase of circumstance: "in the low orange light".
AMBIENT: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
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
LIGHT_PLAIN["grey"] = {
    T.morning: ("the sky was grey", "it was early and grey"),
    T.afternoon: ("the sky was grey", "the clouds were low"),
    T.sunset: ("the light was going", "it was getting dark"),
    T.night: LIGHT_PLAIN["open"][T.night],
}
AMBIENT_PLAIN: dict[str, dict[TimeOfDay, tuple[str, ...]]] = {
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
AMBIENT["cave"] = {
    T.morning: ("in the cool cave", "in the dim light of the cave"),
    T.afternoon: ("in the cool cave", "in the dim light of the cave"),
    T.sunset: ("in the last light at the cave mouth", "in the dim cave"),
    T.night: ("in the dark cave", "in the dark"),
}
AMBIENT_PLAIN["cave"] = {
    T.morning: ("in the cool cave", "in the dim cave"),
    T.afternoon: ("in the cool cave", "in the dim cave"),
    T.sunset: ("in the dim cave", "in the dark cave"),
    T.night: ("in the dark", "in the dark cave"),
}
WEATHER: dict[Weather, tuple[str, ...]] = {
    Weather.clear: (),
    Weather.rain: (
        "a light rain was falling",
        "the rain went on and on",
    ),
    Weather.snow: ("snow was falling softly", "the snow was getting deeper"),
    Weather.wind: ("the wind was tugging at everything", "the wind blew in gusts"),
}


__all__ = ["AMBIENT", "AMBIENT_PLAIN", "LIGHT", "LIGHT_PLAIN", "WEATHER", "Light"]
