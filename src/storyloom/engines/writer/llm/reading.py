"""Is a model's page readable by the child it is for? Grade, sentence length, familiar words.

Studies of model-written children's text find it lands harder than the grade asked for,
so every page of an LLM draft is measured against its band:

- reading grade (Flesch-Kincaid, the band's range in engines/bands.py), of the whole
  story and of each page (see STORY_SLACK). Cast names are read as one-syllable "Sam"
  first: "Anastasia" is on every page and the child knows it;
- the longest sentence, against `MAX_SENTENCE_WORDS` for the band;
- for toddlers and preschoolers, the share of words outside the young-reader list
  (engines/writer/vocabulary.py: the most frequent English words plus picture-book words).

Each problem is phrased for the model ("page 3: grade 5.2, above 2.0 for ages 3-5; ...").
`distance` says how far a draft is from its band overall, so the closest of several
drafts can be kept when none fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.writer.readability import fk_grade
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest
from storyloom.engines.writer.vocabulary import unknown_words

# Longest sentence a page may have. These stop run-on sentences, which models like to
# write, and sit just above what the built-in writer (written to CRAFT.md's band rules)
# produces in 99% of its pages: toddler board books use one or two sentences of three to
# eight words, so twelve is already a long one; a preschool read-aloud page keeps to
# about five to nine, over twenty is a sentence a listener loses; early readers decode word by
# word and lose the thread in sentences much past two dozen words; independent readers
# (grades 2-5) read chapter-book sentences averaging 12-15 words, and more than 32 is one
# no children's editor would let through.
MAX_SENTENCE_WORDS: dict[AgeBand, int] = {
    AgeBand.toddler: 12,
    AgeBand.preschool: 22,
    AgeBand.early_reader: 28,
    AgeBand.independent: 32,
}
# Share of a page's words that may be off the young-reader list (toddlers and
# preschoolers only; older children are meant to meet new words). At least one such word
# is always allowed: a page about a "lighthouse" may say so.
UNFAMILIAR_SHARE: dict[AgeBand, float] = {AgeBand.toddler: 0.1, AgeBand.preschool: 0.15}
# Flesch-Kincaid is a measure of a text, not of ten words: one long word moves a short
# page by several grades. So the story as a whole must sit within STORY_SLACK of the band
# (then every page beyond the band is named, so the model knows which ones to simplify),
# and a single page may stray up to PAGE_SLACK beyond the band when the story fits.
STORY_SLACK = 0.5
PAGE_SLACK = 3.0
_NAME_STAND_IN = "Sam"
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?:\s+|$)")
_MAX_LISTED_WORDS = 5
# How a miss weighs in `distance`, in grade units: a word too many in the longest
# sentence, and an unfamiliar word over the allowance.
_SENTENCE_WEIGHT = 0.25
_WORD_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class PageReading:
    number: int
    grade: float
    longest_sentence: int
    words: int
    unfamiliar: tuple[str, ...]


def _plain_names(text: str, names: list[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        if name.strip():
            text = re.sub(rf"\b{re.escape(name.strip())}\b", _NAME_STAND_IN, text)
    return text


def longest_sentence(text: str) -> int:
    return max((len(s.split()) for s in _SENTENCE_END.split(text) if s.strip()), default=0)


def read_page(number: int, text: str, names: list[str], band: AgeBand) -> PageReading:
    plain = _plain_names(text, names)
    unfamiliar = tuple(unknown_words(text, names)) if band in UNFAMILIAR_SHARE else ()
    return PageReading(
        number=number,
        grade=round(fk_grade(plain), 1) if plain.strip() else 0.0,
        longest_sentence=longest_sentence(text),
        words=len(text.split()),
        unfamiliar=unfamiliar,
    )


def _grade_miss(grade: float, band: AgeBand, slack: float) -> float:
    low, high = BAND_RULES[band].grade
    return max(grade - (high + slack), (low - slack) - grade, 0.0)


def _allowed_unfamiliar(reading: PageReading, band: AgeBand) -> int:
    share = UNFAMILIAR_SHARE.get(band)
    return reading.words if share is None else max(1, int(share * reading.words))


def page_distance(reading: PageReading, band: AgeBand) -> float:
    """0 for a page inside its band (grade within PAGE_SLACK); else how far out, in grade
    units."""
    over_sentence = max(reading.longest_sentence - MAX_SENTENCE_WORDS[band], 0)
    over_words = max(len(reading.unfamiliar) - _allowed_unfamiliar(reading, band), 0)
    return (
        _grade_miss(reading.grade, band, PAGE_SLACK)
        + _SENTENCE_WEIGHT * over_sentence
        + _WORD_WEIGHT * over_words
    )


def page_problem(reading: PageReading, band: AgeBand, story_out: bool = False) -> str | None:
    """What is wrong with the page, phrased for the model, or None when it fits.
    `story_out`: the story as a whole is outside its grade range, so any page beyond the
    range is named, not only one beyond PAGE_SLACK."""
    rules = BAND_RULES[band]
    ages = f"ages {rules.ages[0]}-{rules.ages[1]}"
    low, high = rules.grade
    slack = 0.0 if story_out else PAGE_SLACK
    bits: list[str] = []
    if reading.grade > high + slack:
        bits.append(f"grade {reading.grade:.1f}, above {high:.1f} for {ages}")
    elif reading.grade < low - slack:
        bits.append(f"grade {reading.grade:.1f}, below {low:.1f} for {ages}")
    limit = MAX_SENTENCE_WORDS[band]
    if reading.longest_sentence > limit:
        bits.append(f"sentences of {reading.longest_sentence} words, keep under {limit + 1}")
    if len(reading.unfamiliar) > _allowed_unfamiliar(reading, band):
        listed = ", ".join(list(dict.fromkeys(reading.unfamiliar))[:_MAX_LISTED_WORDS])
        bits.append(f"unfamiliar words: {listed} (use words a {rules.ages[0]}-year-old knows)")
    return f"page {reading.number}: " + "; ".join(bits) if bits else None


@dataclass(frozen=True, slots=True)
class DraftReading:
    grade: float
    problems: list[str]
    distance: float

    @property
    def fits(self) -> bool:
        return not self.problems


def read_draft(draft: StoryDraft, request: StoryRequest) -> DraftReading:
    """The draft's reading problems, page by page, and its distance from the band: the
    story's grade miss counted once per page, plus every page's own miss."""
    band = request.band
    names = [m.name for m in request.cast]
    grade = fk_grade(_plain_names(" ".join(p.text for p in draft.pages), names))
    story_miss = _grade_miss(grade, band, STORY_SLACK)
    readings = [read_page(n, p.text, names, band) for n, p in enumerate(draft.pages, start=1)]
    problems = [
        problem
        for reading in readings
        if (problem := page_problem(reading, band, story_out=story_miss > 0)) is not None
    ]
    if story_miss > 0 and not problems:
        low, high = BAND_RULES[band].grade
        side = f"above {high:.1f}" if grade > high else f"below {low:.1f}"
        problems.append(f"the story as a whole reads at grade {grade:.1f}, {side}")
    distance = story_miss * len(readings) + sum(page_distance(r, band) for r in readings)
    return DraftReading(grade=round(grade, 1), problems=problems, distance=round(distance, 2))


def outside_band_note(reading: DraftReading, band: AgeBand) -> str:
    rules = BAND_RULES[band]
    pages = ", ".join(p.split(":", 1)[0].removeprefix("page ") for p in reading.problems)
    return (
        f"The text may be harder or easier than planned for ages {rules.ages[0]}-"
        f"{rules.ages[1]}: the model's closest draft was kept (pages {pages} outside the "
        "reading level). Rewrite or edit those pages if they read too hard."
    )


__all__ = [
    "MAX_SENTENCE_WORDS",
    "PAGE_SLACK",
    "STORY_SLACK",
    "UNFAMILIAR_SHARE",
    "DraftReading",
    "PageReading",
    "longest_sentence",
    "outside_band_note",
    "page_distance",
    "page_problem",
    "read_draft",
    "read_page",
]
