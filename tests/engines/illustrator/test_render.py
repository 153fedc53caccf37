"""Everything the illustrator can be asked to draw renders, and is not blank."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from storyloom.engines.illustrator import random_sheet, render_png, render_portrait, render_scene
from storyloom.engines.illustrator.spec import (
    ArtStyle,
    Expression,
    Kind,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

from .conftest import Raster, png_size

SVG_NS = "{http://www.w3.org/2000/svg}"


def assert_portable(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # noqa: S314 - our own renderer's output
    assert root.tag == f"{SVG_NS}svg"
    for attr in ("width", "height", "viewBox"):
        assert attr in root.attrib
    tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
    assert not tags & {"filter", "script", "text", "foreignObject", "image", "use", "style"}
    assert "href" not in svg
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    return root


@pytest.mark.parametrize("style", list(ArtStyle))
@pytest.mark.parametrize("kind", list(Kind))
def test_every_portrait_renders(
    kind: Kind, style: ArtStyle, decode: Callable[[bytes], Raster]
) -> None:
    sheet = random_sheet(kind, random.Random(7))
    for expression in Expression:
        for pose in Pose:
            svg = render_portrait(sheet, pose=pose, expression=expression, style=style)
            assert_portable(svg)
            png = render_png(svg, 48)
            assert png_size(png) == (48, 48)
            raster = decode(png)
            assert raster.distinct() > 12
            corner = raster.pixels[0]
            assert raster.share_unlike(corner) > 0.1, (kind, pose, expression)


@pytest.mark.parametrize("style", list(ArtStyle))
@pytest.mark.parametrize("setting", list(Setting))
def test_every_setting_and_time_renders(
    setting: Setting, style: ArtStyle, decode: Callable[[bytes], Raster]
) -> None:
    cast = {"a": random_sheet(Kind.child, random.Random(1))}
    for time in TimeOfDay:
        spec = SceneSpec(
            setting=setting, time_of_day=time, characters=[SceneCharacter(character_id="a")]
        )
        svg = render_scene(spec, cast, style=style, seed=3)
        root = assert_portable(svg)
        assert root.attrib["viewBox"] == "0 0 1200 800"
        raster = decode(render_png(svg, 60))
        assert (raster.width, raster.height) == (60, 40)
        assert raster.distinct() > 30


@pytest.mark.parametrize("setting", list(Setting))
def test_every_weather_renders(setting: Setting) -> None:
    cast = {"a": random_sheet(Kind.fox, random.Random(2))}
    for time in TimeOfDay:
        for weather in Weather:
            spec = SceneSpec(
                setting=setting,
                time_of_day=time,
                weather=weather,
                characters=[SceneCharacter(character_id="a")],
            )
            svg = render_scene(
                spec, cast, style=ArtStyle.storybook if weather.value < "s" else ArtStyle.flat
            )
            assert_portable(svg)
            assert png_size(render_png(svg, 30)) == (30, 20)


def test_weather_is_visible() -> None:
    cast = {"a": random_sheet(Kind.child, random.Random(2))}

    def draw(weather: Weather, time: TimeOfDay = TimeOfDay.afternoon) -> str:
        spec = SceneSpec(
            setting=Setting.farm,
            time_of_day=time,
            weather=weather,
            characters=[SceneCharacter(character_id="a")],
        )
        return render_scene(spec, cast)

    clear, rain, snow, night = (
        draw(Weather.clear),
        draw(Weather.rain),
        draw(Weather.snow),
        draw(Weather.clear, TimeOfDay.night),
    )
    assert len({clear, rain, snow, draw(Weather.wind)}) == 4
    assert rain.count("stroke-opacity") > clear.count("stroke-opacity")
    assert snow.count("<circle") > clear.count("<circle") + 50
    assert "#ffd56b" in night  # lit windows
    assert "#ffd56b" not in clear


@pytest.mark.parametrize("prop", list(Prop))
def test_every_prop_is_drawable_held_and_resting(prop: Prop) -> None:
    cast = {
        "a": random_sheet(Kind.child, random.Random(3)),
        "b": random_sheet(Kind.owl, random.Random(3)),
    }
    spec = SceneSpec(
        setting=Setting.beach,
        characters=[
            SceneCharacter(character_id="a"),
            SceneCharacter(character_id="b", pose=Pose.waving),
        ],
        props=[
            SceneProp(prop=prop, held_by="a"),
            SceneProp(prop=prop, held_by="b"),
            SceneProp(prop=prop),
        ],
    )
    for style in ArtStyle:
        svg = render_scene(spec, cast, style=style)
        assert_portable(svg)
    assert png_size(render_png(svg, 40))[0] == 40


def test_portrait_with_background_is_square() -> None:
    sheet = random_sheet(Kind.dragon, random.Random(4))
    svg = render_portrait(sheet, background=Setting.castle, style=ArtStyle.storybook)
    root = assert_portable(svg)
    assert root.attrib["viewBox"] == "0 0 512 512"
    assert png_size(render_png(svg, 64)) == (64, 64)


def test_numbers_have_at_most_one_decimal() -> None:
    svg = render_scene(
        SceneSpec(setting=Setting.forest, characters=[SceneCharacter(character_id="a")]),
        {"a": random_sheet(Kind.bear, random.Random(5))},
        style=ArtStyle.storybook,
    )
    transforms = re.sub(r'transform="[^"]*"|stroke-width="[^"]*"|opacity="[^"]*"', "", svg)
    assert not re.search(r"\d\.\d\d", transforms)
