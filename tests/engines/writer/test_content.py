"""Static checks over every realisation: trait markers, slots, vocabulary, safety."""

from __future__ import annotations

import random
import re

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.calm import CALM_ACTS, CALM_TURNS
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import sample_requests
from storyloom.engines.writer.templates import TEMPLATES
from storyloom.engines.writer.templates.base import Beat
from storyloom.engines.writer.templates.lesson import LESSON_TEMPLATES
from storyloom.engines.writer.traits import ACTS, MARKERS
from storyloom.engines.writer.turns import TURNS


def test_every_trait_realisation_carries_its_marker() -> None:
    for table in (ACTS, TURNS, CALM_ACTS, CALM_TURNS):
        for trait, lines in table.items():
            for line in (*lines.tod, *lines.pre, *lines.rich):
                # A slot may stand for a question's subject; markers are in the words.
                assert MARKERS[trait].search(re.sub(r"\{[^}]*\}", "it", line)), (trait, line)


def test_every_echo_names_the_hero() -> None:
    for template in [*TEMPLATES.values(), *LESSON_TEMPLATES.values()]:
        lines = template.lines[Beat.echo]
        for line in (*lines.tod, *lines.pre, *lines.rich):
            assert "{H" in line, (template.name, line)


def test_every_story_passes_the_safety_checker() -> None:
    from storyloom.engines.safety import check_text

    rng = random.Random(4)
    for req in rng.sample(sample_requests(480, seed=3), 160):
        draft = write_story(req)
        for text in [draft.title, *(p.text for p in draft.pages)]:
            verdict = check_text(text, AgeBand(req.band))
            assert verdict.ok, (text, verdict)
