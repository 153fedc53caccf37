"""The normaliser: skeletons, offset maps, de-stretching and spaced-out letters."""

from __future__ import annotations

from storyloom.engines.safety.normalise import destretched, normalise, spaced_runs


def test_ascii_keeps_offsets() -> None:
    norm = normalise("Hello World")
    assert norm.text == "hello world"
    assert norm.span(6, 11) == (6, 11)


def test_homoglyphs_fullwidth_accents_and_invisibles_fold_to_latin() -> None:
    text = "\u0455\u04bb\u0456t \uff26\uff35 ca\u0301fe\u0301 a\u200bb \u00c9t\u00e9 \u03b1\u03b2"
    norm = normalise(text)
    assert norm.text == "shit fu cafe ab ete ab"
    # "ab" in the skeleton spans the zero-width space in the original.
    start = norm.text.index("ab")
    assert norm.span(start, start + 2) == (text.index("a\u200b"), text.index("a\u200b") + 3)


def test_expanding_characters_map_back_to_their_source() -> None:
    text = "Stra\u00dfe \ufb01sh"  # sharp s casefolds to "ss", the ligature to "fi"
    norm = normalise(text)
    assert norm.text == "strasse fish"
    assert norm.span(4, 6) == (4, 5)
    assert norm.span(8, 12) == (7, 10)


def test_destretched_only_when_a_word_is_stretched() -> None:
    assert destretched(normalise("a little rabbit, assess, shiitake")) == []
    one, two = destretched(normalise("shiiiiit helllll"))
    assert one.text == "shit hel"
    assert two.text == "shiit hell"
    assert two.span(6, 10) == (9, 16)


def test_spaced_runs_join_single_letters() -> None:
    runs = spaced_runs("oh s h i t. and f . u . c . k")
    assert [run.joined for run in runs] == ["shit", "fuck"]
    assert runs[0].positions == [3, 5, 7, 9]


def test_ordinary_single_letters_are_not_runs() -> None:
    assert spaced_runs("i am a cat and i saw a dog") == []
    assert spaced_runs("1 2 3 4 5 once i caught a fish") == []
