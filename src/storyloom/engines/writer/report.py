"""Measure the procedural writer over many stories: reading level, length, cast, grammar,
variety and traits. The quality test and `storyloom writer report` both run this."""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import Setting
from storyloom.engines.writer.cast import random_cast
from storyloom.engines.writer.engine import Trace, word_count, write_story_traced
from storyloom.engines.writer.grammar import ALL_GENDERED
from storyloom.engines.writer.readability import fk_grade
from storyloom.engines.writer.story_metrics import (
    contradictions,
    idea_honoured,
    idea_requests,
    setting_foreign,
    stock_lines,
    things_before_they_exist,
)
from storyloom.engines.writer.story_spec import Lesson, Pronouns, StoryDraft, StoryRequest, Template
from storyloom.engines.writer.traits import MARKERS
from storyloom.engines.writer.vocabulary import unknown_words

SEEDS_PER_GROUP = 4


@dataclass(slots=True)
class Sample:
    request: StoryRequest
    draft: StoryDraft
    trace: Trace


def sample_requests(stories: int, seed: int = 0) -> list[StoryRequest]:
    """Groups of SEEDS_PER_GROUP stories sharing template, cast, setting and band."""
    rng = random.Random(seed)
    out: list[StoryRequest] = []
    combos = list(itertools.product(Template, AgeBand))
    rng.shuffle(combos)
    group = 0
    while len(out) < stories:
        template, band = combos[group % len(combos)]
        cast, rels = random_cast(rng)
        setting = rng.choice(list(Setting))
        lesson = rng.choice(list(Lesson))
        for k in range(SEEDS_PER_GROUP):
            out.append(
                StoryRequest.model_validate(
                    {
                        "cast": cast,
                        "relationships": rels,
                        "template": template,
                        "setting": setting,
                        "lesson": lesson,
                        "band": band,
                        "seed": group * 100 + k,
                    }
                )
            )
        group += 1
    return out[:stories]


# --- grammar ------------------------------------------------------------------------
_LEAKS = re.compile(r"[{}<>$]|\bNone\b|\bTODO\b|  |\bnull\b")
_A_BEFORE_VOWEL = re.compile(r"\b[Aa] (?!(?:uni|use|usu|eu|one|once|u-))[aeiouAEIOU]\w*")
_AN_BEFORE_CONSONANT = re.compile(
    r"\b[Aa]n (?!(?:hour|honest|honour|heir))[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\w*"
)
_SINGULAR_WITH_PLURAL_VERB = re.compile(
    r"\b(?:she|he)\s+(?:are|were|have|don't|aren't|weren't)\b", re.IGNORECASE
)
_THEY_WITH_SINGULAR_VERB = re.compile(
    r"\bthey\s+(?:is|was|has|does|doesn't|isn't|wasn't|(?!always|perhaps|nearly)\w+[^s']s)\b",
    re.IGNORECASE,
)
_LOWER_START = re.compile(r'(?:^|(?<=[.!?] ))"?[a-z]')
_BAD_DIALOGUE = re.compile(r'[A-Za-z]" (?:said|asked)\b|\." (?:said|asked)\b')
_WORD = re.compile(r"[A-Za-z']+")


def grammar_problems(draft: StoryDraft, request: StoryRequest) -> list[str]:
    """Everything that would make a parent wince, as short labels."""
    problems: list[str] = []
    allowed: set[str] = set()
    for pronouns in {m.pronouns for m in request.cast}:
        allowed |= ALL_GENDERED[pronouns]
    gendered = set().union(*ALL_GENDERED.values())
    for n, text in enumerate([draft.title] + [p.text for p in draft.pages]):
        checks: list[tuple[str, re.Pattern[str]]] = [
            ("leak", _LEAKS),
            ("a-before-vowel", _A_BEFORE_VOWEL),
            ("an-before-consonant", _AN_BEFORE_CONSONANT),
            ("she/he with plural verb", _SINGULAR_WITH_PLURAL_VERB),
            ("they with singular verb", _THEY_WITH_SINGULAR_VERB),
        ]
        if n:  # titles are not sentences
            checks += [
                ("lowercase sentence start", _LOWER_START),
                ("dialogue punctuation", _BAD_DIALOGUE),
            ]
        for label, pattern in checks:
            if match := pattern.search(text):
                problems.append(f"{label}: {match.group(0)!r} in {text!r}")
        words = {w.lower() for w in _WORD.findall(text)}
        if stray := (words & gendered) - allowed:
            problems.append(f"pronoun not in cast: {sorted(stray)} in {text!r}")
        if n and (text.count('"') % 2 or not re.search(r'[.!?]"?$', text)):
            problems.append(f"unbalanced quote or missing end punctuation in {text!r}")
    return problems


# --- the report ---------------------------------------------------------------------
@dataclass(slots=True)
class BandFigures:
    stories: int = 0
    grades: list[float] = field(default_factory=list)
    grade_in_range: int = 0
    pages: int = 0
    pages_in_range: int = 0
    page_count_in_range: int = 0
    vocabulary_misses: int = 0


@dataclass(slots=True)
class Report:
    stories: int
    bands: dict[AgeBand, BandFigures]
    cast_all_act: float
    hero_opens_closes: float
    grammar_failures: int
    grammar_examples: list[str]
    variety_jaccard: float
    distinct_titles: float
    repeated_sentences: int
    trait_coverage: float
    safety_failures: int | None
    stock_line_rate: float = 0.0
    stock_examples: list[tuple[str, int]] = field(default_factory=list)
    before_they_exist: int = 0
    setting_foreign: int = 0
    contradictions: int = 0
    idea_honoured: float | None = None
    idea_books: int = 0

    def rows(self) -> list[tuple[str, str, str]]:
        """(measure, value, goal) rows for a table."""
        rows: list[tuple[str, str, str]] = [("stories", str(self.stories), ">= 500 in the test")]
        for band, f in self.bands.items():
            rules = BAND_RULES[band]
            if not f.stories:
                continue
            rows.append(
                (
                    f"{band} FK grade mean [min, max]",
                    f"{sum(f.grades) / len(f.grades):.2f} [{min(f.grades):.2f}, "
                    f"{max(f.grades):.2f}]",
                    f"{rules.grade[0]}..{rules.grade[1]}",
                )
            )
            rows.append(
                (
                    f"{band} stories with grade in range",
                    f"{f.grade_in_range / f.stories:.1%}",
                    "100%",
                )
            )
            rows.append(
                (
                    f"{band} pages with words in range",
                    f"{f.pages_in_range / max(f.pages, 1):.1%}",
                    f"100% ({rules.words_per_page[0]}-{rules.words_per_page[1]} words)",
                )
            )
            rows.append(
                (f"{band} page counts in range", f"{f.page_count_in_range / f.stories:.1%}", "100%")
            )
            if band in (AgeBand.toddler, AgeBand.preschool):
                rows.append(
                    (f"{band} words off the young-reader list", str(f.vocabulary_misses), "0")
                )
        rows += [
            ("every character acts", f"{self.cast_all_act:.1%}", "100%"),
            ("hero on first and last page", f"{self.hero_opens_closes:.1%}", "100%"),
            ("grammar failures", str(self.grammar_failures), "0"),
            ("4-gram Jaccard, same cast, other seed", f"{self.variety_jaccard:.3f}", "< 0.15"),
            ("distinct titles", f"{self.distinct_titles:.1%}", ">= 60%"),
            ("repeated sentences (not refrains)", str(self.repeated_sentences), "0"),
            ("hero traits that shape a page", f"{self.trait_coverage:.1%}", ">= 80%"),
            (
                "safety failures",
                "n/a" if self.safety_failures is None else str(self.safety_failures),
                "0",
            ),
            (
                "stock-line rate (sentences in > 2% of books)",
                f"{self.stock_line_rate:.1%}",
                "<= 5%",
            ),
            ("things pointed at before they exist", str(self.before_they_exist), "0"),
            ("setting-foreign nouns", str(self.setting_foreign), "0"),
            ("time, weather and cold contradictions", str(self.contradictions), "0"),
        ]
        if self.idea_honoured is not None:
            rows.append(
                (
                    f"idea honoured ({self.idea_books} books from sample ideas)",
                    f"{self.idea_honoured:.1%}",
                    ">= 95%",
                )
            )
        return rows


def _grams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r'(?<=[.!?]) (?=[A-Z"])|(?<=[.!?]") (?=[A-Z])', text) if s]


def measure(samples: list[Sample], safety: Callable[[str, AgeBand], bool] | None = None) -> Report:
    bands = {band: BandFigures() for band in AgeBand}
    all_act = opens_closes = grammar = repeated = 0
    examples: list[str] = []
    traits_total = traits_shown = 0
    safety_failures = 0 if safety is not None else None
    for s in samples:
        req, draft = s.request, s.draft
        rules, figures = BAND_RULES[req.band], bands[req.band]
        text = " ".join(p.text for p in draft.pages)
        figures.stories += 1
        grade = fk_grade(text)
        figures.grades.append(grade)
        figures.grade_in_range += rules.grade[0] <= grade <= rules.grade[1]
        figures.page_count_in_range += rules.pages[0] <= len(draft.pages) <= rules.pages[1]
        names = [m.name for m in req.cast] + [w for m in req.cast for w in m.likes]
        for page in draft.pages:
            figures.pages += 1
            figures.pages_in_range += (
                rules.words_per_page[0] <= word_count(page.text) <= rules.words_per_page[1]
            )
            if req.band in (AgeBand.toddler, AgeBand.preschool):
                figures.vocabulary_misses += len(unknown_words(page.text, names))
        all_act += all(
            re.search(rf"\b{re.escape(m.name[0].upper() + m.name[1:])}\b", text) for m in req.cast
        )
        hero = req.hero
        first, last = draft.pages[0], draft.pages[-1]
        hero_name = hero.name[0].upper() + hero.name[1:]
        opens_closes += all(
            hero_name in p.text and any(c.character_id == hero.id for c in p.scene.characters)
            for p in (first, last)
        )
        problems = grammar_problems(draft, req)
        grammar += len(problems)
        examples += problems[: max(0, 5 - len(examples))]
        seen: set[str] = set()
        for sentence in (x for p in draft.pages for x in _sentences(p.text)):
            if (
                sentence in seen
                and sentence not in s.trace.refrain_lines
                and len(sentence.split()) > 3
            ):
                repeated += 1
            seen.add(sentence)
        for trait in hero.traits:
            traits_total += 1
            pages = [i for i, t in s.trace.trait_pages.items() if t == trait]
            traits_shown += any(MARKERS[trait].search(draft.pages[i].text) for i in pages)
        if safety is not None and safety_failures is not None:
            safety_failures += sum(
                not safety(t, req.band) for t in [draft.title] + [p.text for p in draft.pages]
            )
    # Variety: stories in the same group share everything but the seed.
    sims: list[float] = []
    for i in range(0, len(samples) - SEEDS_PER_GROUP + 1, SEEDS_PER_GROUP):
        group = [
            _grams(" ".join(p.text for p in x.draft.pages))
            for x in samples[i : i + SEEDS_PER_GROUP]
        ]
        for a, b in itertools.combinations(group, 2):
            sims.append(len(a & b) / max(len(a | b), 1))
    titles = [s.draft.title for s in samples]
    n = max(len(samples), 1)
    stock = stock_lines([(s.request, s.draft) for s in samples])
    return Report(
        stories=len(samples),
        bands=bands,
        cast_all_act=all_act / n,
        hero_opens_closes=opens_closes / n,
        grammar_failures=grammar,
        grammar_examples=examples,
        variety_jaccard=sum(sims) / max(len(sims), 1),
        distinct_titles=len(set(titles)) / n,
        repeated_sentences=repeated,
        trait_coverage=traits_shown / max(traits_total, 1),
        safety_failures=safety_failures,
        stock_line_rate=stock.rate,
        stock_examples=stock.examples,
        before_they_exist=sum(len(things_before_they_exist(s.draft)) for s in samples),
        setting_foreign=sum(len(setting_foreign(s.request, s.draft)) for s in samples),
        contradictions=sum(len(contradictions(s.request, s.draft)) for s in samples),
    )


def run(
    stories: int = 500,
    seed: int = 0,
    safety: Callable[[str, AgeBand], bool] | None = None,
    ideas: bool = True,
) -> Report:
    samples = []
    for request in sample_requests(stories, seed):
        draft, trace = write_story_traced(request)
        samples.append(Sample(request, draft, trace))
    report = measure(samples, safety)
    if ideas:
        books = [(r, write_story_traced(r)[0]) for r in idea_requests(seed)]
        report.idea_honoured = sum(idea_honoured(r, d) for r, d in books) / len(books)
        report.idea_books = len(books)
    return report


__all__ = ["Pronouns", "Report", "Sample", "grammar_problems", "measure", "run", "sample_requests"]
