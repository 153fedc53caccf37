"""`storyloom illustrate`: draw portraits, scenes and a gallery with the built-in illustrator."""

from __future__ import annotations

import json
import random
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from pydantic import ValidationError

from storyloom.engines.illustrator import (
    UnknownCharacter,
    random_sheet,
    render_png,
    render_portrait,
    render_scene,
)
from storyloom.engines.illustrator.gallery import gallery_html
from storyloom.engines.illustrator.spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Kind,
    Pose,
    SceneCharacter,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

app = typer.Typer(
    help="Draw pictures with the built-in, offline illustrator (SVG, optionally PNG).",
    no_args_is_help=True,
)

E = TypeVar("E", bound=StrEnum)


def _enum(enum: type[E], value: str, param: str) -> E:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        raise typer.BadParameter(f"{value!r} is not one of: {choices}", param_hint=param) from None


def _load(path: Path, model: type[CharacterSheet] | type[SceneSpec], param: str) -> object:
    try:
        return model.model_validate_json(path.read_text())
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint=param) from None
    except ValidationError as exc:
        raise typer.BadParameter(
            f"{path} is not a valid {model.__name__}: {exc}", param_hint=param
        ) from None


def _write(svg: str, out: Path, png: int | None) -> None:
    out.write_text(svg)
    typer.echo(f"wrote {out} ({len(svg.encode()) / 1000:.1f} kB)")
    if png is not None:
        png_path = out.with_suffix(".png")
        png_path.write_bytes(render_png(svg, png))
        typer.echo(f"wrote {png_path}")


OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Where to write the SVG.")]
StyleOpt = Annotated[str, typer.Option("--style", help="Art style: flat or storybook.")]
SeedOpt = Annotated[int, typer.Option("--seed", help="Same seed, same picture.")]
PngOpt = Annotated[
    int | None,
    typer.Option("--png", min=16, max=8000, help="Also write a PNG this many pixels wide."),
]


@app.command()
def portrait(
    out: OutOpt,
    kind: Annotated[str, typer.Option("--kind", help="Character kind, e.g. fox.")] = "child",
    style: StyleOpt = "flat",
    seed: SeedOpt = 0,
    sheet: Annotated[
        Path | None, typer.Option("--sheet", help="A CharacterSheet JSON file (else a random one).")
    ] = None,
    pose: Annotated[
        str, typer.Option("--pose", help="standing, waving, running, ...")
    ] = "standing",
    expression: Annotated[str, typer.Option("--expression", help="happy, sad, ...")] = "happy",
    background: Annotated[
        str | None, typer.Option("--background", help="Optional setting behind the character.")
    ] = None,
    png: PngOpt = None,
) -> None:
    """Draw one character's portrait."""
    the_sheet = (
        _load(sheet, CharacterSheet, "--sheet")
        if sheet is not None
        else random_sheet(_enum(Kind, kind, "--kind"), random.Random(seed))
    )
    assert isinstance(the_sheet, CharacterSheet)
    svg = render_portrait(
        the_sheet,
        pose=_enum(Pose, pose, "--pose"),
        expression=_enum(Expression, expression, "--expression"),
        style=_enum(ArtStyle, style, "--style"),
        background=None if background is None else _enum(Setting, background, "--background"),
        seed=seed,
    )
    _write(svg, out, png)


@app.command()
def scene(
    out: OutOpt,
    setting: Annotated[str, typer.Option("--setting", help="forest, beach, space, ...")] = "forest",
    time: Annotated[
        str, typer.Option("--time", help="morning, afternoon, sunset, night.")
    ] = "afternoon",
    weather: Annotated[str, typer.Option("--weather", help="clear, rain, snow, wind.")] = "clear",
    kinds: Annotated[
        str, typer.Option("--kinds", help="Comma-separated kinds, up to five, e.g. fox,owl.")
    ] = "child",
    style: StyleOpt = "flat",
    seed: SeedOpt = 0,
    spec: Annotated[
        Path | None,
        typer.Option(
            "--spec", help='A JSON file {"spec": SceneSpec, "cast": {id: CharacterSheet}}.'
        ),
    ] = None,
    png: PngOpt = None,
) -> None:
    """Draw a page scene, from options or from a spec file."""
    art = _enum(ArtStyle, style, "--style")
    if spec is not None:
        the_spec, cast = _load_scene(spec)
    else:
        names = [k.strip() for k in kinds.split(",") if k.strip()]
        if not 1 <= len(names) <= 5:
            raise typer.BadParameter("give one to five kinds", param_hint="--kinds")
        rng = random.Random(seed)
        cast = {
            f"{name}{i}": random_sheet(_enum(Kind, name, "--kinds"), rng)
            for i, name in enumerate(names)
        }
        poses = (Pose.waving, Pose.standing, Pose.pointing, Pose.running, Pose.sitting)
        the_spec = SceneSpec(
            setting=_enum(Setting, setting, "--setting"),
            time_of_day=_enum(TimeOfDay, time, "--time"),
            weather=_enum(Weather, weather, "--weather"),
            characters=[
                SceneCharacter(character_id=cid, pose=poses[i % 5]) for i, cid in enumerate(cast)
            ],
        )
    try:
        svg = render_scene(the_spec, cast, style=art, seed=seed)
    except UnknownCharacter as exc:
        raise typer.BadParameter(str(exc), param_hint="--spec") from None
    _write(svg, out, png)


def _load_scene(path: Path) -> tuple[SceneSpec, dict[str, CharacterSheet]]:
    try:
        data = json.loads(path.read_text())
        the_spec = SceneSpec.model_validate(data["spec"])
        cast = {k: CharacterSheet.model_validate(v) for k, v in data["cast"].items()}
    except OSError as exc:
        raise typer.BadParameter(
            f"cannot read {path}: {exc.strerror}", param_hint="--spec"
        ) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise typer.BadParameter(
            f"{path} is not a valid scene file: {exc}", param_hint="--spec"
        ) from None
    return the_spec, cast


@app.command()
def gallery(
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the HTML page.")] = Path(
        "gallery.html"
    ),
    seed: SeedOpt = 0,
) -> None:
    """Write one HTML page showing every kind, expression, pose, setting and time of day."""
    page = gallery_html(seed)
    out.write_text(page)
    typer.echo(f"wrote {out} ({len(page.encode()) / 1_000_000:.1f} MB)")


@app.command("book-gallery")
def book_gallery(
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the PNG.")] = Path(
        "docs/gallery-books.png"
    ),
    books: Annotated[int, typer.Option(min=1, max=12, help="How many books (rows).")] = 4,
    pages: Annotated[int, typer.Option(min=2, max=8, help="Pages per book, after its cover.")] = 5,
    width: Annotated[int, typer.Option(min=200, max=6000, help="PNG width in pixels.")] = 2400,
    seed: SeedOpt = 0,
) -> None:
    """A PNG of pages from several books written and drawn by the built-in engines, each
    row a book: its cover, then pages from first to last."""
    from storyloom.engines.picture_sheets import book_pages

    sheet, _ = book_pages(books, pages, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render_png(sheet, width))
    typer.echo(f"wrote {out}")


@app.command("takes-sheet")
def takes_sheet(
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the PNG.")] = Path(
        "docs/gallery-new-picture.png"
    ),
    sets: Annotated[int, typer.Option(min=1, max=12, help="How many pages (rows).")] = 3,
    width: Annotated[int, typer.Option(min=200, max=6000, help="PNG width in pixels.")] = 2000,
    seed: SeedOpt = 0,
) -> None:
    """A PNG of "New picture" choices: each row a page's picture, then its candidates."""
    from storyloom.engines.picture_sheets import takes_sheet as sheet_of_takes

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render_png(sheet_of_takes(sets, seed), width))
    typer.echo(f"wrote {out}")
