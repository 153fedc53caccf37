"""Accessories, coloured from the sheet so they never change between pictures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..palette import GOLD, darken, lighten
from ..spec import Accessory
from ..svg import num

if TYPE_CHECKING:
    from .base import Ctx, Geo

GLASS_FRAME = "#2d2440"
JEWEL = "#e0445a"


def draw_behind(ctx: Ctx, geo: Geo) -> None:
    """Cape and backpack hang behind the body."""
    pen, sheet = ctx.pen, ctx.sheet
    cx, cy, rx, ry = geo.torso
    _, sy = geo.arms[0][0]
    if Accessory.cape in sheet.accessories:
        pen.part("cape")
        bottom = min(-geo.rig.limb * 0.5, cy + ry * 2.6)
        color = darken(sheet.outfit_color, 0.12)
        pen.blob(
            [
                (cx - rx * 0.7, sy - ry * 0.1),
                (cx + rx * 0.7, sy - ry * 0.1),
                (cx + rx * 1.5, bottom),
                (cx + rx * 0.5, bottom + ry * 0.12),
                (cx - rx * 0.5, bottom - ry * 0.05),
                (cx - rx * 1.9, bottom - ry * 0.15),
            ],
            color,
        )
    if Accessory.backpack in sheet.accessories:
        pen.part("backpack")
        color = darken(sheet.outfit_accent_color, 0.08)
        bx = cx - rx * 0.95
        pen.ellipse(bx, cy, rx * 0.55, ry * 0.85, color)
        pen.ellipse(bx - rx * 0.15, cy + ry * 0.3, rx * 0.35, ry * 0.35, lighten(color, 0.2))


def draw_neck(ctx: Ctx, geo: Geo) -> None:
    """Backpack straps and the scarf sit over the torso, under the chin."""
    pen, sheet = ctx.pen, ctx.sheet
    cx, cy, rx, ry = geo.torso
    if Accessory.backpack in sheet.accessories:
        color = darken(sheet.outfit_accent_color, 0.08)
        pen.line(
            [(cx - rx * 0.35, cy - ry * 0.9), (cx - rx * 0.5, cy + ry * 0.4)], color, rx * 0.22
        )
    if Accessory.scarf in sheet.accessories:
        pen.part("scarf")
        color, stripe = sheet.outfit_accent_color, sheet.outfit_color
        top = cy - ry * 0.95
        pen.blob(
            [
                (cx - rx * 0.85, top - ry * 0.1),
                (cx + rx * 0.85, top - ry * 0.1),
                (cx + rx * 0.8, top + ry * 0.3),
                (cx - rx * 0.8, top + ry * 0.3),
            ],
            color,
        )
        tail = [
            (cx + rx * 0.25, top + ry * 0.1),
            (cx + rx * 0.65, top + ry * 0.1),
            (cx + rx * 0.75, top + ry * 1.05),
            (cx + rx * 0.3, top + ry * 1.0),
        ]
        pen.blob(tail, color, smooth=False)
        pen.line(
            [(cx + rx * 0.33, top + ry * 0.75), (cx + rx * 0.72, top + ry * 0.78)],
            stripe,
            ry * 0.12,
        )


def draw_head(ctx: Ctx, geo: Geo, lift: float) -> None:
    """Glasses on the eyes the kind's head recorded; headwear on top of the head."""
    pen, sheet = ctx.pen, ctx.sheet
    hx, hy, r = geo.head
    sw = pen.sw
    acc = sheet.accessories
    if Accessory.glasses in acc and "eye_y" in ctx.extras:
        pen.part("glasses")
        ey, es = ctx.extras["eye_y"], ctx.extras["eye_s"]
        xs = (ctx.extras["eye_x0"], ctx.extras["eye_x1"])
        rr = es * 1.45
        for x in xs:
            pen.raw(
                f'<circle cx="{num(x)}" cy="{num(ey)}" r="{num(rr)}" fill="#ffffff" '
                f'fill-opacity="0.25" stroke="{GLASS_FRAME}" stroke-width="{num(sw * 1.1)}"/>'
            )
        pen.raw(
            f'<path d="M{num(xs[0] + rr)} {num(ey)}Q{num((xs[0] + xs[1]) / 2)} '
            f"{num(ey - rr * 0.4)} "
            f'{num(xs[1] - rr)} {num(ey)}" fill="none" stroke="{GLASS_FRAME}" '
            f'stroke-width="{num(sw * 1.1)}"/>'
        )
    top = hy - r * 0.92 - lift
    if Accessory.hat in acc:
        pen.part("hat")
        color = sheet.outfit_color
        pen.ellipse(hx, top + r * 0.05, r * 0.95, r * 0.2, darken(color, 0.1))
        pen.blob(
            [
                (hx - r * 0.6, top + r * 0.02),
                (hx - r * 0.5, top - r * 0.55),
                (hx, top - r * 0.66),
                (hx + r * 0.5, top - r * 0.55),
                (hx + r * 0.6, top + r * 0.02),
            ],
            color,
        )
        pen.line(
            [(hx - r * 0.58, top - r * 0.12), (hx + r * 0.58, top - r * 0.12)],
            sheet.outfit_accent_color,
            r * 0.14,
        )
        top -= r * 0.55
    if Accessory.crown in acc:
        pen.part("crown")
        w, h = r * 0.55, r * 0.5
        base = top + r * 0.08
        pen.blob(
            [
                (hx - w, base),
                (hx - w * 1.05, base - h),
                (hx - w * 0.5, base - h * 0.5),
                (hx, base - h * 1.15),
                (hx + w * 0.5, base - h * 0.5),
                (hx + w * 1.05, base - h),
                (hx + w, base),
            ],
            GOLD,
            smooth=False,
        )
        pen.circle(hx, base - h * 0.3, r * 0.08, JEWEL, outline=False)
        for side in (-1, 1):
            pen.circle(hx + side * w * 1.05, base - h, r * 0.07, GOLD)
    if Accessory.bow in acc:
        pen.part("bow")
        color = sheet.outfit_accent_color
        bx, by = hx + r * 0.62, hy - r * 0.72
        s = r * 0.32
        pen.blob([(bx, by), (bx - s * 1.1, by - s * 0.75), (bx - s * 1.1, by + s * 0.75)], color)
        pen.blob([(bx, by), (bx + s * 1.1, by - s * 0.75), (bx + s * 1.1, by + s * 0.75)], color)
        pen.circle(bx, by, s * 0.32, darken(color, 0.15))
