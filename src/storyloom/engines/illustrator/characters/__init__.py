"""Characters drawn from their sheets.

`draw_character` is a pure function of (sheet, pose, expression, facing, style, stroke): the
storybook wobble is seeded from the sheet itself, never from the scene, so a character's
outline wobbles the same way on every page.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

from ..looks import as_drawn
from ..spec import CharacterSheet, Expression, Facing, Kind, Pose
from ..svg import Pen
from .animals import ANIMALS
from .base import Ctx, Figure, look_for
from .creatures import Dragon, Owl
from .people import Child, stature
from .robot_unicorn import Robot, Unicorn

__all__ = ["KIND_HEIGHT", "Figure", "draw_character", "height_of", "sheet_seed"]


class Drawer(Protocol):
    height: float

    def figure(self, ctx: Ctx) -> Figure: ...


DRAWERS: dict[Kind, Drawer] = {
    Kind.child: Child(),
    **ANIMALS,
    Kind.owl: Owl(),
    Kind.dragon: Dragon(),
    Kind.robot: Robot(),
    Kind.unicorn: Unicorn(),
}

KIND_HEIGHT: dict[Kind, float] = {kind: drawer.height for kind, drawer in DRAWERS.items()}


def _drawer(sheet: CharacterSheet) -> Drawer:
    return stature(sheet.age) if sheet.kind is Kind.child else DRAWERS[sheet.kind]


def height_of(sheet: CharacterSheet) -> float:
    """How tall the character stands, in the units every kind is drawn in (a child of four
    to six is 95): by kind, and for people by age."""
    return _drawer(sheet).height


def sheet_seed(sheet: CharacterSheet) -> str:
    return hashlib.sha256(sheet.model_dump_json().encode()).hexdigest()[:16]


def draw_character(
    sheet: CharacterSheet,
    pose: Pose,
    expression: Expression,
    facing: Facing,
    rough: bool,
    stroke: float,
) -> Figure:
    """Draw in local space facing right (the caller mirrors for `left`)."""
    pen = Pen(rough, sheet_seed(sheet), stroke)
    ctx = Ctx(
        sheet=as_drawn(sheet), pose=pose, expression=expression, pen=pen, look=look_for(facing)
    )
    return _drawer(sheet).figure(ctx)
