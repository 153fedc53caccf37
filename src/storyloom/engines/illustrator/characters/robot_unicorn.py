"""The robot (boxy, antenna, screen face) and the unicorn (four legs, mane, horn)."""

from __future__ import annotations

from ..palette import GOLD, darken, lighten, mix
from ..spec import Kind, Pose
from ..svg import Point, num
from . import accessories, outfits
from .base import Biped, Ctx, Figure, Geo, Rig
from .faces import draw_brows, draw_cheeks, draw_eyes, draw_mouth, sleep_marks

ROBOT = Rig(
    head=(0, -66, 18),
    torso=(0, -35, 16, 15),
    shoulder=(15, -44),
    hip=(8, -20),
    arm=20,
    leg=20,
    limb=6,
    foot=(7.5, 4),
)


class Robot(Biped):
    kind = Kind.robot
    rig = ROBOT
    height = 92.0

    def limb_color(self, ctx: Ctx) -> str:
        return mix(ctx.sheet.body_color, "#8a93a6", 0.45)

    def foot_color(self, ctx: Ctx) -> str:
        return darken(ctx.sheet.body_color, 0.3)

    def torso(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        cx, cy, rx, ry = geo.torso
        pen.part("chassis")
        pen.blob(_rounded_box(cx, cy, rx, ry, 0.25), sheet.body_color, smooth=False)
        pen.raw(
            f'<rect x="{num(cx - rx * 0.6)}" y="{num(cy - ry * 0.55)}" width="{num(rx * 1.2)}" '
            f'height="{num(ry * 0.9)}" rx="{num(rx * 0.15)}" fill="{sheet.accent_color}"/>'
        )
        for i, color in enumerate(("#ff5d5d", "#ffd23f", "#4cd67a")):
            pen.circle(cx - rx * 0.32 + i * rx * 0.32, cy - ry * 0.2, rx * 0.11, color)
        pen.line(
            [(cx - rx * 0.35, cy + ry * 0.15), (cx + rx * 0.35, cy + ry * 0.15)],
            darken(sheet.accent_color, 0.4),
            ry * 0.06,
        )
        pen.shade(
            [
                (cx + rx * 0.7, cy - ry),
                (cx + rx, cy - ry),
                (cx + rx, cy + ry),
                (cx + rx * 0.7, cy + ry),
            ],
            smooth=False,
        )

    def hat_lift(self, geo: Geo) -> float:
        return 0.0

    def head(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        hx, hy, r = geo.head
        pen.part("antenna")
        pen.line(
            [(hx, hy - r * 0.9), (hx, hy - r * 1.45)], darken(sheet.body_color, 0.35), r * 0.09
        )
        pen.circle(hx, hy - r * 1.5, r * 0.17, sheet.accent_color)
        pen.part("head")
        for side in (-1, 1):
            pen.raw(
                f'<rect x="{num(hx + side * r * 1.02 - r * 0.14)}" y="{num(hy - r * 0.25)}" '
                f'width="{num(r * 0.28)}" height="{num(r * 0.5)}" rx="{num(r * 0.08)}" '
                f'fill="{darken(sheet.body_color, 0.2)}"/>'
            )
        pen.blob(_rounded_box(hx, hy, r * 1.0, r * 0.92, 0.3), sheet.body_color, smooth=False)
        look = ctx.look
        sx = hx + look * r * 0.08
        pen.raw(
            f'<rect x="{num(sx - r * 0.78)}" y="{num(hy - r * 0.62)}" width="{num(r * 1.56)}" '
            f'height="{num(r * 1.24)}" rx="{num(r * 0.3)}" '
            f'fill="{lighten(sheet.accent_color, 0.55)}"/>'
        )
        ex, ey, es = sx + look * r * 0.06, hy - r * 0.08, r * 0.21
        eyes = [(ex - r * 0.36, ey), (ex + r * 0.36, ey)]
        ctx.extras.update(eye_x0=eyes[0][0], eye_x1=eyes[1][0], eye_y=ey, eye_s=es)
        draw_cheeks(pen, eyes, es * 0.85, ctx.expression)
        draw_eyes(
            pen,
            ctx.expression,
            eyes,
            es,
            sheet.eye_color,
            lighten(sheet.accent_color, 0.55),
            look,
            closed=ctx.pose is Pose.sleeping,
        )
        draw_brows(pen, ctx.expression, eyes, es * 0.85)
        draw_mouth(pen, ctx.expression, ex, hy + r * 0.3, r * 0.36)
        pen.shade(
            [
                (hx + r * 0.8, hy - r * 0.9),
                (hx + r, hy - r * 0.9),
                (hx + r, hy + r * 0.9),
                (hx + r * 0.8, hy + r * 0.9),
            ],
            smooth=False,
            strength=0.12,
        )


def _rounded_box(cx: float, cy: float, rx: float, ry: float, k: float) -> list[Point]:
    cut = min(rx, ry) * k
    return [
        (cx - rx + cut, cy - ry),
        (cx + rx - cut, cy - ry),
        (cx + rx, cy - ry + cut),
        (cx + rx, cy + ry - cut),
        (cx + rx - cut, cy + ry),
        (cx - rx + cut, cy + ry),
        (cx - rx, cy + ry - cut),
        (cx - rx, cy - ry + cut),
    ]


class Unicorn:
    """A chubby four-legged pony with a golden horn, drawn in profile facing right."""

    kind = Kind.unicorn
    height = 96.0

    def figure(self, ctx: Ctx) -> Figure:
        pen, sheet = ctx.pen, ctx.sheet
        body, mane = sheet.body_color, sheet.accent_color
        seated = ctx.pose in (Pose.sitting, Pose.sleeping)
        lift = 14.0 if seated else 0.0
        bx, by, brx, bry = -4.0, -40.0 + lift, 27.0, 17.0
        hx, hy, hr = 22.0, -70.0 + lift, 19.0
        hoof = darken(mane, 0.25)
        limb = 9.0
        legs = self._legs(ctx.pose, bx, by, bry, limb)
        geo = Geo(
            rig=Rig(
                (hx, hy, hr),
                (bx, by, brx, bry),
                (brx * 0.5, by),
                (brx * 0.5, by),
                20,
                26,
                limb,
                (5, 4),
            ),
            dy=0.0,
            head=(hx, hy, hr),
            tilt=12.0 if ctx.pose is Pose.sleeping else 0.0,
            arms=([(bx - brx * 0.3, by - bry)], [(bx + brx * 0.3, by - bry)]),
            legs=([], []),
            torso=(bx + 4, by - 2, brx * 0.5, bry),
        )
        pen.part("tail")
        pen.blob(
            [
                (bx - brx * 0.9, by - bry * 0.4),
                (bx - brx * 1.5, by - bry * 0.3),
                (bx - brx * 1.75, by + bry * 0.9),
                (bx - brx * 1.3, by + bry * 1.6),
                (bx - brx * 1.2, by + bry * 0.6),
                (bx - brx * 0.95, by + bry * 0.1),
            ],
            mane,
        )
        for i, leg in enumerate(legs[:2]):
            pen.part(f"backleg{i}")
            pen.limb(leg, darken(body, 0.08), limb)
            pen.ellipse(leg[-1][0] + 1, leg[-1][1] - 1.5, limb * 0.6, 3.2, hoof)
        accessories.draw_behind(ctx, geo)
        pen.part("body")
        pen.ellipse(bx, by, brx, bry, body)
        pen.ellipse(
            bx + 2, by + bry * 0.35, brx * 0.65, bry * 0.45, lighten(body, 0.35), outline=False
        )
        if sheet.outfit is not outfits.Outfit.none:
            pen.blob(
                [
                    (bx - brx * 0.45, by - bry * 0.95),
                    (bx + brx * 0.35, by - bry * 0.95),
                    (bx + brx * 0.4, by + bry * 0.3),
                    (bx - brx * 0.5, by + bry * 0.3),
                ],
                sheet.outfit_color,
            )
            pen.line(
                [(bx - brx * 0.47, by + bry * 0.12), (bx + brx * 0.38, by + bry * 0.12)],
                sheet.outfit_accent_color,
                bry * 0.15,
            )
        pen.shade(
            [
                (bx - brx * 0.6, by + bry * 0.5),
                (bx + brx * 0.6, by + bry * 0.55),
                (bx + brx * 0.3, by + bry * 0.98),
                (bx - brx * 0.4, by + bry * 0.95),
            ]
        )
        for i, leg in enumerate(legs[2:]):
            pen.part(f"frontleg{i}")
            pen.limb(leg, body, limb)
            pen.ellipse(leg[-1][0] + 1, leg[-1][1] - 1.5, limb * 0.6, 3.2, hoof)
        pen.part("neck")
        pen.blob(
            [
                (bx + brx * 0.45, by - bry * 0.7),
                (hx - hr * 0.55, hy + hr * 0.3),
                (hx + hr * 0.2, hy + hr * 0.6),
                (bx + brx * 0.85, by - bry * 0.1),
            ],
            body,
            outline=False,
        )
        accessories.draw_neck(ctx, geo)
        if geo.tilt:
            pen.open(f'transform="rotate({geo.tilt:.1f} {hx:.1f} {hy + hr:.1f})"')
        self._head(ctx, hx, hy, hr)
        accessories.draw_head(ctx, geo, hr * 0.1)
        if geo.tilt:
            pen.close()
        if ctx.pose is Pose.sleeping:
            sleep_marks(pen, hx + hr * 1.2, hy - hr, 6.0)
        front = legs[3][-1]
        hands = (legs[2][-1], front)
        return Figure(pen.text(), (hx, hy, hr), hands, 1, self.height, brx * 1.6)

    def _legs(self, pose: Pose, bx: float, by: float, bry: float, limb: float) -> list[list[Point]]:
        top = by + bry * 0.5
        xs = (bx - 18, bx - 8, bx + 8, bx + 17)
        if pose in (Pose.sitting, Pose.sleeping):
            g = -limb / 2
            return [
                [(xs[0], top), (xs[0] + 10, g)],
                [(xs[1], top), (xs[1] + 10, g)],
                [(xs[2], top), (xs[2] + 12, g)],
                [(xs[3], top), (xs[3] + 12, g)],
            ]
        legs = [[(x, top), (x, 0.0)] for x in xs]
        if pose is Pose.running:
            legs = [
                [(xs[0], top), (xs[0] - 12, -2.0)],
                [(xs[1], top), (xs[1] - 4, 0.0)],
                [(xs[2], top), (xs[2] + 6, 0.0)],
                [(xs[3], top), (xs[3] + 10, -10.0), (xs[3] + 15, -6.0)],
            ]
        elif pose is Pose.waving:
            legs[3] = [(xs[3], top), (xs[3] + 9, top - 4), (xs[3] + 13, top - 14)]
        elif pose is Pose.pointing:
            legs[3] = [(xs[3], top), (xs[3] + 13, top + 4), (xs[3] + 22, top + 4)]
        return legs

    def _head(self, ctx: Ctx, hx: float, hy: float, r: float) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        body, mane = sheet.body_color, sheet.accent_color
        pen.part("ears")
        pen.blob(
            [
                (hx - r * 0.55, hy - r * 0.7),
                (hx - r * 0.45, hy - r * 1.35),
                (hx - r * 0.05, hy - r * 0.88),
            ],
            body,
            smooth=False,
        )
        pen.part("horn")
        base = (hx + r * 0.2, hy - r * 0.88)
        tip = (hx + r * 0.55, hy - r * 2.0)
        pen.blob(
            [(base[0] - r * 0.2, base[1]), tip, (base[0] + r * 0.22, base[1] + r * 0.05)],
            GOLD,
            smooth=False,
        )
        for t in (0.3, 0.55):
            y = base[1] + (tip[1] - base[1]) * t
            x = base[0] + (tip[0] - base[0]) * t
            w = r * 0.2 * (1 - t)
            pen.raw(
                f'<path d="M{num(x - w)} {num(y + w * 0.4)}L{num(x + w)} '
                f'{num(y - w * 0.4)}" fill="none" stroke-width="{num(pen.sw * 0.7)}"/>'
            )
        pen.part("head")
        pen.circle(hx, hy, r, body)
        look = ctx.look
        mx, my = hx + r * 0.55 + look * r * 0.1, hy + r * 0.45
        pen.ellipse(mx, my, r * 0.52, r * 0.4, lighten(body, 0.35))
        pen.circle(mx + r * 0.28, my - r * 0.05, r * 0.05, darken(body, 0.6), outline=False)
        pen.part("mane")
        for i, (dx, dy, rr) in enumerate(
            (
                (-0.85, -0.55, 0.42),
                (-0.55, -0.95, 0.38),
                (-1.05, 0.05, 0.4),
                (-1.0, 0.6, 0.36),
                (-0.1, -1.0, 0.3),
            )
        ):
            pen.ellipse(
                hx + dx * r,
                hy + dy * r,
                rr * r,
                rr * r * 0.85,
                mane if i % 2 == 0 else lighten(mane, 0.25),
            )
        ex = hx + r * 0.15 + look * r * 0.05
        ey, es = hy - r * 0.05, r * 0.2
        eyes = [(ex - r * 0.32, ey), (ex + r * 0.3, ey)]
        ctx.extras.update(eye_x0=eyes[0][0], eye_x1=eyes[1][0], eye_y=ey, eye_s=es)
        draw_cheeks(pen, eyes, es, ctx.expression)
        draw_eyes(
            pen,
            ctx.expression,
            eyes,
            es,
            sheet.eye_color,
            body,
            look,
            closed=ctx.pose is Pose.sleeping,
        )
        draw_brows(pen, ctx.expression, eyes, es, darken(mane, 0.4))
        draw_mouth(pen, ctx.expression, mx + r * 0.05, my + r * 0.12, r * 0.3)
