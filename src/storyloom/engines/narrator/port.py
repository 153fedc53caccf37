"""The Narrator port: a page's text in, compressed audio and word timings out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

MP3 = "audio/mpeg"


class NarratorError(Exception):
    """The voice could not speak this text (a broken voice file, an empty page)."""


@dataclass(frozen=True, slots=True)
class WordTiming:
    """When one written word is spoken: seconds into the clip, and where the word stands
    in the page text (character offsets, end exclusive)."""

    start: float
    end: float
    text_start: int
    text_end: int


@dataclass(frozen=True, slots=True)
class Narration:
    data: bytes
    media_type: str
    duration: float
    words: list[WordTiming]
    # "aligned": from the voice's own phoneme durations; "estimated": spread over the
    # clip by length (the voice gave no usable alignment for this text).
    timing: str = "aligned"
    extra: dict[str, object] = field(default_factory=dict)


class Narrator(Protocol):
    """Speaks page text. `voice` names the voice and its settings: the same text with the
    same voice gives the same audio, so a page is narrated again only when either changes.
    `hints` map a written name to how it is said ("Siobhan" -> "shiv-AWN")."""

    @property
    def voice(self) -> str: ...

    async def narrate(
        self, text: str, *, hints: Mapping[str, str] | None = None, pace: float = 1.0
    ) -> Narration: ...

    async def warm(self) -> None:
        """Get ready to speak (load a voice) so the first page does not wait for it; the
        story pipeline calls it when a book starts. Errors surface when narrating."""
        ...
