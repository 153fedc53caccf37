"""The two entry points: a character portrait and a page scene, as SVG 1.1 text."""

from __future__ import annotations

from collections.abc import Mapping

from .backgrounds import paint
from .characters import draw_character, height_of
from .compose import PX_STROKE, Layout, Placed, PlacedProp, layout
from .palette import lighten, mix
from .props import ART, Mode, draw_prop
from .spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Facing,
    Kind,
    Pose,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)
from .svg import INK, SHADOW, defs, num

PORTRAIT = 512.0


def _open(w: float, h: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{num(w)}" '
        f'height="{num(h)}" viewBox="0 0 {num(w)} {num(h)}">'
    )


def _ink_group(x: float, y: float, scale: float, mirror: bool, stroke: float) -> str:
    sx = -scale if mirror else scale
    return (
        f'<g transform="translate({num(x)} {num(y)}) scale({sx:.3f} {scale:.3f})" stroke="{INK}" '
        f'stroke-width="{stroke:.2f}" stroke-linejoin="round" stroke-linecap="round">'
    )


def _paper(rough: bool, w: float, h: float) -> str:
    """The storybook finish: grain over everything (a pattern, never a filter)."""
    if not rough:
        return ""
    return (
        f'<rect width="{num(w)}" height="{num(h)}" fill="url(#grain)" opacity="0.5" stroke="none"/>'
        f'<rect width="{num(w)}" height="{num(h)}" fill="#f3e3c0" opacity="0.12" stroke="none"/>'
    )


def render_portrait(
    sheet: CharacterSheet,
    *,
    pose: Pose = Pose.standing,
    expression: Expression = Expression.happy,
    style: ArtStyle = ArtStyle.flat,
    background: Setting | None = None,
    seed: int = 0,
) -> str:
    """A square picture of one character, for the character picker and the book's cast page."""
    rough = style is ArtStyle.storybook
    w = h = PORTRAIT
    gy = h * 0.86
    tall = {Kind.unicorn: 118.0, Kind.rabbit: 84.0, Kind.dragon: 104.0, Kind.owl: 58.0}
    height = tall.get(sheet.kind, height_of(sheet) * 1.06)
    scale = min(370 / height, 7.0)
    stroke = PX_STROKE * 1.1 / scale
    fig = draw_character(sheet, pose, expression, Facing.front, rough, stroke)
    x = w / 2 - (fig.head[0] * scale * 0.35 if sheet.kind is Kind.unicorn else 0)
    parts = [_open(w, h)]
    extra_defs = ""
    if background is not None:
        bd = paint(
            background, TimeOfDay.afternoon, Weather.clear, w=w, h=h, gy=gy, rough=rough, seed=seed
        )
        back, front, extra_defs = bd.back, bd.front, bd.defs
    else:
        disc = mix(lighten(sheet.accent_color, 0.55), "#fdf3df", 0.5)
        back = (
            f'<rect width="{num(w)}" height="{num(h)}" fill="#fdf6ea"/>'
            f'<circle cx="{num(w / 2)}" cy="{num(h * 0.47)}" r="{num(w * 0.42)}" fill="{disc}"/>'
            f'<ellipse cx="{num(w / 2)}" cy="{num(gy + 8)}" rx="{num(w * 0.36)}" '
            f'ry="{num(h * 0.05)}" '
            f'fill="{mix(disc, "#c9b79a", 0.35)}"/>'
        )
        front = ""
    parts.append(f"<defs>{defs(rough, str(seed))}{extra_defs}</defs>")
    parts.append(back)
    parts.append(_shadow(x, gy, fig.half_width * scale))
    parts.append(_ink_group(x, gy, scale, False, stroke) + fig.svg + "</g>")
    parts.append(front)
    parts.append(_paper(rough, w, h))
    parts.append("</svg>")
    return "".join(parts)


def _shadow(x: float, y: float, half: float) -> str:
    return (
        f'<ellipse cx="{num(x)}" cy="{num(y + 2)}" rx="{num(half * 0.95)}" ry="{num(half * 0.2)}" '
        f'fill="{SHADOW}" fill-opacity="0.2"/>'
    )


def render_scene(
    spec: SceneSpec,
    cast: Mapping[str, CharacterSheet],
    *,
    style: ArtStyle = ArtStyle.flat,
    seed: int = 0,
) -> str:
    """A landscape page picture of the scene; raises UnknownCharacter for a missing id."""
    rough = style is ArtStyle.storybook
    lay = layout(spec, cast, rough)
    bd = paint(
        spec.setting,
        spec.time_of_day,
        spec.weather,
        w=lay.w,
        h=lay.h,
        gy=lay.gy,
        rough=rough,
        seed=seed,
        where=spec.place,
        in_the_way=spec.obstacle,
        lights_out=lights_out(spec),
    )
    parts = [_open(lay.w, lay.h), f"<defs>{defs(rough, str(seed))}{bd.defs}</defs>", bd.back]
    parts.extend(_prop_svg(p, rough, seed) for p in lay.props if p.behind)
    for pl in lay.characters:
        parts.append(_shadow(pl.x, pl.y, pl.figure.half_width * pl.scale))
    for pl in sorted(lay.characters, key=lambda p: (p.focus, p.x)):
        parts.append(_character_svg(pl))
    parts.extend(_prop_svg(p, rough, seed) for p in lay.props if not p.behind)
    parts.append(_light_wash(spec.time_of_day, lay.w, lay.h, lights_out(spec)))
    if bd.lift and not _covered(lay, bd.lift_box):
        parts.append(bd.lift)  # the moon shines through the night wash
    parts.append(bd.front)
    parts.append(_paper(rough, lay.w, lay.h))
    parts.append("</svg>")
    return "".join(parts)


_WASH = {TimeOfDay.sunset: ("#ff8a3d", "0.10"), TimeOfDay.night: ("#1d2a66", "0.30")}
_LIGHTS_OUT_WASH = ("#10153a", "0.42")


def lights_out(spec: SceneSpec) -> bool:
    """A night scene with the lamps off, as the scene says, or else once someone is asleep:
    only the moon lights it (the backdrop decides whether that is a room; outdoors the
    night is dark anyway)."""
    if spec.time_of_day is not TimeOfDay.night:
        return False
    if spec.lights_out is not None:
        return spec.lights_out
    return any(c.pose is Pose.sleeping for c in spec.characters)


def _light_wash(time: TimeOfDay, w: float, h: float, dark: bool = False) -> str:
    """Characters share the scene's light: a translucent wash keeps their colours exact in the
    SVG (the sheet is law) while a night scene still looks like night, darker with the
    lights out."""
    if time not in _WASH:
        return ""
    colour, opacity = _LIGHTS_OUT_WASH if dark else _WASH[time]
    return f'<rect width="{num(w)}" height="{num(h)}" fill="{colour}" opacity="{opacity}"/>'


PROP_REACH = 60.0  # a prop's half size in its own units, for what it may hide


def _covered(lay: Layout, box: tuple[float, float, float, float] | None) -> bool:
    """Whether a character or a prop stands in front of any of this box."""
    if box is None:
        return False
    x0, y0, x1, y1 = box
    for pl in lay.characters:
        half = pl.figure.half_width * pl.scale
        top = pl.y - pl.figure.height * pl.scale
        if pl.x - half < x1 and pl.x + half > x0 and top < y1 and pl.y > y0:
            return True
    for p in lay.props:
        reach = PROP_REACH * p.scale
        if p.x - reach < x1 and p.x + reach > x0 and p.y - 2 * reach < y1 and p.y + reach > y0:
            return True
    return False


def _character_svg(pl: Placed) -> str:
    return (
        _ink_group(pl.x, pl.y, pl.scale, pl.mirror, PX_STROKE / pl.scale) + pl.figure.svg + "</g>"
    )


def _prop_svg(p: PlacedProp, rough: bool, seed: int) -> str:
    stroke = PX_STROKE * 0.8 / p.scale
    body = draw_prop(p.prop, rough, str(seed), stroke)
    art = ART[p.prop]
    string = ""
    if art.mode is Mode.string and p.grip is not None:
        gx, gy = p.grip
        attach_y = p.y + (17 if p.prop.value == "balloon" else 0) * p.scale
        string = (
            f'<path d="M{num(gx)} {num(gy)}Q{num((gx + p.x) / 2 + 10)} {num((gy + attach_y) / 2)} '
            f'{num(p.x)} {num(attach_y)}" fill="none" stroke="{INK}" stroke-width="1.4"/>'
        )
    drawn = string + _ink_group(p.x, p.y, p.scale, p.mirror, stroke) + body + "</g>"
    if not p.peek:
        return drawn
    # only the top shows, out of a shadow: a corner peeking from under the bed or a bush
    cut, reach = p.y, PROP_REACH * p.scale * 1.6
    clip = f"peek{int(p.x)}{int(p.y)}"
    return (
        f'<clipPath id="{clip}"><rect x="{num(p.x - reach)}" y="{num(cut - 2 * reach)}" '
        f'width="{num(2 * reach)}" height="{num(2 * reach)}"/></clipPath>'
        f'<g clip-path="url(#{clip})">{drawn}</g>'
        f'<ellipse cx="{num(p.x)}" cy="{num(cut + 2)}" rx="{num(reach * 0.75)}" '
        f'ry="{num(reach * 0.16)}" fill="{SHADOW}" fill-opacity="0.55"/>'
    )


__all__ = ["Layout", "render_portrait", "render_scene"]
