"""Outdoor places: the middle layer (trees, buildings, shore) between far hills and ground."""

from __future__ import annotations

from ..palette import WINDOW_DARK, WINDOW_LIT, darken, lighten, lit, mix
from ..spec import Setting, Weather
from ..svg import Point, num
from .sky import Stage, far_hills, hills

GROUND: dict[Setting, str] = {
    Setting.forest: "#7fbf5f",
    Setting.beach: "#f1d69c",
    Setting.space: "#b7b2c8",
    Setting.castle: "#8ccb67",
    Setting.farm: "#9ccf63",
    Setting.city_park: "#8fd16f",
    Setting.underwater: "#e9d6a6",
    Setting.mountains: "#93c46b",
    Setting.jungle: "#5da84a",
    Setting.snowy_village: "#eef3fa",
    Setting.bedroom: "#c99a6b",
    Setting.classroom: "#c7a27a",
}


def ground(st: Stage, color: str | None = None) -> None:
    base = color or GROUND[st.setting]
    if st.weather is Weather.snow:
        base = mix(base, "#f4f8ff", 0.75)
    c = lit(base, st.light)
    pen, s = st.pen, st.s
    pen.raw(
        f'<rect y="{num(st.gy)}" width="{num(st.w)}" height="{num(st.h - st.gy)}" '
        f'fill="{c}" stroke="none"/>'
    )
    pen.raw(
        f'<path d="M0 {num(st.gy)}H{num(st.w)}" stroke="{darken(c, 0.18)}" '
        f'stroke-width="{num(3 * s)}" fill="none"/>'
    )
    # a lighter band toward the viewer: the near layer is the brightest
    pen.raw(
        f'<rect y="{num(st.gy + (st.h - st.gy) * 0.55)}" width="{num(st.w)}" '
        f'height="{num((st.h - st.gy) * 0.45)}" fill="{lighten(c, 0.08)}" stroke="none"/>'
    )


def tree(st: Stage, x: float, y: float, size: float, color: str, haze: float = 0.0) -> None:
    pen = st.pen
    trunk = lit("#8a5a3b", st.light, haze)
    leaf = lit(color, st.light, haze)
    pen.raw(
        f'<rect x="{num(x - size * 0.09)}" y="{num(y - size * 0.6)}" width="{num(size * 0.18)}" '
        f'height="{num(size * 0.6)}" fill="{trunk}"/>'
    )
    pts: list[Point] = [
        (x - size * 0.5, y - size * 0.7),
        (x - size * 0.42, y - size * 1.05),
        (x - size * 0.12, y - size * 1.25),
        (x + size * 0.25, y - size * 1.2),
        (x + size * 0.5, y - size * 0.95),
        (x + size * 0.45, y - size * 0.62),
        (x, y - size * 0.5),
    ]
    pen.blob(pts, leaf)
    pen.shade(
        [
            (x + size * 0.1, y - size * 0.55),
            (x + size * 0.46, y - size * 0.65),
            (x + size * 0.48, y - size * 0.95),
            (x + size * 0.25, y - size * 0.8),
        ],
        strength=0.14,
    )


def pine(
    st: Stage, x: float, y: float, size: float, color: str, haze: float = 0.0, snow: bool = False
) -> None:
    pen = st.pen
    leaf = lit(color, st.light, haze)
    pen.raw(
        f'<rect x="{num(x - size * 0.07)}" y="{num(y - size * 0.25)}" width="{num(size * 0.14)}" '
        f'height="{num(size * 0.25)}" fill="{lit("#7a4e33", st.light, haze)}"/>'
    )
    for i in range(3):
        w = size * (0.42 - i * 0.1)
        base = y - size * (0.2 + i * 0.3)
        tip = base - size * 0.45
        pen.blob([(x - w, base), (x, tip), (x + w, base)], leaf, smooth=False)
        if snow:
            pen.blob(
                [(x - w * 0.45, tip + size * 0.2), (x, tip), (x + w * 0.45, tip + size * 0.2)],
                "#ffffff",
                outline=False,
                smooth=False,
            )


def house(
    st: Stage,
    x: float,
    y: float,
    w: float,
    h: float,
    wall: str,
    roof: str,
    *,
    snow: bool = False,
    haze: float = 0.0,
) -> None:
    pen = st.pen
    wall_c, roof_c = lit(wall, st.light, haze), lit(roof, st.light, haze)
    pen.raw(
        f'<rect x="{num(x - w / 2)}" y="{num(y - h)}" width="{num(w)}" height="{num(h)}" '
        f'fill="{wall_c}"/>'
    )
    pen.blob(
        [(x - w * 0.62, y - h), (x, y - h - w * 0.5), (x + w * 0.62, y - h)], roof_c, smooth=False
    )
    if snow:
        pen.blob(
            [
                (x - w * 0.64, y - h + 2),
                (x, y - h - w * 0.52),
                (x + w * 0.64, y - h + 2),
                (x, y - h - w * 0.35),
            ],
            "#ffffff",
            smooth=False,
        )
    window(st, x - w * 0.22, y - h * 0.6, w * 0.22)
    window(st, x + w * 0.22, y - h * 0.6, w * 0.22)
    pen.raw(
        f'<rect x="{num(x - w * 0.1)}" y="{num(y - h * 0.38)}" width="{num(w * 0.2)}" '
        f'height="{num(h * 0.38)}" '
        f'rx="{num(w * 0.05)}" fill="{lit(darken(wall, 0.4), st.light, haze)}"/>'
    )


def window(st: Stage, x: float, y: float, size: float) -> None:
    """Windows glow at night: the clearest sign of bedtime in a picture."""
    fill = WINDOW_LIT if st.light.windows_lit else lit(WINDOW_DARK, st.light)
    st.pen.raw(
        f'<rect x="{num(x - size / 2)}" y="{num(y - size / 2)}" width="{num(size)}" '
        f'height="{num(size)}" '
        f'fill="{fill}"/><path d="M{num(x)} {num(y - size / 2)}v{num(size)}M{num(x - size / 2)} '
        f'{num(y)}h{num(size)}" '
        f'fill="none" stroke-width="{num(st.s * 1.2)}"/>'
    )


def forest(st: Stage) -> None:
    far_hills(st, "#7fb6a0")
    rng, s = st.pen.rng, st.s
    for i in range(9):
        x = st.w * (i + rng.uniform(0.1, 0.9)) / 9
        size = rng.uniform(120, 170) * s
        if i % 2:
            pine(st, x, st.gy - 30 * s, size * 1.2, "#3f8f5a", 0.25)
        else:
            tree(st, x, st.gy - 30 * s, size, "#57a85a", 0.25)
    for x in (0.04, 0.95):
        tree(st, st.w * x, st.gy + 6 * s, 230 * s, "#4d9b4f")


def beach(st: Stage) -> None:
    pen, s = st.pen, st.s
    sea_top = st.gy * 0.68
    sea = lit("#4fb3d9", st.light, 0.15)
    pen.raw(
        f'<rect y="{num(sea_top)}" width="{num(st.w)}" height="{num(st.gy - sea_top)}" '
        f'fill="{sea}" stroke="none"/>'
    )
    pen.raw(
        f'<rect y="{num(sea_top)}" width="{num(st.w)}" height="{num((st.gy - sea_top) * 0.3)}" '
        f'fill="{lighten(sea, 0.2)}" stroke="none"/>'
    )
    waves = "white" if st.weather is not Weather.clear else lighten(sea, 0.5)
    rng = pen.rng
    for row in range(3):
        y = sea_top + (st.gy - sea_top) * (0.3 + row * 0.22)
        for _ in range(6 + row * 2):
            x = rng.uniform(0, st.w)
            pen.raw(
                f'<path d="M{num(x)} {num(y)}q{num(9 * s)} {num(-7 * s)} '
                f'{num(18 * s)} 0" fill="none" stroke="{waves}" stroke-width="{num(2.4 * s)}"/>'
            )
    hills(st, st.gy * 0.985, 14 * s, lit(GROUND[Setting.beach], st.light), 3, 0.7)
    palm(st, st.w * 0.06, st.gy + 10 * s, 240 * s)


def palm(st: Stage, x: float, y: float, size: float, haze: float = 0.0) -> None:
    pen = st.pen
    trunk = [(x, y), (x + size * 0.06, y - size * 0.5), (x + size * 0.16, y - size * 0.95)]
    pen.line(trunk, lit("#7b5235", st.light, haze), size * 0.09, smooth=True)
    tx, ty = trunk[-1]
    leaf = lit("#3f9a4a", st.light, haze)
    for dx, dy in ((-0.5, 0.12), (-0.35, -0.18), (0.1, -0.25), (0.45, -0.1), (0.5, 0.18)):
        pen.blob(
            [
                (tx, ty),
                (tx + size * dx * 0.5, ty + size * dy - size * 0.1),
                (tx + size * dx, ty + size * dy + size * 0.06),
                (tx + size * dx * 0.5, ty + size * dy * 0.4),
            ],
            leaf,
        )


def castle(st: Stage) -> None:
    far_hills(st, "#8fb8a8")
    pen, s = st.pen, st.s
    cx, base = st.w * 0.5, st.gy - 40 * s
    wall, roof = lit("#c9bfd6", st.light, 0.2), lit("#7a5fb5", st.light, 0.2)
    pen.raw(
        f'<rect x="{num(cx - 190 * s)}" y="{num(base - 150 * s)}" width="{num(380 * s)}" '
        f'height="{num(150 * s)}" fill="{wall}"/>'
    )
    for i in range(10):
        pen.raw(
            f'<rect x="{num(cx - 190 * s + i * 40 * s)}" y="{num(base - 168 * s)}" '
            f'width="{num(22 * s)}" height="{num(20 * s)}" fill="{wall}"/>'
        )
    for tx, th in ((-210, 240), (210, 240), (0, 300)):
        x = cx + tx * s
        pen.raw(
            f'<rect x="{num(x - 38 * s)}" y="{num(base - th * s)}" width="{num(76 * s)}" '
            f'height="{num(th * s)}" fill="{wall}"/>'
        )
        pen.blob(
            [(x - 48 * s, base - th * s), (x, base - (th + 95) * s), (x + 48 * s, base - th * s)],
            roof,
            smooth=False,
        )
        fy = base - (th + 95) * s
        pen.raw(f'<path d="M{num(x)} {num(fy)}v{num(-30 * s)}" fill="none"/>')
        pen.blob(
            [(x, fy - 30 * s), (x + 26 * s, fy - 24 * s), (x, fy - 17 * s)],
            lit("#ff6b6b", st.light),
            smooth=False,
        )
        window(st, x, base - th * s * 0.65, 22 * s)
    pen.raw(
        f'<path d="M{num(cx - 45 * s)} {num(base)}v{num(-60 * s)}a{num(45 * s)} '
        f'{num(45 * s)} 0 0 1 {num(90 * s)} 0v{num(60 * s)}Z" '
        f'fill="{lit("#6b4a3a", st.light, 0.2)}"/>'
    )
    pen.raw(
        f'<rect x="{num(cx - 55 * s)}" y="{num(base)}" width="{num(110 * s)}" '
        f'height="{num(40 * s)}" fill="{lit("#d8c8a8", st.light)}" stroke="none"/>'
    )


def farm(st: Stage) -> None:
    far_hills(st, "#a6c97a")
    pen, s = st.pen, st.s
    bx, base = st.w * 0.22, st.gy - 30 * s
    red, trim = "#d2553f", "#fdf6ec"
    w, h = 220 * s, 150 * s
    pen.blob(
        [
            (bx - w / 2, base),
            (bx - w / 2, base - h),
            (bx - w * 0.3, base - h - 70 * s),
            (bx + w * 0.3, base - h - 70 * s),
            (bx + w / 2, base - h),
            (bx + w / 2, base),
        ],
        lit(red, st.light, 0.1),
        smooth=False,
    )
    pen.raw(
        f'<rect x="{num(bx - 40 * s)}" y="{num(base - 90 * s)}" width="{num(80 * s)}" '
        f'height="{num(90 * s)}" fill="{lit(trim, st.light)}"/>'
    )
    pen.raw(
        f'<path d="M{num(bx - 40 * s)} {num(base - 90 * s)}l{num(80 * s)} '
        f"{num(90 * s)}M{num(bx + 40 * s)} {num(base - 90 * s)}l{num(-80 * s)} "
        f'{num(90 * s)}" fill="none" stroke="{lit(red, st.light)}" stroke-width="{num(5 * s)}"/>'
    )
    window(st, bx, base - h - 20 * s, 34 * s)
    fence = lit("#e9dcc4", st.light)
    y = st.gy - 8 * s
    pen.raw(
        f'<path d="M{num(st.w * 0.38)} {num(y - 40 * s)}H{num(st.w)}M{num(st.w * 0.38)} '
        f'{num(y - 20 * s)}H{num(st.w)}" stroke="{fence}" stroke-width="{num(7 * s)}" '
        f'fill="none"/>'
    )
    for i in range(16):
        x = st.w * 0.4 + i * 48 * s
        pen.raw(
            f'<rect x="{num(x)}" y="{num(y - 55 * s)}" width="{num(10 * s)}" '
            f'height="{num(55 * s)}" fill="{fence}"/>'
        )
    pen.ellipse(st.w * 0.7, st.gy - 40 * s, 52 * s, 36 * s, lit("#e9c45c", st.light, 0.1))


def city_park(st: Stage) -> None:
    pen, s, rng = st.pen, st.s, st.pen.rng
    x = 0.0
    while x < st.w:
        w, h = rng.uniform(70, 130) * s, rng.uniform(150, 280) * s
        color = lit(rng.choice(("#b8c4d8", "#c9b8d8", "#b8d0d0")), st.light, 0.45)
        top = st.gy - 60 * s - h
        pen.raw(
            f'<rect x="{num(x)}" y="{num(top)}" width="{num(w)}" height="{num(h + 60 * s)}" '
            f'fill="{color}" stroke="none"/>'
        )
        for wy in range(int(h // (34 * s))):
            for wx in range(int(w // (30 * s))):
                if rng.random() < 0.6:
                    lit_on = st.light.windows_lit and rng.random() < 0.7
                    fill = WINDOW_LIT if lit_on else lighten(color, 0.25)
                    pen.raw(
                        f'<rect x="{num(x + 10 * s + wx * 30 * s)}" '
                        f'y="{num(top + 14 * s + wy * 34 * s)}" '
                        f'width="{num(14 * s)}" height="{num(18 * s)}" fill="{fill}" '
                        f'stroke="none"/>'
                    )
        x += w + rng.uniform(4, 20) * s
    hills(st, st.gy - 30 * s, 30 * s, lit("#7fc46a", st.light, 0.15), 2, 1.3)
    for fx in (0.08, 0.3, 0.72, 0.93):
        tree(st, st.w * fx, st.gy - 10 * s, 150 * s, "#5fb35a", 0.1)
    lamp = lit("#4a4a5a", st.light)
    lx = st.w * 0.6
    pen.raw(
        f'<path d="M{num(lx)} {num(st.gy)}V{num(st.gy - 170 * s)}" stroke="{lamp}" '
        f'stroke-width="{num(7 * s)}" fill="none"/>'
    )
    pen.circle(lx, st.gy - 178 * s, 14 * s, WINDOW_LIT if st.light.windows_lit else "#f4f1de")


def mountains(st: Stage) -> None:
    pen, s = st.pen, st.s
    for layer, (color, haze, peaks) in enumerate((("#8f9fc8", 0.5, 3), ("#7d8fb8", 0.25, 4))):
        pts: list[Point] = [(0, st.gy)]
        n = peaks
        for i in range(n):
            x0 = st.w * i / n
            top = st.gy * (0.22 + 0.12 * layer + 0.08 * ((i * 7 + layer) % 3))
            pts += [(x0 + st.w / n * 0.5, top), (x0 + st.w / n, st.gy * (0.62 + 0.08 * layer))]
        pts.append((st.w, st.gy))
        c = lit(color, st.light, haze)
        pen.blob(pts, c, outline=False, smooth=False)
        for j in range(1, len(pts) - 1, 2):
            px, py = pts[j]
            cap = [
                (px - 38 * s, py + 40 * s),
                (px, py),
                (px + 38 * s, py + 40 * s),
                (px + 10 * s, py + 30 * s),
                (px - 12 * s, py + 44 * s),
            ]
            pen.blob(cap, lit("#ffffff", st.light, haze * 0.5), outline=False, smooth=False)
    hills(st, st.gy - 25 * s, 30 * s, lit("#7fb06a", st.light, 0.15), 2, 0.4)
    for fx in (0.05, 0.12, 0.85, 0.93):
        pine(st, st.w * fx, st.gy, 180 * s, "#3d7f54", 0.05, snow=st.weather is Weather.snow)


def jungle(st: Stage) -> None:
    far_hills(st, "#5f9f7a")
    pen, s, rng = st.pen, st.s, st.pen.rng
    for i in range(6):
        palm(
            st,
            st.w * (i + rng.uniform(0.2, 0.8)) / 6,
            st.gy - 20 * s,
            rng.uniform(190, 260) * s,
            0.2,
        )
    for fx in (0.0, 1.0):
        for k in range(4):
            x = st.w * fx + (1 - 2 * fx) * k * 28 * s
            pen.blob(
                [
                    (x, st.gy + 20 * s),
                    (x + (1 - 2 * fx) * 90 * s, st.gy - (140 - k * 20) * s),
                    (x + (1 - 2 * fx) * 40 * s, st.gy - 60 * s),
                ],
                lit("#2f8a45", st.light),
                smooth=True,
            )
    for fx in (0.15, 0.87):
        pen.line(
            [(st.w * fx, 0), (st.w * fx + 12 * s, st.gy * 0.25), (st.w * fx - 6 * s, st.gy * 0.4)],
            lit("#3d8b4a", st.light, 0.1),
            5 * s,
            smooth=True,
        )


def snowy_village(st: Stage) -> None:
    far_hills(st, "#c9d8ec", snowy=True)
    rng, s = st.pen.rng, st.s
    walls = ("#e8b07a", "#d98c7a", "#b9c98a", "#9cb8d8")
    roofs = ("#8a4a3a", "#5a6a8a", "#7a5a8a")
    for i in range(5):
        x = st.w * (0.1 + i * 0.2) + rng.uniform(-20, 20) * s
        house(
            st,
            x,
            st.gy - 24 * s,
            rng.uniform(90, 120) * s,
            rng.uniform(70, 95) * s,
            walls[i % 4],
            roofs[i % 3],
            snow=True,
            haze=0.15,
        )
    for fx in (0.02, 0.98):
        pine(st, st.w * fx, st.gy + 4 * s, 200 * s, "#3d7f54", snow=True)


OUTDOOR = {
    Setting.forest: forest,
    Setting.beach: beach,
    Setting.castle: castle,
    Setting.farm: farm,
    Setting.city_park: city_park,
    Setting.mountains: mountains,
    Setting.jungle: jungle,
    Setting.snowy_village: snowy_village,
}
