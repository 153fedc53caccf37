"""Whether a page's text says the story's thing is lost or found, and who found it.

The picture follows the words: on a page that says "Sami cannot find his blanket" or
"Where is the teddy?" the thing is not drawn in anyone's hands; on the page that says
"There was the teddy" or "Mia found the key", it is drawn held by the one who found it.
A page that says nothing about it leaves it where the story last put it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Said(StrEnum):
    lost = "lost"
    found = "found"


# What makes a sentence about the thing say it is away: lost, missing, looked for, wished
# for, not where it should be, gone off somewhere.
_LOST = (
    r"\blost\b(?! (?:and found|shoe|sock))|\bmissing\b|\bnowhere\b"
    r"|\bgone\b(?! (?:orange|pink|dark|quiet))"
    r"|\b(?:can ?not|can't|could ?not|couldn't|did ?not|didn't|does ?not|doesn't|not) find\b"
    r"|\b(?:would like|wants?|wanted|wished?|hoped?|tried|try|trying|had|has|have|must|"
    r"could|can|to|help(?:ed|s)?(?: \w+)?) (?:to )?find\b"
    r"|\bwhere (?:is|was|did|could|has|had|can|might)\b"
    r"|\b(?:look|looks|looked|looking|search\w*|hunt\w*|seek\w*) (?:for|everywhere)\b"
    r"|\bstill no\b|\b(?:no|not a) (?:sign|trace) of\b|\bnot (?:on|in|under|behind|there|here)\b"
    r"|\b(?:was|is|were|are)(?:n't| not) (?:on|in|under|behind|there|here)\b"
    r"|\b(?:rolled|flew|blew|floated|drifted|ran|slid|bounced|fell) (?:away|off)\b"
    r"|\bwithout (?:the|his|her|their|its)\b"
)
_FOUND = (
    r"(?<!to be )(?<!not )(?<!never )(?<!n't )\b(?:found|finds|spotted|spots)\b"
    r"|\bthere (?:is|was|it is|it was)\b(?! (?:still )?(?:no|not|nothing)\b)"
    r"|\bthere, [^,.!?]{1,40}, (?:is|was)\b"
    r"|\bhere (?:is|it is)\b"
    r"|\b(?:has|had|held|holds|hugged|hugs|cuddled|cuddles|picked up|grabbed|caught) "
    r"(?:the|his|her|their|its|it)\b|\bback (?:at last|again|safe)\b|\bno longer lost\b"
)
_NOT_LOST = re.compile(r"case of the missing|lost and found|\bnot lost\b|no longer lost", re.I)
_BACK = re.compile(r"not lost|no longer lost", re.I)
_LOST_RE = re.compile(_LOST, re.I)
_FOUND_RE = re.compile(_FOUND, re.I)
_WHERE_AT = re.compile(r"\b(?:on|in|under|behind)$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class ThingNews:
    said: Said
    finder: str | None = None  # the name the finding sentence starts with, if any


def _names(words: Iterable[str]) -> str:
    heads = {w.strip().split()[-1].lower() for w in words if w and w.strip()}
    return "|".join(sorted(re.escape(h) for h in heads))


def thing_news(text: str, words: Iterable[str], cast: Iterable[str] = ()) -> ThingNews | None:
    """What the last sentence about the thing (named by any of `words`, or "it" in the
    sentence right after it was named) says: lost or found, and by whom."""
    nouns = _names(words)
    if not nouns:
        return None
    thing = re.compile(rf"\b(?:{nouns})s?\b", re.I)
    who = [n for n in cast if n]
    news: ThingNews | None = None
    named_before = False
    for sentence in _SENTENCE.split(text.strip()):
        named = thing.search(sentence) is not None
        about = named or (named_before and re.search(r"\bit\b", sentence, re.I) is not None)
        named_before = named
        if not about:
            continue
        if _NOT_LOST.search(sentence):  # "no longer lost" is found; a case title says nothing
            news = ThingNews(Said.found) if _BACK.search(sentence) else news
            continue
        # "It was not on the map": the map is where something is not, not what is lost
        place = re.compile(rf"\s+(?:the|his|her|their|its) (?:{nouns})\b", re.I)
        lost = [
            m.start()
            for m in _LOST_RE.finditer(sentence)
            if not (_WHERE_AT.search(m.group(0)) and place.match(sentence, m.end()))
        ]
        found = [m.start() for m in _FOUND_RE.finditer(sentence)]
        if not lost and not found:
            continue
        if found and (not lost or max(found) > max(lost)):
            # the finder is the one named last before the finding word: "In the end,
            # Pearl found the key"; nobody named means the hero
            before = sentence[: max(found)]
            spots = [
                (m.start(), n) for n in who for m in re.finditer(rf"\b{re.escape(n)}\b", before)
            ]
            news = ThingNews(Said.found, max(spots)[1] if spots else None)
        else:
            news = ThingNews(Said.lost)
    return news


__all__ = ["Said", "ThingNews", "thing_news"]
