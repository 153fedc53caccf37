"""Where in the setting a page happens, and what stands in the way.

A setting's painter draws its usual view (the first place of each setting). Every other
place adds what makes it that place on top: water for a pond or a river bank, a wall and
arches for the great hall, close trunks for deep in the wood, a rim for a crater.
"""

from __future__ import annotations

from collections.abc import Callable

from ..palette import darken, lighten, lit, mix
from ..spec import PLACES, Place
from ..svg import num
from .outdoor import house, tree
from .sky import Stage, backdrop


def _fill(st: Stage, color: str, haze: float = 0.0) -> str:
    if st.night:
        return mix(color, "#1d2a66", 0.45)
    return lit(color, st.light, haze)


def _poly(st: Stage, points: list[tuple[float, float]], color: str, outline: bool = True) -> None:
    d = "M" + "L".join(f"{num(x)} {num(y)}" for x, y in points) + "Z"
    st.pen.path(d, color, outline=outline)


def _water(st: Stage, cx: float, rx: float, color: str = "#5bb4e0", frozen: bool = False) -> None:
    cy, ry = st.gy + (st.h - st.gy) * 0.35, (st.h - st.gy) * 0.22
    tone = "#cfe8f5" if frozen else color
    st.pen.ellipse(cx, cy, rx, ry, _fill(st, tone))
    for k in range(3):
        y = cy - ry * 0.3 + k * ry * 0.3
        st.pen.raw(
            f'<path d="M{num(cx - rx * 0.5)} {num(y)}h{num(rx * (0.3 + 0.15 * k))}" '
            f'stroke="{lighten(_fill(st, tone), 0.45)}" '
            f'stroke-width="{num(3 * st.s)}" fill="none"/>'
        )


def _wall(st: Stage, stone: str, arches: int = 0, banners: bool = False) -> None:
    """An inside wall over the whole sky: stone courses, arched windows, banners."""
    pen, s = st.pen, st.s
    wall = _fill(st, stone)
    pen.raw(f'<rect width="{num(st.w)}" height="{num(st.gy)}" fill="{wall}" stroke="none"/>')
    for row in range(int(st.gy / (46 * s)) + 1):
        y = row * 46 * s
        pen.raw(
            f'<path d="M0 {num(y)}H{num(st.w)}" stroke="{darken(wall, 0.12)}" '
            f'stroke-width="{num(2 * s)}" fill="none"/>'
        )
    for k in range(arches):
        x = st.w * (k + 0.5) / arches
        top, width = st.gy * 0.18, 90 * s
        d = (
            f"M{num(x - width / 2)} {num(st.gy * 0.7)}V{num(top + width / 2)}"
            f"A{num(width / 2)} {num(width / 2)} 0 0 1 {num(x + width / 2)} {num(top + width / 2)}"
            f"V{num(st.gy * 0.7)}Z"
        )
        pen.path(d, st.light.sky_top if not st.night else "#1d2a66")
        if banners:
            bx = x + st.w / arches / 2
            _poly(
                st,
                [(bx - 28 * s, 0), (bx + 28 * s, 0), (bx + 28 * s, st.gy * 0.45),
                 (bx, st.gy * 0.38), (bx - 28 * s, st.gy * 0.45)],
                _fill(st, "#c0392b"),
            )  # fmt: skip
    pen.raw(
        f'<rect y="{num(st.gy)}" width="{num(st.w)}" height="{num(st.h - st.gy)}" '
        f'fill="{_fill(st, darken(stone, 0.2))}" stroke="none"/>'
    )


def _close_trees(st: Stage, color: str, jungle: bool = False) -> None:
    """Deep in the wood: trunks close on both sides and leaves over the sky."""
    pen, s = st.pen, st.s
    canopy = _fill(st, darken(color, 0.25))
    pen.raw(
        f'<rect width="{num(st.w)}" height="{num(st.gy * 0.28)}" fill="{canopy}" stroke="none"/>'
    )
    for k in range(14):
        x = st.w * k / 13
        pen.ellipse(x, st.gy * 0.28, 70 * s, 45 * s, canopy, outline=False)
    for x in (0.03, 0.13, 0.87, 0.97):
        pen.raw(
            f'<rect x="{num(st.w * x - 22 * s)}" y="{num(st.gy * 0.2)}" width="{num(44 * s)}" '
            f'height="{num(st.gy * 0.85)}" fill="{_fill(st, "#6b4a32")}"/>'
        )
    if jungle:
        for k in range(6):
            x = st.w * (0.1 + 0.16 * k)
            pen.raw(
                f'<path d="M{num(x)} {num(st.gy * 0.3)}q{num(20 * s)} {num(120 * s)} '
                f'{num(-5 * s)} {num(220 * s)}" stroke="{_fill(st, "#3f7d3a")}" '
                f'stroke-width="{num(5 * s)}" fill="none"/>'
            )


def _hill(st: Stage, color: str, flag: bool = False, snow: bool = False) -> None:
    pen, s = st.pen, st.s
    top = st.gy * 0.55
    d = (
        f"M0 {num(st.gy + 10 * s)}C{num(st.w * 0.3)} {num(st.gy)} {num(st.w * 0.45)} {num(top)} "
        f"{num(st.w * 0.7)} {num(top)}S{num(st.w)} {num(st.gy * 0.8)} {num(st.w)} {num(st.gy)}"
        f"V{num(st.h)}H0Z"
    )
    pen.path(d, _fill(st, "#f4f8ff" if snow else color))
    if flag:
        x = st.w * 0.7
        pen.raw(
            f'<path d="M{num(x)} {num(top)}V{num(top - 90 * s)}" stroke="#5a4a4a" '
            f'stroke-width="{num(4 * s)}" fill="none"/>'
        )
        _poly(st, [(x, top - 90 * s), (x + 50 * s, top - 75 * s), (x, top - 60 * s)], "#e74c3c")


def _path(st: Stage, color: str) -> None:
    s = st.s
    _poly(
        st,
        [(st.w * 0.42, st.h), (st.w * 0.48, st.gy + 4 * s), (st.w * 0.52, st.gy + 4 * s),
         (st.w * 0.72, st.h)],
        _fill(st, color),
        outline=False,
    )  # fmt: skip


def _cave(st: Stage, rock: str) -> None:
    """Looking out of a cave: dark rock all round an opening."""
    w, h, s = st.w, st.h, st.s
    d = (
        f"M0 0H{num(w)}V{num(h)}H{num(w * 0.88)}C{num(w * 0.9)} {num(st.gy * 0.4)} "
        f"{num(w * 0.7)} {num(90 * s)} {num(w * 0.5)} {num(90 * s)}C{num(w * 0.3)} {num(90 * s)} "
        f"{num(w * 0.1)} {num(st.gy * 0.4)} {num(w * 0.12)} {num(h)}H0Z"
    )
    st.pen.path(d, _fill(st, rock))


def _shelves(st: Stage) -> None:
    pen, s = st.pen, st.s
    x0, y0, width, height = st.w * 0.06, st.gy * 0.15, 260 * s, st.gy * 0.8
    pen.raw(
        f'<rect x="{num(x0)}" y="{num(y0)}" width="{num(width)}" height="{num(height)}" '
        f'fill="{_fill(st, "#8a5a3b")}"/>'
    )
    colors = ("#e74c3c", "#3498db", "#f1c40f", "#2ecc71", "#9b59b6")
    for row in range(4):
        y = y0 + height * (row + 1) / 4
        for k in range(9):
            pen.raw(
                f'<rect x="{num(x0 + 12 * s + k * 26 * s)}" y="{num(y - 44 * s)}" '
                f'width="{num(20 * s)}" height="{num(40 * s)}" '
                f'fill="{_fill(st, colors[(k + row) % len(colors)])}"/>'
            )


def _yard(st: Stage) -> None:
    """Outside the school: sky, grass and a fence, over the classroom."""
    backdrop(st, st.light.sky_top, st.light.sky_bottom)
    pen, s = st.pen, st.s
    pen.raw(
        f'<rect y="{num(st.gy)}" width="{num(st.w)}" height="{num(st.h - st.gy)}" '
        f'fill="{_fill(st, "#8fd16f")}" stroke="none"/>'
    )
    for k in range(int(st.w / (40 * s)) + 1):
        pen.raw(
            f'<rect x="{num(k * 40 * s)}" y="{num(st.gy - 70 * s)}" width="{num(14 * s)}" '
            f'height="{num(70 * s)}" fill="{_fill(st, "#f3e3c3")}"/>'
        )
    house(st, st.w * 0.75, st.gy - 60 * s, 220 * s, 140 * s, "#e8b07a", "#b5523b")


def _hay(st: Stage) -> None:
    _wall(st, "#a8693f")
    for k, x in enumerate((0.12, 0.3, 0.8)):
        st.pen.ellipse(st.w * x, st.gy - 30 * st.s, 80 * st.s, 45 * st.s, _fill(st, "#e6c15a"))
        if k == 1:
            st.pen.ellipse(st.w * x, st.gy - 95 * st.s, 70 * st.s, 40 * st.s, _fill(st, "#e6c15a"))


def _rows(st: Stage, color: str) -> None:
    for k in range(7):
        y = st.gy + (st.h - st.gy) * (k + 0.5) / 7
        st.pen.raw(
            f'<path d="M0 {num(y)}H{num(st.w)}" stroke="{_fill(st, color)}" '
            f'stroke-width="{num(10 * st.s)}" stroke-dasharray="{num(18 * st.s)} {num(10 * st.s)}" '
            f'fill="none"/>'
        )


def _planks(st: Stage) -> None:
    pen, s = st.pen, st.s
    _water(st, st.w * 0.5, st.w * 0.6)
    deck_y = st.gy + 20 * s
    pen.raw(
        f'<rect x="{num(st.w * 0.25)}" y="{num(deck_y)}" width="{num(st.w * 0.75)}" '
        f'height="{num(26 * s)}" fill="{_fill(st, "#a0714f")}"/>'
    )
    for k in range(6):
        x = st.w * (0.28 + 0.13 * k)
        pen.raw(
            f'<rect x="{num(x)}" y="{num(deck_y + 26 * s)}" width="{num(14 * s)}" '
            f'height="{num(90 * s)}" fill="{_fill(st, "#7a5236")}"/>'
        )


def _swings(st: Stage) -> None:
    pen, s = st.pen, st.s
    x, top = st.w * 0.78, st.gy - 190 * s
    frame = _fill(st, "#e74c3c")
    pen.raw(
        f'<path d="M{num(x - 90 * s)} {num(st.gy)}L{num(x - 60 * s)} {num(top)}H{num(x + 60 * s)}'
        f'L{num(x + 90 * s)} {num(st.gy)}" stroke="{frame}" '
        f'stroke-width="{num(8 * s)}" fill="none"/>'
    )
    for dx in (-30, 30):
        pen.raw(
            f'<path d="M{num(x + dx * s)} {num(top)}V{num(st.gy - 50 * s)}" stroke="#5a4a4a" '
            f'stroke-width="{num(3 * s)}" fill="none"/>'
        )
        pen.raw(
            f'<rect x="{num(x + dx * s - 16 * s)}" y="{num(st.gy - 50 * s)}" width="{num(32 * s)}" '
            f'height="{num(8 * s)}" fill="{_fill(st, "#f1c40f")}"/>'
        )


def _bandstand(st: Stage) -> None:
    x, s = st.w * 0.72, st.s
    base, roof = st.gy - 20 * s, st.gy - 200 * s
    st.pen.raw(
        f'<rect x="{num(x - 130 * s)}" y="{num(base)}" width="{num(260 * s)}" '
        f'height="{num(24 * s)}" '
        f'fill="{_fill(st, "#d9d2c5")}"/>'
    )
    for dx in (-110, -40, 40, 110):
        st.pen.raw(
            f'<rect x="{num(x + dx * s - 5 * s)}" y="{num(roof)}" width="{num(10 * s)}" '
            f'height="{num(base - roof)}" fill="{_fill(st, "#ffffff")}"/>'
        )
    _poly(st, [(x - 150 * s, roof), (x, roof - 80 * s), (x + 150 * s, roof)], _fill(st, "#2e8b57"))


def _wreck(st: Stage) -> None:
    s = st.s
    _poly(
        st,
        [(st.w * 0.55, st.gy + 10 * s), (st.w * 0.6, st.gy - 120 * s),
         (st.w * 0.95, st.gy - 80 * s),
         (st.w * 0.92, st.gy + 10 * s)],
        _fill(st, "#6b4a32"),
    )  # fmt: skip
    st.pen.raw(
        f'<path d="M{num(st.w * 0.75)} {num(st.gy - 100 * s)}L{num(st.w * 0.7)} '
        f'{num(st.gy - 330 * s)}" stroke="{_fill(st, "#5a3e2b")}" stroke-width="{num(10 * s)}" '
        f'fill="none"/>'
    )


def _kelp(st: Stage) -> None:
    s = st.s
    for k in range(11):
        x = st.w * (0.04 + 0.092 * k)
        st.pen.raw(
            f'<path d="M{num(x)} {num(st.gy + 10 * s)}q{num(30 * s)} {num(-120 * s)} 0 '
            f'{num(-240 * s)}t0 {num(-240 * s)}" stroke="{_fill(st, "#2f8f5b")}" '
            f'stroke-width="{num(14 * s)}" fill="none"/>'
        )


def _crater(st: Stage) -> None:
    cx, s = st.w * 0.5, st.s
    st.pen.ellipse(cx, st.gy + 60 * s, st.w * 0.42, 70 * s, _fill(st, "#8d88a3"))
    st.pen.ellipse(cx, st.gy + 70 * s, st.w * 0.34, 45 * s, _fill(st, "#6e6985"))


def _moon(st: Stage) -> None:
    """On the moon: the Earth up in the black sky, little craters all about."""
    s = st.s
    st.pen.circle(st.w * 0.2, st.gy * 0.3, 55 * s, _fill(st, "#3d8fd1"))
    st.pen.ellipse(st.w * 0.19, st.gy * 0.28, 25 * s, 18 * s, _fill(st, "#5fb35a"), outline=False)
    for k, x in enumerate((0.15, 0.42, 0.7, 0.9)):
        r, y = (40 + 15 * (k % 2)) * s, st.gy + (50 + 20 * (k % 2)) * s
        st.pen.ellipse(st.w * x, y, r, r * 0.3, _fill(st, "#8d88a3"))


def _rocket(st: Stage) -> None:
    x, s = st.w * 0.78, st.s
    body = _fill(st, "#ecf0f1")
    st.pen.raw(
        f'<rect x="{num(x - 35 * s)}" y="{num(st.gy - 260 * s)}" width="{num(70 * s)}" '
        f'height="{num(230 * s)}" fill="{body}"/>'
    )
    _poly(
        st,
        [(x - 35 * s, st.gy - 260 * s), (x, st.gy - 340 * s), (x + 35 * s, st.gy - 260 * s)],
        "#e74c3c",
    )
    _poly(
        st,
        [(x - 35 * s, st.gy - 80 * s), (x - 75 * s, st.gy - 30 * s), (x - 35 * s, st.gy - 30 * s)],
        "#e74c3c",
    )
    _poly(
        st,
        [(x + 35 * s, st.gy - 80 * s), (x + 75 * s, st.gy - 30 * s), (x + 35 * s, st.gy - 30 * s)],
        "#e74c3c",
    )
    st.pen.circle(x, st.gy - 190 * s, 18 * s, _fill(st, "#5bb4e0"))


def _waterfall(st: Stage) -> None:
    s = st.s
    _poly(
        st,
        [(st.w * 0.55, st.gy), (st.w * 0.6, st.gy * 0.2), (st.w, st.gy * 0.15), (st.w, st.gy)],
        _fill(st, "#7d7466"),
    )
    st.pen.raw(
        f'<rect x="{num(st.w * 0.66)}" y="{num(st.gy * 0.22)}" width="{num(110 * s)}" '
        f'height="{num(st.gy * 0.78)}" fill="{_fill(st, "#bfe6f7")}"/>'
    )
    _water(st, st.w * 0.7, st.w * 0.3)


def _village(st: Stage) -> None:
    s = st.s
    for k, x in enumerate((0.12, 0.34, 0.66, 0.88)):
        size = (150 + 20 * (k % 2)) * s
        house(st, st.w * x, st.gy - 10 * s, size, size * 0.8, "#e8b07a", "#b5523b")


def _hedges(st: Stage) -> None:
    s = st.s
    for x in (0.08, 0.3, 0.7, 0.92):
        st.pen.ellipse(st.w * x, st.gy - 30 * s, 90 * s, 55 * s, _fill(st, "#3f8f47"))
    for k in range(12):
        st.pen.circle(st.w * (0.05 + 0.08 * k), st.gy + 25 * s, 7 * s, _fill(st, "#ff8fb1"))


def _dunes(st: Stage) -> None:
    s = st.s
    for x, w in ((0.2, 0.35), (0.7, 0.45)):
        st.pen.ellipse(st.w * x, st.gy, st.w * w, 90 * s, _fill(st, "#e8c987"))
    for x in (0.15, 0.25, 0.72):
        st.pen.raw(
            f'<path d="M{num(st.w * x)} {num(st.gy - 60 * s)}l{num(-10 * s)} {num(-40 * s)}'
            f'M{num(st.w * x)} {num(st.gy - 60 * s)}l{num(12 * s)} {num(-45 * s)}" '
            f'stroke="{_fill(st, "#7fa35a")}" stroke-width="{num(4 * s)}" fill="none"/>'
        )


def _pools(st: Stage) -> None:
    s = st.s
    for x, r in ((0.2, 90), (0.55, 120), (0.85, 80)):
        st.pen.ellipse(st.w * x, st.gy + 70 * s, r * s, r * 0.35 * s, _fill(st, "#8a8478"))
        st.pen.ellipse(st.w * x, st.gy + 72 * s, r * 0.7 * s, r * 0.2 * s, _fill(st, "#6ec3e8"))


def _cottage(st: Stage) -> None:
    house(st, st.w * 0.72, st.gy - 10 * st.s, 260 * st.s, 170 * st.s, "#f3e3c3", "#b5523b")


def _clearing(st: Stage) -> None:
    """Open grass in the middle, the trees standing back at the edges."""
    for x in (0.04, 0.96):
        tree(st, st.w * x, st.gy + 8 * st.s, 170 * st.s, "#5fa35a")
    for k in range(9):
        st.pen.circle(st.w * (0.2 + 0.07 * k), st.gy + 40 * st.s, 6 * st.s, _fill(st, "#f7d774"))


def _stars(st: Stage) -> None:
    for k in range(24):
        x, y = st.w * ((k * 0.37) % 1), st.gy * (0.1 + ((k * 0.53) % 0.8))
        st.pen.circle(x, y, 3 * st.s, "#fff8e0", outline=False)


PlaceArt = Callable[[Stage], None]
ART: dict[Place, PlaceArt] = {
    Place.deep_wood: lambda st: _close_trees(st, "#4f8f4a"),
    Place.clearing: lambda st: _clearing(st),
    Place.hilltop: lambda st: _hill(st, "#8cc46a"),
    Place.rock_pools: _pools,
    Place.dunes: _dunes,
    Place.pier: _planks,
    Place.among_stars: lambda st: _stars(st),
    Place.moon_surface: _moon,
    Place.crater: _crater,
    Place.launch_pad: _rocket,
    Place.great_hall: lambda st: _wall(st, "#9b9486", arches=3, banners=True),
    Place.tower_room: lambda st: _wall(st, "#a39a8a", arches=1),
    Place.castle_garden: _hedges,
    Place.barn: _hay,
    Place.field: lambda st: _rows(st, "#6f9e3f"),
    Place.duck_pond: lambda st: _water(st, st.w * 0.55, st.w * 0.3),
    Place.park_path: lambda st: _path(st, "#e0cfa8"),
    Place.park_pond: lambda st: _water(st, st.w * 0.5, st.w * 0.34),
    Place.bandstand: _bandstand,
    Place.playground: _swings,
    Place.kelp_forest: _kelp,
    Place.shipwreck: _wreck,
    Place.sea_cave: lambda st: _cave(st, "#1e4a6b"),
    Place.mountain_path: lambda st: _path(st, "#c9b38f"),
    Place.peak: lambda st: _hill(st, "#a7b3a0", flag=True),
    Place.mountain_cave: lambda st: _cave(st, "#5d5650"),
    Place.deep_jungle: lambda st: _close_trees(st, "#3f8f47", jungle=True),
    Place.river_bank: lambda st: _water(st, st.w * 0.5, st.w * 0.7),
    Place.waterfall: _waterfall,
    Place.village_square: _village,
    Place.frozen_pond: lambda st: _water(st, st.w * 0.5, st.w * 0.36, frozen=True),
    Place.snowy_hill: lambda st: _hill(st, "#f4f8ff", snow=True),
    Place.cottage: _cottage,
    Place.reading_corner: _shelves,
    Place.school_yard: _yard,
}


def place(st: Stage, where: Place | None) -> None:
    """What makes this place itself, over the setting's usual view (its first place)."""
    if where is None or where is PLACES[st.setting][0]:
        return
    art = ART.get(where)
    if art is not None:
        art(st)


__all__ = ["ART", "place"]
