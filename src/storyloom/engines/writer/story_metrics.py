"""Whether books read as stories: stock lines, things before they exist, nouns that do not
belong, and ideas honoured. `storyloom writer report` and the tests both use these."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.cast import random_cast
from storyloom.engines.writer.idea import check_idea
from storyloom.engines.writer.sample_ideas import IDEAS
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest, Template
from storyloom.engines.writer.world import clashes, foreign_nouns, unintroduced

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


def contradictions(request: StoryRequest, draft: StoryDraft) -> list[str]:
    """What a page says against its own picture's moment: the sun at night, "that night"
    by day, a hot sun in the snow, a clear sky in the rain."""
    return [
        problem
        for page in draft.pages
        for problem in clashes(
            page.text, request.setting, page.scene.time_of_day, page.scene.weather
        )
    ]


def idea_requests(seed: int = 0) -> list[StoryRequest]:
    """Every sample idea in every template, bands and casts varied by the seed."""
    rng = random.Random(seed)
    out = []
    for k, (idea, setting) in enumerate(IDEAS):
        for template in Template:
            cast, rels = random_cast(rng)
            data = {
                "cast": cast,
                "relationships": rels,
                "template": template,
                "setting": setting,
                "band": rng.choice(list(AgeBand)),
                "seed": seed * 1000 + k,
                "idea": idea,
            }
            out.append(StoryRequest.model_validate(data))
    return out


def idea_honoured(request: StoryRequest, draft: StoryDraft) -> bool:
    """The idea's key thing or goal (the place to reach, the fear to face) is named on at
    least two pages, and the thing is in at least one page's picture when we can draw it."""
    idea = check_idea(request.idea, request.setting).idea
    words = [w for w in (idea.noun, _last(idea.place), _last(idea.fear)) if w]

    def pages_naming(word: str) -> int:
        pattern = re.compile(rf"\b{re.escape(word)}", re.IGNORECASE)
        return sum(bool(pattern.search(p.text)) for p in draft.pages)

    drawn = idea.prop is None or any(
        prop.prop == idea.prop for p in draft.pages for prop in p.scene.props
    )
    return any(pages_naming(w) >= 2 for w in words) and drawn


def _last(phrase: str | None) -> str | None:
    return phrase.split(" ")[-1] if phrase else None


__all__ = [
    "STOCK_SHARE",
    "StockFigures",
    "contradictions",
    "idea_honoured",
    "idea_requests",
    "mask",
    "sentences",
    "setting_foreign",
    "stock_lines",
    "things_before_they_exist",
]
