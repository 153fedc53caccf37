"""Where picture bytes live: the `MediaStore` port and its adapters."""

from storyloom.media.local import LocalMediaStore
from storyloom.media.port import MediaNotFound, MediaStore, content_key

__all__ = ["LocalMediaStore", "MediaNotFound", "MediaStore", "content_key"]
