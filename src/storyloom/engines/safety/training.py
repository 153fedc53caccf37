"""Train the learned layer (engines/safety/learned.py) from labelled sentences.

    uv run python -m storyloom.engines.safety.training

reads the training files (TRAINING below: JSON lines with a text and a category, null when
safe), embeds each sentence, fits a softmax regression by full-batch gradient descent from
zeros (the same weights on every run), picks the refusal threshold on held-out folds of
the training data and writes situation_model.npz. The evaluation set's `heldout` split and the
`fresh` sets are never trained on: they say how the model does on wordings it never saw.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from storyloom.engines.safety.learned import SAFE_CLASS, WEIGHTS, ModelWeights
from storyloom.engines.safety.port import Category

DATA = Path(__file__).resolve().parents[4] / "tests" / "engines" / "safety"
# (file, the splits of it to train on; None for all)
TRAINING: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("eval_set.jsonl", frozenset({"dev", "written"})),
    ("cases.jsonl", None),
    ("train_set.jsonl", None),
    ("train_story_sentences.jsonl", None),
    ("train_everyday.jsonl", None),
    ("train_written_apart.jsonl", None),
    ("train_written_apart_2.jsonl", None),
)
CLASSES: tuple[str, ...] = (
    SAFE_CLASS,
    *(
        c.value
        for c in (
            Category.self_harm,
            Category.abuse_grooming,
            Category.sexual,
            Category.hate,
            Category.dangerous_acts,
            Category.violence,
            Category.drugs_alcohol,
        )
    ),
)
L2 = 1e-5
EPOCHS = 2000
RATE = 4.0
# The threshold is set on the sentences written apart from everything else (by someone who
# never saw the rules or the other data), as scored by folds that did not train on them:
# the nearest thing to a family's own words. It may refuse this share of their safe ones.
CALIBRATION = "train_written_apart.jsonl"
SAFE_REFUSALS = 0.03
FOLDS = 5


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    category: str | None
    source: str = ""


def read(path: Path, splits: frozenset[str] | None = None) -> list[Labelled]:
    """One JSON object per line with `text` and `category` (or `expect`, as in cases.jsonl);
    categories the model does not learn (profanity, weapons, horror: words the rules know)
    are left out."""
    rows: list[Labelled] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if splits is not None and row.get("split") not in splits:
            continue
        category = row.get("category", row.get("expect"))
        if category is None or category in CLASSES:
            rows.append(Labelled(row["text"], category, path.name))
    return rows


def training_rows(folder: Path = DATA) -> list[Labelled]:
    seen: dict[str, Labelled] = {}
    for name, splits in TRAINING:
        for row in read(folder / name, splits):
            seen.setdefault(row.text.strip().lower(), row)
    return list(seen.values())


def digest(rows: Iterable[Labelled]) -> str:
    hasher = hashlib.sha256()
    for row in rows:
        hasher.update(f"{row.category}\t{row.text}\n".encode())
    return hasher.hexdigest()[:16]


def fit(
    vectors: NDArray[np.float32], labels: NDArray[np.int64], classes: int
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Softmax regression with L2, from zeros. The safe sentences weigh as much together as
    the harmful ones (each harmful category by its own count), so neither side swamps."""
    matrix = np.zeros((vectors.shape[1], classes), np.float32)
    bias = np.zeros(classes, np.float32)
    counts = np.bincount(labels, minlength=classes).astype(np.float32)
    balance = np.ones(classes, np.float32)
    balance[0] = counts[1:].sum() / max(counts[0], 1.0)
    targets = np.eye(classes, dtype=np.float32)[labels]
    weight = balance[labels][:, None] / len(labels)
    for _ in range(EPOCHS):
        logits = vectors @ matrix + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = (probs - targets) * weight
        matrix -= RATE * (vectors.T @ grad + L2 * matrix)
        bias -= RATE * grad.sum(axis=0)
    return matrix, bias


def threshold(harm_of_safe: Sequence[float]) -> float:
    """The lowest threshold that refuses at most SAFE_REFUSALS of the safe sentences."""
    ranked = sorted(harm_of_safe, reverse=True)
    allowed = int(len(ranked) * SAFE_REFUSALS)
    return float(min(0.98, max(0.5, ranked[allowed] + 1e-4)))


def held_out_harm(vectors: NDArray[np.float32], labels: NDArray[np.int64]) -> NDArray[np.float32]:
    """P(not safe) of every sentence from a model that did not see it (k-fold), so the
    threshold is set on sentences as new to the model as a family's will be."""
    harm = np.zeros(len(labels), np.float32)
    fold = np.arange(len(labels)) % FOLDS
    for k in range(FOLDS):
        matrix, bias = fit(vectors[fold != k], labels[fold != k], len(CLASSES))
        probe = ModelWeights(matrix, bias, CLASSES, 0.5, "")
        harm[fold == k] = 1.0 - probe.probabilities(vectors[fold == k])[:, 0]
    return harm


def train(rows: Sequence[Labelled]) -> tuple[ModelWeights, float]:
    """The weights, and the recall on the calibration sentences (held-out folds) at the
    chosen threshold."""
    from storyloom.engines.safety.embedder import embedder

    embed = embedder().embed
    vectors = np.stack([embed(row.text.strip().lower()) for row in rows])
    labels = np.array([CLASSES.index(row.category or SAFE_CLASS) for row in rows])
    harm = held_out_harm(vectors, labels)
    apart = np.array([row.source == CALIBRATION for row in rows])
    cut = threshold(harm[(labels == 0) & apart].tolist())
    recall = float((harm[(labels != 0) & apart] >= cut).mean())
    matrix, bias = fit(vectors, labels, len(CLASSES))
    return ModelWeights(matrix, bias, CLASSES, cut, digest(rows)), recall


def main(argv: Sequence[str] = ()) -> None:
    out = Path(argv[0]) if argv else WEIGHTS
    rows = training_rows()
    weights, recall = train(rows)
    weights.save(out)
    harmful = sum(row.category is not None for row in rows)
    print(
        f"trained on {len(rows)} sentences ({harmful} harmful); threshold"
        f" {weights.threshold:.3f} (on {CALIBRATION}, held out: recall {recall:.3f} refusing"
        f" {SAFE_REFUSALS:.0%} of the safe); wrote {out}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
