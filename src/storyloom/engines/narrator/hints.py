"""Pronunciation hints: "shiv-AWN" said as written in syllables, the capital one stressed.

A hint is respelled syllables (hyphens or spaces between them; the stressed syllable in
capitals). Each syllable is phonemised alone, its own stress marks dropped, and the
primary stress put before the capitalised syllable. The voice is given the result as raw
phonemes (Piper's `[[ ... ]]`), in place of the written name, so the page's words and
their timings stay those of the written text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from storyloom.engines.narrator.words import Written

PRIMARY, SECONDARY = "\u02c8", "\u02cc"  # IPA stress marks
STRESS = PRIMARY + SECONDARY
SYLLABLE = re.compile(r"[A-Za-z']+")
POSSESSIVE = re.compile(r"^(?P<name>.+?)(?P<s>['\u2019]s)?$")


def hint_phonemes(hint: str, phonemize: Callable[[str], str]) -> str:
    """The hint as one word of phonemes (no spaces)."""
    syllables = SYLLABLE.findall(hint)
    stressed = [s.isupper() and len(s) > 1 for s in syllables]
    if syllables and not any(stressed):
        stressed[0] = True  # no capitals: the first syllable carries the stress
    out = []
    for syllable, stress in zip(syllables, stressed, strict=True):
        sound = "".join(ch for ch in phonemize(syllable.lower()) if ch not in STRESS + " .,!?")
        out.append((PRIMARY if stress else "") + sound)
    return "".join(out)


def hint_for(word: Written, hints: Mapping[str, str]) -> tuple[str, bool] | None:
    """(hint, possessive) when `word` is a hinted name, or its possessive ("Siobhan's")."""
    found = POSSESSIVE.match(word.text)
    if found is None:
        return None
    lowered = {name.casefold(): hint for name, hint in hints.items()}
    name = found.group("name").casefold()
    if name in lowered:
        return lowered[name], found.group("s") is not None
    if word.text.casefold() in lowered:
        return lowered[word.text.casefold()], False
    return None


def spoken_text(
    text: str, words: list[Written], hints: Mapping[str, str], phonemize: Callable[[str], str]
) -> str:
    """`text` with every hinted name replaced by its raw phonemes."""
    if not hints:
        return text
    parts: list[str] = []
    at = 0
    cache: dict[str, str] = {}
    for word in words:
        found = hint_for(word, hints)
        if found is None:
            continue
        hint, possessive = found
        if hint not in cache:
            cache[hint] = hint_phonemes(hint, phonemize)
        sound = cache[hint] + ("z" if possessive else "")
        if not sound:
            continue
        parts.append(text[at : word.start])
        parts.append(f"[[{sound}]]")
        at = word.end
    parts.append(text[at:])
    return "".join(parts)
