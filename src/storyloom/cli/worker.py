"""`storyloom worker`: run generation jobs from the taskiq broker on Redis."""

from __future__ import annotations

import asyncio

import typer

from storyloom.cli.common import console, fail, load_settings


def run(
    concurrency: int | None = typer.Option(
        None, min=1, max=64, help="Jobs at once; default STORYLOOM_JOB_CONCURRENCY."
    ),
) -> None:
    """Run generation jobs sent by `serve` (STORYLOOM_JOB_RUNNER=redis). Start any number;
    each also sweeps expired leases, so a dead worker's jobs are taken over."""
    from storyloom.config import JobRunnerKind

    settings = load_settings()
    if settings.job_runner is not JobRunnerKind.redis or not settings.redis_url:
        fail("the worker needs STORYLOOM_JOB_RUNNER=redis and STORYLOOM_REDIS_URL")
    if concurrency is not None:
        settings = settings.model_copy(update={"job_concurrency": concurrency})
    from storyloom.jobs.taskiq_app import run_worker

    if settings.worker_metrics_port is not None:
        from storyloom.observability.metrics import serve_worker_metrics

        serve_worker_metrics(settings.worker_metrics_port)
    console.print(f"storyloom worker: {settings.job_concurrency} jobs at once")
    asyncio.run(run_worker(settings))
