"""A cache of provider answers, so a retried or repeated request is not paid for twice.

Keys are a SHA-256 of the canonical request (model, messages or prompt, parameters) as
sorted-key JSON, so the same request asked twice maps to the same key whatever order its
dict was built in. Values are JSON (cashews pickles by default; unpickling what a shared
Redis hands back would let anyone who can write to it run code in every worker). Only
answers the caller has already validated are stored: the adapters call `set` after a
draft passed its checks, never with a raw reply.

The backend is in-process memory by default and Redis when `redis_url` is set. A Redis
outage degrades to misses (cashews' Redis backend suppresses connection errors): a cache
must never be the reason a story fails.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from typing import TYPE_CHECKING, Any

from cashews import Cache

if TYPE_CHECKING:
    from storyloom.config import Settings

JsonObject = dict[str, Any]


def request_key(namespace: str, request: JsonObject) -> str:
    """Stable digest of a canonical request: same content, same key."""
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(f"{namespace}\n{canonical}".encode()).hexdigest()
    return f"{namespace}:{digest}"


class ProviderCache:
    def __init__(
        self,
        *,
        redis_url: str | None = None,
        prefix: str = "storyloom",
        ttl_seconds: int = 86400,
        memory_entries: int = 256,
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self.prefix = f"{prefix}:provider-cache"
        self._cache = Cache()
        self.backend = "redis" if redis_url else "memory"
        if redis_url:
            self._cache.setup(redis_url, pickle_type="json", suppress=True)
        else:
            # check_interval=0: no background sweeper task; expired entries are dropped on read.
            self._cache.setup("mem://", pickle_type="json", size=memory_entries, check_interval=0)

    @classmethod
    def from_settings(cls, settings: Settings) -> ProviderCache:
        return cls(
            redis_url=settings.redis_url,
            prefix=settings.redis_prefix,
            ttl_seconds=settings.provider_cache_ttl_seconds,
            memory_entries=settings.provider_cache_memory_entries,
        )

    @property
    def enabled(self) -> bool:
        return self.ttl_seconds > 0

    def key(self, namespace: str, request: JsonObject) -> str:
        return f"{self.prefix}:{request_key(namespace, request)}"

    async def get(self, namespace: str, request: JsonObject) -> JsonObject | None:
        if not self.enabled:
            return None
        value = await self._cache.get(self.key(namespace, request))
        return value if isinstance(value, dict) else None

    async def set(self, namespace: str, request: JsonObject, value: JsonObject) -> None:
        if self.enabled:
            await self._cache.set(self.key(namespace, request), value, expire=self.ttl_seconds)

    async def clear(self) -> None:
        """Forget every entry under this cache's prefix (tests, `storyloom` admin)."""
        await self._cache.delete_match(f"{self.prefix}:*")

    async def close(self) -> None:
        with warnings.catch_warnings():
            # cashews 7.6 closes redis-py clients with close(), which redis-py 5+ deprecates
            # in favour of aclose(); the two do the same, and the warning is not ours to fix.
            warnings.filterwarnings(
                "ignore", message="Call to deprecated close", category=DeprecationWarning
            )
            await self._cache.close()


__all__ = ["ProviderCache", "request_key"]
