"""Backups, restores and dumps of the database (the work behind `storyloom db ...`).

SQLite uses the online backup API (consistent while the server runs, WAL included);
PostgreSQL uses pg_dump's custom format and pg_restore. A restore is checked before it
replaces anything (SQLite: `PRAGMA integrity_check` and a Storyloom schema; PostgreSQL:
`pg_restore --list` reads the whole archive), and the current database is backed up first.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from storyloom.config import Settings

SECRET_COLUMNS = frozenset({"password_hash", "token_hash"})


class DbToolError(Exception):
    """A clear, user-facing reason the operation did not happen."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    kind: str
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.bytes,
            "kind": self.kind,
            "seconds": round(self.seconds, 3),
        }


def sqlite_path(settings: Settings) -> Path:
    database = make_url(settings.sqlalchemy_url).database
    if not database or database == ":memory:":
        raise DbToolError("the SQLite database is in memory; there is nothing to back up")
    return Path(database)


def pg_dsn(settings: Settings) -> str:
    """libpq URL for pg_dump/pg_restore (the driver suffix removed)."""
    url = make_url(settings.sqlalchemy_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _pg_env(settings: Settings) -> dict[str, str]:
    # The password goes through the environment, never the process list.
    url = make_url(settings.sqlalchemy_url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return env


def _pg_target(settings: Settings) -> list[str]:
    url = make_url(settings.sqlalchemy_url)
    args = ["--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    return args


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DbToolError(f"{name} is not installed (apt-get install postgresql-client)")
    return found


def default_backup_path(settings: Settings) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    suffix = "db" if settings.is_embedded_database else "dump"
    return settings.data_dir / "backups" / f"storyloom-{stamp}.{suffix}"


def backup(
    settings: Settings, target: Path | None = None, *, snapshot: str | None = None
) -> BackupResult:
    """The database alone, into `target` (readable by its owner only: it holds password
    hashes). `snapshot`: a PostgreSQL snapshot id for pg_dump to read from."""
    target = target or default_backup_path(settings)
    if target.exists():
        raise DbToolError(f"{target} exists; choose another file")
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if settings.is_embedded_database:
        source = sqlite_path(settings)
        if not source.exists():
            raise DbToolError(f"no database at {source}")
        partial = target.with_name(target.name + ".partial")
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=1024)  # in steps: writers are not locked out for long
        finally:
            dst.close()
            src.close()
        os.replace(partial, target)
        kind = "sqlite"
    else:
        result = subprocess.run(  # noqa: S603 - fixed tool, arguments from settings
            [
                _tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                *([f"--snapshot={snapshot}"] if snapshot else []),
                "--file",
                str(target),
                *_pg_target(settings),
            ],
            env=_pg_env(settings),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            target.unlink(missing_ok=True)
            raise DbToolError(f"pg_dump failed: {result.stderr.strip()[:500]}")
        kind = "postgresql"
        target.chmod(0o600)
    return BackupResult(target, target.stat().st_size, kind, time.perf_counter() - started)


def verify_sqlite_file(path: Path) -> None:
    """Refuse anything that is not an intact Storyloom SQLite database."""
    if not path.is_file():
        raise DbToolError(f"no file at {path}")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DbToolError(f"{path} is not an SQLite database")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DbToolError(f"{path} is damaged: {exc}") from exc
    if rows != ["ok"]:
        raise DbToolError(f"{path} failed the integrity check: {'; '.join(rows[:5])}")
    missing = {"alembic_version", "users", "stories", "jobs"} - tables
    if missing:
        raise DbToolError(f"{path} is not a Storyloom database (no {', '.join(sorted(missing))})")


def verify_pg_archive(path: Path) -> None:
    if not path.is_file():
        raise DbToolError(f"no file at {path}")
    result = subprocess.run(  # noqa: S603 - fixed tool and a path
        [_tool("pg_restore"), "--list", str(path)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise DbToolError(
            f"{path} is not a readable pg_dump archive: {result.stderr.strip()[:300]}"
        )
    if "TABLE public alembic_version" not in result.stdout:
        raise DbToolError(f"{path} is not a Storyloom database dump (no alembic_version)")


def restore(
    settings: Settings, source: Path, *, keep_safety: bool = True
) -> tuple[BackupResult | None, float]:
    """Check `source`, back the current database up (unless the caller already did),
    then replace it. Returns the safety backup (None when there was no database yet, or
    none was asked for) and the seconds the restore took."""
    started = time.perf_counter()
    if settings.is_embedded_database:
        verify_sqlite_file(source)
        live = sqlite_path(settings)
        safety = backup(settings) if live.exists() and keep_safety else None
        live.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(live, timeout=10)
        try:
            src.backup(dst)  # page by page into the live file, under its own lock; WAL-safe
        finally:
            dst.close()
            src.close()
        return safety, time.perf_counter() - started
    verify_pg_archive(source)
    safety = backup(settings) if keep_safety else None
    result = subprocess.run(  # noqa: S603 - fixed tool, arguments from settings
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            *_pg_target(settings),
            str(source),
        ],
        env=_pg_env(settings),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise DbToolError(
            f"pg_restore failed (nothing changed; single transaction): "
            f"{result.stderr.strip()[:500]}"
        )
    return safety, time.perf_counter() - started


async def describe(settings: Settings, *, contents: bool, limit: int | None) -> dict[str, Any]:
    """Structure (columns, indexes, foreign keys) and row counts of every table, and with
    `contents` the rows themselves (at most `limit` per table)."""
    from sqlalchemy import MetaData, func, select

    from storyloom.db import make_engine

    engine = make_engine(settings.sqlalchemy_url)
    try:
        async with engine.connect() as conn:
            metadata = MetaData()
            await conn.run_sync(metadata.reflect)
            tables: dict[str, Any] = {}
            for name in sorted(metadata.tables):
                table = metadata.tables[name]
                count = (await conn.execute(select(func.count()).select_from(table))).scalar_one()
                entry: dict[str, Any] = {
                    "rows": int(count),
                    "columns": [
                        {
                            "name": c.name,
                            "type": str(c.type),
                            "nullable": bool(c.nullable),
                            "primary_key": bool(c.primary_key),
                        }
                        for c in table.columns
                    ],
                    "indexes": [
                        {"name": i.name, "columns": [c.name for c in i.columns]}
                        for i in sorted(table.indexes, key=lambda i: str(i.name))
                    ],
                    "foreign_keys": sorted(
                        f"{fk.parent.name} -> {fk.target_fullname}" for fk in table.foreign_keys
                    ),
                }
                if contents:
                    query = select(table)
                    if limit is not None:
                        query = query.limit(limit)
                    rows = (await conn.execute(query)).mappings().all()
                    entry["contents"] = [_redacted(dict(row)) for row in rows]
                tables[name] = entry
    finally:
        await engine.dispose()
    return {
        "database": "sqlite" if settings.is_embedded_database else "postgresql",
        "made_at": datetime.now(UTC).isoformat(),
        "tables": tables,
    }


def _redacted(row: dict[str, Any]) -> dict[str, Any]:
    # Hashes of passwords and tokens stay out of dumps people pass around.
    return {k: ("********" if k in SECRET_COLUMNS and v else v) for k, v in row.items()}


def dump(settings: Settings, *, contents: bool, limit: int | None) -> dict[str, Any]:
    return asyncio.run(describe(settings, contents=contents, limit=limit))
