"""Median wall time and size of exporting a 12-page illustrated preschool book (built-in engines) as
a PDF (square 8 in, 0.125 in bleed, crop marks) and as an EPUB 3, through the API, each
made from scratch (the kept export rows are deleted before every run); in-process app, SQLite.

Prints the figure as its last line.
"""

from __future__ import annotations

import asyncio
import secrets
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import delete

from storyloom import migrate
from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.db import session_scope
from storyloom.models import StoryExport

RUNS = 7
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}
CHILD = {"kind": "child", "body_color": "#d9a066", "accent_color": "#fff4e6"}


def make_settings(folder: str) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        env="test",
        data_dir=Path(folder),
        secret_key=secrets.token_urlsafe(48),
        log_level="WARNING",
        export_limit_per_user="1000/minute",
    )


async def a_book(c: httpx.AsyncClient) -> tuple[dict[str, str], str]:
    login = await c.post(
        "/api/auth/register",
        json={"email": "b@example.com", "display_name": "B", "password": "a quiet owl reads"},
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    cast = []
    for name, looks, role in (("Mia", CHILD, "hero"), ("Fern", FOX, "friend")):
        made = await c.post(
            "/api/characters",
            headers=headers,
            json={"name": name, "pronouns": "she", "appearance": looks},
        )
        cast.append({"character_id": made.json()["id"], "role": role})
    body = {"cast": cast, "template": "adventure", "setting": "forest", "band": "preschool"}
    created = (await c.post("/api/stories", headers=headers, json={**body, "pages": 12})).json()
    async with c.stream(
        "GET", f"/api/jobs/{created['job']['id']}/events", headers=headers
    ) as events:
        text = "".join([chunk async for chunk in events.aiter_text()])
    assert '"status":"succeeded"' in text.split("event: done")[-1], text[-500:]
    return headers, created["story"]["id"]


async def measure(settings: Settings) -> tuple[dict[str, list[float]], dict[str, int]]:
    app = create_app(settings)
    times: dict[str, list[float]] = {"pdf": [], "epub": []}
    sizes: dict[str, int] = {}
    params = {"pdf": {"bleed": "0.125", "crop_marks": "true", "for_name": "Mia"}, "epub": {}}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as c:
            headers, story = await a_book(c)
            for _ in range(RUNS):
                for ext in ("pdf", "epub"):
                    async with session_scope(app.state.resources.sessions) as session:
                        await session.execute(delete(StoryExport))
                    began = time.perf_counter()
                    response = await c.get(
                        f"/api/stories/{story}/export.{ext}",
                        headers=headers,
                        params=params[ext],
                        timeout=120,
                    )
                    times[ext].append(time.perf_counter() - began)
                    assert response.status_code == 200, response.text
                    assert response.headers["x-export-cache"] == "miss"
                    sizes[ext] = len(response.content)
    return times, sizes


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = make_settings(folder)
        migrate.upgrade(settings)
        times, sizes = asyncio.run(measure(settings))
    pdf = statistics.median(times["pdf"]) * 1000
    epub = statistics.median(times["epub"]) * 1000
    print(f"runs: {RUNS}, pdf min {min(times['pdf']) * 1000:.0f} ms, max "
          f"{max(times['pdf']) * 1000:.0f} ms")  # fmt: skip
    print(
        f"pdf 12 pages median {pdf:.0f} ms, {sizes['pdf'] / 1e6:.2f} MB; "
        f"epub median {epub:.0f} ms, {sizes['epub'] / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    main()
