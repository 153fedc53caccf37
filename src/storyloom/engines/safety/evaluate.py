"""Measure the rules against a labelled case set: recall on unsafe text, false positives on
benign text and on traps (words that look unsafe but are not)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.port import Category, SafetyVerdict
from storyloom.engines.safety.rules import check_text

Group = Literal["unsafe", "benign", "trap"]
GROUPS: tuple[Group, ...] = ("unsafe", "benign", "trap")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    band: AgeBand
    expect: Category | None
    group: Group

    @property
    def label(self) -> str:
        return f"{self.group}:{self.band}:{self.text[:40]}"


@dataclass(frozen=True, slots=True)
class Failure:
    case: Case
    verdict: SafetyVerdict


@dataclass(frozen=True, slots=True)
class Report:
    unsafe: int
    blocked: int
    right_category: int
    safe: int
    false_positives: int
    failures: tuple[Failure, ...]

    @property
    def recall(self) -> float:
        return self.blocked / self.unsafe if self.unsafe else 1.0

    @property
    def category_recall(self) -> float:
        return self.right_category / self.unsafe if self.unsafe else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.safe if self.safe else 0.0

    def summary(self) -> str:
        return (
            f"safety recall {self.recall:.3f} (category {self.category_recall:.2f}),"
            f" false positives {self.false_positive_rate:.3f}"
            f" over {self.unsafe + self.safe} cases"
        )


def load_cases(path: Path) -> list[Case]:
    """One JSON object per line: text, band, expect (a category or null), group."""
    cases: list[Case] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        group = row["group"]
        if group not in GROUPS:
            raise ValueError(f"{path}:{number}: unknown group {group!r}")
        expect = None if row["expect"] is None else Category(row["expect"])
        if (expect is None) != (group != "unsafe"):
            raise ValueError(f"{path}:{number}: unsafe cases need a category, others none")
        cases.append(Case(row["text"], AgeBand(row["band"]), expect, group))
    return cases


def evaluate(
    cases: Iterable[Case], check: Callable[[str, AgeBand], SafetyVerdict] = check_text
) -> Report:
    unsafe = blocked = right = safe = false_positives = 0
    failures: list[Failure] = []
    for case in cases:
        verdict = check(case.text, case.band)
        if case.expect is None:
            safe += 1
            if not verdict.ok:
                false_positives += 1
                failures.append(Failure(case, verdict))
            continue
        unsafe += 1
        blocked += not verdict.ok
        right += verdict.category == case.expect
        if verdict.category != case.expect:
            failures.append(Failure(case, verdict))
    return Report(unsafe, blocked, right, safe, false_positives, tuple(failures))
