"""Median wall time of a complete 12-page illustrated preschool book on the built-in
engines, from POST /api/stories to the job's `succeeded` (in-process app, SQLite), without
narration (STORYLOOM_NARRATOR=none); the time with the offline voice is printed before it.

Prints the figure as its last line, with the load average at the end of the run (the
figure is only meaningful on a quiet machine). Goal: under 300 ms.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from storyloom import migrate
from storyloom.app import create_app
from storyloom.config import Settings

RUNS = 15
NARRATED_RUNS = 3
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


def make_settings(folder: str, narrator: str = "none") -> Settings:
    return Settings(  # type: ignore[call-arg]
        narrator=narrator,
        _env_file=None,
        env="test",
        data_dir=Path(folder),
        secret_key=secrets.token_urlsafe(48),
        log_level="WARNING",
        quota_stories_per_month=None,
        quota_images_per_month=None,
    )


async def measure(settings: Settings, runs: int = RUNS) -> list[float]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as c:
            token = (
                await c.post(
                    "/api/auth/register",
                    json={
                        "email": "b@example.com",
                        "display_name": "B",
                        "password": "a quiet owl reads at night",
                    },
                )
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            hero = (
                await c.post(
                    "/api/characters",
                    headers=headers,
                    json={"name": "Fern", "pronouns": "she", "appearance": FOX},
                )
            ).json()["id"]
            body = {
                "cast": [{"character_id": hero, "role": "hero"}],
                "template": "adventure",
                "setting": "forest",
                "band": "preschool",
                "pages": 12,
            }
            times = []
            for _ in range(runs):
                began = time.perf_counter()
                job = (await c.post("/api/stories", headers=headers, json=body)).json()["job"]
                async with c.stream(
                    "GET", f"/api/jobs/{job['id']}/events", headers=headers
                ) as events:
                    text = "".join([chunk async for chunk in events.aiter_text()])
                times.append(time.perf_counter() - began)
                assert '"status":"succeeded"' in text.split("event: done")[-1], text[-500:]
    return times


def _timed(narrator: str, runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        settings = make_settings(folder, narrator)
        migrate.upgrade(settings)
        return asyncio.run(measure(settings, runs))


def main() -> None:
    # With the offline voice, every page is also read aloud (Piper) before the job ends:
    # reported, but the figure is the illustrated book itself.
    voiced = _timed("piper", NARRATED_RUNS)
    print(f"with narration (piper): median {statistics.median(voiced) * 1000:.0f} ms")
    times = _timed("none", RUNS)
    median_ms = statistics.median(times) * 1000
    load = os.getloadavg()[0]
    print(f"runs: {RUNS}, min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    print(
        f"book_speed: median {median_ms:.0f} ms for a 12-page illustrated preschool book, no voice "
        f"(load average {load:.2f} on {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    main()
