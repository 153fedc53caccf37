"""`storyloom start | stop | restart | status`: the server (and workers) in the background.

Everything lives in the data folder: `run/` holds one pid file per process and
`run/state.json` (ports, start times, options), `logs/` one log per process. Processes
start in their own session, so they outlive the shell that started them; `stop` sends
SIGTERM (the runtime hands running jobs back to the queue) and SIGKILL only after
`--timeout`. A pid is only signalled while its command line is still a storyloom one,
so a pid file left by a reboot never hits an unrelated process.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import typer

from storyloom import __version__
from storyloom.cli.common import console, fail, load_settings, print_json
from storyloom.config import JobRunnerKind, Settings
from storyloom.kit.serverproc import CLI

JSON = typer.Option(False, "--json", help="Print JSON.")
EXIT_NOT_RUNNING = 3  # the LSB convention for `status` of a stopped service


@dataclass
class Proc:
    name: str
    pid: int
    started_at: float
    log: str


@dataclass
class State:
    host: str
    port: int
    workers: int
    version: str = __version__
    processes: list[Proc] = field(default_factory=list)

    @property
    def base(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host  # noqa: S104
        return f"http://{host}:{self.port}"


def run_dir(settings: Settings) -> Path:
    return settings.data_dir / "run"


def log_dir(settings: Settings) -> Path:
    return settings.data_dir / "logs"


def read_state(settings: Settings) -> State | None:
    path = run_dir(settings) / "state.json"
    if not path.exists():
        return None
    raw: dict[str, Any] = json.loads(path.read_text())
    procs = [Proc(**p) for p in raw.pop("processes", [])]
    return State(**raw, processes=procs)


def write_state(settings: Settings, state: State) -> None:
    folder = run_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "state.json").write_text(json.dumps(asdict(state), indent=2))
    for proc in state.processes:
        (folder / f"{proc.name}.pid").write_text(f"{proc.pid}\n")


def clear_state(settings: Settings) -> None:
    folder = run_dir(settings)
    for path in [*folder.glob("*.pid"), folder / "state.json"]:
        path.unlink(missing_ok=True)


def is_ours(pid: int) -> bool:
    """Alive and still a storyloom process (not a recycled pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.exists():  # not Linux: trust the pid
        return True
    try:
        text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return "storyloom" in text and not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"


def _spawn(
    name: str, args: list[str], settings: Settings, env: dict[str, str]
) -> tuple[Proc, subprocess.Popen[bytes]]:
    logs = log_dir(settings)
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"{name}.log"
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603 - our own CLI, fixed arguments
            [CLI, *args],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # outlives this command and its terminal
        )
    return Proc(name, process.pid, time.time(), str(log)), process


def _wait_ready(state: State, server: subprocess.Popen[bytes], timeout: float) -> str | None:
    """None when /readyz answered 200, else why not."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return f"the server exited with code {server.returncode}"
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{state.base}/readyz", timeout=1).status_code == 200:
                return None
        time.sleep(0.2)
    return f"not ready after {timeout:.0f} s"


def _kill_group(process: subprocess.Popen[bytes], grace: float) -> None:
    """A server that failed to start: it and every process it made, whatever their state."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(grace)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def stop_processes(procs: list[Proc], timeout: float) -> dict[str, str]:
    """SIGTERM all, wait, then SIGKILL what is left; returns name -> how it ended."""
    outcome: dict[str, str] = {}
    live = [p for p in procs if is_ours(p.pid)]
    for proc in procs:
        if proc not in live:
            outcome[proc.name] = "not running"
    for proc in live:
        _signal(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while live and time.monotonic() < deadline:
        live = [p for p in live if is_ours(p.pid)]
        time.sleep(0.1)
    for proc in procs:
        if proc.name in outcome:
            continue
        if proc in live:
            # Its own session (start_new_session): the group is it and its children
            # (uvicorn's worker processes), which must not outlive it holding the port.
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                _signal(proc.pid, signal.SIGKILL)
            outcome[proc.name] = "killed"
        else:
            outcome[proc.name] = "stopped"
    return outcome


def start(
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="API server processes."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    job_workers: int = typer.Option(
        1,
        "--job-workers",
        min=0,
        max=64,
        help="`storyloom worker` processes (only with STORYLOOM_JOB_RUNNER=redis).",
    ),
    timeout: float = typer.Option(60.0, "--timeout", min=1, help="Seconds to wait for ready."),
    json_output: bool = JSON,
) -> None:
    """Start the server (and job workers when the runner is redis) in the background;
    pid files in <data>/run, logs in <data>/logs. Waits until /readyz answers."""
    settings = load_settings()
    state = read_state(settings)
    if state is not None and any(is_ours(p.pid) for p in state.processes):
        running = ", ".join(f"{p.name} {p.pid}" for p in state.processes if is_ours(p.pid))
        fail(f"already running ({running}); use `storyloom stop` or `storyloom restart`")
    if not _port_free(host, port):
        fail(f"port {port} on {host} is in use by another program; choose another with --port")
    clear_state(settings)
    env = dict(os.environ)
    state = State(host=host, port=port, workers=workers)
    args = ["serve", "--host", host, "--port", str(port), "--workers", str(workers)]
    server, process = _spawn("server", args, settings, env)
    state.processes.append(server)
    write_state(settings, state)
    problem = _wait_ready(state, process, timeout)
    if problem is not None:
        _kill_group(process, 10)
        clear_state(settings)
        tail = Path(server.log).read_text(errors="replace")[-2000:]
        fail(f"the server did not start ({problem}); end of {server.log}:\n{tail}")
    if settings.job_runner is JobRunnerKind.redis:
        for number in range(1, job_workers + 1):
            state.processes.append(_spawn(f"worker-{number}", ["worker"], settings, env)[0])
        write_state(settings, state)
    if json_output:
        print_json(asdict(state))
    else:
        names = ", ".join(f"{p.name} (pid {p.pid})" for p in state.processes)
        console.print(f"started {names} on {state.base}; logs in {log_dir(settings)}")


def stop(
    timeout: float = typer.Option(
        30.0, "--timeout", min=0, help="Seconds to wait for a graceful stop before SIGKILL."
    ),
    json_output: bool = JSON,
) -> None:
    """Stop gracefully: SIGTERM, running jobs go back to the queue, SIGKILL after --timeout.
    Exit code 3 when nothing was running."""
    settings = load_settings()
    state = read_state(settings)
    if state is None or not any(is_ours(p.pid) for p in state.processes):
        clear_state(settings)
        if json_output:
            print_json({"stopped": {}})
        else:
            console.print("not running")
        raise typer.Exit(EXIT_NOT_RUNNING)
    # Workers first: their jobs are handed back while the API can still answer.
    ordered = sorted(state.processes, key=lambda p: p.name == "server")
    outcome = stop_processes([p for p in ordered if p.name != "server"], timeout)
    outcome |= stop_processes([p for p in ordered if p.name == "server"], timeout)
    clear_state(settings)
    if json_output:
        print_json({"stopped": outcome})
    else:
        for name, how in outcome.items():
            console.print(f"{name}: {how}")


def restart(
    workers: int | None = typer.Option(
        None, "--workers", min=1, max=64, help="Default: as before."
    ),
    port: int | None = typer.Option(None, "--port", min=1, max=65535, help="Default: as before."),
    timeout: float = typer.Option(30.0, "--timeout", min=0, help="Graceful stop timeout."),
    json_output: bool = JSON,
) -> None:
    """Stop (gracefully) and start again with the same options unless given."""
    settings = load_settings()
    state = read_state(settings)
    host = state.host if state else "127.0.0.1"
    job_workers = len([p for p in state.processes if p.name != "server"]) if state else 1
    with contextlib.suppress(typer.Exit):
        stop(timeout=timeout, json_output=False)
    start(
        workers=workers or (state.workers if state else 1),
        port=port or (state.port if state else 8000),
        host=host,
        job_workers=max(1, job_workers),
        timeout=60.0,
        json_output=json_output,
    )


async def _queue(settings: Settings) -> dict[str, int]:
    from sqlalchemy import func, select

    from storyloom.db import make_engine
    from storyloom.models import Job

    engine = make_engine(settings.sqlalchemy_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(Job.status, func.count())
                .where(Job.status.in_(("queued", "running")))
                .group_by(Job.status)
            )
            counts = {str(status): int(n) for status, n in rows.all()}
    finally:
        await engine.dispose()
    return {"queued": counts.get("queued", 0), "running": counts.get("running", 0)}


def _health(state: State) -> dict[str, Any]:
    import httpx

    try:
        response = httpx.get(f"{state.base}/readyz", timeout=3)
        body: dict[str, Any] = response.json()
        return {"status": body.get("status", "unknown"), "checks": body.get("checks", {})}
    except (httpx.HTTPError, ValueError) as exc:
        return {"status": "unreachable", "error": type(exc).__name__}


def status(json_output: bool = JSON) -> None:
    """Pids, port, uptime, health (/readyz), queue depth and version. Exit 0 when running
    and ready, 1 when running but not ready, 3 when stopped."""
    import asyncio

    settings = load_settings()
    state = read_state(settings)
    now = time.time()
    procs = [
        {
            "name": p.name,
            "pid": p.pid,
            "running": is_ours(p.pid),
            "uptime_seconds": round(now - p.started_at, 1),
            "log": p.log,
        }
        for p in (state.processes if state else [])
    ]
    running = any(p["running"] for p in procs)
    report: dict[str, Any] = {
        "running": running,
        "version": __version__,
        "url": state.base if state else None,
        "workers": state.workers if state else None,
        "processes": procs,
        "health": _health(state) if state and running else {"status": "stopped"},
    }
    try:
        report["queue"] = asyncio.run(_queue(settings))
    except Exception as exc:  # the CLI boundary: the database may be down or not made
        report["queue"] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    if json_output:
        print_json(report)
    else:
        _print_status(report)
    if not running:
        raise typer.Exit(EXIT_NOT_RUNNING)
    if report["health"].get("status") != "ok":
        raise typer.Exit(1)


def _print_status(report: dict[str, Any]) -> None:
    from rich.table import Table

    state = "[green]running[/]" if report["running"] else "[yellow]stopped[/]"
    console.print(f"storyloom {report['version']}: {state}  {report['url'] or ''}")
    if report["processes"]:
        table = Table("process", "pid", "state", "uptime", "log")
        for p in report["processes"]:
            table.add_row(
                p["name"],
                str(p["pid"]),
                "running" if p["running"] else "gone",
                f"{p['uptime_seconds']:.0f} s",
                p["log"],
            )
        console.print(table)
    health = report["health"]
    console.print(f"health: {health.get('status')} {health.get('checks', '')}")
    console.print(f"queue: {report['queue']}")
