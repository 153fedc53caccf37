"""People drawn as people: heights by age (a grandmother stands taller than a four-year-old)
and long hair that falls as hair, behind the shoulders, not a hood round the face."""

from __future__ import annotations

from collections.abc import Callable

from tests.engines.illustrator.conftest import Raster

from storyloom.engines.illustrator import render_png, render_portrait
from storyloom.engines.illustrator.characters import draw_character, height_of
from storyloom.engines.illustrator.compose import layout
from storyloom.engines.illustrator.images_api import describe_sheet
from storyloom.engines.illustrator.palette import darken
from storyloom.engines.illustrator.spec import (
    CharacterSheet,
    Expression,
    Facing,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    SceneCharacter,
    SceneSpec,
    Setting,
)
from storyloom.engines.writer.story_spec import CastMember, Role

HAIR = "#6b3e26"


def _person(age: int | None, hair: HairStyle = HairStyle.short) -> CharacterSheet:
    return CharacterSheet(
        kind=Kind.child,
        body_color="#f1c27d",
        accent_color="#ffffff",
        hair_style=hair,
        hair_color=HAIR,
        outfit=Outfit.dress,
        outfit_color="#7b5ea7",
        age=age,
    )


def test_heights_follow_age() -> None:
    ages = [2, 4, 9, 70]
    heights = [height_of(_person(a)) for a in ages]
    assert heights == sorted(heights)
    assert len(set(heights)) == 4
    assert height_of(_person(70)) >= 1.4 * height_of(_person(4))
    assert height_of(_person(None)) == height_of(_person(5))
    # a grown-up's head is a smaller share of the body: still a person, not a big child
    small = draw_character(_person(4), Pose.standing, Expression.happy, Facing.front, False, 1)
    grown = draw_character(_person(70), Pose.standing, Expression.happy, Facing.front, False, 1)
    assert grown.head[2] / grown.height < 0.8 * small.head[2] / small.height


def test_grandmother_stands_taller_than_the_child_on_the_page() -> None:
    cast = {"mia": _person(4), "nan": _person(70)}
    spec = SceneSpec(
        setting=Setting.forest,
        characters=[SceneCharacter(character_id="mia"), SceneCharacter(character_id="nan")],
    )
    lay = layout(spec, cast, False)
    tops = {p.character_id: p.face_box[1] for p in lay.characters}
    ground = {p.character_id: p.y for p in lay.characters}
    assert ground["mia"] >= ground["nan"]  # the hero in focus stands a step nearer
    mia, nan = (next(p for p in lay.characters if p.character_id == c) for c in ("mia", "nan"))
    height = {p.character_id: p.y - p.face_box[1] for p in (mia, nan)}
    # taller on the page even with the child nearer and in focus
    assert height["nan"] > 1.2 * height["mia"], tops


def test_the_age_comes_from_the_character_and_is_never_stored_as_a_look() -> None:
    member = CastMember(
        id="n1",
        name="Nana",
        kind=Kind.child,
        pronouns="she",
        age=70,
        sheet=_person(None),
        role=Role.mentor,
    )
    assert member.sheet.age == 70
    assert "age" not in member.sheet.model_dump()
    assert "age" not in CharacterSheet.model_json_schema()["properties"]
    assert "grown-up" in describe_sheet(member.sheet)


def _hair_share(raster: Raster, x0: float, x1: float, y0: float, y1: float) -> float:
    target = (0x6B, 0x3E, 0x26)
    w = raster.width
    box = [
        raster.pixels[y * w + x][:3]
        for y in range(int(y0 * raster.height), int(y1 * raster.height))
        for x in range(int(x0 * w), int(x1 * w))
    ]
    near = sum(1 for p in box if sum(abs(a - b) for a, b in zip(p, target, strict=True)) < 60)
    return near / len(box)


def test_long_hair_falls_past_the_shoulders_behind_the_body(
    decode: Callable[[bytes], Raster],
) -> None:
    long_svg = render_portrait(_person(6, HairStyle.long))
    short_svg = render_portrait(_person(6, HairStyle.short))
    # drawn before the body (behind it), and with strands: not one round blob over the head
    hair, dress = f'fill="{HAIR}"', 'fill="#7b5ea7"'
    assert long_svg.index(hair) < long_svg.index(dress)
    assert short_svg.index(hair) > short_svg.index(dress)
    assert long_svg.count(darken(HAIR, 0.28)) >= 4
    long_px, short_px = decode(render_png(long_svg, 256)), decode(render_png(short_svg, 256))
    # beside the shoulders and down the back: hair where short hair has none
    sides = (0.34, 0.38, 0.36, 0.56)
    assert _hair_share(long_px, *sides) > 0.5
    assert _hair_share(short_px, *sides) < 0.05
    # the middle of the chest is the dress, not hair (a hood would cover it round the face)
    assert _hair_share(long_px, 0.46, 0.54, 0.44, 0.52) < 0.08
