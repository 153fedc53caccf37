"""Narration from an OpenAI-compatible speech endpoint (`POST /audio/speech`, e.g.
gpt-4o-mini-tts or tts-1), through the provider kit: retries, the breaker, the answer
cache and usage records like every provider call.

The audio is asked for as WAV, checked and encoded to MP3 here (the same format as the
offline voice, for the reader and the EPUB). Such endpoints give no word timings, so the
timings are an estimate: the speech span of the clip shared out by word length
(`"timing": "estimated"`). A pronunciation hint is read as written ("shiv-awn").
"""

from __future__ import annotations

import base64
import io
import wave
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from storyloom.engines.narrator.hints import hint_for
from storyloom.engines.narrator.mp3 import encode_mp3
from storyloom.engines.narrator.piper_voice import _speech_span
from storyloom.engines.narrator.port import MP3, Narration, NarratorError
from storyloom.engines.narrator.words import spread, written_words
from storyloom.providers.errors import ProviderBadOutput, ProviderError
from storyloom.providers.kit import ProviderKit, speech_kit

if TYPE_CHECKING:
    from storyloom.config import Settings
    from storyloom.providers.cache import ProviderCache
    from storyloom.providers.resilience import Breakers
    from storyloom.providers.usage import UsageSink

CACHE_NAMESPACE = "speech"
MAX_INPUT = 4096  # the API's limit on `input`


def said_text(text: str, hints: Mapping[str, str]) -> str:
    """The page with hinted names replaced by their respelling, lower case."""
    parts: list[str] = []
    at = 0
    for word in written_words(text):
        found = hint_for(word, hints)
        if found is None:
            continue
        hint, possessive = found
        parts.append(text[at : word.start])
        parts.append(hint.lower() + ("'s" if possessive else ""))
        at = word.end
    parts.append(text[at:])
    return "".join(parts)


def _pcm(data: bytes, provider: str) -> tuple[np.ndarray, int]:
    """Mono 16-bit samples and their rate from a WAV answer."""
    try:
        with wave.open(io.BytesIO(data)) as wav:
            rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as exc:
        raise ProviderBadOutput(
            f"{provider} returned audio that is not WAV.", provider=provider
        ) from exc
    if width != 2 or channels not in (1, 2) or not 8000 <= rate <= 48000 or not frames:
        raise ProviderBadOutput(
            f"{provider} returned audio we cannot use ({channels} ch, {8 * width} bit, {rate} Hz).",
            provider=provider,
        )
    samples = np.frombuffer(frames, dtype="<i2")
    if channels == 2:
        samples = samples.reshape(-1, 2).mean(axis=1).astype(np.int16)
    return samples, rate


class SpeechApiNarrator:
    def __init__(self, kit: ProviderKit, voice_name: str) -> None:
        self.kit = kit
        self.voice_name = voice_name

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        cache: ProviderCache | None = None,
        sink: UsageSink | None = None,
        breakers: Breakers | None = None,
    ) -> SpeechApiNarrator | None:
        kit = speech_kit(settings, cache=cache, sink=sink, breakers=breakers)
        return None if kit is None else cls(kit, settings.speech_voice)

    @property
    def voice(self) -> str:
        return f"speech:{self.kit.model}:{self.voice_name}:mp3-48"

    async def close(self) -> None:
        await self.kit.close()

    async def warm(self) -> None:
        """Nothing to load: the voice is the endpoint's."""

    async def narrate(
        self, text: str, *, hints: Mapping[str, str] | None = None, pace: float = 1.0
    ) -> Narration:
        words = written_words(text)
        if not words:
            raise NarratorError("the page has no words to say")
        said = said_text(text, hints or {})[:MAX_INPUT]
        speed = round(min(4.0, max(0.25, 1.0 / pace)), 2)
        wav = await self._speech(said, speed)
        samples, rate = _pcm(wav, self.kit.name)
        start, end = _speech_span(samples, rate)
        return Narration(
            data=encode_mp3(samples.tobytes(), rate),
            media_type=MP3,
            duration=round(samples.size / rate, 3),
            words=spread(words, start, end),
            timing="estimated",
        )

    async def _speech(self, said: str, speed: float) -> bytes:
        kit = self.kit
        key: dict[str, Any] = {
            "model": kit.model,
            "voice": self.voice_name,
            "input": said,
            "speed": speed,
            "format": "wav",
        }
        meter = kit.meter()
        tokens = len(said) // 4 + 1  # priced per input token (or character) by providers
        if kit.cache is not None and (hit := await kit.cache.get(CACHE_NAMESPACE, key)):
            await meter.ok(tokens_in=tokens, cached=True)
            return base64.b64decode(str(hit.get("wav", "")))
        try:
            response = await kit.resilience.call(
                lambda: kit.client.audio.speech.create(
                    model=kit.model,
                    voice=self.voice_name,
                    input=said,
                    response_format="wav",
                    speed=speed,
                )
            )
            data = response.content
        except ProviderError as exc:
            await meter.failed(exc.code.value)
            raise
        await meter.ok(tokens_in=tokens)
        if kit.cache is not None:
            await kit.cache.set(CACHE_NAMESPACE, key, {"wav": base64.b64encode(data).decode()})
        return data
