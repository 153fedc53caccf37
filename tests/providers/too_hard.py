"""Makes a draft read harder, as models writing for children often do: for the stand-in.

`harden(draft, band, grades)` rewrites every page until it reads at least `grades` above
the top of its band's Flesch-Kincaid range: plain words become long ones ("big" ->
"enormous"), then sentences run together, then a long-worded clause is added while the
page has words to spare. Deterministic, and only a page's words change (its scene stays).
"""

from __future__ import annotations

import re
from typing import Any

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.writer.readability import fk_grade

LONG_WORDS = {
    "big": "enormous",
    "little": "diminutive",
    "small": "minuscule",
    "happy": "overjoyed",
    "sad": "melancholy",
    "said": "announced",
    "saw": "discovered",
    "looked": "investigated",
    "look": "investigate",
    "went": "ventured",
    "go": "venture",
    "ran": "hurried",
    "walked": "meandered",
    "very": "extraordinarily",
    "good": "magnificent",
    "nice": "delightful",
    "friend": "companion",
    "friends": "companions",
    "home": "residence",
    "house": "residence",
    "help": "assistance",
    "helped": "assisted",
    "found": "uncovered",
    "find": "uncover",
    "made": "constructed",
    "make": "construct",
    "got": "obtained",
    "get": "obtain",
    "new": "unfamiliar",
    "fun": "entertaining",
    "then": "subsequently",
    "now": "immediately",
    "soon": "eventually",
    "again": "repeatedly",
    "all": "altogether",
    "day": "afternoon",
    "tree": "sycamore",
    "way": "direction",
    "idea": "inspiration",
    "felt": "experienced",
    "feel": "experience",
    "liked": "appreciated",
    "like": "appreciate",
    "wanted": "desired",
    "want": "desire",
    "and": "and additionally",
    "the": "the particular",
}
_CLAUSE = "Everybody considered it an unforgettable, extraordinary opportunity."
_WORD = re.compile(r"[A-Za-z]+")
_STOP = re.compile(r"([.!?])\s+(?=\S)")


def _grade(text: str, names: list[str]) -> float:
    # Read as the band check reads it: names as one short word.
    for name in names:
        text = text.replace(name, "Sam")
    return fk_grade(text) if text.strip() else 0.0


def _substitute_one(text: str) -> str | None:
    for match in _WORD.finditer(text):
        long = LONG_WORDS.get(match.group(0).lower())
        if long is not None and not text[match.end() :].startswith(" " + long.split()[-1]):
            if match.group(0)[0].isupper():
                long = long[0].upper() + long[1:]
            return text[: match.start()] + long + text[match.end() :]
    return None


def harden_text(text: str, target: float, max_words: int, names: list[str]) -> str:
    """`text` made to read at grade `target` or above, within `max_words` where it can."""
    steps = 0
    while _grade(text, names) < target and steps < 200:
        steps += 1
        if (changed := _substitute_one(text)) is not None and changed != text:
            text = changed
        elif _STOP.search(text):
            text = _STOP.sub(lambda m: ", and " if m.group(1) == "." else m.group(0), text, 1)
        elif len(text.split()) + len(_CLAUSE.split()) <= max_words:
            text = f"{text.rstrip()} {_CLAUSE}"
        else:
            break
    return text


def harden(draft: dict[str, Any], band: AgeBand, grades: float, names: list[str]) -> dict[str, Any]:
    rules = BAND_RULES[band]
    target = rules.grade[1] + grades
    max_words = rules.words_per_page[1]
    for page in draft["pages"]:
        page["text"] = harden_text(page["text"], target, max_words, names)
    return draft


__all__ = ["LONG_WORDS", "harden", "harden_text"]
