"""Response bodies of the admin API (the admin area of the web app reads these)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from storyloom.jobs.schemas import JobOut
from storyloom.kit.schema import Input, Output

ComponentStatus = Literal["ok", "degraded", "down", "off"]


class Component(Output):
    status: ComponentStatus
    detail: str = Field("", description="What was found, for a person to read.")
    latency_ms: float | None = Field(None, description="How long the check took.")


class HealthOut(Output):
    status: ComponentStatus = Field(description="The worst status of any component.")
    version: str
    pid: int = Field(description="The server process that answered.")
    uptime_seconds: float = Field(description="Since this server process started.")
    components: dict[str, Component] = Field(
        description="database, redis, job_runner, providers (one per provider with a "
        "circuit breaker), media, cache."
    )


class AdminJob(JobOut):
    owner_id: str
    owner_email: str | None
    story_title: str | None
    lease_owner: str | None = Field(description="The process running it (when running).")
    lease_expires_at: datetime | None


class AdminJobList(Output):
    items: list[AdminJob]
    counts: dict[str, int] = Field(description="Jobs by status, in the whole database.")


class UserUsage(Output):
    id: str
    email: str
    display_name: str
    role: str
    disabled: bool
    created_at: datetime
    stories: int = Field(description="Stories started this month (UTC).")
    images: int = Field(description="Pictures drawn this month.")
    cost_usd: float = Field(description="Estimated provider spend this month (USD).")
    stories_total: int = Field(description="Stories the user has now.")
    characters_total: int


class AdminUserIn(Input):
    disabled: bool | None = Field(
        None, description="true disables the account (ending its sessions); false enables it."
    )
    role: Literal["user", "admin"] | None = None


class AdminUserOut(Output):
    id: str
    email: str
    display_name: str
    role: str
    disabled: bool


class ResetLinkOut(Output):
    url: str = Field(description="Give it to the user: it works once.")
    expires_at: datetime


class UserUsageList(Output):
    items: list[UserUsage]
    total: int = Field(description="Users matching the filter.")
    month: str


class SafetyBlockOut(Output):
    at: datetime
    category: str
    source: Literal["input", "output"] = Field(
        description="input: a user typed it (422 answered); output: an engine wrote it "
        "(rewritten, or the job failed)."
    )
    field: str | None = None
    matched: str | None = Field(None, description="The refused word or phrase.")
    user_id: str | None = None
    user_email: str | None = Field(None, description="Who it was (when the user still exists).")
    user_name: str | None = None
    path: str | None = Field(None, description="The API path, for input blocks.")
    job_id: str | None = Field(None, description="The failed job, for output blocks.")


class SafetyBlocks(Output):
    items: list[SafetyBlockOut]
    by_category: dict[str, int]
    kept: str = Field(
        description="Where these come from: a ring of recent blocks (in memory per process, "
        "or shared in Redis) plus jobs that failed on unsafe output (database)."
    )


class SeriesPoint(Output):
    start: datetime
    requests: int
    errors: int = Field(description="5xx answers.")
    latency_avg_ms: float | None
    latency_p95_ms: float | None = Field(description="Upper bound of the p95 bucket.")
    jobs_created: int
    jobs_succeeded: int
    jobs_failed: int
    cost_usd: float
    provider_calls: int


class TimeSeries(Output):
    step_minutes: int
    points: list[SeriesPoint]
    sources: dict[str, str] = Field(description="Where each figure comes from.")
