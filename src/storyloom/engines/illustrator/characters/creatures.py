"""Owls and dragons: wings, tufts, beaks, horns and spiky tails."""

from __future__ import annotations

import math

from ..palette import darken, lighten
from ..spec import Kind, Pose
from ..svg import INK, Point, num
from . import accessories, outfits
from .base import Biped, Ctx, Figure, Geo, Rig, head_shadow
from .faces import draw_brows, draw_cheeks, draw_eyes, draw_mouth, sleep_marks

BEAK = "#f2a23a"
HORN = "#fbe7b5"


class Owl:
    """An egg-shaped owl whose body and head are one; wings do what arms do."""

    kind = Kind.owl
    height = 52.0

    def figure(self, ctx: Ctx) -> Figure:
        pen, sheet = ctx.pen, ctx.sheet
        seated = ctx.pose in (Pose.sitting, Pose.sleeping)
        squash = 0.92 if seated else 1.0
        bx, by, brx, bry = 0.0, -24.0 * squash, 19.0, 24.0 * squash
        hx, hy, hr = 0.0, by - bry * 0.35, 16.0
        look = ctx.look
        geo = Geo(
            rig=Rig((hx, hy, hr), (bx, by, brx, bry), (brx, by), (6, -6), 12, 4, 6, (4, 2)),
            dy=0.0,
            head=(hx, hy, hr),
            tilt=0.0,
            arms=([(-brx * 0.8, by - bry * 0.2)], [(brx * 0.8, by - bry * 0.2)]),
            legs=([], []),
            torso=(bx, by + bry * 0.35, brx * 0.8, bry * 0.55),
        )
        accessories.draw_behind(ctx, geo)
        pen.part("feet")
        for side in (-1, 1):
            fx = side * 6.5
            pen.path(
                f"M{num(fx - 3)} {num(-2)}l-1.5 2.5M{num(fx)} -2.5v3M{num(fx + 3)} -2l1.5 2.5",
                "none",
                extra=f' stroke="{BEAK}" stroke-width="{num(pen.sw * 1.4)}"',
            )
        # the sheet's outfit becomes a little vest: same colours, sized for an owl
        pen.part("tufts")
        for side in (-1, 1):
            pen.blob(
                [
                    (side * 8.0, by - bry * 0.8),
                    (side * 17.0, by - bry * 1.18),
                    (side * 15.0, by - bry * 0.55),
                ],
                sheet.body_color,
                smooth=False,
            )
        pen.part("body")
        pen.blob(_egg(bx, by, brx, bry), sheet.body_color)
        pen.ellipse(
            bx + look * 1.5,
            by + bry * 0.38,
            brx * 0.6,
            bry * 0.5,
            lighten(sheet.accent_color, 0.25),
            outline=False,
        )
        for row in range(2):
            for i in range(3 - row):
                sx = bx + look * 1.5 + (i - (2 - row) / 2) * 6.0
                sy = by + bry * 0.25 + row * 6.0
                pen.raw(
                    f'<path d="M{num(sx - 2.2)} {num(sy)}q2.2 2.6 4.4 0" fill="none" '
                    f'stroke="{darken(sheet.accent_color, 0.3)}" stroke-width="{num(pen.sw * 0.7)}"'
                    f"/>"
                )
        if sheet.outfit is not outfits.Outfit.none:
            pen.blob(
                [
                    (bx - brx * 0.98, by + bry * 0.05),
                    (bx - brx * 0.45, by + bry * 0.2),
                    (bx - brx * 0.5, by + bry * 0.8),
                    (bx - brx * 0.8, by + bry * 0.55),
                ],
                sheet.outfit_color,
            )
            pen.blob(
                [
                    (bx + brx * 0.98, by + bry * 0.05),
                    (bx + brx * 0.45, by + bry * 0.2),
                    (bx + brx * 0.5, by + bry * 0.8),
                    (bx + brx * 0.8, by + bry * 0.55),
                ],
                sheet.outfit_color,
            )
        pen.shade(head_shadow(bx, by, brx), strength=0.12)
        hands = self._wings(ctx, bx, by, brx, bry)
        accessories.draw_neck(ctx, geo)
        pen.part("face")
        fx = hx + look * 2.0
        for side in (-1, 1):
            pen.circle(fx + side * hr * 0.45, hy, hr * 0.5, sheet.accent_color, outline=False)
        eyes = [(fx - hr * 0.45, hy + 0.5), (fx + hr * 0.45, hy + 0.5)]
        es = hr * 0.27
        ctx.extras.update(eye_x0=eyes[0][0], eye_x1=eyes[1][0], eye_y=hy + 0.5, eye_s=es)
        draw_cheeks(pen, eyes, es * 0.8, ctx.expression)
        draw_eyes(
            pen,
            ctx.expression,
            eyes,
            es,
            sheet.eye_color,
            sheet.accent_color,
            look,
            closed=ctx.pose is Pose.sleeping,
        )
        draw_brows(pen, ctx.expression, eyes, es * 0.9, darken(sheet.body_color, 0.5))
        pen.blob([(fx - 2.6, hy + 4.5), (fx + 2.6, hy + 4.5), (fx, hy + 9.5)], BEAK)
        if ctx.expression.value in ("laughing", "surprised"):
            draw_mouth(pen, ctx.expression, fx, hy + 10.5, hr * 0.3)
        accessories.draw_head(ctx, geo, 2.0)
        if ctx.pose is Pose.sleeping:
            sleep_marks(pen, hx + hr, hy - hr, 5.0)
        return Figure(
            pen.text(),
            (hx, hy, hr),
            hands,
            0 if ctx.pose is Pose.waving else 1,
            self.height,
            brx * 1.2,
        )

    def _wings(self, ctx: Ctx, bx: float, by: float, brx: float, bry: float) -> tuple[Point, Point]:
        pen = ctx.pen
        color = darken(ctx.sheet.body_color, 0.18)
        angle = {Pose.waving: -125.0, Pose.pointing: -80.0, Pose.running: -40.0}.get(ctx.pose, -8.0)
        hands: list[Point] = []
        for side in (-1, 1):
            a = angle if side == 1 else (-40.0 if ctx.pose is Pose.running else -8.0)
            sx, sy = bx + side * brx * 0.85, by - bry * 0.15
            length = bry * 0.95
            rad = math.radians(90 + a)
            tip = (sx + side * math.cos(rad) * length * 0.35, sy + math.sin(rad) * length)
            if side == 1 and ctx.pose in (Pose.pointing, Pose.waving):
                tip = (
                    sx + math.cos(math.radians(a)) * length,
                    sy + math.sin(math.radians(a)) * length,
                )
            mid = ((sx + tip[0]) / 2, (sy + tip[1]) / 2)
            nx, ny = -(tip[1] - sy), tip[0] - sx
            norm = math.hypot(nx, ny) or 1.0
            w = 5.5 * side
            pen.part(f"wing{side}")
            pen.blob(
                [
                    (sx, sy),
                    (mid[0] + nx / norm * w, mid[1] + ny / norm * w),
                    tip,
                    (mid[0] - nx / norm * w * 0.4, mid[1] - ny / norm * w * 0.4),
                ],
                color,
            )
            hands.append(tip)
        return hands[0], hands[1]


def _egg(cx: float, cy: float, rx: float, ry: float) -> list[Point]:
    pts: list[Point] = []
    for i in range(12):
        a = 2 * math.pi * i / 12
        s = math.sin(a)
        # narrower at the top, fuller at the bottom
        k = 1.0 + 0.12 * s
        pts.append((cx + rx * k * math.cos(a), cy + ry * s))
    return pts


DRAGON = Rig(
    head=(0, -62, 18),
    torso=(0, -31, 15, 17),
    shoulder=(11, -41),
    hip=(8, -16),
    arm=16,
    leg=15,
    limb=9,
    foot=(7, 4),
)


class Dragon(Biped):
    kind = Kind.dragon
    rig = DRAGON
    height = 100.0

    def torso(self, ctx: Ctx, geo: Geo) -> None:
        super().torso(ctx, geo)
        cx, cy, rx, ry = geo.torso
        line = darken(ctx.sheet.accent_color, 0.25)
        for k in (-0.25, 0.15, 0.5):
            half = rx * 0.5 * math.sqrt(max(0.0, 1 - k * k))
            y = cy + ry * 0.2 + k * ry * 0.68
            ctx.pen.raw(
                f'<path d="M{num(cx + rx * 0.1 - half)} {num(y)}h{num(2 * half)}" '
                f'fill="none" stroke="{line}" stroke-width="{num(ctx.pen.sw * 0.7)}"/>'
            )

    def behind(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        cx, cy, rx, ry = geo.torso
        pen.part("wings")
        for side in (-1, 1):
            root = (cx + side * rx * 0.4, cy - ry * 0.7)
            pts = [
                root,
                (cx + side * rx * 2.0, cy - ry * 2.1),
                (cx + side * rx * 2.3, cy - ry * 0.9),
                (cx + side * rx * 1.7, cy - ry * 0.95),
                (cx + side * rx * 1.5, cy - ry * 0.2),
                (cx + side * rx * 1.0, cy - ry * 0.55),
            ]
            pen.blob(pts, sheet.accent_color, smooth=False)
            pen.line([root, pts[1]], sheet.body_color, rx * 0.22)
        pen.part("tail")
        tail = [
            (cx - rx * 0.5, cy + ry * 0.6),
            (cx - rx * 1.5, cy + ry * 1.2),
            (cx - rx * 2.4, cy + ry * 0.9),
            (cx - rx * 2.8, cy + ry * 0.2),
        ]
        pen.line(tail, INK, rx * 0.55 + 2 * pen.sw, smooth=True)
        pen.line(tail, sheet.body_color, rx * 0.55, smooth=True)
        tx, ty = tail[-1]
        pen.blob(
            [
                (tx - rx * 0.3, ty + ry * 0.1),
                (tx - rx * 0.2, ty - ry * 0.55),
                (tx + rx * 0.35, ty - ry * 0.05),
            ],
            sheet.accent_color,
            smooth=False,
        )

    def hat_lift(self, geo: Geo) -> float:
        return geo.head[2] * 0.1

    def head(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        hx, hy, r = geo.head
        look = ctx.look
        pen.part("horns")
        for side in (-1, 1):
            pen.blob(
                [
                    (hx + side * r * 0.35, hy - r * 0.8),
                    (hx + side * r * 0.62, hy - r * 1.45),
                    (hx + side * r * 0.75, hy - r * 0.68),
                ],
                HORN,
                smooth=False,
            )
        for i, dx in enumerate((-0.75, -0.95)):
            pen.blob(
                [
                    (hx + dx * r, hy - r * (0.6 - 0.35 * i)),
                    (hx + (dx - 0.38) * r, hy - r * (0.55 - 0.35 * i)),
                    (hx + (dx - 0.05) * r, hy - r * (0.2 - 0.35 * i)),
                ],
                sheet.accent_color,
                smooth=False,
            )
        pen.part("head")
        pen.circle(hx, hy, r, sheet.body_color)
        sx, sy = hx + look * r * 0.3, hy + r * 0.5
        pen.ellipse(sx, sy, r * 0.62, r * 0.42, lighten(sheet.body_color, 0.18))
        pen.shade(head_shadow(hx, hy, r), strength=0.12)
        for side in (-1, 1):
            pen.ellipse(
                sx + side * r * 0.2,
                sy - r * 0.12,
                r * 0.06,
                r * 0.05,
                darken(sheet.body_color, 0.5),
                outline=False,
            )
        ex = hx + look * r * 0.12
        ey, es = hy - r * 0.12, r * 0.21
        eyes = [(ex - r * 0.4, ey), (ex + r * 0.4, ey)]
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
        draw_mouth(pen, ctx.expression, sx, sy + r * 0.08, r * 0.42)
        if ctx.expression.value in ("happy", "determined"):
            pen.blob(
                [
                    (sx + r * 0.1, sy + r * 0.15),
                    (sx + r * 0.2, sy + r * 0.15),
                    (sx + r * 0.15, sy + r * 0.28),
                ],
                "#ffffff",
                smooth=False,
            )

    def half_width(self, geo: Geo) -> float:
        return geo.torso[2] * 2.4
