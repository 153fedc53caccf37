"""The learned layer of the offline checker: harmful situations in wordings no rule foresaw.

Each sentence of a text is embedded by MiniLM (engines/safety/embedder.py) and scored by a
small neural classifier (one hidden layer) trained on our labelled sentences
(engines/safety/training.py, weights in situation_model.npz beside this file). The rules run
first and give the precise reasons; this layer catches what they miss ("cuts herself when
she is sad", "wants her to keep their special secret from her parents"). Offline,
deterministic, a few milliseconds a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.contexts import safe_turn
from storyloom.engines.safety.port import Category, SafetyVerdict

WEIGHTS = Path(__file__).with_name("situation_model.npz")
SAFE_CLASS = "safe"
_SENTENCE = re.compile(r"[^.!?;:\n]+[.!?;:\n]*")
_MIN_LETTERS = 3
# Sentences shorter than this are left to the rules: a few words ("Mia tries to jump.",
# "Can you show me how it works?") carry too little for the embedding to tell play from
# harm. At 6 words the model refused 6 of 2,454 pages of our own writer's stories; at 8,
# none, for about half a point of recall on the sets written apart.
MIN_WORDS = 8
_REASONS: dict[Category, str] = {
    Category.violence: "describes someone being hurt",
    Category.sexual: "describes sexual content",
    Category.self_harm: "describes someone hurting themselves",
    Category.drugs_alcohol: "describes drugs or alcohol",
    Category.hate: "puts down a group of people",
    Category.abuse_grooming: "sounds like grooming or abuse",
    Category.dangerous_acts: "describes a dangerous act children might copy",
}


@dataclass(frozen=True, slots=True)
class ModelWeights:
    hidden: NDArray[np.float32]  # (384, units): the embedding to a hidden layer (ReLU)
    hidden_bias: NDArray[np.float32]  # (units,)
    matrix: NDArray[np.float32]  # (units, classes)
    bias: NDArray[np.float32]  # (classes,)
    classes: tuple[str, ...]  # SAFE_CLASS first, then categories
    threshold: float  # refuse when P(not safe) reaches this
    data_digest: str  # what it was trained on (training.py checks it is current)

    def save(self, path: Path) -> None:
        np.savez(
            path,
            hidden=self.hidden,
            hidden_bias=self.hidden_bias,
            matrix=self.matrix,
            bias=self.bias,
            classes=np.array(self.classes),
            threshold=np.float32(self.threshold),
            data_digest=np.array(self.data_digest),
        )

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> ModelWeights:
        with np.load(path, allow_pickle=False) as saved:
            return cls(
                hidden=saved["hidden"].astype(np.float32),
                hidden_bias=saved["hidden_bias"].astype(np.float32),
                matrix=saved["matrix"].astype(np.float32),
                bias=saved["bias"].astype(np.float32),
                classes=tuple(str(c) for c in saved["classes"]),
                threshold=float(saved["threshold"]),
                data_digest=str(saved["data_digest"]),
            )

    def probabilities(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        units = np.maximum(vectors @ self.hidden + self.hidden_bias, 0.0)
        logits = units @ self.matrix + self.bias
        logits -= logits.max(axis=-1, keepdims=True)
        odds = np.exp(logits)
        return np.asarray(odds / odds.sum(axis=-1, keepdims=True), dtype=np.float32)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences (and semicolon or colon clauses) of `text`, trimmed."""
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if sum(ch.isalpha() for ch in text[start:end]) >= _MIN_LETTERS:
            yield start, end


class SituationModel:
    """Scores each sentence; the first whose harm reaches the threshold is refused."""

    def __init__(self, weights: ModelWeights, embed: Callable[[str], NDArray[np.float32]]) -> None:
        self.weights = weights
        self._embed = lru_cache(maxsize=8192)(embed)

    def forget(self) -> None:
        """Drop the remembered sentence vectors (for honest timings)."""
        self._embed.cache_clear()

    def harm(self, sentence: str) -> tuple[float, Category]:
        """P(not safe) and the likeliest category for one sentence."""
        probs = self.weights.probabilities(self._embed(sentence.strip().lower())[None, :])[0]
        harmful = int(np.argmax(probs[1:])) + 1
        return 1.0 - float(probs[0]), Category(self.weights.classes[harmful])

    def check(self, text: str, band: AgeBand) -> SafetyVerdict | None:
        for start, end in sentences(text):
            if len(text[start:end].split()) < MIN_WORDS or safe_turn(text[start:end].lower()):
                continue  # too short to judge, or the lesson a book teaches
            harm, category = self.harm(text[start:end])
            if harm >= self.weights.threshold:
                matched = text[start:end]
                return SafetyVerdict(
                    False, category, (start, end), matched, f'{_REASONS[category]} ("{matched}")'
                )
        return None


@cache
def situation_model() -> SituationModel:
    """The process's model, loaded on first use (the embedder takes under a second)."""
    from storyloom.engines.safety.embedder import embedder

    return SituationModel(ModelWeights.load(), embedder().embed)
