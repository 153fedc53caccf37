"""Backgrounds in three layers: far (sky, hills), middle (the place), near (ground).

`paint` returns the part drawn behind the characters and the weather drawn in front of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..compose import OBSTACLE_X
from ..palette import LIGHTS, mix
from ..spec import INDOOR_PLACES, Obstacle, Place, Setting, TimeOfDay, Weather
from ..svg import Pen, num
from .obstacles import obstacle
from .outdoor import OUTDOOR, ground
from .places import place
from .rooms import ROOMS
from .sky import Stage, celestial, clouds, sky
from .special import INDOOR, SPECIAL
from .weather import ground_details, overlay

__all__ = ["INDOOR", "INDOOR_PLACES", "Backdrop", "paint"]


@dataclass(frozen=True)
class Backdrop:
    back: str
    front: str
    defs: str
    lift: str = ""  # the moon again, drawn over the night wash where nothing stands before it
    lift_box: tuple[float, float, float, float] | None = None


def paint(
    setting: Setting,
    time: TimeOfDay,
    weather: Weather,
    *,
    w: float,
    h: float,
    gy: float,
    rough: bool,
    seed: int,
    where: Place | None = None,
    in_the_way: Obstacle | None = None,
    lights_out: bool = False,
) -> Backdrop:
    light = LIGHTS[time]
    s = w / 1200
    pen = Pen(rough, f"bg/{seed}/{setting}/{time}/{weather}", 1.6 * s)
    defs: list[str] = []
    st = Stage(w, h, gy, setting, time, weather, light, pen, defs)
    st.indoors = where in INDOOR_PLACES if where is not None else setting in INDOOR
    st.lights_out = lights_out and time is TimeOfDay.night and st.indoors
    ink = mix(light.ink, light.haze, 0.25)
    pen.open(
        f'stroke="{ink}" stroke-width="{num(1.6 * s)}" stroke-linejoin="round" '
        f'stroke-linecap="round"'
    )
    if where in ROOMS:  # a room of its own, not drawn over the setting's usual view
        ROOMS[where](st)
    elif setting in SPECIAL:
        SPECIAL[setting](st)
    else:
        sky(st)
        celestial(st)
        clouds(st)
        ground(st)
        OUTDOOR[setting](st)
    place(st, where)
    ground_details(st)
    obstacle(st, in_the_way, OBSTACLE_X)
    pen.close()
    back = pen.text()
    front_pen = Pen(rough, f"fx/{seed}/{setting}/{time}/{weather}", 1.6 * s)
    st.pen = front_pen
    overlay(st)
    return Backdrop(back, front_pen.text(), "".join(defs), "".join(st.lift), st.lift_box)
