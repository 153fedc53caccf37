"""A character drawn once is reused on the next page, and is exactly what a fresh drawing
would be: reuse never changes a picture, nor mixes up two characters."""

from __future__ import annotations

from storyloom.engines.illustrator.characters import draw_character, forget_drawings
from storyloom.engines.illustrator.gallery import showcase_cast
from storyloom.engines.illustrator.spec import Expression, Facing, Kind, Pose


def test_a_reused_drawing_is_the_fresh_one() -> None:
    for kind, sheet in showcase_cast().items():
        for pose in (Pose.standing, Pose.sleeping, Pose.running):
            for rough in (False, True):
                args = (sheet, pose, Expression.happy, Facing.right, rough, 0.9)
                forget_drawings()
                fresh = draw_character(*args)
                again = draw_character(*args)
                assert again is fresh  # drawn once
                forget_drawings()
                assert draw_character(*args) == fresh, (kind, pose, rough)


def test_reuse_tells_characters_apart_by_everything_that_shows() -> None:
    child = showcase_cast()[Kind.child]
    young, older = child.model_copy(update={"age": 4}), child.model_copy(update={"age": 9})
    base = (Pose.standing, Expression.happy, Facing.right, True, 0.9)
    assert draw_character(young, *base).height < draw_character(older, *base).height
    recoloured = child.model_copy(update={"body_color": "#8d5524"})
    assert draw_character(recoloured, *base).svg != draw_character(child, *base).svg
    sad = (Pose.standing, Expression.sad, Facing.right, True, 0.9)
    assert draw_character(child, *sad).svg != draw_character(child, *base).svg
    thicker = (Pose.standing, Expression.happy, Facing.right, True, 1.4)
    assert draw_character(child, *thicker).svg != draw_character(child, *base).svg
