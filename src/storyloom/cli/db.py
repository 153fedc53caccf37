"""`storyloom db`: migrations and integrity."""

from __future__ import annotations

import asyncio

import typer

from storyloom.cli.common import console, fail, load_settings, print_json

app = typer.Typer(help="Database migrations and checks.", no_args_is_help=True)


@app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    from storyloom import migrate

    try:
        migrate.upgrade(load_settings(), revision)
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"upgrade failed: {exc}")
    console.print(f"database at revision [bold]{migrate.current_revision(load_settings())}[/]")


@app.command()
def downgrade(
    revision: str = typer.Argument(..., help="Target revision, e.g. -1 or base."),
) -> None:
    """Revert migrations down to REVISION."""
    from storyloom import migrate

    try:
        migrate.downgrade(load_settings(), revision)
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"downgrade failed: {exc}")
    console.print(f"database at revision [bold]{migrate.current_revision(load_settings())}[/]")


@app.command()
def current(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show the database's revision and the newest one."""
    from storyloom import migrate

    settings = load_settings()
    try:
        state = {
            "current": migrate.current_revision(settings),
            "head": migrate.head_revision(settings),
        }
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"cannot read the database: {exc}")
    if json_output:
        print_json(state)
    else:
        console.print(f"current: {state['current'] or '(empty)'}  head: {state['head']}")


async def _integrity(url: str) -> str:
    from sqlalchemy import text

    from storyloom.db import make_engine

    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            if url.startswith("sqlite"):
                rows = (await conn.execute(text("PRAGMA integrity_check"))).scalars().all()
                fk = (await conn.execute(text("PRAGMA foreign_key_check"))).all()
                if rows != ["ok"]:
                    return "; ".join(str(r) for r in rows)
                return "ok" if not fk else f"{len(fk)} foreign key violations"
            await conn.execute(text("SELECT 1"))
            return "ok"
    finally:
        await engine.dispose()


@app.command()
def check(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Check integrity and that the schema is at the newest migration and matches the models."""
    from storyloom import migrate

    settings = load_settings()
    report: dict[str, str] = {}
    try:
        report["integrity"] = asyncio.run(_integrity(settings.sqlalchemy_url))
        current_rev, head = migrate.current_revision(settings), migrate.head_revision(settings)
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"cannot open the database: {exc}")
    report["migrations"] = "ok" if current_rev == head else f"at {current_rev}, newest is {head}"
    if current_rev == head:
        drift = migrate.model_drift(settings)
        report["models"] = "ok" if not drift else f"schema differs from the models: {drift}"
    if json_output:
        print_json(report)
    else:
        for name, value in report.items():
            colour = "green" if value == "ok" else "red"
            console.print(f"{name}: [{colour}]{value}[/]")
    if any(value != "ok" for value in report.values()):
        raise typer.Exit(1)
