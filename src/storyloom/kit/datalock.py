"""Who is working on a data folder. Every process that opens Storyloom's resources (a
server, a worker, a CLI command) holds a shared lock on `<data>/storyloom.lock` while it
runs; a restore takes it exclusively, so it refuses while anything runs and nothing can
start while it restores. The kernel drops a lock when its process ends, even on kill -9.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_FILE = "storyloom.lock"


class DataInUse(RuntimeError):
    """The data folder is locked the other way."""


def _open(data_dir: Path) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    return os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)


def _lock(data_dir: Path, mode: int, busy: str) -> int:
    fd = _open(data_dir)
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise DataInUse(busy) from None
    return fd


def share(data_dir: Path) -> int:
    """Hold the folder while this process runs; close the returned descriptor to let go."""
    return _lock(data_dir, fcntl.LOCK_SH, f"a restore is running on {data_dir}; wait for it")


def exclusive(data_dir: Path) -> int:
    """Hold the folder alone (DataInUse when a server, worker or command is running)."""
    return _lock(
        data_dir,
        fcntl.LOCK_EX,
        f"a Storyloom server, worker or command is running on {data_dir}; stop it first",
    )


def release(fd: int) -> None:
    os.close(fd)
