"""Places with their own sky: space, under the sea, and the two rooms."""

from __future__ import annotations

import math

from ..palette import WINDOW_LIT, darken, lighten, lit, mix
from ..spec import Setting, TimeOfDay, Weather
from ..svg import num
from .outdoor import GROUND, ground
from .sky import Stage, backdrop, cloud, glow, moon


def space(st: Stage) -> None:
    pen, s, rng = st.pen, st.s, st.pen.rng
    backdrop(st, "#0b0b2e", "#3b2a78")
    for _ in range(int(70 * max(s, 0.5))):
        x, y, r = rng.uniform(0, st.w), rng.uniform(0, st.gy), rng.uniform(0.7, 2.2) * max(s, 0.5)
        pen.raw(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="#fff8e0" stroke="none"/>')
    px, py, pr = st.w * 0.8, st.gy * 0.42, 70 * s
    pen.circle(px, py, pr, "#f4a261")
    pen.shade(
        [
            (px + pr * 0.2, py - pr * 0.95),
            (px + pr, py),
            (px + pr * 0.2, py + pr * 0.95),
            (px + pr * 0.55, py),
        ],
        strength=0.25,
    )
    pen.raw(
        f'<ellipse cx="{num(px)}" cy="{num(py)}" rx="{num(pr * 1.7)}" ry="{num(pr * 0.35)}" '
        f'fill="none" stroke="#ffd6a5" stroke-width="{num(7 * s)}" transform="rotate(-14 '
        f'{num(px)} {num(py)})"/>'
    )
    ex, ey, er = st.w * 0.14, st.gy * 0.5, 34 * s
    pen.circle(ex, ey, er, "#4fa3e0")
    pen.blob(
        [
            (ex - er * 0.5, ey - er * 0.5),
            (ex + er * 0.1, ey - er * 0.7),
            (ex + er * 0.2, ey),
            (ex - er * 0.4, ey + er * 0.3),
        ],
        "#6cc46a",
        outline=False,
    )
    # the moon's horizon bulges up: a curved ground line reads as 'a small world'
    pen.raw(
        f'<path d="M0 {num(st.gy + 10 * s)}Q{num(st.w / 2)} {num(st.gy - 40 * s)} '
        f'{num(st.w)} {num(st.gy + 10 * s)}V{num(st.h)}H0Z" fill="{GROUND[Setting.space]}" '
        f'stroke="none"/>'
    )
    for _ in range(7):
        cx, cy = rng.uniform(0, st.w), rng.uniform(st.gy + 20 * s, st.h - 10 * s)
        r = rng.uniform(12, 30) * s
        pen.ellipse(cx, cy, r, r * 0.35, darken(GROUND[Setting.space], 0.15), outline=False)


def underwater(st: Stage) -> None:
    pen, s, rng = st.pen, st.s, st.pen.rng
    top = "#2fb3c9" if st.time is not TimeOfDay.night else "#123a6b"
    bottom = "#1d5fa0" if st.time is not TimeOfDay.night else "#0b1d44"
    if st.time is TimeOfDay.sunset:
        top = mix(top, "#ffb36b", 0.3)
    backdrop(st, top, bottom)
    for i in range(5):
        x = st.w * (0.1 + i * 0.2)
        pen.raw(
            f'<path d="M{num(x)} 0h{num(60 * s)}L{num(x + 150 * s)} {num(st.gy)}h{num(-130 * s)}Z" '
            f'fill="#ffffff" fill-opacity="0.08" stroke="none"/>'
        )
    ground(st)
    surf = lighten(top, 0.35)
    pen.raw(
        f'<path d="M0 {num(18 * s)}'
        + "".join(
            f"q{num(25 * s)} {num(-10 * s)} {num(50 * s)} 0"
            for _ in range(int(st.w / (50 * s)) + 1)
        )
        + f'V0H0Z" fill="{surf}" stroke="none"/>'
    )
    for i in range(8):
        x = st.w * (i + rng.uniform(0.1, 0.9)) / 8
        h = rng.uniform(110, 200) * s
        pts = [(x + math.sin(k * 1.3 + i) * 14 * s, st.gy - h * k / 5) for k in range(6)]
        pen.line(pts, lit("#3f9a5a", st.light, 0.2), 12 * s, smooth=True)
    for cx, color in ((0.12, "#ff7f7f"), (0.9, "#ffb347"), (0.55, "#e88ad8")):
        x = st.w * cx
        for a in (-50, -20, 15, 45):
            rad = math.radians(a - 90)
            pen.line(
                [
                    (x, st.gy + 5 * s),
                    (x + math.cos(rad) * 40 * s, st.gy + math.sin(rad) * 60 * s),
                    (x + math.cos(rad) * 60 * s, st.gy + math.sin(rad) * 90 * s),
                ],
                lit(color, st.light),
                11 * s,
                smooth=True,
            )
    for _ in range(18):
        x, y, r = rng.uniform(0, st.w), rng.uniform(st.gy * 0.2, st.gy), rng.uniform(3, 9) * s
        pen.raw(
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="#ffffff" '
            f'fill-opacity="0.25" stroke="#ffffff" stroke-opacity="0.7" '
            f'stroke-width="{num(1.4 * s)}"/>'
        )
    for _ in range(3):
        fx, fy = rng.uniform(0.2, 0.8) * st.w, rng.uniform(0.35, 0.55) * st.gy
        fish_color = lit(rng.choice(("#ffb347", "#ff7f7f", "#ffe066")), st.light)
        pen.ellipse(fx, fy, 22 * s, 13 * s, fish_color)
        pen.blob(
            [(fx - 18 * s, fy), (fx - 36 * s, fy - 12 * s), (fx - 36 * s, fy + 12 * s)],
            fish_color,
            smooth=False,
        )
        pen.circle(fx + 11 * s, fy - 3 * s, 3 * s, "#1e1424", outline=False)


def room(
    st: Stage, wall: str, floor: str, window_x: float | None = 0.62
) -> tuple[float, float, float, float]:
    """Wall, floor and (unless `window_x` is None) a window showing the time of day, its
    left edge at that fraction of the width; returns the window box."""
    pen, s = st.pen, st.s
    night = st.night
    wall_c = mix(wall, st.dark, 0.62 if st.lights_out else 0.55) if night else lit(wall, st.light)
    pen.raw(f'<rect width="{num(st.w)}" height="{num(st.gy)}" fill="{wall_c}" stroke="none"/>')
    for i in range(int(st.w / (60 * s)) + 1):
        pen.raw(
            f'<path d="M{num(i * 60 * s)} 0V{num(st.gy)}" stroke="{darken(wall_c, 0.05)}" '
            f'stroke-width="{num(14 * s)}" fill="none"/>'
        )
    floor_c = mix(floor, st.dark, 0.6 if st.lights_out else 0.45) if night else lit(floor, st.light)
    pen.raw(
        f'<rect y="{num(st.gy - 22 * s)}" width="{num(st.w)}" height="{num(22 * s)}" '
        f'fill="{darken(wall_c, 0.15)}" stroke="none"/>'
    )
    wx, wy, ww, wh = st.w * (window_x or 0.0), st.gy * 0.2, 230 * s, 200 * s
    if window_x is not None:
        window(st, wx, wy, ww, wh)
    pen.raw(
        f'<rect y="{num(st.gy)}" width="{num(st.w)}" height="{num(st.h - st.gy)}" '
        f'fill="{floor_c}" stroke="none"/>'
    )
    for i in range(1, 6):
        y = st.gy + (st.h - st.gy) * i / 6
        pen.raw(
            f'<path d="M0 {num(y)}H{num(st.w)}" stroke="{darken(floor_c, 0.12)}" '
            f'stroke-width="{num(2 * s)}" fill="none"/>'
        )
    if st.lights_out and window_x is not None:
        # the only light left: the moon's, through the window and across the floor
        pen.raw(
            f'<path d="M{num(wx)} {num(wy + wh)}H{num(wx + ww)}L{num(wx + ww + 260 * s)} '
            f'{num(st.h)}H{num(wx - 140 * s)}Z" fill="#cfdcff" fill-opacity="0.16" stroke="none"/>'
        )
    return wx, wy, ww, wh


def window(st: Stage, wx: float, wy: float, ww: float, wh: float) -> None:
    """A four-pane window onto the time of day: the moon and stars at night."""
    pen, s, night = st.pen, st.s, st.night
    sky_top = st.light.sky_top
    if st.weather in (Weather.rain, Weather.snow):
        sky_top = mix(sky_top, "#8e97a8", 0.5)
    pen.raw(
        f'<rect x="{num(wx)}" y="{num(wy)}" width="{num(ww)}" height="{num(wh)}" fill="{sky_top}"/>'
    )
    if night:
        moon(st, wx + ww * 0.75, wy + wh * 0.26, ww * 0.087, halo=1.9)
        for k in range(6):
            pen.raw(
                f'<circle cx="{num(wx + ww * (0.1 + 0.13 * k))}" '
                f'cy="{num(wy + wh * (0.2 + 0.11 * (k % 3)))}" '
                f'r="{num(2 * s)}" fill="#fff8d6" stroke="none"/>'
            )
    elif st.weather is Weather.clear:
        cloud(pen, wx + ww * 0.4, wy + wh * 0.45, ww * 0.174, lit("#ffffff", st.light))
    window_weather(st, wx, wy, ww, wh)
    pen.raw(
        f'<path d="M{num(wx + ww / 2)} {num(wy)}v{num(wh)}M{num(wx)} {num(wy + wh / 2)}h{num(ww)}" '
        f'stroke="#f6efe6" stroke-width="{num(8 * s)}" fill="none"/>'
    )
    pen.raw(
        f'<rect x="{num(wx)}" y="{num(wy)}" width="{num(ww)}" height="{num(wh)}" '
        f'fill="none" stroke="#f6efe6" stroke-width="{num(12 * s)}"/>'
    )
    pen.raw(f'<rect x="{num(wx)}" y="{num(wy)}" width="{num(ww)}" height="{num(wh)}" fill="none"/>')


def window_weather(st: Stage, x: float, y: float, w: float, h: float) -> None:
    pen, rng, s = st.pen, st.pen.rng, st.s
    if st.weather is Weather.rain:
        for _ in range(16):
            px, py = rng.uniform(x + 6 * s, x + w - 14 * s), rng.uniform(y + 4 * s, y + h - 24 * s)
            pen.raw(
                f'<path d="M{num(px)} {num(py)}l{num(6 * s)} {num(18 * s)}" '
                f'stroke="#dbe9ff" stroke-width="{num(2 * s)}" fill="none"/>'
            )
    elif st.weather is Weather.snow:
        for _ in range(22):
            px, py = rng.uniform(x + 5 * s, x + w - 5 * s), rng.uniform(y + 5 * s, y + h - 5 * s)
            pen.raw(
                f'<circle cx="{num(px)}" cy="{num(py)}" r="{num(rng.uniform(2, 4) * s)}" '
                f'fill="#ffffff" stroke="none"/>'
            )
    elif st.weather is Weather.wind:
        for k in range(4):
            px, py = x + w * (0.15 + 0.2 * k), y + h * (0.3 + 0.12 * (k % 2))
            pen.blob(
                [(px, py), (px + 9 * s, py - 5 * s), (px + 16 * s, py), (px + 8 * s, py + 4 * s)],
                lit("#e08a3a", st.light),
                outline=False,
            )


def bedroom(st: Stage) -> None:
    pen, s = st.pen, st.s
    room(st, "#f3d9e6", GROUND[Setting.bedroom])
    for i, color in enumerate(("#e76f51", "#2a9d8f", "#e9c46a", "#8d6cc8", "#f4a261")):
        pen.raw(
            f'<rect x="{num(st.w * 0.12 + i * 22 * s)}" '
            f'y="{num(st.gy * 0.38 - (36 + i % 2 * 8) * s)}" '
            f'width="{num(18 * s)}" height="{num((36 + i % 2 * 8) * s)}" '
            f'fill="{lit(color, st.light)}"/>'
        )
    pen.raw(
        f'<rect x="{num(st.w * 0.1)}" y="{num(st.gy * 0.38)}" width="{num(150 * s)}" '
        f'height="{num(10 * s)}" fill="{lit("#a0704a", st.light)}"/>'
    )
    pen.raw(
        f'<rect x="{num(st.w * 0.33)}" y="{num(st.gy * 0.28)}" width="{num(90 * s)}" '
        f'height="{num(70 * s)}" fill="{lit("#fff5e0", st.light)}" stroke-width="{num(5 * s)}"/>'
    )
    pen.blob(
        [
            (st.w * 0.33 + 10 * s, st.gy * 0.28 + 60 * s),
            (st.w * 0.33 + 40 * s, st.gy * 0.28 + 25 * s),
            (st.w * 0.33 + 80 * s, st.gy * 0.28 + 60 * s),
        ],
        lit("#7fbf5f", st.light),
        outline=False,
        smooth=False,
    )
    rug = lit("#9bb8e8", st.light) if not st.night else mix("#9bb8e8", st.dark, 0.45)
    pen.ellipse(st.w * 0.5, st.gy + (st.h - st.gy) * 0.45, 300 * s, 55 * s, rug)
    if st.night:
        lx, ly = st.w * 0.06, st.gy - 10 * s
        if not st.lights_out:  # the lamp is on until someone is asleep
            glow(pen, lx, ly - 120 * s, 150 * s, "#ffd56b", 0.55)
        pen.raw(
            f'<path d="M{num(lx)} {num(ly)}V{num(ly - 110 * s)}" stroke="#5a4a4a" '
            f'stroke-width="{num(6 * s)}" fill="none"/>'
        )
        pen.blob(
            [
                (lx - 30 * s, ly - 100 * s),
                (lx - 18 * s, ly - 145 * s),
                (lx + 18 * s, ly - 145 * s),
                (lx + 30 * s, ly - 100 * s),
            ],
            mix("#e8dcc0", st.dark, 0.6) if st.lights_out else WINDOW_LIT,
            smooth=False,
        )


def classroom(st: Stage) -> None:
    pen, s = st.pen, st.s
    room(st, "#f6e7c1", GROUND[Setting.classroom])
    bx, by, bw, bh = st.w * 0.1, st.gy * 0.22, 400 * s, 220 * s
    pen.raw(
        f'<rect x="{num(bx)}" y="{num(by)}" width="{num(bw)}" height="{num(bh)}" '
        f'fill="{lit("#2f5e4e", st.light)}" stroke="#a0704a" stroke-width="{num(10 * s)}"/>'
    )
    chalk = "#f4f1de"
    pen.raw(
        f'<circle cx="{num(bx + 70 * s)}" cy="{num(by + 70 * s)}" r="{num(28 * s)}" '
        f'fill="none" stroke="{chalk}" stroke-width="{num(3 * s)}"/>'
    )
    pen.raw(
        f'<path d="M{num(bx + 150 * s)} {num(by + 150 * s)}l{num(40 * s)} '
        f"{num(-60 * s)} {num(40 * s)} {num(60 * s)}Z M{num(bx + 260 * s)} "
        f"{num(by + 70 * s)}h{num(90 * s)}M{num(bx + 260 * s)} {num(by + 100 * s)}h"
        f"{num(70 * s)}M{num(bx + 260 * s)} "
        f'{num(by + 130 * s)}h{num(80 * s)}" fill="none" stroke="{chalk}" '
        f'stroke-width="{num(3 * s)}"/>'
    )
    cx, cy, r = st.w * 0.52, st.gy * 0.2, 30 * s
    pen.circle(cx, cy, r, "#ffffff")
    pen.raw(
        f'<path d="M{num(cx)} {num(cy)}v{num(-r * 0.7)}M{num(cx)} {num(cy)}h{num(r * 0.5)}" '
        f'fill="none" stroke-width="{num(3 * s)}"/>'
    )
    desk = lit("#c98a4a", st.light) if not st.night else mix("#c98a4a", "#2a3160", 0.45)
    for fx in (0.15, 0.85):
        x = st.w * fx
        pen.raw(
            f'<rect x="{num(x - 70 * s)}" y="{num(st.gy - 70 * s)}" width="{num(140 * s)}" '
            f'height="{num(14 * s)}" fill="{desk}"/>'
        )
        pen.raw(
            f'<path d="M{num(x - 60 * s)} {num(st.gy - 56 * s)}V{num(st.gy + 10 * s)}M'
            f"{num(x + 60 * s)} "
            f'{num(st.gy - 56 * s)}V{num(st.gy + 10 * s)}" stroke="{darken(desk, 0.3)}" '
            f'stroke-width="{num(7 * s)}" fill="none"/>'
        )


SPECIAL = {
    Setting.space: space,
    Setting.underwater: underwater,
    Setting.bedroom: bedroom,
    Setting.classroom: classroom,
}
INDOOR = frozenset({Setting.bedroom, Setting.classroom})
NO_WEATHER = frozenset({Setting.space, Setting.underwater, Setting.bedroom, Setting.classroom})
