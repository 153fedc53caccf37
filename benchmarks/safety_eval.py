"""Recall and false-positive rate of the offline safety gate over the hand-written case
set (tests/engines/safety/cases.jsonl) and the evaluation set of situations
(tests/engines/safety/eval_set.jsonl, dev, heldout and written separately, and any
tests/engines/safety/fresh_*.jsonl set written apart and never trained on; per category
and band), through the offline checker (rules, then the learned model),
plus the median time to check a sentence and a 150-word page.

Goals on the evaluation set: recall >= 0.97 and false positives <= 0.03 in every band,
median check < 5 ms. The last line printed is the summary figure.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import check_offline
from storyloom.engines.safety.evaluate import evaluate, load_cases
from storyloom.engines.safety.learned import situation_model

SAFETY_TESTS = Path(__file__).resolve().parent.parent / "tests" / "engines" / "safety"
CASES = SAFETY_TESTS / "cases.jsonl"
EVAL_SET = SAFETY_TESTS / "eval_set.jsonl"
_SCENE = (
    "Maya and her dog Biscuit walked down to the river to draw the ducks. "
    "A storm rolled over the hills, and they hid under the old oak tree. "
    "'Storms always pass,' said Maya, hugging her dog close. When the sun came out, "
    "a rainbow stretched across the sky, and at its end sat a grumpy troll, stuck "
    "in the mud. They pulled and pulled until he popped free with a squelch."
)
PAGE = " ".join(" ".join([_SCENE] * 3).split()[:150])


def page_median_us(iterations: int = 200) -> float:
    samples = []
    for _ in range(iterations):
        situation_model().forget()
        start = time.perf_counter()
        check_offline(PAGE, AgeBand.early_reader)
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def main() -> None:
    cases = load_cases(CASES)
    groups = Counter(case.group for case in cases)
    print("cases: " + ", ".join(f"{group} {count}" for group, count in sorted(groups.items())))
    report = evaluate(cases, check_offline)
    for failure in report.failures:
        verdict = failure.verdict
        got = verdict.category if not verdict.ok else "passed"
        print(f"  MISS {failure.case.label!r}: expected {failure.case.expect}, got {got}")
    print(f"150-word page: median {page_median_us():.0f} us")
    print(report.summary())
    rows = [json.loads(line) for line in EVAL_SET.read_text().splitlines() if line.strip()]
    # Sets written apart from the checker and never trained on, when present.
    fresh = sorted(SAFETY_TESTS.glob("fresh_*.jsonl"))
    for path in fresh:
        for line in path.read_text().splitlines():
            if line.strip():
                rows.append({**json.loads(line), "split": path.stem})
    check_offline("warm up the model", AgeBand.toddler)
    times = []
    model = situation_model()
    for row in rows:  # each check from cold: no sentence's vector is remembered
        model.forget()
        started = time.perf_counter()
        check_offline(row["text"], AgeBand(row["band"]))
        times.append((time.perf_counter() - started) * 1000)
    summary = []
    for split in ("dev", "heldout", "written", *(path.stem for path in fresh), "all"):
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # key -> [right, total]
        for row in (r for r in rows if split in {r["split"], "all"}):
            verdict = check_offline(row["text"], AgeBand(row["band"]))
            harmful = row["category"] is not None
            right = (not verdict.ok) if harmful else verdict.ok
            kind = "recall" if harmful else "false_pos"
            for key in (f"{kind} band={row['band']}", f"{kind} category={row['category']}"):
                tally[key][0] += right
                tally[key][1] += 1
            if not right and split != "all":
                print(f"  {split} {'MISS' if harmful else 'FALSE'} [{row['band']}] {row['text']}")
        for key in sorted(tally):
            right, total = tally[key]
            rate = right / total if key.startswith("recall") else 1 - right / total
            print(f"{split} {key}: {rate:.3f} ({total})")
        bands = [k for k in tally if "band=" in k]
        worst_recall = min(tally[k][0] / tally[k][1] for k in bands if k.startswith("recall"))
        worst_fp = max(1 - tally[k][0] / tally[k][1] for k in bands if k.startswith("false"))
        summary.append(
            f"{split}: worst-band recall {worst_recall:.3f}, false positives {worst_fp:.3f}"
        )
    median = statistics.median(times)
    print(
        f"evaluation set ({len(rows)} sentences): "
        + "; ".join(summary)
        + f"; median {median:.3f} ms"
    )


if __name__ == "__main__":
    main()
