"""Written words, the spoken groups a voice made of them, and timings between the two.

A page is split into written words (letters and digits, with inner apostrophes and
hyphens: "didn't", "ice-cream"). The voice speaks phoneme groups separated by spaces and
sentence ends, each phoneme with its duration. When groups and words pair up one to one,
each word gets its group's span; otherwise the phonemes of each written word are aligned
with the phonemes said (`align_phones`). Only when neither works are the timings an
estimate: the spoken span shared out in proportion to each word's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from storyloom.engines.narrator.port import WordTiming

WORD = re.compile(r"\w+(?:['\u2019\-]\w+)*")


@dataclass(frozen=True, slots=True)
class Written:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Phone:
    """One phoneme the voice said, and when."""

    symbol: str
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Span:
    """One spoken group: seconds into the clip."""

    start: float
    end: float


def written_words(text: str) -> list[Written]:
    return [Written(m.group(0), m.start(), m.end()) for m in WORD.finditer(text)]


def match_groups(words: Sequence[Written], groups: Sequence[Span]) -> list[WordTiming] | None:
    """One spoken group per written word: each word takes its group's span."""
    if len(words) != len(groups):
        return None
    return [WordTiming(g.start, g.end, w.start, w.end) for w, g in zip(words, groups, strict=True)]


def align_phones(
    words: Sequence[Written],
    word_phones: Sequence[str],
    phones: Sequence[Phone],
    *,
    least: float = 0.6,
) -> list[WordTiming] | None:
    """Word spans from the voice's timed phonemes, when groups and words do not pair up
    one to one (espeak says "of the" as one group, "125" as three).

    Each written word is phonemised on its own; that sequence is aligned with the
    phonemes the voice actually said (difflib, in order). A word takes the span of the
    spoken phonemes matched to its own; words with no match share the gap between their
    neighbours. None when fewer than `least` of the words found a match."""
    spoken = [p.symbol for p in phones]
    written: list[str] = []
    owner: list[int] = []
    for index, sound in enumerate(word_phones):
        written.extend(sound)
        owner.extend([index] * len(sound))
    hits: dict[int, list[int]] = {}
    matcher = SequenceMatcher(None, spoken, written, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            hits.setdefault(owner[b + k], []).append(a + k)
    if not words or len(hits) < least * len(words):
        return None
    spans: list[tuple[float, float] | None] = [
        (phones[min(hits[j])].start, phones[max(hits[j])].end) if j in hits else None
        for j in range(len(words))
    ]
    filled = _fill(spans, phones[0].start, phones[-1].end)
    return [
        WordTiming(round(start, 3), round(end, 3), w.start, w.end)
        for w, (start, end) in zip(words, filled, strict=True)
    ]


def _fill(
    spans: Sequence[tuple[float, float] | None], first: float, last: float
) -> list[tuple[float, float]]:
    """Unmatched words share, evenly, the gap between the matched words around them."""
    out: list[tuple[float, float]] = []
    j = 0
    while j < len(spans):
        span = spans[j]
        if span is not None:
            out.append(span)
            j += 1
            continue
        run_end = j
        while run_end < len(spans) and spans[run_end] is None:
            run_end += 1
        start = out[-1][1] if out else first
        after = spans[run_end] if run_end < len(spans) else None
        end = after[0] if after is not None else last
        end = max(end, start)
        step = (end - start) / (run_end - j)
        out.extend((start + k * step, start + (k + 1) * step) for k in range(run_end - j))
        j = run_end
    return out


def spread(words: Sequence[Written], start: float, end: float) -> list[WordTiming]:
    """Timings in proportion to word length over [start, end] (the honest fallback)."""
    weights = [len(w.text) + 1 for w in words]
    total = sum(weights) or 1
    out: list[WordTiming] = []
    at = start
    for word, weight in zip(words, weights, strict=True):
        length = (end - start) * weight / total
        out.append(WordTiming(round(at, 3), round(at + length, 3), word.start, word.end))
        at += length
    return out
