"""The backup drill: back up while stories are being made on a live server, restore into
a fresh folder (and a fresh database), `storyloom check` is clean and every picture is
served. And a restore refuses while a server runs on the data it would replace."""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from tests.conftest import TEST_DATABASE_URL, _create_pg_database, _drop_pg_database, make_settings
from tests.live import live_server
from tests.ops.test_cli_ops import run

PASSWORD = "a drill on a wet tuesday"
CHILD = {"kind": "child", "body_color": "#d9a066", "accent_color": "#fff4e6"}


@contextmanager
def a_database(folder: Path) -> Iterator[str]:
    """A new, empty database: an SQLite file, or a PostgreSQL database when the run has one."""
    if not TEST_DATABASE_URL:
        yield f"sqlite+aiosqlite:///{folder / 'storyloom.db'}"
        return
    url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    try:
        yield url
    finally:
        asyncio.run(_drop_pg_database(url))


def _make_books(base: str, email: str, count: int, stop: threading.Event) -> None:
    with httpx.Client(base_url=base, timeout=120) as http:
        joined = http.post(
            "/api/auth/register", json={"email": email, "display_name": "D", "password": PASSWORD}
        )
        joined.raise_for_status()
        http.headers["Authorization"] = f"Bearer {joined.json()['access_token']}"
        hero = http.post(
            "/api/characters", json={"name": "Mia", "pronouns": "she", "appearance": CHILD}
        ).json()
        for _ in range(count):
            if stop.is_set():
                return
            http.post(
                "/api/stories",
                json={
                    "cast": [{"character_id": hero["id"], "role": "hero"}],
                    "template": "adventure",
                    "setting": "forest",
                    "band": "toddler",
                    "pages": 6,
                },
            ).raise_for_status()


def _pictures_served(base: str, email: str) -> int:
    served = 0
    with httpx.Client(base_url=base, timeout=120) as http:
        login = http.post("/api/auth/login", json={"email": email, "password": PASSWORD})
        login.raise_for_status()
        http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        for story in http.get("/api/stories", params={"limit": 100}).json()["items"]:
            full = http.get(f"/api/stories/{story['id']}").json()
            for page in full["pages"]:
                if page.get("image_id"):
                    picture = http.get(f"/api/images/{page['image_id']}")
                    assert picture.status_code == 200, picture.text
                    served += 1
    return served


def test_backup_under_writes_restores_everything(tmp_path: Path) -> None:
    email = f"drill-{uuid.uuid4().hex[:6]}@example.com"
    with a_database(tmp_path) as source_url, a_database(tmp_path / "restored") as target_url:
        source = make_settings(tmp_path / "data", source_url, redis_url=None)
        assert run(source, "db", "upgrade").returncode == 0
        archives = []
        with live_server(source, log=tmp_path / "server.log") as base:
            stop = threading.Event()
            writer = threading.Thread(target=_make_books, args=(base, email, 12, stop))
            writer.start()
            try:
                for n in range(3):  # while books are being made
                    made = run(source, "db", "backup", "--out", str(tmp_path / f"{n}.tar"))
                    assert made.returncode == 0, made.stderr
                    archives.append(tmp_path / f"{n}.tar")
            finally:
                stop.set()
                writer.join()
            refused = run(source, "db", "restore", str(archives[-1]), "--yes")
            assert refused.returncode == 1
            assert "running" in refused.stderr
        target = make_settings(tmp_path / "restored" / "data", target_url, redis_url=None)
        restored = run(target, "db", "restore", str(archives[-1]), "--yes", "--json")
        assert restored.returncode == 0, restored.stderr
        assert json.loads(restored.stdout)["pictures"] > 0
        check = run(target, "check", "all", "--json", "--grace-minutes", "0")
        assert check.returncode == 0, check.stdout
        with live_server(target, log=tmp_path / "restored.log") as base:
            assert _pictures_served(base, email) > 0
