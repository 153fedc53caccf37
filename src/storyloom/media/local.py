"""Media on the local disk under `<data dir>/media/`, named by content hash.

Writes are atomic: the bytes go to a temporary file in the destination folder, which is
fsynced, renamed over the final name and the folder fsynced. A crash leaves either no file
or the whole file, never a half file behind a database row (the row is committed after
`put` returns).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

from storyloom.media.port import KEY, MediaNotFound, StoredObject, content_key

TEMP_PREFIX = ".tmp-"


class LocalMediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        if not KEY.match(key):  # keys come from the database, but never trust a path
            raise MediaNotFound(key)
        return self.root / key[:2] / key

    async def put(self, data: bytes, media_type: str) -> str:
        key = content_key(data)
        await asyncio.to_thread(self._write, key, data)
        return key

    def _write(self, key: str, data: bytes) -> None:
        final = self.path(key)
        with contextlib.suppress(FileNotFoundError):
            # Already stored: touched, so the sweeper's grace period starts again for the
            # row about to point at it.
            os.utime(final)
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=final.parent, prefix=TEMP_PREFIX)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, final)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _fsync_dir(final.parent)

    async def get(self, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self.path(key).read_bytes)
        except FileNotFoundError as exc:
            raise MediaNotFound(key) from exc

    async def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError, MediaNotFound):
            path = self.path(key)
            await asyncio.to_thread(path.unlink)
            _fsync_dir(path.parent)

    async def exists(self, key: str) -> bool:
        try:
            return await asyncio.to_thread(self.path(key).is_file)
        except MediaNotFound:
            return False

    async def scan(self) -> AsyncIterator[StoredObject]:
        for found in await asyncio.to_thread(self._scan):
            yield found

    def _scan(self) -> list[StoredObject]:
        found: list[StoredObject] = []
        if not self.root.is_dir():
            return found
        for path in self.root.glob("*/*"):
            if not KEY.match(path.name):
                continue  # temporary files and strangers
            with contextlib.suppress(FileNotFoundError):
                stat = path.stat()
                modified = datetime.fromtimestamp(stat.st_mtime, UTC)
                found.append(StoredObject(path.name, stat.st_size, modified))
        return found

    async def discard_unfinished(self, older_than: datetime) -> int:
        return await asyncio.to_thread(self._discard, older_than.timestamp())

    def _discard(self, cutoff: float) -> int:
        removed = 0
        if not self.root.is_dir():
            return removed
        for path in self.root.glob(f"*/{TEMP_PREFIX}*"):
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()  # a write that never finished
                    removed += 1
        return removed

    def describe(self) -> str:
        return f"local disk {self.root}"

    async def close(self) -> None:
        return None


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
