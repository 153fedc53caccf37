"""`storyloom check characters | stories | images | jobs | all`: content inspection.

Each report counts what is there and what is wrong; `--fix` repairs only what can be
repaired without losing anything a user made:
- images (every media file: pictures, page narration, exported PDF/EPUB): rows whose file
  is gone are repaired (a picture row is removed and the page shows no picture, a page's
  narration is cleared, an export row is removed and the file made again when asked
  for), files no row points at (older than the grace period) and expired candidates are
  deleted;
- jobs: running jobs whose lease expired are re-queued (a runner picks them up);
- stories: a story still "generating" whose job ended is marked failed, so it can be
  retried or deleted;
- characters: a portrait id pointing at a picture that no longer exists is cleared.
Characters without a portrait and stories without pages are reported, never touched.
Exit code 1 when problems remain (after --fix, the ones it could not repair).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from enum import StrEnum

import typer

from storyloom.cli.common import console, fail, print_json


class Area(StrEnum):
    characters = "characters"
    stories = "stories"
    jobs = "jobs"  # before images: the images repair would re-queue stuck jobs unseen
    images = "images"
    all = "all"


def check(
    area: Area = typer.Argument(..., help="characters, stories, images, jobs or all."),
    fix: bool = typer.Option(False, "--fix", help="Repair what can be repaired safely."),
    grace_minutes: float = typer.Option(
        60.0, "--grace-minutes", min=0, help="Leave files younger than this (being saved)."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Inspect content: counts, missing portraits, images without files, files without
    rows, stuck jobs, stories without pages. Exit 1 while problems remain."""
    from storyloom.cli.checks import run_checks

    areas = [a for a in Area if a is not Area.all] if area is Area.all else [area]
    try:
        reports = asyncio.run(run_checks(areas, fix, timedelta(minutes=grace_minutes)))
    except Exception as exc:  # the CLI boundary: any failure becomes a clear message
        fail(f"cannot check: {type(exc).__name__}: {exc}")
    remaining = sum(n for r in reports.values() for n in r["problems"].values())
    if json_output:
        print_json({"areas": reports, "problems": remaining})
    else:
        for name, report in reports.items():
            console.print(f"[bold]{name}[/]: {report['count']}  {report['info']}")
            for problem, n in report["problems"].items():
                colour = "green" if n == 0 else "red"
                repaired = report["fixed"].get(problem, 0)
                extra = f" (repaired {repaired})" if repaired else ""
                console.print(f"  {problem.replace('_', ' ')}: [{colour}]{n}[/]{extra}")
    if remaining:
        raise typer.Exit(1)
