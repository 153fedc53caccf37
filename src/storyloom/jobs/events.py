"""Progress fan-out: "job X changed" notices, in memory or over Redis pub/sub.

A notice carries no state: whoever hears it re-reads the job row, which stays the truth.
A missed notice therefore costs only latency (streams also re-read on every heartbeat).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol

from redis.asyncio import Redis


class Subscription(Protocol):
    async def wait(self, seconds: float) -> bool:
        """True when a notice arrived within `seconds`."""
        ...


class ProgressBus(Protocol):
    async def publish(self, job_id: str) -> None: ...

    def subscribe(self, job_id: str) -> contextlib.AbstractAsyncContextManager[Subscription]: ...


class _EventSubscription:
    def __init__(self) -> None:
        self.event = asyncio.Event()

    async def wait(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self.event.wait(), seconds)
        except TimeoutError:
            return False
        self.event.clear()
        return True


class MemoryBus:
    """One process: the in-process runner and the streams share the event loop."""

    def __init__(self) -> None:
        self._subscribers: dict[str, set[_EventSubscription]] = {}

    async def publish(self, job_id: str) -> None:
        for subscription in self._subscribers.get(job_id, ()):
            subscription.event.set()

    @asynccontextmanager
    async def subscribe(self, job_id: str) -> AsyncIterator[Subscription]:
        subscription = _EventSubscription()
        self._subscribers.setdefault(job_id, set()).add(subscription)
        try:
            yield subscription
        finally:
            subscribers = self._subscribers.get(job_id, set())
            subscribers.discard(subscription)
            if not subscribers:
                self._subscribers.pop(job_id, None)


class _RedisSubscription:
    def __init__(self, pubsub: object) -> None:
        self.pubsub = pubsub

    async def wait(self, seconds: float) -> bool:
        deadline = asyncio.get_running_loop().time() + seconds
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return False
            message = await self.pubsub.get_message(  # type: ignore[attr-defined]
                ignore_subscribe_messages=True, timeout=left
            )
            if message is not None:
                return True


class RedisBus:
    """Every API process and worker: a worker's progress reaches any API's stream."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    def channel(self, job_id: str) -> str:
        return f"{self.prefix}:jobs:{job_id}"

    async def publish(self, job_id: str) -> None:
        await self.redis.publish(self.channel(job_id), "changed")

    @asynccontextmanager
    async def subscribe(self, job_id: str) -> AsyncIterator[Subscription]:
        pubsub = self.redis.pubsub()
        await pubsub.subscribe(self.channel(job_id))
        try:
            yield _RedisSubscription(pubsub)
        finally:
            with contextlib.suppress(Exception):
                await pubsub.unsubscribe()
            await pubsub.aclose()  # type: ignore[no-untyped-call]


def make_bus(redis: Redis | None, prefix: str) -> ProgressBus:
    return RedisBus(redis, prefix) if redis is not None else MemoryBus()
