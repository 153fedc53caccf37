"""`storyloom media migrate`: move the pictures of an installation between the local
folder and the configured S3-compatible bucket, in either direction."""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path

import typer

from storyloom.cli.common import console, fail, load_settings, print_json

app = typer.Typer(help="Where pictures are kept: copy them between the data folder and S3.")


class Direction(StrEnum):
    s3 = "s3"
    local = "local"


@app.command()
def migrate(
    to: Direction = typer.Option(
        ..., "--to", help="s3: the local folder into the bucket; local: the bucket into it."
    ),
    folder: Path | None = typer.Option(
        None, "--folder", help="The local media folder; default: <data dir>/media."
    ),
    concurrency: int = typer.Option(8, "--concurrency", min=1, max=64),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Copy every picture between the local media folder and the bucket set by
    STORYLOOM_MEDIA_S3_*. Resumable and idempotent (objects already there are skipped),
    every object checked against its hash on the way; the source is left as it was.
    Exit 1 when a damaged object was left out."""
    from storyloom.media import LocalMediaStore, make_media_store
    from storyloom.media.migrate import copy_all

    settings = load_settings()
    if not settings.media_s3_bucket:
        fail("set STORYLOOM_MEDIA_S3_BUCKET (and the endpoint and keys) first")
    local = LocalMediaStore(folder or settings.data_dir / "media")
    bucket = make_media_store(settings)
    source, target = (local, bucket) if to is Direction.s3 else (bucket, local)

    async def run() -> dict[str, object]:
        try:
            done = await copy_all(source, target, concurrency=concurrency)
        finally:
            await bucket.close()
        return {"from": source.describe(), "to": target.describe(), **done.as_dict()}

    try:
        report = asyncio.run(run())
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"cannot migrate: {type(exc).__name__}: {exc}")
    if json_output:
        print_json(report)
    else:
        console.print(f"{report['from']} -> {report['to']}")
        for name in ("copied", "already_there", "vanished", "bytes"):
            console.print(f"  {name.replace('_', ' ')}: {report[name]}")
        damaged = report["damaged"]
        assert isinstance(damaged, list)
        colour = "red" if damaged else "green"
        console.print(f"  damaged, left out: [{colour}]{len(damaged)}[/]")
        for key in damaged:
            console.print(f"    {key}")
    if report["damaged"]:
        raise typer.Exit(1)
