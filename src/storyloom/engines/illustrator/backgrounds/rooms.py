"""The other rooms of a bedtime house, each its own whole view (not drawn over the bedroom):
the landing at the top of the stairs with its night light, the bathroom with the bath and
the toothbrushes, the kitchen with a cup of warm milk, and the seat by the big window
where the moon looks in. Furniture stands on the ground line, so it moves with the camera
as the characters do; the calm top band holds only plain wall, a window or a frame."""

from __future__ import annotations

from collections.abc import Callable

from ..palette import WINDOW_LIT, darken, lighten, lit, mix
from ..spec import Place, Setting
from ..svg import num
from .outdoor import GROUND
from .sky import Stage, glow
from .special import room, window


def _tone(st: Stage, color: str) -> str:
    """A room's colour in its light: blue and dim at night, like the bedroom's, and darker
    still with the lights out."""
    if st.night:
        return mix(color, st.dark, 0.6 if st.lights_out else 0.45)
    return lit(color, st.light)


def _rect(st: Stage, x: float, y: float, w: float, h: float, fill: str, rx: float = 0.0) -> None:
    corner = f' rx="{num(rx)}"' if rx else ""
    st.pen.raw(
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}"{corner} '
        f'fill="{fill}"/>'
    )


def _frame(st: Stage, x: float, y: float, w: float, h: float, picture: str) -> None:
    """A small framed picture on the wall: a hill under a sun."""
    s = st.s
    _rect(st, x, y, w, h, _tone(st, "#a0704a"))
    _rect(st, x + 7 * s, y + 7 * s, w - 14 * s, h - 14 * s, _tone(st, "#fff5e0"))
    st.pen.raw(
        f'<path d="M{num(x + 7 * s)} {num(y + h - 7 * s)}Q{num(x + w / 2)} {num(y + h * 0.35)} '
        f'{num(x + w - 7 * s)} {num(y + h - 7 * s)}Z" fill="{_tone(st, picture)}" stroke="none"/>'
    )
    st.pen.circle(x + w * 0.72, y + h * 0.32, 7 * s, _tone(st, "#f4c542"), outline=False)


def landing(st: Stage) -> None:
    """The top of the stairs: a door left ajar, the stairs going down with their banister,
    pictures on the wall and a night light glowing low by the skirting board."""
    pen, s, gy = st.pen, st.s, st.gy
    room(st, "#dfe3f3", GROUND[Setting.bedroom], window_x=None)
    # panelling below a rail, the runner along the floor
    _rect(st, 0, gy - 210 * s, st.w, 188 * s, _tone(st, "#c7cde6"))
    pen.raw(
        f'<path d="M0 {num(gy - 210 * s)}H{num(st.w)}" stroke="{_tone(st, "#f6efe6")}" '
        f'stroke-width="{num(10 * s)}" fill="none"/>'
    )
    _rect(st, 0, gy + 18 * s, st.w, 70 * s, _tone(st, "#b5523b"))
    # a bedroom door, ajar: warm light through the gap and across the floor
    dx, dw, dh = st.w * 0.05, 170 * s, 370 * s
    _rect(st, dx - 12 * s, gy - dh - 12 * s, dw + 24 * s, dh + 12 * s, _tone(st, "#f6efe6"))
    _rect(st, dx, gy - dh, dw, dh, WINDOW_LIT if st.night else _tone(st, "#fbe7b5"))
    pen.blob(
        [(dx, gy - dh), (dx + dw * 0.78, gy - dh + 18 * s), (dx + dw * 0.78, gy + 8 * s), (dx, gy)],
        _tone(st, "#e9dfcf"),
        smooth=False,
    )
    pen.circle(dx + dw * 0.68, gy - dh * 0.48, 7 * s, _tone(st, "#f4c542"))
    if st.night:
        pen.raw(
            f'<path d="M{num(dx + dw * 0.78)} {num(gy)}L{num(dx + dw)} {num(gy)}'
            f'L{num(dx + dw + 150 * s)} {num(st.h)}H{num(dx + dw * 0.6)}Z" fill="{WINDOW_LIT}" '
            f'fill-opacity="0.28" stroke="none"/>'
        )
    _frame(st, st.w * 0.3, gy * 0.34, 96 * s, 76 * s, "#7fbf5f")
    _frame(st, st.w * 0.42, gy * 0.4, 70 * s, 90 * s, "#8fb3e0")
    # the stairs going down on the right, seen from the side, with the banister
    top_x, step_w, step_h, steps = st.w * 0.64, 52 * s, 30 * s, 9
    pts = [(top_x, gy)]
    for k in range(steps):
        x = top_x + k * step_w
        pts += [(x, gy + k * step_h), (x + step_w, gy + k * step_h)]
    pts += [(st.w + 60 * s, gy + steps * step_h), (st.w + 60 * s, st.h + 10), (top_x, st.h + 10)]
    pen.blob(pts, _tone(st, "#a0714f"), smooth=False)
    carpet = _tone(st, "#b5523b")
    for k in range(steps):
        x = top_x + k * step_w
        _rect(st, x, gy + k * step_h - 3 * s, step_w, 9 * s, carpet)
    rail = _tone(st, "#7a5236")
    rail_y = gy - 150 * s
    slope = step_h / step_w
    end_x = st.w + 20 * s
    pen.raw(
        f'<path d="M{num(st.w * 0.56)} {num(rail_y)}H{num(top_x)}'
        f'L{num(end_x)} {num(rail_y + (end_x - top_x) * slope)}" stroke="{rail}" '
        f'stroke-width="{num(14 * s)}" fill="none"/>'
    )
    spindles = []
    x = st.w * 0.58
    while x < end_x:
        foot = gy if x <= top_x else gy + (x - top_x) * slope - 14 * s
        head = rail_y if x <= top_x else rail_y + (x - top_x) * slope
        spindles.append(f"M{num(x)} {num(head)}V{num(foot)}")
        x += 34 * s
    pen.raw(
        f'<path d="{"".join(spindles)}" stroke="{_tone(st, "#f6efe6")}" '
        f'stroke-width="{num(7 * s)}" fill="none"/>'
    )
    _rect(st, st.w * 0.56 - 14 * s, rail_y - 8 * s, 28 * s, gy - rail_y + 8 * s, rail)
    pen.circle(st.w * 0.56, rail_y - 16 * s, 14 * s, rail)
    # the night light: a little moon on a plug, glowing at night
    nx, ny = st.w * 0.5, gy - 70 * s
    if st.night:
        glow(pen, nx, ny, 110 * s, "#ffd56b", 0.6)
    _rect(st, nx - 16 * s, ny - 20 * s, 32 * s, 40 * s, _tone(st, "#f6efe6"), rx=6 * s)
    lamp = WINDOW_LIT if st.night else _tone(st, "#fff3c0")
    pen.raw(
        f'<path d="M{num(nx + 3 * s)} {num(ny - 13 * s)}A{num(13 * s)} {num(13 * s)} 0 1 0 '
        f"{num(nx + 3 * s)} {num(ny + 13 * s)}A{num(10 * s)} {num(10 * s)} 0 1 1 "
        f'{num(nx + 3 * s)} {num(ny - 13 * s)}Z" fill="{lamp}"/>'
    )


def bathroom(st: Stage) -> None:
    """Tiles, a round window, the basin with its mirror and a cup of toothbrushes, a striped
    towel, and a bath full of bubbles with a rubber duck."""
    pen, s, gy = st.pen, st.s, st.gy
    room(st, "#eef6f4", "#cfd8dc", window_x=None)
    tile = _tone(st, "#bfe3e6")
    top = gy - 290 * s
    _rect(st, 0, top, st.w, gy - 22 * s - top, tile)
    lines = [f"M0 {num(y)}H{num(st.w)}" for y in _steps(top, gy - 22 * s, 44 * s)]
    lines += [f"M{num(x)} {num(top)}V{num(gy - 22 * s)}" for x in _steps(0, st.w, 44 * s)]
    pen.raw(
        f'<path d="{"".join(lines)}" stroke="{lighten(tile, 0.45)}" '
        f'stroke-width="{num(3 * s)}" fill="none"/>'
    )
    # a round window high on the wall
    cx, cy, r = st.w * 0.5, gy * 0.3, 58 * s
    pen.circle(cx, cy, r + 9 * s, _tone(st, "#f6efe6"))
    pen.circle(cx, cy, r, st.light.sky_top)
    if st.night:
        for k in range(5):
            pen.circle(cx - r * 0.6 + k * r * 0.3, cy - r * 0.3 + (k % 2) * r * 0.5, 2 * s,
                       "#fff8d6", outline=False)  # fmt: skip
    pen.raw(
        f'<path d="M{num(cx - r)} {num(cy)}H{num(cx + r)}M{num(cx)} {num(cy - r)}V{num(cy + r)}" '
        f'stroke="{_tone(st, "#f6efe6")}" stroke-width="{num(7 * s)}" fill="none"/>'
    )
    # the basin on its pedestal, the mirror above, toothbrushes in a cup
    bx = st.w * 0.13
    white = _tone(st, "#fbfbf8")
    _rect(st, bx - 26 * s, gy - 170 * s, 52 * s, 170 * s, white)
    pen.raw(
        f'<path d="M{num(bx - 85 * s)} {num(gy - 200 * s)}H{num(bx + 85 * s)}'
        f"Q{num(bx + 80 * s)} {num(gy - 150 * s)} {num(bx)} {num(gy - 150 * s)}"
        f'Q{num(bx - 80 * s)} {num(gy - 150 * s)} {num(bx - 85 * s)} {num(gy - 200 * s)}Z" '
        f'fill="{white}"/>'
    )
    pen.raw(
        f'<path d="M{num(bx)} {num(gy - 200 * s)}v{num(-28 * s)}h{num(24 * s)}" '
        f'stroke="{_tone(st, "#a9b4bd")}" stroke-width="{num(9 * s)}" fill="none"/>'
    )
    mirror = _tone(st, "#cfe9f3")
    _rect(st, bx - 70 * s, gy - 400 * s, 140 * s, 170 * s, mirror, rx=60 * s)
    pen.raw(
        f'<path d="M{num(bx - 35 * s)} {num(gy - 340 * s)}l{num(40 * s)} {num(-40 * s)}'
        f'M{num(bx - 30 * s)} {num(gy - 305 * s)}l{num(60 * s)} {num(-60 * s)}" '
        f'stroke="{lighten(mirror, 0.6)}" stroke-width="{num(6 * s)}" fill="none"/>'
    )
    ux = bx + 62 * s
    for k, color in enumerate(("#e76f51", "#2a9d8f")):
        pen.raw(
            f'<path d="M{num(ux - 4 * s + k * 9 * s)} {num(gy - 215 * s)}'
            f'l{num(-6 * s + k * 12 * s)} {num(-36 * s)}" stroke="{_tone(st, color)}" '
            f'stroke-width="{num(6 * s)}" fill="none"/>'
        )
    _rect(st, ux - 13 * s, gy - 226 * s, 26 * s, 28 * s, _tone(st, "#f4c542"), rx=4 * s)
    # a striped towel on a hook
    tx = st.w * 0.27
    towel = _tone(st, "#ff8fab")
    _rect(st, tx, gy - 330 * s, 70 * s, 120 * s, towel, rx=6 * s)
    for k in range(3):
        _rect(st, tx, gy - 300 * s + k * 30 * s, 70 * s, 9 * s, lighten(towel, 0.6))
    # the bath: feet, tub, bubbles over the rim and a duck afloat on them
    left, right = st.w * 0.7, st.w * 1.04
    rim = gy - 150 * s
    for fx in (left + 40 * s, right - 40 * s):
        pen.circle(fx, gy - 12 * s, 13 * s, _tone(st, "#c9a227"))
    pen.raw(
        f'<path d="M{num(left)} {num(rim)}H{num(right)}V{num(rim + 40 * s)}'
        f"Q{num(right)} {num(gy - 20 * s)} {num(right - 80 * s)} {num(gy - 20 * s)}"
        f'H{num(left + 80 * s)}Q{num(left)} {num(gy - 20 * s)} {num(left)} {num(rim + 40 * s)}Z" '
        f'fill="{white}"/>'
    )
    _rect(st, left - 12 * s, rim - 10 * s, right - left + 24 * s, 20 * s, white, rx=10 * s)
    pen.raw(
        f'<path d="M{num(left + 24 * s)} {num(rim - 10 * s)}v{num(-60 * s)}h{num(40 * s)}" '
        f'stroke="{_tone(st, "#a9b4bd")}" stroke-width="{num(10 * s)}" fill="none"/>'
    )
    foam = _tone(st, "#ffffff")
    for k in range(9):
        x = left + (k + 0.5) * (right - left) / 9
        pen.circle(x, rim - 16 * s - (k % 3) * 10 * s, (22 + (k * 7) % 11) * s, foam)
    dux, duy = left + (right - left) * 0.55, rim - 56 * s
    duck = _tone(st, "#ffd23f")
    pen.ellipse(dux, duy + 10 * s, 26 * s, 16 * s, duck)
    pen.circle(dux + 16 * s, duy - 12 * s, 13 * s, duck)
    pen.blob(
        [(dux + 27 * s, duy - 14 * s), (dux + 40 * s, duy - 10 * s), (dux + 27 * s, duy - 6 * s)],
        _tone(st, "#f4845f"),
        smooth=False,
    )
    pen.circle(dux + 19 * s, duy - 15 * s, 2.5 * s, "#1e1424", outline=False)
    # a bath mat on the floor
    _rect(st, left - 20 * s, gy + 30 * s, 200 * s, 40 * s, _tone(st, "#9bb8e8"), rx=18 * s)


def kitchen(st: Stage) -> None:
    """A window over the counter, cupboards and an oven, a kettle and a cup of warm milk
    steaming, jars on a shelf, a clock, and a table with a jug by the wall."""
    pen, s, gy = st.pen, st.s, st.gy
    room(st, "#f7e7c6", "#b77b4f", window_x=0.08)
    # cupboards under a wooden counter, one of them the oven
    left, right, top = 0.0, st.w * 0.47, gy - 170 * s
    door = _tone(st, "#7fb3a0")
    _rect(st, left, top + 18 * s, right - left, gy - top - 18 * s, darken(door, 0.15))
    width = (right - left) / 4
    for k in range(4):
        x = left + k * width + 8 * s
        if k == 2:
            _rect(st, x, top + 34 * s, width - 16 * s, gy - top - 50 * s, _tone(st, "#5a5f6b"))
            glass = _tone(st, "#2b2d3a")
            _rect(st, x + 16 * s, top + 74 * s, width - 48 * s, 60 * s, glass, rx=8 * s)
            continue
        _rect(st, x, top + 34 * s, width - 16 * s, gy - top - 50 * s, door)
        pen.circle(x + width - 34 * s, top + 70 * s, 5 * s, _tone(st, "#f4c542"))
    _rect(st, left - 10 * s, top, right - left + 20 * s, 22 * s, _tone(st, "#a0704a"))
    # on the counter: a kettle, and a cup of warm milk with its steam
    kx = st.w * 0.07
    kettle = _tone(st, "#e76f51")
    pen.blob(
        [(kx - 36 * s, top), (kx - 30 * s, top - 56 * s), (kx + 30 * s, top - 56 * s),
         (kx + 36 * s, top)],
        kettle,
    )  # fmt: skip
    pen.raw(
        f'<path d="M{num(kx + 30 * s)} {num(top - 30 * s)}l{num(26 * s)} {num(-22 * s)}'
        f'M{num(kx - 20 * s)} {num(top - 56 * s)}q{num(20 * s)} {num(-26 * s)} {num(40 * s)} 0" '
        f'stroke="{kettle}" stroke-width="{num(8 * s)}" fill="none"/>'
    )
    mx = st.w * 0.2
    _rect(st, mx - 20 * s, top - 44 * s, 40 * s, 44 * s, _tone(st, "#f6efe6"), rx=6 * s)
    pen.raw(
        f'<path d="M{num(mx + 20 * s)} {num(top - 34 * s)}a{num(12 * s)} {num(12 * s)} 0 0 1 0 '
        f'{num(22 * s)}" stroke="{_tone(st, "#f6efe6")}" stroke-width="{num(6 * s)}" fill="none"/>'
    )
    _rect(st, mx - 16 * s, top - 40 * s, 32 * s, 7 * s, _tone(st, "#fffdf6"))
    pen.raw(
        f'<path d="M{num(mx - 6 * s)} {num(top - 52 * s)}q{num(-10 * s)} {num(-14 * s)} 0 '
        f"{num(-28 * s)}t0 {num(-28 * s)}M{num(mx + 8 * s)} {num(top - 52 * s)}q{num(-10 * s)} "
        f'{num(-14 * s)} 0 {num(-28 * s)}" stroke="#ffffff" stroke-opacity="0.8" '
        f'stroke-width="{num(4 * s)}" fill="none"/>'
    )
    # a shelf of jars and a clock on the wall
    sy = gy * 0.46
    _rect(st, st.w * 0.6, sy, 300 * s, 12 * s, _tone(st, "#a0704a"))
    for k, color in enumerate(("#e9c46a", "#e76f51", "#8d6cc8", "#2a9d8f")):
        jx = st.w * 0.6 + 24 * s + k * 70 * s
        _rect(st, jx, sy - 58 * s, 46 * s, 58 * s, _tone(st, "#eaf4f4"), rx=8 * s)
        _rect(st, jx + 6 * s, sy - 34 * s, 34 * s, 30 * s, _tone(st, color), rx=5 * s)
        _rect(st, jx - 2 * s, sy - 66 * s, 50 * s, 12 * s, _tone(st, "#b5523b"), rx=4 * s)
    ck, cy, r = st.w * 0.57, gy * 0.27, 34 * s
    pen.circle(ck, cy, r, _tone(st, "#fffdf6"))
    pen.raw(
        f'<path d="M{num(ck)} {num(cy)}v{num(-r * 0.7)}M{num(ck)} {num(cy)}h{num(r * 0.5)}" '
        f'fill="none" stroke-width="{num(3 * s)}"/>'
    )
    # a small table and a chair by the right wall, a jug of milk on the table
    tx = st.w * 0.86
    wood = _tone(st, "#c98a4a")
    _rect(st, tx + 50 * s, gy - 190 * s, 14 * s, 190 * s, darken(wood, 0.2))
    _rect(st, tx + 50 * s, gy - 190 * s, 70 * s, 14 * s, darken(wood, 0.2))
    pen.raw(
        f'<path d="M{num(tx - 100 * s)} {num(gy)}V{num(gy - 100 * s)}M{num(tx + 100 * s)} '
        f'{num(gy)}V{num(gy - 100 * s)}" stroke="{darken(wood, 0.3)}" '
        f'stroke-width="{num(12 * s)}" fill="none"/>'
    )
    pen.ellipse(tx, gy - 108 * s, 130 * s, 18 * s, wood)
    jug = _tone(st, "#9bb8e8")
    pen.blob(
        [(tx - 24 * s, gy - 120 * s), (tx - 20 * s, gy - 170 * s), (tx + 20 * s, gy - 170 * s),
         (tx + 24 * s, gy - 120 * s)],
        jug,
    )  # fmt: skip


def window_seat(st: Stage) -> None:
    """The seat under the big bedroom window: the sky through it (the moon and stars at
    night), curtains tied back, cushions on the seat."""
    pen, s, gy = st.pen, st.s, st.gy
    room(st, "#f3d9e6", GROUND[Setting.bedroom], window_x=None)
    wx, wy, ww, wh = st.w * 0.24, gy * 0.1, st.w * 0.52, gy * 0.56
    window(st, wx, wy, ww, wh)
    curtain = _tone(st, "#8fb3e0")
    for side in (-1, 1):
        edge = wx if side < 0 else wx + ww
        out = edge + side * 70 * s
        inner = edge - side * 40 * s
        pen.blob(
            [(out, wy - 30 * s), (inner, wy - 30 * s), (edge + side * 6 * s, wy + wh * 0.55),
             (inner + side * 10 * s, wy + wh + 40 * s), (out, wy + wh + 40 * s)],
            curtain,
        )  # fmt: skip
        pen.ellipse(edge + side * 14 * s, wy + wh * 0.55, 34 * s, 10 * s, _tone(st, "#f4c542"))
    _rect(st, wx - 90 * s, wy - 44 * s, ww + 180 * s, 14 * s, _tone(st, "#a0704a"), rx=7 * s)
    # the seat: a box under the window, a long cushion and three soft pillows
    seat_y = wy + wh + 40 * s
    _rect(st, wx - 50 * s, seat_y, ww + 100 * s, gy - seat_y, _tone(st, "#f6efe6"))
    _rect(st, wx - 60 * s, seat_y - 10 * s, ww + 120 * s, 34 * s, _tone(st, "#c0392b"), rx=16 * s)
    for k, color in enumerate(("#e9c46a", "#9bb8e8", "#ff8fab")):
        px = wx + ww * (0.12 + 0.38 * k)
        pen.ellipse(px, seat_y - 34 * s, 52 * s, 34 * s, _tone(st, color), rot=-8 + 8 * k)


def _steps(start: float, stop: float, step: float) -> list[float]:
    out, v = [], start + step
    while v < stop:
        out.append(v)
        v += step
    return out


ROOMS: dict[Place, Callable[[Stage], None]] = {
    Place.landing: landing,
    Place.bathroom: bathroom,
    Place.kitchen: kitchen,
    Place.window_seat: window_seat,
}

__all__ = ["ROOMS"]
