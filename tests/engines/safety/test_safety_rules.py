"""Behaviour of check_text beyond the case set: spans, bands, names, the lexicon itself."""

from __future__ import annotations

import pytest

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import Category, check_fields, check_text
from storyloom.engines.safety.compiler import Term, compile_lexicon, expand
from storyloom.engines.safety.lexicon import ALLOWED, TERMS

BANDS = list(AgeBand)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Well, \uff46\uff55\u200b\uff43\uff4b that.", "\uff46\uff55\u200b\uff43\uff4b"),
        ("what the helllll!", "helllll"),
        ("oh shiiiiit no", "shiiiiit"),
        ("Dear \u0455\u04bb\u0456t,", "\u0455\u04bb\u0456t"),
        ("the Ba\u0301stard ran", "Ba\u0301stard"),
        ("you are a s h i t, ok", "s h i t"),
        ("total motherfuckers", "motherfuckers"),
        ("x f.u.c.k y", "f.u.c.k"),
    ],
)
def test_span_points_into_the_original_text(text: str, matched: str) -> None:
    verdict = check_text(text, AgeBand.independent)
    assert verdict.span is not None
    start, end = verdict.span
    assert text[start:end] == matched == verdict.matched


# (text, youngest band it is fine for; None = never). Mirrors the table in lexicon.py.
THRESHOLDS: list[tuple[str, AgeBand | None]] = [
    ("a scary noise", AgeBand.preschool),
    ("a bad nightmare", AgeBand.preschool),
    # Creatures are characters at every age; a sentence where they frighten waits until 5.
    ("a ghost chases them", AgeBand.early_reader),
    ("a monster grabs the boy", AgeBand.early_reader),
    ("the wicked witch", AgeBand.early_reader),
    ("a skeleton jumps out to scare everyone", AgeBand.early_reader),
    ("the grumpy troll", AgeBand.toddler),
    ("a monster who is lonely and wants a cuddle", AgeBand.toddler),
    ("the witch takes the bus", AgeBand.toddler),
    ("the little ghost is scared of the dark", AgeBand.toddler),
    ("a scary troll", AgeBand.early_reader),
    ("Grandpa died", AgeBand.toddler),  # gentle loss, for every age
    ("the goldfish died and we drew him a picture", AgeBand.toddler),
    ("Grandpa died in a car crash", AgeBand.early_reader),
    ("Grandpa was dead on the floor", None),
    ("our cat passed away", AgeBand.toddler),  # gentle loss, for every age
    ("a knife", AgeBand.early_reader),
    ("Dad chops the carrots with a knife", AgeBand.toddler),  # a grown-up's kitchen knife
    ("Dad gives Sam the sharp knife", AgeBand.early_reader),
    ("the naked emperor", AgeBand.early_reader),
    ("his sword", AgeBand.early_reader),  # historical weapons without harm, from 5
    ("a dagger", AgeBand.independent),
    ("blood everywhere", AgeBand.independent),
    ("her scraped knee bled a little", AgeBand.toddler),  # gentle, for every age
    ("the war", AgeBand.independent),
    ("a zombie who wants to dance", AgeBand.toddler),
    ("zombies chase the children", AgeBand.independent),
    ("a vampire", AgeBand.toddler),  # a creature that does not frighten
    ("a vampire bites the boy", AgeBand.independent),
    ("he struck a match", AgeBand.independent),
    ("a gun", None),
    ("he killed it", None),
    ("a beer", None),
    ("Mum has a glass of wine with dinner", AgeBand.toddler),  # a grown-up's drink
    ("the grown-ups have beer, the kids have lemonade", AgeBand.toddler),
    ("Dad lets the boys try his beer", None),
    ("the kids drink the wine", None),
    ("Mia drinks Mum's gin", None),
    ("that joke killed me, I laughed so hard", AgeBand.toddler),
    ("he killed me", None),
    ("shit", None),
    ("the corpse", None),
]


@pytest.mark.parametrize(("text", "from_band"), THRESHOLDS)
@pytest.mark.parametrize("band", BANDS)
def test_band_thresholds(text: str, from_band: AgeBand | None, band: AgeBand) -> None:
    allowed = from_band is not None and BANDS.index(band) >= BANDS.index(from_band)
    assert check_text(text, band).ok is allowed


def test_reasons_are_parent_readable() -> None:
    assert check_text("He had a gun", AgeBand.independent).reason == 'contains a weapon ("gun")'
    ghost = check_text("A ghost chased her!", AgeBand.toddler)
    assert ghost.reason == 'is too frightening ("ghost"); fine from age 5'
    assert check_text("Nana died in a car crash", AgeBand.preschool).reason == (
        'talks about death ("died"); fine from age 5'
    )


def test_safe_verdict_is_empty() -> None:
    verdict = check_text("A happy little duck.", AgeBand.toddler)
    assert verdict.ok
    assert (verdict.category, verdict.span, verdict.matched, verdict.reason) == (None,) * 4


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Dick", True),
        ("Uncle Dick waved.", True),
        ("dick", False),
        ("DICK", False),
        ("D1ck", False),
        ("Willy Wonka", True),
        ("his willy", False),
        ("Aunt Fanny baked a pie.", True),
    ],
)
def test_capitalised_names_pass(text: str, ok: bool) -> None:
    assert check_text(text, AgeBand.independent).ok is ok


@pytest.mark.parametrize("text", ["455", "8008", "Chapter 7175", "1 2 3 4 5 6 7 8", "5 4 5"])
def test_numbers_are_not_leetspeak(text: str) -> None:
    assert check_text(text, AgeBand.toddler).ok


@pytest.mark.parametrize("spelling", [s for term in ALLOWED for s in expand(term.pattern)], ids=str)
def test_allowed_phrases_pass_at_every_age(spelling: str) -> None:
    assert check_text(spelling, AgeBand.toddler).ok


def _blocking_spellings() -> list[tuple[str, Term]]:
    out: list[tuple[str, Term]] = []
    for term in TERMS:
        if term.category is None:
            continue
        # A few spellings per term keep this quick; phrases can have thousands.
        out.extend((spelling.strip("*"), term) for spelling in expand(term.pattern)[:12])
    return out


@pytest.mark.parametrize(("spelling", "term"), _blocking_spellings(), ids=lambda v: str(v)[:40])
def test_every_listed_spelling_blocks_in_its_own_category(spelling: str, term: Term) -> None:
    # A term with a context is refused where its sentence frightens.
    text = f"The {spelling} chased us." if term.context else f"Look: {spelling}."
    verdict = check_text(text, AgeBand.toddler)
    assert not verdict.ok
    assert verdict.category == term.category


def test_check_fields_reports_the_first_blocked_field() -> None:
    fields = {"name": "Maya", "idea": "a trip to the moon", "edit": "a gun", "other": "f*ck"}
    found = check_fields(fields, AgeBand.preschool)
    assert found is not None
    name, verdict = found
    assert name == "edit"
    assert verdict.category == Category.weapons
    assert check_fields({"name": "Maya", "idea": "a picnic"}, AgeBand.toddler) is None


def test_bad_patterns_fail_at_compile_time() -> None:
    with pytest.raises(ValueError, match="unsupported character"):
        compile_lexicon([Term("na%ughty", Category.profanity)])
    with pytest.raises(ValueError, match="unsupported character"):
        compile_lexicon([Term("very na%ughty", Category.profanity)])
