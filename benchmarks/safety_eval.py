"""Recall and false-positive rate of the rules safety checker over the hand-written case
set (tests/engines/safety/cases.jsonl), plus the median time to check a 150-word page.

Goals: recall >= 0.95 (aim 1.0), false positives <= 0.02 (aim 0), page check < 1 ms.
The last line printed is the summary figure.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from pathlib import Path

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import check_text
from storyloom.engines.safety.evaluate import evaluate, load_cases

CASES = Path(__file__).resolve().parent.parent / "tests" / "engines" / "safety" / "cases.jsonl"
_SCENE = (
    "Maya and her dog Biscuit walked down to the river to draw the ducks. "
    "A storm rolled over the hills, and they hid under the old oak tree. "
    "'Storms always pass,' said Maya, hugging her dog close. When the sun came out, "
    "a rainbow stretched across the sky, and at its end sat a grumpy troll, stuck "
    "in the mud. They pulled and pulled until he popped free with a squelch."
)
PAGE = " ".join(" ".join([_SCENE] * 3).split()[:150])


def page_median_us(iterations: int = 500) -> float:
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        check_text(PAGE, AgeBand.early_reader)
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def main() -> None:
    cases = load_cases(CASES)
    groups = Counter(case.group for case in cases)
    print("cases: " + ", ".join(f"{group} {count}" for group, count in sorted(groups.items())))
    report = evaluate(cases)
    for failure in report.failures:
        verdict = failure.verdict
        got = verdict.category if not verdict.ok else "passed"
        print(f"  MISS {failure.case.label!r}: expected {failure.case.expect}, got {got}")
    print(f"150-word page: median {page_median_us():.0f} us")
    print(report.summary())


if __name__ == "__main__":
    main()
