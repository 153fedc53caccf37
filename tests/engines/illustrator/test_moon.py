"""The night moon: a round moon drawn once in the sky and again over the night wash, so it
shines rather than greys, except where a character stands in front of it."""

from __future__ import annotations

from dataclasses import replace

from storyloom.engines.illustrator import render_scene
from storyloom.engines.illustrator.backgrounds import paint
from storyloom.engines.illustrator.backgrounds.sky import MOON, crescent_d
from storyloom.engines.illustrator.compose import layout
from storyloom.engines.illustrator.render import _covered
from storyloom.engines.illustrator.spec import (
    CharacterSheet,
    Focus,
    Kind,
    Place,
    SceneCharacter,
    SceneSpec,
    Setting,
    TimeOfDay,
)

CAST = {"mia": CharacterSheet(kind=Kind.child, body_color="#c68642", accent_color="#ffffff")}


def _spec(setting: Setting, place: Place | None, focus: Focus, position: float) -> SceneSpec:
    return SceneSpec(
        setting=setting,
        place=place,
        time_of_day=TimeOfDay.night,
        focus=focus,
        characters=[SceneCharacter(character_id="mia", position=position)],
    )


def _moon_box(spec: SceneSpec) -> tuple[float, float, float, float] | None:
    lay = layout(spec, CAST, False)
    bd = paint(
        spec.setting, spec.time_of_day, spec.weather, w=lay.w, h=lay.h, gy=lay.gy,
        rough=False, seed=0, where=spec.place,
    )  # fmt: skip
    return bd.lift_box


def test_the_moon_shines_over_the_night_wash() -> None:
    for setting, place in ((Setting.forest, None), (Setting.bedroom, Place.window_seat)):
        spec = _spec(setting, place, Focus.wide, 0.2)
        assert _moon_box(spec) is not None
        assert not _covered(layout(spec, CAST, False), _moon_box(spec))
        svg = render_scene(spec, CAST)
        assert svg.count(f'fill="{MOON}"') == 2  # in the sky, and again over the wash
        assert svg.rindex(f'fill="{MOON}"') > svg.index('fill="#1d2a66" opacity="0.30"')


def test_nobody_is_hidden_behind_the_moon() -> None:
    spec = _spec(Setting.forest, None, Focus.close_up, 0.84)
    box = _moon_box(spec)
    assert box is not None
    lay = layout(spec, CAST, False)
    assert not _covered(lay, box)  # even a close-up stands below the calm band
    x0, _, x1, y1 = box
    mia = lay.characters[0]
    up = replace(mia, x=(x0 + x1) / 2, y=y1 + mia.figure.height * mia.scale * 0.5)
    assert _covered(replace(lay, characters=[up]), box)  # one flying up there hides it
    aside = replace(mia, x=x0 - mia.figure.half_width * mia.scale - 1, y=up.y)
    assert not _covered(replace(lay, characters=[aside]), box)


def test_no_moon_by_day() -> None:
    spec = _spec(Setting.forest, None, Focus.wide, 0.2).model_copy(
        update={"time_of_day": TimeOfDay.afternoon}
    )
    assert _moon_box(spec) is None
    assert MOON not in render_scene(spec, CAST)


def test_a_crescent_is_two_arcs_that_close() -> None:
    d = crescent_d(100, 100, 40, 90, 88, 38)
    assert d.startswith("M")
    assert d.endswith("Z")
    assert d.count("A") == 2
    start = d[1 : d.index("A")]
    assert d.rstrip("Z").endswith(start)  # the second arc comes back where the first began
