"""Exported files on disk: `<data>/exports/<story>-<revision>-<options>.<ext>`.

A file is made in a temporary file beside its final name and renamed into place, so a
reader never sees half a file. When a story's revision changes its old files are removed
the next time it is exported; at most `keep` files of one story are kept (newest first).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import BinaryIO

import anyio
import anyio.to_thread

from storyloom.config import Settings

CHUNK = 64 * 1024
_limiters: dict[tuple[int, int], anyio.CapacityLimiter] = {}


def limiter(total: int) -> anyio.CapacityLimiter:
    """One limiter per event loop and size: at most `total` exports are made at once."""
    key = (id(asyncio.get_running_loop()), total)
    if key not in _limiters:
        _limiters[key] = anyio.CapacityLimiter(total)
    return _limiters[key]


class ExportCache:
    def __init__(self, root: Path, keep: int) -> None:
        self.root = root
        self.keep = keep

    @classmethod
    def of(cls, settings: Settings) -> ExportCache:
        return cls(settings.data_dir / "exports", settings.export_cache_per_story)

    def path(self, story_id: str, revision: str, digest: str, ext: str) -> Path:
        return self.root / f"{story_id}-{revision}-{digest}.{ext}"

    def files(self, story_id: str) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [p for p in self.root.iterdir() if p.name.startswith(f"{story_id}-")]

    async def make(self, final: Path, write: Callable[[Path], None], *, concurrency: int) -> Path:
        """Run `write(temporary path)` in a worker thread, then move the file into place."""
        self.root.mkdir(parents=True, exist_ok=True)
        temporary = self.root / f".tmp-{uuid.uuid4().hex}{final.suffix}"
        try:
            await anyio.to_thread.run_sync(write, temporary, limiter=limiter(concurrency))
            os.replace(temporary, final)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        return final

    def forget(self, story_id: str) -> None:
        """Remove every file of a story (it was deleted)."""
        for path in self.files(story_id):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def prune(self, story_id: str, revision: str) -> None:
        """Remove the story's files of other revisions and all but the newest `keep`."""
        current: list[tuple[float, Path]] = []
        for path in self.files(story_id):
            if not path.name.startswith(f"{story_id}-{revision}-"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            with contextlib.suppress(FileNotFoundError):
                current.append((path.stat().st_mtime, path))
        current.sort(reverse=True)
        for _, path in current[self.keep :]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def open_export(path: Path) -> BinaryIO:
    """Opened before the response starts: a later prune cannot take the file away."""
    return path.open("rb")


async def stream(handle: BinaryIO) -> AsyncIterator[bytes]:
    try:
        while chunk := await anyio.to_thread.run_sync(handle.read, CHUNK):
            yield chunk
    finally:
        handle.close()
