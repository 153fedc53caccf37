"""The operations commands, invoked as the real `storyloom` process: db backup, restore,
dump, explore; check (and --fix); generate (one book and a batch); start/status/stop."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import tarfile
import zipfile
from pathlib import Path

import httpx
import pytest
from tests.conftest import make_settings
from tests.live import CLI, settings_env

from storyloom.config import Settings
from storyloom.kit.serverproc import free_port


def run(
    settings: Settings, *args: str, stdin: str | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *args],
        env=settings_env(settings),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def fresh(tmp_path: Path) -> Settings:
    settings = make_settings(
        tmp_path / "data", f"sqlite+aiosqlite:///{tmp_path}/ops.db", redis_url=None
    )
    assert run(settings, "db", "upgrade").returncode == 0
    return settings


def add_user(settings: Settings, email: str = "gran@example.com") -> None:
    made = run(
        settings,
        "users",
        "create",
        email,
        "--name",
        "Gran",
        stdin="knitting by the fire\nknitting by the fire\n",
    )
    assert made.returncode == 0, made.stderr


def test_help_everywhere(fresh: Settings) -> None:
    for command in (
        ["start"],
        ["stop"],
        ["restart"],
        ["status"],
        ["check"],
        ["generate"],
        ["db", "backup"],
        ["db", "restore"],
        ["db", "dump"],
        ["db", "explore"],
        ["jobs", "list"],
    ):
        result = run(fresh, *command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage" in result.stdout


def test_backup_and_restore_round_trip(fresh: Settings, tmp_path: Path) -> None:
    add_user(fresh)
    backup = run(fresh, "db", "backup", "--out", str(tmp_path / "b.tar"), "--json")
    assert backup.returncode == 0, backup.stderr
    made = json.loads(backup.stdout)
    assert made["kind"] == "sqlite"
    assert made["bytes"] > 0
    assert (tmp_path / "b.tar").stat().st_mode & 0o777 == 0o600  # it holds password hashes
    add_user(fresh, "later@example.com")  # a change after the backup
    assert len(json.loads(run(fresh, "users", "list", "--json").stdout)) == 2
    restored = run(fresh, "db", "restore", str(tmp_path / "b.tar"), "--yes", "--json")
    assert restored.returncode == 0, restored.stderr
    report = json.loads(restored.stdout)
    saved = Path(report["previous_data_saved_to"])
    assert saved.exists()
    assert saved.stat().st_mode & 0o777 == 0o600
    emails = [u["email"] for u in json.loads(run(fresh, "users", "list", "--json").stdout)]
    assert emails == ["gran@example.com"]
    assert run(fresh, "db", "check").returncode == 0


def test_restore_refuses_damaged_and_foreign_files(fresh: Settings, tmp_path: Path) -> None:
    add_user(fresh)
    good = tmp_path / "good.tar"
    assert run(fresh, "db", "backup", "--out", str(good)).returncode == 0
    damaged = tmp_path / "damaged.tar"
    data = bytearray(good.read_bytes())
    data[4096 : 4096 + 64] = b"\xff" * 64  # inside the database's pages
    damaged.write_bytes(bytes(data))
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(good.read_bytes()[: len(data) // 2])
    foreign = tmp_path / "foreign.tar"
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as archive:
        archive.writestr("a", "b")
    sqlite3.connect(tmp_path / "plain.db").execute("CREATE TABLE t (x)").connection.commit()

    with tarfile.open(foreign, "w") as tar:
        tar.add(tmp_path / "plain.db", arcname="database.db")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    for bad in (damaged, truncated, foreign, text, tmp_path / "x.zip", tmp_path / "missing.tar"):
        result = run(fresh, "db", "restore", str(bad), "--yes")
        assert result.returncode == 1, (bad, result.stdout)
        assert "refused" in result.stderr
    # Nothing was replaced.
    assert [u["email"] for u in json.loads(run(fresh, "users", "list", "--json").stdout)] == [
        "gran@example.com"
    ]


def test_dump_structure_counts_and_contents(fresh: Settings, tmp_path: Path) -> None:
    add_user(fresh)
    out = tmp_path / "dump.json"
    result = run(fresh, "db", "dump", "--out", str(out), "--contents", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["tables"]["users"] == 1
    document = json.loads(out.read_text())
    users = document["tables"]["users"]
    assert {c["name"] for c in users["columns"]} >= {"id", "email", "password_hash"}
    assert users["contents"][0]["email"] == "gran@example.com"
    assert users["contents"][0]["password_hash"] == "********"
    assert "jobs" in document["tables"]
    assert document["tables"]["jobs"]["rows"] == 0


def test_explore_is_driven_by_stdin_and_read_only(fresh: Settings) -> None:
    for n in range(3):
        add_user(fresh, f"u{n}@example.com")
    script = "users\nn\np\nt\nnope\nq\n"
    result = run(fresh, "db", "explore", "--page-size", "2", stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Tables (read-only)" in out
    assert "users: page 1 of 2" in out
    assert "users: page 2 of 2" in out
    assert "no page 0" not in out
    assert "no table 'nope'" in out
    # A write through the explorer's connection is impossible (mode=ro).
    from storyloom.cli.explore import read_only_engine

    assert "mode=ro" in str(read_only_engine(fresh).url)


def test_check_finds_and_fixes(fresh: Settings, tmp_path: Path) -> None:
    add_user(fresh)
    clean = run(fresh, "check", "all", "--json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert json.loads(clean.stdout)["problems"] == 0
    # A file no row points at (old enough), and a stuck job.
    media = fresh.data_dir / "media" / "ab"
    media.mkdir(parents=True)
    (media / ("ab" + "0" * 62)).write_bytes(b"<svg/>")
    db = sqlite3.connect(str(tmp_path / "ops.db"))
    owner = db.execute("SELECT id FROM users").fetchone()[0]
    db.execute(
        "INSERT INTO jobs (id, owner_id, story_id, kind, status, pages_done, pages_total,"
        " message, attempts, details, cancel_requested, version, created_at, updated_at,"
        " lease_owner, lease_expires_at) VALUES ('j1', ?, 's1', 'story', 'running', 0, 0,"
        " 'x', 1, '{}', 0, 0, '2020-01-01 00:00:00', '2020-01-01 00:00:00', 'w',"
        " '2020-01-01 00:00:00')",
        (owner,),
    )
    db.commit()
    db.close()
    found = run(fresh, "check", "all", "--grace-minutes", "0", "--json")
    assert found.returncode == 1
    report = json.loads(found.stdout)["areas"]
    assert report["images"]["problems"]["files_without_row"] == 1
    assert report["jobs"]["problems"]["stuck_running"] == 1
    fixed = run(fresh, "check", "all", "--fix", "--grace-minutes", "0", "--json")
    assert fixed.returncode == 0, fixed.stdout
    after = json.loads(fixed.stdout)["areas"]
    assert after["images"]["fixed"]["files_without_row"] == 1
    assert after["jobs"]["fixed"]["stuck_running"] == 1
    assert run(fresh, "check", "jobs").returncode == 0


def test_check_clear_error_without_database(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path}/none.db", redis_url=None)
    result = run(settings, "check", "jobs")
    assert result.returncode == 1
    assert "cannot check" in result.stderr
    assert run(settings, "check", "nonsense").returncode == 2  # usage error


def test_generate_one_book_every_format(fresh: Settings, tmp_path: Path) -> None:
    out = tmp_path / "books"
    result = run(
        fresh,
        "generate",
        "--hero",
        "Mia:child:hero:she",
        "--with",
        "Rex:dog:pet:he",
        "--template",
        "bedtime",
        "--band",
        "toddler",
        "--seed",
        "7",
        "-f",
        "html",
        "-f",
        "pdf",
        "-f",
        "epub",
        "--out",
        str(out),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    assert 6 <= made["pages"] <= 8
    page = Path(made["files"]["html"]).read_text()
    assert page.count("<svg") == made["pages"] + 1  # every page and the cover, inline
    assert "<script" not in page
    assert 'src="http' not in page
    assert Path(made["files"]["pdf"]).read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(made["files"]["epub"]) as epub:
        assert epub.read("mimetype") == b"application/epub+zip"


def test_generate_refuses_clearly(fresh: Settings, tmp_path: Path) -> None:
    no_cast = run(fresh, "generate", "--out", str(tmp_path))
    assert no_cast.returncode == 1
    assert "hero" in no_cast.stderr
    bad_kind = run(fresh, "generate", "--hero", "Mia:wizard", "--out", str(tmp_path))
    assert bad_kind.returncode == 1
    assert "wizard" in bad_kind.stderr
    unsafe = run(
        fresh, "generate", "--hero", "Mia", "--idea", "a story about guns and blood",
        "--out", str(tmp_path),
    )  # fmt: skip
    assert unsafe.returncode == 1
    assert "not suitable" in unsafe.stderr


def test_generate_batch(fresh: Settings, tmp_path: Path) -> None:
    books = [
        {"cast": [{"name": "Ada", "kind": "fox"}], "band": "toddler", "seed": n} for n in range(3)
    ] + [{"cast": [{"name": "Bo", "role": "hero"}, {"name": "Cy", "role": "hero"}]}]
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(books[:3]))
    result = run(fresh, "generate", "--batch", str(batch), "--out", str(tmp_path / "out"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["made"] == 3
    assert report["failed"] == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "book-001.html",
        "book-002.html",
        "book-003.html",
    ]
    batch.write_text("\n".join(json.dumps(b) for b in books))  # one per line; one invalid
    invalid = run(fresh, "generate", "--batch", str(batch), "--out", str(tmp_path / "x"))
    assert invalid.returncode == 1
    assert "book 4" in invalid.stderr


def test_start_status_stop(fresh: Settings) -> None:
    port = str(free_port())
    assert run(fresh, "status").returncode == 3
    started = run(fresh, "start", "--port", port, "--json", timeout=120)
    assert started.returncode == 0, started.stderr
    try:
        assert run(fresh, "start", "--port", port).returncode == 1  # already running
        status = run(fresh, "status", "--json")
        assert status.returncode == 0, status.stdout
        report = json.loads(status.stdout)
        assert report["health"]["status"] == "ok"
        assert report["queue"] == {"queued": 0, "running": 0}
        assert report["version"] == "0.1.0"
        pid = report["processes"][0]["pid"]
        assert (fresh.data_dir / "run" / "server.pid").read_text().strip() == str(pid)
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200
    finally:
        stopped = run(fresh, "stop", "--json")
    assert stopped.returncode == 0, stopped.stderr
    assert json.loads(stopped.stdout)["stopped"] == {"server": "stopped"}
    assert run(fresh, "status").returncode == 3
    assert run(fresh, "stop").returncode == 3
    assert "Application shutdown complete" in (fresh.data_dir / "logs" / "server.log").read_text()


@pytest.mark.services
def test_backup_and_restore_on_postgresql(tmp_path: Path) -> None:
    """pg_dump/pg_restore: round trip, and a damaged archive refused before anything."""
    import asyncio

    from tests.conftest import (
        TEST_DATABASE_URL,
        _create_pg_database,
        _drop_pg_database,
        missing_service,
    )

    if not TEST_DATABASE_URL:
        missing_service("STORYLOOM_TEST_DATABASE_URL (PostgreSQL)")
    assert TEST_DATABASE_URL
    url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    try:
        settings = make_settings(tmp_path / "data", url, redis_url=None)
        assert run(settings, "db", "upgrade").returncode == 0
        add_user(settings)
        made = run(settings, "db", "backup", "--json")
        assert made.returncode == 0, made.stderr
        backup = json.loads(made.stdout)
        assert backup["kind"] == "postgresql"
        add_user(settings, "later@example.com")
        damaged = tmp_path / "damaged.tar"
        damaged.write_bytes(Path(backup["path"]).read_bytes()[:200])
        refused = run(settings, "db", "restore", str(damaged), "--yes")
        assert refused.returncode == 1
        assert "refused" in refused.stderr
        assert len(json.loads(run(settings, "users", "list", "--json").stdout)) == 2
        restored = run(settings, "db", "restore", backup["path"], "--yes")
        assert restored.returncode == 0, restored.stderr
        emails = [u["email"] for u in json.loads(run(settings, "users", "list", "--json").stdout)]
        assert emails == ["gran@example.com"]
        assert run(settings, "db", "check").returncode == 0
    finally:
        asyncio.run(_drop_pg_database(url))
