"""A real `storyloom serve` process on a loopback port, for tests that need one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from storyloom.config import Settings

CLI = str(Path(sys.executable).parent / "storyloom")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process use exactly these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")}
    for name, value in settings.model_dump(mode="json").items():
        if value is None:
            continue
        if name == "secret_key":
            value = settings.signing_key()
        env[f"STORYLOOM_{name.upper()}"] = (
            value if isinstance(value, str) else __import__("json").dumps(value)
        )
    return env


@contextmanager
def live_server(settings: Settings, *, log: Path) -> Iterator[str]:
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=settings_env(settings),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")
                time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
