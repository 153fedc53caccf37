"""Flesch-Kincaid grade via textstat, with syllables from Pyphen.

textstat's default English syllable counter loads the CMU dictionary through NLTK, which
downloads it on first use; offline that fails. Asking textstat for the locale "en-US"
(hyphen, not underscore) skips the CMU lookup and counts syllables with the bundled Pyphen
hyphenation dictionary instead: same formula, no network, deterministic.
"""

from __future__ import annotations

from functools import lru_cache

from textstat.textstat import textstatistics


@lru_cache(maxsize=1)
def _stats() -> textstatistics:
    stats = textstatistics()
    stats.set_lang("en-US")
    return stats


def fk_grade(text: str) -> float:
    return float(_stats().flesch_kincaid_grade(text))
