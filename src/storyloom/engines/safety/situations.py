"""Harmful situations in any wording: who does what to whom, not trigger words.

Each sentence is split into clauses, its words reduced to lemmas ("starves" -> starve,
"herself" -> SELF) and mapped to roles (a child, an adult, a carer, oneself, a group, a
treat, a vehicle, a hidden place...). A frame names the roles and acts that make a
situation harmful; it matches when all its parts occur in one sentence, within a window.
Tense does not matter (lemmas), nor do questions or reported speech (the situation is
still described). Negation matters where it turns the situation into the lesson a
children's book teaches ("she never gets in a stranger's car"), and is ignored where it
is part of the harm ("keep it a secret, don't tell your mum").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from storyloom.engines.safety.contexts import safe_turn
from storyloom.engines.safety.port import Category, SafetyVerdict
from storyloom.engines.safety.situation_frames import FRAMES, Frame
from storyloom.engines.safety.situation_roles import ELSEWHERE, LONGEST, ROLES, lemma

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"[.!?;\n]+")
WINDOW = 16  # words: the parts of one frame lie within this many words of each other

# A child who tells a grown-up, says no or crosses safely turns these into the lesson.
_TURNED_BY_A_LESSON = frozenset(
    {Category.abuse_grooming, Category.dangerous_acts, Category.violence}
)
_TITLES = frozenset(
    {
        *("uncle", "aunt", "auntie", "aunty", "mr", "mrs", "ms", "miss", "dr", "doctor"),
        *("grandma", "grandpa", "granny", "grandad", "nana", "nan", "gran", "coach", "sir"),
        *("madam", "lady", "lord", "king", "queen", "captain", "professor", "nurse", "officer"),
        *("father", "mother", "reverend", "pastor", "vicar", "rabbi", "imam", "chef", "judge"),
        *("boyfriend", "girlfriend", "husband", "wife", "partner", "fiance", "fiancee"),
    }
)
_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their", "your", "these", "a", "this"})


@dataclass(frozen=True)
class _Token:
    lemma: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    lowered = text.lower()
    return [
        _Token(lemma(m.group().removesuffix("'s")), m.start(), m.end())
        for m in _WORD.finditer(lowered)
    ]


Index = dict[str, tuple[str, ...]]


def _index(roles: dict[str, frozenset[str]]) -> Index:
    """Each lemma (or run of lemmas) to the roles it plays, so a sentence is read once."""
    out: dict[str, list[str]] = {}
    for role, lemmas in roles.items():
        for gram in lemmas:
            out.setdefault(gram, []).append(role)
    return {gram: tuple(found) for gram, found in out.items()}


_ROLE_INDEX = _index(ROLES)
_ELSEWHERE_INDEX = _index(ELSEWHERE)
# Each frame with the roles it needs: most frames need one the sentence lacks.
_FRAME_PARTS = tuple((frame, frozenset(frame.parts)) for frame in FRAMES)


def _role_positions(words: list[str], index: Index) -> dict[str, list[int]]:
    found: dict[str, set[int]] = {}
    for n in range(1, LONGEST + 1):
        for i in range(len(words) - n + 1):
            roles = index.get(" ".join(words[i : i + n]))
            if roles:
                for role in roles:
                    found.setdefault(role, set()).add(i)
    return {role: sorted(at) for role, at in found.items()}


def _specific(words: list[str], anchor: int, clause_start: int) -> bool:
    """A determiner just before the noun phrase ("the muddy boys"): those, not all."""
    return bool(_DETERMINERS & set(words[max(clause_start, anchor - 2) : anchor]))


def _match(
    frame: Frame, found: dict[str, list[int]], words: list[str], starts: frozenset[int]
) -> tuple[int, int] | None:
    if not all(part in found for part in frame.parts):
        return None
    first, *rest = frame.parts
    for anchor in found[first]:
        clause_start = max((s for s in starts if s <= anchor), default=0)
        if frame.generic and _specific(words, anchor, clause_start):
            continue  # "the muddy boys were dirty": those boys, not all boys
        chosen = [anchor]
        for n, part in enumerate(rest):
            reach = frame.tight if n == 0 and frame.tight is not None else WINDOW
            near = [
                i
                for i in found[part]
                if abs(i - anchor) <= reach
                and i not in chosen
                and (not frame.ordered or i > chosen[-1])
            ]
            if not near:
                break
            chosen.append(min(near, key=lambda i: abs(i - anchor)))
        else:
            return min(chosen), max(chosen) + 1
    return None


_NOBODY = frozenset({"nobody", "noone"})
_RULE = frozenset({"should", "must", "may", "can", "allow"})


def _negated(words: list[str], start: int, end: int) -> bool:
    """A "not" in reach, or a rule that nobody may ("nobody should touch")."""
    window = words[max(0, start - 6) : end]
    return "not" in window or any(a in _NOBODY and b in _RULE for a, b in pairwise(window))


def check_situations(text: str) -> SafetyVerdict | None:
    """The first harmful situation in `text`, sentence by sentence; None when none."""
    offset = 0
    split = _SENTENCE.split(text)
    # The lesson may come in the sentence after the risk: "A man asked where she lived.
    # She said nothing and told her teacher."
    turns = [safe_turn(sentence.lower()) for sentence in split]
    for n, sentence in enumerate(split):
        begin = text.find(sentence, offset)
        offset = begin + len(sentence)
        tokens = _tokens(sentence)
        if not tokens:
            continue
        words = [t.lemma for t in tokens]
        # Clauses start after a comma ("In the story, girls are ...").
        starts = frozenset(
            i for i, t in enumerate(tokens) if i and "," in sentence[tokens[i - 1].end : t.start]
        )
        found = _role_positions(words, _ROLE_INDEX)
        # A name (capitalised, not opening the sentence) can be the child a frame is about.
        capitals = [i for i, t in enumerate(tokens) if sentence[t.start].isupper()]
        # In a Title Like This every word is capitalised: none of them is a name.
        names = [i for i in capitals if i] if len(capitals) * 2 <= len(tokens) else []
        # "Uncle Jamie", "Mrs Singh": a name after a grown-up's title is that grown-up.
        names = [i for i in names if words[i - 1] not in _TITLES and words[i] not in _TITLES]
        if names:
            found["child"] = sorted({*found.get("child", []), *names})
            found["living"] = sorted({*found.get("living", []), *names})
        elsewhere = _role_positions(words, _ELSEWHERE_INDEX)
        roles = found.keys()
        lesson = turns[n] or (n + 1 < len(turns) and turns[n + 1])
        for frame, parts in _FRAME_PARTS:
            if not parts <= roles or (frame.unless is not None and frame.unless in elsewhere):
                continue
            if lesson and frame.category in _TURNED_BY_A_LESSON:
                continue
            hit = _match(frame, found, words, starts)
            if hit is None:
                continue
            if frame.lesson_if_negated and _negated(words, *hit):
                continue
            last = min(hit[1], len(tokens)) - 1
            span = (begin + tokens[hit[0]].start, begin + tokens[last].end)
            matched = text[span[0] : span[1]]
            return SafetyVerdict(
                False, frame.category, span, matched, f'{frame.reason} ("{matched}")'
            )
    return None
