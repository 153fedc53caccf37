"""Fold text into a lower-case Latin skeleton that the rules can match, keeping a map back
to the original characters.

Obfuscation is undone here only where it is unambiguous: homoglyphs, accents, fullwidth
and other compatibility forms, invisible characters; stretched words get extra de-stretched
copies. Leetspeak and symbols inside words are left in place because "1" may be "i" or "l":
the compiled rules match them with character classes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Look-alikes NFKD leaves alone, written as escapes because the glyphs are (by design)
# indistinguishable from Latin in an editor. Applied after casefolding: lower case only.
_CYRILLIC = (
    "\u0430\u0432\u0433\u0434\u0435\u0451\u0437\u0456"
    "\u0457\u0458\u043a\u043c\u043d\u043e\u043f\u0440"
    "\u0441\u0442\u0443\u0445\u0455\u0501\u051b\u051d"
    "\u044c\u04bb\u04cf\u04af"
)
_CYRILLIC_AS = "abrdee3iijkmhonpctyxsdqwbhly"
_GREEK = (
    "\u03b1\u03b2\u03b3\u03b5\u03b7\u03b9\u03ba\u03bc"
    "\u03bd\u03bf\u03c1\u03c4\u03c5\u03c7\u03c9\u03f2"
    "\u03c2\u03c3"
)
_GREEK_AS = "abyenikuvoptuxwcso"
# IPA and stroked Latin letters, which NFKD does not decompose.
_LATIN_EXTRA = "\u0261\u0251\u0131\u0142\u00f8\u0111\u0127\u0167\u0192"
_LATIN_EXTRA_AS = "gailodhtf"
# Small capitals, a favourite of "fancy text" generators.
_SMALL_CAPS = (
    "\u0299\u1d04\u1d05\u1d07\u0493\u0262\u029c\u026a"
    "\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18\u0280"
    "\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22"
)
_SMALL_CAPS_AS = "bcdefghijklmnoprstuvwyz"
_HOMOGLYPHS: dict[str, str] = {
    **dict(zip(_CYRILLIC, _CYRILLIC_AS, strict=True)),
    **dict(zip(_GREEK, _GREEK_AS, strict=True)),
    **dict(zip(_LATIN_EXTRA, _LATIN_EXTRA_AS, strict=True)),
    **dict(zip(_SMALL_CAPS, _SMALL_CAPS_AS, strict=True)),
    "\u00e6": "ae",
    "\u0153": "oe",
    # Typographic punctuation, so patterns only need the ASCII forms.
    **dict.fromkeys("\u2018\u2019\u02bc\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
    "\u00a0": " ",
}


# Boxed and circled letter blocks without a compatibility decomposition (regional
# indicators and the squared/negative forms): first code point of each run of 26.
_ENCLOSED_A = (0x1F130, 0x1F150, 0x1F170, 0x1F1E6)


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    # Format characters (zero-width space/joiner, soft hyphen, bidi marks) are invisible
    # and exist in attacks only to split a word.
    if unicodedata.category(ch) == "Cf":
        return ""
    for first in _ENCLOSED_A:
        if first <= ord(ch) < first + 26:
            return chr(ord("a") + ord(ch) - first)
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(_HOMOGLYPHS.get(c, c) for c in base)


@dataclass(frozen=True, slots=True)
class Normalised:
    """`text` is the skeleton; `starts[i]`/`ends[i]` give the original slice of skeleton
    character i. None means the identity map (the common, all-ASCII case)."""

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets covering skeleton characters [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    if text.isascii():
        # Lower-casing ASCII never changes length, so offsets stay as they are.
        return Normalised(text, text.lower())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, ch in enumerate(text):
        for piece in ch.lower() if ch.isascii() else _fold(ch):
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return Normalised(text, "".join(out), starts, ends)


_STRETCHED = re.compile(r"([a-z])\1{2,}")


def destretched(norm: Normalised) -> list[Normalised]:
    """Copies of the text with letter runs of three or more cut to one and to two
    ("shiiiit" -> "shit", "helllll" -> "hell"), or nothing when no word is stretched.
    Doubled letters are left alone: they are how English spells ("rapped", "assess")."""
    if not _STRETCHED.search(norm.text):
        return []
    return [_cut_runs(norm, keep) for keep in (1, 2)]


def _cut_runs(norm: Normalised, keep: int) -> Normalised:
    size = len(norm.text)
    starts = norm.starts if norm.starts is not None else list(range(size))
    ends = norm.ends if norm.ends is not None else list(range(1, size + 1))
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for run in _STRETCHED.finditer(norm.text):
        out.append(norm.text[pos : run.start()])
        new_starts.extend(starts[pos : run.start()])
        new_ends.extend(ends[pos : run.start()])
        out.append(run.group(1) * keep)
        new_starts.extend(starts[run.start() : run.start() + keep])
        # The last kept letter stands for the whole run, so spans cover what was typed.
        new_ends.extend([*ends[run.start() : run.start() + keep - 1], ends[run.end() - 1]])
        pos = run.end()
    out.append(norm.text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return Normalised(norm.original, "".join(out), new_starts, new_ends)


# Single letters separated by spaces ("s h i t", "f . u . c . k"). Runs need at least
# three pieces so ordinary "a" and "I" never join up with their neighbours.
_SPACED_PIECE = re.compile(r"[a-z0-9@$!|*#+]")
# Separators hold at least one space and never a piece character, so every piece
# character inside a run is one of the letters.
_SPACED_SEP = r"[.,;:\-_]*+\s[.,;:\-_\s]*+"  # possessive: no backtracking on long gaps
_SPACED_RUN = re.compile(
    rf"(?<!\S){_SPACED_PIECE.pattern}(?:{_SPACED_SEP}{_SPACED_PIECE.pattern}){{2,}}"
    r"(?=[.,;:!?]*(?:\s|$))"
)
_LETTER = re.compile(r"[a-z]")


@dataclass(frozen=True, slots=True)
class SpacedRun:
    """The pieces of a spaced-out word joined up, with skeleton offsets per piece."""

    joined: str
    positions: list[int]


def spaced_runs(skeleton: str) -> list[SpacedRun]:
    runs: list[SpacedRun] = []
    for match in _SPACED_RUN.finditer(skeleton):
        positions = [
            match.start() + i for i, c in enumerate(match.group()) if _SPACED_PIECE.match(c)
        ]
        joined = "".join(skeleton[p] for p in positions)
        # Counting rhymes ("1 2 3 4 5") are digits only; leetspeak needs a real letter.
        if _LETTER.search(joined):
            runs.append(SpacedRun(joined, positions))
    return runs
