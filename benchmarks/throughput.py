"""Authenticated reads as a ratio to GET /healthz on the same server, with one server
process and with two: a 12-page story read, and a list of 20 characters. 32 concurrent
connections; the goal is a ratio of at least 0.5 and p95 under 50 ms.

The load generator is one Python process (httpx); with two server processes it, not the
server, can become the limit, which flattens both healthz and the reads alike.
"""

from __future__ import annotations

import asyncio

from books import characters, finished_story
from harness import LoadResult, load, register, server

SECONDS = 6.0
CONCURRENCY = 32


async def run(workers: int) -> dict[str, LoadResult]:
    with server(workers=workers) as base:
        headers = {"Authorization": f"Bearer {register(base)}"}
        ids = characters(base, headers, 20)
        story = finished_story(base, headers, ids[0])
        results = {}
        for name, path in (
            ("healthz", "/healthz"),
            ("story", f"/api/stories/{story}"),
            ("characters", "/api/characters?limit=20"),
        ):
            auth = headers if name != "healthz" else {}
            results[name] = await load(
                lambda c, p=path, h=auth: c.get(p, headers=h),
                base=base,
                concurrency=CONCURRENCY,
                seconds=SECONDS,
            )
        return results


async def main() -> None:
    summary = []
    for workers in (1, 2):
        results = await run(workers)
        health = results["healthz"]
        for name, r in results.items():
            print(
                f"{workers} process(es) {name}: {r.rps:.0f} req/s, p95 {r.p95_ms:.1f} ms, "
                f"ratio {r.rps / health.rps:.2f}"
            )
        summary.append(
            f"{workers}p: story {results['story'].rps / health.rps:.2f} "
            f"(p95 {results['story'].p95_ms:.0f} ms), characters "
            f"{results['characters'].rps / health.rps:.2f} "
            f"(p95 {results['characters'].p95_ms:.0f} ms)"
        )
    print("read/healthz ratio at 32 connections: " + "; ".join(summary))


if __name__ == "__main__":
    asyncio.run(main())
