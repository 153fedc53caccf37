"""Flesch-Kincaid grade via textstat, with syllables from Pyphen.

textstat's default English syllable counter loads the CMU dictionary through NLTK, which
downloads it on first use; offline that fails. Asking textstat for the locale "en-US"
(hyphen, not underscore) skips the CMU lookup and counts syllables with the bundled Pyphen
hyphenation dictionary instead: same formula, no network, deterministic.

textstat still imports NLTK (and NumPy through it) at import time, about two seconds that
every `storyloom` command paid for nothing; NLTK is registered as a lazy module first, so it
only loads if something actually uses it.
"""

from __future__ import annotations

import importlib
import sys
import types
from functools import lru_cache
from typing import Any


class _Deferred(types.ModuleType):
    """Stands in for a module until one of its attributes is used, then imports it."""

    def __getattr__(self, attr: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attr)


if "nltk" not in sys.modules:
    sys.modules["nltk"] = _Deferred("nltk")

from textstat.textstat import textstatistics  # noqa: E402


@lru_cache(maxsize=1)
def _stats() -> textstatistics:
    stats = textstatistics()
    stats.set_lang("en-US")
    return stats


def fk_grade(text: str) -> float:
    return float(_stats().flesch_kincaid_grade(text))
