"""Settings fail fast; the development key is generated once and kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from storyloom.config import Settings


def build(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("env", ["production", "test"])
@pytest.mark.parametrize("key", [None, "short", "a" * 64])
def test_outside_development_a_strong_key_is_required(env: str, key: str | None) -> None:
    with pytest.raises(ValidationError, match="STORYLOOM_SECRET_KEY"):
        build(env=env, secret_key=key)


def test_production_accepts_a_strong_key() -> None:
    settings = build(env="production", secret_key="k7Q-2vX_9mPz4LrT8wYb1NcE6hJd3FsA0uGi5oKe")
    assert settings.json_logs


def test_development_key_is_generated_once(tmp_path: Path) -> None:
    settings = build(data_dir=tmp_path)
    first = settings.signing_key()
    assert len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert build(data_dir=tmp_path).signing_key() == first


def test_database_defaults_to_sqlite_in_the_data_folder(tmp_path: Path) -> None:
    settings = build(data_dir=tmp_path)
    assert settings.sqlalchemy_url == f"sqlite+aiosqlite:///{tmp_path / 'storyloom.db'}"
    assert settings.should_auto_migrate


def test_only_async_drivers() -> None:
    with pytest.raises(ValidationError, match="postgresql\\+asyncpg"):
        build(database_url="postgresql://localhost/x")


def test_environment_prefix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYLOOM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STORYLOOM_MAX_BODY_BYTES", "5000")
    settings = build()
    assert settings.data_dir == tmp_path
    assert settings.max_body_bytes == 5000


def test_s3_media_settings(tmp_path: Path) -> None:
    from storyloom.media import LocalMediaStore, make_media_store
    from storyloom.media.s3 import S3MediaStore

    with pytest.raises(ValidationError, match="MEDIA_S3_ACCESS_KEY"):
        build(media_s3_bucket="b", media_s3_access_key="only-one")
    assert build(media_s3_prefix="/pictures").media_s3_prefix == "pictures/"
    assert build(media_s3_prefix="").media_s3_prefix == ""
    assert isinstance(make_media_store(build(data_dir=tmp_path)), LocalMediaStore)
    store = make_media_store(
        build(
            media_s3_bucket="books",
            media_s3_endpoint="http://127.0.0.1:9",
            media_s3_access_key="AKIDEXAMPLE",
            media_s3_secret_key="shh-a-secret-value",
            media_s3_path_style=False,
        )
    )
    assert isinstance(store, S3MediaStore)
    assert store.bucket == "books"
    assert store.name("a" * 64) == f"media/aa/{'a' * 64}"
    described = store.describe()
    assert described == "S3 http://127.0.0.1:9 bucket books/media/"
    assert "AKIDEXAMPLE" not in described
