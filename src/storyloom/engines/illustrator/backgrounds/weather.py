"""Weather you can see: rain streaks and puddles, falling snow, wind in grass and leaves."""

from __future__ import annotations

from ..palette import darken, lighten, lit, mix
from ..spec import Setting, Weather
from ..svg import num
from .outdoor import GROUND
from .sky import Stage
from .special import NO_WEATHER

GRASSY = frozenset(
    {
        Setting.forest,
        Setting.farm,
        Setting.city_park,
        Setting.mountains,
        Setting.jungle,
        Setting.castle,
    }
)
FLOWERS = ("#ff8fab", "#ffd166", "#ffffff", "#b388eb")


def ground_details(st: Stage) -> None:
    """Tufts, flowers, pebbles, puddles: drawn before characters, on the near layer."""
    pen, s, rng = st.pen, st.s, st.pen.rng
    base = GROUND[st.setting]
    depth = st.h - st.gy
    if st.setting in GRASSY and st.weather is not Weather.snow and not st.indoors:
        blade = darken(lit(base, st.light), 0.2)
        bend = 14 * s if st.weather is Weather.wind else 2 * s
        parts = []
        for _ in range(34):
            x, y = rng.uniform(0, st.w), st.gy + rng.uniform(0.1, 0.95) * depth
            h = rng.uniform(10, 20) * s
            for dx in (-4 * s, 0.0, 4 * s):
                parts.append(
                    f"M{num(x + dx)} {num(y)}q{num(bend * 0.3)} {num(-h * 0.5)} "
                    f"{num(dx * 0.6 + bend)} {num(-h)}"
                )
        pen.raw(
            f'<path d="{"".join(parts)}" stroke="{blade}" stroke-width="{num(2.2 * s)}" '
            f'fill="none"/>'
        )
        if st.weather is not Weather.rain:
            for _ in range(9):
                x, y = rng.uniform(0, st.w), st.gy + rng.uniform(0.25, 0.9) * depth
                c = lit(rng.choice(FLOWERS), st.light)
                for k in range(5):
                    ox, oy = [(0, -1), (1, -0.3), (0.6, 0.8), (-0.6, 0.8), (-1, -0.3)][k]
                    pen.raw(
                        f'<circle cx="{num(x + ox * 4 * s)}" cy="{num(y + oy * 4 * s)}" '
                        f'r="{num(3.4 * s)}" fill="{c}" stroke="none"/>'
                    )
                pen.raw(
                    f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(2.6 * s)}" '
                    f'fill="#ffb703" stroke="none"/>'
                )
    elif st.setting in (Setting.beach, Setting.underwater):
        for _ in range(8):
            x, y = rng.uniform(0, st.w), st.gy + rng.uniform(0.2, 0.9) * depth
            pen.ellipse(
                x,
                y,
                rng.uniform(4, 8) * s,
                rng.uniform(2.5, 4) * s,
                lit(lighten(base, 0.3), st.light),
                outline=False,
            )
    if st.setting in NO_WEATHER or st.indoors:
        return
    if st.weather is Weather.rain:
        sky = mix(st.light.sky_bottom, "#8e97a8", 0.4)
        for i in range(4):
            x = st.w * (0.12 + 0.25 * i) + rng.uniform(-40, 40) * s
            y = st.gy + depth * (0.45 + 0.3 * (i % 2))
            w = rng.uniform(60, 100) * s
            pen.ellipse(x, y, w, w * 0.16, lighten(sky, 0.15), outline=False)
            pen.raw(
                f'<path d="M{num(x - w * 0.5)} {num(y)}q{num(w * 0.5)} {num(-w * 0.08)} '
                f'{num(w)} 0" stroke="#ffffff" stroke-opacity="0.7" stroke-width="{num(2 * s)}" '
                f'fill="none"/>'
            )
    elif st.weather is Weather.snow:
        for _ in range(6):
            x, y = rng.uniform(0, st.w), st.gy + rng.uniform(0.05, 0.9) * depth
            pen.ellipse(
                x, y, rng.uniform(40, 90) * s, rng.uniform(8, 14) * s, "#ffffff", outline=False
            )


def overlay(st: Stage) -> None:
    """Falling weather, drawn over everything so it is unmistakable; never indoors."""
    if st.setting in NO_WEATHER or st.indoors:
        return
    pen, s, rng = st.pen, st.s, st.pen.rng
    if st.weather is Weather.rain:
        parts = []
        for _ in range(int(110 * max(s, 0.5))):
            x, y = rng.uniform(-40, st.w), rng.uniform(0, st.h)
            length = rng.uniform(18, 30) * s
            parts.append(f"M{num(x)} {num(y)}l{num(length * 0.3)} {num(length)}")
        pen.raw(
            f'<path d="{"".join(parts)}" stroke="#e6f0ff" stroke-opacity="0.75" '
            f'stroke-width="{num(2.2 * s)}" fill="none"/>'
        )
    elif st.weather is Weather.snow:
        for _ in range(int(120 * max(s, 0.5))):
            x, y = rng.uniform(0, st.w), rng.uniform(0, st.h)
            r = rng.uniform(2, 5.5) * s
            pen.raw(
                f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="#ffffff" '
                f'fill-opacity="0.92" stroke="none"/>'
            )
    elif st.weather is Weather.wind:
        for k in range(4):
            x, y = st.w * (0.08 + 0.24 * k), st.gy * (0.3 + 0.08 * (k % 2))
            pen.raw(
                f'<path d="M{num(x)} {num(y)}q{num(60 * s)} {num(-18 * s)} '
                f'{num(120 * s)} 0t{num(90 * s)} {num(-6 * s)}" '
                f'stroke="#ffffff" stroke-opacity="0.75" stroke-width="{num(3 * s)}" fill="none"/>'
            )
        for _ in range(14):
            x, y = rng.uniform(0, st.w), rng.uniform(st.gy * 0.25, st.h * 0.95)
            a = rng.uniform(-60, 60)
            c = lit(rng.choice(("#e07a2f", "#e9b949", "#c8553d", "#7fb04a")), st.light)
            pen.raw(
                f'<path d="M0 0q{num(8 * s)} {num(-9 * s)} {num(18 * s)} '
                f'0q{num(-9 * s)} {num(8 * s)} {num(-18 * s)} 0Z" '
                f'fill="{c}" stroke="{darken(c, 0.4)}" stroke-width="{num(1 * s)}" '
                f'transform="translate({num(x)} {num(y)}) rotate({num(a)})"/>'
            )
