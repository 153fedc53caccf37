"""Backups that restore everything: one tar archive holding the database and every
picture it references, with a manifest of sizes and sha256 hashes.

Consistent under writes: the pictures are those referenced by the database snapshot
itself (SQLite: read from the backup copy; PostgreSQL: pg_dump runs on a snapshot
exported from the very transaction that lists the keys). Pictures are content-addressed
and never change, so copying them after the snapshot is safe; one removed in between (a
candidate nobody picked, expiring) makes the backup start over. The archive is created
readable by its owner only (it holds password hashes).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import re
import sqlite3
import tarfile
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyloom.cli import dbtools
from storyloom.cli.dbtools import DbToolError
from storyloom.config import Settings
from storyloom.media import MediaNotFound, MediaStore, make_media_store
from storyloom.media.migrate import media_type
from storyloom.media.port import content_key

FORMAT = "storyloom-backup"
VERSION = 1
MANIFEST = "manifest.json"
ATTEMPTS = 3
_MEDIA_NAME = re.compile(r"^media/[0-9a-f]{64}$")
_DATABASE_NAMES = {"database.db", "database.dump"}

# Every stored file a row points at: pictures, and the pages' narration.
MEDIA_KEYS = (
    "SELECT DISTINCT key FROM images UNION "
    "SELECT DISTINCT audio_key FROM story_pages WHERE audio_key IS NOT NULL"
)


@dataclass(frozen=True)
class Archive:
    path: Path
    bytes: int
    kind: str
    pictures: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.bytes,
            "kind": self.kind,
            "pictures": self.pictures,
            "seconds": round(self.seconds, 3),
        }


def _store(settings: Settings) -> MediaStore:
    """The configured store: the data folder, or the bucket (backups hold the pictures
    either way, so an archive restores into either)."""
    return make_media_store(settings)


def default_path(settings: Settings) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return settings.data_dir / "backups" / f"storyloom-{stamp}.tar"


async def _pg_snapshot(settings: Settings, target: Path) -> set[str]:
    """pg_dump and the list of keys, both from one snapshot."""
    import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no types

    conn = await asyncpg.connect(dbtools.pg_dsn(settings))
    try:
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            snapshot = await conn.fetchval("SELECT pg_export_snapshot()")
            await asyncio.to_thread(dbtools.backup, settings, target, snapshot=snapshot)
            if not await conn.fetchval("SELECT to_regclass('public.images') IS NOT NULL"):
                return set()  # an empty database: nothing but its schema, if that
            rows = await conn.fetch(MEDIA_KEYS)
    finally:
        await conn.close()
    return {row["key"] for row in rows}


def _sqlite_keys(copy: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'images'").fetchone():
            return set()
        return {row[0] for row in conn.execute(MEDIA_KEYS)}
    finally:
        conn.close()


def _add_file(tar: tarfile.TarFile, name: str, path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    info = tar.gettarinfo(str(path), arcname=name)
    info.mode = 0o600
    with path.open("rb") as handle:
        tar.addfile(info, handle)
    return {"name": name, "bytes": info.size, "sha256": digest.hexdigest()}


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> dict[str, Any]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(data))
    return {"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


async def _write(settings: Settings, target: Path, work: Path) -> tuple[str, int]:
    embedded = settings.is_embedded_database
    database = work / ("database.db" if embedded else "database.dump")
    database.unlink(missing_ok=True)
    if embedded:
        dbtools.backup(settings, database)
        keys = _sqlite_keys(database)
    else:
        keys = await _pg_snapshot(settings, database)
    store = _store(settings)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, tarfile.open(fileobj=out, mode="w") as tar:
        entries = [_add_file(tar, database.name, database)]
        try:
            for key in sorted(keys):
                entries.append(_add(tar, f"media/{key}", await store.get(key)))
        finally:
            await store.close()
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "made_at": datetime.now(UTC).isoformat(),
            "database": "sqlite" if embedded else "postgresql",
            "files": entries,
        }
        _add(tar, MANIFEST, json.dumps(manifest, indent=1).encode())
        out.flush()
        os.fsync(out.fileno())
    return manifest["database"], len(keys)  # type: ignore[return-value]


def backup(settings: Settings, target: Path | None = None) -> Archive:
    target = target or default_path(settings)
    if target.exists():
        raise DbToolError(f"{target} exists; choose another file")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        for attempt in range(ATTEMPTS):
            try:
                kind, pictures = asyncio.run(_write(settings, partial, Path(work)))
                break
            except MediaNotFound:  # removed after the snapshot: take a new one
                partial.unlink(missing_ok=True)
                if attempt == ATTEMPTS - 1:
                    raise DbToolError(
                        "pictures kept disappearing while the backup ran; try again"
                    ) from None
    os.replace(partial, target)
    return Archive(target, target.stat().st_size, kind, pictures, time.perf_counter() - started)


def _manifest(tar: tarfile.TarFile, source: Path) -> dict[str, Any]:
    try:
        member = tar.getmember(MANIFEST)
        handle = tar.extractfile(member)
        manifest: dict[str, Any] = json.loads(handle.read() if handle else b"")
    except (KeyError, ValueError) as exc:
        raise DbToolError(f"{source} is not a Storyloom backup (no manifest)") from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise DbToolError(f"{source} is not a Storyloom backup of a version we read")
    return manifest


def verify(source: Path) -> dict[str, Any]:
    """Every file the manifest lists is present, whole and nothing else rides along."""
    if not source.is_file() or not tarfile.is_tarfile(source):
        raise DbToolError(f"{source} is not a Storyloom backup archive")
    try:
        with tarfile.open(source) as tar:
            manifest = _manifest(tar, source)
            listed = {entry["name"]: entry for entry in manifest["files"]}
            names = {m.name for m in tar.getmembers()} - {MANIFEST}
            if names != set(listed) or not (_DATABASE_NAMES & names):
                raise DbToolError(f"{source} does not hold what its manifest lists")
            for member in tar.getmembers():
                if member.name == MANIFEST:
                    continue
                ok_name = member.name in _DATABASE_NAMES or _MEDIA_NAME.match(member.name)
                handle = tar.extractfile(member) if member.isfile() and ok_name else None
                if handle is None:
                    raise DbToolError(f"{source} holds an unexpected entry {member.name!r}")
                digest = hashlib.sha256(handle.read()).hexdigest()
                if digest != listed[member.name]["sha256"]:
                    raise DbToolError(f"{source} is damaged ({member.name} does not match)")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise DbToolError(f"{source} is damaged: {exc}") from exc
    return manifest


async def _put_media(settings: Settings, tar: tarfile.TarFile) -> int:
    store = _store(settings)
    count = 0
    try:
        for member in tar.getmembers():
            if not _MEDIA_NAME.match(member.name):
                continue
            handle = tar.extractfile(member)
            data = handle.read() if handle else b""
            key = member.name.removeprefix("media/")
            if content_key(data) != key or await store.put(data, media_type(data)) != key:
                raise DbToolError(f"picture {key} does not match its name")
            count += 1
    finally:
        await store.close()
    return count


def restore(settings: Settings, source: Path) -> tuple[Archive | None, int, float]:
    """Verify `source`, save what is there now as an archive, then put the database and
    the pictures back. Returns the safety archive, the pictures restored and seconds."""
    started = time.perf_counter()
    manifest = verify(source)
    name = "database.db" if manifest["database"] == "sqlite" else "database.dump"
    if (manifest["database"] == "sqlite") != settings.is_embedded_database:
        raise DbToolError(f"{source} holds a {manifest['database']} database; this is not one")
    has_data = not settings.is_embedded_database or dbtools.sqlite_path(settings).exists()
    safety = backup(settings) if has_data else None
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # a new host's first restore
    with tempfile.TemporaryDirectory(dir=settings.data_dir) as work, tarfile.open(source) as tar:
        database = Path(work) / name
        handle = tar.extractfile(name)
        database.write_bytes(handle.read() if handle else b"")
        dbtools.restore(settings, database, keep_safety=False)
        pictures = asyncio.run(_put_media(settings, tar))
    return safety, pictures, time.perf_counter() - started
