"""Each book has its own phrasing: the same request with another seed says the common
things another way, one book says them one way throughout, and the choice is by seed."""

from __future__ import annotations

from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.phrasing import Phrasing

from .helpers import request

_TEXT = "They sat down next to the pond. Later they sat down next to the tree. It did not rain."


def test_a_book_keeps_one_wording_and_seeds_differ() -> None:
    wordings = set()
    for seed in range(12):
        first, second, _ = Phrasing.for_book(str(seed)).apply(_TEXT).split(". ")
        wording = first.removeprefix("They ").removesuffix(" the pond")
        assert wording == second.removeprefix("Later they ").removesuffix(" the tree")
        wordings.add(wording)
    assert wordings == {"sat down next to", "sat down by", "sat down close to"}
    assert Phrasing.for_book("7").apply(_TEXT) == Phrasing.for_book("7").apply(_TEXT)


def test_contractions_keep_the_capital_and_the_sense() -> None:
    contracting = next(p for s in range(20) if (p := Phrasing.for_book(str(s))).contract)
    assert contracting.apply("Did not. It was not there.") == "Didn't. It wasn't there."


def test_same_request_other_seed_shares_fewer_phrases() -> None:
    books = [write_story(request(3, seed=s, band="early_reader")) for s in range(4)]
    texts = [" ".join(p.text for p in b.pages) for b in books]
    assert len(set(texts)) == 4
    assert (
        write_story(request(3, seed=1, band="early_reader")).pages[0].text == books[1].pages[0].text
    )
