"""Pleasing random character sheets, drawn from the catalogue's swatches."""

from __future__ import annotations

import random

from .catalog import EYES, FUR, HAIR, OUTFITS, SKIN, Swatch
from .spec import Accessory, CharacterSheet, HairStyle, Kind, Outfit

# each kind's natural colours come first; a little whimsy is allowed for the fantastic ones
_BODY: dict[Kind, tuple[str, ...]] = {
    Kind.cat: ("#f0a04b", "#9a9a9a", "#3b3b3b", "#f5e6d0", "#d98c4a"),
    Kind.dog: ("#c9a27a", "#8a5a3b", "#f2e0c4", "#3b2a20", "#e0b070"),
    Kind.bear: ("#9a6a44", "#6b4a30", "#c98a5a", "#f3efe6"),
    Kind.rabbit: ("#e8e0d8", "#c8b49a", "#9a8a80", "#ffffff"),
    Kind.fox: ("#e8742a", "#d9652a", "#c8553d"),
    Kind.owl: ("#9b7653", "#c8a47a", "#8a8a9a", "#e8dcc8"),
    Kind.dragon: ("#5bbf6a", "#4fa3e0", "#b06ad9", "#e85a5a", "#f2a23a"),
    Kind.robot: ("#9fb8d0", "#c8ccd8", "#f2c14e", "#8fd0c0"),
    Kind.unicorn: ("#fdf6ff", "#fff0f6", "#eef6ff"),
}
_ACCENT: dict[Kind, tuple[str, ...]] = {
    Kind.cat: ("#fff1dc", "#ffffff"),
    Kind.dog: ("#fff4e6", "#f2e0c4"),
    Kind.bear: ("#e8c9a0", "#f2dcc0"),
    Kind.rabbit: ("#ffffff", "#fff4ee"),
    Kind.fox: ("#fff8ee", "#ffffff"),
    Kind.owl: ("#f3e2c3", "#fff4e0"),
    Kind.dragon: ("#f7d774", "#ffe9a8", "#ffb3c6"),
    Kind.robot: ("#59c3c3", "#ff8fab", "#ffd166"),
    Kind.unicorn: ("#c77dff", "#ff8fab", "#7ec8e3", "#ffb347"),
}


def _pick(rng: random.Random, swatches: tuple[Swatch, ...]) -> str:
    return rng.choice(swatches).hex


_COSTUME_ONLY = frozenset({Accessory.crown})


def random_sheet(kind: Kind, rng: random.Random) -> CharacterSheet:
    """A random sheet that looks good: natural colours, readable contrasts, few accessories."""
    # A crown is a costume for a story about kings and queens, never an everyday default
    # (the draws stay the same, so every other sheet looks as it did).
    accessories = [a for a in Accessory if rng.random() < 0.12 and a not in _COSTUME_ONLY][:2]
    if kind is Kind.child:
        outfit_color = _pick(rng, OUTFITS)
        accent = _pick(rng, tuple(s for s in OUTFITS if s.hex != outfit_color))
        return CharacterSheet(
            kind=kind,
            body_color=_pick(rng, SKIN),
            accent_color="#ffffff",
            eye_color=_pick(rng, EYES),
            hair_style=rng.choice([h for h in HairStyle if h is not HairStyle.none]),
            hair_color=_pick(rng, HAIR),
            outfit=rng.choice([o for o in Outfit if o is not Outfit.none]),
            outfit_color=outfit_color,
            outfit_accent_color=accent,
            accessories=accessories,
        )
    dressed = rng.random() < 0.25 and kind not in (Kind.robot,)
    outfit_color = _pick(rng, OUTFITS)
    return CharacterSheet(
        kind=kind,
        body_color=rng.choice(_BODY[kind]) if rng.random() < 0.85 else _pick(rng, FUR),
        accent_color=rng.choice(_ACCENT[kind]),
        eye_color=_pick(rng, EYES),
        outfit=rng.choice([Outfit.tshirt, Outfit.sweater, Outfit.overalls, Outfit.raincoat])
        if dressed
        else Outfit.none,
        outfit_color=outfit_color,
        outfit_accent_color=_pick(rng, tuple(s for s in OUTFITS if s.hex != outfit_color)),
        accessories=accessories,
    )
