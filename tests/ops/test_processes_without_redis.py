"""`serve --workers 2` with no Redis: each process would keep its own response cache and
session memory, so a write handled by one process could leave the other serving what the
write replaced. The server turns both off in that case; every read after a write, from
either process, shows the write."""

from __future__ import annotations

from pathlib import Path

import httpx
from tests.conftest import make_settings
from tests.live import live_server

from storyloom import migrate

READS = 24
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


def test_reads_after_a_write_are_fresh_from_every_process(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'storyloom.db'}")
    settings = settings.model_copy(update={"redis_url": None})
    migrate.upgrade(settings)
    with live_server(settings, log=tmp_path / "server.log", args=("--workers", "2")) as base:
        joined = httpx.post(
            f"{base}/api/auth/register",
            json={"email": "two@example.com", "display_name": "Two", "password": "two processes"},
        )
        assert joined.status_code == 201, joined.text
        headers = {"Authorization": f"Bearer {joined.json()['access_token']}"}
        made = httpx.post(
            f"{base}/api/characters",
            headers=headers,
            json={"name": "Fern", "pronouns": "she", "appearance": FOX},
        )
        assert made.status_code == 201, made.text

        def names() -> set[str]:
            # A new connection per read, so both processes answer some of them.
            seen = set()
            for _ in range(READS):
                listed = httpx.get(f"{base}/api/characters", headers=headers)
                assert listed.status_code == 200, listed.text
                seen.add(listed.json()["items"][0]["name"])
            return seen

        assert names() == {"Fern"}
        renamed = httpx.patch(
            f"{base}/api/characters/{made.json()['id']}", headers=headers, json={"name": "Moss"}
        )
        assert renamed.status_code == 200, renamed.text
        assert names() == {"Moss"}
    assert "the response cache is off" in " ".join((tmp_path / "server.log").read_text().split())
