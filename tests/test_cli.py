"""The real `storyloom` command, invoked as a process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests.conftest import make_settings
from tests.live import CLI, settings_env

from storyloom.config import Environment, Settings


def run(
    settings: Settings, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *args],
        env=settings_env(settings),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def fresh(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path}/cli.db")


def test_help_everywhere(fresh: Settings) -> None:
    for command in (
        [],
        ["db"],
        ["users"],
        ["env"],
        ["serve"],
        ["db", "check"],
        ["users", "create"],
    ):
        result = run(fresh, *command, "--help")
        assert result.returncode == 0, result.stderr
        assert "Usage" in result.stdout


def test_help_prints_examples_literally(fresh: Settings) -> None:
    shown = run(fresh, "generate", "--help")
    assert shown.returncode == 0, shown.stderr
    assert "Mia:child:hero:she" in shown.stdout  # not an emoji in place of :child:


def test_version(fresh: Settings) -> None:
    assert run(fresh, "version").stdout.strip() == "0.1.0"


def test_db_upgrade_current_check_downgrade(fresh: Settings) -> None:
    before = json.loads(run(fresh, "db", "current", "--json").stdout)
    assert before["current"] is None
    assert run(fresh, "db", "check").returncode == 1  # not migrated yet
    assert run(fresh, "db", "upgrade").returncode == 0
    state = json.loads(run(fresh, "db", "current", "--json").stdout)
    assert state["current"] == state["head"]
    check = run(fresh, "db", "check", "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout) == {"integrity": "ok", "migrations": "ok", "models": "ok"}
    assert run(fresh, "db", "downgrade", "base").returncode == 0
    assert json.loads(run(fresh, "db", "current", "--json").stdout)["current"] is None


def test_users_lifecycle(fresh: Settings) -> None:
    assert run(fresh, "db", "upgrade").returncode == 0
    created = run(
        fresh,
        "users",
        "create",
        "gran@example.com",
        "--name",
        "Gran",
        "--json",
        stdin="knitting by the fire\nknitting by the fire\n",
    )
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout[created.stdout.index("{") :])["role"] == "user"
    dup = run(
        fresh,
        "users",
        "create",
        "gran@example.com",
        "--name",
        "Gran",
        stdin="knitting by the fire\nknitting by the fire\n",
    )
    assert dup.returncode == 1
    assert "already exists" in dup.stderr
    weak = run(
        fresh, "users", "create", "x@example.com", "--name", "X", stdin="password1\npassword1\n"
    )
    assert weak.returncode == 1
    assert "common" in weak.stderr
    assert run(fresh, "users", "set-role", "gran@example.com", "admin").returncode == 0
    assert run(fresh, "users", "disable", "gran@example.com").returncode == 0
    users = json.loads(run(fresh, "users", "list", "--json").stdout)
    assert [(u["email"], u["role"], u["disabled"]) for u in users] == [
        ("gran@example.com", "admin", True)
    ]
    missing = run(fresh, "users", "set-role", "nobody@example.com", "admin")
    assert missing.returncode == 1
    assert "no user" in missing.stderr
    bad_role = run(fresh, "users", "set-role", "gran@example.com", "emperor")
    assert bad_role.returncode == 2
    # A disabled user gets no reset link; an enabled one gets a link that works once.
    assert "disabled" in run(fresh, "users", "reset-link", "gran@example.com").stderr
    assert run(fresh, "users", "disable", "--enable", "gran@example.com").returncode == 0
    made = run(fresh, "users", "reset-link", "gran@example.com")
    assert made.returncode == 0, made.stderr
    url = made.stdout.strip().splitlines()[-1]
    assert url.startswith(f"{fresh.public_url}/reset?token=")
    as_json = json.loads(run(fresh, "users", "reset-link", "gran@example.com", "--json").stdout)
    assert as_json["url"] != url
    assert run(fresh, "users", "reset-link", "nobody@example.com").returncode == 1


def test_env_show_redacts_and_init_writes(fresh: Settings, tmp_path: Path) -> None:
    shown = json.loads(run(fresh, "env", "show", "--json").stdout)
    assert shown["STORYLOOM_SECRET_KEY"] == "********"
    assert fresh.signing_key() not in json.dumps(shown)
    assert shown["STORYLOOM_ENV"] == "test"
    target = tmp_path / "example.env"
    assert run(fresh, "env", "init", "--path", str(target)).returncode == 0
    text = target.read_text()
    for name in Settings.model_fields:
        assert f"STORYLOOM_{name.upper()}=" in text
    again = run(fresh, "env", "init", "--path", str(target))
    assert again.returncode == 1
    assert "exists" in again.stderr


def test_bad_settings_fail_clearly(fresh: Settings) -> None:
    broken = fresh.model_copy(update={"env": Environment.production, "secret_key": None})
    result = run(broken, "env", "show")
    assert result.returncode == 1
    assert "STORYLOOM_SECRET_KEY" in result.stderr
