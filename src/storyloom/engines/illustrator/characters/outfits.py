"""Outfits: what covers the torso, sleeves and legs, always in the sheet's outfit colours."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..palette import WHITE, darken, lighten
from ..spec import CharacterSheet, Kind, Outfit
from ..svg import Point, num

if TYPE_CHECKING:
    from .base import Ctx, Geo

__all__ = ["Clothes", "Outfit", "clothes_for", "draw_torso"]

SHOE = "#6b3f2a"


@dataclass(frozen=True)
class Clothes:
    arm: str
    sleeve: str | None
    sleeve_frac: float
    leg: str
    leg_cover: str | None
    leg_frac: float
    shoes: str | None


def clothes_for(sheet: CharacterSheet, limb: str) -> Clothes:
    o, main, accent = sheet.outfit, sheet.outfit_color, sheet.outfit_accent_color
    person = sheet.kind is Kind.child
    shoes = SHOE if person else None
    table: dict[Outfit, Clothes] = {
        Outfit.none: Clothes(limb, None, 0, limb, None, 0, shoes),
        Outfit.tshirt: Clothes(limb, main, 0.38, limb, accent, 0.55, shoes),
        Outfit.dress: Clothes(limb, main, 0.3, limb, None, 0, shoes),
        Outfit.overalls: Clothes(limb, accent, 0.4, limb, main, 0.82, shoes),
        Outfit.hoodie: Clothes(limb, main, 0.86, limb, darken(accent, 0.35), 0.85, shoes),
        Outfit.pyjamas: Clothes(limb, main, 0.86, limb, main, 0.85, None),
        Outfit.raincoat: Clothes(limb, main, 0.88, limb, accent, 0.7, accent if person else None),
        Outfit.sweater: Clothes(limb, main, 0.88, limb, darken(accent, 0.25), 0.85, shoes),
    }
    clothes = table[o]
    if o is Outfit.pyjamas and person:
        clothes = Clothes(limb, main, 0.86, limb, main, 0.85, lighten(accent, 0.3))
    return clothes


def _chord(rx: float, ry: float, dy: float) -> float:
    """Half-width of an ellipse at height dy from its centre."""
    return rx * math.sqrt(max(0.0, 1 - (dy / ry) ** 2))


def _top_shape(cx: float, cy: float, rx: float, ry: float, flare: float = 1.0) -> list[Point]:
    top, bottom = cy - ry, cy + ry * 0.95
    return [
        (cx - rx * 0.7, top + ry * 0.08),
        (cx, top - ry * 0.04),
        (cx + rx * 0.7, top + ry * 0.08),
        (cx + rx * 0.98, cy + ry * 0.2),
        (cx + rx * flare, bottom),
        (cx, bottom + ry * 0.06),
        (cx - rx * flare, bottom),
        (cx - rx * 0.98, cy + ry * 0.2),
    ]


def draw_torso(ctx: Ctx, geo: Geo, clothes: Clothes) -> None:
    pen, sheet = ctx.pen, ctx.sheet
    main, accent = sheet.outfit_color, sheet.outfit_accent_color
    cx, cy, rx, ry = geo.torso
    o = sheet.outfit
    pen.part("outfit")
    sw = pen.sw
    if o is Outfit.dress:
        hem = cy + ry * 1.55
        skirt = [
            (cx - rx * 0.8, cy),
            (cx + rx * 0.8, cy),
            (cx + rx * 1.45, hem),
            (cx, hem + ry * 0.08),
            (cx - rx * 1.45, hem),
        ]
        pen.blob(skirt, main, smooth=False)
        pen.line(
            [(cx - rx * 1.38, hem - ry * 0.2), (cx + rx * 1.38, hem - ry * 0.2)], accent, ry * 0.16
        )
    if o is Outfit.raincoat:
        pen.blob(_top_shape(cx, cy + ry * 0.25, rx * 1.05, ry * 1.25, 1.2), main)
    else:
        base = accent if o is Outfit.overalls else main
        pen.blob(_top_shape(cx, cy, rx, ry), base)
    if o is Outfit.overalls:
        bib_top = cy - ry * 0.15
        pen.blob(
            [
                (cx - rx * 0.55, bib_top),
                (cx + rx * 0.55, bib_top),
                (cx + rx * 0.98, cy + ry * 0.95),
                (cx - rx * 0.98, cy + ry * 0.95),
            ],
            main,
            smooth=False,
        )
        for side in (-1, 1):
            pen.line(
                [(cx + side * rx * 0.45, bib_top), (cx + side * rx * 0.6, cy - ry * 0.95)],
                main,
                sw * 2.2,
            )
            pen.circle(cx + side * rx * 0.42, bib_top + ry * 0.12, sw * 1.1, accent, outline=False)
        pen.blob(
            [
                (cx - rx * 0.25, cy + ry * 0.15),
                (cx + rx * 0.25, cy + ry * 0.15),
                (cx + rx * 0.22, cy + ry * 0.45),
                (cx - rx * 0.22, cy + ry * 0.45),
            ],
            darken(main, 0.15),
            smooth=False,
        )
    elif o is Outfit.tshirt:
        pen.circle(cx + rx * 0.15, cy + ry * 0.05, ry * 0.28, accent)
        _star(ctx, cx + rx * 0.15, cy + ry * 0.05, ry * 0.16, WHITE)
    elif o is Outfit.hoodie:
        pen.blob(
            [
                (cx - rx * 0.5, cy + ry * 0.3),
                (cx + rx * 0.5, cy + ry * 0.3),
                (cx + rx * 0.6, cy + ry * 0.8),
                (cx - rx * 0.6, cy + ry * 0.8),
            ],
            darken(main, 0.12),
        )
        for lean in (-0.18, 0.18):
            pen.line(
                [(cx + lean * rx, cy - ry * 0.8), (cx + lean * rx * 1.2, cy - ry * 0.2)], accent, sw
            )
    elif o is Outfit.pyjamas:
        for dx, dy in (
            (-0.45, -0.35),
            (0.35, -0.15),
            (-0.15, 0.35),
            (0.5, 0.55),
            (-0.6, 0.6),
            (0.05, -0.65),
        ):
            pen.circle(cx + dx * rx, cy + dy * ry, ry * 0.1, accent, outline=False)
    elif o is Outfit.raincoat:
        for i in range(3):
            pen.circle(cx + rx * 0.12, cy - ry * 0.35 + i * ry * 0.55, ry * 0.09, accent)
        pen.line(
            [
                (cx - rx * 0.2, cy - ry * 1.0),
                (cx + rx * 0.12, cy - ry * 0.55),
                (cx + rx * 0.45, cy - ry * 1.0),
            ],
            darken(main, 0.2),
            sw * 1.2,
        )
    elif o is Outfit.sweater:
        for frac in (-0.2, 0.35):
            half = _chord(rx, ry, frac * ry) * 0.97
            y = cy + frac * ry
            pen.raw(
                f'<path d="M{num(cx - half)} {num(y)}H{num(cx + half)}" stroke="{accent}" '
                f'stroke-width="{num(ry * 0.17)}" fill="none"/>'
            )
    pen.shade(
        [
            (cx + rx * 0.3, cy - ry * 0.9),
            (cx + rx * 0.95, cy),
            (cx + rx * 0.85, cy + ry * 0.9),
            (cx + rx * 0.2, cy + ry * 0.95),
            (cx + rx * 0.55, cy),
        ]
    )


def _star(ctx: Ctx, x: float, y: float, r: float, fill: str) -> None:
    pts: list[Point] = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    ctx.pen.blob(pts, fill, outline=False, smooth=False)
