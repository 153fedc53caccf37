"""Authenticated GET /api/me throughput as a ratio to GET /healthz on the same server.

`/api/me` does the whole per-request auth path: the token, then the session (from the
session memory once checked; see auth/session_memory.py).
"""

from __future__ import annotations

from harness import load, register, server

SECONDS = 6.0
CONCURRENCY = 16


def main() -> None:
    with server() as base:
        headers = {"Authorization": f"Bearer {register(base)}"}
        health = load(base, "/healthz", concurrency=CONCURRENCY, seconds=SECONDS)
        me = load(base, "/api/me", headers=headers, concurrency=CONCURRENCY, seconds=SECONDS)
    for name, result in (("/healthz", health), ("/api/me", me)):
        print(f"{name}: {result.rps:.0f} req/s, p95 {result.p95_ms:.1f} ms ({result.requests} req)")
    print(f"GET /api/me throughput / GET /healthz throughput = {me.rps / health.rps:.2f}")


if __name__ == "__main__":
    main()
