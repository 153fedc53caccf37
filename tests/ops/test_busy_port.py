"""A port that something else listens on: `storyloom serve` and `make run` say so in one line
and stop, before migrating or building anything."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyloom.kit.ports import port_taken

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_a_listening_port_is_taken_and_a_closed_one_is_free(busy_port: int) -> None:
    reason = port_taken("127.0.0.1", busy_port)
    assert reason is not None
    assert f"127.0.0.1:{busy_port} is in use" in reason
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        free = sock.getsockname()[1]
    assert port_taken("127.0.0.1", free) is None


def test_serve_on_a_busy_port_fails_in_one_line(busy_port: int, tmp_path: Path) -> None:
    result = subprocess.run(
        [Path(sys.executable).with_name("storyloom"), "serve", "--port", str(busy_port)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "STORYLOOM_DATA_DIR": str(tmp_path / "data")},
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: 127.0.0.1:{busy_port} is in use (Address already in use); "
        "stop what listens there or pick another port"
    ]
    assert not (tmp_path / "data").exists()  # nothing migrated


def test_make_run_on_a_busy_port_stops_before_building(busy_port: int) -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "run", f"PORT={busy_port}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    # -n still runs the recipe's first line (marked +): the check, which fails the target.
    assert result.returncode != 0
    assert f"127.0.0.1:{busy_port} is in use" in result.stderr
    assert "npm" not in result.stdout
    assert "uv sync" not in result.stdout
