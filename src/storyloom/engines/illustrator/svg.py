"""A tiny deterministic SVG builder.

Every number goes through `num` (one fixed decimal) so the same drawing is the same bytes on
every machine, and every shape goes through a `Pen`, which is where the two art styles part:
`flat` emits clean primitives, `storybook` turns them into slightly wobbly hand-drawn paths
with the fill printed a little off-register from the outline.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterable, Sequence

Point = tuple[float, float]

INK = "#3a2b33"
SHADOW = "#3b2a6b"


def num(value: float) -> str:
    """Format with one decimal, dropping a trailing `.0`; never `-0`."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def pts_attr(points: Iterable[Point]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


def polyline_d(points: Sequence[Point], closed: bool = False) -> str:
    head, *rest = points
    d = f"M{num(head[0])} {num(head[1])}" + "".join(f"L{num(x)} {num(y)}" for x, y in rest)
    return d + "Z" if closed else d


def smooth_d(points: Sequence[Point], closed: bool = True) -> str:
    """Catmull-Rom spline through the points, as cubic Béziers."""
    n = len(points)
    if n < 3:
        return polyline_d(points, closed)
    out = [f"M{num(points[0][0])} {num(points[0][1])}"]
    last = n if closed else n - 1
    for i in range(last):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1 = points[i]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        out.append(
            f"C{num(c1[0])} {num(c1[1])} {num(c2[0])} {num(c2[1])} {num(p2[0])} {num(p2[1])}"
        )
    return "".join(out) + ("Z" if closed else "")


def ellipse_points(
    cx: float, cy: float, rx: float, ry: float, n: int = 10, rot: float = 0.0
) -> list[Point]:
    cos_r, sin_r = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    out: list[Point] = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * cos_r - y * sin_r, cy + x * sin_r + y * cos_r))
    return out


def polyline_length(points: Sequence[Point]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(points))


def cut_polyline(points: Sequence[Point], fraction: float) -> list[Point]:
    """The first `fraction` of a polyline, by length."""
    remaining = polyline_length(points) * fraction
    out = [points[0]]
    for a, b in itertools.pairwise(points):
        seg = math.dist(a, b)
        if seg >= remaining:
            t = remaining / seg if seg else 0.0
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
            return out
        out.append(b)
        remaining -= seg
    return out


class Pen:
    """Draws shapes into a list of SVG strings in one of the two art styles.

    Outlines inherit the stroke set on the enclosing group, so shapes only say `stroke="none"`
    when they have no outline: this keeps the SVG small.
    """

    def __init__(self, rough: bool, seed: str | int, stroke: float) -> None:
        self.out: list[str] = []
        self.rough = rough
        self.sw = stroke
        self._seed = str(seed)
        self.rng = random.Random(self._seed)

    def part(self, name: str) -> None:
        """Reseed per part, so a character's ear wobbles the same whatever else is drawn."""
        self.rng = random.Random(f"{self._seed}/{name}")

    def raw(self, text: str) -> None:
        self.out.append(text)

    def open(self, attrs: str = "") -> None:
        self.out.append(f"<g {attrs}>" if attrs else "<g>")

    def close(self) -> None:
        self.out.append("</g>")

    # -- jitter -----------------------------------------------------------------------------

    def _wobble(self, points: Sequence[Point], amount: float) -> list[Point]:
        u = self.rng.uniform
        return [(x + u(-amount, amount), y + u(-amount, amount)) for x, y in points]

    def _offset(self) -> tuple[float, float]:
        return (self.rng.uniform(0.3, 0.9) * self.sw, self.rng.uniform(-0.8, -0.2) * self.sw)

    def _emit_rough(self, d_fill: str, d_line: str, fill: str, outline: bool, extra: str) -> None:
        ox, oy = self._offset()
        if fill != "none":
            self.out.append(
                f'<path d="{d_fill}" fill="{fill}" stroke="none" '
                f'transform="translate({num(ox)} {num(oy)})"{extra}/>'
            )
        if outline:
            self.out.append(f'<path d="{d_line}" fill="none"/>')

    # -- shapes -----------------------------------------------------------------------------

    def ellipse(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        fill: str,
        *,
        outline: bool = True,
        rot: float = 0.0,
        extra: str = "",
    ) -> None:
        if rx <= 0 or ry <= 0:
            # nothing to draw (water below a close-up's page edge): renderers disagree on
            # what a negative radius means, resvg drawing a circle where a PDF draws none
            return
        if self.rough:
            n = 8 if max(rx, ry) < 12 else 11
            # only near-circles get a random start angle: turning a long ellipse would tilt it
            spin = self.rng.uniform(0, 30) if abs(rx - ry) < 0.15 * max(rx, ry) else 0.0
            base = ellipse_points(cx, cy, rx, ry, n, rot + spin)
            amount = min(0.05 * min(rx, ry), 0.8 * self.sw)
            self._emit_rough(
                smooth_d(self._wobble(base, amount)),
                smooth_d(self._wobble(base, amount)),
                fill,
                outline,
                extra,
            )
            return
        stroke = "" if outline else ' stroke="none"'
        tr = f' transform="rotate({num(rot)} {num(cx)} {num(cy)})"' if rot else ""
        if rx == ry and not rot:
            self.out.append(
                f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(rx)}" fill="{fill}"'
                f"{stroke}{extra}/>"
            )
        else:
            self.out.append(
                f'<ellipse cx="{num(cx)}" cy="{num(cy)}" rx="{num(rx)}" ry="{num(ry)}" '
                f'fill="{fill}"{stroke}{tr}{extra}/>'
            )

    def circle(self, cx: float, cy: float, r: float, fill: str, *, outline: bool = True) -> None:
        self.ellipse(cx, cy, r, r, fill, outline=outline)

    def blob(
        self,
        points: Sequence[Point],
        fill: str,
        *,
        outline: bool = True,
        smooth: bool = True,
        extra: str = "",
    ) -> None:
        """A closed shape through the points: smooth for soft forms, angular for ears/horns."""
        draw = smooth_d if smooth else (lambda p: polyline_d(p, True))
        if self.rough:
            size = _extent(points)
            amount = min(0.03 * size, 0.7 * self.sw)
            self._emit_rough(
                draw(self._wobble(points, amount)),
                draw(self._wobble(points, amount)),
                fill,
                outline,
                extra,
            )
            return
        stroke = "" if outline else ' stroke="none"'
        self.out.append(f'<path d="{draw(points)}" fill="{fill}"{stroke}{extra}/>')

    def path(self, d: str, fill: str, *, outline: bool = True, extra: str = "") -> None:
        """A hand-written path: not jittered (used for small marks where jitter would smudge)."""
        stroke = "" if outline else ' stroke="none"'
        self.out.append(f'<path d="{d}" fill="{fill}"{stroke}{extra}/>')

    def line(
        self,
        points: Sequence[Point],
        color: str,
        width: float,
        *,
        smooth: bool = False,
        extra: str = "",
    ) -> None:
        pts = list(points)
        if self.rough:
            pts = self._wobble(pts, min(0.4 * self.sw, 0.15 * width + 0.3))
        d = smooth_d(pts, closed=False) if smooth else polyline_d(pts)
        self.out.append(
            f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{num(width)}"{extra}/>'
        )

    def limb(
        self,
        points: Sequence[Point],
        color: str,
        width: float,
        *,
        cover: str | None = None,
        cover_fraction: float = 0.0,
    ) -> None:
        """An outlined tube (arm, leg): ink underneath, colour on top, optional sleeve."""
        pts = list(points)
        if self.rough:
            pts = self._wobble(pts, 0.25 * self.sw)
        d = polyline_d(pts)
        self.out.append(
            f'<path d="{d}" fill="none" stroke="{INK}" stroke-width="{num(width + 2 * self.sw)}"/>'
        )
        self.out.append(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{num(width)}"/>')
        if cover and cover_fraction > 0:
            part = cut_polyline(pts, cover_fraction)
            self.out.append(
                f'<path d="{polyline_d(part)}" fill="none" stroke="{cover}" '
                f'stroke-width="{num(width + 0.6)}" stroke-linecap="butt"/>'
            )

    def shade(
        self, points: Sequence[Point], *, smooth: bool = True, strength: float = 0.16
    ) -> None:
        """The one shadow tone; the storybook style adds crayon hatching on top."""
        d = smooth_d(points) if smooth else polyline_d(points, True)
        self.out.append(
            f'<path d="{d}" fill="{SHADOW}" fill-opacity="{strength:.2f}" stroke="none"/>'
        )
        if self.rough:
            self.out.append(f'<path d="{d}" fill="url(#hatch)" stroke="none"/>')

    def text(self) -> str:
        return "".join(self.out)


def _extent(points: Sequence[Point]) -> float:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def defs(rough: bool, uid: str) -> str:
    """Shared patterns: paper grain and hatching for the storybook style.

    Patterns are in user space so the grain has the same size on every shape.
    """
    if not rough:
        return ""
    rng = random.Random(f"grain/{uid}")
    specks = []
    for _ in range(46):
        x, y = rng.uniform(0, 64), rng.uniform(0, 64)
        r = rng.uniform(0.35, 1.1)
        shade = rng.choice(("#6b5440", "#ffffff", "#8a7358"))
        specks.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{shade}"/>')
    fibres = []
    for _ in range(10):
        x, y = rng.uniform(0, 64), rng.uniform(0, 64)
        a = rng.uniform(0, math.pi)
        dx, dy = 6 * math.cos(a), 6 * math.sin(a)
        fibres.append(f"M{num(x)} {num(y)}l{num(dx)} {num(dy)}")
    return (
        '<pattern id="grain" width="64" height="64" patternUnits="userSpaceOnUse">'
        + "".join(specks)
        + f'<path d="{"".join(fibres)}" stroke="#7a6248" stroke-width="0.5" fill="none"/>'
        + "</pattern>"
        '<pattern id="hatch" width="7" height="7" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(35)">'
        '<path d="M0 1.5H7M0 5H7" stroke="#2e2050" stroke-width="1" stroke-opacity="0.22"/>'
        "</pattern>"
    )
