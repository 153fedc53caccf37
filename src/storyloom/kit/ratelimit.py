"""Rate limits on `limits`: in memory by default, Redis when configured."""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.asyncio import Redis

from storyloom.errors import TooManyRequests


class RateLimits:
    """Holds its storage strongly: `limits` only keeps a weak reference to it."""

    def __init__(self, redis: Redis | None = None, *, prefix: str = "storyloom") -> None:
        if redis is not None:
            # Share the app's connection pool, so closing the app closes every connection.
            self.storage: Storage = RedisStorage(
                "async+redis://shared-pool:6379",  # unused: the pool below is what connects
                implementation="redispy",
                key_prefix=f"{prefix}:limits",
                connection_pool=redis.connection_pool,  # type: ignore[arg-type]  # limits types options narrowly
            )
        else:
            self.storage = MemoryStorage()
        self._limiter = MovingWindowRateLimiter(self.storage)

    @staticmethod
    def parse(rule: str) -> RateLimitItem:
        return parse(rule)

    async def hit(self, item: RateLimitItem, *keys: str) -> bool:
        """Count one event; False when the limit was already reached."""
        return await self._limiter.hit(item, *keys)

    async def exhausted(self, item: RateLimitItem, *keys: str) -> int | None:
        """Seconds until the next event is allowed, or None when it is allowed now."""
        if await self._limiter.test(item, *keys):
            return None
        stats = await self._limiter.get_window_stats(item, *keys)
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def enforce(self, item: RateLimitItem, *keys: str) -> None:
        """Count one event, or refuse it with 429 and the wait when the limit is reached."""
        if not await self._limiter.hit(item, *keys):
            wait = await self.exhausted(item, *keys) or 1
            raise TooManyRequests(
                f"Too many requests. Try again in {wait} seconds.", retry_after=wait
            )

    async def clear(self, item: RateLimitItem, *keys: str) -> None:
        await self._limiter.clear(item, *keys)
