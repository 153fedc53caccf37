"""The band checks on a model's page: grade, sentence length and familiar words."""

from __future__ import annotations

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.llm.reading import (
    MAX_SENTENCE_WORDS,
    longest_sentence,
    page_distance,
    page_problem,
    read_page,
)


def test_a_long_sentence_is_named_with_the_bands_limit() -> None:
    words = " ".join(["the dog ran"] * 6) + "."
    reading = read_page(4, f"Mia sat. {words}", [], AgeBand.preschool)
    assert reading.longest_sentence == 18
    problem = page_problem(reading, AgeBand.toddler)
    assert problem is not None
    assert problem.startswith("page 4: ")
    limit = MAX_SENTENCE_WORDS[AgeBand.toddler]
    assert f"sentences of 18 words, keep under {limit + 1}" in problem
    assert page_problem(reading, AgeBand.independent) is None


def test_unfamiliar_words_are_listed_for_the_youngest_only() -> None:
    text = "Mia saw an ostentatious, perspicacious, magniloquent hippopotamus."
    reading = read_page(2, text, ["Mia"], AgeBand.toddler)
    problem = page_problem(reading, AgeBand.toddler)
    assert problem is not None
    assert "unfamiliar words: ostentatious, perspicacious, magniloquent" in problem
    assert "ages 2-3" in problem or "2-year-old" in problem
    older = read_page(2, text, ["Mia"], AgeBand.independent)
    assert older.unfamiliar == ()


def test_a_page_far_above_its_grade_is_named_and_distance_grows() -> None:
    easy = "The cat sat. The dog ran. Mia hid."
    hard = (
        "Consequently, the extraordinarily inquisitive investigator contemplated "
        "the unfathomable, multidimensional circumstances meticulously."
    )
    e = read_page(1, easy, ["Mia"], AgeBand.preschool)
    h = read_page(1, hard, ["Mia"], AgeBand.preschool)
    assert page_distance(e, AgeBand.preschool) == 0
    assert page_problem(e, AgeBand.preschool) is None
    problem = page_problem(h, AgeBand.preschool)
    assert problem is not None
    assert f"grade {h.grade:.1f}, above 2.0 for ages 3-5" in problem
    assert page_distance(h, AgeBand.preschool) > 0


def test_names_do_not_count_against_the_grade() -> None:
    text = "Anastasiabelle-Maximiliana ran to the big tree."
    with_name = read_page(1, text, ["Anastasiabelle-Maximiliana"], AgeBand.toddler)
    without = read_page(1, text, [], AgeBand.toddler)
    assert with_name.grade < without.grade
    assert with_name.unfamiliar == ()


def test_sentences_split_on_end_marks() -> None:
    assert longest_sentence('"Look!" said Mia. She ran and ran and ran?') == 6
    assert longest_sentence("") == 0
