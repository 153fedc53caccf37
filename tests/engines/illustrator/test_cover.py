"""The cover: the hero large in the book's place with its key object, the top left calm for
the title, drawn from the book's own scenes."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from tests.engines.illustrator.conftest import Raster

from storyloom.engines.illustrator import random_sheet, render_png
from storyloom.engines.illustrator.characters import KIND_HEIGHT
from storyloom.engines.illustrator.cover import (
    TITLE_BAND,
    cover_layout,
    cover_scene,
    render_cover,
)
from storyloom.engines.illustrator.palette import to_rgb
from storyloom.engines.illustrator.spec import (
    CharacterSheet,
    Kind,
    Place,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
)


def _scenes() -> list[SceneSpec]:
    hero, dog, gran, duck = (SceneCharacter(character_id=c) for c in ("mia", "rex", "nan", "dk"))
    forest = Setting.forest
    return [
        SceneSpec(setting=forest, place=Place.forest_edge, characters=[hero]),
        SceneSpec(
            setting=forest,
            place=Place.deep_wood,
            characters=[hero, dog],
            props=[SceneProp(prop=Prop.umbrella, held_by="mia"), SceneProp(prop=Prop.ball)],
        ),
        SceneSpec(
            setting=forest,
            place=Place.clearing,
            characters=[hero, dog, gran],
            props=[SceneProp(prop=Prop.umbrella, held_by="mia"), SceneProp(prop=Prop.kite)],
        ),
        SceneSpec(
            setting=forest,
            place=Place.clearing,
            characters=[dog, hero, duck],
            props=[SceneProp(prop=Prop.umbrella, held_by="rex"), SceneProp(prop=Prop.ball)],
        ),
    ]


def _cast(seed: int = 3) -> dict[str, CharacterSheet]:
    rng = random.Random(seed)
    kinds = {"mia": Kind.child, "rex": Kind.dog, "nan": Kind.child, "dk": Kind.owl}
    return {cid: random_sheet(kind, rng) for cid, kind in kinds.items()}


def test_cover_scene_is_the_books_place_hero_cast_and_key_object() -> None:
    spec = cover_scene(_scenes(), "mia", "Mia and the Big Day")
    assert spec is not None
    assert spec.setting is Setting.forest
    assert spec.place is Place.clearing  # where most pages happen
    ids = [c.character_id for c in spec.characters]
    assert ids[0] == "mia"  # the hero first, then the ones seen most
    assert ids[1] == "rex"
    assert set(ids) == {"mia", "rex", "nan", "dk"}
    # the ball is on most pages; the umbrella on more, but it is weather, not the story
    assert [(p.prop, p.held_by) for p in spec.props] == [(Prop.ball, "mia")]
    assert spec.focus_character == "mia"


def test_the_thing_the_title_names_is_the_key_object() -> None:
    spec = cover_scene(_scenes(), "mia", "Mia and the Kite")
    assert spec is not None
    assert [p.prop for p in spec.props] == [Prop.kite]
    assert cover_scene([], "mia") is None


@pytest.mark.parametrize("aspect", [0.75, 1.0, 1.42])
def test_hero_is_largest_and_central_and_the_title_band_is_free(aspect: float) -> None:
    spec = cover_scene(_scenes(), "mia", "Mia and the Kite")
    assert spec is not None
    w, h = 1200.0, 1200.0 / aspect
    lay = cover_layout(spec, _cast(), False, w, h)
    hero = lay.hero
    assert hero is not None
    assert hero.character_id == "mia"
    assert abs(hero.x - w / 2) < 1
    assert lay.characters[-1] is hero  # drawn last: in front

    def size(p: object) -> float:
        return p.scale * KIND_HEIGHT[p.sheet.kind]  # type: ignore[attr-defined]

    assert all(size(hero) > size(p) for p in lay.characters if p is not hero)
    assert size(hero) >= h * 0.3  # large: not a small portrait
    for p in lay.characters:
        x0, y0, x1, _ = p.face_box
        assert y0 > h * TITLE_BAND, p.character_id
        assert x0 >= 0, p.character_id
        assert x1 <= w, p.character_id
        assert p is hero or p.y < hero.y  # the others stand a step behind
    (kite,) = lay.props
    assert kite.holder == "mia"
    assert kite.grip is not None
    assert kite.y - 16 * kite.scale > h * TITLE_BAND  # the kite's top
    assert 0 < kite.x < w


def test_the_hero_holds_a_hand_sized_key_object() -> None:
    spec = cover_scene(_scenes(), "mia", "Mia and the Ball")
    assert spec is not None
    lay = cover_layout(spec, _cast(), False, 1200, 1600)
    (ball,) = lay.props
    assert lay.hero is not None
    assert (ball.x, ball.y) == pytest.approx(lay.hero.hand)


def _close(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) < 40


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return to_rgb(hex_colour)


def test_cover_pixels_show_the_place_and_the_hero_large(
    decode: Callable[[bytes], Raster],
) -> None:
    spec = cover_scene(_scenes(), "mia", "Mia and the Ball")
    assert spec is not None
    cast = _cast()
    raster = decode(render_png(render_cover(spec, cast), 150))
    w, h = raster.width, raster.height
    assert (w, h) == (150, 200)

    def row(y: int) -> list[tuple[int, int, int, int]]:
        return raster.pixels[y * w : (y + 1) * w]

    # the top band is sky, not a plain cream page: bluish and calm
    band = [p for y in range(2, int(h * TITLE_BAND) - 2) for p in row(y)]
    blue = sum(1 for r, g, b, _ in band if b > r + 10) / len(band)
    assert blue > 0.6
    assert len({(r // 16, g // 16, b // 16) for r, g, b, _ in band}) < 40
    # the hero's clothes or skin cover a good share of the middle of the lower cover
    sheet = cast["mia"]
    wanted = [_rgb(sheet.body_color), _rgb(sheet.outfit_color)]
    middle = [
        p[:3] for y in range(int(h * 0.45), int(h * 0.88)) for p in row(y)[w // 3 : 2 * w // 3]
    ]
    near = sum(1 for p in middle if any(_close(p, c) for c in wanted))
    assert near / len(middle) > 0.15


def test_covers_differ_by_setting_and_light() -> None:
    cast = _cast()
    base = cover_scene(_scenes(), "mia")
    assert base is not None
    night = base.model_copy(update={"time_of_day": TimeOfDay.night})
    beach = base.model_copy(update={"setting": Setting.beach, "place": Place.shore})
    svgs = {render_cover(s, cast) for s in (base, night, beach)}
    assert len(svgs) == 3
    assert all("<text" not in s and "filter" not in s for s in svgs)


def test_a_big_cast_stands_in_depth_round_a_large_hero() -> None:
    rng = random.Random(11)
    kinds = [Kind.fox, Kind.unicorn, Kind.rabbit, Kind.owl, Kind.bear]
    cast = {f"c{i}": random_sheet(k, rng) for i, k in enumerate(kinds)}
    spec = SceneSpec(
        setting=Setting.underwater,
        characters=[SceneCharacter(character_id=c) for c in cast],
    )
    lay = cover_layout(spec, cast, False, 1200, 1600)
    hero = lay.hero
    assert hero is not None
    assert hero.character_id == "c0"
    others = [p for p in lay.characters if p is not hero]
    assert all(p.scale < hero.scale for p in others)
    assert len({round(p.y) for p in lay.characters}) == 3  # three depths, not one row
    # further back is smaller and drawn first
    ordered = [p.y for p in lay.characters]
    assert ordered == sorted(ordered)
    for p in lay.characters:
        x0, _, x1, _ = p.face_box
        assert x0 >= 0
        assert x1 <= 1200


def test_the_place_is_seen_nearer_not_stretched() -> None:
    spec = cover_scene(_scenes(), "mia")
    assert spec is not None
    svg = render_cover(spec, _cast(), w=1200, h=1600)
    scales = [
        float(k)
        for k in re.findall(r'<g transform="translate\([-\d. ]+\) scale\(([\d.]+)\)">', svg)
    ]
    assert scales
    assert scales[0] > 1.3  # the backdrop painted near page shape and scaled up
