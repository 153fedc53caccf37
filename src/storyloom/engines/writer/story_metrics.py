"""Whether books read as stories: stock lines, things before they exist, nouns that do not
belong, and ideas honoured. `storyloom writer report` and the tests both use these."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest
from storyloom.engines.writer.world import foreign_nouns, unintroduced

_SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])|(?<=[.!?]")\s+(?=[A-Z])')
# Above this share of books, a sentence is a stock line (2% of 400 books is 8 books).
STOCK_SHARE = 0.02


def sentences(text: str) -> list[str]:
    return [s for s in _SPLIT.split(text) if s]


def mask(sentence: str, names: Iterable[str]) -> str:
    """The sentence with the cast's names replaced, lower-cased: what recurs across books."""
    out = sentence
    for name in sorted(set(names), key=len, reverse=True):
        out = re.sub(rf"\b{re.escape(name)}\b", "X", out, flags=re.IGNORECASE)
    return out.lower()


def _names(request: StoryRequest) -> list[str]:
    return [m.name[0].upper() + m.name[1:] for m in request.cast]


@dataclass(slots=True)
class StockFigures:
    rate: float  # share of all sentences that are stock lines
    examples: list[tuple[str, int]]  # the commonest, with the number of books holding them


def stock_lines(books: list[tuple[StoryRequest, StoryDraft]]) -> StockFigures:
    """Share of sentences (names masked) that are found in more than 2% of the books."""
    per_book: list[list[str]] = []
    holders: Counter[str] = Counter()
    for request, draft in books:
        names = _names(request)
        masked = [mask(s, names) for p in draft.pages for s in sentences(p.text)]
        per_book.append(masked)
        holders.update(set(masked))
    limit = STOCK_SHARE * max(len(books), 1)
    total = sum(len(m) for m in per_book)
    stock = sum(1 for m in per_book for s in m if holders[s] > limit)
    common = [(s, n) for s, n in holders.most_common(12) if n > limit]
    return StockFigures(rate=stock / max(total, 1), examples=common)


def things_before_they_exist(draft: StoryDraft) -> list[str]:
    """Things a book points at ("the map") before it has brought them in."""
    return sorted(unintroduced(" ".join(p.text for p in draft.pages), set()))


def setting_foreign(request: StoryRequest, draft: StoryDraft) -> list[str]:
    """Nouns in the book that cannot belong in its setting (moss in space). What the family
    said the hero likes is theirs to say ("Mia loved kites" is true on the moon too)."""
    liked = {w for m in request.cast for phrase in m.likes for w in phrase.lower().split()}
    text = " ".join([draft.title, *(p.text for p in draft.pages)])
    return [w for w in foreign_nouns(text, request.setting) if w not in liked]


__all__ = [
    "STOCK_SHARE",
    "StockFigures",
    "mask",
    "sentences",
    "setting_foreign",
    "stock_lines",
    "things_before_they_exist",
]
