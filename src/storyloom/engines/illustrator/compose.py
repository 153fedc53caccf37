"""Layout: where each character stands, which way it faces, and where props go.

Layout is separate from drawing so tests can check composition (faces never overlap, held
props sit in the holder's hand) from the same numbers the renderer uses.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from .characters import Figure, draw_character, height_of
from .props import ART, Mode
from .spec import (
    CharacterSheet,
    Facing,
    Focus,
    Kind,
    Placement,
    Pose,
    Prop,
    SceneCharacter,
    SceneSpec,
)
from .svg import Point

W, H = 1200.0, 800.0
PX_STROKE = 3.0  # outline weight on the page, the same for every character
BED_LENGTH = 96.0  # the bed's mattress, in its own units (props.bed)
BED_TOP = 26.0  # how high a sleeper lies on it
FAR_SCALE = 0.45  # a thing far away is drawn this much smaller ...
FAR_LIFT = 0.17  # ... and this much of the page higher, toward the horizon
CALM_BAND = 0.26  # top fraction of the page kept free of characters and props, for text
OBSTACLE_X = 0.8  # where what is in the way stands, as a fraction of the width
CAST_LEFT = 0.06  # with something in the way, the cast stands between here and it
OBSTACLE_CLEAR = 150.0  # and this far from its middle, where the page has room

DEFAULT_SLOTS: dict[int, tuple[float, ...]] = {
    1: (1 / 3,),
    2: (1 / 3, 2 / 3),
    3: (0.2, 0.5, 0.8),
    4: (0.14, 0.38, 0.62, 0.86),
    5: (0.1, 0.3, 0.5, 0.7, 0.9),
}


class UnknownCharacter(ValueError):
    """A scene names a character_id that the cast does not contain."""


@dataclass(frozen=True)
class Placed:
    character_id: str
    sheet: CharacterSheet
    figure: Figure
    x: float
    y: float
    scale: float
    mirror: bool
    focus: bool

    def to_page(self, p: Point) -> Point:
        sign = -1.0 if self.mirror else 1.0
        return (self.x + sign * p[0] * self.scale, self.y + p[1] * self.scale)

    @property
    def face_box(self) -> tuple[float, float, float, float]:
        cx, cy, r = self.figure.head
        x, y = self.to_page((cx, cy))
        rr = r * self.scale
        return (x - rr, y - rr, x + rr, y + rr)

    @property
    def hand(self) -> Point:
        return self.to_page(self.figure.hands[self.figure.hold])


@dataclass(frozen=True)
class PlacedProp:
    prop: Prop
    x: float
    y: float
    scale: float
    mirror: bool
    holder: str | None
    grip: Point | None  # the hand it is held in (string props: where the string starts)
    behind: bool
    peek: bool = False  # only its top shows, out of the shadow it is hidden in


@dataclass(frozen=True)
class Layout:
    w: float
    h: float
    gy: float
    characters: list[Placed]
    props: list[PlacedProp]


def _facing(given: Facing | None, pos: float, n: int) -> Facing:
    if given is not None:
        return given
    if abs(pos - 0.5) < 0.02:
        return Facing.front
    return Facing.right if pos < 0.5 else Facing.left


def _toward(sc: SceneCharacter, pos: float, where: Mapping[str, float]) -> Facing | None:
    """Whoever talks with, hugs or holds hands with another turns to them, whatever way
    the scene asked: two characters talking face each other."""
    other = where.get(sc.with_character or "")
    if other is None or abs(other - pos) < 1e-9:
        return sc.facing
    return Facing.right if other > pos else Facing.left


def layout(spec: SceneSpec, cast: Mapping[str, CharacterSheet], rough: bool) -> Layout:
    for sc in spec.characters:
        if sc.character_id not in cast:
            raise UnknownCharacter(f"unknown character {sc.character_id!r}")
    close = spec.focus is Focus.close_up
    medium = spec.focus is Focus.medium  # nearer: the ground line lower, the cast bigger
    gy = H * 1.08 if close else H * 0.94 if medium else H * 0.8
    chars = list(spec.characters)
    n = len(chars)
    focus_id = spec.focus_character or (chars[0].character_id if chars else None)
    slots = list(DEFAULT_SLOTS.get(n, ()))
    if focus_id is not None and n >= 3 and all(c.position is None for c in chars):
        # the hero takes the most central slot; the others keep their order around it
        mid = min(range(n), key=lambda i: abs(slots[i] - 0.5))
        idx = next(i for i, c in enumerate(chars) if c.character_id == focus_id)
        order = [c for c in chars if c.character_id != focus_id]
        order.insert(mid, chars[idx])
        chars = order
    positions = [c.position if c.position is not None else slots[i] for i, c in enumerate(chars)]
    if spec.obstacle is not None:
        positions = _clear_of_obstacle(positions)
    size = 4.3 if close else 3.9 if medium else 3.3
    base = size * (1.0 if n <= 2 else 0.92 if n == 3 else 0.8 if n == 4 else 0.7)
    # the tallest character must stay below the calm band
    tallest = max((height_of(cast[c.character_id]) for c in chars), default=95.0)
    if not close:
        base = min(base, (gy - H * CALM_BAND) / (tallest * 1.25))
    where = {c.character_id: p for c, p in zip(chars, positions, strict=True)}
    # In a wide or medium shot of several, the one in focus stands a step nearer: lower on
    # the ground and a little bigger, so the cast is not a row seen from the front.
    nearer = H * 0.035 if n > 1 and not close else 0.0
    placed: list[tuple[float, Placed]] = []
    for pos, sc in zip(positions, chars, strict=True):
        sheet = cast[sc.character_id]
        facing = _facing(_toward(sc, pos, where), pos, n)
        if sheet.kind is Kind.unicorn and facing is Facing.front:
            facing = Facing.right if pos <= 0.5 else Facing.left
        focus = sc.character_id == focus_id and n > 1
        scale = base * (1.08 if focus else 1.0) * (1.04 if focus and nearer else 1.0)
        stroke = PX_STROKE / scale
        fig = draw_character(sheet, sc.pose, sc.expression, facing, rough, stroke)
        y = gy + (nearer if focus else 0.0)
        placed.append(
            (pos, Placed(sc.character_id, sheet, fig, 0.0, y, scale, facing is Facing.left, focus))
        )
    xs = _spread([p for p, _ in placed], [pl for _, pl in placed])
    if spec.obstacle is not None:
        xs = _step_back(xs, [pl for _, pl in placed])
    people = [
        Placed(pl.character_id, pl.sheet, pl.figure, x, pl.y, pl.scale, pl.mirror, pl.focus)
        for x, (_, pl) in zip(xs, placed, strict=True)
    ]
    props = _place_props(spec, people, gy, base)
    return Layout(W, H, gy, *_tuck_in(spec, people, props, gy))


def _clear_of_obstacle(positions: list[float]) -> list[float]:
    """What is in the way stands clear on the right; the cast faces it from the left, moved
    over as a group (and drawn closer together only if it must be)."""
    right = OBSTACLE_X - 0.15
    if not positions or max(positions) <= right:
        return positions
    lo = min(positions)
    span = max(positions) - lo
    k = min(1.0, (right - CAST_LEFT) / span) if span > 0 else 1.0
    start = right - span * k
    return [start + (p - lo) * k for p in positions]


def _step_back(xs: list[float], placed: list[Placed]) -> list[float]:
    """The whole cast steps left, as far as the page allows, until nobody stands in front
    of what is in the way."""
    if not xs:
        return xs
    ext = [_extent(p) for p in placed]
    right = max(x + e[1] for x, e in zip(xs, ext, strict=True))
    left = min(x - e[0] for x, e in zip(xs, ext, strict=True))
    shift = min(right - (OBSTACLE_X * W - OBSTACLE_CLEAR), left - W * 0.03)
    return [x - shift for x in xs] if shift > 0 else xs


def _tuck_in(
    spec: SceneSpec, people: list[Placed], props: list[PlacedProp], gy: float
) -> tuple[list[Placed], list[PlacedProp]]:
    """A bed in a picture where someone sleeps is under the first sleeper, sized to them,
    and they lie on it: nobody sleeps on the floor beside an empty bed."""
    bed = next((p for p in props if p.prop is Prop.bed and p.holder is None), None)
    # the first sleeper the scene names (its hero) has the bed, whoever lies nearer the left
    asleep = [c.character_id for c in spec.characters if c.pose is Pose.sleeping]
    by_id = {p.character_id: p for p in people}
    sleeper = by_id.get(asleep[0]) if asleep else None
    if bed is None or sleeper is None:
        return people, props
    length = 2 * sleeper.figure.half_width * sleeper.scale
    ps = max(bed.scale, length * 1.1 / BED_LENGTH)
    tucked = PlacedProp(Prop.bed, sleeper.x, gy, ps, sleeper.mirror, None, None, True)
    on_top = dataclasses.replace(sleeper, y=gy - BED_TOP * ps)
    return (
        [on_top if p is sleeper else p for p in people],
        [tucked if p is bed else p for p in props],
    )


def _extent(pl: Placed) -> tuple[float, float]:
    """Reach left and right of the feet: the body's or the face's, whichever is wider."""
    cx, _, r = pl.figure.head
    sign = -1.0 if pl.mirror else 1.0
    face_l = -(sign * cx - r * 1.08) * pl.scale
    face_r = (sign * cx + r * 1.08) * pl.scale
    body = pl.figure.half_width * pl.scale * 0.8
    return max(face_l, body), max(face_r, body)


def _spread(positions: list[float], placed: list[Placed]) -> list[float]:
    """Keep the requested order and positions, pushing neighbours apart until faces are clear."""
    if not placed:
        return []
    order = sorted(range(len(placed)), key=lambda i: (positions[i], i))
    ext = [_extent(p) for p in placed]
    xs = [positions[i] * W for i in range(len(placed))]
    margin = W * 0.03
    for _ in range(4):
        for a, b in itertools.pairwise(order):
            need = ext[a][1] + ext[b][0] + 6
            if xs[b] - xs[a] < need:
                push = need - (xs[b] - xs[a])
                xs[a] -= push / 2
                xs[b] += push / 2
        first, last = order[0], order[-1]
        if xs[first] - ext[first][0] < margin:
            shift = margin - (xs[first] - ext[first][0])
            for i in order:
                xs[i] += shift
        if xs[last] + ext[last][1] > W - margin:
            shift = xs[last] + ext[last][1] - (W - margin)
            for i in order:
                xs[i] -= shift
    # a final left-to-right sweep guarantees clearance even if the page is too narrow
    for a, b in itertools.pairwise(order):
        xs[b] = max(xs[b], xs[a] + ext[a][1] + ext[b][0] + 6)
    return xs


def _place_props(spec: SceneSpec, people: list[Placed], gy: float, base: float) -> list[PlacedProp]:
    by_id = {p.character_id: p for p in people}
    out: list[PlacedProp] = []
    loose: list[tuple[Prop, Placement | None]] = []
    holders_used: dict[str, int] = {}
    for sp in spec.props:
        art = ART[sp.prop]
        holder = by_id.get(sp.held_by) if sp.held_by else None
        if holder is None or holders_used.get(holder.character_id, 0) >= 1:
            # a second thing handed to the same character rests at its feet instead
            if holder is not None:
                out.append(_beside(sp.prop, holder, gy, base, len(out)))
            else:
                loose.append((sp.prop, sp.placement))
            continue
        holders_used[holder.character_id] = 1
        small = height_of(holder.sheet) < 80
        ps = holder.scale * (0.78 if small else 1.0)
        hx, hy = holder.hand
        if art.mode is Mode.string:
            # strings go up from the front hand, so they never cross the body
            hx, hy = holder.to_page(holder.figure.hands[1])
        if art.mode is Mode.big:
            out.append(_beside(sp.prop, holder, gy, base, len(out)))
        elif art.mode is Mode.string:
            direction = -1.0 if holder.mirror else 1.0
            lift = 95.0 if sp.prop is Prop.balloon else 150.0
            oy = max(H * CALM_BAND + 30, hy - lift * ps)
            ox = hx + direction * (22 if sp.prop is Prop.balloon else 60) * ps
            out.append(
                PlacedProp(sp.prop, ox, oy, ps, holder.mirror, holder.character_id, (hx, hy), False)
            )
        else:
            out.append(
                PlacedProp(sp.prop, hx, hy, ps, holder.mirror, holder.character_id, (hx, hy), False)
            )
    out.extend(_rest(loose, people, gy, base))
    return out


def _beside(prop: Prop, holder: Placed, gy: float, base: float, k: int) -> PlacedProp:
    art = ART[prop]
    direction = -1.0 if holder.mirror else 1.0
    ps = base * (0.85 if art.mode is Mode.big else 1.0)
    x = holder.x + direction * (holder.figure.half_width * holder.scale + art.width * ps * 0.5)
    y = gy - (0 if art.mode is Mode.big else art.bottom * ps) + 6
    return PlacedProp(
        prop, x, y, ps, holder.mirror, holder.character_id, None, art.mode is Mode.big
    )


def _far_corner(people: list[Placed], width: float) -> float:
    """The side of the page farther from the cast, clear of everyone's reach."""
    if not people:
        return W * 0.85
    left = min(p.x - p.figure.half_width * p.scale for p in people)
    right = max(p.x + p.figure.half_width * p.scale for p in people)
    # the middle of the wider free side, or as far along it as the page allows
    if left > W - right:
        return min((W * 0.05 + left) / 2, left - width / 2 - 24)
    return max((right + W * 0.95) / 2, right + width / 2 + 24)


def _rest(
    props: list[tuple[Prop, Placement | None]], people: list[Placed], gy: float, base: float
) -> list[PlacedProp]:
    """Loose props rest on the ground in the widest free gaps between characters; what the
    text put up high (a kite in a tree, a bird on a branch) is drawn up there, still below
    the calm band."""
    taken = sorted(
        (p.x - p.figure.half_width * p.scale, p.x + p.figure.half_width * p.scale) for p in people
    )
    out: list[PlacedProp] = []
    for i, (prop, placement) in enumerate(props):
        art = ART[prop]
        ps = base * (0.85 if art.mode is Mode.big else 1.0)
        width = art.width * ps
        edges = [(-1000000000.0, W * 0.04), *taken, (W * 0.96, 1000000000.0)]
        gaps = [(b[0] - a[1], a[1], b[0]) for a, b in itertools.pairwise(edges)]
        size, left, right = max(gaps)
        x = (left + right) / 2 if size > 0 else W * (0.15 + 0.7 * ((i * 0.37) % 1))
        big = art.mode is Mode.big
        y = gy - (6 if big else art.bottom * ps - 10 * base)
        if art.mode is Mode.string:
            y = gy - art.bottom * ps + 4 * base
        if placement is Placement.up_high and not big:
            y = max(H * CALM_BAND + 40 * ps, gy - H * 0.34)
        behind = big
        if placement is Placement.far_away:
            # small and up by the horizon: a long way off, still in sight
            ps *= FAR_SCALE
            width = art.width * ps
            y = gy - H * FAR_LIFT - (0 if big else art.bottom * ps)
        peek = placement is Placement.hidden
        if peek:
            # tucked away in the free corner farthest from everyone, only its top peeking
            # out of the shadow: there for a child who looks, never in anyone's hands
            ps *= 0.7
            width = art.width * ps
            x = _far_corner(people, width)
            y = gy + 6 * base
            behind = True
        out.append(PlacedProp(prop, x, y, ps, False, None, None, behind, peek))
        taken = sorted([*taken, (x - width / 2 - 8, x + width / 2 + 8)])
    return out
