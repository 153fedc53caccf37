"""Typed settings (STORYLOOM_ prefix, optional .env); they fail fast on nonsense."""

from __future__ import annotations

import secrets
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_KEY_LENGTH = 32


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    """Every setting Storyloom reads. The README's configuration table mirrors this class."""

    model_config = SettingsConfigDict(
        env_prefix="STORYLOOM_", env_file=".env", extra="ignore", validate_default=True
    )

    env: Environment = Field(
        Environment.development, description="development, test or production."
    )
    data_dir: Path = Field(
        Path("data"), description="Folder for everything the embedded default keeps."
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy async URL; default: SQLite file in the data folder."
    )
    redis_url: str | None = Field(
        None, description="Redis for rate limits, cache, jobs and progress; default: in memory."
    )
    redis_prefix: str = Field(
        "storyloom", description="Prefix of every Redis key, so several deployments can share one."
    )
    secret_key: SecretStr | None = Field(
        None,
        description="Token signing key (32+ characters). Required outside development; "
        "in development it is generated once into the data folder.",
    )
    public_url: str = Field("http://localhost:8000", description="Where users reach the app.")
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins allowed to call the API from a browser (JSON list).",
    )
    max_body_bytes: int = Field(2_000_000, ge=1024, description="Largest accepted request body.")
    metrics_enabled: bool = Field(True, description="Serve Prometheus metrics at /metrics.")
    log_json: bool | None = Field(
        None, description="JSON log lines; default: on in production, readable otherwise."
    )
    log_level: str = Field("INFO", description="Python log level name.")
    access_token_minutes: int = Field(15, ge=1, le=60, description="Access token lifetime.")
    session_idle_days: int = Field(7, ge=1, description="A session unused this long ends.")
    session_absolute_days: int = Field(
        30, ge=1, description="A session ends this long after login."
    )
    login_limit_per_account: str = Field(
        "5/15minutes", description="Failed logins allowed per account (limits notation)."
    )
    login_limit_per_ip: str = Field(
        "20/15minutes", description="Failed logins allowed per client IP (limits notation)."
    )
    preview_limit_per_user: str = Field(
        "120/minute", description="Live picture previews allowed per user (limits notation)."
    )
    password_hash_memory_kib: int = Field(
        19456, ge=19456, description="argon2id memory cost in KiB (OWASP minimum 19 MiB)."
    )
    password_hash_iterations: int = Field(2, ge=2, description="argon2id time cost.")
    portrait_candidates_retention_hours: int = Field(
        24, ge=1, description="Unselected portrait candidates are removed after this many hours."
    )
    images_base_url: str | None = Field(
        None,
        description="OpenAI-compatible images API (e.g. https://api.openai.com/v1); "
        "default: the built-in illustrator.",
    )
    images_api_key: SecretStr | None = Field(None, description="API key for the images API.")
    images_model: str = Field(
        "gpt-image-1", description="Image model, e.g. gpt-image-1 or dall-e-3."
    )
    images_size: str = Field("1024x1024", description="Size asked of the images API.")
    images_timeout_seconds: float = Field(
        60.0, gt=0, description="How long one images API call may take."
    )
    images_attempts: int = Field(
        2, ge=1, le=5, description="Tries per image on connection errors, 429 and 5xx."
    )
    auto_migrate: bool | None = Field(
        None, description="Migrate on `serve` start; default: on for the embedded SQLite database."
    )

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("use sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @model_validator(mode="after")
    def _strong_key_outside_development(self) -> Settings:
        if self.env is not Environment.development:
            key = self.secret_key.get_secret_value() if self.secret_key else ""
            if len(key) < MIN_KEY_LENGTH or len(set(key)) < 10:
                raise ValueError(
                    "STORYLOOM_SECRET_KEY must be set to a random value of at least "
                    f"{MIN_KEY_LENGTH} characters outside development "
                    "(make one: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
                )
        return self

    @property
    def is_production(self) -> bool:
        return self.env is Environment.production

    @property
    def sqlalchemy_url(self) -> str:
        return (
            self.database_url or f"sqlite+aiosqlite:///{(self.data_dir / 'storyloom.db').resolve()}"
        )

    @property
    def is_embedded_database(self) -> bool:
        return self.sqlalchemy_url.startswith("sqlite")

    @property
    def should_auto_migrate(self) -> bool:
        return self.is_embedded_database if self.auto_migrate is None else self.auto_migrate

    @property
    def json_logs(self) -> bool:
        return self.is_production if self.log_json is None else self.log_json

    def signing_key(self) -> str:
        """The configured key, or in development one generated once and kept in the data folder."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
