"""Share link bodies, and what a shared story shows (no owner data, no ids)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, Field, model_validator

from storyloom.db import utcnow
from storyloom.kit.schema import Input, NotBool, Output
from storyloom.stories.schemas import PageAudio


class ShareIn(Input):
    """When the link stops working: a moment, or a number of days from now; neither
    means it works until revoked."""

    expires_at: AwareDatetime | None = Field(None, description="When the link expires.")
    expires_in_days: Annotated[int, Field(ge=1, le=3650), NotBool] | None = Field(
        None, description="Days from now until the link expires."
    )

    @model_validator(mode="after")
    def _one_expiry(self) -> ShareIn:
        if self.expires_at is not None and self.expires_in_days is not None:
            raise ValueError("give expires_at or expires_in_days, not both")
        if self.expires_at is not None and self.expires_at <= utcnow():
            raise ValueError("expires_at must be in the future")
        return self


class ShareOut(Output):
    id: str
    created_at: datetime
    expires_at: datetime | None
    expired: bool


class ShareCreated(ShareOut):
    token: str = Field(description="The secret part of the link; shown only now.")
    url: str = Field(description="The link to give out (the app's shared-story page).")
    api_url: str = Field(description="The shared story's data (GET, no sign-in).")


class SharedPage(Output):
    number: int
    text: str
    image_url: str | None
    audio: PageAudio | None = None


class SharedStory(Output):
    title: str
    cover_url: str | None = Field(
        default=None, description="The book's drawn cover (SVG, no title on it), if it has one."
    )
    pages: list[SharedPage]
    expires_at: datetime | None
