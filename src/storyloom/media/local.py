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
import re
import tempfile
from pathlib import Path

from storyloom.media.port import MediaNotFound, content_key

_KEY = re.compile(r"^[0-9a-f]{64}$")


class LocalMediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        if not _KEY.match(key):  # keys come from the database, but never trust a path
            raise MediaNotFound(key)
        return self.root / key[:2] / key

    async def put(self, data: bytes, media_type: str) -> str:
        key = content_key(data)
        await asyncio.to_thread(self._write, key, data)
        return key

    def _write(self, key: str, data: bytes) -> None:
        final = self.path(key)
        if final.exists():
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-")
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


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
