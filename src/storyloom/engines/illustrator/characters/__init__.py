"""Characters drawn from their sheets.

`draw_character` is a pure function of (sheet, pose, expression, facing, style, stroke): the
storybook wobble is seeded from the sheet itself, never from the scene, so a character's
outline wobbles the same way on every page.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Protocol

from ..looks import as_drawn
from ..spec import CharacterSheet, Expression, Facing, Kind, Pose
from ..svg import Pen
from .animals import ANIMALS
from .base import Ctx, Figure, look_for
from .creatures import Dragon, Owl
from .people import Child, stature
from .robot_unicorn import Robot, Unicorn

__all__ = ["KIND_HEIGHT", "Figure", "draw_character", "forget_drawings", "height_of", "sheet_seed"]


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
    """Draw in local space facing right (the caller mirrors for `left`).

    A drawing depends only on these (the storybook jitter is seeded by the sheet), so the
    same character in the same pose on the next page is drawn once: a book's pages reuse it.
    """
    json = sheet.model_dump_json()
    key = (json, sheet.age, pose, expression, facing, rough, round(stroke, 4))
    figure = _DRAWN.get(key)
    if figure is None:
        pen = Pen(rough, hashlib.sha256(json.encode()).hexdigest()[:16], stroke)
        ctx = Ctx(
            sheet=as_drawn(sheet), pose=pose, expression=expression, pen=pen, look=look_for(facing)
        )
        figure = _drawer(sheet).figure(ctx)
        with _DRAWN_LOCK:  # pages may be drawn in several threads at once
            while len(_DRAWN) >= _DRAWN_KEEP:
                _DRAWN.pop(next(iter(_DRAWN)))  # the oldest drawing goes
            _DRAWN[key] = figure
    return figure


# Drawings already made, oldest first: a few hundred characters' worth, a few megabytes.
_DRAWN: dict[tuple[object, ...], Figure] = {}
_DRAWN_KEEP = 256
_DRAWN_LOCK = threading.Lock()


def forget_drawings() -> None:
    """Draw every character afresh from now on (for timing a first drawing)."""
    with _DRAWN_LOCK:
        _DRAWN.clear()
