"""Narrating a story's pages: audio through the media store, word timings on the page.

A page is narrated again only when what would be said changed: its `audio_hash` is the
hash of the text, the voice, the pace of the story's age band and the pronunciation
hints of the names on the page. Each page's audio is stored (durable) before its row is
updated, and the row only while its text is still the text that was said, so narrating
is idempotent, resumable and safe beside a page edit. Audio nothing points at any more is
removed by the media sweep (jobs.cleanup), like pictures.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import CursorResult, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storyloom.db import session_scope
from storyloom.engines.bands import AgeBand
from storyloom.engines.narrator import Narration, Narrator, NarratorError
from storyloom.engines.narrator.words import WORD
from storyloom.media import MediaStore
from storyloom.models import Character, Story, StoryPage
from storyloom.stories.repository import StoryRepository

log = structlog.get_logger(__name__)

# Younger listeners get a slower voice (Piper's length scale: >1 is slower).
PACE = {
    AgeBand.toddler: 1.2,
    AgeBand.preschool: 1.12,
    AgeBand.early_reader: 1.05,
    AgeBand.independent: 1.0,
}

Progress = Callable[[int, int], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Narrated:
    made: int  # pages narrated now
    kept: int  # pages whose audio was already current
    failed: int  # pages the voice could not say


def pace_of(story: Story) -> float:
    try:
        return PACE[AgeBand(story.band)]
    except ValueError:
        return 1.0


def page_hints(text: str, hints: Mapping[str, str]) -> dict[str, str]:
    """The hints of the names that appear on this page."""
    said = {m.group(0).casefold() for m in WORD.finditer(text)}
    said |= {w.removesuffix("'s").removesuffix("\u2019s") for w in said}
    return {name: hint for name, hint in hints.items() if name.casefold() in said}


def audio_hash(text: str, voice: str, pace: float, hints: Mapping[str, str]) -> str:
    raw = json.dumps([text, voice, pace, sorted(hints.items())], ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()


def audio_details(narration: Narration, voice: str) -> dict[str, Any]:
    """What is kept on the page: compact word timings [start, end, from, to]."""
    return {
        "voice": voice,
        "media_type": narration.media_type,
        "duration": narration.duration,
        "bytes": len(narration.data),
        "timing": narration.timing,
        "words": [[w.start, w.end, w.text_start, w.text_end] for w in narration.words],
    }


def current_audio(page: StoryPage) -> dict[str, Any] | None:
    """The page's narration when it still says the page's text, else None."""
    if page.audio_key is None or page.audio is None:
        return None
    if page.audio.get("text_hash") != text_hash(page.text):
        return None
    return page.audio


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


async def story_hints(session: AsyncSession, story: Story) -> dict[str, str]:
    """Written name -> pronunciation hint, for the story's cast."""
    ids = [str(m.get("character_id")) for m in story.config.get("cast", [])]
    if not ids:
        return {}
    rows = await session.execute(
        select(Character.name, Character.pronunciation).where(
            Character.owner_id == story.owner_id, Character.id.in_(ids)
        )
    )
    hints: dict[str, str] = {}
    for name, said in rows.all():
        if said:
            hints[name] = said
            first = name.split()[0]  # "Siobhan" is said the same in "Siobhan Kelly"
            hints.setdefault(first, said if " " not in said.strip() else said.split()[0])
    return hints


async def narrate_story(
    sessions: async_sessionmaker[AsyncSession],
    media: MediaStore,
    narrator: Narrator,
    story_id: str,
    *,
    progress: Progress | None = None,
) -> Narrated:
    """Narrate every page whose audio is missing or stale."""
    async with session_scope(sessions) as session:
        story = await StoryRepository(session).get_any(story_id)
        if story is None:
            return Narrated(0, 0, 0)
        pages: Sequence[StoryPage] = await StoryRepository(session).pages(story.id)
        hints = await story_hints(session, story)
        pace = pace_of(story)
        todo = [
            (p.id, p.number, p.text)
            for p in pages
            if p.audio_key is None
            or p.audio_hash != audio_hash(p.text, narrator.voice, pace, page_hints(p.text, hints))
        ]
    made = failed = 0
    for index, (page_id, number, text) in enumerate(todo, start=1):
        own = page_hints(text, hints)
        try:
            narration = await narrator.narrate(text, hints=own, pace=pace)
        except NarratorError as exc:
            log.warning("page_not_narrated", story_id=story_id, page=number, error=str(exc))
            failed += 1
            continue
        key = await media.put(narration.data, narration.media_type)
        details = audio_details(narration, narrator.voice) | {"text_hash": text_hash(text)}
        async with session_scope(sessions) as session:
            result: Any = await session.execute(
                update(StoryPage)
                .where(StoryPage.id == page_id, StoryPage.text == text)
                .values(
                    audio_key=key,
                    audio_hash=audio_hash(text, narrator.voice, pace, own),
                    audio=details,
                )
            )
            assert isinstance(result, CursorResult)
            made += int(result.rowcount == 1)
        if progress is not None:
            await progress(index, len(todo))
    return Narrated(made, len(pages) - len(todo), failed)
