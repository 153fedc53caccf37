"""The StoryWriter port and its built-in, offline adapter."""

from __future__ import annotations

from typing import Protocol

from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest


class StoryWriter(Protocol):
    async def write(self, request: StoryRequest) -> StoryDraft: ...


class ProceduralWriter:
    """Writes from templates in about a millisecond; needs no model and no network."""

    async def write(self, request: StoryRequest) -> StoryDraft:
        # Pure CPU work that finishes in milliseconds: no need to leave the event loop.
        return write_story(request)
