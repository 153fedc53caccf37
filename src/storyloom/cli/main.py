"""The `storyloom` command."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from storyloom import __version__
from storyloom.cli import (
    check,
    db,
    env,
    generate,
    illustrate,
    jobs,
    media,
    narrate,
    process,
    users,
    worker,
    writer,
)
from storyloom.cli.common import console, fail, load_settings

app = typer.Typer(
    help="Storyloom: personalised, illustrated children's books.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Help prints literally: with rich markup, examples like Mia:child:hero:she turned
    # `:child:` into an emoji and could not be copied.
    rich_markup_mode=None,
)
app.add_typer(db.app, name="db")
app.add_typer(users.app, name="users")
app.add_typer(env.app, name="env")
app.add_typer(illustrate.app, name="illustrate")
app.add_typer(writer.app, name="writer")
app.add_typer(jobs.app, name="jobs")
app.add_typer(media.app, name="media")
app.command(name="worker")(worker.run)
app.command(name="start")(process.start)
app.command(name="stop")(process.stop)
app.command(name="restart")(process.restart)
app.command(name="status")(process.status)
app.command(name="check")(check.check)
app.command(name="generate")(generate.generate)
app.command(name="narrate")(narrate.narrate)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port."),
    workers: int = typer.Option(1, min=1, max=64, help="Server processes."),
    reload: bool = typer.Option(False, help="Restart on code changes (development)."),
) -> None:
    """Serve the API and the app. Migrates first on the embedded SQLite database."""
    import uvicorn

    from storyloom import migrate
    from storyloom.kit.ports import port_taken

    if (reason := port_taken(host, port)) is not None:
        fail(reason)
    settings = load_settings()
    if settings.should_auto_migrate:
        try:
            migrate.upgrade(settings)
        except Exception as exc:  # any failure here must stop the start, clearly
            fail(f"could not migrate the database: {exc}")
    if workers > 1 and not reload and settings.redis_url is None:
        # Each process would keep its own response cache (and session memory): a write
        # handled by one could leave another serving what it replaced. Redis shares them.
        os.environ["STORYLOOM_CACHE_TTL_SECONDS"] = "0"
        console.print(
            "[yellow]Several processes without STORYLOOM_REDIS_URL: the response cache is "
            "off and rate limits count per process.[/yellow]"
        )
    from storyloom.observability.metrics import prepare_multiprocess

    prepare_multiprocess(settings.data_dir, 1 if reload else workers)  # shared /metrics
    console.print(f"Storyloom {__version__} on http://{host}:{port}  (docs: /api/docs)")
    uvicorn.run(
        "storyloom.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=None if reload else workers,
        reload=reload,
        log_config=None,
        # Only the proxies named in STORYLOOM_TRUSTED_PROXIES may set the client address;
        # with none (the default) X-Forwarded-* is ignored whoever sends it.
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
        lifespan="on",  # a failed start must stop the server, not serve without resources
        # uvicorn kills a worker that does not answer its ping within this; importing the
        # app on a busy host can take longer than the default 5 s (a restart loop).
        timeout_worker_healthcheck=30,
    )


@app.command()
def openapi(
    out: Path | None = typer.Option(None, "--out", help="Write here instead of stdout."),
) -> None:
    """Print the OpenAPI document (the web app's client is generated from it)."""
    import json

    from storyloom.app import create_app

    text = json.dumps(create_app(load_settings()).openapi(), indent=2, sort_keys=True) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)
