"""The local media store: content addressed, atomic writes, and a crash leaves nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from tests.characters.helpers import make
from tests.conftest import Account

from storyloom.db import session_scope
from storyloom.media import LocalMediaStore, MediaNotFound, MediaStore
from storyloom.models import Image
from storyloom.resources import Resources


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


async def test_local_layout(tmp_path: Path) -> None:
    store = LocalMediaStore(tmp_path / "media")
    assert isinstance(store, MediaStore)
    key = await store.put(b"<svg/>", "image/svg+xml")
    assert key == hashlib.sha256(b"<svg/>").hexdigest()
    assert await store.put(b"<svg/>", "image/svg+xml") == key
    assert await store.get(key) == b"<svg/>"
    assert await store.exists(key)
    assert store.path(key).parent.name == key[:2]
    await store.delete(key)
    await store.delete(key)
    assert not await store.exists(key)
    with pytest.raises(MediaNotFound):
        await store.get(key)
    with pytest.raises(MediaNotFound):
        await store.get("../../etc/passwd")
    assert not await store.exists("../x")


async def test_crash_during_rename_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = LocalMediaStore(tmp_path / "media")

    def crash(src: str, dst: str) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        await store.put(b"half a picture", "image/png")
    key = hashlib.sha256(b"half a picture").hexdigest()
    assert not await store.exists(key)
    assert _files(tmp_path / "media") == []


async def test_crash_during_portraits_leaves_no_row(
    account: Account, app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources: Resources = app.state.resources
    fern = await make(account)

    async def count() -> int:
        async with session_scope(resources.sessions) as session:
            query = select(func.count()).select_from(Image).where(Image.character_id == fern["id"])
            return int(await session.scalar(query) or 0)

    real_replace = os.replace
    calls: list[str] = []

    def crash_on_second(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError("disk gone")
        real_replace(src, dst)

    root: Path = resources.media.root  # type: ignore[attr-defined]
    monkeypatch.setattr(os, "replace", crash_on_second)
    response = await account.client.post(
        f"/api/characters/{fern['id']}/portraits",
        headers=account.headers,
        json={"count": 2, "seed": 987654},
    )
    monkeypatch.undo()
    assert response.status_code == 500
    assert response.json()["code"] == "internal_error" or response.json()["status"] == 500
    assert "disk gone" not in response.text
    assert len(calls) == 2
    assert await count() == 0  # the request rolled back: no row for either picture
    for path in _files(root):  # whatever is there is whole, named by its own hash
        assert not path.name.startswith(".tmp-")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
