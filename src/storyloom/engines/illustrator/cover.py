"""The book's cover: the hero large in the story's place, the cast around, the key object.

The cover is drawn from the book's own scenes (`cover_scene`), so it shows the place the
story happens in and the thing it is about, in the same style as the pages. It is taller
than wide (the shape of a printed cover) and keeps its top `TITLE_BAND` calm: sky or wall,
no character and no prop, so the exporters can lay the title over it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .backgrounds import paint
from .characters import Figure, draw_character, height_of
from .compose import PX_STROKE, Placed, PlacedProp, UnknownCharacter
from .compose import H as PAGE_H
from .compose import W as PAGE_W
from .props import ART, Mode
from .render import _character_svg, _light_wash, _open, _paper, _prop_svg, _shadow
from .spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Facing,
    Focus,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
)
from .svg import defs, num

T = TypeVar("T")
COVER_W, COVER_H = 1200.0, 1600.0
TITLE_BAND = 0.3  # top share of the cover left calm for the title
HERO_SHARE = 0.42  # the hero stands this share of the cover's height
# Things in many pictures that are not what the story is about.
NOT_KEY = frozenset({Prop.umbrella})
COMPANION_POSES = (Pose.waving, Pose.standing, Pose.pointing)


def _most_common(items: Sequence[T]) -> T | None:
    """The most frequent item; ties go to the one seen first."""
    if not items:
        return None
    counts = Counter(items)
    return max(items, key=lambda item: (counts[item], -items.index(item)))


def _named(title: str) -> Prop | None:
    """The thing a title names ("Leo and the Kite"), if it is one we can draw."""
    words = " " + " ".join(title.lower().replace("'s", " ").split()) + " "
    return next((p for p in Prop if f" {p.value.replace('_', ' ')} " in words), None)


def cover_scene(
    scenes: Sequence[SceneSpec], hero_id: str | None = None, title: str = ""
) -> SceneSpec | None:
    """The cover's scene from a book's page scenes: the setting and the place the story
    spends most pages in, its usual light, the hero and the characters seen most, and the
    thing the story is about (the one its title names, else the prop on most pages) in the
    hero's hands."""
    if not scenes:
        return None
    setting = scenes[0].setting
    here = [s for s in scenes if s.setting is setting]
    place = _most_common([s.place for s in here if s.place is not None])
    time = _most_common([s.time_of_day for s in here])
    weather = _most_common([s.weather for s in here])
    seen = [c.character_id for s in here for c in s.characters]
    if hero_id is None or hero_id not in seen:
        hero_id = _most_common(seen)
    counts = Counter(seen)
    others = sorted(
        (cid for cid in dict.fromkeys(seen) if cid != hero_id),
        key=lambda cid: -counts[cid],
    )[:3]
    key = _named(title) or _most_common(
        [p.prop for s in here for p in s.props if p.prop not in NOT_KEY]
    )
    characters: list[SceneCharacter] = []
    if hero_id is not None:
        characters.append(SceneCharacter(character_id=hero_id, expression=Expression.happy))
    characters += [
        SceneCharacter(
            character_id=cid,
            pose=COMPANION_POSES[i % len(COMPANION_POSES)],
            expression=Expression.happy,
        )
        for i, cid in enumerate(others)
    ]
    props = [SceneProp(prop=key, held_by=hero_id)] if key is not None else []
    return SceneSpec(
        setting=setting,
        time_of_day=time or scenes[0].time_of_day,
        weather=weather or scenes[0].weather,
        characters=characters,
        props=props,
        focus=Focus.medium,
        focus_character=hero_id,
        place=place,
    )


@dataclass(frozen=True)
class CoverLayout:
    w: float
    h: float
    gy: float
    characters: list[Placed]  # drawing order: the ones at the back first, the hero last
    props: list[PlacedProp]

    @property
    def hero(self) -> Placed | None:
        return next((p for p in self.characters if p.focus), None)


def _hero_pose(prop: Prop | None) -> Pose:
    if prop is None:
        return Pose.waving
    mode = ART[prop].mode
    return Pose.carrying if mode is Mode.hand else Pose.standing


def cover_layout(
    spec: SceneSpec, cast: Mapping[str, CharacterSheet], rough: bool, w: float, h: float
) -> CoverLayout:
    """The hero in the middle, largest and in front; the others a step behind on either
    side, turned toward the hero; the key object in the hero's hands or beside them."""
    for sc in spec.characters:
        if sc.character_id not in cast:
            raise UnknownCharacter(f"unknown character {sc.character_id!r}")
    gy = h * 0.9
    key = spec.props[0] if spec.props else None
    chars = list(spec.characters)
    if not chars:
        return CoverLayout(w, h, gy, [], [])
    hero_sc, others = chars[0], chars[1:]
    hero_sheet = cast[hero_sc.character_id]
    held = key is not None and key.held_by == hero_sc.character_id
    hero_pose = _hero_pose(key.prop if held and key else None)
    # Big enough to fill the lower cover, never into the title band.
    tallest = height_of(hero_sheet) * 1.2
    scale = min(h * HERO_SHARE / height_of(hero_sheet), (gy - h * TITLE_BAND) / tallest)
    back = scale * 0.82
    back_gy = gy - h * 0.045
    # Fit the whole cast across the cover: shrink until it does.
    for _ in range(6):
        hero_fig = draw_character(
            hero_sheet, hero_pose, hero_sc.expression, Facing.front, rough, PX_STROKE / scale
        )
        figs: list[tuple[SceneCharacter, Figure, Facing]] = []
        sides = [-1.0 if i % 2 == 0 else 1.0 for i in range(len(others))]
        # the first two a step behind the hero, any more a step further back and smaller
        sizes = [back * (1.0 if i < 2 else 0.8) for i in range(len(others))]
        for sc, side, size in zip(others, sides, sizes, strict=True):
            facing = Facing.right if side < 0 else Facing.left
            fig = draw_character(
                cast[sc.character_id], sc.pose, sc.expression, facing, rough, PX_STROKE / size
            )
            figs.append((sc, fig, facing))
        hero_half = hero_fig.half_width * scale
        xs: list[float] = []
        reach = {-1.0: hero_half * 0.7, 1.0: hero_half * 0.7}
        for (_, fig, _), side, size in zip(figs, sides, sizes, strict=True):
            half = fig.half_width * size
            tucked = 0.35 if size < back else 1.0  # further back: partly behind the nearer
            x = w / 2 + side * (reach[side] + half * tucked)
            reach[side] += half * (1.7 if tucked == 1.0 else 1.1)
            xs.append(x)
        widest = max([reach[-1.0], reach[1.0], hero_half])
        if widest <= w * 0.47:
            break
        shrink = w * 0.47 / widest
        scale *= shrink
        back *= shrink
    placed = [
        Placed(
            sc.character_id,
            cast[sc.character_id],
            fig,
            x,
            back_gy - (h * 0.035 if size < back else 0.0),
            size,
            facing is Facing.left,
            False,
        )
        for (sc, fig, facing), x, size in zip(figs, xs, sizes, strict=True)
    ]
    # the furthest back are drawn first
    placed.sort(key=lambda p: (p.y, -abs(p.x - w / 2)))
    hero = Placed(hero_sc.character_id, hero_sheet, hero_fig, w / 2, gy, scale, False, True)
    props = _key_prop(key, hero, gy, w, h) if key is not None else []
    return CoverLayout(w, h, gy, [*placed, hero], props)


def _key_prop(key: SceneProp, hero: Placed, gy: float, w: float, h: float) -> list[PlacedProp]:
    art = ART[key.prop]
    small = height_of(hero.sheet) < 80
    ps = hero.scale * (0.85 if small else 1.1)
    if key.held_by != hero.character_id or art.mode is Mode.big:
        x = hero.x + hero.figure.half_width * hero.scale + art.width * ps * 0.45
        y = gy - (0 if art.mode is Mode.big else art.bottom * ps) + 4
        return [PlacedProp(key.prop, x, y, ps, False, None, None, art.mode is Mode.big)]
    if art.mode is Mode.string:
        hx, hy = hero.to_page(hero.figure.hands[1])
        oy = max(h * TITLE_BAND + 40 * ps, hy - 150 * ps)
        ox = min(hx + 55 * ps, hero.x + (w / 2 - 30 * ps))  # the whole kite on the cover
        return [PlacedProp(key.prop, ox, oy, ps, False, hero.character_id, (hx, hy), False)]
    hx, hy = hero.hand
    return [PlacedProp(key.prop, hx, hy, ps, False, hero.character_id, (hx, hy), False)]


def render_cover(
    spec: SceneSpec,
    cast: Mapping[str, CharacterSheet],
    *,
    style: ArtStyle = ArtStyle.flat,
    seed: int = 0,
    w: float = COVER_W,
    h: float = COVER_H,
) -> str:
    """The cover picture as SVG: `cover_scene`'s place and light, the cast large, the top
    `TITLE_BAND` left for the title. Raises UnknownCharacter for a missing id."""
    rough = style is ArtStyle.storybook
    lay = cover_layout(spec, cast, rough, w, h)
    # The place is seen nearer, as the cast is: painted a little taller than a page and
    # scaled up to fill the cover, its middle kept (a place drawn for a 3:2 page would be
    # stretched thin on a tall cover), its ground line under the cast's feet.
    k = max(w / PAGE_W, (h / PAGE_H) ** 0.5)
    dx = (w - PAGE_W * k) / 2
    bd = paint(
        spec.setting,
        spec.time_of_day,
        spec.weather,
        w=PAGE_W,
        h=h / k,
        gy=lay.gy / k,
        rough=rough,
        seed=seed,
        where=spec.place,
    )
    near = f'<g transform="translate({num(dx)} 0) scale({k:.4f})">'
    parts = [_open(w, h), f"<defs>{defs(rough, str(seed))}{bd.defs}</defs>", near, bd.back, "</g>"]
    parts.extend(_prop_svg(p, rough, seed) for p in lay.props if p.behind)
    for pl in lay.characters:
        parts.append(_shadow(pl.x, pl.y, pl.figure.half_width * pl.scale))
        parts.append(_character_svg(pl))
    parts.extend(_prop_svg(p, rough, seed) for p in lay.props if not p.behind)
    parts.append(_light_wash(spec.time_of_day, w, h))
    parts.append(near + bd.front + "</g>")
    parts.append(_paper(rough, w, h))
    parts.append("</svg>")
    return "".join(parts)


__all__ = ["COVER_H", "COVER_W", "TITLE_BAND", "cover_layout", "cover_scene", "render_cover"]
