"""What the character wizard's visual picker offers: a label per choice and colour swatches.

`CATALOG` is plain JSON-ready data so an API route can return it as is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .looks import kind_looks
from .spec import (
    Accessory,
    ArtStyle,
    Expression,
    Facing,
    Focus,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    Prop,
    Setting,
    TimeOfDay,
    Weather,
)


@dataclass(frozen=True)
class Swatch:
    name: str
    hex: str


def _sw(*pairs: tuple[str, str]) -> tuple[Swatch, ...]:
    return tuple(Swatch(n, h) for n, h in pairs)


# a range of real skin tones, lightest to deepest
SKIN = _sw(
    ("porcelain", "#fde7d6"),
    ("ivory", "#f8d9c0"),
    ("peach", "#f3c6a5"),
    ("sand", "#e8b98f"),
    ("honey", "#d9a066"),
    ("golden", "#c68642"),
    ("caramel", "#a8693f"),
    ("chestnut", "#8d5524"),
    ("cocoa", "#6f4226"),
    ("espresso", "#4a2c1d"),
)
FUR = _sw(
    ("ginger", "#f0a04b"),
    ("fox red", "#e8742a"),
    ("honey brown", "#c9a27a"),
    ("chocolate", "#8a5a3b"),
    ("bear brown", "#9a6a44"),
    ("grey", "#9a9a9a"),
    ("charcoal", "#3b3b3b"),
    ("cream", "#f5e6d0"),
    ("snow", "#f7f4ef"),
    ("owl brown", "#9b7653"),
    ("dragon green", "#5bbf6a"),
    ("sky blue", "#4fa3e0"),
    ("lilac", "#b06ad9"),
    ("steel", "#9fb8d0"),
    ("pearl", "#fdf6ff"),
)
HAIR = _sw(
    ("black", "#1f1a17"),
    ("dark brown", "#3b2417"),
    ("brown", "#6a3b1f"),
    ("chestnut", "#8a4b24"),
    ("auburn", "#a3461f"),
    ("ginger", "#d2691e"),
    ("strawberry", "#e0915a"),
    ("dark blonde", "#b8894a"),
    ("blonde", "#e8c872"),
    ("platinum", "#f1e3b8"),
    ("grey", "#a8a4a0"),
    ("white", "#f4f1ec"),
)
EYES = _sw(
    ("dark brown", "#3b2a1a"),
    ("brown", "#6b4226"),
    ("hazel", "#8e7618"),
    ("green", "#3d8b3d"),
    ("blue", "#3a7bd5"),
    ("grey", "#6e7f8d"),
    ("amber", "#c27c0e"),
    ("black", "#1e1424"),
)
OUTFITS = _sw(
    ("tomato", "#e63946"),
    ("coral", "#ff7f6b"),
    ("sunshine", "#f2c14e"),
    ("tangerine", "#f4a261"),
    ("leaf", "#6cc46a"),
    ("teal", "#2a9d8f"),
    ("sky", "#4cc9f0"),
    ("denim", "#3a7bd5"),
    ("navy", "#264653"),
    ("grape", "#8338ec"),
    ("lavender", "#b8a1e3"),
    ("bubblegum", "#ff8fab"),
    ("cream", "#fff4d6"),
    ("white", "#ffffff"),
)


# what an animal's muzzle, belly and patches can be: pale and earthy, never a bright red
MARKINGS = _sw(
    ("white", "#ffffff"),
    ("cream", "#fff4e6"),
    ("milk", "#f3efe6"),
    ("biscuit", "#f2e0c4"),
    ("tan", "#e8c9a0"),
    ("honey", "#d9a066"),
    ("light grey", "#d6d3cf"),
    ("soft pink", "#f6d5d0"),
    ("chocolate", "#8a5a3b"),
    ("charcoal", "#3b3b3b"),
)


def _labels(enum: type[StrEnum]) -> dict[str, str]:
    special = {
        "tshirt": "T-shirt",
        "city_park": "City park",
        "snowy_village": "Snowy village",
        "treasure_map": "Treasure map",
        "teddy_bear": "Teddy bear",
        "magnifying_glass": "Magnifying glass",
        "close_up": "Close-up",
        "none": "None",
    }
    return {m.value: special.get(m.value, m.value.replace("_", " ").capitalize()) for m in enum}


CATALOG: dict[str, Any] = {
    "enums": {
        "kind": _labels(Kind),
        "hair_style": _labels(HairStyle),
        "outfit": _labels(Outfit),
        "accessory": _labels(Accessory),
        "pose": _labels(Pose),
        "expression": _labels(Expression),
        "setting": _labels(Setting),
        "time_of_day": _labels(TimeOfDay),
        "weather": _labels(Weather),
        "prop": _labels(Prop),
        "art_style": _labels(ArtStyle),
        "focus": _labels(Focus),
        "facing": _labels(Facing),
    },
    "swatches": {
        group: [{"name": s.name, "hex": s.hex} for s in swatches]
        for group, swatches in (
            ("skin", SKIN),
            ("fur", FUR),
            ("hair", HAIR),
            ("eyes", EYES),
            ("outfit", OUTFITS),
            ("markings", MARKINGS),
        )
    },
    "kinds": kind_looks(),
}
