"""Sky, sun, moon, stars, clouds and the far layer of rolling hills."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..palette import Light, lighten, lit, mix
from ..spec import Setting, TimeOfDay, Weather
from ..svg import SHADOW, Pen, Point, num, smooth_d


@dataclass
class Stage:
    """Everything a background painter needs to know about the picture it paints."""

    w: float
    h: float
    gy: float  # the shared ground line
    setting: Setting
    time: TimeOfDay
    weather: Weather
    light: Light
    pen: Pen
    defs: list[str]
    # The moon drawn again over the night wash, so it shines rather than greys, and the box
    # it covers (the renderer skips it where a character or prop stands in front of it).
    lift: list[str] = field(default_factory=list)
    lift_box: tuple[float, float, float, float] | None = None
    indoors: bool = False  # under a roof: no weather, no grass or flowers on the floor
    lights_out: bool = False  # a room at night where someone sleeps: lamps off, moonlight

    @property
    def dark(self) -> str:
        """The blue a room's colours go toward at night: deeper once the lights are out."""
        return "#151a3f" if self.lights_out else "#2a3160"

    @property
    def night(self) -> bool:
        return self.time is TimeOfDay.night

    @property
    def s(self) -> float:
        """Scale of background details relative to a 1200-wide page."""
        return self.w / 1200


def backdrop(st: Stage, top: str, bottom: str) -> None:
    """The sky (or water, or space) from the top of the picture down to the ground line.

    The gradient is in user space: WeasyPrint turns a gradient in the default
    objectBoundingBox units into a PDF shading that poppler draws only at low
    resolutions, so a printed page lost its sky; user-space gradients print everywhere.
    """
    height = st.gy + 4
    st.defs.append(
        f'<linearGradient id="sky" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="0" '
        f'y2="{num(height)}"><stop offset="0" stop-color="{top}"/>'
        f'<stop offset="1" stop-color="{bottom}"/></linearGradient>'
    )
    st.pen.raw(f'<rect width="{num(st.w)}" height="{num(height)}" fill="url(#sky)" stroke="none"/>')


GLOW_RINGS = 6


def glow(pen: Pen, x: float, y: float, r: float, color: str, opacity: float) -> None:
    """A soft light around a sun, moon or lamp: rings of falling opacity rather than a
    radial gradient, which PDF renderers place and fade differently from browsers."""
    for i in range(GLOW_RINGS):
        ring = r * (1 - i / GLOW_RINGS)
        pen.raw(
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(ring)}" fill="{color}" '
            f'fill-opacity="{num(opacity / GLOW_RINGS)}" stroke="none"/>'
        )


def sky(st: Stage, top: str | None = None, bottom: str | None = None) -> None:
    light = st.light
    t, b = top or light.sky_top, bottom or light.sky_bottom
    if st.weather in (Weather.rain, Weather.snow):
        grey = "#8e97a8" if not st.night else "#262c44"
        t, b = mix(t, grey, 0.55), mix(b, grey, 0.45)
    backdrop(st, t, b)


def celestial(st: Stage) -> None:
    """Sun or moon and stars: kept to the sides so the top band stays calm for text."""
    pen, s = st.pen, st.s
    rng = pen.rng
    if st.night:
        for _ in range(int(38 * max(s, 0.6))):
            x, y = rng.uniform(0, st.w), rng.uniform(0, st.gy * 0.62)
            r = rng.uniform(0.8, 2.2) * max(s, 0.6)
            if rng.random() < 0.2:
                _twinkle(pen, x, y, r * 2.4)
            else:
                pen.raw(
                    f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="#fff8d6" '
                    f'stroke="none"/>'
                )
        moon(st, st.w * 0.84, st.h * 0.16, 44 * s)
        return
    if st.weather in (Weather.rain, Weather.snow) or st.light.sun is None:
        return
    pos = {
        TimeOfDay.morning: (0.12, 0.3),
        TimeOfDay.afternoon: (0.86, 0.15),
        TimeOfDay.sunset: (0.8, 0.62),
    }[st.time]
    x, y, r = st.w * pos[0], st.gy * pos[1], 46 * s
    glow(pen, x, y, r * 3.2, st.light.sun, 0.7)
    pen.raw(
        f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{st.light.sun}" stroke="none"/>'
    )


MOON = "#fff5d1"
MOON_LINE = "#e8cf86"
MOON_SEAS = "#efe0b0"
_SEAS = ((-0.32, -0.22, 0.26, 0.2), (0.22, 0.12, 0.3, 0.22), (-0.08, 0.48, 0.17, 0.12))


def moon(st: Stage, x: float, y: float, r: float, halo: float = 2.4) -> None:
    """A round full moon: a pale disc with soft grey-gold seas, one shadow tone on the side
    away from the light, and a halo of rings (no blur: every renderer draws it the same)."""
    glow(st.pen, x, y, r * halo, "#fff6c8", 0.5)
    pen = Pen(st.pen.rough, f"moon/{st.setting}", st.pen.sw)
    pen.circle(x, y, r, MOON)
    for dx, dy, rx, ry in _SEAS:
        pen.ellipse(x + dx * r, y + dy * r, rx * r, ry * r, MOON_SEAS, outline=False)
    pen.circle(x + 0.42 * r, y - 0.42 * r, 0.09 * r, MOON_SEAS, outline=False)
    pen.raw(
        f'<path d="{crescent_d(x, y, r, x - 0.2 * r, y - 0.22 * r, 0.96 * r)}" fill="{SHADOW}" '
        f'fill-opacity="0.14" stroke="none"/>'
    )
    svg = (
        f'<g stroke="{MOON_LINE}" stroke-width="{num(max(1.2, 2.2 * st.s))}" '
        f'stroke-linejoin="round">{pen.text()}</g>'
    )
    st.pen.raw(svg)
    st.lift.append(svg)
    st.lift_box = (x - r, y - r, x + r, y + r)


def crescent_d(x: float, y: float, r: float, x2: float, y2: float, r2: float) -> str:
    """The part of the circle (x, y, r) outside the circle (x2, y2, r2), as two arcs; the
    circles must cross."""
    dx, dy = x2 - x, y2 - y
    d = math.hypot(dx, dy)
    ux, uy = dx / d, dy / d
    a = (r * r - r2 * r2 + d * d) / (2 * d)
    h = math.sqrt(max(r * r - a * a, 0.0))
    p1 = (x + a * ux - h * uy, y + a * uy + h * ux)
    p2 = (x + a * ux + h * uy, y + a * uy - h * ux)
    big1 = 1 if a > 0 else 0
    big2 = 1 if a - d > 0 else 0
    return (
        f"M{num(p1[0])} {num(p1[1])}A{num(r)} {num(r)} 0 {big1} 1 {num(p2[0])} {num(p2[1])}"
        f"A{num(r2)} {num(r2)} 0 {big2} 0 {num(p1[0])} {num(p1[1])}Z"
    )


def _twinkle(pen: Pen, x: float, y: float, r: float) -> None:
    pts: list[Point] = []
    for i in range(8):
        a = math.pi / 4 * i
        rr = r if i % 2 == 0 else r * 0.3
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    pen.raw(
        f'<path d="M{" L".join(f"{num(px)} {num(py)}" for px, py in pts)}Z" '
        f'fill="#fff8d6" stroke="none"/>'
    )


def clouds(st: Stage, count: int = 3) -> None:
    pen, s = st.pen, st.s
    rng = pen.rng
    storm = st.weather in (Weather.rain, Weather.snow)
    base = "#ffffff" if not st.night else "#5a6598"
    color = mix(base, "#8a93a6", 0.5) if storm else lit(base, st.light)
    n = count + (3 if storm else 0)
    for i in range(n):
        # clouds sit below the calm top band, except storm clouds which fill the sky; at
        # night they keep to the left, clear of the moon
        x = st.w * (i + rng.uniform(0.1, 0.9)) / n * (0.68 if st.night else 1.0)
        y = st.gy * (rng.uniform(0.05, 0.2) if storm else rng.uniform(0.3, 0.45))
        cloud(pen, x, y, rng.uniform(50, 80) * s, color)


def cloud(pen: Pen, x: float, y: float, w: float, color: str) -> None:
    pts: list[Point] = []
    for i in range(10):
        a = math.pi + math.pi * i / 9
        bump = 1.0 + 0.25 * math.sin(i * 2.1)
        pts.append((x + w * math.cos(a) * 1.1, y + w * 0.5 * math.sin(a) * bump - w * 0.05))
    pts += [(x + w * 0.9, y + w * 0.12), (x - w * 0.9, y + w * 0.12)]
    pen.blob(pts, color, outline=False)
    pen.raw(
        f'<ellipse cx="{num(x)}" cy="{num(y + w * 0.08)}" rx="{num(w * 0.9)}" ry="{num(w * 0.09)}" '
        f'fill="#000000" fill-opacity="0.05" stroke="none"/>'
    )


def hills(st: Stage, base_y: float, height: float, color: str, bumps: int, phase: float) -> None:
    """A rolling horizon band, from base_y (top of the bumps' baseline) to the ground line."""
    pts: list[Point] = []
    n = bumps * 4
    for i in range(n + 1):
        x = st.w * i / n
        y = base_y - height * (0.5 + 0.5 * math.sin(i / n * bumps * math.pi * 2 + phase))
        pts.append((x, y))
    d = smooth_d(pts, closed=False)
    d += f"L{num(st.w)} {num(st.gy + 2)}L0 {num(st.gy + 2)}Z"
    st.pen.raw(f'<path d="{d}" fill="{color}" stroke="none"/>')


def far_hills(st: Stage, color: str, snowy: bool = False) -> None:
    far = lit(color, st.light, 0.55)
    mid = lit(color, st.light, 0.28)
    hills(st, st.gy * 0.7, st.gy * 0.12, far, 2, st.pen.rng.uniform(0, 6))
    hills(st, st.gy * 0.82, st.gy * 0.08, mid, 3, st.pen.rng.uniform(0, 6))
    if snowy:
        hills(st, st.gy * 0.9, st.gy * 0.04, lighten(mid, 0.5), 4, 1.0)
