"""Eyes, brows and mouths: the only parts an expression is allowed to change."""

from __future__ import annotations

from collections.abc import Sequence

from ..palette import CHEEK, luminance
from ..spec import Expression
from ..svg import INK, Pen, Point, num

PUPIL = "#1e1424"
TONGUE = "#ff7b8a"
MOUTH = "#6b2030"
TEAR = "#8fd0ff"


def draw_eyes(
    pen: Pen,
    expression: Expression,
    eyes: Sequence[Point],
    size: float,
    eye_color: str,
    lid_color: str,
    look: float,
    *,
    closed: bool = False,
) -> None:
    """Big glossy eyes; `look` (-1..1) shifts the pupils toward where the character faces."""
    pen.part("eyes")
    sw = pen.sw
    if closed or expression is Expression.laughing:
        for x, y in eyes:
            w = size * 0.95
            if closed:  # a sleeping smile-line, curving down
                d = f"M{num(x - w)} {num(y)}Q{num(x)} {num(y + w * 0.9)} {num(x + w)} {num(y)}"
            else:  # laughing: squeezed-shut arcs curving up
                low = num(y + w * 0.35)
                d = f"M{num(x - w)} {low}Q{num(x)} {num(y - w)} {num(x + w)} {low}"
            pen.raw(f'<path d="{d}" fill="none" stroke-width="{num(sw * 1.3)}"/>')
        return
    scale = {
        Expression.surprised: 1.15,
        Expression.worried: 0.95,
        Expression.scared: 1.2,
        Expression.curious: 1.08,
    }.get(expression, 1.0)
    rx, ry = size * 0.82 * scale, size * scale
    dark_iris = luminance(eye_color) < 0.35
    for x, y in eyes:
        pen.ellipse(x, y, rx, ry, eye_color, outline=not dark_iris)
        px = x + look * rx * 0.22
        pen.ellipse(px, y + ry * 0.08, rx * 0.58, ry * 0.62, PUPIL, outline=False)
        pen.raw(
            f'<circle cx="{num(px + rx * 0.32)}" cy="{num(y - ry * 0.34)}" r="{num(size * 0.32)}" '
            f'fill="#ffffff" stroke="none"/>'
            f'<circle cx="{num(px - rx * 0.3)}" cy="{num(y + ry * 0.36)}" r="{num(size * 0.14)}" '
            f'fill="#ffffff" stroke="none"/>'
        )
        if expression is Expression.sleepy:
            # the lid is skin-coloured and covers the top half, leaving drowsy half-moons
            lid = (
                f"M{num(x - rx * 1.15)} {num(y + ry * 0.1)}"
                f"C{num(x - rx)} {num(y - ry * 1.5)} {num(x + rx)} {num(y - ry * 1.5)} "
                f"{num(x + rx * 1.15)} {num(y + ry * 0.1)}Z"
            )
            pen.raw(f'<path d="{lid}" fill="{lid_color}" stroke="none"/>')
            pen.raw(
                f'<path d="M{num(x - rx * 1.05)} {num(y + ry * 0.1)}'
                f'Q{num(x)} {num(y + ry * 0.45)} {num(x + rx * 1.05)} {num(y + ry * 0.1)}" '
                f'fill="none" stroke-width="{num(sw * 1.1)}"/>'
            )
    if expression in (Expression.sad, Expression.crying):
        # sad: one tear; crying: a tear running from each eye
        for x, y in eyes if expression is Expression.crying else eyes[:1]:
            drop = size * (1.1 if expression is Expression.crying else 0.75)
            pen.raw(
                f'<path d="M{num(x - rx * 0.3)} {num(y + ry * 1.1)}q{num(-size * 0.35)} '
                f"{num(drop * 0.8)} 0 "
                f'{num(drop)}q{num(size * 0.35)} {num(-size * 0.15)} 0 {num(-drop)}Z" '
                f'fill="{TEAR}" stroke-width="{num(sw * 0.5)}"/>'
            )


_BROW_TILT = {
    Expression.happy: (-0.15, -0.15),
    Expression.surprised: (-0.45, -0.45),
    Expression.sad: (0.15, -0.35),
    Expression.sleepy: (0.1, 0.1),
    Expression.determined: (-0.15, 0.3),
    Expression.worried: (0.1, -0.45),
    Expression.laughing: (-0.25, -0.25),
    Expression.crying: (0.2, -0.5),
    Expression.curious: (-0.4, -0.05),
    Expression.proud: (-0.3, -0.1),
    Expression.scared: (-0.3, -0.65),
}


def draw_brows(
    pen: Pen, expression: Expression, eyes: Sequence[Point], size: float, color: str = INK
) -> None:
    """Brows carry most of an expression: (outer, inner) lift relative to the eye."""
    outer, inner = _BROW_TILT[expression]
    cx = sum(p[0] for p in eyes) / len(eyes)
    for x, y in eyes:
        side = 1 if x >= cx else -1
        base = y - size * 1.55
        ox, ix = x + side * size * 0.8, x - side * size * 0.7
        pts = [(ix, base + inner * size), (x, base - size * 0.15), (ox, base + outer * size)]
        pen.line(pts, color, pen.sw * 1.2, smooth=True)


def draw_mouth(pen: Pen, expression: Expression, x: float, y: float, w: float) -> None:
    """A mouth about `w` wide centred at (x, y)."""
    pen.part("mouth")
    sw = pen.sw
    h = w * 0.5
    if expression in (Expression.happy, Expression.proud):
        # proud: the same smile, wider and fuller
        k = 1.25 if expression is Expression.proud else 1.0
        d = (
            f"M{num(x - w * k / 2)} {num(y)}"
            f"Q{num(x)} {num(y + h * 1.2 * k)} {num(x + w * k / 2)} {num(y)}"
        )
        pen.raw(f'<path d="{d}" fill="none" stroke-width="{num(sw * 1.2)}"/>')
    elif expression is Expression.crying:
        # an open, down-turned wail
        d = (
            f"M{num(x - w * 0.4)} {num(y + h * 0.9)}"
            f"Q{num(x)} {num(y - h * 0.5)} {num(x + w * 0.4)} {num(y + h * 0.9)}Z"
        )
        pen.raw(f'<path d="{d}" fill="{MOUTH}" stroke-width="{num(sw)}"/>')
    elif expression is Expression.curious:
        # a small "oh?" pursed to one side
        pen.raw(
            f'<ellipse cx="{num(x + w * 0.15)}" cy="{num(y + h * 0.3)}" rx="{num(w * 0.12)}" '
            f'ry="{num(h * 0.28)}" fill="{MOUTH}" stroke-width="{num(sw * 0.9)}"/>'
        )
    elif expression is Expression.scared:
        # a tight, wobbling open mouth
        q = w * 0.16
        d = (
            f"M{num(x - w * 0.35)} {num(y + h * 0.35)}q{num(q)} {num(-h * 0.45)} {num(2 * q)} 0"
            f"t{num(2 * q)} 0t{num(w * 0.06)} 0"
        )
        pen.raw(f'<path d="{d}" fill="none" stroke-width="{num(sw * 1.2)}"/>')
    elif expression is Expression.laughing:
        d = (
            f"M{num(x - w * 0.6)} {num(y - h * 0.2)}H{num(x + w * 0.6)}"
            f"Q{num(x + w * 0.55)} {num(y + h * 1.9)} {num(x)} {num(y + h * 1.9)}"
            f"Q{num(x - w * 0.55)} {num(y + h * 1.9)} {num(x - w * 0.6)} {num(y - h * 0.2)}Z"
        )
        pen.raw(f'<path d="{d}" fill="{MOUTH}" stroke-width="{num(sw)}"/>')
        pen.raw(
            f'<ellipse cx="{num(x)}" cy="{num(y + h * 1.35)}" rx="{num(w * 0.3)}" '
            f'ry="{num(h * 0.4)}" fill="{TONGUE}" stroke="none"/>'
        )
    elif expression is Expression.surprised:
        pen.raw(
            f'<ellipse cx="{num(x)}" cy="{num(y + h * 0.4)}" rx="{num(w * 0.22)}" '
            f'ry="{num(h * 0.6)}" fill="{MOUTH}" stroke-width="{num(sw)}"/>'
        )
    elif expression is Expression.sad:
        low = num(y + h * 0.6)
        d = f"M{num(x - w * 0.4)} {low}Q{num(x)} {num(y - h * 0.4)} {num(x + w * 0.4)} {low}"
        pen.raw(f'<path d="{d}" fill="none" stroke-width="{num(sw * 1.2)}"/>')
    elif expression is Expression.worried:
        q = w * 0.2
        d = (
            f"M{num(x - w * 0.45)} {num(y + h * 0.4)}q{num(q)} {num(-h * 0.5)} {num(2 * q)} 0"
            f"t{num(2 * q)} 0t{num(w * 0.1)} 0"
        )
        pen.raw(f'<path d="{d}" fill="none" stroke-width="{num(sw * 1.1)}"/>')
    elif expression is Expression.sleepy:
        pen.raw(
            f'<ellipse cx="{num(x)}" cy="{num(y + h * 0.35)}" rx="{num(w * 0.14)}" '
            f'ry="{num(h * 0.25)}" fill="{MOUTH}" stroke-width="{num(sw * 0.8)}"/>'
        )
    else:  # determined: a firm, confident half-smile
        d = (
            f"M{num(x - w * 0.4)} {num(y + h * 0.25)}"
            f"Q{num(x + w * 0.1)} {num(y + h * 0.55)} {num(x + w * 0.45)} {num(y)}"
        )
        pen.raw(f'<path d="{d}" fill="none" stroke-width="{num(sw * 1.3)}"/>')


def draw_cheeks(pen: Pen, eyes: Sequence[Point], size: float, expression: Expression) -> None:
    warm = (Expression.laughing, Expression.happy, Expression.proud)
    strength = "0.55" if expression in warm else "0.35"
    for x, y in eyes:
        pen.raw(
            f'<ellipse cx="{num(x)}" cy="{num(y + size * 1.45)}" rx="{num(size * 0.75)}" '
            f'ry="{num(size * 0.42)}" fill="{CHEEK}" fill-opacity="{strength}" stroke="none"/>'
        )


def sleep_marks(pen: Pen, x: float, y: float, size: float) -> None:
    """Drawn 'z's (no <text> allowed): three growing zigzags drifting up."""
    for i in range(3):
        s = size * (0.5 + 0.3 * i)
        zx, zy = x + i * size * 0.8, y - i * size * 1.1
        d = f"M{num(zx)} {num(zy)}h{num(s)}l{num(-s)} {num(s)}h{num(s)}"
        pen.raw(f'<path d="{d}" fill="none" stroke="#6a7fd0" stroke-width="{num(pen.sw * 1.2)}"/>')
