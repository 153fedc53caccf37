"""The MediaStore contract, run against every adapter: the local folder and a real
S3-compatible store (SeaweedFS)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from tests.seaweed import Seaweed

from storyloom.media import LocalMediaStore, MediaCorrupt, MediaNotFound, MediaStore
from storyloom.media.s3 import S3MediaStore


def s3_store(seaweed: Seaweed, **extra: Any) -> S3MediaStore:
    settings = seaweed.settings()
    return S3MediaStore(
        bucket=str(settings["media_s3_bucket"]),
        prefix=str(extra.pop("prefix", settings["media_s3_prefix"])),
        endpoint_url=seaweed.endpoint,
        access_key=seaweed.access_key,
        secret_key=seaweed.secret_key,
        create_bucket=True,
        **extra,
    )


@pytest_asyncio.fixture(params=["local", "s3"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[MediaStore]:
    made: MediaStore
    if request.param == "local":
        made = LocalMediaStore(tmp_path / "media")
    else:
        made = s3_store(request.getfixturevalue("seaweed"))
    try:
        yield made
    finally:
        await made.close()


async def test_put_get_delete(store: MediaStore) -> None:
    assert isinstance(store, MediaStore)
    data = b"<svg/>" + uuid.uuid4().bytes
    key = await store.put(data, "image/svg+xml")
    assert key == hashlib.sha256(data).hexdigest()
    assert await store.put(data, "image/svg+xml") == key  # idempotent
    assert await store.get(key) == data
    assert await store.exists(key)
    await store.delete(key)
    await store.delete(key)  # deleting a missing key is not an error
    assert not await store.exists(key)
    with pytest.raises(MediaNotFound):
        await store.get(key)


async def test_foreign_keys_are_never_names(store: MediaStore) -> None:
    for key in ("../../etc/passwd", "../x", "A" * 64, "", "0" * 63):
        with pytest.raises(MediaNotFound):
            await store.get(key)
        assert not await store.exists(key)
        await store.delete(key)


async def test_scan_lists_what_is_stored(store: MediaStore) -> None:
    before = datetime.now(UTC) - timedelta(seconds=2)  # stores keep whole seconds
    blobs = [os.urandom(100 + n) for n in range(5)]
    keys = [await store.put(blob, "image/png") for blob in blobs]
    found = {item.key: item async for item in store.scan()}
    for key, blob in zip(keys, blobs, strict=True):
        assert found[key].size == len(blob)
        assert before <= found[key].modified <= datetime.now(UTC) + timedelta(seconds=2)
    await store.delete(keys[0])
    assert keys[0] not in {item.key async for item in store.scan()}
    assert await store.discard_unfinished(datetime.now(UTC)) >= 0


async def test_concurrent_writers_of_the_same_bytes(store: MediaStore) -> None:
    data = os.urandom(200_000)
    keys = await asyncio.gather(*(store.put(data, "image/png") for _ in range(8)))
    assert set(keys) == {hashlib.sha256(data).hexdigest()}
    assert await store.get(keys[0]) == data


async def test_a_large_picture_round_trips(store: MediaStore) -> None:
    data = os.urandom(6 * 2**20)
    key = await store.put(data, "image/png")
    assert await store.get(key) == data
    assert store.describe()


async def test_s3_names_mirror_the_local_folder(seaweed: Seaweed, tmp_path: Path) -> None:
    store = s3_store(seaweed, prefix="books/")
    try:
        key = await store.put(b"same layout", "text/plain")
        local = LocalMediaStore(tmp_path)
        assert store.name(key) == "books/" + str(local.path(key).relative_to(tmp_path))
        s3 = await store.client()
        head = await s3.head_object(Bucket=store.bucket, Key=store.name(key))
        assert head["ContentType"] == "text/plain"
        assert head["Metadata"]["sha256"] == key
    finally:
        await store.close()


async def test_s3_damaged_object_is_an_error_not_a_picture(seaweed: Seaweed) -> None:
    store = s3_store(seaweed)
    try:
        key = await store.put(b"the real picture", "image/png")
        s3 = await store.client()  # someone writes other bytes under the name
        await s3.put_object(Bucket=store.bucket, Key=store.name(key), Body=b"something else")
        with pytest.raises(MediaCorrupt):
            await store.get(key)
    finally:
        await store.close()


async def test_s3_unverified_write_is_removed(
    seaweed: Seaweed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that does not confirm the checksum and answers the HEAD after the PUT with
    another size: the adapter does not trust the object, removes it and raises, so no row
    is ever committed for it."""
    store = s3_store(seaweed)
    try:
        s3 = await store.client()
        real_put, real_head = s3.put_object, s3.head_object

        async def unconfirmed(**kwargs: Any) -> Any:
            answer = await real_put(**kwargs)
            return {k: v for k, v in answer.items() if k != "ChecksumSHA256"}

        async def short(**kwargs: Any) -> Any:
            answer = await real_head(**kwargs)
            return {**answer, "ContentLength": answer["ContentLength"] - 1}

        monkeypatch.setattr(s3, "put_object", unconfirmed)
        monkeypatch.setattr(s3, "head_object", short)
        with pytest.raises(MediaCorrupt):
            await store.put(b"a picture cut short", "image/png")
        monkeypatch.undo()
        assert not await store.exists(hashlib.sha256(b"a picture cut short").hexdigest())
    finally:
        await store.close()


async def test_s3_store_refuses_bytes_that_do_not_match_the_checksum(seaweed: Seaweed) -> None:
    """What the write check rests on: the store itself refuses a body whose SHA-256 is not
    the one sent, and keeps nothing under the name."""
    store = s3_store(seaweed)
    try:
        s3 = await store.client()
        key = hashlib.sha256(b"what was meant").hexdigest()
        digest = base64.b64encode(hashlib.sha256(b"what was meant").digest()).decode()
        with pytest.raises(Exception, match=r"BadDigest|InvalidDigest|XAmzContentChecksumMismatch"):
            await s3.put_object(
                Bucket=store.bucket,
                Key=store.name(key),
                Body=b"what arrived",
                ChecksumSHA256=digest,
            )
        assert not await store.exists(key)
    finally:
        await store.close()


async def test_s3_wrong_credentials_fail_loudly(seaweed: Seaweed) -> None:
    store = s3_store(seaweed)
    store = S3MediaStore(
        bucket=store.bucket,
        endpoint_url=seaweed.endpoint,
        access_key=seaweed.access_key,
        secret_key="not-the-secret",
    )
    try:
        with pytest.raises(Exception, match=r"SignatureDoesNotMatch|AccessDenied|403"):
            await store.put(b"x", "text/plain")
    finally:
        await store.close()


async def test_s3_read_cache_is_bounded_and_forgets_deleted(seaweed: Seaweed) -> None:
    store = s3_store(seaweed, read_cache_bytes=1000)
    try:
        blobs = [os.urandom(100) for _ in range(20)]
        keys = [await store.put(blob, "image/png") for blob in blobs]
        for key, blob in zip(keys, blobs, strict=True):
            assert await store.get(key) == blob
        assert 0 < store._recent_size <= 1000
        s3 = await store.client()  # read again from memory, not from the store
        await s3.delete_object(Bucket=store.bucket, Key=store.name(keys[-1]))
        assert await store.get(keys[-1]) == blobs[-1]
        await store.delete(keys[-2])  # deleted through the store: forgotten at once
        with pytest.raises(MediaNotFound):
            await store.get(keys[-2])
        big = os.urandom(200)  # over an eighth of the cache: never kept
        big_key = await store.put(big, "image/png")
        assert await store.get(big_key) == big
        assert big_key not in store._recent
    finally:
        await store.close()
