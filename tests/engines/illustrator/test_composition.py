"""Layout: sizes by kind, faces never overlap, props are held or resting, calm sky band."""

from __future__ import annotations

import itertools
import random

import pytest

from storyloom.engines.illustrator import UnknownCharacter, random_sheet, render_scene
from storyloom.engines.illustrator.compose import CALM_BAND, Layout, PlacedProp, layout
from storyloom.engines.illustrator.props import ART, Mode
from storyloom.engines.illustrator.spec import (
    Facing,
    Focus,
    Kind,
    Placement,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
)


def _disjoint(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def _cast(kinds: list[Kind], seed: int = 0) -> dict[str, object]:
    rng = random.Random(seed)
    return {f"c{i}": random_sheet(k, rng) for i, k in enumerate(kinds)}


@pytest.mark.parametrize("focus", list(Focus))
def test_faces_never_overlap_with_five_characters(focus: Focus) -> None:
    rng = random.Random(42)
    kinds = list(Kind)
    for trial in range(60):
        chosen = rng.sample(kinds, 5)
        cast = _cast(chosen, trial)
        positions: list[float | None]
        if trial % 3 == 0:
            positions = [None] * 5
        elif trial % 3 == 1:
            positions = [0.5] * 5  # everyone asks for the middle
        else:
            positions = [rng.random() for _ in range(5)]
        spec = SceneSpec(
            setting=Setting.forest,
            focus=focus,
            characters=[
                SceneCharacter(
                    character_id=cid,
                    position=pos,
                    pose=rng.choice(list(Pose)),
                    facing=rng.choice([None, *Facing]),
                )
                for cid, pos in zip(cast, positions, strict=True)
            ],
        )
        lay = layout(spec, cast, rough=False)  # type: ignore[arg-type]
        boxes = [p.face_box for p in lay.characters]
        for a, b in itertools.combinations(boxes, 2):
            assert _disjoint(a, b), (trial, chosen)


def test_characters_are_sized_by_kind_and_stand_on_the_ground() -> None:
    cast = _cast([Kind.owl, Kind.child, Kind.bear])
    spec = SceneSpec(
        setting=Setting.farm, characters=[SceneCharacter(character_id=c) for c in cast]
    )
    lay = layout(spec, cast, rough=False)  # type: ignore[arg-type]
    heights = {p.sheet.kind: p.figure.height * p.scale for p in lay.characters}
    assert heights[Kind.owl] < heights[Kind.child] < heights[Kind.bear]
    # the others share the ground line; the one in focus stands a step nearer, on it too
    others = {p.y for p in lay.characters if not p.focus}
    assert others == {lay.gy}
    (hero,) = (p for p in lay.characters if p.focus)
    assert lay.gy < hero.y < lay.h


def test_characters_face_into_the_picture_and_stay_below_the_calm_band() -> None:
    cast = _cast([Kind.child, Kind.dragon])
    spec = SceneSpec(
        setting=Setting.castle, characters=[SceneCharacter(character_id=c) for c in cast]
    )
    lay = layout(spec, cast, rough=False)  # type: ignore[arg-type]
    left, right = sorted(lay.characters, key=lambda p: p.x)
    assert not left.mirror
    assert right.mirror
    assert abs(left.x / lay.w - 1 / 3) < 0.08
    assert abs(right.x / lay.w - 2 / 3) < 0.08
    for p in lay.characters:
        assert p.face_box[1] > lay.h * CALM_BAND
    for p in lay.props:
        assert p.y > lay.h * CALM_BAND


@pytest.mark.parametrize("prop", list(Prop))
def test_held_props_are_at_the_hand(prop: Prop) -> None:
    cast = _cast([Kind.child, Kind.fox, Kind.owl])
    spec = SceneSpec(
        setting=Setting.beach,
        characters=[
            SceneCharacter(character_id=c, pose=Pose.waving if c == "c1" else Pose.standing)
            for c in cast
        ],
        props=[SceneProp(prop=prop, held_by=c) for c in cast],
    )
    lay = layout(spec, cast, rough=False)  # type: ignore[arg-type]
    by_id = {p.character_id: p for p in lay.characters}
    assert len(lay.props) == 3
    for placed in lay.props:
        holder = by_id[placed.holder or ""]
        mode = ART[prop].mode
        if mode is Mode.hand:
            assert placed.grip == holder.hand
            assert (placed.x, placed.y) == holder.hand
        elif mode is Mode.string:
            assert placed.grip is not None
            assert placed.y < placed.grip[1]  # flies above the hand it is tied to
        else:  # big things stand on the ground beside their holder
            assert placed.y >= lay.gy - 10
            assert abs(placed.x - holder.x) < lay.w * 0.25


def test_loose_props_rest_on_the_ground() -> None:
    cast = _cast([Kind.child])
    spec = SceneSpec(
        setting=Setting.beach,
        characters=[SceneCharacter(character_id="c0")],
        props=[SceneProp(prop=p) for p in (Prop.boat, Prop.ball, Prop.bucket, Prop.sandcastle)],
    )
    lay = layout(spec, cast, rough=False)  # type: ignore[arg-type]
    for placed in lay.props:
        bottom = placed.y + ART[placed.prop].bottom * placed.scale
        assert abs(bottom - lay.gy) < 40, placed.prop
        assert placed.holder is None


def test_unknown_character_is_a_value_error() -> None:
    spec = SceneSpec(setting=Setting.forest, characters=[SceneCharacter(character_id="ghost")])
    with pytest.raises(UnknownCharacter):
        render_scene(spec, {})
    assert issubclass(UnknownCharacter, ValueError)


def test_what_the_text_put_up_high_is_drawn_up_high() -> None:
    cast = _cast([Kind.child, Kind.dog])
    ids = list(cast)
    spec = SceneSpec(
        setting=Setting.forest,
        characters=[SceneCharacter(character_id=c) for c in ids],
        props=[
            SceneProp(prop=Prop.kite, placement=Placement.up_high),
            SceneProp(prop=Prop.ball, placement=Placement.ground),
        ],
    )
    lay = layout(spec, cast, rough=False)  # type: ignore[arg-type]
    by = {p.prop: p for p in lay.props}
    assert by[Prop.kite].y < by[Prop.ball].y - lay.h * 0.2
    assert by[Prop.kite].y - 16 * by[Prop.kite].scale > lay.h * CALM_BAND


def test_far_away_is_small_by_the_horizon_and_hidden_peeks_out_away_from_everyone() -> None:
    from storyloom.engines.illustrator.gallery import showcase_cast
    from storyloom.engines.illustrator.spec import Kind as K
    from storyloom.engines.illustrator.spec import Placement as Pl

    cast = {"hero": showcase_cast()[K.child], "dog": showcase_cast()[K.dog]}

    def placed(where: Pl) -> tuple[Layout, PlacedProp]:
        spec = SceneSpec(
            setting=Setting.forest,
            characters=[SceneCharacter(character_id="hero"), SceneCharacter(character_id="dog")],
            props=[SceneProp(prop=Prop.blanket, placement=where)],
        )
        lay = layout(spec, cast, False)
        return lay, lay.props[0]

    _, ground = placed(Pl.ground)
    _, far = placed(Pl.far_away)
    lay, hidden = placed(Pl.hidden)
    assert far.scale < ground.scale * 0.6
    assert far.y < ground.y - 0.1 * lay.h
    assert not ground.behind
    assert hidden.behind
    assert hidden.peek
    assert hidden.scale < ground.scale
    # a hidden thing is nobody's: it is clear of every character, only its top showing
    assert all(abs(hidden.x - p.x) > p.figure.half_width * p.scale for p in lay.characters)
