"""`storyloom generate`: one book, or a batch of books, from the command line, no server."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyloom.cli.bookmaker import BookError, BookSpec, CharacterSpec, Format, MadeBook, make_book
from storyloom.cli.common import console, err_console, fail, load_settings, print_json
from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import ArtStyle, Kind, Setting
from storyloom.engines.writer.story_spec import Lesson, Pronouns, Role, Template


def _character(text: str, default_role: Role) -> CharacterSpec:
    """NAME[:KIND[:ROLE[:PRONOUNS]]], e.g. Mia:child:hero:she or Rex:dog:pet."""
    parts = [p.strip() for p in text.split(":")]
    try:
        return CharacterSpec(
            name=parts[0],
            kind=Kind(parts[1]) if len(parts) > 1 and parts[1] else Kind.child,
            role=Role(parts[2]) if len(parts) > 2 and parts[2] else default_role,
            pronouns=Pronouns(parts[3]) if len(parts) > 3 and parts[3] else Pronouns.they,
        )
    except ValueError as exc:
        fail(f"cannot read the character {text!r} (NAME[:KIND[:ROLE[:PRONOUNS]]]): {exc}")


def _steps(spec: BookSpec) -> int:
    pages = spec.pages or BAND_RULES[spec.band].pages[1]
    return 1 + pages + len(spec.formats)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,  # stdout stays clean for --json
        transient=False,
    )


def _summary(book: MadeBook) -> dict[str, Any]:
    return {
        "title": book.title,
        "pages": len(book.pages),
        "engine": book.engine,
        "files": {k: str(v) for k, v in book.files.items()},
    }


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        fail(f"cannot read {path}: {exc}")


def generate(
    hero: str | None = typer.Option(
        None, "--hero", help="The hero: NAME[:KIND[:ROLE[:PRONOUNS]]], e.g. Mia:child:hero:she."
    ),
    with_: list[str] = typer.Option(
        [], "--with", help="Another cast member (repeatable), e.g. Rex:dog:pet:he."
    ),
    cast_file: Path | None = typer.Option(
        None, "--cast-file", help="JSON book spec (cast, template, band, ...); flags override."
    ),
    template: Template | None = typer.Option(None, help="Kind of story."),
    setting: Setting | None = typer.Option(None, help="Where it happens."),
    lesson: Lesson | None = typer.Option(None, help="What it teaches."),
    band: AgeBand | None = typer.Option(None, help="Reader's age band."),
    pages: int | None = typer.Option(None, min=4, max=20, help="Pages; default by band."),
    style: ArtStyle | None = typer.Option(None, help="Art style."),
    idea: str | None = typer.Option(None, help="A free-text idea (safety-checked)."),
    seed: int | None = typer.Option(None, help="Same seed, same book."),
    formats: list[Format] = typer.Option(
        [], "--format", "-f", help="pdf, epub or html (repeatable); default html."
    ),
    out: Path = typer.Option(Path("."), "--out", help="Folder for the files."),
    batch: Path | None = typer.Option(
        None, "--batch", help="JSON list of book specs (or one per line); makes them all."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Make a whole book (write, safety-check, illustrate, export) without a server or a
    database. The cast comes from --hero/--with or a JSON file; --batch makes many."""
    settings = load_settings()
    if batch is not None:
        _batch(batch, out, settings, json_output)
        return
    raw: dict[str, Any] = _load_json(cast_file) if cast_file else {}
    if not isinstance(raw, dict):
        fail(f"{cast_file} must hold one JSON object (a book spec)")
    if hero:
        raw["cast"] = [_character(hero, Role.hero).model_dump(exclude_none=True)]
    for member in with_:
        raw.setdefault("cast", []).append(
            _character(member, Role.friend).model_dump(exclude_none=True)
        )
    flags = {
        "template": template,
        "setting": setting,
        "lesson": lesson,
        "band": band,
        "pages": pages,
        "style": style,
        "idea": idea,
        "seed": seed,
        "formats": formats or None,
    }
    raw.update({k: v for k, v in flags.items() if v is not None})
    if not raw.get("cast"):
        fail("name a hero: --hero NAME[:KIND] (or --cast-file)")
    try:
        spec = BookSpec.model_validate(raw)
    except ValidationError as exc:
        fail(f"invalid book: {_errors(exc)}")
    with _progress() as progress:
        task = progress.add_task("making the book", total=_steps(spec))

        def step(what: str, n: int) -> None:
            progress.update(task, advance=n, description=what)

        try:
            book = asyncio.run(make_book(spec, settings, out, step))
        except BookError as exc:
            fail(str(exc))
        progress.update(task, completed=progress.tasks[0].total, description="done")
    summary = _summary(book)
    if json_output:
        print_json(summary)
    else:
        console.print(f"[bold]{book.title}[/] ({len(book.pages)} pages, {book.engine})")
        for path in summary["files"].values():
            console.print(f"  {path}")


def _errors(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())


def _read_batch(path: Path) -> list[BookSpec]:
    try:
        text = path.read_text()
    except OSError as exc:
        fail(f"cannot read {path}: {exc}")
    try:
        stripped = text.lstrip()
        items = (
            json.loads(text)
            if stripped.startswith("[")
            else [json.loads(line) for line in text.splitlines() if line.strip()]
        )
    except ValueError as exc:
        fail(f"{path}: not JSON (a list, or one object per line): {exc}")
    specs: list[BookSpec] = []
    for number, item in enumerate(items, start=1):
        try:
            specs.append(BookSpec.model_validate(item))
        except ValidationError as exc:
            fail(f"{path}: book {number}: {_errors(exc)}")
    if not specs:
        fail(f"{path} names no books")
    return specs


def _batch(path: Path, out: Path, settings: Any, json_output: bool) -> None:
    specs = _read_batch(path)
    for number, spec in enumerate(specs, start=1):
        spec.out = spec.out or f"book-{number:03d}"
    results: list[dict[str, Any]] = []
    failed = 0

    async def run_all(progress: Progress) -> None:
        nonlocal failed
        overall = progress.add_task("books", total=len(specs))
        limit = asyncio.Semaphore(settings.job_concurrency)

        async def one(spec: BookSpec) -> None:
            nonlocal failed
            async with limit:
                task = progress.add_task(spec.out or "book", total=_steps(spec))

                def step(_: str, n: int) -> None:
                    progress.update(task, advance=n)

                try:
                    book = await make_book(spec, settings, out, step)
                    results.append({"out": spec.out, "ok": True, **_summary(book)})
                except BookError as exc:
                    failed += 1
                    results.append({"out": spec.out, "ok": False, "error": str(exc)})
                progress.remove_task(task)
                progress.advance(overall)

        await asyncio.gather(*(one(spec) for spec in specs))

    with _progress() as progress:
        asyncio.run(run_all(progress))
    results.sort(key=lambda r: str(r["out"]))
    if json_output:
        print_json({"books": results, "made": len(results) - failed, "failed": failed})
    else:
        for r in results:
            mark = "[green]ok[/]" if r["ok"] else f"[red]failed[/] {r['error']}"
            console.print(f"{r['out']}: {mark} {r.get('title', '')}")
        console.print(f"{len(results) - failed} made, {failed} failed, in {out}")
    if failed:
        raise typer.Exit(1)
