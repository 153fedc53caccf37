"""Every page is true to its own moment: no sun at night, no "that night" by day or at
sunset, no hot sun in the snow, no clear sky in the rain, no bedding under the sea."""

from __future__ import annotations

import itertools
import re

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import Setting, TimeOfDay, Weather
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.story_metrics import contradictions, setting_foreign
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.world import clashes

from .helpers import request

_SUN = re.compile(r"\bsun(?:ny|shine|light)?\b", re.IGNORECASE)
_HEAT = re.compile(r"\bwas hot\b|\bhot on\b|\bwarm (?:sun|afternoon|day)\b", re.IGNORECASE)
_BEDDING = re.compile(r"\b(?:blanket|pillow|quilt|covers|bath)\b", re.IGNORECASE)


def test_the_checks_name_what_the_moment_rules_out() -> None:
    night, sunset, noon = TimeOfDay.night, TimeOfDay.sunset, TimeOfDay.afternoon
    snowy, clear = Setting.snowy_village, Weather.clear
    assert clashes("The evening sun was low and red.", Setting.forest, night, clear)
    assert clashes("That night, she smiled. The low sun was red.", Setting.forest, sunset, clear)
    assert clashes("The sun was hot on their backs.", snowy, noon, clear)
    assert clashes("The warm sun shone down on them.", Setting.farm, noon, Weather.rain)
    assert not clashes("They drank hot chocolate by the fire.", snowy, noon, Weather.snow)
    assert not clashes("The moon was up, round and white.", Setting.forest, night, clear)


def test_snow_books_have_no_heat_and_night_pages_no_sun() -> None:
    for seed, template, band in itertools.product(
        range(6), (Template.adventure, Template.bedtime, Template.exploration), AgeBand
    ):
        req = request(seed, setting=Setting.snowy_village, template=template, band=band)
        draft = write_story(req)
        for page in draft.pages:
            assert not _HEAT.search(page.text), page.text
            if page.scene.time_of_day == TimeOfDay.night:
                assert not _SUN.search(page.text), page.text
            if page.scene.time_of_day != TimeOfDay.night:
                assert "that night" not in page.text.lower(), page.text
        assert not contradictions(req, draft)


def test_no_bedding_under_the_sea() -> None:
    for seed, band in itertools.product(range(10), AgeBand):
        req = request(seed, setting=Setting.underwater, template=Template.bedtime, band=band)
        draft = write_story(req)
        for page in draft.pages:
            assert not _BEDDING.search(page.text), page.text
        assert not setting_foreign(req, draft)


def test_rain_books_never_say_the_sky_is_clear() -> None:
    books = 0
    for seed, template in itertools.product(range(30), (Template.adventure, Template.rescue)):
        req = request(seed, setting=Setting.jungle, template=template, band=AgeBand.independent)
        draft = write_story(req)
        if draft.pages[0].scene.weather != Weather.rain:
            continue
        books += 1
        assert not contradictions(req, draft)
        for page in draft.pages:
            assert not re.search(r"shone down|sunny|sky was clear", page.text), page.text
    assert books
