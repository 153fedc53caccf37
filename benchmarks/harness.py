"""Shared benchmark harness: a real `storyloom serve` on loopback and a bounded load loop.

Every benchmark prints its figure as its last line. Loads go to 127.0.0.1 only, are bounded
in request count and time, and stop by themselves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from storyloom.kit.serverproc import CLI, running_server

KEY = "benchmark-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"


REDIS_URL = os.environ.get("STORYLOOM_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


@contextmanager
def server(
    *, workers: int = 1, redis: bool = False, env: dict[str, str] | None = None
) -> Iterator[str]:
    """A fresh server (own data folder and SQLite database unless env says otherwise).
    With `redis`: scaled out as deployed, on Redis (own key prefix) with one
    `storyloom worker` making the books."""
    with tempfile.TemporaryDirectory(prefix="storyloom-bench-") as data:
        environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")},
            "STORYLOOM_DATA_DIR": data,
            "STORYLOOM_SECRET_KEY": KEY,
            "STORYLOOM_ENV": "production",
            "STORYLOOM_LOG_LEVEL": "WARNING",
            "STORYLOOM_AUTO_MIGRATE": "true",
            **(
                {"STORYLOOM_REDIS_URL": REDIS_URL, "STORYLOOM_REDIS_PREFIX": Path(data).name}
                if redis
                else {}
            ),
            **(env or {}),
        }
        log = Path(data) / "server.log"
        with running_server(environment, log, args=("--workers", str(workers))) as (base, _):
            if not redis:
                yield base
                return
            with (Path(data) / "worker.log").open("w") as out:
                worker = subprocess.Popen(
                    [CLI, "worker"], env=environment, stdout=out, stderr=subprocess.STDOUT
                )
                try:
                    yield base
                finally:
                    worker.terminate()
                    worker.wait(timeout=30)


# wrk reports these after its run; a Lua `done` hook prints them on one line.
_WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("STORYLOOM %d %d %d %.3f\\n", summary.requests,
    summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(95) / 1000))
end
"""


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    p95_ms: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def load(
    base: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    concurrency: int = 16,
    seconds: float = 5.0,
) -> LoadResult:
    """Closed-loop load from wrk (a C load generator, one thread): `concurrency`
    connections send back to back for `seconds`. A Python client would be the bottleneck
    long before the server. Any failed or non-2xx/3xx answer fails the run."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(_WRK_REPORT)
        script.flush()
        command = [wrk, "-t1", f"-c{concurrency}", "-s", script.name]
        for name, value in (headers or {}).items():
            command += ["-H", f"{name}: {value}"]
        out = ""
        for duration in (1.0, seconds):  # a short warm-up first: connections, caches
            out = subprocess.run(
                [*command, f"-d{duration:g}s", base + path],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
    line = next(x for x in out.splitlines() if x.startswith("STORYLOOM "))
    requests, micros, errors, p95 = line.split()[1:]
    if int(errors):
        raise SystemExit(f"{path}: {errors} failed requests under load\n{out}")
    return LoadResult(int(requests), int(micros) / 1e6, float(p95))


def register(base: str, email: str = "bench@example.com") -> str:
    """A real account on the server; returns its access token."""
    response = httpx.post(
        f"{base}/api/auth/register",
        json={"email": email, "display_name": "Bench", "password": "a long benchmark password"},
    )
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token
