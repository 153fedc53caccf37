"""Share links: made by a story's owner (token shown once, stored hashed), listed,
revoked; and opened by anyone holding the token, read-only."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.config import Settings
from storyloom.db import utcnow
from storyloom.errors import InvalidInput, NotFound
from storyloom.export.book import Cover, drawn_cover, load_rows
from storyloom.media import MediaNotFound, MediaStore
from storyloom.models import Story, StoryPage, StoryShare, StoryStatus
from storyloom.sharing.repository import ShareRepository
from storyloom.sharing.schemas import ShareIn
from storyloom.stories.errors import StoryBusy
from storyloom.stories.narration import current_audio

ROBOTS = {"X-Robots-Tag": "noindex, nofollow", "Cache-Control": "private"}


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SharedNotFound(NotFound):
    """Unknown, revoked and expired links look the same."""

    def __init__(self) -> None:
        super().__init__("This link does not work (any more).", headers=dict(ROBOTS))


@dataclass(frozen=True, slots=True)
class SharedPicture:
    data: bytes
    media_type: str
    etag: str


def expired(share: StoryShare) -> bool:
    return share.expires_at is not None and share.expires_at <= utcnow()


COVER_ASPECT = 0.75  # a book's cover, taller than wide, as the reader shows it


class ShareService:
    def __init__(self, session: AsyncSession, settings: Settings, store: MediaStore) -> None:
        self.session = session
        self.settings = settings
        self.store = store
        self.shares = ShareRepository(session)

    async def create(self, story: Story, body: ShareIn) -> tuple[StoryShare, str]:
        if story.status == StoryStatus.generating:
            raise StoryBusy("Share the story once it is finished.")
        now = utcnow()
        longest = now + timedelta(days=self.settings.share_max_days)
        expires_at = body.expires_at
        if body.expires_in_days is not None:
            expires_at = now + timedelta(days=body.expires_in_days)
        if expires_at is not None and expires_at > longest:
            raise InvalidInput(
                f"A link lasts at most {self.settings.share_max_days} days.",
                code="expiry_too_far",
            )
        token = secrets.token_urlsafe(24)
        share = StoryShare(
            story_id=story.id,
            owner_id=story.owner_id,
            token_hash=token_hash(token),
            created_at=now,
            expires_at=expires_at,
        )
        return await self.shares.add(share), token

    async def list(self, story: Story) -> Sequence[StoryShare]:
        return await self.shares.for_story(story.id)

    async def get(self, owner_id: str, share_id: str) -> StoryShare:
        share = await self.shares.get(owner_id, share_id)
        if share is None:
            raise NotFound("No such share link.")
        return share

    async def revoke(self, share: StoryShare) -> None:
        await self.shares.delete(share)

    async def open(self, token: str) -> tuple[StoryShare, Story]:
        found = await self.shares.story_by_token_hash(token_hash(token))
        if found is None or expired(found[0]):
            raise SharedNotFound()
        return found

    async def pages(self, story: Story) -> Sequence[StoryPage]:
        return await self.shares.pages(story.id)

    async def picture(self, token: str, number: int) -> SharedPicture:
        _, story = await self.open(token)
        image = await self.shares.page_image(story, number)
        if image is None:
            raise SharedNotFound()
        try:
            data = await self.store.get(image.key)
        except MediaNotFound as exc:
            raise SharedNotFound() from exc
        return SharedPicture(data, image.media_type, f'"{image.key}"')

    async def drawn_cover(self, story: Story) -> Cover | None:
        """The book's drawn cover (as the reader and the exports show it), or None when it
        has none (no pages yet, or pictures from an images API)."""
        rows = await load_rows(self.session, story)
        return drawn_cover(rows) if rows.pages else None

    async def cover(self, token: str, aspect: float = COVER_ASPECT) -> bytes:
        _, story = await self.open(token)
        cover = await self.drawn_cover(story)
        if cover is None:
            raise SharedNotFound()
        return cover.art(aspect).data

    async def audio(self, token: str, number: int) -> SharedPicture:
        """The narration of page `number` (MP3), when it says the page's current text."""
        _, story = await self.open(token)
        page = await self.shares.page(story, number)
        audio = current_audio(page) if page is not None else None
        if page is None or audio is None or page.audio_key is None:
            raise SharedNotFound()
        try:
            data = await self.store.get(page.audio_key)
        except MediaNotFound as exc:
            raise SharedNotFound() from exc
        return SharedPicture(data, str(audio["media_type"]), f'"{page.audio_key}"')
