"""`storyloom jobs`: inspect, retry and cancel generation jobs; repair leftovers."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from storyloom.cli.common import console, fail, load_settings, print_json, with_session
from storyloom.job_status import JobStatus

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from storyloom.resources import Resources

app = typer.Typer(help="Generation jobs: list, show, retry, cancel, cleanup.", no_args_is_help=True)
JSON = typer.Option(False, "--json", help="Print JSON.")


def _job_dict(job: object) -> dict[str, object]:
    from storyloom.jobs.schemas import JobOut

    return JobOut.model_validate(job).model_dump(mode="json")


@app.command("list")
def list_jobs(
    status: JobStatus | None = typer.Option(None, help="Only jobs with this status."),
    limit: int = typer.Option(50, min=1, max=1000, help="How many, newest first."),
    json_output: bool = JSON,
) -> None:
    """Jobs of every user, newest first."""
    from storyloom.jobs.repository import JobRepository

    async def work(session: AsyncSession, _: Resources) -> list[dict[str, object]]:
        jobs = await JobRepository(session).page(
            None, status=status.value if status else None, after=None, limit=limit
        )
        return [_job_dict(job) for job in jobs[:limit]]

    rows = with_session(work)
    if json_output:
        print_json(rows)
        return
    table = Table("id", "status", "step", "pages", "attempts", "message")
    for row in rows:
        table.add_row(
            str(row["id"]),
            str(row["status"]),
            str(row["step"] or ""),
            f"{row['pages_done']}/{row['pages_total']}",
            str(row["attempts"]),
            str(row["error"] or row["message"]),
        )
    console.print(table)


def _one(job_id: str, action: str | None) -> dict[str, object]:
    from storyloom.jobs.repository import JobRepository
    from storyloom.jobs.service import JobService

    async def work(session: AsyncSession, _: Resources) -> dict[str, object]:
        job = await JobRepository(session).get_any(job_id)
        if job is None:
            fail(f"no job {job_id}")
        if action == "retry":
            job = await JobService(session).retry(job)
        elif action == "cancel":
            job = await JobService(session).cancel(job)
        return _job_dict(job)

    return with_session(work)


@app.command()
def show(job_id: str, json_output: bool = JSON) -> None:
    """One job in full."""
    row = _one(job_id, None)
    if json_output:
        print_json(row)
    else:
        for key, value in row.items():
            console.print(f"[bold]{key}[/]: {value}")


@app.command()
def retry(job_id: str, json_output: bool = JSON) -> None:
    """Queue a failed or cancelled job again; a running server or worker picks it up
    (its sweeper re-sends queued jobs)."""
    row = _one(job_id, "retry")
    print_json(row) if json_output else console.print(f"{job_id}: {row['status']}")


@app.command()
def cancel(job_id: str, json_output: bool = JSON) -> None:
    """Cancel a queued or running job."""
    row = _one(job_id, "cancel")
    print_json(row) if json_output else console.print(f"{job_id}: {row['message']}")


@app.command()
def cleanup(
    dry_run: bool = typer.Option(False, "--dry-run", help="Only report what would be repaired."),
    grace_minutes: float = typer.Option(
        60.0, min=0, help="Leave files younger than this (a picture may be being saved)."
    ),
    json_output: bool = JSON,
) -> None:
    """Repair leftovers: files without a row, rows without a file, expired picture
    candidates, jobs whose runner died (re-queued)."""
    from storyloom.jobs.cleanup import repair
    from storyloom.resources import Resources

    async def run() -> dict[str, int]:
        resources = Resources.open(load_settings())
        try:
            found = await repair(resources, dry_run=dry_run, grace=timedelta(minutes=grace_minutes))
        finally:
            await resources.close()
        return found.as_dict()

    found = asyncio.run(run())
    if json_output:
        print_json(found)
    else:
        verb = "found" if dry_run else "repaired"
        for key, value in found.items():
            console.print(f"{key.replace('_', ' ')}: {value} {verb}")
