"""The prop catalogue: every `Prop` member can be drawn held in a hand or resting.

Props are drawn in child-relative units (a child is about 100 tall) around an anchor: the grip
for things held in a hand (y grows downward from the hand), or the bottom centre for big
things that stand on the ground. Kites and balloons fly on a string from the hand.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from . import props_creatures as pc
from .palette import GOLD, WHITE, darken, lighten
from .spec import Prop
from .svg import Pen, Point, num


class Mode(Enum):
    hand = "hand"  # held at the grip; rests on the ground at its bottom
    big = "big"  # always stands on the ground (held means: beside the holder)
    string = "string"  # flies above the hand on a string


@dataclass(frozen=True)
class PropArt:
    draw: Callable[[Pen], None]
    mode: Mode
    bottom: float  # distance from the anchor down to the prop's lowest point
    width: float


def _star_pts(x: float, y: float, r: float, inner: float = 0.45) -> list[Point]:
    pts: list[Point] = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * inner
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    return pts


def kite(p: Pen) -> None:
    p.blob([(0, -16), (11, 0), (0, 20), (-11, 0)], "#ff6b6b", smooth=False)
    p.blob([(0, -16), (11, 0), (0, 0)], "#ffd166", smooth=False, outline=False)
    p.blob([(0, 20), (-11, 0), (0, 0)], "#ffd166", smooth=False, outline=False)
    p.line([(0, 20), (-4, 30), (3, 38), (-2, 48)], "#3a2b33", 0.8, smooth=True)
    for x, y in ((-4, 30), (3, 38)):
        p.blob([(x, y), (x - 4, y - 3), (x - 4, y + 3)], "#4cc9f0", smooth=False)
        p.blob([(x, y), (x + 4, y - 3), (x + 4, y + 3)], "#4cc9f0", smooth=False)


def balloon(p: Pen) -> None:
    p.ellipse(0, 0, 12, 14, "#ef476f")
    p.ellipse(-4, -5, 3, 4.5, "#ffffff", outline=False, extra=' fill-opacity="0.55"')
    p.blob([(0, 14), (-2.5, 17), (2.5, 17)], "#ef476f", smooth=False)


def treasure_map(p: Pen) -> None:
    p.blob([(-12, -10), (12, -8), (13, 8), (-11, 10)], "#f1dca7", smooth=False)
    p.raw('<path d="M-7 5q4 -6 8 -2t6 -6" fill="none" stroke="#a05a2c" stroke-dasharray="2 2"/>')
    p.raw('<path d="M4 -7l4 4m0 -4l-4 4" fill="none" stroke="#e63946" stroke-width="1.6"/>')


def cake(p: Pen) -> None:
    p.ellipse(0, 2, 15, 3, "#ffffff")
    p.raw('<rect x="-11" y="-12" width="22" height="13" rx="2" fill="#f7b2c4"/>')
    p.raw('<path d="M-11 -8q3 4 5.5 0t5.5 0 5.5 0 5.5 0" fill="#ffffff"/>')
    for x in (-5, 0, 5):
        p.raw(f'<rect x="{num(x - 1)}" y="-19" width="2" height="7" fill="#7ec8e3"/>')
        p.ellipse(x, -21, 1.4, 2.4, "#ffb703", outline=False)


def lantern(p: Pen) -> None:
    p.raw('<path d="M-5 6Q0 -2 5 6" fill="none"/>')
    p.raw('<circle cx="0" cy="16" r="15" fill="#ffd56b" fill-opacity="0.35" stroke="none"/>')
    p.raw('<rect x="-7" y="6" width="14" height="3" fill="#3a2b33"/>')
    p.blob([(-6, 9), (6, 9), (7, 22), (-7, 22)], "#ffe08a", smooth=False)
    p.ellipse(0, 16, 2.2, 3.5, "#ff9f1c", outline=False)
    p.raw('<rect x="-8" y="22" width="16" height="3" fill="#3a2b33"/>')


def boat(p: Pen) -> None:
    p.ellipse(0, -3, 48, 7, "#5fa8d3")
    p.raw(
        '<path d="M-36 -5q6 -3 12 0t12 0 12 0 12 0 12 0" fill="none" stroke="#ffffff" '
        'stroke-width="1.5"/>'
    )
    p.blob([(-32, -22), (32, -22), (22, -6), (-22, -6)], "#e76f51", smooth=False)
    p.raw('<path d="M0 -22V-68" fill="none" stroke-width="2.2"/>')
    p.blob([(2, -66), (28, -27), (2, -27)], WHITE, smooth=False)
    p.blob([(-2, -58), (-22, -27), (-2, -27)], "#ffd166", smooth=False)


def book(p: Pen) -> None:
    p.blob([(-13, -6), (0, -3), (13, -6), (13, 8), (0, 11), (-13, 8)], "#4361ee", smooth=False)
    p.blob([(-11, -6), (0, -3), (11, -6), (11, 6), (0, 9), (-11, 6)], WHITE, smooth=False)
    p.raw('<path d="M0 -3V9M-8 -1h5M-8 2h5M3 -1h5M3 2h5" fill="none" stroke-width="0.8"/>')


def ball(p: Pen) -> None:
    p.circle(0, 0, 10, "#ffffff")
    p.raw(
        '<path d="M-10 0a10 10 0 0 1 10 -10v20a10 10 0 0 1 -10 -10Z" fill="#ef476f" stroke="none"/>'
    )
    p.raw('<path d="M0 -10a10 10 0 0 1 8.7 5L0 0Z" fill="#118ab2" stroke="none"/>')
    p.circle(0, 0, 10, "none")


def telescope(p: Pen) -> None:
    p.raw(
        '<g transform="rotate(-35)"><rect x="-6" y="-4" width="22" height="8" '
        'rx="2" fill="#c98a4a"/>'
        '<rect x="14" y="-5.5" width="10" height="11" rx="2" fill="#e9c46a"/>'
        '<rect x="-12" y="-3" width="7" height="6" rx="1.5" fill="#e9c46a"/></g>'
    )


def flower(p: Pen) -> None:
    p.line([(0, 6), (1, -14)], "#4caf50", 2)
    p.ellipse(5, -5, 4, 2, "#6cc46a", rot=-30)
    for i in range(5):
        a = math.radians(i * 72 - 90)
        p.circle(1 + 4.5 * math.cos(a), -18 + 4.5 * math.sin(a), 3.6, "#ff8fab")
    p.circle(1, -18, 2.6, "#ffb703")


def key(p: Pen) -> None:
    p.circle(0, -8, 5, GOLD)
    p.circle(0, -8, 2, WHITE)
    p.raw(
        f'<path d="M0 -3V12h4M0 7h3" fill="none" stroke="{darken(GOLD, 0.4)}" stroke-width="2.2"/>'
    )


def shell(p: Pen) -> None:
    p.blob([(-10, 4), (-9, -4), (0, -10), (9, -4), (10, 4), (0, 7)], "#ffc2b4")
    p.raw('<path d="M0 7L-6 -4M0 7V-9M0 7L6 -4" fill="none" stroke-width="0.8"/>')


def umbrella(p: Pen) -> None:
    p.raw(
        '<path d="M0 4V-62" fill="none" stroke-width="2"/><path d="M0 4q0 '
        '5 -5 4" fill="none" stroke-width="2"/>'
    )
    p.blob(
        [
            (-36, -58),
            (-24, -78),
            (0, -86),
            (24, -78),
            (36, -58),
            (24, -62),
            (12, -58),
            (0, -62),
            (-12, -58),
            (-24, -62),
        ],
        "#ffd60a",
    )
    p.raw('<path d="M0 -86Q-14 -70 -12 -58M0 -86Q14 -70 12 -58" fill="none" stroke-width="1"/>')


def basket(p: Pen) -> None:
    p.raw('<path d="M-10 8Q0 -8 10 8" fill="none" stroke="#a0704a" stroke-width="2.4"/>')
    for x in (-5, 1, 6):
        p.circle(x, 7, 4, "#e63946")
    p.blob([(-13, 8), (13, 8), (10, 22), (-10, 22)], "#d4a373", smooth=False)
    p.raw('<path d="M-12 13h24M-11 18h22" fill="none" stroke-width="0.8"/>')


def teddy_bear(p: Pen) -> None:
    c = "#b5835a"
    for x in (-6, 6):
        p.circle(x, -12, 3.2, c)
    p.ellipse(0, 6, 8, 9, c)
    p.circle(0, -6, 7.5, c)
    p.ellipse(0, -4, 3.5, 2.6, "#e8c9a0", outline=False)
    p.circle(-2.6, -7.5, 1.1, "#1e1424", outline=False)
    p.circle(2.6, -7.5, 1.1, "#1e1424", outline=False)
    p.circle(0, -5, 1, "#1e1424", outline=False)


def present(p: Pen) -> None:
    p.raw('<rect x="-11" y="-8" width="22" height="18" rx="1.5" fill="#8338ec"/>')
    p.raw('<path d="M0 -8V10M-11 1H11" fill="none" stroke="#ffd166" stroke-width="3"/>')
    p.blob([(0, -8), (-7, -14), (-8, -8)], "#ffd166", smooth=False)
    p.blob([(0, -8), (7, -14), (8, -8)], "#ffd166", smooth=False)


def wand(p: Pen) -> None:
    p.line([(-2, 8), (4, -16)], "#3a2b33", 2.4)
    p.blob(_star_pts(5, -20, 7), GOLD, smooth=False)
    for x, y in ((12, -26), (-3, -26), (13, -14)):
        p.circle(x, y, 1.1, "#ffe066", outline=False)


def bucket(p: Pen) -> None:
    p.raw('<path d="M-9 8Q0 -4 9 8" fill="none" stroke-width="1.6"/>')
    p.blob([(-10, 6), (10, 6), (8, 22), (-8, 22)], "#00b4d8", smooth=False)
    p.raw('<path d="M-9.5 10h19" fill="none" stroke="#ffffff" stroke-width="2"/>')


def spade(p: Pen) -> None:
    p.line([(0, -6), (0, 18)], "#c98a4a", 2.6)
    p.raw('<rect x="-4" y="-9" width="8" height="4" rx="1.5" fill="#c98a4a"/>')
    p.blob([(-6, 17), (6, 17), (5, 26), (0, 30), (-5, 26)], "#ff595e", smooth=False)


def apple(p: Pen) -> None:
    p.blob([(0, -5), (6, -7), (8, 1), (4, 7), (0, 5), (-4, 7), (-8, 1), (-6, -7)], "#e63946")
    p.raw('<path d="M0 -5q1 -4 3 -5" fill="none" stroke-width="1.4"/>')
    p.ellipse(4, -9, 3, 1.5, "#6cc46a", outline=False, rot=-20)


def cup(p: Pen) -> None:
    p.raw('<path d="M7 -3q6 0 6 5t-6 5" fill="none" stroke-width="2"/>')
    p.blob([(-8, -6), (8, -6), (7, 10), (-7, 10)], "#f4a261", smooth=False)
    p.raw(
        '<path d="M-3 -10q2 -3 0 -6M2 -10q2 -3 0 -6" fill="none" stroke="#ffffff" '
        'stroke-width="1.2"/>'
    )


def blanket(p: Pen) -> None:
    p.blob([(-12, 0), (12, 0), (15, 34), (2, 38), (-14, 34)], "#a2d2ff")
    for y in (10, 20, 30):
        p.raw(f'<path d="M-13 {y}H14" fill="none" stroke="#ffafcc" stroke-width="3"/>')


def compass(p: Pen) -> None:
    p.circle(0, 0, 9, GOLD)
    p.circle(0, 0, 6.5, WHITE)
    p.blob([(0, -6), (1.8, 0), (-1.8, 0)], "#e63946", outline=False, smooth=False)
    p.blob([(0, 6), (1.8, 0), (-1.8, 0)], "#3a2b33", outline=False, smooth=False)


def magnifying_glass(p: Pen) -> None:
    p.line([(0, 6), (6, -6)], "#8a5a3b", 3.4)
    p.circle(11, -14, 9, "#bde0fe", outline=False)
    p.raw('<circle cx="11" cy="-14" r="9" fill="none" stroke="#3a2b33" stroke-width="3"/>')
    p.raw('<path d="M6 -18q3 -4 8 -4" fill="none" stroke="#ffffff" stroke-width="1.6"/>')


def nest(p: Pen) -> None:
    for x in (-4, 3):
        p.ellipse(x, -4, 3.5, 4.5, "#bde0fe")
    p.blob([(-14, -3), (14, -3), (10, 6), (-10, 6)], "#a0704a")
    p.raw('<path d="M-12 0h24M-10 3h20" fill="none" stroke="#6b4a2a" stroke-width="0.8"/>')


def rocket(p: Pen) -> None:
    p.blob([(-14, 0), (-9, -20), (-8, -8)], "#ef476f", smooth=False)
    p.blob([(14, 0), (9, -20), (8, -8)], "#ef476f", smooth=False)
    p.blob([(-10, -4), (-11, -40), (0, -70), (11, -40), (10, -4)], "#f1faee")
    p.circle(0, -40, 6, "#4cc9f0")
    p.blob([(-6, -4), (0, 4), (6, -4)], "#ff9f1c", smooth=False)


def paintbrush(p: Pen) -> None:
    p.line([(0, 8), (4, -10)], "#c98a4a", 2.6)
    p.raw('<rect x="2" y="-14" width="5" height="4" fill="#adb5bd" transform="rotate(13 4 -12)"/>')
    p.blob([(3.5, -14), (7.5, -13), (7, -21), (5, -23)], "#4361ee", smooth=True)


def drum(p: Pen) -> None:
    p.raw('<rect x="-12" y="-2" width="24" height="16" fill="#e63946"/>')
    p.raw(
        '<path d="M-12 -2l6 16l6 -16l6 16l6 -16" fill="none" stroke="#ffd166" stroke-width="1.4"/>'
    )
    p.ellipse(0, -2, 12, 4, "#fefae0")
    p.ellipse(0, 14, 12, 3, "#e63946")


def sandcastle(p: Pen) -> None:
    c = "#e9c46a"
    p.raw(f'<rect x="-30" y="-22" width="60" height="22" fill="{c}"/>')
    for x in (-30, 16):
        p.raw(f'<rect x="{x}" y="-40" width="14" height="18" fill="{c}"/>')
        p.raw(f'<path d="M{x} -40h3v-4h3v4h2v-4h3v4h3" fill="{c}"/>')
    p.raw(f'<rect x="-8" y="-48" width="16" height="26" fill="{c}"/>')
    p.raw('<path d="M0 -48v-12" fill="none"/>')
    p.blob([(0, -60), (9, -57), (0, -54)], "#ef476f", smooth=False)
    p.raw(f'<path d="M-5 0v-9a5 5 0 0 1 10 0v9Z" fill="{darken(c, 0.3)}"/>')


def snowman(p: Pen) -> None:
    p.circle(0, -20, 20, WHITE)
    p.circle(0, -52, 15, WHITE)
    p.circle(0, -76, 11, WHITE)
    for y in (-14, -26, -48, -56):
        p.circle(0, y, 1.8, "#3a2b33", outline=False)
    p.circle(-4, -79, 1.6, "#3a2b33", outline=False)
    p.circle(4, -79, 1.6, "#3a2b33", outline=False)
    p.blob([(0, -76), (12, -73), (0, -72)], "#ff9f1c", smooth=False)
    p.raw(
        '<rect x="-10" y="-98" width="20" height="14" fill="#3a2b33"/><rect '
        'x="-14" y="-86" width="28" height="4" fill="#3a2b33"/>'
    )
    p.raw(
        '<path d="M-13 -56l-18 -12M13 -56l18 -12" fill="none" stroke="#7b5235" stroke-width="2.4"/>'
    )
    p.raw('<path d="M-10 -66q10 6 20 0" fill="none" stroke="#e63946" stroke-width="4"/>')


def sled(p: Pen) -> None:
    p.raw('<path d="M-34 -4H30q8 0 8 -8" fill="none" stroke="#6b4a2a" stroke-width="3"/>')
    p.raw('<rect x="-30" y="-18" width="56" height="8" rx="2" fill="#e63946"/>')
    p.raw('<path d="M-22 -10v6M12 -10v6" fill="none" stroke="#6b4a2a" stroke-width="3"/>')


def egg(p: Pen) -> None:
    p.blob([(0, -12), (7, -4), (7, 5), (0, 9), (-7, 5), (-7, -4)], "#fff3d6")
    for x, y in ((-3, -3), (3, 2), (-1, 5)):
        p.circle(x, y, 1.4, "#8ecae6", outline=False)


def acorn(p: Pen) -> None:
    p.ellipse(0, 2, 6, 7.5, "#c98a4a")
    p.ellipse(0, -5, 7.5, 4, "#7b5235")
    p.raw('<path d="M0 -9v-3" fill="none" stroke-width="1.6"/>')


def letter(p: Pen) -> None:
    p.raw('<rect x="-12" y="-8" width="24" height="16" rx="1" fill="#ffffff"/>')
    p.raw('<path d="M-12 -8L0 2 12 -8" fill="none"/>')
    p.circle(0, 2, 2.5, "#e63946", outline=False)


def feather(p: Pen) -> None:
    p.blob([(0, 8), (5, -6), (2, -20), (-4, -8)], "#90e0ef")
    p.raw('<path d="M0 10Q1 -6 1.5 -18" fill="none" stroke-width="1"/>')


def star(p: Pen) -> None:
    p.raw('<circle cx="0" cy="-4" r="16" fill="#fff3b0" fill-opacity="0.45" stroke="none"/>')
    p.blob(_star_pts(0, -4, 11), GOLD, smooth=False)
    p.circle(-3, -6, 1.2, "#3a2b33", outline=False)
    p.circle(3, -6, 1.2, "#3a2b33", outline=False)


def bed(p: Pen) -> None:
    wood = "#a0704a"
    p.raw(f'<rect x="-55" y="-50" width="10" height="50" rx="3" fill="{wood}"/>')
    p.raw(f'<rect x="45" y="-34" width="10" height="34" rx="3" fill="{wood}"/>')
    p.raw('<rect x="-48" y="-30" width="96" height="18" rx="4" fill="#ffffff"/>')
    p.blob([(-20, -34), (48, -34), (50, -8), (-20, -8)], "#90caf9", smooth=False)
    p.ellipse(-34, -36, 12, 7, "#fff8e7")
    p.raw(f'<path d="M-50 -8H50" fill="none" stroke="{darken(wood, 0.2)}" stroke-width="4"/>')


def tent(p: Pen) -> None:
    p.blob([(-52, 0), (0, -74), (52, 0)], "#f4a261", smooth=False)
    p.blob([(-14, 0), (0, -44), (14, 0)], darken("#f4a261", 0.45), smooth=False)
    p.raw('<path d="M0 -74v-10" fill="none" stroke-width="2"/>')
    p.blob([(0, -84), (12, -80), (0, -76)], "#ef476f", smooth=False)
    p.raw(f'<path d="M-40 -16l-8 16M40 -16l8 16" fill="none" stroke="{lighten("#f4a261", 0.3)}"/>')


ART: dict[Prop, PropArt] = {
    Prop.kite: PropArt(kite, Mode.string, 48, 22),
    Prop.treasure_map: PropArt(treasure_map, Mode.hand, 10, 26),
    Prop.cake: PropArt(cake, Mode.hand, 5, 30),
    Prop.lantern: PropArt(lantern, Mode.hand, 25, 16),
    Prop.boat: PropArt(boat, Mode.big, 4, 96),
    Prop.book: PropArt(book, Mode.hand, 11, 26),
    Prop.ball: PropArt(ball, Mode.hand, 10, 20),
    Prop.telescope: PropArt(telescope, Mode.hand, 8, 28),
    Prop.balloon: PropArt(balloon, Mode.string, 17, 24),
    Prop.flower: PropArt(flower, Mode.hand, 6, 14),
    Prop.key: PropArt(key, Mode.hand, 12, 10),
    Prop.shell: PropArt(shell, Mode.hand, 7, 20),
    Prop.umbrella: PropArt(umbrella, Mode.hand, 8, 72),
    Prop.basket: PropArt(basket, Mode.hand, 22, 26),
    Prop.teddy_bear: PropArt(teddy_bear, Mode.hand, 15, 18),
    Prop.present: PropArt(present, Mode.hand, 10, 22),
    Prop.wand: PropArt(wand, Mode.hand, 8, 16),
    Prop.bucket: PropArt(bucket, Mode.hand, 22, 20),
    Prop.spade: PropArt(spade, Mode.hand, 30, 12),
    Prop.apple: PropArt(apple, Mode.hand, 7, 16),
    Prop.cup: PropArt(cup, Mode.hand, 10, 20),
    Prop.blanket: PropArt(blanket, Mode.hand, 38, 30),
    Prop.compass: PropArt(compass, Mode.hand, 9, 18),
    Prop.magnifying_glass: PropArt(magnifying_glass, Mode.hand, 7, 20),
    Prop.nest: PropArt(nest, Mode.hand, 6, 28),
    Prop.rocket: PropArt(rocket, Mode.big, 4, 30),
    Prop.paintbrush: PropArt(paintbrush, Mode.hand, 8, 10),
    Prop.drum: PropArt(drum, Mode.hand, 17, 24),
    Prop.sandcastle: PropArt(sandcastle, Mode.big, 0, 60),
    Prop.snowman: PropArt(snowman, Mode.big, 0, 50),
    Prop.sled: PropArt(sled, Mode.big, 0, 76),
    Prop.egg: PropArt(egg, Mode.hand, 9, 14),
    Prop.acorn: PropArt(acorn, Mode.hand, 10, 15),
    Prop.letter: PropArt(letter, Mode.hand, 8, 24),
    Prop.feather: PropArt(feather, Mode.hand, 10, 10),
    Prop.star: PropArt(star, Mode.hand, 8, 24),
    Prop.bed: PropArt(bed, Mode.big, 0, 110),
    Prop.tent: PropArt(tent, Mode.big, 0, 104),
    Prop.duck: PropArt(pc.duck, Mode.hand, 8, 36),
    Prop.bird: PropArt(pc.bird, Mode.hand, 2, 30),
    Prop.hedgehog: PropArt(pc.hedgehog, Mode.hand, 6, 36),
    Prop.frog: PropArt(pc.frog, Mode.hand, 5, 28),
    Prop.fish: PropArt(pc.fish, Mode.hand, 2, 36),
    Prop.butterfly: PropArt(pc.butterfly, Mode.hand, 8, 28),
    Prop.mouse: PropArt(pc.mouse, Mode.hand, 2, 36),
    Prop.squirrel: PropArt(pc.squirrel, Mode.hand, 4, 36),
    Prop.turtle: PropArt(pc.turtle, Mode.hand, 5, 38),
    Prop.rope: PropArt(pc.rope, Mode.hand, 8, 36),
    Prop.ladder: PropArt(pc.ladder, Mode.big, 0, 32),
    Prop.flashlight: PropArt(pc.flashlight, Mode.hand, 6, 24),
    Prop.crown: PropArt(pc.crown, Mode.hand, 4, 26),
    Prop.sandwich: PropArt(pc.sandwich, Mode.hand, 5, 22),
}


def draw_prop(prop: Prop, rough: bool, seed: str, stroke: float) -> str:
    pen = Pen(rough, f"prop/{seed}/{prop}", stroke)
    ART[prop].draw(pen)
    return pen.text()
