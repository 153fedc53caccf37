"""Authenticated GET /api/me throughput as a ratio to GET /healthz on the same server.

`/api/me` does the whole per-request auth path: JWT check, one query for user and session.
"""

from __future__ import annotations

import asyncio

from harness import load, register, server

SECONDS = 6.0
CONCURRENCY = 16


async def main() -> None:
    with server() as base:
        headers = {"Authorization": f"Bearer {register(base)}"}
        health = await load(
            lambda c: c.get("/healthz"), base=base, concurrency=CONCURRENCY, seconds=SECONDS
        )
        me = await load(
            lambda c: c.get("/api/me", headers=headers),
            base=base,
            concurrency=CONCURRENCY,
            seconds=SECONDS,
        )
    for name, result in (("/healthz", health), ("/api/me", me)):
        print(f"{name}: {result.rps:.0f} req/s, p95 {result.p95_ms:.1f} ms ({result.requests} req)")
    print(f"GET /api/me throughput / GET /healthz throughput = {me.rps / health.rps:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
