"""Furry animals drawn upright, picture-book style: cat, dog, bear, rabbit and fox.

They share one small round body; ears, snout and tail make each one recognisable.
"""

from __future__ import annotations

from abc import abstractmethod

from ..palette import darken, lighten, mix
from ..spec import Kind, Pose
from ..svg import INK, num
from .base import Biped, Ctx, Geo, Rig, head_shadow
from .faces import draw_brows, draw_cheeks, draw_eyes, draw_mouth

SMALL = Rig(
    head=(0, -45, 17),
    torso=(0, -19, 13, 14),
    shoulder=(9.5, -26),
    hip=(6, -8),
    arm=13,
    leg=8,
    limb=7,
    foot=(5.5, 3.5),
)
NOSE = "#3a2430"
PINK = "#f5a3b5"


class Animal(Biped):
    kind: Kind
    muzzle_scale = 1.0
    nose_scale = 1.0

    def __init__(self, scale: float, height: float) -> None:
        self.rig = SMALL.scaled(scale)
        self.height = height

    @abstractmethod
    def ears(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        """Each kind draws its own."""

    def head(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        hx, hy, r = geo.head
        pen.part("ears")
        self.ears(ctx, hx, hy, r)
        pen.part("head")
        pen.circle(hx, hy, r, sheet.body_color)
        self.markings(ctx, hx, hy, r)
        pen.shade(head_shadow(hx, hy, r), strength=0.12)
        look = ctx.look
        mx, my = hx + look * r * 0.16, hy + r * 0.5
        m = self.muzzle_scale
        pen.ellipse(mx, my, r * 0.42 * m, r * 0.3 * m, sheet.accent_color, outline=False)
        ex = hx + look * r * 0.1
        ey, es = hy - r * 0.02, r * 0.2
        eyes = [(ex - r * 0.42, ey), (ex + r * 0.42, ey)]
        ctx.extras.update(eye_x0=eyes[0][0], eye_x1=eyes[1][0], eye_y=ey, eye_s=es)
        draw_cheeks(pen, eyes, es, ctx.expression)
        draw_eyes(
            pen,
            ctx.expression,
            eyes,
            es,
            sheet.eye_color,
            sheet.body_color,
            look,
            closed=ctx.pose is Pose.sleeping,
        )
        draw_brows(pen, ctx.expression, eyes, es, darken(sheet.body_color, 0.55))
        ns = self.nose_scale
        pen.ellipse(
            mx, my - r * 0.12, r * 0.13 * ns, r * 0.09 * ns, self.nose_color(ctx), outline=False
        )
        pen.raw(
            f'<circle cx="{num(mx - r * 0.04)}" cy="{num(my - r * 0.15)}" r="{num(r * 0.035)}" '
            f'fill="#ffffff" stroke="none" fill-opacity="0.8"/>'
        )
        draw_mouth(pen, ctx.expression, mx, my + r * 0.05, r * 0.3)
        self.face_extra(ctx, mx, my, r)

    def nose_color(self, ctx: Ctx) -> str:
        return NOSE

    def markings(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        """Fur patterns painted on the head, before the face."""

    def face_extra(self, ctx: Ctx, mx: float, my: float, r: float) -> None:
        """Whiskers, teeth: drawn last on the face."""


class Cat(Animal):
    kind = Kind.cat
    muzzle_scale = 0.8
    nose_scale = 0.8

    def nose_color(self, ctx: Ctx) -> str:
        return "#e86a8a"

    def ears(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        for side in (-1, 1):
            base = [
                (hx + side * r * 0.95, hy - r * 0.2),
                (hx + side * r * 0.82, hy - r * 1.3),
                (hx + side * r * 0.2, hy - r * 0.85),
            ]
            ctx.pen.blob(base, ctx.sheet.body_color, smooth=False)
            inner = [
                (hx + side * r * 0.8, hy - r * 0.45),
                (hx + side * r * 0.76, hy - r * 1.08),
                (hx + side * r * 0.38, hy - r * 0.8),
            ]
            ctx.pen.blob(inner, PINK, outline=False, smooth=False)

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        ctx.pen.part("tail")
        cx, cy, rx, ry = geo.torso
        pts = [
            (cx - rx * 0.6, cy + ry * 0.7),
            (cx - rx * 1.6, cy + ry * 0.4),
            (cx - rx * 1.9, cy - ry * 0.6),
            (cx - rx * 1.5, cy - ry * 1.3),
        ]
        w = geo.rig.limb * 0.8
        ctx.pen.line(pts, INK, w + 2 * ctx.pen.sw, smooth=True)
        ctx.pen.line(pts, ctx.sheet.body_color, w, smooth=True)

    def markings(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        color = darken(ctx.sheet.body_color, 0.18)
        for dx in (-0.22, 0.0, 0.22):
            ctx.pen.line(
                [(hx + dx * r, hy - r * 0.98), (hx + dx * r * 0.9, hy - r * 0.7)], color, r * 0.09
            )

    def face_extra(self, ctx: Ctx, mx: float, my: float, r: float) -> None:
        for side in (-1, 1):
            for dy in (-0.05, 0.1):
                ctx.pen.raw(
                    f'<path d="M{num(mx + side * r * 0.3)} {num(my + dy * r)}'
                    f'l{num(side * r * 0.55)} {num(dy * r * 2 - r * 0.04)}" fill="none" '
                    f'stroke-width="{num(ctx.pen.sw * 0.6)}"/>'
                )


class Dog(Animal):
    kind = Kind.dog
    muzzle_scale = 1.25
    nose_scale = 1.4

    def ears(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        """Floppy ears hang in front of the head, so `head` draws them last."""

    def head(self, ctx: Ctx, geo: Geo) -> None:
        super().head(ctx, geo)
        hx, hy, r = geo.head
        ctx.pen.part("floppy")
        color = darken(ctx.sheet.body_color, 0.28)
        # floppy ears are drawn over the head, hanging from its top corners
        for side in (-1, 1):
            ctx.pen.ellipse(
                hx + side * r * 0.9, hy - r * 0.05, r * 0.3, r * 0.62, color, rot=side * -18
            )

    def markings(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        ctx.pen.ellipse(
            hx + r * 0.42,
            hy - r * 0.05,
            r * 0.32,
            r * 0.36,
            lighten(ctx.sheet.accent_color, 0.1),
            outline=False,
        )

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        ctx.pen.part("tail")
        cx, cy, rx, ry = geo.torso
        pts = [
            (cx - rx * 0.7, cy + ry * 0.3),
            (cx - rx * 1.35, cy - ry * 0.25),
            (cx - rx * 1.45, cy - ry * 0.95),
        ]
        w = geo.rig.limb * 0.75
        ctx.pen.line(pts, INK, w + 2 * ctx.pen.sw, smooth=True)
        ctx.pen.line(pts, ctx.sheet.body_color, w, smooth=True)

    def face_extra(self, ctx: Ctx, mx: float, my: float, r: float) -> None:
        if ctx.expression.value in ("happy", "laughing"):
            ctx.pen.ellipse(
                mx + r * 0.05, my + r * 0.32, r * 0.1, r * 0.14, "#ff7b8a", outline=True
            )


class Bear(Animal):
    kind = Kind.bear
    muzzle_scale = 1.15
    nose_scale = 1.5

    def ears(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        for side in (-1, 1):
            ctx.pen.circle(hx + side * r * 0.72, hy - r * 0.72, r * 0.32, ctx.sheet.body_color)
            ctx.pen.circle(
                hx + side * r * 0.72, hy - r * 0.72, r * 0.17, ctx.sheet.accent_color, outline=False
            )

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        cx, cy, rx, ry = geo.torso
        ctx.pen.circle(cx - rx * 0.92, cy + ry * 0.45, rx * 0.25, ctx.sheet.body_color)

    def half_width(self, geo: Geo) -> float:
        return geo.torso[2] * 1.3


class Rabbit(Animal):
    kind = Kind.rabbit
    muzzle_scale = 0.85
    nose_scale = 0.8

    def nose_color(self, ctx: Ctx) -> str:
        return "#e86a8a"

    def ears(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        for side, rot in ((-1, -10), (1, 12)):
            ctx.pen.ellipse(
                hx + side * r * 0.42,
                hy - r * 1.45,
                r * 0.26,
                r * 0.78,
                ctx.sheet.body_color,
                rot=rot,
            )
            ctx.pen.ellipse(
                hx + side * r * 0.42,
                hy - r * 1.42,
                r * 0.13,
                r * 0.58,
                PINK,
                outline=False,
                rot=rot,
            )

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        cx, cy, rx, ry = geo.torso
        ctx.pen.circle(
            cx - rx * 0.95, cy + ry * 0.5, rx * 0.42, mix(ctx.sheet.accent_color, "#ffffff", 0.5)
        )

    def face_extra(self, ctx: Ctx, mx: float, my: float, r: float) -> None:
        if ctx.expression.value not in ("surprised", "laughing"):
            ctx.pen.raw(
                f'<rect x="{num(mx - r * 0.1)}" y="{num(my + r * 0.16)}" width="{num(r * 0.2)}" '
                f'height="{num(r * 0.16)}" rx="{num(r * 0.03)}" fill="#ffffff" '
                f'stroke-width="{num(ctx.pen.sw * 0.6)}"/>'
            )


class Fox(Animal):
    kind = Kind.fox
    muzzle_scale = 0.75

    def ears(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        tip = darken(ctx.sheet.body_color, 0.55)
        for side in (-1, 1):
            base = [
                (hx + side * r * 0.98, hy - r * 0.15),
                (hx + side * r * 0.9, hy - r * 1.45),
                (hx + side * r * 0.15, hy - r * 0.85),
            ]
            ctx.pen.blob(base, ctx.sheet.body_color, smooth=False)
            ctx.pen.blob(
                [
                    (hx + side * r * 0.92, hy - r * 1.05),
                    (hx + side * r * 0.9, hy - r * 1.45),
                    (hx + side * r * 0.62, hy - r * 1.2),
                ],
                tip,
                outline=False,
                smooth=False,
            )
            inner = [
                (hx + side * r * 0.8, hy - r * 0.45),
                (hx + side * r * 0.82, hy - r * 1.05),
                (hx + side * r * 0.4, hy - r * 0.8),
            ]
            ctx.pen.blob(inner, ctx.sheet.accent_color, outline=False, smooth=False)

    def markings(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        # the white cheek mask that makes a fox a fox
        ctx.pen.blob(
            [
                (hx - r * 0.98, hy + r * 0.05),
                (hx - r * 0.3, hy + r * 0.25),
                (hx, hy + r * 0.1),
                (hx + r * 0.3, hy + r * 0.25),
                (hx + r * 0.98, hy + r * 0.05),
                (hx + r * 0.6, hy + r * 0.8),
                (hx, hy + r * 0.98),
                (hx - r * 0.6, hy + r * 0.8),
            ],
            ctx.sheet.accent_color,
            outline=False,
        )

    def foot_color(self, ctx: Ctx) -> str:
        return darken(ctx.sheet.body_color, 0.6)

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        ctx.pen.part("tail")
        cx, cy, rx, ry = geo.torso
        pen = ctx.pen
        pen.blob(
            [
                (cx - rx * 0.5, cy + ry * 0.8),
                (cx - rx * 1.6, cy + ry * 0.7),
                (cx - rx * 2.4, cy - ry * 0.2),
                (cx - rx * 2.3, cy - ry * 1.4),
                (cx - rx * 1.6, cy - ry * 0.9),
                (cx - rx * 0.7, cy + ry * 0.1),
            ],
            ctx.sheet.body_color,
        )
        pen.blob(
            [
                (cx - rx * 2.05, cy - ry * 0.7),
                (cx - rx * 2.4, cy - ry * 0.3),
                (cx - rx * 2.55, cy - ry * 1.0),
                (cx - rx * 2.3, cy - ry * 1.4),
                (cx - rx * 1.9, cy - ry * 1.1),
            ],
            ctx.sheet.accent_color,
        )

    def half_width(self, geo: Geo) -> float:
        return geo.torso[2] * 2.0


ANIMALS: dict[Kind, Animal] = {
    Kind.cat: Cat(0.95, 60.0),
    Kind.dog: Dog(1.05, 66.0),
    Kind.bear: Bear(1.75, 112.0),
    Kind.rabbit: Rabbit(0.92, 74.0),
    Kind.fox: Fox(1.0, 66.0),
}
