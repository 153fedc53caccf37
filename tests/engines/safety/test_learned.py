"""The learned layer of the offline checker: MiniLM run offline, a classifier trained on our
labelled sentences, and what it adds to the rules."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import check_offline, check_text
from storyloom.engines.safety.embedder import embedder
from storyloom.engines.safety.learned import WEIGHTS, ModelWeights, sentences, situation_model
from storyloom.engines.safety.training import digest, training_rows

HERE = Path(__file__).parent


def test_the_shipped_model_is_trained_on_the_current_data() -> None:
    """Change a training file and this fails until the model is trained again:
    uv run python -m storyloom.engines.safety.training"""
    assert ModelWeights.load(WEIGHTS).data_digest == digest(training_rows())


def test_wordpiece_tokenises_as_bert_does() -> None:
    tokenizer = embedder().tokenizer
    assert tokenizer.encode("Hello, World!") == [101, 7592, 1010, 2088, 999, 102]
    assert tokenizer.encode("Café") == tokenizer.encode("cafe")  # accents stripped
    assert len(tokenizer.encode("word " * 1000)) == 128  # bounded


def test_embeddings_are_deterministic_unit_vectors_that_carry_meaning() -> None:
    embed = embedder().embed
    first = embed("the girl hurts her own arm when she is sad")
    assert np.array_equal(first, embed("the girl hurts her own arm when she is sad"))
    assert first.shape == (384,)
    assert float(np.linalg.norm(first)) == pytest.approx(1.0, abs=1e-5)
    near = embed("she cuts herself when she feels unhappy")
    far = embed("the ducks swim across the pond")
    assert float(first @ near) > float(first @ far) + 0.2


def test_sentences_are_split_and_trimmed() -> None:
    text = "  A boat.  Then a storm!\nWhy? ok; and then the end "
    assert [text[a:b] for a, b in sentences(text)] == [
        "A boat.",
        "Then a storm!",
        "Why?",
        "and then the end",
    ]


def test_the_model_points_at_the_harmful_sentence() -> None:
    text = "We had lunch at home. She goes to the bathroom after every meal to get rid of the food."
    assert check_text(text, AgeBand.preschool).ok  # no rule knows this wording
    verdict = check_offline(text, AgeBand.preschool)
    assert not verdict.ok
    assert verdict.span is not None
    assert (
        text[slice(*verdict.span)]
        == "She goes to the bathroom after every meal to get rid of the food."
    )
    assert verdict.reason
    assert "bathroom" in verdict.reason


@pytest.mark.parametrize(
    "text",
    [
        "Grandpa passed away in his sleep and we planted a tree for him.",
        "The knight laid down his sword and made friends with the dragon.",
        "We made a cocktail of orange and apple juice.",
        "A grumpy troll lived under the bridge.",
        "Mia's tooth fell out, so she put it under her pillow.",
        "The nurse gave Leo his flu shot and he got a sticker.",
    ],
)
def test_harmless_books_that_look_risky_pass(text: str) -> None:
    assert check_offline(text, AgeBand.early_reader).ok


def _rows(path: Path) -> list[dict[str, str | None]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("path", sorted(HERE.glob("fresh_*.jsonl")), ids=lambda p: p.stem)
def test_sentences_written_apart_are_judged_well(path: Path) -> None:
    """Sets written by someone who never saw the rules or the training data, and never
    trained on: the offline checker's recall and false positives there (figures in
    benchmarks/safety_eval.py; this holds the floor)."""
    rows = _rows(path)
    model = situation_model()
    assert model.weights.data_digest  # the model is loaded, not skipped
    harmful = [r for r in rows if r["category"]]
    safe = [r for r in rows if not r["category"]]
    caught = sum(not check_offline(str(r["text"]), AgeBand(str(r["band"]))).ok for r in harmful)
    refused = sum(not check_offline(str(r["text"]), AgeBand(str(r["band"]))).ok for r in safe)
    assert caught / len(harmful) >= RECALL_FLOOR
    assert refused / len(safe) <= FALSE_POSITIVE_CEILING


# A ratchet at today's figures (recall 0.852, 0.883, 0.827, 0.764; false positives 0.031,
# 0.057, 0.058, 0.113), still far from the 0.97 goal.
RECALL_FLOOR = 0.74
FALSE_POSITIVE_CEILING = 0.12


def test_our_own_writers_stories_pass_the_whole_offline_checker() -> None:
    """A provider's story reads like ours; the model must not refuse ordinary story prose
    (it once refused "Can you show me how it works?")."""
    from storyloom.engines.writer.engine import write_story
    from storyloom.engines.writer.report import sample_requests

    refused = [
        (request.band, page.text)
        for request in sample_requests(60, seed=3)
        for page in write_story(request).pages
        if not check_offline(page.text, request.band).ok
    ]
    assert refused == []
