"""Small animals a story meets (the duck friend, the baby bird) and the tools it needs.

Drawn like every prop (see props.py): child-relative units around the grip, y downward.
Animals are drawn facing right, small enough to sit in a hand or at a child's feet.
"""

from __future__ import annotations

from .palette import GOLD, darken, lighten
from .svg import Pen, Point

EYE = "#1e1424"


def _eye(p: Pen, x: float, y: float, r: float = 1.3) -> None:
    p.circle(x, y, r, EYE, outline=False)
    p.circle(x + r * 0.35, y - r * 0.35, r * 0.35, "#ffffff", outline=False)


def duck(p: Pen) -> None:
    body = "#ffd166"
    p.ellipse(-1, -2, 13, 8, body)
    p.blob([(-13, -4), (-18, -10), (-10, -7)], body, smooth=False)
    p.circle(9, -13, 6.5, body)
    p.blob([(14, -14), (21, -12), (14, -10)], "#f4a261", smooth=False)
    p.ellipse(-3, -3, 6, 3.5, darken(body, 0.12), rot=-10)
    _eye(p, 10.5, -15)
    for x in (-4, 3):
        p.line([(x, 5), (x, 8)], "#f4a261", 1.6)


def bird(p: Pen) -> None:
    body = "#4cc9f0"
    p.blob([(-8, -4), (-15, -9), (-13, -2)], darken(body, 0.2), smooth=False)
    p.ellipse(0, -4, 8, 6, body)
    p.ellipse(1, -2, 5, 3.5, lighten(body, 0.45), outline=False)
    p.circle(6, -10, 4.5, body)
    p.blob([(10, -11), (14, -10), (10, -8.5)], "#f4a261", smooth=False)
    _eye(p, 7, -11, 1.0)
    p.ellipse(-2, -5, 4, 2.5, darken(body, 0.15), rot=-15)


def hedgehog(p: Pen) -> None:
    spikes: list[Point] = []
    for i in range(13):
        x = -15 + i * 2.3
        spikes.append((x, -6 - (9 if i % 2 else 4) * (1 - abs(x + 1) / 18)))
    p.blob([(-16, 3), *spikes, (13, -2), (12, 3)], "#8d6748", smooth=False)
    p.blob([(6, -4), (15, -1), (19, 1), (15, 4), (6, 4)], "#e9c9a0")
    p.circle(19.5, 1, 1.4, EYE, outline=False)
    _eye(p, 12, -1, 1.1)
    for x in (-8, 4):
        p.ellipse(x, 4, 2.5, 1.6, "#6b4a2a")


def frog(p: Pen) -> None:
    green = "#80c36b"
    p.ellipse(-8, 2, 6, 3, darken(green, 0.1))
    p.ellipse(8, 2, 6, 3, darken(green, 0.1))
    p.ellipse(0, -4, 12, 8, green)
    p.ellipse(0, -1, 7, 4, lighten(green, 0.45), outline=False)
    for x in (-6, 6):
        p.circle(x, -12, 4, green)
        p.circle(x, -12.5, 2.6, "#ffffff")
        p.circle(x + 0.6, -12.5, 1.4, EYE, outline=False)
    p.raw('<path d="M-5 -5Q0 -1 5 -5" fill="none" stroke-width="0.9"/>')


def fish(p: Pen) -> None:
    body = "#f4a261"
    p.blob([(-10, -6), (-18, -13), (-16, -6), (-18, 1)], darken(body, 0.15), smooth=False)
    p.ellipse(0, -6, 12, 7.5, body)
    p.blob([(-2, -13), (4, -18), (6, -12)], darken(body, 0.15))
    for x in (-4, 1):
        p.raw(f'<path d="M{x} -12Q{x + 3} -6 {x} 0" fill="none" stroke-width="0.7"/>')
    _eye(p, 6, -8, 1.4)


def butterfly(p: Pen) -> None:
    wing, spot = "#c77dff", "#ffd6ff"
    for side in (-1, 1):
        p.ellipse(side * 7, -8, 7, 9, wing, rot=side * 25)
        p.ellipse(side * 6, 2, 4.5, 5.5, darken(wing, 0.15), rot=side * -20)
        p.circle(side * 7, -9, 2.4, spot, outline=False)
    p.ellipse(0, -3, 1.6, 8.5, "#3a2b33")
    p.raw('<path d="M-0.5 -11Q-3 -17 -5 -18M0.5 -11Q3 -17 5 -18" fill="none" stroke-width="0.8"/>')


def mouse(p: Pen) -> None:
    fur = "#b8b3ad"
    p.raw('<path d="M-11 0Q-20 -2 -18 -9Q-16 -14 -21 -16" fill="none" stroke-width="1.2"/>')
    p.blob([(-12, 1), (-10, -8), (0, -11), (9, -6), (13, 0)], fur)
    p.circle(3, -12, 4, fur)
    p.circle(3, -12, 2.2, "#ffc2d1", outline=False)
    p.circle(13.5, -0.5, 1.3, "#ff8fab", outline=False)
    _eye(p, 8, -5, 1.1)


def squirrel(p: Pen) -> None:
    fur = "#c4662f"
    p.blob([(-6, 2), (-16, -4), (-18, -18), (-11, -27), (-4, -22), (-8, -12), (-2, -2)], fur)
    p.blob([(-15, -12), (-12, -22), (-9, -16)], lighten(fur, 0.25), outline=False)
    p.ellipse(0, -5, 7, 8, fur)
    p.ellipse(1.5, -3, 4, 5, "#f3d2b3", outline=False)
    p.circle(4, -15, 5.5, fur)
    p.blob([(1, -19), (2, -25), (5, -20)], fur, smooth=False)
    _eye(p, 6, -16, 1.1)
    p.circle(9.4, -14, 0.9, EYE, outline=False)
    p.ellipse(4, 2.5, 3, 1.6, darken(fur, 0.2))


def turtle(p: Pen) -> None:
    skin, shell = "#9bc57a", "#5a8f3e"
    for x in (-8, 7):
        p.ellipse(x, 2, 3, 2.5, skin)
    p.ellipse(14, -4, 4.5, 3.5, skin)
    _eye(p, 15.5, -5, 0.9)
    p.blob([(-14, 1), (-11, -9), (0, -13), (11, -9), (14, 1)], shell)
    p.raw(
        f'<path d="M-6 -10L-3 -4H4L7 -10M-3 -4L-8 1M4 -4L8 1" fill="none" '
        f'stroke="{darken(shell, 0.3)}" stroke-width="0.9"/>'
    )


def rope(p: Pen) -> None:
    tan = "#c9a06b"
    for i, (ry, w) in enumerate(((6, 16), (5, 13), (4, 10))):
        y = -i * 4.5
        p.ellipse(0, y, w, ry, "none", extra=f' stroke="{tan}" stroke-width="3"')
    p.raw(f'<path d="M14 1Q20 4 22 8" fill="none" stroke="{tan}" stroke-width="3"/>')


def ladder(p: Pen) -> None:
    wood = "#a0704a"
    for x in (-13, 13):
        p.raw(f'<rect x="{x - 2.5}" y="-92" width="5" height="92" rx="2" fill="{wood}"/>')
    for i in range(6):
        y = -10 - i * 15
        p.raw(f'<rect x="-11" y="{y - 1.8}" width="22" height="3.6" fill="{lighten(wood, 0.2)}"/>')


def flashlight(p: Pen) -> None:
    p.raw(
        '<path d="M6 -3L40 -14V8Z" fill="#fff3b0" fill-opacity="0.55" stroke="none"/>'
        '<rect x="-10" y="-3" width="12" height="6" rx="1.5" fill="#457b9d"/>'
        '<path d="M2 -4.5L7 -6V6L2 4.5Z" fill="#a8dadc"/>'
    )


def crown(p: Pen) -> None:
    points = [(-11, 4), (-13, -10), (-6, -3), (0, -13), (6, -3), (13, -10), (11, 4)]
    p.blob(points, GOLD, smooth=False)
    for x, c in ((-6, "#ef476f"), (0, "#4cc9f0"), (6, "#06d6a0")):
        p.circle(x, 0, 1.8, c, outline=False)


def sandwich(p: Pen) -> None:
    p.blob([(-11, 5), (11, 5), (0, -12)], "#f3d2a2", smooth=False)
    p.raw('<path d="M-9 2.5H9" fill="none" stroke="#80c36b" stroke-width="2.5"/>')
    p.raw('<path d="M-8 0.5H8" fill="none" stroke="#ef476f" stroke-width="1.8"/>')
