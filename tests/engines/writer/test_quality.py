"""The report's measurements over 500+ stories, held to the issue's thresholds."""

from __future__ import annotations

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.report import Report, run


def test_quality_over_many_stories() -> None:
    report: Report = run(stories=520, seed=11)
    assert report.stories >= 500
    for band, figures in report.bands.items():
        assert figures.stories > 0, band
        assert figures.grade_in_range == figures.stories, (
            band,
            min(figures.grades),
            max(figures.grades),
        )
        assert figures.pages_in_range == figures.pages, band
        assert figures.page_count_in_range == figures.stories, band
        if band in (AgeBand.toddler, AgeBand.preschool):
            assert figures.vocabulary_misses == 0, band
    assert report.cast_all_act == 1.0
    assert report.hero_opens_closes == 1.0
    assert report.grammar_failures == 0, report.grammar_examples
    assert report.variety_jaccard < 0.25
    assert report.distinct_titles >= 0.6
    assert report.repeated_sentences == 0
    assert report.trait_coverage >= 0.8
