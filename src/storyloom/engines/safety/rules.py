"""The rules gate: lexicon matches on normalised text, judged against the reader's age band."""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.safety.compiler import CompiledLexicon, Term, compile_lexicon
from storyloom.engines.safety.contexts import allows
from storyloom.engines.safety.lexicon import TERMS
from storyloom.engines.safety.normalise import Normalised, destretched, normalise, spaced_runs
from storyloom.engines.safety.port import SAFE, Category, SafetyVerdict
from storyloom.engines.safety.situations import check_situations

# Compiled once at import: every check afterwards is a single regex pass.
LEXICON: CompiledLexicon = compile_lexicon(TERMS)

_BAND_INDEX = {band: index for index, band in enumerate(AgeBand)}
_LABELS: dict[Category, str] = {
    Category.violence: "describes violence",
    Category.weapons: "contains a weapon",
    Category.sexual: "contains sexual content",
    Category.profanity: "contains bad language",
    Category.self_harm: "mentions self-harm",
    Category.drugs_alcohol: "mentions drugs or alcohol",
    Category.hate: "contains hateful language",
    Category.abuse_grooming: "sounds like grooming or abuse",
    Category.dangerous_acts: "describes a dangerous act children might copy",
    Category.horror: "is too frightening",
}
_REAL_LETTER = re.compile(r"[a-z]")
_WORD_CHAR = re.compile(r"[a-z0-9]")
# "She knows not to play with matches", "never climb into the fridge": a dangerous act
# under a negation a few words before it is the safety lesson a book teaches.
_LESSON = re.compile(r"\b(not|never|dont|don't|doesnt|doesn't|mustnt|mustn't|shouldnt|shouldn't)\b")
_LESSON_REACH = 4  # words before the act


def _taught_as_lesson(term: Term, skeleton: str, start: int) -> bool:
    if term.category is not Category.dangerous_acts:
        return False
    before = skeleton[:start].split()[-_LESSON_REACH:]
    return any(_LESSON.fullmatch(word) for word in before)


# Spaced-out words longer than this are not words; it bounds the quadratic window search.
_MAX_SPACED_WORD = 24


def _blocks(term: Term, band: AgeBand, skeleton: str, original: str) -> bool:
    if term.category is None:
        return False
    # Leetspeak needs at least one real letter: "455" is a number, not "ass".
    if not _REAL_LETTER.search(skeleton):
        return False
    if term.min_band is not None and _BAND_INDEX[band] >= _BAND_INDEX[term.min_band]:
        return False
    return not (term.name_ok and original.isalpha() and original.istitle())


def _verdict(term: Term, norm: Normalised, start: int, end: int) -> SafetyVerdict:
    assert term.category is not None
    span = norm.span(start, end)
    matched = norm.original[span[0] : span[1]]
    reason = f'{term.label or _LABELS[term.category]} ("{matched}")'
    if term.min_band is not None:
        reason += f"; fine from age {BAND_RULES[term.min_band].ages[0]}"
    return SafetyVerdict(False, term.category, span, matched, reason)


def _widen(skeleton: str, start: int, end: int) -> tuple[int, int]:
    # Terms matched inside a word ("motherfucker") report the whole word.
    while start > 0 and _WORD_CHAR.match(skeleton, start - 1):
        start -= 1
    while end < len(skeleton) and _WORD_CHAR.match(skeleton, end):
        end += 1
    return start, end


def _scan(norm: Normalised, band: AgeBand) -> SafetyVerdict | None:
    skeleton = norm.text
    pos = 0
    while (match := LEXICON.regex.search(skeleton, pos)) is not None:
        pos = max(match.end(), match.start() + 1)
        term = LEXICON.term_for(match)
        start, end = match.span()
        original = norm.original[slice(*norm.span(start, end))]
        if (
            _blocks(term, band, match.group(), original)
            and not _taught_as_lesson(term, skeleton, start)
            and not (term.context and allows(term.context, skeleton, start, end))
        ):
            return _verdict(term, norm, *_widen(skeleton, start, end))
    return None


def _scan_spaced(norm: Normalised, band: AgeBand) -> SafetyVerdict | None:
    for run in spaced_runs(norm.text):
        joined, positions = run.joined, run.positions
        for i in range(len(joined)):
            # Longest first, so "s h i t s" reports the whole run.
            for j in range(min(len(joined), i + _MAX_SPACED_WORD), i + 2, -1):
                match = LEXICON.regex.fullmatch(joined[i:j])
                if match is None:
                    continue
                term = LEXICON.term_for(match)
                if _blocks(term, band, joined[i:j], joined[i:j]):
                    return _verdict(term, norm, positions[i], positions[j - 1] + 1)
    return None


def check_text(text: str, band: AgeBand) -> SafetyVerdict:
    """Judge one piece of text for a reader in `band`; the first problem found wins."""
    norm = normalise(text)
    found = [_scan(variant, band) for variant in (norm, *destretched(norm))]
    found.append(_scan_spaced(norm, band))
    blocked = [verdict for verdict in found if verdict is not None]
    if not blocked:
        # No word is out of place for this band: is a harmful situation described?
        return check_situations(text) or SAFE
    return min(blocked, key=lambda verdict: verdict.span or (0, 0))


def check_fields(fields: Mapping[str, str], band: AgeBand) -> tuple[str, SafetyVerdict] | None:
    """The first field (in mapping order) that is blocked, with its verdict."""
    for name, value in fields.items():
        verdict = check_text(value, band)
        if not verdict.ok:
            return name, verdict
    return None
