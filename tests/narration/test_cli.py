"""`storyloom narrate` for a story made earlier, and `generate --format epub` with the
offline voice: real processes, a real database, the real voice."""

from __future__ import annotations

import asyncio
import json
import subprocess
import zipfile
from pathlib import Path

from tests.conftest import make_settings, register, running
from tests.export.test_epub import epubcheck
from tests.live import CLI, settings_env
from tests.stories.helpers import finished

from storyloom import migrate
from storyloom.app import create_app
from storyloom.config import Settings


def run(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *args],
        env=settings_env(settings),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


async def test_narrate_an_existing_story(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/narrate.db"
    quiet = make_settings(tmp_path, url)  # made without a voice
    await asyncio.to_thread(migrate.upgrade, quiet)
    async with running(create_app(quiet)) as client:
        account = await register(client)
        story = await finished(account, band="toddler", pages=6)
    assert all(page["audio"] is None for page in story["pages"])

    voiced = make_settings(tmp_path, url, narrator="piper")
    first = await asyncio.to_thread(run, voiced, "narrate", story["id"])
    assert first.returncode == 0, first.stderr
    # Progress is shown page by page, then the summary.
    lines = first.stdout.splitlines()
    assert [line for line in lines if line.startswith("narrated page")] == [
        f"narrated page {n} of 6" for n in range(1, 7)
    ]
    assert lines[-1].startswith("6 pages narrated, 0 already current, 0 failed")
    again = json.loads(
        (await asyncio.to_thread(run, voiced, "narrate", story["id"], "--json")).stdout
    )
    assert (again["narrated"], again["kept"]) == (0, 6)

    async with running(create_app(voiced)) as client:
        response = await client.get(f"/api/stories/{story['id']}", headers=account.headers)
        pages = response.json()["pages"]
    assert all(page["audio"] and page["audio"]["words"] for page in pages)

    missing = await asyncio.to_thread(run, voiced, "narrate", "nosuchstory")
    assert missing.returncode == 1
    assert "no story" in missing.stderr


def test_generate_epub_is_narrated(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path}/g.db", narrator="piper")
    out = tmp_path / "books"
    result = run(
        settings,
        "generate",
        "--hero",
        "Mia:child:hero:she",
        "--band",
        "toddler",
        "--seed",
        "3",
        "-f",
        "epub",
        "--out",
        str(out),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    data = Path(made["files"]["epub"]).read_bytes()
    with zipfile.ZipFile(made["files"]["epub"]) as epub:
        names = epub.namelist()
    assert sum(name.endswith(".smil") for name in names) == made["pages"]
    assert sum(name.endswith(".mp3") for name in names) == made["pages"]
    report = epubcheck(data, tmp_path)
    assert "0 errors / 0 warnings" in report, report
