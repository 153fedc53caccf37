"""What stands in the way, drawn as what it is: a wall of rocks, a stream, a bog, a broken
bridge, a fallen tree, a locked door, a cave mouth, a thorn bush, deep snow, a heap of
things too high to climb, a staircase, a shelf out of reach. Each sits on the ground line
on the right of the picture, between the characters and where they are going."""

from __future__ import annotations

from collections.abc import Callable

from ..palette import darken, lighten
from ..spec import Obstacle, Setting
from ..svg import num
from .places import _fill, _poly
from .sky import Stage

S = Setting


def _rock_wall(st: Stage, x: float) -> None:
    """A wall of big stones, taller than a child, from one side of its gap to the other."""
    s = st.s
    for row in range(5):
        count = 4 - row // 2
        for k in range(count):
            cx = x + (k - (count - 1) / 2) * 62 * s + (row % 2) * 14 * s
            tone = ("#8a8478", "#9a9386", "#7d776c")[(row + k) % 3]
            st.pen.ellipse(cx, st.gy - 26 * s - row * 46 * s, 36 * s, 27 * s, _fill(st, tone))


def _stream(st: Stage, x: float) -> None:
    s = st.s
    d = (
        f"M{num(x - 60 * s)} {num(st.gy)}C{num(x - 20 * s)} {num(st.gy + 60 * s)} "
        f"{num(x - 120 * s)} {num(st.h - 60 * s)} {num(x - 80 * s)} {num(st.h)}"
        f"H{num(x + 70 * s)}C{num(x + 20 * s)} {num(st.h - 60 * s)} {num(x + 120 * s)} "
        f"{num(st.gy + 60 * s)} {num(x + 40 * s)} {num(st.gy)}Z"
    )
    st.pen.path(d, _fill(st, "#5bb4e0"))
    ripple = lighten(_fill(st, "#5bb4e0"), 0.45)
    for k in range(3):
        y = st.gy + (st.h - st.gy) * (0.25 + 0.22 * k)
        st.pen.raw(
            f'<path d="M{num(x - 30 * s)} {num(y)}q{num(15 * s)} {num(-6 * s)} {num(30 * s)} 0" '
            f'stroke="{ripple}" stroke-width="{num(3 * s)}" fill="none"/>'
        )


def _bog(st: Stage, x: float) -> None:
    s = st.s
    st.pen.ellipse(x, st.gy + 50 * s, 170 * s, 45 * s, _fill(st, "#6b5a3a"))
    for k in range(4):
        st.pen.circle(x - 90 * s + k * 60 * s, st.gy + 45 * s, 8 * s, _fill(st, "#8a7a4a"))
    for k in range(3):  # reeds at the edge
        rx = x - 150 * s + k * 14 * s
        st.pen.raw(
            f'<path d="M{num(rx)} {num(st.gy + 40 * s)}v{num(-70 * s)}" '
            f'stroke="{_fill(st, "#5d7a3a")}" stroke-width="{num(4 * s)}" fill="none"/>'
        )
        st.pen.ellipse(rx, st.gy - 30 * s, 5 * s, 14 * s, _fill(st, "#6b4a32"))


def _broken_bridge(st: Stage, x: float) -> None:
    s = st.s
    _stream(st, x)
    for side in (-1, 1):
        st.pen.raw(
            f'<rect x="{num(x + side * 60 * s - (70 * s if side < 0 else 0))}" '
            f'y="{num(st.gy + 30 * s)}" width="{num(70 * s)}" height="{num(16 * s)}" '
            f'fill="{_fill(st, "#a0714f")}" transform="rotate({side * 14} {num(x)} {num(st.gy)})"/>'
        )


def _fallen_tree(st: Stage, x: float) -> None:
    s = st.s
    st.pen.raw(
        f'<rect x="{num(x - 170 * s)}" y="{num(st.gy + 10 * s)}" width="{num(340 * s)}" '
        f'height="{num(50 * s)}" rx="{num(25 * s)}" fill="{_fill(st, "#8a5a3b")}"/>'
    )
    st.pen.ellipse(x + 170 * s, st.gy + 35 * s, 18 * s, 25 * s, _fill(st, "#c9a27a"))
    for k in range(3):  # the dead crown's branches and a few leaves
        bx = x - 150 * s + k * 40 * s
        st.pen.raw(
            f'<path d="M{num(bx)} {num(st.gy + 15 * s)}l{num(-20 * s)} {num(-45 * s)}" '
            f'stroke="{_fill(st, "#8a5a3b")}" stroke-width="{num(8 * s)}" fill="none"/>'
        )
        st.pen.circle(bx - 20 * s, st.gy - 35 * s, 16 * s, _fill(st, "#6f9e3f"))


def _locked_door(st: Stage, x: float) -> None:
    s = st.s
    top = st.gy - 230 * s
    st.pen.raw(
        f'<rect x="{num(x - 70 * s)}" y="{num(top)}" width="{num(140 * s)}" '
        f'height="{num(230 * s)}" fill="{_fill(st, "#7a5236")}"/>'
    )
    st.pen.circle(x + 40 * s, top + 120 * s, 10 * s, "#f1c40f")
    st.pen.raw(
        f'<rect x="{num(x - 18 * s)}" y="{num(top + 105 * s)}" width="{num(36 * s)}" '
        f'height="{num(30 * s)}" fill="#7f8c8d"/>'
    )


def _cave_mouth(st: Stage, x: float) -> None:
    s = st.s
    st.pen.ellipse(x, st.gy - 60 * s, 190 * s, 150 * s, _fill(st, "#7d7466"))
    st.pen.ellipse(x, st.gy - 20 * s, 110 * s, 100 * s, "#1c1430")


def _thorns(st: Stage, x: float) -> None:
    s = st.s
    st.pen.ellipse(x, st.gy - 40 * s, 170 * s, 70 * s, _fill(st, "#2f6b35"))
    for k in range(10):
        tx = x - 150 * s + k * 33 * s
        _poly(
            st,
            [(tx, st.gy - 60 * s), (tx + 6 * s, st.gy - 85 * s), (tx + 12 * s, st.gy - 60 * s)],
            "#6b4a32",
        )


def _deep_snow(st: Stage, x: float) -> None:
    s = st.s
    st.pen.ellipse(x, st.gy + 10 * s, 230 * s, 80 * s, _fill(st, "#f7faff"))
    st.pen.ellipse(x + 60 * s, st.gy - 40 * s, 140 * s, 70 * s, _fill(st, "#eef4ff"))


# What a heap is made of, where: toys and books at home, seaweed under the sea, rocks in space.
_HEAP: dict[Setting, tuple[str, ...]] = {
    S.underwater: ("#3f8f5a", "#2f7a4a", "#5aa36a"),
    S.space: ("#8a8478", "#a39a8a", "#6f6a60"),
    S.snowy_village: ("#f7faff", "#e6eefc", "#ffffff"),
}
_THINGS = ("#e76f51", "#2a9d8f", "#e9c46a", "#8d6cc8", "#f4a261", "#3a7bd5")


def _heap(st: Stage, x: float) -> None:
    """A pile of things higher than a child: boxes, books, toys, pillows."""
    s = st.s
    colours = _HEAP.get(st.setting, _THINGS)
    rows = ((4, 0.0), (3, 0.5), (2, 1.0), (1, 1.5))
    for row, (count, shift) in enumerate(rows):
        for k in range(count):
            bx = x + (k - count / 2 + 0.05) * 62 * s + shift * 4 * s
            by = st.gy - (row + 1) * 52 * s
            colour = _fill(st, colours[(row * 2 + k) % len(colours)])
            tilt = f"rotate({(row + k) % 3 * 4 - 4} {num(bx + 29 * s)} {num(by + 25 * s)})"
            st.pen.raw(
                f'<rect x="{num(bx)}" y="{num(by)}" width="{num(58 * s)}" height="{num(50 * s)}" '
                f'rx="{num(10 * s)}" fill="{colour}" transform="{tilt}"/>'
            )


def _staircase(st: Stage, x: float) -> None:
    """A long dark staircase going up out of the picture."""
    s = st.s
    step_w, step_h = 46 * s, 34 * s
    pts = [(x - 120 * s, st.gy)]
    for k in range(8):
        px = x - 120 * s + k * step_w
        pts += [(px, st.gy - k * step_h - step_h), (px + step_w, st.gy - k * step_h - step_h)]
    pts += [(pts[-1][0], st.gy)]
    stone = _fill(st, "#6b5f55")
    _poly(st, pts, stone)
    for k in range(8):
        px = x - 120 * s + k * step_w
        st.pen.raw(
            f'<path d="M{num(px)} {num(st.gy - (k + 1) * step_h)}h{num(step_w)}" '
            f'stroke="{lighten(stone, 0.3)}" stroke-width="{num(4 * s)}" fill="none"/>'
        )


def _high_shelf(st: Stage, x: float) -> None:
    """A tall shelf, its top far above anyone's reach."""
    s = st.s
    wood = _fill(st, "#8a5a3b")
    top = st.gy - 380 * s
    st.pen.raw(
        f'<rect x="{num(x - 90 * s)}" y="{num(top)}" width="{num(180 * s)}" '
        f'height="{num(st.gy - top)}" fill="{darken(wood, 0.1)}"/>'
    )
    for k in range(4):
        y = top + k * 95 * s
        st.pen.raw(
            f'<rect x="{num(x - 100 * s)}" y="{num(y)}" width="{num(200 * s)}" '
            f'height="{num(12 * s)}" fill="{wood}"/>'
        )
    st.pen.circle(x, top - 22 * s, 22 * s, _fill(st, "#e9c46a"))  # the thing up there


OBSTACLES: dict[Obstacle, Callable[[Stage, float], None]] = {
    Obstacle.rock_wall: _rock_wall,
    Obstacle.stream: _stream,
    Obstacle.bog: _bog,
    Obstacle.broken_bridge: _broken_bridge,
    Obstacle.fallen_tree: _fallen_tree,
    Obstacle.locked_door: _locked_door,
    Obstacle.cave_mouth: _cave_mouth,
    Obstacle.thorn_bush: _thorns,
    Obstacle.deep_snow: _deep_snow,
    Obstacle.heap: _heap,
    Obstacle.staircase: _staircase,
    Obstacle.high_shelf: _high_shelf,
}


def obstacle(st: Stage, what: Obstacle | None, at: float) -> None:
    """What stands in the way, at `at` of the width, in front of the place."""
    if what is not None:
        OBSTACLES[what](st, st.w * at)


__all__ = ["OBSTACLES", "obstacle"]
