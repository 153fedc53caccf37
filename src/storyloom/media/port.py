"""The MediaStore port: content-addressed bytes, shared by every adapter."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

KEY = re.compile(r"^[0-9a-f]{64}$")


class MediaNotFound(LookupError):
    """No bytes are stored under this key."""


class MediaCorrupt(RuntimeError):
    """The store answered with bytes that are not the ones written (wrong size or hash)."""


def content_key(data: bytes) -> str:
    """A file's key is the sha256 of its bytes: same picture, same key, stored once."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredObject:
    key: str
    size: int
    modified: datetime  # aware, UTC: when the bytes were (last) written


@runtime_checkable
class MediaStore(Protocol):
    async def put(self, data: bytes, media_type: str) -> str:
        """Store the bytes (idempotent), verify what was stored and return their key.
        When it returns, the whole object is readable; when it raises, nothing under the
        key can be mistaken for it."""
        ...

    async def get(self, key: str) -> bytes:
        """The bytes under `key`; MediaNotFound when there are none."""
        ...

    async def delete(self, key: str) -> None:
        """Forget `key`; deleting a missing key is not an error."""
        ...

    async def exists(self, key: str) -> bool: ...

    def scan(self) -> AsyncIterator[StoredObject]:
        """Every stored object (for `storyloom check` and the sweeper), in no set order."""
        ...

    async def discard_unfinished(self, older_than: datetime) -> int:
        """Remove the leftovers of writes that never finished; how many went."""
        ...

    def describe(self) -> str:
        """Where the bytes live, for health and logs (no secrets)."""
        ...

    async def close(self) -> None: ...
