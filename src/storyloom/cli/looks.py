"""The look of a character the command line names but does not describe: drawn from the
book's seed (the same seed, the same look) and never against the character's pronouns (a
"he" wears no bow; a "they" gets the choices nobody reads as a girl's or a boy's)."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.sample import random_sheet
from storyloom.engines.illustrator.spec import Accessory, CharacterSheet, HairStyle, Kind, Outfit
from storyloom.engines.writer.story_spec import Pronouns

_HE_HAIR = (HairStyle.short, HairStyle.curly, HairStyle.afro, HairStyle.spiky)
# What each pronoun rules out: accessories, outfits, and the hair styles left to choose.
_ACCESSORIES_NOT: dict[Pronouns, frozenset[Accessory]] = {
    Pronouns.she: frozenset(),
    Pronouns.he: frozenset({Accessory.bow}),
    Pronouns.they: frozenset({Accessory.bow}),
}
_OUTFITS_NOT: dict[Pronouns, frozenset[Outfit]] = {
    Pronouns.she: frozenset(),
    Pronouns.he: frozenset({Outfit.dress}),
    Pronouns.they: frozenset({Outfit.dress}),
}
_HAIR: dict[Pronouns, tuple[HairStyle, ...]] = {
    Pronouns.she: tuple(h for h in HairStyle if h is not HairStyle.none),
    Pronouns.he: _HE_HAIR,
    Pronouns.they: (*_HE_HAIR, HairStyle.bob),
}


def fits_pronouns(sheet: CharacterSheet, pronouns: Pronouns) -> bool:
    """Whether nothing in `sheet` contradicts `pronouns`."""
    if any(a in _ACCESSORIES_NOT[pronouns] for a in sheet.accessories):
        return False
    if sheet.outfit in _OUTFITS_NOT[pronouns]:
        return False
    return sheet.kind is not Kind.child or sheet.hair_style in _HAIR[pronouns]


def default_sheet(name: str, kind: Kind, pronouns: Pronouns, seed: int) -> CharacterSheet:
    """A pleasing look for `name`, the same for the same seed, that fits `pronouns`.

    Each character draws from their own stream, so adding a friend to the cast does not
    change how the hero looks."""
    rng = random.Random(f"look|{seed}|{name}|{kind.value}|{pronouns.value}")
    sheet = random_sheet(kind, rng)
    outfits = [o for o in Outfit if o is not Outfit.none and o not in _OUTFITS_NOT[pronouns]]
    update: dict[str, object] = {
        "accessories": [a for a in sheet.accessories if a not in _ACCESSORIES_NOT[pronouns]]
    }
    if sheet.outfit in _OUTFITS_NOT[pronouns]:
        update["outfit"] = rng.choice(outfits)
    if kind is Kind.child and sheet.hair_style not in _HAIR[pronouns]:
        update["hair_style"] = rng.choice(_HAIR[pronouns])
    return sheet.model_copy(update=update)


__all__ = ["default_sheet", "fits_pronouns"]
