"""The MediaStore port: content-addressed bytes, shared by every adapter."""

from __future__ import annotations

import hashlib
from typing import Protocol, runtime_checkable


class MediaNotFound(LookupError):
    """No bytes are stored under this key."""


def content_key(data: bytes) -> str:
    """A file's key is the sha256 of its bytes: same picture, same key, stored once."""
    return hashlib.sha256(data).hexdigest()


@runtime_checkable
class MediaStore(Protocol):
    async def put(self, data: bytes, media_type: str) -> str:
        """Store the bytes (idempotent) and return their key."""
        ...

    async def get(self, key: str) -> bytes:
        """The bytes under `key`; MediaNotFound when there are none."""
        ...

    async def delete(self, key: str) -> None:
        """Forget `key`; deleting a missing key is not an error."""
        ...

    async def exists(self, key: str) -> bool: ...
