"""`storyloom writer`: sample stories from the procedural writer and measure it."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import Setting
from storyloom.engines.writer.cast import random_cast
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import run
from storyloom.engines.writer.story_spec import Lesson, StoryRequest, Template

app = typer.Typer(help="The procedural story writer.", no_args_is_help=True)
console = Console()


@app.command()
def sample(
    template: Annotated[Template, typer.Option(help="Story template.")] = Template.adventure,
    band: Annotated[AgeBand, typer.Option(help="Age band.")] = AgeBand.preschool,
    seed: Annotated[int, typer.Option(help="Seed: the same seed gives the same book.")] = 0,
    setting: Annotated[
        Setting | None, typer.Option(help="Setting; random by seed if absent.")
    ] = None,
    lesson: Annotated[Lesson, typer.Option(help="Lesson to carry.")] = Lesson.none,
    cast: Annotated[
        Path | None,
        typer.Option(help="JSON file: {cast: [...], relationships: [...]} or a bare cast list."),
    ] = None,
    idea: Annotated[str | None, typer.Option(help="The family's free-text idea.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the StoryDraft as JSON.")] = False,
) -> None:
    """Write one story and print it."""
    rng = random.Random(seed)
    if cast is not None:
        data = json.loads(cast.read_text())
        members, rels = (
            (data, []) if isinstance(data, list) else (data["cast"], data.get("relationships", []))
        )
    else:
        members, rels = random_cast(rng)
    request = StoryRequest.model_validate(
        {
            "cast": members,
            "relationships": rels,
            "template": template,
            "band": band,
            "seed": seed,
            "setting": setting or rng.choice(list(Setting)),
            "lesson": lesson,
            "idea": idea,
        }
    )
    draft = write_story(request)
    if as_json:
        typer.echo(draft.model_dump_json(indent=2))
        return
    typer.echo(draft.title)
    typer.echo("")
    for n, page in enumerate(draft.pages, 1):
        typer.echo(f"{n}. {page.text}")


@app.command()
def report(
    stories: Annotated[int, typer.Option(help="How many stories to generate.")] = 500,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    safety: Annotated[
        bool, typer.Option(help="Also run every text through the safety checker.")
    ] = False,
) -> None:
    """Generate many stories and measure them against the band table and quality bars."""
    check = None
    if safety:
        from storyloom.engines.safety import check_text

        def check(text: str, band: AgeBand) -> bool:
            return bool(check_text(text, band).ok)

    result = run(stories, safety=check)
    if as_json:
        typer.echo(json.dumps({m: v for m, v, _ in result.rows()}, indent=2))
        return
    table = Table(title=f"Procedural writer, {result.stories} stories")
    for column in ("measure", "value", "goal"):
        table.add_column(column)
    for row in result.rows():
        table.add_row(*row)
    console.print(table)
