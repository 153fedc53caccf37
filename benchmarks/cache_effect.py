"""The response cache on a story read: requests/s with the cache off, then on.

Same server settings otherwise (one process, SQLite); a finished 12-page story read
through GET /api/stories/{id} by its owner at 32 concurrent connections.
"""

from __future__ import annotations

from books import characters, finished_story
from harness import LoadResult, load, register, server

SECONDS = 6.0
CONCURRENCY = 32


def measure(cache_ttl: int) -> LoadResult:
    with server(env={"STORYLOOM_CACHE_TTL_SECONDS": str(cache_ttl)}) as base:
        headers = {"Authorization": f"Bearer {register(base)}"}
        hero = characters(base, headers, 1)[0]
        story = finished_story(base, headers, hero)
        return load(
            base,
            f"/api/stories/{story}",
            headers=headers,
            concurrency=CONCURRENCY,
            seconds=SECONDS,
        )


def main() -> None:
    off = measure(0)
    on = measure(300)
    for name, result in (("cache off", off), ("cache on", on)):
        print(f"{name}: {result.rps:.0f} req/s, p95 {result.p95_ms:.1f} ms ({result.requests} req)")
    print(
        f"story read: {off.rps:.0f} req/s without the cache -> {on.rps:.0f} req/s with it "
        f"(x{on.rps / off.rps:.2f}; p95 {off.p95_ms:.1f} -> {on.p95_ms:.1f} ms)"
    )


if __name__ == "__main__":
    main()
