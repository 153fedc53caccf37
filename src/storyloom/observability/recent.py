"""The server's own recent figures for the admin area: requests per minute and recent
safety blocks.

Both are kept in memory per process and, when Redis is configured, flushed to Redis every
few seconds so that the admin API of any process sees every process:
- requests: per-minute buckets (count, 5xx count, latency sum and a latency histogram for
  percentiles) in a Redis hash per minute, kept 26 hours;
- safety blocks: a ring (newest first) of what was refused, by whom and where, in a capped
  Redis list. Only the category, field and the matched word are kept, never whole texts.
Without Redis (the embedded single process) memory is the whole truth.
"""

from __future__ import annotations

import bisect
import json
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

from redis.asyncio import Redis

# Upper bounds of the latency histogram, in milliseconds (the last bucket is open).
LATENCY_BUCKETS_MS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
KEEP_MINUTES = 26 * 60


@dataclass
class Minute:
    requests: int = 0
    errors: int = 0
    latency_ms_sum: float = 0.0
    buckets: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS_MS) + 1))

    def add(self, other: Minute) -> None:
        self.requests += other.requests
        self.errors += other.errors
        self.latency_ms_sum += other.latency_ms_sum
        self.buckets = [a + b for a, b in zip(self.buckets, other.buckets, strict=True)]

    def percentile(self, q: float) -> float | None:
        """Upper bound of the bucket holding the q-th request (coarse, like Prometheus)."""
        if self.requests == 0:
            return None
        rank = q * self.requests
        seen = 0
        for index, count in enumerate(self.buckets):
            seen += count
            if seen >= rank:
                if index < len(LATENCY_BUCKETS_MS):
                    return float(LATENCY_BUCKETS_MS[index])
                return float(LATENCY_BUCKETS_MS[-1]) * 2
        return None

    def as_fields(self) -> dict[str, float]:
        fields: dict[str, float] = {
            "requests": self.requests,
            "errors": self.errors,
            "latency_ms_sum": round(self.latency_ms_sum, 3),
        }
        fields.update({f"b{i}": n for i, n in enumerate(self.buckets) if n})
        return fields

    @classmethod
    def from_fields(cls, raw: dict[bytes, bytes]) -> Minute:
        values = {k.decode(): float(v) for k, v in raw.items()}
        minute = cls(
            requests=int(values.get("requests", 0)),
            errors=int(values.get("errors", 0)),
            latency_ms_sum=values.get("latency_ms_sum", 0.0),
        )
        for i in range(len(minute.buckets)):
            minute.buckets[i] = int(values.get(f"b{i}", 0))
        return minute


@dataclass(frozen=True)
class SafetyBlock:
    at: float
    category: str
    source: str  # input (a user typed it) or output (an engine wrote it)
    field: str | None = None
    matched: str | None = None
    user_id: str | None = None
    path: str | None = None


class RecentFigures:
    def __init__(self, redis: Redis | None, prefix: str, safety_size: int) -> None:
        self.redis = redis
        self.prefix = f"{prefix}:ops"
        self.safety_size = safety_size
        self.minutes: dict[int, Minute] = {}
        self._pending: dict[int, Minute] = {}
        self.blocks: deque[SafetyBlock] = deque(maxlen=safety_size)
        self._pending_blocks: list[SafetyBlock] = []

    # --- recording (hot path: memory only) ---
    def observe_request(self, status: int, ms: float) -> None:
        now = int(time.time() // 60)
        for store in (self.minutes, self._pending) if self.redis is not None else (self.minutes,):
            minute = store.get(now)
            if minute is None:
                minute = store[now] = Minute()
            minute.requests += 1
            minute.errors += status >= 500
            minute.latency_ms_sum += ms
            minute.buckets[bisect.bisect_left(LATENCY_BUCKETS_MS, ms)] += 1
        if len(self.minutes) > KEEP_MINUTES:
            for old in sorted(self.minutes)[: len(self.minutes) - KEEP_MINUTES]:
                del self.minutes[old]

    def record_block(self, block: SafetyBlock) -> None:
        self.blocks.appendleft(block)
        if self.redis is not None:
            self._pending_blocks.append(block)

    # --- sharing through Redis ---
    async def flush(self) -> None:
        if self.redis is None or not (self._pending or self._pending_blocks):
            return
        pending, self._pending = self._pending, {}
        blocks, self._pending_blocks = self._pending_blocks, []
        pipe = self.redis.pipeline(transaction=False)
        for minute_no, minute in pending.items():
            key = f"{self.prefix}:req:{minute_no}"
            for name, value in minute.as_fields().items():
                if isinstance(value, int):
                    pipe.hincrby(key, name, value)
                else:
                    pipe.hincrbyfloat(key, name, value)
            pipe.expire(key, KEEP_MINUTES * 60)
        if blocks:
            key = f"{self.prefix}:safety"
            pipe.lpush(key, *[json.dumps(asdict(b)) for b in blocks])
            pipe.ltrim(key, 0, self.safety_size - 1)
        await pipe.execute()

    async def request_minutes(self, first: int, last: int) -> dict[int, Minute]:
        """Minute number -> figures, for every process when Redis is configured."""
        if self.redis is None:
            return {m: v for m, v in self.minutes.items() if first <= m <= last}
        pipe = self.redis.pipeline(transaction=False)
        numbers = list(range(first, last + 1))
        for number in numbers:
            pipe.hgetall(f"{self.prefix}:req:{number}")
        found: dict[int, Minute] = {}
        for number, raw in zip(numbers, await pipe.execute(), strict=True):
            if raw:
                found[number] = Minute.from_fields(raw)
        # This process's figures not yet flushed.
        for number, minute in self._pending.items():
            if first <= number <= last:
                found.setdefault(number, Minute()).add(minute)
        return found

    async def recent_blocks(self, limit: int) -> list[SafetyBlock]:
        if self.redis is None:
            return list(self.blocks)[:limit]
        raw = await self.redis.lrange(f"{self.prefix}:safety", 0, limit - 1)
        stored = [SafetyBlock(**json.loads(item)) for item in raw]
        unflushed = sorted(self._pending_blocks, key=lambda b: b.at, reverse=True)
        return (unflushed + stored)[:limit]


def block_fields(extra: dict[str, Any]) -> dict[str, str | None]:
    """category, field and matched word out of an UnsafeContent error's extra fields."""
    matched = extra.get("matched")
    return {
        "category": str(extra.get("category") or "unsafe"),
        "field": str(extra["field"]) if extra.get("field") else None,
        "matched": str(matched)[:40] if matched else None,
    }
