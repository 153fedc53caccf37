"""Building response bodies from stories, pages and pictures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyloom.models import Image, Story, StoryPage
from storyloom.stories.narration import current_audio
from storyloom.stories.schemas import (
    CandidateOut,
    PageAudio,
    PageOut,
    StoryConfig,
    StoryOut,
    StorySummary,
)


def image_url(image_id: str | None) -> str | None:
    return f"/api/images/{image_id}" if image_id else None


def audio_url(page: StoryPage, base: str | None = None) -> str:
    """The narration's address; `v` names its content, so the file under an address
    never changes and it can be cached for good (the offline app keeps it)."""
    where = base or f"/api/stories/{page.story_id}/pages/{page.id}/audio"
    return f"{where}?v={(page.audio_key or '')[:16]}"


def audio_out(audio: dict[str, Any] | None, url: str) -> PageAudio | None:
    if audio is None:
        return None
    return PageAudio.model_validate(
        {
            "url": url,
            "media_type": audio["media_type"],
            "duration": audio["duration"],
            "timing": audio["timing"],
            "voice": audio["voice"],
            "words": [
                {"start": w[0], "end": w[1], "text_start": w[2], "text_end": w[3]}
                for w in audio["words"]
            ],
        }
    )


def page_out(page: StoryPage) -> PageOut:
    return PageOut(
        id=page.id,
        number=page.number,
        text=page.text,
        image_id=page.image_id,
        image_url=image_url(page.image_id),
        audio=audio_out(current_audio(page), audio_url(page)),
    )


def _summary_fields(story: Story, pages: Sequence[StoryPage]) -> dict[str, object]:
    return {
        "id": story.id,
        "title": story.title,
        "status": story.status,
        "band": story.band,
        "page_count": len(pages),
        "cover_image_id": pages[0].image_id if pages else None,
        "text_engine": story.text_engine,
        "image_engine": story.image_engine,
        "reading_note": story.reading_note,
        "created_at": story.created_at,
        "updated_at": story.updated_at,
    }


def summary_out(story: Story, pages: Sequence[StoryPage]) -> StorySummary:
    return StorySummary.model_validate(_summary_fields(story, pages))


def story_out(story: Story, pages: Sequence[StoryPage], job_id: str | None) -> StoryOut:
    return StoryOut.model_validate(
        {
            **_summary_fields(story, pages),
            "job_id": job_id,
            "config": StoryConfig.model_validate(story.config),
            "pages": [page_out(p) for p in pages],
        }
    )


def candidate_out(image: Image, selected: bool) -> CandidateOut:
    return CandidateOut(
        id=image.id,
        media_type=image.media_type,
        width=image.width,
        height=image.height,
        url=f"/api/images/{image.id}",
        selected=selected,
        created_at=image.created_at,
        expires_at=image.expires_at,
    )
