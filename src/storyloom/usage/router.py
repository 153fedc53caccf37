"""Your usage this month (or another month)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from storyloom.auth.deps import CurrentUser
from storyloom.config import NarratorKind, Settings
from storyloom.deps import SettingsDep
from storyloom.kit.schema import Output
from storyloom.usage.deps import UsageServiceDep

router = APIRouter(prefix="/api/usage", tags=["usage"])


class UsageOut(Output):
    month: str
    stories: int
    pages: int
    images: int
    tokens_in: int
    tokens_out: int
    provider_calls: int
    cost_usd: float
    limit_stories: int | None
    limit_images: int | None
    limit_cost_usd: float | None
    paid_providers: bool = Field(
        description="A paid provider (text, pictures or voice) is configured: only then can "
        "stories cost money."
    )


def paid_providers(settings: Settings) -> bool:
    """Whether anything that bills by use is configured (the built-in engines cost nothing)."""
    speech = settings.narrator is NarratorKind.speech and settings.speech_base_url is not None
    return bool(settings.llm_base_url or settings.images_base_url or speech)


Month = Annotated[
    str | None,
    Query(
        pattern=r"^(19|20|21)\d\d-(0[1-9]|1[0-2])$",
        description="YYYY-MM (UTC); default: this month.",
    ),
]


@router.get("", response_model=UsageOut)
async def get_usage(
    user: CurrentUser, service: UsageServiceDep, settings: SettingsDep, month: Month = None
) -> UsageOut:
    """Stories started, pages, pictures, tokens and estimated provider cost (USD) in a
    month, with your monthly limits (null: unlimited)."""
    usage = await service.month(user.id, month)
    return UsageOut(
        month=usage.month,
        stories=usage.stories,
        pages=usage.pages,
        images=usage.images,
        tokens_in=usage.tokens_in,
        tokens_out=usage.tokens_out,
        provider_calls=usage.provider_calls,
        cost_usd=usage.cost_usd,
        limit_stories=settings.quota_stories_per_month,
        limit_images=settings.quota_images_per_month,
        limit_cost_usd=settings.quota_cost_usd_per_month,
        paid_providers=paid_providers(settings),
    )
