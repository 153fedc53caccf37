"""Children: the only kind with hair styles, noses and shoes."""

from __future__ import annotations

import math

from ..palette import darken
from ..spec import HairStyle, Pose
from ..svg import INK, Point, num
from .base import Biped, Ctx, Geo, Rig, head_shadow
from .faces import draw_brows, draw_cheeks, draw_eyes, draw_mouth

CHILD = Rig(
    head=(0, -70, 19),
    torso=(0, -38, 14, 16),
    shoulder=(11, -48),
    hip=(7, -23),
    arm=24,
    leg=22,
    limb=8,
    foot=(6.5, 4),
)


# An older child: a little taller, a smaller head for its body.
OLDER = Rig(
    head=(0, -86, 18.5),
    torso=(0, -51, 14.5, 19),
    shoulder=(12, -63),
    hip=(7.5, -33),
    arm=30,
    leg=32,
    limb=8.5,
    foot=(7, 4.2),
)
# A grown-up (a big brother, a teacher, a grandmother): half as tall again as a child of
# four, the head a quarter of the height instead of a third.
GROWN = Rig(
    head=(0, -120, 17.5),
    torso=(0, -74, 15.5, 27),
    shoulder=(13, -95),
    hip=(8.5, -48),
    arm=42,
    leg=47,
    limb=9.5,
    foot=(7.5, 4.5),
)


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int) -> list[Point]:
    return [
        (
            cx + r * math.cos(math.radians(a0 + (a1 - a0) * i / (n - 1))),
            cy + r * math.sin(math.radians(a0 + (a1 - a0) * i / (n - 1))),
        )
        for i in range(n)
    ]


class Child(Biped):
    def __init__(self, rig: Rig = CHILD, height: float = 95.0) -> None:
        self.rig = rig
        self.height = height

    def hat_lift(self, geo: Geo) -> float:
        return geo.head[2] * 0.08

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        """Long hair falls behind the shoulders and back, so it is drawn before the body
        (tilted with the head)."""
        if ctx.sheet.hair_style is not HairStyle.long:
            return
        hx, hy, r = geo.head
        if geo.tilt:
            ctx.pen.open(f'transform="rotate({geo.tilt:.1f} {hx:.1f} {hy + r:.1f})"')
        ctx.pen.part("hair-long")
        _long_hair(ctx, ctx.sheet.hair_color, hx, hy, r)
        if geo.tilt:
            ctx.pen.close()

    def head(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        hx, hy, r = geo.head
        hair, style = sheet.hair_color, sheet.hair_style
        pen.part("hair-back")
        _hair_back(ctx, style, hair, hx, hy, r)
        pen.part("head")
        skin = sheet.body_color
        for side in (-1, 1):
            pen.circle(hx + side * r * 0.95, hy + r * 0.12, r * 0.2, skin)
        pen.circle(hx, hy, r, skin)
        pen.shade(head_shadow(hx, hy, r), strength=0.12)
        look = ctx.look
        ex = hx + look * r * 0.12
        ey, es = hy + r * 0.18, r * 0.19
        eyes = [(ex - r * 0.38, ey), (ex + r * 0.38, ey)]
        ctx.extras.update(eye_x0=eyes[0][0], eye_x1=eyes[1][0], eye_y=ey, eye_s=es)
        draw_cheeks(pen, eyes, es, ctx.expression)
        draw_eyes(
            pen,
            ctx.expression,
            eyes,
            es,
            sheet.eye_color,
            skin,
            look,
            closed=ctx.pose is Pose.sleeping,
        )
        brow = darken(hair, 0.2) if style is not HairStyle.none else INK
        draw_brows(pen, ctx.expression, eyes, es, brow)
        nx, ny = ex + look * r * 0.08, ey + r * 0.3
        pen.raw(
            f'<path d="M{num(nx - r * 0.05)} {num(ny)}q{num(r * 0.07)} {num(r * 0.06)} '
            f'{num(r * 0.12)} 0" fill="none" stroke-width="{num(pen.sw * 0.9)}"/>'
        )
        draw_mouth(pen, ctx.expression, ex, hy + r * 0.62, r * 0.36)
        pen.part("hair-front")
        _hair_front(ctx, style, hair, hx, hy, r)


def _cap(hx: float, hy: float, r: float, fringe: list[tuple[float, float]]) -> list[Point]:
    top = _arc(hx, hy, r * 1.07, 185, 355, 9)
    return top + [(hx + fx * r, hy + fy * r) for fx, fy in fringe]


_SOFT_FRINGE = [(0.98, -0.05), (0.55, -0.42), (0.1, -0.3), (-0.4, -0.48), (-0.98, -0.05)]
_SIDE_PARTING = [
    (0.98, -0.05),
    (0.75, -0.5),
    (0.35, -0.72),
    (-0.05, -0.5),
    (-0.6, -0.3),
    (-0.98, 0.0),
]
_STRAIGHT_FRINGE = [(0.98, 0.0), (0.7, -0.3), (-0.7, -0.3), (-0.98, 0.0)]


def _hair_back(ctx: Ctx, style: HairStyle, hair: str, hx: float, hy: float, r: float) -> None:
    pen = ctx.pen
    if style is HairStyle.bob:
        pen.blob(
            [
                (hx - r * 1.15, hy - r * 0.2),
                (hx, hy - r * 1.18),
                (hx + r * 1.15, hy - r * 0.2),
                (hx + r * 1.15, hy + r * 0.75),
                (hx, hy + r * 0.85),
                (hx - r * 1.15, hy + r * 0.75),
            ],
            hair,
        )
    elif style is HairStyle.afro:
        for a in range(0, 360, 40):
            pen.circle(
                hx + r * 0.95 * math.cos(math.radians(a)),
                hy - r * 0.15 + r * 0.95 * math.sin(math.radians(a)),
                r * 0.48,
                hair,
            )
        pen.circle(hx, hy - r * 0.15, r * 1.25, hair, outline=False)
    elif style is HairStyle.ponytail:
        pen.blob(
            [
                (hx - r * 0.8, hy - r * 0.75),
                (hx - r * 1.55, hy - r * 0.55),
                (hx - r * 1.75, hy + r * 0.3),
                (hx - r * 1.45, hy + r * 0.9),
                (hx - r * 1.2, hy + r * 0.2),
                (hx - r * 0.9, hy - r * 0.2),
            ],
            hair,
        )
        pen.circle(hx - r * 0.95, hy - r * 0.55, r * 0.14, ctx.sheet.outfit_accent_color)
    elif style is HairStyle.braids:
        for side in (-1, 1):
            for i in range(4):
                pen.ellipse(
                    hx + side * r * 0.98, hy + r * 0.1 + i * r * 0.33, r * 0.19, r * 0.2, hair
                )
            pen.circle(hx + side * r * 0.98, hy + r * 1.35, r * 0.11, ctx.sheet.outfit_accent_color)
    elif style is HairStyle.bun:
        pen.circle(hx - r * 0.1, hy - r * 1.1, r * 0.42, hair)


STATURES: tuple[tuple[int, Child], ...] = (
    (2, Child(CHILD.scaled(0.85), 95.0 * 0.85)),  # up to two: a toddler
    (6, Child()),
    (11, Child(OLDER, 108.0)),
    (150, Child(GROWN, 141.0)),
)


def stature(age: int | None) -> Child:
    """The child drawer for an age: no age draws the picture-book child of four to six."""
    if age is None:
        return STATURES[1][1]
    return next(drawer for top, drawer in STATURES if age <= top)


def _long_hair(ctx: Ctx, hair: str, hx: float, hy: float, r: float) -> None:
    """Hair that falls: close round the crown, straight down past the shoulders, ending in
    locks (a wavy edge of tips, not the round rim of a hood), with strands drawn in."""
    pen = ctx.pen
    crown = _arc(hx, hy, r * 1.1, 170, 370, 11)
    tips = [
        (1.28, 2.05),
        (0.98, 1.82),
        (0.62, 2.15),
        (0.2, 1.9),
        (-0.2, 2.15),
        (-0.62, 1.9),
        (-0.98, 2.18),
        (-1.28, 1.95),
    ]
    right = [(hx + r * 1.1, hy + r * 0.35), (hx + r * 1.2, hy + r * 1.2)]
    left = [(hx - r * 1.2, hy + r * 1.2), (hx - r * 1.1, hy + r * 0.35)]
    pen.blob([*crown, *right, *((hx + x * r, hy + y * r) for x, y in tips), *left], hair)
    strand = darken(hair, 0.28)
    for side in (-1, 1):
        for k, (x0, x1) in enumerate(((1.02, 1.12), (0.82, 0.9))):
            pen.line(
                [
                    (hx + side * r * x0, hy + r * (0.45 + 0.2 * k)),
                    (hx + side * r * (x1 + 0.06), hy + r * 1.2),
                    (hx + side * r * x1, hy + r * (1.75 + 0.1 * k)),
                ],
                strand,
                pen.sw * 0.8,
                smooth=True,
            )


def _hair_front(ctx: Ctx, style: HairStyle, hair: str, hx: float, hy: float, r: float) -> None:
    pen = ctx.pen
    if style is HairStyle.none:
        pen.line(
            [(hx - r * 0.1, hy - r * 0.98), (hx, hy - r * 1.15), (hx + r * 0.15, hy - r * 1.05)],
            darken(ctx.sheet.body_color, 0.4),
            pen.sw,
            smooth=True,
        )
        return
    if style is HairStyle.curly:
        for a in range(190, 360, 24):
            pen.circle(
                hx + r * 0.95 * math.cos(math.radians(a)),
                hy + r * 0.95 * math.sin(math.radians(a)),
                r * 0.3,
                hair,
            )
        pen.blob(_cap(hx, hy, r * 0.98, _SOFT_FRINGE), hair, outline=False)
        return
    if style is HairStyle.spiky:
        pts: list[Point] = []
        for i in range(11):
            ang = math.radians(185 + i * 17)
            rr = r * (1.35 if i % 2 else 1.02)
            pts.append((hx + rr * math.cos(ang), hy + rr * math.sin(ang)))
        pen.blob(
            [*pts, (hx + r * 0.9, hy - r * 0.25), (hx - r * 0.9, hy - r * 0.25)], hair, smooth=False
        )
        return
    if style in (HairStyle.bob, HairStyle.long):
        pen.blob(
            _cap(hx, hy, r, _STRAIGHT_FRINGE if style is HairStyle.bob else _SIDE_PARTING), hair
        )
        if style is HairStyle.long:
            for side in (-1, 1):  # locks falling in front of the ears, down past the chin
                pen.blob(
                    [
                        (hx + side * r * 0.78, hy - r * 0.45),
                        (hx + side * r * 1.12, hy - r * 0.05),
                        (hx + side * r * 1.14, hy + r * 0.8),
                        (hx + side * r * 1.0, hy + r * 1.3),
                        (hx + side * r * 0.9, hy + r * 0.7),
                        (hx + side * r * 0.86, hy + r * 0.05),
                    ],
                    hair,
                )
        return
    if style is HairStyle.afro:
        pen.blob(_cap(hx, hy, r, [(0.98, -0.1), (0.5, -0.5), (-0.5, -0.5), (-0.98, -0.1)]), hair)
        return
    pen.blob(_cap(hx, hy, r, _SOFT_FRINGE), hair)
    if style is HairStyle.bun:
        pen.circle(hx - r * 0.1, hy - r * 0.92, r * 0.12, ctx.sheet.outfit_accent_color)
