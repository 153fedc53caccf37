"""Train the learned layer (engines/safety/learned.py) from labelled sentences.

    uv run python -m storyloom.engines.safety.training

reads the training files (TRAINING below: JSON lines with a text and a category, null when
safe), embeds each sentence, fits a network with one hidden layer by full-batch Adam from a
seeded start (the same weights on every run), picks the refusal threshold on held-out folds
of the training data and writes situation_model.npz. (A softmax regression, tried first,
generalised worse to sentences written apart: recall 0.59/0.67 against 0.69/0.77 on the two
fresh sets at the same share of safe sentences refused.) The evaluation set's `heldout`
split and the `fresh` sets are never trained on: they say how the model does on wordings
it never saw.
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
    ("train_story_sentences_2.jsonl", None),
    ("train_everyday.jsonl", None),
    ("train_written_apart.jsonl", None),
    ("train_written_apart_2.jsonl", None),
    ("train_written_apart_3.jsonl", None),
    ("train_written_apart_4.jsonl", None),
    ("train_written_apart_5.jsonl", None),
    ("train_written_apart_6.jsonl", None),
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
UNITS = 512
L2 = 1e-4
EPOCHS = 300
RATE = 3e-3
SEED = 0
# The threshold is set on the sentences written apart from everything else (by people who
# never saw the rules or the other data), as scored by folds that did not train on them:
# the nearest thing to a family's own words. It may refuse this share of their safe ones:
# on a set written apart and never trained on (fresh_d), 3% gave recall 0.72 with 5.1% of
# the safe refused in all; 5% gives 0.82 with 5.8% (rules included). A missed harm costs
# more than a refused harmless line, which the parent can reword with the reason shown.
CALIBRATION = frozenset(name for name, _ in TRAINING if name.startswith("train_written_apart"))
SAFE_REFUSALS = 0.05
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


Params = tuple[NDArray[np.float32], NDArray[np.float32], NDArray[np.float32], NDArray[np.float32]]


def fit(vectors: NDArray[np.float32], labels: NDArray[np.int64], classes: int) -> Params:
    """One hidden ReLU layer and a softmax, with L2, by full-batch Adam from a seeded start.
    The safe sentences weigh as much together as the harmful ones, so neither side swamps."""
    rng = np.random.default_rng(SEED)
    dims = vectors.shape[1]
    params = [
        (rng.standard_normal((dims, UNITS)) * np.sqrt(2 / dims)).astype(np.float32),
        np.zeros(UNITS, np.float32),
        (rng.standard_normal((UNITS, classes)) * np.sqrt(1 / UNITS)).astype(np.float32),
        np.zeros(classes, np.float32),
    ]
    counts = np.bincount(labels, minlength=classes).astype(np.float32)
    balance = np.ones(classes, np.float32)
    balance[0] = counts[1:].sum() / max(counts[0], 1.0)
    targets = np.eye(classes, dtype=np.float32)[labels]
    weight = balance[labels][:, None] / balance[labels].sum()
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    for step in range(1, EPOCHS + 1):
        hidden, hidden_bias, matrix, bias = params
        before = vectors @ hidden + hidden_bias
        units = np.maximum(before, 0)
        logits = units @ matrix + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = (probs - targets) * weight
        back = grad @ matrix.T
        back[before <= 0] = 0
        grads = (
            vectors.T @ back + L2 * hidden,
            back.sum(axis=0),
            units.T @ grad + L2 * matrix,
            grad.sum(axis=0),
        )
        for n, (param, g) in enumerate(zip(params, grads, strict=True)):
            first[n] = 0.9 * first[n] + 0.1 * g
            second[n] = 0.999 * second[n] + 0.001 * g * g
            param -= (
                RATE
                * (first[n] / (1 - 0.9**step))
                / (np.sqrt(second[n] / (1 - 0.999**step)) + 1e-8)
            )
    return params[0], params[1], params[2], params[3]


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
        probe = ModelWeights(
            *fit(vectors[fold != k], labels[fold != k], len(CLASSES)), CLASSES, 0.5, ""
        )
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
    apart = np.array([row.source in CALIBRATION for row in rows])
    cut = threshold(harm[(labels == 0) & apart].tolist())
    recall = float((harm[(labels != 0) & apart] >= cut).mean())
    return ModelWeights(*fit(vectors, labels, len(CLASSES)), CLASSES, cut, digest(rows)), recall


def main(argv: Sequence[str] = ()) -> None:
    out = Path(argv[0]) if argv else WEIGHTS
    rows = training_rows()
    weights, recall = train(rows)
    weights.save(out)
    harmful = sum(row.category is not None for row in rows)
    calibration = ", ".join(sorted(CALIBRATION))
    print(
        f"trained on {len(rows)} sentences ({harmful} harmful); threshold"
        f" {weights.threshold:.3f} (on {calibration}, held out: recall {recall:.3f} refusing"
        f" {SAFE_REFUSALS:.0%} of the safe); wrote {out}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
