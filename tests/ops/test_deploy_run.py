"""deploy/ run for real, on loopback, without Docker.

The compose file's `migrate`, `api` and `worker` services run as processes with their
own commands and environment (only host names, ports, the test's data folders, key
and Redis prefix rewritten), behind the real Caddy with deploy/Caddyfile (only its
upstream rewritten): a story is made through the proxy, its progress streams through it
as it happens, /metrics stays internal and answers are compressed. The systemd units
run the same way: ExecStartPre, then ExecStart, stopped by KillSignal within
TimeoutStopSec.

Runs only with STORYLOOM_TEST_DATABASE_URL, STORYLOOM_TEST_REDIS_URL and Caddy (Debian's
`caddy`, see scripts/ensure-tools.sh); without them it fails under CI=true, else skips.
"""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import yaml
from redis import Redis
from sqlalchemy.engine import make_url
from tests.conftest import (
    TEST_DATABASE_URL,
    TEST_REDIS_URL,
    _create_pg_database,
    _drop_pg_database,
    missing_service,
    register,
)
from tests.seaweed import Seaweed
from tests.stories.helpers import follow, parse_events, start

from storyloom.kit.serverproc import CLI, free_port, stop, wait_ready

pytestmark = pytest.mark.services

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SECRET = "deploy-run-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOP"
UPSTREAM = "reverse_proxy api:8000"
UNIT_BINARY = "/opt/storyloom/.venv/bin/storyloom"
CLEAN_EXIT = {0, -signal.SIGTERM}  # what systemd counts as a clean stop by default
STARTUP = 120  # seconds: `serve --workers N` imports the app N + 1 times

Events = list[tuple[float, str, dict[str, Any]]]  # (arrival time, event, job)


@pytest.fixture
def caddy() -> str:
    path = shutil.which("caddy")
    if path is None:
        missing_service("caddy (apt-get install caddy, or bash scripts/ensure-tools.sh)")
    assert path
    return path


def _redis_prefix(database: str) -> str:
    """Unique per test, the same for every process of its deployment."""
    return f"storyloom-test-{make_url(database).database}"


@pytest.fixture
def database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (the deployment migrates it itself); dropped
    afterwards with the Redis keys of its deployment."""
    if not TEST_DATABASE_URL:
        missing_service("STORYLOOM_TEST_DATABASE_URL (PostgreSQL)")
    assert TEST_DATABASE_URL
    assert TEST_REDIS_URL
    url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    yield url
    asyncio.run(_drop_pg_database(url))
    with Redis.from_url(TEST_REDIS_URL) as redis:
        for key in redis.scan_iter(f"{_redis_prefix(url)}:*"):
            redis.delete(key)


# Reading the deploy files -----------------------------------------------------------------


def _env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines (compose `env_file`, systemd `EnvironmentFile`)."""
    lines = (line.strip() for line in path.read_text().splitlines())
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def _interpolate(value: str) -> str:
    """Compose's `${NAME:-default}`, nothing set in the shell: the default."""
    return re.sub(r"\$\{\w+(?::-([^}]*))?\}", lambda m: m.group(1) or "", value)


def _compose_service(name: str) -> tuple[list[str], dict[str, str], dict[str, Any]]:
    """A service's command, its environment (env_file, then `environment` over it) and
    the service itself; YAML merges the `x-storyloom` anchor."""
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    service: dict[str, Any] = compose["services"][name]
    env = _env_file(DEPLOY / f"{service['env_file']}.example")  # deploy/README: cp it
    env |= {key: _interpolate(str(value)) for key, value in service["environment"].items()}
    return list(service["command"]), env, service


def _unit(name: str, instance: str = "") -> dict[str, list[str]]:
    """A systemd unit's [Service] settings, `%i` expanded."""
    settings: dict[str, list[str]] = {}
    section = ""
    for raw in (DEPLOY / "systemd" / name).read_text().splitlines():
        line = raw.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value.replace("%i", instance))
    return settings


# The deployment on loopback ---------------------------------------------------------------


def _local_env(
    deployed: dict[str, str], database: str, data: Path, seaweed: Seaweed | None = None
) -> dict[str, str]:
    """The deployment's settings with the database, Redis and S3 hosts rewritten to the
    test's, and what a test needs: its data folder, signing key and Redis prefix."""
    assert TEST_REDIS_URL
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env |= deployed
    ours = make_url(database)
    env["STORYLOOM_DATABASE_URL"] = (
        make_url(deployed["STORYLOOM_DATABASE_URL"])
        .set(
            host=ours.host,
            port=ours.port,
            username=ours.username,
            password=ours.password,
            database=ours.database,
        )
        .render_as_string(hide_password=False)
    )
    redis = urlsplit(deployed["STORYLOOM_REDIS_URL"])
    env["STORYLOOM_REDIS_URL"] = redis._replace(netloc=urlsplit(TEST_REDIS_URL).netloc).geturl()
    env["STORYLOOM_REDIS_PREFIX"] = _redis_prefix(database)
    env["STORYLOOM_DATA_DIR"] = str(data)
    env["STORYLOOM_SECRET_KEY"] = SECRET
    if "STORYLOOM_MEDIA_S3_ENDPOINT" in deployed:
        assert seaweed is not None, "the deployment keeps pictures in S3"
        endpoint = urlsplit(deployed["STORYLOOM_MEDIA_S3_ENDPOINT"])
        ours_s3 = urlsplit(seaweed.endpoint)
        env["STORYLOOM_MEDIA_S3_ENDPOINT"] = endpoint._replace(netloc=ours_s3.netloc).geturl()
        env["STORYLOOM_MEDIA_S3_ACCESS_KEY"] = seaweed.access_key
        env["STORYLOOM_MEDIA_S3_SECRET_KEY"] = seaweed.secret_key
        env["STORYLOOM_MEDIA_S3_PREFIX"] = f"{_redis_prefix(database)}/"
    return env


def _local_command(argv: list[str], binary: str, port: int | None = None) -> list[str]:
    """The deployed command with our CLI as its binary, on loopback and a free port."""
    assert argv[0] == binary, argv
    local = [CLI, *argv[1:]]
    for option, value in (("--host", "127.0.0.1"), ("--port", str(port))):
        if option in local:
            assert port is not None, argv
            local[local.index(option) + 1] = value
    return local


def _caddy(caddy: str, upstreams: list[str], tmp: Path) -> tuple[list[str], dict[str, str]]:
    """deploy/Caddyfile with its upstream rewritten, the site address in SITE_ADDRESS as
    the file expects, Caddy's state in tmp. `admin off` is prepended as a global option:
    the admin port (2019) may be taken, and Debian's Caddy 2.6 ignores CADDY_ADMIN."""
    text = (DEPLOY / "Caddyfile").read_text()
    assert text.count(UPSTREAM) == 1, "the Caddyfile's upstream changed: update this test"
    tmp.mkdir()
    config = tmp / "Caddyfile"
    config.write_text(
        "{\n\tadmin off\n}\n" + text.replace(UPSTREAM, "reverse_proxy " + " ".join(upstreams))
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STORYLOOM_", "XDG_"))}
    env |= {
        "HOME": str(tmp),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "SITE_ADDRESS": f"http://127.0.0.1:{free_port()}",
    }
    return [caddy, "run", "--config", str(config), "--adapter", "caddyfile"], env


# Processes --------------------------------------------------------------------------------


@contextmanager
def _running(argv: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A process that is stopped (SIGTERM, then SIGKILL) however the test ends."""
    with log.open("w") as out:
        process = subprocess.Popen(
            argv, env=env, cwd=log.parent, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        yield process
    finally:
        stop(process, timeout=30)


def _run_to_end(argv: list[str], env: dict[str, str], log: Path) -> None:
    with _running(argv, env, log) as process:
        assert process.wait(timeout=120) == 0, log.read_text()[-3000:]


def _wait_metrics(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """A worker is up once its /metrics answers (the compose healthcheck)."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"the worker did not start:\n{log.read_text()[-3000:]}")


def _stops_within(process: subprocess.Popen[bytes], unit: dict[str, list[str]], log: Path) -> None:
    """KillSignal stops the process within TimeoutStopSec, cleanly as systemd sees it."""
    process.send_signal(signal.Signals[unit["KillSignal"][0]])
    try:
        code = process.wait(timeout=float(unit["TimeoutStopSec"][0].removesuffix("s")))
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after TimeoutStopSec:\n{log.read_text()[-3000:]}")
    assert code in CLEAN_EXIT, (code, log.read_text()[-3000:])


# Through the proxy ------------------------------------------------------------------------


async def _read_events(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    job: str,
    received: Events,
    arrived: asyncio.Event,
) -> None:
    """The job's events into `received` as they arrive, each with its arrival time."""
    text = ""
    async with client.stream(
        "GET", f"/api/jobs/{job}/events", headers=headers, timeout=120
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        async for chunk in response.aiter_text():
            text += chunk
            events = parse_events(text[: text.rfind("\n\n") + 2])  # whole events only
            received += [(time.time(), name, data) for name, data in events[len(received) :]]
            if received:
                arrived.set()


async def _streamed_story(
    proxy: str, start_worker: Callable[[], None]
) -> tuple[dict[str, str], str]:
    """A story started through the proxy while no worker runs: its first progress event
    must reach us while it waits (a buffering proxy holds it until the stream ends); then
    a worker starts and progress flows to the end. (Authorization headers, story id.)"""
    async with httpx.AsyncClient(base_url=proxy, timeout=30) as client:
        account = await register(client)
        created = await start(account)
        received: Events = []
        arrived = asyncio.Event()
        reader = asyncio.create_task(
            _read_events(client, account.headers, created["job"]["id"], received, arrived)
        )
        try:
            await asyncio.wait_for(arrived.wait(), timeout=15)
        except TimeoutError:
            reader.cancel()
            pytest.fail("no progress reached the client while the job waited: buffered")
        await asyncio.to_thread(start_worker)
        await asyncio.wait_for(reader, timeout=120)
    (first_seen, first, waiting), (_, last, done) = received[0], received[-1]
    assert (first, waiting["status"]) == ("progress", "queued"), received[0]
    assert (last, done["status"]) == ("done", "succeeded"), received[-3:]
    assert first_seen < datetime.fromisoformat(done["finished_at"]).timestamp()
    assert any(job["status"] == "running" for _, _, job in received)  # the worker's progress
    return account.headers, created["story"]["id"]


def _check_reads(proxy: str, apis: list[str], headers: dict[str, str], story_id: str) -> None:
    """The finished story through the proxy, compressed by Caddy (not by the app);
    /metrics answered by every API but not through the proxy."""
    gzip = {**headers, "Accept-Encoding": "gzip"}
    story = httpx.get(f"{proxy}/api/stories/{story_id}", headers=gzip)
    assert story.status_code == 200, story.text
    assert story.json()["status"] == "ready"
    assert all(page["image_id"] for page in story.json()["pages"])
    for page in story.json()["pages"][:3]:  # drawn by the worker; no disk is shared
        for api in apis:
            picture = httpx.get(f"{api}/api/images/{page['image_id']}", headers=headers)
            assert picture.status_code == 200, picture.text
    assert story.headers.get("content-encoding") == "gzip"
    direct = httpx.get(f"{apis[0]}/api/stories/{story_id}", headers=gzip)
    assert "content-encoding" not in direct.headers

    assert httpx.get(f"{proxy}/metrics").status_code == 404
    for api in apis:
        assert httpx.get(f"{api}/metrics").status_code == 200


# The tests --------------------------------------------------------------------------------


def test_compose_stack_behind_caddy(
    caddy: str, database: str, seaweed: Seaweed, tmp_path: Path
) -> None:
    """Every container with a data folder of its own: compose shares no disk."""
    command, env, _ = _compose_service("migrate")
    _run_to_end(
        _local_command(command, "storyloom"),
        _local_env(env, database, tmp_path / "migrate", seaweed),
        tmp_path / "migrate.log",
    )

    api_command, api_env, api = _compose_service("api")
    worker_command, worker_env, worker = _compose_service("worker")
    worker_env = _local_env(worker_env, database, tmp_path / "worker", seaweed)
    metrics_port = free_port()
    worker_health = worker["healthcheck"]["test"][-1].replace(
        f":{worker_env['STORYLOOM_WORKER_METRICS_PORT']}/", f":{metrics_port}/"
    )
    worker_env["STORYLOOM_WORKER_METRICS_PORT"] = str(metrics_port)
    worker_log = tmp_path / "worker.log"

    with ExitStack() as stack:
        apis = []
        for n in range(api["deploy"]["replicas"]):
            port, log = free_port(), tmp_path / f"api{n}.log"
            env = _local_env(api_env, database, tmp_path / f"api{n}", seaweed)
            # Containers each have their own host name, so their own
            # <data>/prometheus/<host>; processes on one host need their own folder.
            env["PROMETHEUS_MULTIPROC_DIR"] = str(tmp_path / f"prometheus-api{n}")
            argv = _local_command(api_command, "storyloom", port)
            apis.append((f"127.0.0.1:{port}", stack.enter_context(_running(argv, env, log)), log))
        for address, process, log in apis:
            wait_ready(f"http://{address}", process, log, timeout=STARTUP)

        caddy_argv, caddy_env = _caddy(
            caddy, [address for address, _, _ in apis], tmp_path / "caddy"
        )
        proxy, caddy_log = caddy_env["SITE_ADDRESS"], tmp_path / "caddy.log"
        caddy_process = stack.enter_context(_running(caddy_argv, caddy_env, caddy_log))
        wait_ready(proxy, caddy_process, caddy_log)  # /readyz 200 through the proxy

        def start_worker() -> None:  # up once its healthcheck passes
            argv = _local_command(worker_command, "storyloom")
            process = stack.enter_context(_running(argv, worker_env, worker_log))
            _wait_metrics(worker_health, process, worker_log)

        headers, story_id = asyncio.run(_streamed_story(proxy, start_worker))
        _check_reads(proxy, [f"http://{address}" for address, _, _ in apis], headers, story_id)


def test_systemd_units(database: str, tmp_path: Path) -> None:
    api, worker = _unit("storyloom.service"), _unit("storyloom-worker@.service", "01")
    env = _local_env(_env_file(DEPLOY / "systemd/storyloom.env.example"), database, tmp_path)
    for pre in api["ExecStartPre"]:  # migrates the empty database
        _run_to_end(_local_command(shlex.split(pre), UNIT_BINARY), env, tmp_path / "pre.log")

    port, metrics_port = free_port(), free_port()
    worker_env = env | dict(item.split("=", 1) for item in worker.get("Environment", []))
    assert worker_env["STORYLOOM_WORKER_METRICS_PORT"] == "9101"  # instance 01, as documented
    worker_env["STORYLOOM_WORKER_METRICS_PORT"] = str(metrics_port)
    api_argv = _local_command(shlex.split(api["ExecStart"][0]), UNIT_BINARY, port)
    worker_argv = _local_command(shlex.split(worker["ExecStart"][0]), UNIT_BINARY)
    api_log, worker_log = tmp_path / "api.log", tmp_path / "worker.log"
    with (
        _running(api_argv, env, api_log) as api_process,
        _running(worker_argv, worker_env, worker_log) as worker_process,
    ):
        base = f"http://127.0.0.1:{port}"
        wait_ready(base, api_process, api_log, timeout=STARTUP)
        _wait_metrics(f"http://127.0.0.1:{metrics_port}/metrics", worker_process, worker_log)

        async def one_story() -> None:  # the API unit hands it to the worker unit
            async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                account = await register(client)
                events = await follow(account, (await start(account))["job"]["id"])
                assert events[-1][1]["status"] == "succeeded", events[-3:]

        asyncio.run(one_story())
        _stops_within(worker_process, worker, worker_log)
        _stops_within(api_process, api, api_log)
