"""Property test: any valid sheet and scene gives portable SVG that resvg renders."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyloom.engines.illustrator import render_png, render_portrait, render_scene
from storyloom.engines.illustrator.spec import (
    Accessory,
    ArtStyle,
    CharacterSheet,
    Expression,
    Facing,
    Focus,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

colours = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")
sheets = st.builds(
    CharacterSheet,
    kind=st.sampled_from(Kind),
    body_color=colours,
    accent_color=colours,
    eye_color=colours,
    hair_style=st.sampled_from(HairStyle),
    hair_color=colours,
    outfit=st.sampled_from(Outfit),
    outfit_color=colours,
    outfit_accent_color=colours,
    accessories=st.lists(st.sampled_from(Accessory), unique=True, max_size=7),
)
FORBIDDEN = {"filter", "script", "text", "foreignObject", "image", "use"}


@st.composite
def scenes(draw: st.DrawFn) -> tuple[SceneSpec, dict[str, CharacterSheet]]:
    n = draw(st.integers(0, 5))
    ids = [f"c{i}" for i in range(n)]
    cast = {cid: draw(sheets) for cid in ids}
    chars = [
        SceneCharacter(
            character_id=cid,
            pose=draw(st.sampled_from(Pose)),
            expression=draw(st.sampled_from(Expression)),
            position=draw(st.none() | st.floats(0, 1)),
            facing=draw(st.none() | st.sampled_from(Facing)),
        )
        for cid in ids
    ]
    props = draw(
        st.lists(
            st.builds(SceneProp, prop=st.sampled_from(Prop), held_by=st.sampled_from([None, *ids])),
            max_size=6,
        )
    )
    spec = SceneSpec(
        setting=draw(st.sampled_from(Setting)),
        time_of_day=draw(st.sampled_from(TimeOfDay)),
        weather=draw(st.sampled_from(Weather)),
        characters=chars,
        props=props,
        focus=draw(st.sampled_from(Focus)),
        focus_character=draw(st.sampled_from([None, *ids])),
    )
    return spec, cast


def check(svg: str) -> None:
    root = ET.fromstring(svg)  # noqa: S314 - our own renderer's output
    tags = {el.tag.split("}")[-1] for el in root.iter()}
    assert not tags & FORBIDDEN
    for el in root.iter():
        for name in el.attrib:
            assert "href" not in name
    assert "<text" not in svg
    assert "filter" not in svg
    assert "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert render_png(svg, 24)[:4] == b"\x89PNG"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sheets,
    st.sampled_from(Pose),
    st.sampled_from(Expression),
    st.sampled_from(ArtStyle),
    st.none() | st.sampled_from(Setting),
    st.integers(0, 2**31),
)
def test_any_portrait_is_portable(
    sheet: CharacterSheet,
    pose: Pose,
    expression: Expression,
    style: ArtStyle,
    background: Setting | None,
    seed: int,
) -> None:
    check(
        render_portrait(
            sheet, pose=pose, expression=expression, style=style, background=background, seed=seed
        )
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenes(), st.sampled_from(ArtStyle), st.integers(0, 2**31))
def test_any_scene_is_portable(
    scene: tuple[SceneSpec, dict[str, CharacterSheet]], style: ArtStyle, seed: int
) -> None:
    spec, cast = scene
    check(render_scene(spec, cast, style=style, seed=seed))
