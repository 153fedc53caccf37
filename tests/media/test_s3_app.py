"""The app with its pictures in a real S3 gateway (SeaweedFS): serving keeps the owner
check, ETags, 304s and caching headers; nothing lands on the local disk; the sweeper and
`storyloom check images` find rows without objects and objects without rows in the bucket;
exported PDF and EPUB files are objects of the bucket too."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import select, update
from tests.characters.helpers import make
from tests.conftest import Account, make_settings, register
from tests.live import CLI, settings_env
from tests.seaweed import Seaweed
from tests.stories.helpers import finished

from storyloom.app import create_app
from storyloom.db import session_scope
from storyloom.jobs.cleanup import repair
from storyloom.media.s3 import S3MediaStore
from storyloom.models import Image, StoryExport, User
from storyloom.resources import Resources


@pytest_asyncio.fixture(scope="module")
async def s3_app(
    seaweed: Seaweed, database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[FastAPI]:
    settings = make_settings(tmp_path_factory.mktemp("s3data"), database_url, **seaweed.settings())
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest_asyncio.fixture
async def s3_account(s3_app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=s3_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield await register(c)


def _store(app: FastAPI) -> S3MediaStore:
    store = app.state.resources.media
    assert isinstance(store, S3MediaStore)
    return store


async def test_pictures_live_in_the_bucket_and_serve_as_before(
    s3_app: FastAPI, s3_account: Account
) -> None:
    fern = await make(s3_account)
    made = await s3_account.client.post(
        f"/api/characters/{fern['id']}/portraits", headers=s3_account.headers, json={"count": 2}
    )
    assert made.status_code == 201, made.text
    url = made.json()[0]["url"]
    response = await s3_account.client.get(url, headers=s3_account.headers)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "private, max-age=31536000, immutable"
    etag = response.headers["etag"]
    key = hashlib.sha256(response.content).hexdigest()
    assert etag == f'"{key}"'
    assert await _store(s3_app).exists(key)
    again = await s3_account.client.get(url, headers={**s3_account.headers, "If-None-Match": etag})
    assert again.status_code == 304
    png = await s3_account.client.get(
        url, headers=s3_account.headers, params={"format": "png", "width": 64}
    )
    assert png.status_code == 200
    assert png.content[:8] == b"\x89PNG\r\n\x1a\n"
    data_dir: Path = s3_app.state.resources.settings.data_dir
    assert not (data_dir / "media").exists()  # nothing on this host's disk

    other = await register(s3_account.client)
    assert (await s3_account.client.get(url, headers=other.headers)).status_code == 404

    # Operators see where the pictures are and that the store answers.
    operator = await register(s3_account.client)
    async with session_scope(s3_app.state.resources.sessions) as session:
        await session.execute(update(User).where(User.id == operator.user_id).values(role="admin"))
    health = await s3_account.client.get("/api/admin/health", headers=operator.headers)
    media = health.json()["components"]["media"]
    assert media["status"] == "ok", media
    assert media["detail"].startswith("S3 http://127.0.0.1:")


async def test_sweeper_and_check_on_the_bucket(s3_app: FastAPI, s3_account: Account) -> None:
    resources: Resources = s3_app.state.resources
    store = _store(s3_app)
    fern = await make(s3_account)
    made = await s3_account.client.post(
        f"/api/characters/{fern['id']}/portraits", headers=s3_account.headers, json={"count": 2}
    )
    ids = [image["id"] for image in made.json()]
    async with session_scope(resources.sessions) as session:
        lost = (await session.execute(select(Image).where(Image.id == ids[0]))).scalar_one()
        kept = (await session.execute(select(Image).where(Image.id == ids[1]))).scalar_one()
        lost_key, kept_key = lost.key, kept.key
    assert lost_key != kept_key  # portrait candidates are different pictures
    await store.delete(lost_key)  # a row without its object
    orphan = await store.put(os.urandom(300), "image/png")  # an object without a row

    young = await repair(resources, dry_run=True, grace=timedelta(hours=1))
    assert young.rows_without_file >= 1
    assert young.orphan_files == 0  # the orphan is younger than the grace period

    found = await repair(resources, dry_run=True, grace=timedelta(0))
    assert found.rows_without_file >= 1
    assert found.orphan_files >= 1

    env = settings_env(resources.settings)  # the CLI, as an operator runs it
    report = await asyncio.to_thread(
        subprocess.run,
        [CLI, "check", "images", "--json", "--grace-minutes", "0"],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert report.returncode == 1, report.stderr  # problems found, not yet repaired
    problems = json.loads(report.stdout)["areas"]["images"]["problems"]
    assert problems["rows_without_file"] >= 1
    assert problems["files_without_row"] >= 1
    fixed = await asyncio.to_thread(
        subprocess.run,
        [CLI, "check", "images", "--fix", "--grace-minutes", "0"],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr

    assert not await store.exists(orphan)
    assert await store.exists(kept_key)
    async with session_scope(resources.sessions) as session:
        rows = (await session.execute(select(Image.id).where(Image.id.in_(ids)))).scalars()
        assert set(rows) == {ids[1]}


def test_backup_and_restore_with_pictures_in_the_bucket(seaweed: Seaweed, tmp_path: Path) -> None:
    """`storyloom db backup` takes the pictures from the bucket; a restore on a new host
    (empty database, empty bucket prefix) puts them all back there."""
    from storyloom import migrate
    from storyloom.cli import archive

    settings = make_settings(
        tmp_path / "data", f"sqlite+aiosqlite:///{tmp_path / 'b.db'}", **seaweed.settings()
    )
    migrate.upgrade(settings)

    async def pictures() -> list[str]:
        application = create_app(settings)
        async with application.router.lifespan_context(application):
            transport = httpx.ASGITransport(app=application)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                owner = await register(c)
                fern = await make(owner)
                made = await c.post(
                    f"/api/characters/{fern['id']}/portraits",
                    headers=owner.headers,
                    json={"count": 2},
                )
                assert made.status_code == 201, made.text
            async with session_scope(application.state.resources.sessions) as session:
                return list((await session.execute(select(Image.key))).scalars())

    keys = asyncio.run(pictures())
    made = archive.backup(settings, tmp_path / "backup.tar")
    assert made.pictures == len(set(keys)) >= 1

    elsewhere = make_settings(
        tmp_path / "new", f"sqlite+aiosqlite:///{tmp_path / 'new.db'}", **seaweed.settings()
    )

    async def in_bucket() -> set[str]:
        from storyloom.media import make_media_store

        store = make_media_store(elsewhere)
        try:
            return {key for key in keys if await store.exists(key)}
        finally:
            await store.close()

    assert asyncio.run(in_bucket()) == set()
    _, restored, _ = archive.restore(elsewhere, tmp_path / "backup.tar")
    assert restored == len(set(keys))
    assert asyncio.run(in_bucket()) == set(keys)


async def test_exports_live_in_the_bucket(s3_app: FastAPI, s3_account: Account) -> None:
    """PDF and EPUB files are objects of the bucket with a row each: served with an ETag
    and 304, never on this host's disk; the sweeper keeps them while their row lives, and
    `storyloom check` finds an export row whose object is gone (and the sweep drops it, so
    the next download makes the file again)."""
    resources: Resources = s3_app.state.resources
    store = _store(s3_app)
    made = await finished(s3_account)
    files: dict[str, bytes] = {}
    for ext, magic in (("pdf", b"%PDF"), ("epub", b"PK")):
        url = f"/api/stories/{made['id']}/export.{ext}"
        first = await s3_account.client.get(url, headers=s3_account.headers, timeout=120)
        assert first.status_code == 200, first.text
        assert first.content.startswith(magic)
        key = hashlib.sha256(first.content).hexdigest()
        assert first.headers["etag"] == f'"{key}"'
        assert first.headers["cache-control"] == "private, no-cache"
        assert await store.get(key) == first.content
        held = await s3_account.client.get(
            url, headers={**s3_account.headers, "If-None-Match": first.headers["etag"]}
        )
        assert held.status_code == 304
        other = await register(s3_account.client)
        assert (await s3_account.client.get(url, headers=other.headers)).status_code == 404
        files[ext] = first.content
    assert not (resources.settings.data_dir / "exports").exists()

    # Rows keep their objects through a sweep with no grace period.
    await repair(resources, dry_run=False, grace=timedelta(0))
    for data in files.values():
        assert await store.exists(hashlib.sha256(data).hexdigest())

    # An export row whose object is gone: found, repaired, and made again on demand.
    pdf_key = hashlib.sha256(files["pdf"]).hexdigest()
    await store.delete(pdf_key)
    found = await repair(resources, dry_run=True, grace=timedelta(0))
    assert found.rows_without_file >= 1
    await repair(resources, dry_run=False, grace=timedelta(0))
    async with session_scope(resources.sessions) as session:
        formats = await session.execute(
            select(StoryExport.format).where(StoryExport.story_id == made["id"])
        )
        assert set(formats.scalars()) == {"epub"}
    again = await s3_account.client.get(
        f"/api/stories/{made['id']}/export.pdf", headers=s3_account.headers, timeout=120
    )
    assert again.status_code == 200
    assert again.headers["x-export-cache"] == "miss"
    assert await store.exists(hashlib.sha256(again.content).hexdigest())
