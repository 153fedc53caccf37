"""Copying every object of one media store into another (`storyloom media migrate`).

Resumable and idempotent because keys are content hashes: an object the target already
holds with the same size is skipped, so a copy interrupted at any point is finished by
running it again, and a second run copies nothing. Every object is read back from the
source against its key (a damaged one is reported and left out, never copied) and written
through the target's verified `put`. The source is never changed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from storyloom.media.port import MediaCorrupt, MediaNotFound, MediaStore, content_key

BATCH = 500
GUESS = {
    b"<svg": "image/svg+xml",
    b"<?xm": "image/svg+xml",
    b"\x89PNG": "image/png",
    b"%PDF": "application/pdf",
}


@dataclass
class Copied:
    copied: int = 0
    already_there: int = 0
    damaged: list[str] = field(default_factory=list)
    vanished: int = 0  # removed from the source while we copied (an expired candidate)
    bytes: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def media_type(data: bytes) -> str:
    head = data[:4]
    if head in GUESS:
        return GUESS[head]
    if head[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if head == b"PK\x03\x04" and data[30:58] == b"mimetypeapplication/epub+zip":
        return "application/epub+zip"
    if head[:3] == b"ID3" or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    return "application/octet-stream"


async def copy_all(
    source: MediaStore,
    target: MediaStore,
    *,
    concurrency: int = 8,
    progress: Callable[[Copied], None] | None = None,
) -> Copied:
    there = {item.key: item.size async for item in target.scan()}
    done = Copied()
    gate = asyncio.Semaphore(concurrency)

    async def one(key: str, size: int) -> None:
        if there.get(key) == size:
            done.already_there += 1
            return
        async with gate:
            try:
                data = await source.get(key)
            except MediaNotFound:
                done.vanished += 1
                return
            except MediaCorrupt:
                done.damaged.append(key)
                return
            if content_key(data) != key:  # the local store reads without checking
                done.damaged.append(key)
                return
            await target.put(data, media_type(data))
            done.copied += 1
            done.bytes += len(data)
            if progress is not None:
                progress(done)

    batch: list[tuple[str, int]] = []
    async for item in source.scan():
        batch.append((item.key, item.size))
        if len(batch) >= BATCH:
            await asyncio.gather(*(one(key, size) for key, size in batch))
            batch = []
    await asyncio.gather(*(one(key, size) for key, size in batch))
    return done
