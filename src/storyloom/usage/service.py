"""Recording provider calls, monthly usage per user and the quotas built on it.

Months are calendar months in UTC. Stories count story jobs started (a deleted story still
counts); images and money come from `provider_calls`, where the built-in engines record
their pictures at zero cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.config import Settings
from storyloom.db import session_scope, utcnow
from storyloom.errors import AppError
from storyloom.models import Job, ProviderCallRecord
from storyloom.providers.usage import ProviderCall


class QuotaExceeded(AppError):
    status, code, title = 429, "quota_exceeded", "Monthly limit reached"


def month_bounds(month: str | None) -> tuple[datetime, datetime]:
    """[start, end) of a YYYY-MM month in UTC; the current month when None."""
    now = utcnow()
    year, number = (now.year, now.month) if month is None else map(int, month.split("-"))
    start = datetime(year, number, 1, tzinfo=UTC)
    end = datetime(year + (number == 12), number % 12 + 1, 1, tzinfo=UTC)
    return start, end


@dataclass(frozen=True, slots=True)
class Usage:
    month: str
    stories: int
    pages: int
    images: int
    tokens_in: int
    tokens_out: int
    provider_calls: int
    cost_usd: float


class DatabaseUsageSink:
    """The providers' `UsageSink`: one row per call, in its own short transaction."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def record(
        self, call: ProviderCall, *, user_id: str | None, story_id: str | None
    ) -> None:
        async with session_scope(self.sessions) as session:
            session.add(
                ProviderCallRecord(
                    user_id=user_id,
                    story_id=story_id,
                    provider=call.provider,
                    model=call.model,
                    tokens_in=call.tokens_in,
                    tokens_out=call.tokens_out,
                    images=call.images,
                    cost_usd=call.estimated_cost_usd,
                    cached=call.cached,
                    ok=call.ok,
                    error_code=call.error_code,
                    latency_ms=call.latency_ms,
                )
            )


class UsageService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    async def month(self, user_id: str, month: str | None = None) -> Usage:
        start, end = month_bounds(month)
        jobs = await self.session.execute(
            select(func.count(), func.coalesce(func.sum(Job.pages_total), 0)).where(
                Job.owner_id == user_id,
                Job.kind == "story",
                Job.created_at >= start,
                Job.created_at < end,
            )
        )
        stories, pages = jobs.one()
        calls = await self.session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(ProviderCallRecord.images), 0),
                func.coalesce(func.sum(ProviderCallRecord.tokens_in), 0),
                func.coalesce(func.sum(ProviderCallRecord.tokens_out), 0),
                func.coalesce(func.sum(ProviderCallRecord.cost_usd), 0.0),
            ).where(
                ProviderCallRecord.user_id == user_id,
                ProviderCallRecord.created_at >= start,
                ProviderCallRecord.created_at < end,
            )
        )
        count, images, tokens_in, tokens_out, cost = calls.one()
        return Usage(
            month=f"{start.year:04d}-{start.month:02d}",
            stories=int(stories),
            pages=int(pages),
            images=int(images),
            tokens_in=int(tokens_in),
            tokens_out=int(tokens_out),
            provider_calls=int(count),
            cost_usd=round(float(cost), 6),
        )

    async def ensure_allowed(self, user_id: str, *, stories: int = 0, images: int = 0) -> None:
        """429 `quota_exceeded` when this request would pass a monthly limit."""
        settings = self.settings
        used = await self.month(user_id)
        _, end = month_bounds(None)
        wait = max(1, int((end - utcnow()).total_seconds()))
        headers = {"Retry-After": str(wait)}

        def refuse(what: str, limit: float | int) -> QuotaExceeded:
            return QuotaExceeded(
                f"You have reached this month's limit of {limit} {what}. "
                f"It resets on {end.date().isoformat()} (UTC).",
                headers=headers,
                retry_after=wait,
                limit=what,
            )

        stories_limit = settings.quota_stories_per_month
        if stories and stories_limit is not None and used.stories + stories > stories_limit:
            raise refuse("stories", stories_limit)
        images_limit = settings.quota_images_per_month
        if images and images_limit is not None and used.images + images > images_limit:
            raise refuse("pictures", images_limit)
        cost_limit = settings.quota_cost_usd_per_month
        if cost_limit is not None and used.cost_usd >= cost_limit:
            raise refuse("USD of provider costs", cost_limit)
