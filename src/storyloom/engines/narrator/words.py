"""Written words, the spoken groups a voice made of them, and timings between the two.

A page is split into written words (letters and digits, with inner apostrophes and
hyphens: "didn't", "ice-cream"). The voice speaks phoneme groups separated by spaces and
sentence ends. When every written word accounts for a known number of groups (usually one;
"125" is three), each word gets the span of its groups. Otherwise the timings are an
estimate: the spoken span is shared out in proportion to each word's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storyloom.engines.narrator.port import WordTiming

WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True, slots=True)
class Written:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Span:
    """One spoken group: seconds into the clip."""

    start: float
    end: float


def written_words(text: str) -> list[Written]:
    return [Written(m.group(0), m.start(), m.end()) for m in WORD.finditer(text)]


def match_groups(
    words: Sequence[Written], groups: Sequence[Span], counts: Callable[[Written], int]
) -> list[WordTiming] | None:
    """Each word takes the next `counts(word)` groups; None when the totals disagree."""
    if len(words) == len(groups):
        return [
            WordTiming(g.start, g.end, w.start, w.end) for w, g in zip(words, groups, strict=True)
        ]
    wanted = [max(0, counts(w)) for w in words]
    if sum(wanted) != len(groups):
        return None
    out: list[WordTiming] = []
    at = 0
    last_end = groups[0].start if groups else 0.0
    for word, n in zip(words, wanted, strict=True):
        if n == 0:  # a word the voice does not say: a zero-length moment where it stands
            out.append(WordTiming(last_end, last_end, word.start, word.end))
            continue
        first, final = groups[at], groups[at + n - 1]
        out.append(WordTiming(first.start, final.end, word.start, word.end))
        last_end = final.end
        at += n
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
