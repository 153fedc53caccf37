"""Media in any S3-compatible object store (AWS S3, SeaweedFS, MinIO, Ceph RGW, R2, ...).

Objects are named `<prefix><first two hex digits>/<sha256>` like the local folder, so a
folder copied into a bucket (`storyloom media migrate`) keeps every key.

A single PUT is atomic in S3: an interrupted upload leaves no object, so nothing
half-written can ever be read under a key. Each PUT carries the SHA-256 of the bytes
(`x-amz-checksum-sha256`), which the store checks before it keeps them (a mismatch is
refused with BadDigest) and echoes in its answer; a store that does not echo it gets a
HEAD that must show the size and the checksum (or, on stores without additional
checksums, the MD5 ETag of a single-part upload). Only then does `put` return and the
caller commit the row that points at the key. Reads check the bytes against the key, so a
damaged object is an error, never a wrong picture.

The client is aiobotocore (botocore's request signing, retries and endpoint handling on
aiohttp): the one async S3 client kept in step with AWS, with full type stubs
(types-aiobotocore). It is opened on first use inside the running event loop.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import datetime
from typing import TYPE_CHECKING, Any

from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import ClientError

from storyloom.media.port import KEY, MediaCorrupt, MediaNotFound, StoredObject, content_key

if TYPE_CHECKING:
    from types_aiobotocore_s3 import S3Client

MISSING = {"404", "NoSuchKey", "NotFound"}


def _missing(exc: ClientError) -> bool:
    return str(exc.response.get("Error", {}).get("Code", "")) in MISSING


class S3MediaStore:
    def __init__(
        self,
        *,
        bucket: str,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key: str | None = None,
        secret_key: str | None = None,
        path_style: bool = True,
        prefix: str = "media/",
        create_bucket: bool = False,
        timeout: float = 30.0,
        read_cache_bytes: int = 0,
    ) -> None:
        self.bucket = bucket
        self.endpoint_url = endpoint_url
        self.region = region
        self.prefix = prefix
        self.create_bucket = create_bucket
        self._credentials = (access_key, secret_key)
        self._config = AioConfig(
            region_name=region,
            signature_version="s3v4",
            s3={"addressing_style": "path" if path_style else "virtual"},
            retries={"max_attempts": 4, "mode": "standard"},
            connect_timeout=min(timeout, 10.0),
            read_timeout=timeout,
            max_pool_connections=32,
            # We send our own SHA-256 and check reads ourselves; botocore's default CRC32
            # trailers are not understood by every S3-compatible store.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        # Bytes under a key never change (the key is their hash), so recently read objects
        # can be kept in memory without ever going stale; callers check ownership against
        # the database before they read.
        self.read_cache_bytes = read_cache_bytes
        self._recent: OrderedDict[str, bytes] = OrderedDict()
        self._recent_size = 0
        self._stack: AsyncExitStack | None = None
        self._s3: S3Client | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._opening: asyncio.Lock | None = None

    def name(self, key: str) -> str:
        if not KEY.match(key):  # keys come from the database, but never trust a name
            raise MediaNotFound(key)
        return f"{self.prefix}{key[:2]}/{key}"

    async def client(self) -> S3Client:
        loop = asyncio.get_running_loop()
        if self._s3 is not None and self._loop is loop:
            return self._s3
        if self._opening is None or self._loop is not loop:
            self._opening, self._loop, self._s3, self._stack = asyncio.Lock(), loop, None, None
        async with self._opening:
            if self._s3 is None:
                stack = AsyncExitStack()
                access, secret = self._credentials
                s3: S3Client = await stack.enter_async_context(
                    get_session().create_client(
                        "s3",
                        endpoint_url=self.endpoint_url,
                        aws_access_key_id=access,
                        aws_secret_access_key=secret,
                        config=self._config,
                    )
                )
                try:
                    if self.create_bucket:
                        await self._ensure_bucket(s3)
                except BaseException:
                    await stack.aclose()
                    raise
                self._stack, self._s3 = stack, s3
            return self._s3

    async def _ensure_bucket(self, s3: S3Client) -> None:
        try:
            await s3.head_bucket(Bucket=self.bucket)
            return
        except ClientError as exc:
            if not _missing(exc):
                raise
        extra: dict[str, Any] = {}
        if self.region != "us-east-1":
            extra["CreateBucketConfiguration"] = {"LocationConstraint": self.region}
        try:
            await s3.create_bucket(Bucket=self.bucket, **extra)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                raise

    async def close(self) -> None:
        stack, self._stack, self._s3 = self._stack, None, None
        if stack is not None and self._loop is asyncio.get_running_loop():
            await stack.aclose()

    def describe(self) -> str:
        where = self.endpoint_url or f"AWS {self.region}"
        return f"S3 {where} bucket {self.bucket}/{self.prefix}"

    async def put(self, data: bytes, media_type: str) -> str:
        key = content_key(data)
        s3 = await self.client()
        name = self.name(key)
        digest = base64.b64encode(hashlib.sha256(data).digest()).decode()
        # Always written, never skipped when present: the new LastModified restarts the
        # sweeper's grace period for the row about to point at this key.
        answer = await s3.put_object(
            Bucket=self.bucket,
            Key=name,
            Body=data,
            ContentType=media_type,
            ContentLength=len(data),
            ChecksumSHA256=digest,
            Metadata={"sha256": key},
        )
        if answer.get("ChecksumSHA256") == digest:
            # The store hashed every byte it kept, found our SHA-256 and says so: verified
            # without a second round trip.
            return key
        head = await s3.head_object(Bucket=self.bucket, Key=name, ChecksumMode="ENABLED")
        checksum = head.get("ChecksumSHA256")
        if checksum is not None:
            whole = checksum == digest
        else:  # a store without additional checksums: a single-part ETag is the MD5
            whole = head.get("ETag", "").strip('"') == hashlib.md5(data).hexdigest()  # noqa: S324
        if head.get("ContentLength") != len(data) or not whole:
            await s3.delete_object(Bucket=self.bucket, Key=name)
            raise MediaCorrupt(f"{name}: the store kept other bytes than were sent")
        return key

    async def get(self, key: str) -> bytes:
        name = self.name(key)
        if (kept := self._recent.get(key)) is not None:
            self._recent.move_to_end(key)
            return kept
        s3 = await self.client()
        try:
            answer = await s3.get_object(Bucket=self.bucket, Key=name)
        except ClientError as exc:
            if _missing(exc):
                raise MediaNotFound(key) from exc
            raise
        async with answer["Body"] as body:
            data = await body.read()
        if content_key(data) != key:
            raise MediaCorrupt(f"{name}: the stored bytes do not match their key")
        self._keep(key, data)
        return data

    def _keep(self, key: str, data: bytes) -> None:
        if len(data) > self.read_cache_bytes // 8 or key in self._recent:
            return  # nothing kept when the cache is off (0), and no one object dominates
        self._recent[key] = data
        self._recent_size += len(data)
        while self._recent_size > self.read_cache_bytes:
            _, dropped = self._recent.popitem(last=False)
            self._recent_size -= len(dropped)

    async def delete(self, key: str) -> None:
        try:
            name = self.name(key)
        except MediaNotFound:
            return
        if (dropped := self._recent.pop(key, None)) is not None:
            self._recent_size -= len(dropped)
        s3 = await self.client()
        try:
            await s3.delete_object(Bucket=self.bucket, Key=name)
        except ClientError as exc:
            if not _missing(exc):
                raise

    async def exists(self, key: str) -> bool:
        try:
            name = self.name(key)
        except MediaNotFound:
            return False
        s3 = await self.client()
        try:
            await s3.head_object(Bucket=self.bucket, Key=name)
        except ClientError as exc:
            if _missing(exc):
                return False
            raise
        return True

    async def scan(self) -> AsyncIterator[StoredObject]:
        s3 = await self.client()
        pages = s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        async for page in pages:
            for item in page.get("Contents", []):
                name = item.get("Key", "")
                key = name.rsplit("/", 1)[-1]
                if KEY.match(key) and name == f"{self.prefix}{key[:2]}/{key}":
                    yield StoredObject(key, int(item.get("Size", 0)), item["LastModified"])

    async def discard_unfinished(self, older_than: datetime) -> int:
        """Abort multipart uploads under our prefix that were started before `older_than`
        (we never start one; another tool writing into the prefix might)."""
        s3 = await self.client()
        try:
            listing = await s3.list_multipart_uploads(Bucket=self.bucket, Prefix=self.prefix)
        except ClientError:
            return 0  # not every S3-compatible store lists them
        aborted = 0
        for upload in listing.get("Uploads", []):
            started = upload.get("Initiated")
            if started is not None and started < older_than:
                await s3.abort_multipart_upload(
                    Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
                )
                aborted += 1
        return aborted
