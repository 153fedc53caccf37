"""`storyloom db`: migrations and integrity."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer

from storyloom.cli.common import console, fail, load_settings, print_json

app = typer.Typer(
    help="Database migrations, checks, backups, restores, dumps, browsing.", no_args_is_help=True
)


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


@app.command()
def backup(
    out: Path | None = typer.Option(
        None, "--out", help="File to write; default <data>/backups/storyloom-<time>.tar."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Back up the database and every picture it references into one archive, while
    Storyloom runs (SQLite's online backup API, or pg_dump on one snapshot). The archive
    is readable by its owner only: it holds password hashes."""
    from storyloom.cli.archive import backup as make_backup
    from storyloom.cli.dbtools import DbToolError

    try:
        result = make_backup(load_settings(), out)
    except (DbToolError, OSError) as exc:
        fail(f"backup failed: {exc}")
    if json_output:
        print_json(result.as_dict())
    else:
        console.print(
            f"backed up to [bold]{result.path}[/] ({result.bytes} bytes, "
            f"{result.pictures} pictures)"
        )


@app.command()
def restore(
    source: Path = typer.Argument(..., help="An archive made by `storyloom db backup`."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    force: bool = typer.Option(
        False,
        "--force",
        help="Restore even while a server, worker or command uses this data folder "
        "(they will see the data change under them).",
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Replace the database and put back the pictures from a backup archive. The archive
    is checked first (every file against its manifest's hash, then the database itself)
    and a damaged one refused; what is there now is saved as an archive before anything
    is replaced. Refused while anything runs on this data folder unless --force."""
    from storyloom.cli.archive import restore as do_restore
    from storyloom.cli.dbtools import DbToolError
    from storyloom.kit import datalock

    settings = load_settings()
    lock = None
    try:
        lock = datalock.exclusive(settings.data_dir)
    except datalock.DataInUse as exc:
        if not force:
            fail(f"{exc}, or pass --force")
    try:
        if not yes and not typer.confirm(f"Replace the database and pictures with {source}?"):
            fail("not restored", code=1)
        try:
            safety, pictures, seconds = do_restore(settings, source)
        except (DbToolError, OSError) as exc:
            fail(f"refused: {exc}")
    finally:
        if lock is not None:
            datalock.release(lock)
    report = {
        "restored_from": str(source),
        "pictures": pictures,
        "previous_data_saved_to": str(safety.path) if safety else None,
        "seconds": round(seconds, 3),
    }
    if json_output:
        print_json(report)
    else:
        console.print(f"restored from [bold]{source}[/] ({pictures} pictures)")
        if safety:
            console.print(f"what was there before is saved in {safety.path}")


@app.command()
def dump(
    out: Path = typer.Option(..., "--out", help="JSON file to write."),
    contents: bool = typer.Option(False, "--contents", help="Include the rows themselves."),
    limit: int | None = typer.Option(
        None, "--limit", min=1, help="With --contents: at most this many rows per table."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print a summary as JSON."),
) -> None:
    """Write the structure (columns, indexes, foreign keys) and row counts of every table,
    and optionally its contents (password and token hashes masked), to a JSON file."""
    import json

    from storyloom.cli.dbtools import dump as make_dump

    try:
        document = make_dump(load_settings(), contents=contents, limit=limit)
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"cannot read the database: {exc}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, default=str))
    counts = {name: t["rows"] for name, t in document["tables"].items()}
    if json_output:
        print_json({"path": str(out), "tables": counts})
    else:
        console.print(f"wrote {out}: {len(counts)} tables, {sum(counts.values())} rows")


@app.command()
def explore(
    table: str | None = typer.Argument(None, help="Open this table right away."),
    page_size: int = typer.Option(20, "--page-size", min=1, max=500, help="Rows per page."),
) -> None:
    """Browse tables interactively, read-only: pick a table by number or name, then n/p
    to page, t for the tables, q to quit."""
    from storyloom.cli.explore import explore as run_explorer

    try:
        run_explorer(load_settings(), console, page_size=page_size, table=table)
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"cannot browse the database: {exc}")
