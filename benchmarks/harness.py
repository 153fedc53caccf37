"""Shared benchmark harness: a real `storyloom serve` on loopback and a bounded load loop.

Every benchmark prints its figure as its last line. Loads go to 127.0.0.1 only, are bounded
in request count and time, and stop by themselves.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from storyloom.kit.serverproc import running_server

KEY = "benchmark-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"


@contextmanager
def server(*, workers: int = 1, env: dict[str, str] | None = None) -> Iterator[str]:
    """A fresh server (own data folder and SQLite database unless env says otherwise)."""
    with tempfile.TemporaryDirectory(prefix="storyloom-bench-") as data:
        environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")},
            "STORYLOOM_DATA_DIR": data,
            "STORYLOOM_SECRET_KEY": KEY,
            "STORYLOOM_ENV": "production",
            "STORYLOOM_LOG_LEVEL": "WARNING",
            "STORYLOOM_AUTO_MIGRATE": "true",
            **(env or {}),
        }
        log = Path(data) / "server.log"
        with running_server(environment, log, args=("--workers", str(workers))) as (base, _):
            yield base


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    @property
    def p95_ms(self) -> float:
        return statistics.quantiles(self.latencies_ms, n=20)[-1]


async def load(
    send: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]],
    *,
    base: str,
    concurrency: int = 16,
    seconds: float = 5.0,
    max_requests: int = 50_000,
) -> LoadResult:
    """Closed-loop load: `concurrency` workers send back to back until time or count runs out."""
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        for _ in range(min(50, max_requests)):  # warm up connections and caches
            (await send(client)).raise_for_status()
        started = time.perf_counter()
        stop = started + seconds

        async def worker() -> None:
            while time.perf_counter() < stop and len(latencies) < max_requests:
                t0 = time.perf_counter()
                response = await send(client)
                response.raise_for_status()
                latencies.append((time.perf_counter() - t0) * 1000)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return LoadResult(len(latencies), elapsed, latencies)


def register(base: str, email: str = "bench@example.com") -> str:
    """A real account on the server; returns its access token."""
    response = httpx.post(
        f"{base}/api/auth/register",
        json={"email": email, "display_name": "Bench", "password": "a long benchmark password"},
    )
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token
