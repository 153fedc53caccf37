"""Contact sheets of the illustrator's work: an HTML gallery and PNG grids for the docs.

Grids nest each picture as an <svg> child of one big SVG (no external references), with the
pictures' ids prefixed so their gradients and patterns cannot collide.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Sequence
from pathlib import Path

from .png import render_png
from .render import render_portrait, render_scene
from .sample import random_sheet
from .spec import (
    Accessory,
    ArtStyle,
    CharacterSheet,
    Expression,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)
from .svg import num

_OPEN = re.compile(r"^<svg [^>]*viewBox=\"([^\"]+)\"[^>]*>")


def prefix_ids(svg: str, prefix: str) -> str:
    return svg.replace('id="', f'id="{prefix}').replace("url(#", f"url(#{prefix}")


def nest(svg: str, x: float, y: float, w: float, h: float, prefix: str) -> str:
    match = _OPEN.match(svg)
    if match is None:
        raise ValueError("not an illustrator SVG")
    inner = prefix_ids(svg[match.end() :], prefix)
    return (
        f'<svg x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" '
        f'viewBox="{match.group(1)}">{inner}'
    )


def grid(pictures: Sequence[str], cols: int, cell_w: float, cell_h: float, gap: float = 12) -> str:
    rows = (len(pictures) + cols - 1) // cols
    w = cols * cell_w + (cols + 1) * gap
    h = rows * cell_h + (rows + 1) * gap
    body = [
        nest(
            p,
            gap + (i % cols) * (cell_w + gap),
            gap + (i // cols) * (cell_h + gap),
            cell_w,
            cell_h,
            f"g{i}_",
        )
        for i, p in enumerate(pictures)
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{num(w)}" height="{num(h)}" '
        f'viewBox="0 0 {num(w)} {num(h)}"><rect width="{num(w)}" height="{num(h)}" fill="#efe6d6"/>'
        + "".join(body)
        + "</svg>"
    )


def showcase_cast() -> dict[Kind, CharacterSheet]:
    """One hand-picked, charming sheet per kind."""
    return {
        Kind.child: CharacterSheet(
            kind=Kind.child,
            body_color="#e8b98f",
            accent_color="#ffffff",
            hair_style=HairStyle.curly,
            hair_color="#3b2417",
            outfit=Outfit.overalls,
            outfit_color="#3a7bd5",
            outfit_accent_color="#f2c14e",
            accessories=[Accessory.backpack],
        ),
        Kind.cat: CharacterSheet(
            kind=Kind.cat,
            body_color="#f0a04b",
            accent_color="#fff1dc",
            eye_color="#3d8b3d",
            accessories=[Accessory.bow],
            outfit_accent_color="#ff8fab",
        ),
        Kind.dog: CharacterSheet(
            kind=Kind.dog,
            body_color="#c9a27a",
            accent_color="#fff4e6",
            accessories=[Accessory.scarf],
            outfit_color="#ffffff",
            outfit_accent_color="#e63946",
        ),
        Kind.bear: CharacterSheet(
            kind=Kind.bear,
            body_color="#9a6a44",
            accent_color="#e8c9a0",
            outfit=Outfit.sweater,
            outfit_color="#e63946",
            outfit_accent_color="#fff4d6",
        ),
        Kind.rabbit: CharacterSheet(
            kind=Kind.rabbit,
            body_color="#f7f4ef",
            accent_color="#ffffff",
            eye_color="#6b4226",
            outfit=Outfit.dress,
            outfit_color="#b8a1e3",
            outfit_accent_color="#ffffff",
        ),
        Kind.fox: CharacterSheet(
            kind=Kind.fox,
            body_color="#e8742a",
            accent_color="#fff8ee",
            accessories=[Accessory.hat],
            outfit_color="#2a9d8f",
            outfit_accent_color="#f2c14e",
        ),
        Kind.owl: CharacterSheet(
            kind=Kind.owl,
            body_color="#9b7653",
            accent_color="#f3e2c3",
            eye_color="#c27c0e",
            accessories=[Accessory.glasses],
        ),
        Kind.dragon: CharacterSheet(
            kind=Kind.dragon,
            body_color="#5bbf6a",
            accent_color="#f7d774",
            accessories=[Accessory.crown],
        ),
        Kind.robot: CharacterSheet(
            kind=Kind.robot, body_color="#9fb8d0", accent_color="#59c3c3", eye_color="#3a7bd5"
        ),
        Kind.unicorn: CharacterSheet(
            kind=Kind.unicorn,
            body_color="#fdf6ff",
            accent_color="#c77dff",
            eye_color="#6b4226",
            accessories=[Accessory.bow],
            outfit_accent_color="#ff8fab",
        ),
    }


def portrait_pictures() -> list[str]:
    cast = showcase_cast()
    variants = [
        (Pose.standing, Expression.happy, ArtStyle.flat),
        (Pose.waving, Expression.laughing, ArtStyle.storybook),
        (Pose.sitting, Expression.surprised, ArtStyle.flat),
        (Pose.running, Expression.determined, ArtStyle.storybook),
    ]
    return [
        render_portrait(sheet, pose=pose, expression=expr, style=style, seed=i)
        for pose, expr, style in variants
        for i, sheet in enumerate(cast.values())
    ]


_SCENES: list[
    tuple[Setting, TimeOfDay, Weather, tuple[Kind, ...], tuple[tuple[Prop, int | None], ...]]
] = [
    (
        Setting.forest,
        TimeOfDay.morning,
        Weather.clear,
        (Kind.child, Kind.fox, Kind.owl),
        ((Prop.basket, 0),),
    ),
    (
        Setting.beach,
        TimeOfDay.afternoon,
        Weather.wind,
        (Kind.child, Kind.dog),
        ((Prop.kite, 0), (Prop.sandcastle, None)),
    ),
    (
        Setting.snowy_village,
        TimeOfDay.night,
        Weather.snow,
        (Kind.bear, Kind.rabbit),
        ((Prop.lantern, 0), (Prop.snowman, None)),
    ),
    (
        Setting.castle,
        TimeOfDay.sunset,
        Weather.clear,
        (Kind.dragon, Kind.child, Kind.unicorn),
        ((Prop.key, 1),),
    ),
    (
        Setting.farm,
        TimeOfDay.afternoon,
        Weather.rain,
        (Kind.child, Kind.dog),
        ((Prop.umbrella, 0),),
    ),
    (
        Setting.space,
        TimeOfDay.night,
        Weather.clear,
        (Kind.robot, Kind.child),
        ((Prop.rocket, None), (Prop.star, 1)),
    ),
    (
        Setting.underwater,
        TimeOfDay.afternoon,
        Weather.clear,
        (Kind.cat, Kind.fox),
        ((Prop.shell, 0),),
    ),
    (
        Setting.mountains,
        TimeOfDay.morning,
        Weather.clear,
        (Kind.child, Kind.bear),
        ((Prop.telescope, 0), (Prop.tent, None)),
    ),
    (
        Setting.jungle,
        TimeOfDay.afternoon,
        Weather.clear,
        (Kind.fox, Kind.owl, Kind.child, Kind.rabbit, Kind.dragon),
        ((Prop.treasure_map, 2),),
    ),
    (
        Setting.city_park,
        TimeOfDay.sunset,
        Weather.wind,
        (Kind.child, Kind.cat),
        ((Prop.balloon, 0), (Prop.ball, None)),
    ),
    (
        Setting.bedroom,
        TimeOfDay.night,
        Weather.rain,
        (Kind.child, Kind.bear),
        ((Prop.book, 0), (Prop.bed, None)),
    ),
    (
        Setting.classroom,
        TimeOfDay.morning,
        Weather.clear,
        (Kind.robot, Kind.owl, Kind.child),
        ((Prop.paintbrush, 2),),
    ),
]
_POSES = (Pose.waving, Pose.standing, Pose.pointing, Pose.sitting, Pose.running)
_EXPRS = (
    Expression.happy,
    Expression.laughing,
    Expression.surprised,
    Expression.determined,
    Expression.happy,
)


def scene_pictures(style_for: int = 2) -> list[str]:
    cast = showcase_cast()
    out = []
    for i, (setting, time, weather, kinds, props) in enumerate(_SCENES):
        ids = [k.value for k in kinds]
        spec = SceneSpec(
            setting=setting,
            time_of_day=time,
            weather=weather,
            characters=[
                SceneCharacter(character_id=c, pose=_POSES[j % 5], expression=_EXPRS[j % 5])
                for j, c in enumerate(ids)
            ],
            props=[SceneProp(prop=p, held_by=None if h is None else ids[h]) for p, h in props],
        )
        style = ArtStyle.storybook if i % style_for else ArtStyle.flat
        out.append(render_scene(spec, {k.value: cast[k] for k in kinds}, style=style, seed=i))
    return out


def write_doc_grids(out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    portraits = out_dir / "gallery-portraits.png"
    scenes = out_dir / "gallery-scenes.png"
    portraits.write_bytes(render_png(grid(portrait_pictures(), 10, 160, 160, 8), 1720))
    scenes.write_bytes(render_png(grid(scene_pictures(), 3, 480, 320, 12), 1500))
    return portraits, scenes


def gallery_html(seed: int = 0) -> str:
    """Every kind x expression x pose, and every setting x time of day, on one page."""
    rng = random.Random(seed)
    cast = showcase_cast()
    sections = []
    for kind in Kind:
        sheet = cast[kind] if kind in cast else random_sheet(kind, rng)
        cells: list[str] = []
        for expr in Expression:
            for pose in Pose:
                style = ArtStyle.storybook if (len(cells) % 2) else ArtStyle.flat
                svg = render_portrait(sheet, pose=pose, expression=expr, style=style, seed=seed)
                cells.append(
                    f"<figure>{prefix_ids(svg, f'{kind.value}{len(cells)}_')}"
                    f"<figcaption>{pose.value}, {expr.value}</figcaption></figure>"
                )
        sections.append(f"<h2>{html.escape(kind.value)}</h2><div class=g>{''.join(cells)}</div>")
    scene_cells: list[str] = []
    hero = cast[Kind.child]
    for setting in Setting:
        for time in TimeOfDay:
            spec = SceneSpec(
                setting=setting,
                time_of_day=time,
                characters=[SceneCharacter(character_id="hero", pose=Pose.waving)],
            )
            svg = render_scene(spec, {"hero": hero}, style=ArtStyle.flat, seed=seed)
            scene_cells.append(
                f"<figure class=wide>{prefix_ids(svg, f's{len(scene_cells)}_')}"
                f"<figcaption>{setting.value}, {time.value}</figcaption></figure>"
            )
    sections.append(f"<h2>settings</h2><div class=g>{''.join(scene_cells)}</div>")
    return (
        "<!doctype html><html lang=en><meta charset=utf-8><title>Storyloom "
        "illustrator gallery</title>"
        "<style>body{font-family:sans-serif;background:#f6f1e7;margin:2em}"
        ".g{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;width:150px}"
        "figure.wide{width:300px}svg{width:100%;height:auto;display:block}"
        "figcaption{font-size:11px;color:#555;text-align:center}</style>"
        "<h1>Storyloom illustrator gallery</h1>" + "".join(sections) + "</html>"
    )
