"""The offline narrator: a Piper voice (ONNX, on the CPU) with its phoneme alignments.

Word timings come from the voice itself: Piper's model can report how many audio samples
each phoneme lasts (the model is patched in memory to expose that tensor when it is
loaded, see `piper.patch_voice_with_alignment`). The phonemes of each sentence are grouped
into spoken words at spaces and punctuation, and the groups are matched to the written
words (see `words`).

Speed: the voice loads once per process (about two seconds) and is kept. A page is
phonemised once; its sentences are synthesised side by side on a small pool of threads
(one ONNX Runtime session, one thread per run and no spinning: on a shared or busy CPU,
threads inside one run mostly wait on each other, while whole sentences in parallel keep
every core busy). LAME encodes at its fast setting, plenty for speech.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import os
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from storyloom.engines.narrator.hints import STRESS, hint_for, spoken_text
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
MAX_WORKERS = 4
_POOL: ThreadPoolExecutor | None = None


def workers() -> int:
    """Sentences synthesised at once: one per core this process may use, at most four."""
    return max(1, min(MAX_WORKERS, len(os.sched_getaffinity(0))))


def _pool() -> ThreadPoolExecutor:
    global _POOL
    with _LOAD_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(workers(), thread_name_prefix="piper")
        return _POOL


def _session(model: bytes | str) -> Any:
    import onnxruntime  # type: ignore[import-untyped]

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # parallel across sentences instead, see above
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(
        model, sess_options=options, providers=["CPUExecutionProvider"]
    )


def _load(files: VoiceFiles) -> Any:
    """The Piper voice, its model patched in memory to report phoneme durations (as
    `PiperVoice.load(..., include_alignments=True)` does), with our session options."""
    import onnx
    from piper import PiperVoice
    from piper.config import PiperConfig
    from piper.patch_voice_with_alignment import add_alignment_output

    key = str(files.model)
    with _LOAD_LOCK:
        if key not in _LOADED:
            model = onnx.load(str(files.model))
            with contextlib.suppress(ValueError):  # already patched: used as it is
                add_alignment_output(model)
            config = PiperConfig.from_dict(json.loads(files.config.read_text()))
            session = _session(model.SerializeToString())
            _LOADED[key] = PiperVoice(config=config, session=session)
        return _LOADED[key]


@dataclass(frozen=True, slots=True)
class Sentence:
    pcm: np.ndarray  # int16, peak-normalised like Piper's own output
    phones: list[tuple[str, int]] | None  # (phoneme, samples), None: no alignment


def _sentence(voice: Any, phonemes: Sequence[str], length: float) -> Sentence:
    """One sentence through the model, with how many samples each phoneme lasts (as
    Piper's `synthesize` computes them: a phoneme's ids and the pad after it)."""
    from piper import SynthesisConfig
    from piper.const import BOS, EOS, PAD

    ids = voice.phonemes_to_ids(list(phonemes))
    result = voice.phoneme_ids_to_audio(
        ids, SynthesisConfig(length_scale=length), include_alignments=True
    )
    audio, samples = result if isinstance(result, tuple) else (result, None)
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    audio = audio / peak if peak >= 1e-8 else np.zeros_like(audio)
    pcm = np.clip(audio * 32767.0, -32767.0, 32767.0).astype(np.int16)
    if samples is None or len(samples) != len(ids):
        return Sentence(pcm, None)
    id_map = voice.config.phoneme_id_map
    pad = list(id_map.get(PAD, []))
    phones: list[tuple[str, int]] = []
    at = 0
    for phoneme in itertools.chain([BOS], phonemes, [EOS]):
        expected = list(id_map.get(phoneme, [])) + (pad if phoneme != EOS else [])
        if ids[at : at + len(expected)] != expected:
            return Sentence(pcm, None)
        phones.append((phoneme, int(sum(samples[at : at + len(expected)]))))
        at += len(expected)
    return Sentence(pcm, phones)


@dataclass
class Spoken:
    pcm: np.ndarray
    groups: list[Span]
    phones: list[Phone]
    aligned: bool
    sample_rate: int
    said: str  # the phonemes given to the model, sentences joined by spaces


class PiperNarrator:
    def __init__(self, files: VoiceFiles, *, kbps: int = 48) -> None:
        self.files = files
        self.kbps = kbps
        self._lock = asyncio.Lock()  # one page at a time: synthesis uses every core
        self._alone: dict[tuple[str, tuple[str, bool] | None], str] = {}
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

    async def warm(self) -> None:
        await asyncio.to_thread(self.load)

    def load(self) -> Any:
        return _load(self.files)

    def _phonemize(self, voice: Any, text: str) -> str:
        return " ".join("".join(sentence) for sentence in voice.phonemize(text))

    def _word_phones(self, voice: Any, word: Written, hints: Mapping[str, str]) -> str:
        """The word said on its own, as phonemes without stress or punctuation (kept:
        the same words come back on every page)."""
        key = (word.text, hint_for(word, hints))
        if key not in self._alone:
            self._alone[key] = self._say_alone(voice, word, hints)
        return self._alone[key]

    def _say_alone(self, voice: Any, word: Written, hints: Mapping[str, str]) -> str:
        alone = [Written(word.text, 0, len(word.text))]
        spoken = spoken_text(word.text, alone, hints, lambda t: self._phonemize(voice, t))
        if spoken.startswith("[["):
            sound = spoken[2 : spoken.index("]]")]
        else:
            sound = self._phonemize(voice, spoken)
        return "".join(ch for ch in sound if ch not in MARKS and ch not in STRESS)

    def _speak(self, voice: Any, text: str, pace: float) -> Spoken:
        rate = int(voice.config.sample_rate)
        length = float(voice.config.length_scale) * pace
        gap = np.zeros(int(SENTENCE_GAP_SECONDS * rate), dtype=np.int16)
        pieces: list[np.ndarray] = []
        groups: list[Span] = []
        phones: list[Phone] = []
        aligned = True
        at = 0  # samples so far
        sentences = [p for p in voice.phonemize(text) if p]
        made = _pool().map(lambda p: _sentence(voice, p, length), sentences)
        for n, chunk in enumerate(made):
            if n:
                pieces.append(gap)
                at += len(gap)
            audio = chunk.pcm
            pieces.append(audio)
            if chunk.phones is None:
                aligned = False
            else:
                cursor = at
                current: list[int] | None = None
                stressed: int | None = None  # a stress mark's time belongs to its vowel
                for phoneme, length_samples in chunk.phones:
                    if phoneme in STRESS:
                        stressed = cursor
                    elif phoneme not in MARKS:
                        begin = cursor if stressed is None else stressed
                        phones.append(
                            Phone(phoneme, begin / rate, (cursor + length_samples) / rate)
                        )
                        stressed = None
                    if phoneme in MARKS:
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
        said = " ".join("".join(sentence) for sentence in sentences)
        return Spoken(pcm, groups, phones, aligned, rate, said)

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
            extra={"samples": int(said.pcm.size), "sample_rate": rate, "phonemes": said.said},
        )


def _speech_span(pcm: np.ndarray, rate: int) -> tuple[float, float]:
    """From the first to the last sample louder than near-silence."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > 500)
    if loud.size == 0:
        return 0.0, pcm.size / rate
    return float(loud[0]) / rate, float(loud[-1] + 1) / rate
