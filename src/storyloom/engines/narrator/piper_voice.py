"""The offline narrator: a Piper voice (ONNX, on the CPU) with its phoneme alignments.

Word timings come from the voice itself: Piper's model can report how many audio samples
each phoneme lasts (the model is patched in memory to expose that tensor when it is
loaded, see `piper.patch_voice_with_alignment`). The phonemes of each sentence are grouped
into spoken words at spaces and punctuation, and the groups are matched to the written
words (see `words`). The voice loads once per process (about two seconds) and is shared.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from storyloom.engines.narrator.hints import STRESS, spoken_text
from storyloom.engines.narrator.mp3 import DELAY_SAMPLES, encode_mp3
from storyloom.engines.narrator.port import MP3, Narration, NarratorError
from storyloom.engines.narrator.voices import VoiceFiles
from storyloom.engines.narrator.words import (
    Phone,
    Span,
    Written,
    align_phones,
    match_groups,
    spread,
    written_words,
)

SENTENCE_GAP_SECONDS = 0.25  # a breath between sentences, for young listeners
MARKS = {" ", "^", "$", "_", ".", ",", "!", "?", ";", ":", "(", ")", '"', "-", "—", "…"}
_LOADED: dict[str, Any] = {}
_LOAD_LOCK = threading.Lock()


def _load(files: VoiceFiles) -> Any:
    from piper import PiperVoice

    key = str(files.model)
    with _LOAD_LOCK:
        if key not in _LOADED:
            _LOADED[key] = PiperVoice.load(files.model, files.config, include_alignments=True)
        return _LOADED[key]


@dataclass
class Spoken:
    pcm: np.ndarray
    groups: list[Span]
    phones: list[Phone]
    aligned: bool
    sample_rate: int


class PiperNarrator:
    def __init__(self, files: VoiceFiles, *, kbps: int = 48) -> None:
        self.files = files
        self.kbps = kbps
        self._lock = asyncio.Lock()  # one page at a time: synthesis uses every core
        digest = hashlib.sha256(files.config.read_bytes()).hexdigest()[:8]
        self._voice = f"piper:{files.name}:{digest}:mp3-{kbps}"

    @property
    def voice(self) -> str:
        return self._voice

    async def narrate(
        self, text: str, *, hints: Mapping[str, str] | None = None, pace: float = 1.0
    ) -> Narration:
        async with self._lock:
            return await asyncio.to_thread(self.narrate_sync, text, hints or {}, pace)

    def load(self) -> Any:
        return _load(self.files)

    def _phonemize(self, voice: Any, text: str) -> str:
        return " ".join("".join(sentence) for sentence in voice.phonemize(text))

    def _word_phones(self, voice: Any, word: Written, hints: Mapping[str, str]) -> str:
        """The word said on its own, as phonemes without stress or punctuation."""
        alone = [Written(word.text, 0, len(word.text))]
        spoken = spoken_text(word.text, alone, hints, lambda t: self._phonemize(voice, t))
        if spoken.startswith("[["):
            sound = spoken[2 : spoken.index("]]")]
        else:
            sound = self._phonemize(voice, spoken)
        return "".join(ch for ch in sound if ch not in MARKS and ch not in STRESS)

    def _speak(self, voice: Any, text: str, pace: float) -> Spoken:
        from piper import SynthesisConfig

        rate = int(voice.config.sample_rate)
        length = float(voice.config.length_scale) * pace
        gap = np.zeros(int(SENTENCE_GAP_SECONDS * rate), dtype=np.int16)
        pieces: list[np.ndarray] = []
        groups: list[Span] = []
        phones: list[Phone] = []
        aligned = True
        at = 0  # samples so far
        for n, chunk in enumerate(
            voice.synthesize(text, SynthesisConfig(length_scale=length), include_alignments=True)
        ):
            if n:
                pieces.append(gap)
                at += len(gap)
            audio = chunk.audio_int16_array
            pieces.append(audio)
            if chunk.phoneme_alignments is None:
                aligned = False
            else:
                cursor = at
                current: list[int] | None = None
                stressed: int | None = None  # a stress mark's time belongs to its vowel
                for item in chunk.phoneme_alignments:
                    length_samples = int(item.num_samples)
                    if item.phoneme in STRESS:
                        stressed = cursor
                    elif item.phoneme not in MARKS:
                        begin = cursor if stressed is None else stressed
                        phones.append(
                            Phone(item.phoneme, begin / rate, (cursor + length_samples) / rate)
                        )
                        stressed = None
                    if item.phoneme in MARKS:
                        if current is not None:
                            groups.append(Span(current[0] / rate, current[1] / rate))
                            current = None
                    elif current is None:
                        current = [cursor, cursor + length_samples]
                    else:
                        current[1] = cursor + length_samples
                    cursor += length_samples
                if current is not None:
                    groups.append(Span(current[0] / rate, current[1] / rate))
            at += len(audio)
        pcm = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
        return Spoken(pcm, groups, phones, aligned, rate)

    def narrate_sync(self, text: str, hints: Mapping[str, str], pace: float = 1.0) -> Narration:
        words = written_words(text)
        if not words:
            raise NarratorError("the page has no words to say")
        voice = self.load()
        spoken = spoken_text(text, words, hints, lambda t: self._phonemize(voice, t))
        said = self._speak(voice, spoken, pace)
        if said.pcm.size == 0:
            raise NarratorError("the voice made no sound for this page")
        rate = said.sample_rate
        duration = said.pcm.size / rate
        timings = None
        if said.aligned and said.groups:
            timings = match_groups(words, said.groups)
            if timings is None and said.phones:
                own = [self._word_phones(voice, word, hints) for word in words]
                timings = align_phones(words, own, said.phones)
        method = "aligned" if timings is not None else "estimated"
        if timings is None:
            start, end = _speech_span(said.pcm, rate)
            timings = spread(words, start, end)
        delay = DELAY_SAMPLES / rate
        shifted = [
            type(t)(round(t.start + delay, 3), round(t.end + delay, 3), t.text_start, t.text_end)
            for t in timings
        ]
        data = encode_mp3(said.pcm.tobytes(), rate, kbps=self.kbps)
        return Narration(
            data=data,
            media_type=MP3,
            duration=round(duration + delay, 3),
            words=shifted,
            timing=method,
            extra={"samples": int(said.pcm.size), "sample_rate": rate},
        )


def _speech_span(pcm: np.ndarray, rate: int) -> tuple[float, float]:
    """From the first to the last sample louder than near-silence."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > 500)
    if loud.size == 0:
        return 0.0, pcm.size / rate
    return float(loud[0]) / rate, float(loud[-1] + 1) / rate
