"""Starting a `storyloom serve` process and waiting until it is ready.

Shared by the tests that need a real server, the benchmarks and the process commands.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

CLI = str(Path(sys.executable).parent / "storyloom")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


# A server starts in a few seconds; on a 2-core machine running a whole test suite beside
# other servers and browsers it has been seen to take over a minute.
READY_TIMEOUT = 240.0


def wait_ready(
    base: str, process: subprocess.Popen[bytes], log: Path, timeout: float = READY_TIMEOUT
) -> None:
    """Poll /readyz until it answers 200; fail with the log's tail if the process dies."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"server did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)


@contextmanager
def running_server(
    env: Mapping[str, str],
    log: Path,
    *,
    args: tuple[str, ...] = (),
    ready_timeout: float = READY_TIMEOUT,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A server on a free loopback port; stopped (SIGTERM, then SIGKILL) on exit."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(  # noqa: S603 - our own CLI, fixed arguments
            [CLI, "serve", "--host", "127.0.0.1", "--port", str(port), *args],
            env=dict(env),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base, process, log, timeout=ready_timeout)
            yield base, process
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes], timeout: float = 15) -> None:
    """SIGTERM (a graceful stop), then SIGKILL after `timeout` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
