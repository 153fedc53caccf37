"""Characters face whom they talk to, hug or hold hands with, and the one in focus stands
nearer: a cast that is not always a row seen from the front."""

from __future__ import annotations

import random

import pytest

from storyloom.engines.illustrator import random_sheet, render_scene
from storyloom.engines.illustrator.compose import layout
from storyloom.engines.illustrator.spec import (
    CharacterSheet,
    Facing,
    Focus,
    Kind,
    Pose,
    SceneCharacter,
    SceneSpec,
    Setting,
)


def _cast() -> dict[str, CharacterSheet]:
    rng = random.Random(5)
    kinds = {"mia": Kind.child, "rex": Kind.dog, "nan": Kind.child, "owl": Kind.owl}
    return {cid: random_sheet(kind, rng) for cid, kind in kinds.items()}


@pytest.mark.parametrize("focus", [Focus.wide, Focus.medium, Focus.close_up])
def test_talkers_turn_to_each_other_whatever_facing_was_asked(focus: Focus) -> None:
    cast = _cast()
    spec = SceneSpec(
        setting=Setting.forest,
        focus=focus,
        characters=[
            # asked to face away from each other: talking wins
            SceneCharacter(
                character_id="mia",
                pose=Pose.talking,
                position=0.7,
                facing=Facing.right,
                with_character="rex",
            ),
            SceneCharacter(
                character_id="rex",
                pose=Pose.talking,
                position=0.3,
                facing=Facing.left,
                with_character="mia",
            ),
            SceneCharacter(character_id="owl", position=0.9, facing=Facing.right),
        ],
    )
    lay = layout(spec, cast, False)
    by = {p.character_id: p for p in lay.characters}
    mia, rex = by["mia"], by["rex"]
    assert rex.x < mia.x
    assert mia.mirror  # drawn facing left, to rex
    assert not rex.mirror  # facing right, to mia
    assert not by["owl"].mirror  # not in the talk: as asked


def test_a_talker_leans_in_and_the_picture_differs_from_a_row() -> None:
    cast = _cast()
    row = SceneSpec(
        setting=Setting.forest,
        characters=[SceneCharacter(character_id=c) for c in ("mia", "nan")],
    )
    talk = SceneSpec(
        setting=Setting.forest,
        characters=[
            SceneCharacter(character_id="mia", pose=Pose.talking, with_character="nan"),
            SceneCharacter(character_id="nan", pose=Pose.talking, with_character="mia"),
        ],
    )
    assert "rotate(7.0" in render_scene(talk, cast)
    assert "rotate(7.0" not in render_scene(row, cast)


def test_the_one_in_focus_stands_nearer_and_larger() -> None:
    cast = _cast()
    spec = SceneSpec(
        setting=Setting.farm,
        focus=Focus.wide,
        focus_character="nan",
        characters=[SceneCharacter(character_id=c) for c in ("mia", "nan", "rex")],
    )
    lay = layout(spec, cast, False)
    by = {p.character_id: p for p in lay.characters}
    assert by["nan"].y > by["mia"].y == by["rex"].y == lay.gy
    assert by["nan"].scale > by["mia"].scale
    # drawn after the others (in front of them where they overlap)
    svg = render_scene(spec, cast)
    assert svg.index(cast["nan"].outfit_color) > svg.index(cast["mia"].outfit_color)


def test_the_images_api_prompt_says_who_turns_to_whom_and_where_things_are() -> None:
    from storyloom.engines.illustrator.scene_api import scene_prompt
    from storyloom.engines.illustrator.spec import ArtStyle, Placement, Prop, SceneProp

    cast = _cast()
    spec = SceneSpec(
        setting=Setting.forest,
        characters=[
            SceneCharacter(character_id="mia", pose=Pose.talking, with_character="rex"),
            SceneCharacter(character_id="rex", facing=Facing.left),
        ],
        props=[SceneProp(prop=Prop.kite, placement=Placement.up_high)],
    )
    prompt = scene_prompt(spec, cast, ArtStyle.flat)
    assert "Here talking, looking happy, turned toward character B." in prompt
    assert "facing left" in prompt
    assert "a kite up high" in prompt
