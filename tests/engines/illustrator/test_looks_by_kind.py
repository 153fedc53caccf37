"""Looks by kind: an animal's markings are fur colours, worn things take the outfit colours,
and the catalogue offers each kind what fits it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.engines.illustrator.conftest import Raster

from storyloom.characters.catalog import build_catalog
from storyloom.engines.illustrator import render_png, render_portrait
from storyloom.engines.illustrator.catalog import CATALOG
from storyloom.engines.illustrator.images_api import describe_sheet
from storyloom.engines.illustrator.looks import FURRED, natural_marking
from storyloom.engines.illustrator.spec import Accessory, CharacterSheet, HairStyle, Kind

RED = "#d62828"
BLUE = "#3a7bd5"


def _red_share(raster: Raster) -> float:
    def red(p: tuple[int, int, int, int]) -> bool:
        r, g, b, _ = p
        return r > 170 and g < 90 and b < 90

    return sum(1 for p in raster.pixels if red(p)) / len(raster.pixels)


@pytest.mark.parametrize("kind", sorted(FURRED))
def test_a_red_pick_never_paints_an_animals_markings(
    kind: Kind, decode: Callable[[bytes], Raster]
) -> None:
    """The red that once came from the 'Accessory colour' picker: not on the muzzle, eye
    patch or belly; the scarf keeps the outfit colours it is drawn in."""
    sheet = CharacterSheet(
        kind=kind,
        body_color="#c68642",
        accent_color=RED,
        outfit_color=BLUE,
        outfit_accent_color=BLUE,
        accessories=[Accessory.scarf],
    )
    svg = render_portrait(sheet)
    assert RED not in svg
    assert _red_share(decode(render_png(svg, 128))) < 0.002
    assert RED not in describe_sheet(sheet)


def test_a_red_scarf_is_red_and_natural_markings_are_kept(
    decode: Callable[[bytes], Raster],
) -> None:
    plain = CharacterSheet(kind=Kind.dog, body_color="#c68642", accent_color="#fff4e6")
    scarfed = plain.model_copy(
        update={"outfit_accent_color": RED, "outfit_color": RED, "accessories": [Accessory.scarf]}
    )
    assert natural_marking(plain) == "#fff4e6"
    assert "#fff4e6" in render_portrait(plain)
    assert _red_share(decode(render_png(render_portrait(scarfed), 128))) > 0.005
    # dragons, unicorns and robots may be as bright as a child likes
    dragon = CharacterSheet(kind=Kind.dragon, body_color="#5bbf6a", accent_color=RED)
    assert RED in render_portrait(dragon)


def test_every_markings_swatch_is_drawn_as_picked() -> None:
    for swatch in CATALOG["swatches"]["markings"]:
        for kind in FURRED:
            sheet = CharacterSheet(kind=kind, body_color="#9a6a44", accent_color=swatch["hex"])
            assert natural_marking(sheet) == swatch["hex"], (kind, swatch)


def test_catalogue_offers_each_kind_what_fits() -> None:
    kinds = build_catalog()["kinds"]
    assert set(kinds) == {k.value for k in Kind}
    child = kinds["child"]
    assert "long" in child["hair_styles"]
    assert child["default_outfit"] == "tshirt"
    assert child["markings"] is None
    for kind in Kind:
        if kind is Kind.child:
            continue
        looks = kinds[kind.value]
        assert looks["hair_styles"] == ["none"], kind
        assert looks["default_hair_style"] == "none"
        assert looks["default_outfit"] == "none", kind  # no T-shirt unless asked for
        assert "scarf" in looks["accessories"]
        assert looks["markings"]
    assert "eye patch" in kinds["dog"]["markings"]
    # an animal's prompt never asks for a child's hairstyle
    dog = CharacterSheet(
        kind=Kind.dog, body_color="#c68642", accent_color="#fff4e6", hair_style=HairStyle.long
    )
    assert "hair" not in describe_sheet(dog)


def test_a_random_look_never_puts_a_crown_on_anyone() -> None:
    """A crown is for a story about a king or queen, not a default accessory; the other
    accessories still turn up."""
    import random as _random

    from storyloom.engines.illustrator import random_sheet
    from storyloom.engines.illustrator.spec import Accessory, Kind

    seen: set[Accessory] = set()
    for seed in range(300):
        for kind in Kind:
            seen |= set(random_sheet(kind, _random.Random(seed)).accessories)
    assert Accessory.crown not in seen
    assert {Accessory.hat, Accessory.scarf, Accessory.glasses} <= seen
