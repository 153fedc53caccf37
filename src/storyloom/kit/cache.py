"""Response caching for read-heavy routes, with ETag/304, in memory or on Redis.

Entries are grouped by a *scope* (a user id): every scope has a generation number, and an
entry is only served while it was made under the scope's current generation. A write
bumps the generation (`invalidate`), which retires every entry of that user at once
without finding them: no stale read can follow a write, whichever process served it.
The generation is read with the entry in one round trip (Redis MGET). An entry stored by
a read that raced a write carries the generation read *before* the read began, so it is
never served after the write. Entries also expire after `ttl` seconds, which bounds
staleness from changes made outside any request (a CLI repair).

Memory: an LRU bounded by bytes, per process (the embedded single-process default).
Redis: shared by every process (`STORYLOOM_REDIS_URL`).
"""

from __future__ import annotations

import hashlib
import struct
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response
from pydantic import BaseModel
from redis.asyncio import Redis
from starlette.types import Scope

CacheListener = Callable[[bool], None]
CACHE_CONTROL = "private, no-cache"


@dataclass(frozen=True, slots=True)
class Entry:
    generation: int
    etag: str
    media_type: str
    body: bytes

    def pack(self) -> bytes:
        head = f"{self.etag}\n{self.media_type}\n".encode()
        return struct.pack(">qI", self.generation, len(head)) + head + self.body

    @classmethod
    def unpack(cls, raw: bytes) -> Entry:
        generation, size = struct.unpack(">qI", raw[:12])
        etag, media_type = raw[12 : 12 + size].decode().rstrip("\n").split("\n")
        return cls(generation, etag, media_type, raw[12 + size :])


def etag_of(body: bytes) -> str:
    return f'W/"{hashlib.blake2b(body, digest_size=12).hexdigest()}"'


def matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = {t.strip() for t in if_none_match.split(",")}
    # Weak comparison (RFC 9110 13.1.2): W/"x" and "x" match for GET.
    return "*" in tags or etag in tags or etag.removeprefix("W/") in tags


class ResponseCache:
    def __init__(
        self,
        redis: Redis | None,
        *,
        prefix: str,
        ttl_seconds: int,
        max_bytes: int,
        enabled: bool = True,
        listener: CacheListener | None = None,
    ) -> None:
        self.redis = redis
        self.prefix = f"{prefix}:rc"
        self.ttl = ttl_seconds
        self.max_bytes = max_bytes
        self.enabled = enabled and ttl_seconds > 0
        self.listener = listener
        self._generations: dict[str, int] = {}
        self._entries: OrderedDict[str, tuple[float, Entry]] = OrderedDict()
        self._bytes = 0

    def _gen_key(self, scope: str) -> str:
        return f"{self.prefix}:gen:{scope}"

    def _entry_key(self, scope: str, name: str) -> str:
        return f"{self.prefix}:e:{scope}:{name}"

    async def generation(self, scope: str) -> int:
        """The scope's current generation: it changes after each of its writes."""
        if self.redis is not None:
            return int(await self.redis.get(self._gen_key(scope)) or 0)
        return self._generations.get(scope, 0)

    async def lookup(
        self, scope: str, name: str, *, observe: bool = True
    ) -> tuple[int, Entry | None]:
        """(the scope's current generation, the entry if it is current). With `observe`,
        the hit or miss is reported to the listener (see `observe`)."""
        if self.redis is not None:
            gen_raw, raw = await self.redis.mget(
                [self._gen_key(scope), self._entry_key(scope, name)]
            )
            generation = int(gen_raw or 0)
            entry = Entry.unpack(raw) if isinstance(raw, bytes) and raw else None
        else:
            generation = self._generations.get(scope, 0)
            found = self._entries.get(self._entry_key(scope, name))
            entry = None
            if found is not None and found[0] > time.monotonic():
                entry = found[1]
                self._entries.move_to_end(self._entry_key(scope, name))
        if entry is not None and entry.generation != generation:
            entry = None
        if observe:
            self.observe(entry is not None)
        return generation, entry

    def observe(self, hit: bool) -> None:
        if self.listener is not None:
            self.listener(hit)

    async def store(self, scope: str, name: str, entry: Entry) -> None:
        key = self._entry_key(scope, name)
        if self.redis is not None:
            await self.redis.set(key, entry.pack(), ex=self.ttl)
            return
        size = len(entry.body) + len(key)
        if size > self.max_bytes // 4:
            return  # one huge entry must not flush the whole cache
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old[1].body) + len(key)
        self._entries[key] = (time.monotonic() + self.ttl, entry)
        self._bytes += size
        while self._bytes > self.max_bytes and self._entries:
            dropped, (_, gone) = self._entries.popitem(last=False)
            self._bytes -= len(gone.body) + len(dropped)

    async def invalidate(self, scope: str) -> None:
        """Retire every entry of `scope` (call after the write committed)."""
        if self.redis is not None:
            await self.redis.incr(self._gen_key(scope))
            await self.redis.expire(self._gen_key(scope), max(self.ttl * 4, 86400))
        else:
            self._generations[scope] = self._generations.get(scope, 0) + 1

    async def entry(
        self, scope: str, name: str, build: Callable[[], Awaitable[tuple[str, str, bytes]]]
    ) -> Entry:
        """The current entry, or `build()` -> (etag, media type, body) stored."""
        if not self.enabled:
            etag, media_type, body = await build()
            return Entry(0, etag, media_type, body)
        generation, entry = await self.lookup(scope, name)
        if entry is None:
            etag, media_type, body = await build()
            entry = Entry(generation, etag, media_type, body)
            await self.store(scope, name, entry)
        return entry

    async def respond(
        self,
        request: Request,
        scope: str,
        build: Callable[[], Awaitable[BaseModel | bytes]],
        *,
        media_type: str = "application/json",
    ) -> Response:
        """The cached body for this URL in `scope`, or `build()` stored; 304 when the
        client's If-None-Match matches. A hit on a signed-in read is usually answered
        before the router by `CachedReads` (cached_reads.py), from the same entry."""
        if not self.enabled:
            body = await _body(build)
            bypass = Entry(0, etag_of(body), media_type, body)
            return response_of(bypass, "BYPASS", request.headers.get("if-none-match"))
        name = url_name(request.scope)
        generation, entry = await self.lookup(scope, name)
        state = "HIT"
        if entry is None:
            body = await _body(build)
            entry = Entry(generation, etag_of(body), media_type, body)
            await self.store(scope, name, entry)
            state = "MISS"
        return response_of(entry, state, request.headers.get("if-none-match"))


def url_name(scope: Scope) -> str:
    """An entry's name for a read: its path and query string as sent."""
    path: str = scope["path"]
    query: bytes = scope.get("query_string", b"")
    return path + ("?" + query.decode("latin-1") if query else "")


def response_of(entry: Entry, state: str, if_none_match: str | None) -> Response:
    """`entry` as the answer, or 304 when the client's If-None-Match matches. `no-cache`
    makes clients revalidate every time, so what they show is never older than the last
    write."""
    headers = {"ETag": entry.etag, "Cache-Control": CACHE_CONTROL, "X-Cache": state}
    if matches(if_none_match, entry.etag):
        return Response(status_code=304, headers=headers)
    return Response(entry.body, media_type=entry.media_type, headers=headers)


async def _body(build: Callable[[], Awaitable[BaseModel | bytes]]) -> bytes:
    value = await build()
    if isinstance(value, bytes):
        return value
    return value.model_dump_json().encode()


async def get_response_cache(request: Request) -> ResponseCache:
    cache: ResponseCache = request.app.state.response_cache
    return cache


ResponseCacheDep = Annotated[ResponseCache, Depends(get_response_cache)]

# OpenAPI: the extra answer of a cached read.
CACHED_READ: dict[int | str, dict[str, object]] = {
    304: {"description": "Not modified (If-None-Match matched the ETag)"}
}
