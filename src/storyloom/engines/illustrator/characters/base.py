"""The shared body plan: an upright, big-headed, short-limbed figure.

Every kind is drawn in its own local space, facing right, feet on y=0 (up is negative y),
in units where a child is about 100 tall. The layout places and mirrors the result; keeping
one canonical direction means a character is designed once and looks the same both ways.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from ..palette import darken
from ..spec import CharacterSheet, Expression, Facing, Pose
from ..svg import Pen, Point
from . import accessories, outfits
from .faces import sleep_marks


@dataclass(frozen=True)
class Rig:
    """Proportions of a figure standing: head circle, torso ellipse and limb lengths."""

    head: tuple[float, float, float]
    torso: tuple[float, float, float, float]
    shoulder: tuple[float, float]  # (half spread, y)
    hip: tuple[float, float]
    arm: float
    leg: float
    limb: float
    foot: tuple[float, float]

    def scaled(self, k: float) -> Rig:
        def s(values: tuple[float, ...]) -> tuple[float, ...]:
            return tuple(v * k for v in values)

        return Rig(
            s(self.head),  # type: ignore[arg-type]
            s(self.torso),  # type: ignore[arg-type]
            s(self.shoulder),  # type: ignore[arg-type]
            s(self.hip),  # type: ignore[arg-type]
            self.arm * k,
            self.leg * k,
            self.limb * k,
            s(self.foot),  # type: ignore[arg-type]
        )


@dataclass
class Geo:
    """A rig put into a pose."""

    rig: Rig
    dy: float
    head: tuple[float, float, float]
    tilt: float
    arms: tuple[list[Point], list[Point]]  # (back/left, front/right)
    legs: tuple[list[Point], list[Point]]
    torso: tuple[float, float, float, float]
    hold: int = 1
    turn: float = 0.0  # the whole figure rotated about its feet (lying, swimming, leaning)
    lift: float = 0.0  # and raised off the ground (a jump, in the water, in the air)
    shift: float = 0.0  # and moved sideways so a figure lying down stays centred


@dataclass(frozen=True)
class Figure:
    """A drawn character in local space, with the anchors layout and props need."""

    svg: str
    head: tuple[float, float, float]
    hands: tuple[Point, Point]
    hold: int
    height: float
    half_width: float


@dataclass
class Ctx:
    sheet: CharacterSheet
    pose: Pose
    expression: Expression
    pen: Pen
    look: float
    extras: dict[str, float] = field(default_factory=dict)

    @property
    def sleeping(self) -> bool:
        return self.pose is Pose.sleeping


def look_for(facing: Facing) -> float:
    return 0.0 if facing is Facing.front else 1.0


def pose_biped(rig: Rig, pose: Pose) -> Geo:
    a, g = rig.arm, rig.leg
    sx, sy = rig.shoulder
    hx, hy = rig.hip
    seated = pose in (Pose.sitting, Pose.hiding)
    dy = g * 0.92 if seated else 0.0
    sy, hy = sy + dy, hy + dy
    cx, cy, r = rig.head
    left = [(-sx, sy), (-sx - 0.22 * a, sy + 0.5 * a), (-sx - 0.28 * a, sy + 0.95 * a)]
    right = [(sx, sy), (sx + 0.22 * a, sy + 0.5 * a), (sx + 0.28 * a, sy + 0.95 * a)]
    legs = ([(-hx, hy), (-hx, 0.0)], [(hx, hy), (hx, 0.0)])
    hold, tilt, turn, lift = 1, 0.0, 0.0, 0.0
    apart = ([(-hx, hy), (-hx - 0.3 * g, 0.0)], [(hx, hy), (hx + 0.3 * g, 0.0)])
    forward = [(sx, sy), (sx + 0.5 * a, sy + 0.05 * a), (sx + 1.0 * a, sy + 0.05 * a)]
    if pose is Pose.waving:
        right = [(sx, sy), (sx + 0.55 * a, sy - 0.2 * a), (sx + 0.62 * a, sy - 0.8 * a)]
        hold = 0
    elif pose is Pose.pointing:
        right = [(sx, sy), (sx + 0.55 * a, sy + 0.02 * a), (sx + 1.05 * a, sy + 0.0 * a)]
        hold = 0
    elif pose is Pose.running:
        right = [(sx, sy), (sx + 0.5 * a, sy + 0.35 * a), (sx + 0.85 * a, sy + 0.15 * a)]
        left = [(-sx, sy), (-sx - 0.35 * a, sy + 0.45 * a), (-sx - 0.7 * a, sy + 0.75 * a)]
        legs = (
            [(-hx, hy), (-hx - 0.35 * g, hy + 0.6 * g), (-hx - 0.8 * g, 0.0)],
            [(hx, hy), (hx + 0.7 * g, hy + 0.45 * g), (hx + 0.9 * g, -0.2 * g)],
        )
    elif seated:
        half = rig.limb * 0.5
        legs = (
            [(-hx, hy), (-hx + 0.9 * g, -half)],
            [(hx, hy), (hx + 1.15 * g, -half)],
        )
        if pose is Pose.hiding:  # curled up small, hands over the eyes, peeking
            right = [(sx, sy), (sx + 0.35 * a, sy - 0.05 * a), (cx + r * 0.35, cy + r * 0.1)]
            left = [(-sx, sy), (-sx + 0.25 * a, sy - 0.05 * a), (cx - r * 0.15, cy + r * 0.15)]
            tilt = 10.0
        else:
            right = [(sx, sy), (sx + 0.35 * a, sy + 0.5 * a), (sx + 0.55 * a, sy + 0.85 * a)]
    elif pose is Pose.sleeping:  # lying on the ground, arms by the sides
        turn, lift = -90.0, rig.torso[2] * 1.05
    elif pose is Pose.climbing:  # both hands up on the hold, one knee raised
        left = [(-sx, sy), (-sx - 0.15 * a, sy - 0.5 * a), (-sx - 0.05 * a, sy - 0.95 * a)]
        right = [(sx, sy), (sx + 0.15 * a, sy - 0.55 * a), (sx + 0.1 * a, sy - 1.0 * a)]
        legs = (
            [(-hx, hy), (-hx - 0.1 * g, hy + 0.5 * g), (-hx, 0.0)],
            [(hx, hy), (hx + 0.5 * g, hy + 0.3 * g), (hx + 0.35 * g, -0.35 * g)],
        )
        hold = 1
    elif pose is Pose.jumping:  # off the ground, arms flung up, knees tucked
        left = [(-sx, sy), (-sx - 0.45 * a, sy - 0.4 * a), (-sx - 0.7 * a, sy - 0.85 * a)]
        right = [(sx, sy), (sx + 0.45 * a, sy - 0.4 * a), (sx + 0.7 * a, sy - 0.85 * a)]
        legs = (
            [(-hx, hy), (-hx - 0.35 * g, hy + 0.45 * g), (-hx - 0.1 * g, hy + 0.8 * g)],
            [(hx, hy), (hx + 0.35 * g, hy + 0.45 * g), (hx + 0.1 * g, hy + 0.8 * g)],
        )
        lift, hold = 0.5 * g, 0
    elif pose in (Pose.swimming, Pose.flying):  # stretched out, leaning into the way ahead
        if pose is Pose.swimming:
            right = [(sx, sy), (sx + 0.5 * a, sy - 0.1 * a), (sx + 1.0 * a, sy - 0.15 * a)]
            left = [(-sx, sy), (-sx + 0.3 * a, sy - 0.2 * a), (-sx + 0.75 * a, sy - 0.35 * a)]
        else:
            right = [(sx, sy), (sx + 0.5 * a, sy - 0.3 * a), (sx + 0.9 * a, sy - 0.6 * a)]
            left = [(-sx, sy), (-sx - 0.5 * a, sy - 0.3 * a), (-sx - 0.9 * a, sy - 0.6 * a)]
        legs = (
            [(-hx, hy), (-hx - 0.15 * g, hy + 0.5 * g), (-hx - 0.05 * g, 0.0)],
            [(hx, hy), (hx + 0.1 * g, hy + 0.5 * g), (hx + 0.15 * g, 0.0)],
        )
        turn = 65.0 if pose is Pose.swimming else 55.0
        lift, hold = (0.9 if pose is Pose.swimming else 1.4) * g, 0
    elif pose is Pose.digging:  # bent over, both hands low on the spade
        right = [(sx, sy), (sx + 0.45 * a, sy + 0.5 * a), (sx + 0.6 * a, sy + 0.95 * a)]
        left = [(-sx, sy), (-sx + 0.4 * a, sy + 0.55 * a), (sx + 0.45 * a, sy + 0.9 * a)]
        legs, tilt, turn = apart, 14.0, 8.0
    elif pose in (Pose.carrying, Pose.hugging):  # arms round something held close
        reach = 0.8 if pose is Pose.carrying else 0.95
        right = [(sx, sy), (sx + 0.45 * a, sy + 0.4 * a), (sx + reach * a, sy + 0.3 * a)]
        left = [(-sx, sy), (-sx + 0.35 * a, sy + 0.5 * a), (sx + 0.55 * a, sy + 0.35 * a)]
    elif pose is Pose.reaching:  # on tiptoe, one arm as high as it goes
        right = [(sx, sy), (sx + 0.2 * a, sy - 0.5 * a), (sx + 0.25 * a, sy - 1.05 * a)]
        legs = ([(-hx, hy), (-hx, -0.1 * g)], [(hx, hy), (hx + 0.05 * g, -0.1 * g)])
        lift, tilt = 0.1 * g, -10.0
    elif pose is Pose.holding_hands:  # the front hand out and down to the one beside
        right = [(sx, sy), (sx + 0.45 * a, sy + 0.55 * a), (sx + 0.9 * a, sy + 0.7 * a)]
        hold = 0
    elif pose is Pose.reading:  # both hands before the chest, head bowed to the page
        right = [(sx, sy), (sx + 0.3 * a, sy + 0.6 * a), (sx + 0.5 * a, sy + 0.35 * a)]
        left = [(-sx, sy), (-sx + 0.3 * a, sy + 0.6 * a), (sx * 0.5, sy + 0.35 * a)]
        tilt = 12.0
    elif pose is Pose.eating:  # a hand up at the mouth
        right = [(sx, sy), (sx + 0.4 * a, sy + 0.4 * a), (cx + r * 0.6, cy + r * 0.75)]
    elif pose is Pose.looking_up:
        right = [(sx, sy), (sx + 0.45 * a, sy - 0.1 * a), (cx + r * 0.55, cy - r * 0.55)]
        tilt = -14.0
    elif pose is Pose.looking_down:
        tilt = 16.0
    elif pose in (Pose.pushing, Pose.pulling):  # arms straight at the load, leaning
        right = forward
        left = [(-sx, sy), (-sx + 0.5 * a, sy + 0.15 * a), (sx + 0.85 * a, sy + 0.15 * a)]
        if pose is Pose.pushing:
            legs, turn = ([(-hx, hy), (-hx - 0.5 * g, 0.0)], [(hx, hy), (hx + 0.1 * g, 0.0)]), 14.0
        else:
            legs, turn = ([(-hx, hy), (-hx - 0.1 * g, 0.0)], [(hx, hy), (hx + 0.5 * g, 0.0)]), -12.0
    elif pose is Pose.talking:  # an open hand out, the head leaning in to the listener
        right = [(sx, sy), (sx + 0.45 * a, sy + 0.35 * a), (sx + 0.75 * a, sy + 0.05 * a)]
        hold, tilt = 0, 7.0
    tcx, tcy, trx, try_ = rig.torso
    top = cy - r
    shift = -_turned((0.0, top), turn)[0] / 2 if turn else 0.0
    return Geo(
        rig=rig,
        dy=dy,
        head=(cx, cy + dy, r),
        tilt=tilt,
        arms=(left, right),
        legs=legs,
        torso=(tcx, tcy + dy, trx, try_),
        hold=hold,
        turn=turn,
        lift=lift,
        shift=shift,
    )


def _turned(point: Point, degrees: float) -> Point:
    x, y = point
    angle = math.radians(degrees)
    return x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)


def placed(point: Point, geo: Geo) -> Point:
    """Where a point of the posed figure ends up once it is turned about the feet and
    lifted: the anchors props and layout use must follow the drawing."""
    x, y = _turned(point, geo.turn) if geo.turn else point
    return x + geo.shift, y - geo.lift


class Biped(ABC):
    """Draws the shared body plan; each kind overrides the parts that make it itself."""

    rig: Rig
    height: float
    paw_feet = True

    def limb_color(self, ctx: Ctx) -> str:
        return ctx.sheet.body_color

    def foot_color(self, ctx: Ctx) -> str:
        return darken(ctx.sheet.body_color, 0.25)

    def behind(self, ctx: Ctx, geo: Geo) -> None:  # noqa: B027 - optional hook, default none
        """Tails and wings, drawn before the body."""

    def torso(self, ctx: Ctx, geo: Geo) -> None:
        pen, sheet = ctx.pen, ctx.sheet
        cx, cy, rx, ry = geo.torso
        pen.part("torso")
        pen.ellipse(cx, cy, rx, ry, sheet.body_color)
        pen.ellipse(
            cx + rx * 0.1, cy + ry * 0.2, rx * 0.62, ry * 0.68, sheet.accent_color, outline=False
        )
        pen.shade(_side_shadow(cx, cy, rx, ry))

    @abstractmethod
    def head(self, ctx: Ctx, geo: Geo) -> None:
        """Each kind draws its own."""

    def figure(self, ctx: Ctx) -> Figure:
        geo = pose_biped(self.rig, ctx.pose)
        pen, sheet = ctx.pen, ctx.sheet
        moved = bool(geo.turn or geo.lift)
        if moved:
            pen.open(
                f'transform="translate({geo.shift:.1f} {-geo.lift:.1f}) rotate({geo.turn:.1f})"'
            )
        accessories.draw_behind(ctx, geo)
        self.behind(ctx, geo)
        clothes = outfits.clothes_for(sheet, self.limb_color(ctx))
        for i, leg in enumerate(geo.legs):
            pen.part(f"leg{i}")
            pen.limb(
                leg,
                clothes.leg,
                geo.rig.limb,
                cover=clothes.leg_cover,
                cover_fraction=clothes.leg_frac,
            )
            fx, fy = leg[-1]
            frx, fry = geo.rig.foot
            foot = clothes.shoes or self.foot_color(ctx)
            seated = ctx.pose in (Pose.sitting, Pose.hiding)
            pen.ellipse(
                fx + frx * 0.3, fy - fry * 0.6 + (fry * 0.5 if seated else 0), frx, fry, foot
            )
        if sheet.outfit is outfits.Outfit.none:
            self.torso(ctx, geo)
        else:
            outfits.draw_torso(ctx, geo, clothes)
        for i, arm in enumerate(geo.arms):
            pen.part(f"arm{i}")
            pen.limb(
                arm,
                clothes.arm,
                geo.rig.limb * 0.95,
                cover=clothes.sleeve,
                cover_fraction=clothes.sleeve_frac,
            )
            hx, hy = arm[-1]
            pen.circle(hx, hy, geo.rig.limb * 0.62, self.limb_color(ctx))
        accessories.draw_neck(ctx, geo)
        hx, hy, hr = geo.head
        if geo.tilt:
            pen.open(f'transform="rotate({geo.tilt:.1f} {hx:.1f} {hy + hr:.1f})"')
        self.head(ctx, geo)
        accessories.draw_head(ctx, geo, self.hat_lift(geo))
        if geo.tilt:
            pen.close()
        if moved:
            pen.close()
        hx, hy = placed((hx, hy), geo)
        if ctx.sleeping:
            sleep_marks(pen, hx + hr * 0.9, hy - hr * 1.6, hr * 0.35)
        hands = (placed(geo.arms[0][-1], geo), placed(geo.arms[1][-1], geo))
        height = (
            self.height
            if not moved
            else max(self.height * 0.45, -placed((0, -self.height), geo)[1])
        )
        return Figure(pen.text(), (hx, hy, hr), hands, geo.hold, height, self.half_width(geo))

    def hat_lift(self, geo: Geo) -> float:
        """How far above the head circle a hat sits (tufts and hair push it up)."""
        return 0.0

    def half_width(self, geo: Geo) -> float:
        return max(geo.head[2], geo.torso[2]) * 1.25


def _side_shadow(cx: float, cy: float, rx: float, ry: float) -> list[Point]:
    """A crescent on the right/lower side, away from the light (upper left)."""
    return [
        (cx + rx * 0.35, cy - ry * 0.92),
        (cx + rx * 0.95, cy - ry * 0.2),
        (cx + rx * 0.75, cy + ry * 0.7),
        (cx + rx * 0.05, cy + ry * 0.99),
        (cx + rx * 0.5, cy + ry * 0.3),
        (cx + rx * 0.62, cy - ry * 0.35),
    ]


def head_shadow(cx: float, cy: float, r: float) -> list[Point]:
    return _side_shadow(cx, cy, r, r)
