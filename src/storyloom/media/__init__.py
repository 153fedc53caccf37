"""Where picture bytes live: the `MediaStore` port and its adapters (local disk, S3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyloom.media.local import LocalMediaStore
from storyloom.media.port import (
    MediaCorrupt,
    MediaNotFound,
    MediaStore,
    StoredObject,
    content_key,
)

if TYPE_CHECKING:
    from storyloom.config import Settings

__all__ = [
    "LocalMediaStore",
    "MediaCorrupt",
    "MediaNotFound",
    "MediaStore",
    "StoredObject",
    "content_key",
    "make_media_store",
]


def make_media_store(settings: Settings) -> MediaStore:
    """The bucket when one is configured, else `<data dir>/media`."""
    if not settings.media_s3_bucket:
        return LocalMediaStore(settings.data_dir / "media")
    from storyloom.media.s3 import S3MediaStore  # botocore loads only when it is used

    access, secret = settings.media_s3_access_key, settings.media_s3_secret_key
    return S3MediaStore(
        bucket=settings.media_s3_bucket,
        endpoint_url=settings.media_s3_endpoint,
        region=settings.media_s3_region,
        access_key=access.get_secret_value() if access else None,
        secret_key=secret.get_secret_value() if secret else None,
        path_style=settings.media_s3_path_style,
        prefix=settings.media_s3_prefix,
        create_bucket=settings.media_s3_create_bucket,
        timeout=settings.media_s3_timeout_seconds,
        read_cache_bytes=settings.media_s3_read_cache_bytes,
    )
