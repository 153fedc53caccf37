"""`storyloom env`: see the effective settings, or write a commented .env to start from."""

from __future__ import annotations

from pathlib import Path

import typer
from pydantic import SecretStr
from rich.table import Table

from storyloom.cli.common import console, fail, load_settings, print_json
from storyloom.config import Settings

app = typer.Typer(help="Show or initialise settings.", no_args_is_help=True)
SECRET_HINTS = ("key", "password", "secret", "token")


def _redact(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, SecretStr) or any(h in name for h in SECRET_HINTS):
        return "********"
    if isinstance(value, str) and "@" in value and "://" in value:  # credentials in a URL
        scheme, rest = value.split("://", 1)
        return f"{scheme}://********@{rest.rsplit('@', 1)[1]}"
    return str(value)


@app.command()
def show(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print every setting in force, secrets redacted."""
    settings = load_settings()
    values = {
        f"STORYLOOM_{name.upper()}": _redact(name, getattr(settings, name))
        for name in Settings.model_fields
    }
    if json_output:
        print_json(values)
        return
    table = Table("setting", "value")
    for name, value in values.items():
        table.add_row(name, value)
    console.print(table)


@app.command()
def init(
    path: Path = typer.Option(Path(".env"), "--path", help="Where to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented .env listing every setting with its default."""
    if path.exists() and not force:
        fail(f"{path} exists; use --force to overwrite it")
    lines = ["# Storyloom settings. Uncomment and change what you need.", ""]
    for name, field in Settings.model_fields.items():
        lines.append(f"# {field.description}")
        default = field.get_default(call_default_factory=True)
        shown = "" if default is None else default
        lines.append(f"# STORYLOOM_{name.upper()}={shown}")
        lines.append("")
    path.write_text("\n".join(lines))
    console.print(f"wrote {path}")
