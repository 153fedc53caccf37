"""Resident memory of a server (all its processes): idle, then at its peak during 10
concurrent story generations (the in-process runner, built-in engines)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import httpx

from books import characters, start_story, wait_done
from harness import KEY
from storyloom.kit.serverproc import running_server

GENERATIONS = 10


def rss_bytes(pid: int) -> int:
    """VmRSS of `pid` and its children (uvicorn workers), from /proc."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except FileNotFoundError:
            continue
    return total


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="storyloom-mem-") as data:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")},
            "STORYLOOM_DATA_DIR": data,
            "STORYLOOM_SECRET_KEY": KEY,
            "STORYLOOM_ENV": "production",
            "STORYLOOM_LOG_LEVEL": "WARNING",
            "STORYLOOM_AUTO_MIGRATE": "true",
            "STORYLOOM_JOB_CONCURRENCY": str(GENERATIONS),
        }
        with running_server(env, Path(data) / "server.log") as (base, process):
            token = httpx.post(
                f"{base}/api/auth/register",
                json={"email": "mem@example.com", "display_name": "M",
                      "password": "a long benchmark password"},
            ).json()["access_token"]  # fmt: skip
            headers = {"Authorization": f"Bearer {token}"}
            hero = characters(base, headers, 1)[0]
            wait_done(base, headers, [start_story(base, headers, hero)])  # warm: engines loaded
            time.sleep(1.0)
            idle = rss_bytes(process.pid)
            peak = idle
            stop = threading.Event()

            def sample() -> None:
                nonlocal peak
                while not stop.is_set():
                    peak = max(peak, rss_bytes(process.pid))
                    time.sleep(0.02)

            sampler = threading.Thread(target=sample)
            sampler.start()
            started = time.perf_counter()
            jobs = [start_story(base, headers, hero, pages=16) for _ in range(GENERATIONS)]
            wait_done(base, headers, jobs)
            took = time.perf_counter() - started
            stop.set()
            sampler.join()
    mib = 1024 * 1024
    print(f"idle: {idle / mib:.0f} MiB; peak: {peak / mib:.0f} MiB")
    print(
        f"resident memory: {idle / mib:.0f} MiB idle, {peak / mib:.0f} MiB at peak during "
        f"{GENERATIONS} concurrent generations ({took:.1f} s)"
    )


if __name__ == "__main__":
    main()
