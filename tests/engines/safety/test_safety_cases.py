"""The hand-written case set, one test per case, plus the aggregate figures."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from storyloom.engines.safety import Category, check_text
from storyloom.engines.safety.evaluate import Case, evaluate, load_cases

CASES = load_cases(Path(__file__).with_name("cases.jsonl"))


@pytest.mark.parametrize("case", CASES, ids=[case.label for case in CASES])
def test_case(case: Case) -> None:
    verdict = check_text(case.text, case.band)
    if case.expect is None:
        assert verdict.ok, verdict.reason
    else:
        assert not verdict.ok
        assert verdict.category == case.expect, verdict.reason


def test_case_set_covers_what_the_figures_claim() -> None:
    groups = Counter(case.group for case in CASES)
    assert groups["unsafe"] >= 60
    assert groups["benign"] >= 50
    assert groups["trap"] >= 40
    assert {case.expect for case in CASES if case.expect} == set(Category)
    # Obfuscated unsafe cases: non-ASCII letters, digits or symbols standing in for letters.
    obfuscated = [
        case
        for case in CASES
        if case.expect and (not case.text.isascii() or any(c in case.text for c in "*@$!0135"))
    ]
    assert len(obfuscated) >= 15


def test_figures() -> None:
    report = evaluate(CASES)
    assert report.recall >= 0.95, report.failures
    assert report.category_recall >= 0.95, report.failures
    assert report.false_positive_rate <= 0.02, report.failures
    assert report.summary().startswith("safety recall ")
