"""Every pose is drawn as itself: no pose falls back to the standing figure, a sleeping
character lies down, a jumper leaves the ground, and held things follow the hands."""

from __future__ import annotations

import pytest

from storyloom.engines.illustrator.characters.base import placed, pose_biped
from storyloom.engines.illustrator.characters.people import CHILD
from storyloom.engines.illustrator.gallery import showcase_cast
from storyloom.engines.illustrator.render import render_portrait, render_scene
from storyloom.engines.illustrator.spec import (
    PLACES,
    Kind,
    Obstacle,
    Place,
    Pose,
    SceneCharacter,
    SceneSpec,
    Setting,
)

CAST = showcase_cast()
BIPEDS = [Kind.child, Kind.dog]


@pytest.mark.parametrize("kind", BIPEDS, ids=lambda k: k.value)
def test_no_pose_is_drawn_as_standing(kind: Kind) -> None:
    standing = render_portrait(CAST[kind], pose=Pose.standing)
    drawn = {pose: render_portrait(CAST[kind], pose=pose) for pose in Pose}
    same = [
        pose.value for pose, svg in drawn.items() if pose is not Pose.standing and svg == standing
    ]
    assert same == []


def test_a_sleeper_lies_down_and_a_jumper_leaves_the_ground() -> None:
    child = CHILD
    lying = pose_biped(child, Pose.sleeping)
    head_x, head_y = placed(lying.head[:2], lying)
    feet_x, feet_y = placed((0.0, 0.0), lying)
    assert abs(head_x - feet_x) > abs(head_y - feet_y)  # along the ground, not up from it
    jump = pose_biped(child, Pose.jumping)
    lowest_foot = max(placed(leg[-1], jump)[1] for leg in jump.legs)
    assert lowest_foot < 0  # both feet above the ground line (y=0, up is negative)
    climb = pose_biped(child, Pose.climbing)
    shoulder_y = climb.arms[1][0][1]
    assert all(arm[-1][1] < shoulder_y for arm in climb.arms)  # both hands above the shoulders


def test_every_place_and_obstacle_changes_the_picture() -> None:
    def draw(setting: Setting, place: Place | None = None, obstacle: Obstacle | None = None) -> str:
        spec = SceneSpec(
            setting=setting,
            place=place,
            obstacle=obstacle,
            characters=[SceneCharacter(character_id="child")],
        )
        return render_scene(spec, {"child": CAST[Kind.child]}, seed=3)

    for setting, places in PLACES.items():
        pictures = {draw(setting, place) for place in places}
        assert len(pictures) == len(places), setting  # four places, four pictures
    forest = next(iter(PLACES))
    plain = draw(forest)
    assert all(draw(forest, obstacle=o) != plain for o in Obstacle)
