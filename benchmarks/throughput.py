"""Authenticated reads as a ratio to GET /healthz on the same server, with one server
process and with two: a 12-page story read, and a list of 20 characters. 32 concurrent
connections; the goal is a ratio of at least 0.5 and p95 under 50 ms.

The load comes from wrk (one thread, see harness.load). Three set-ups: one process on the
embedded default; two processes with Redis (and a worker), as scaled out; and two
processes without Redis, where the response cache and session memory are off (each
process would keep its own; see `serve`), which measures the uncached path.
"""

from __future__ import annotations

from books import characters, finished_story
from harness import LoadResult, load, register, server

SECONDS = 6.0
CONCURRENCY = 32


SETUPS = (("1p", 1, False), ("2p+redis", 2, True), ("2p uncached", 2, False))


def run(workers: int, redis: bool) -> dict[str, LoadResult]:
    with server(workers=workers, redis=redis) as base:
        headers = {"Authorization": f"Bearer {register(base)}"}
        ids = characters(base, headers, 20)
        story = finished_story(base, headers, ids[0])
        results = {}
        for name, path in (
            ("healthz", "/healthz"),
            ("story", f"/api/stories/{story}"),
            ("characters", "/api/characters?limit=20"),
        ):
            results[name] = load(
                base,
                path,
                headers=headers if name != "healthz" else None,
                concurrency=CONCURRENCY,
                seconds=SECONDS,
            )
        return results


def main() -> None:
    summary = []
    for label, workers, redis in SETUPS:
        results = run(workers, redis)
        health = results["healthz"]
        for name, r in results.items():
            print(
                f"{label} {name}: {r.rps:.0f} req/s, p95 {r.p95_ms:.1f} ms, "
                f"ratio {r.rps / health.rps:.2f}"
            )
        summary.append(
            f"{label}: story {results['story'].rps / health.rps:.2f} "
            f"(p95 {results['story'].p95_ms:.0f} ms), characters "
            f"{results['characters'].rps / health.rps:.2f} "
            f"(p95 {results['characters'].p95_ms:.0f} ms)"
        )
    print("read/healthz ratio at 32 connections: " + "; ".join(summary))


if __name__ == "__main__":
    main()
