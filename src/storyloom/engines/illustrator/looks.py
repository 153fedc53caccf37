"""Which looks fit which kind, and what each colour of a sheet colours on that kind.

A dog has markings, not a hairstyle; a child has hair, not markings. The wizard offers
only what fits (see `KIND_LOOKS`, served in the catalogue), and the illustrator draws an
animal's markings (muzzle, eye patch, belly) in a colour fur can have: a bright pick (a
leftover red from an accessory picker) would make the animal look hurt, so it is drawn as
a pale tint of the fur instead. Worn things (scarf, collar, hat, cape, bag, bow) take the
outfit colours on every kind.
"""

from __future__ import annotations

import colorsys
from typing import Any

from .palette import mix, to_rgb
from .spec import Accessory, CharacterSheet, HairStyle, Kind, Outfit

# Real animals: their markings are fur colours. Dragons, unicorns and robots may be bright.
FURRED = frozenset({Kind.cat, Kind.dog, Kind.bear, Kind.rabbit, Kind.fox, Kind.owl})

# What `accent_color` colours on each kind.
MARKED_PARTS: dict[Kind, str] = {
    Kind.cat: "muzzle, belly and paws",
    Kind.dog: "muzzle, eye patch and belly",
    Kind.bear: "muzzle and belly",
    Kind.rabbit: "inner ears, muzzle and belly",
    Kind.fox: "muzzle, chest and tail tip",
    Kind.owl: "face and chest feathers",
    Kind.dragon: "belly, spikes and wings",
    Kind.robot: "panels and lights",
    Kind.unicorn: "mane and tail",
}
MARKINGS_LABEL: dict[Kind, str] = {
    kind: f"Markings: {parts}" if kind in FURRED else f"{parts.capitalize()} colour"
    for kind, parts in MARKED_PARTS.items()
}


def natural_marking(sheet: CharacterSheet) -> str:
    """The colour an animal's markings are drawn in: the sheet's, if fur can be that colour
    (pale, or a brown or ginger), else a pale tint of its own fur."""
    if sheet.kind not in FURRED:
        return sheet.accent_color
    r, g, b = (c / 255 for c in to_rgb(sheet.accent_color))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    earthy = 0.04 <= hue <= 0.14  # tan, brown, ginger, cream
    if sat < 0.35 or light > 0.88 or (earthy and sat < 0.85):
        return sheet.accent_color
    return mix(sheet.body_color, "#ffffff", 0.6)


def as_drawn(sheet: CharacterSheet) -> CharacterSheet:
    """The sheet the drawing code reads: markings in a colour that fits the kind."""
    marking = natural_marking(sheet)
    if marking == sheet.accent_color:
        return sheet
    return sheet.model_copy(update={"accent_color": marking})


def kind_looks() -> dict[str, dict[str, Any]]:
    """Per kind: the hair styles, outfits and accessories to offer, the defaults a new
    character of that kind starts with, and what the `accent_color` picker colours."""
    looks: dict[str, dict[str, Any]] = {}
    for kind in Kind:
        child = kind is Kind.child
        looks[kind.value] = {
            "hair_styles": [h.value for h in HairStyle] if child else [HairStyle.none.value],
            "outfits": [o.value for o in Outfit],
            "accessories": [a.value for a in Accessory],
            "default_hair_style": (HairStyle.curly if child else HairStyle.none).value,
            "default_outfit": (Outfit.tshirt if child else Outfit.none).value,
            "markings": None if child else MARKINGS_LABEL[kind],
            "markings_swatches": None if child else "markings" if kind in FURRED else "outfit",
        }
    return looks
