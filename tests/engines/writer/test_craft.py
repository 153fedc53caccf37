"""The craft failures a reader notices: loud bedtimes, stray companion lines, a line said
twice on one page, an idea ignored, and modules too long to read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import Setting
from storyloom.engines.writer import companions
from storyloom.engines.writer.engine import write_story, write_story_traced
from storyloom.engines.writer.idea import idea_prop
from storyloom.engines.writer.report import _sentences, sample_requests
from storyloom.engines.writer.story_spec import Template

from .helpers import member, request

_LOUD = re.compile(
    r"\b(shout\w*|yell\w*|scream\w*|jump\w*|ran|run|runs|running|rac(e|es|ed|ing)|zoom\w*|"
    r"hooray|cheer\w*|whee)\b|!",
    re.IGNORECASE,
)


@pytest.mark.parametrize("band", list(AgeBand))
def test_bedtime_ends_quietly(band: AgeBand) -> None:
    for seed in range(12):
        req = request(seed, template="bedtime", band=band, setting=list(Setting)[seed % 12])
        draft = write_story(req)
        for page in draft.pages[-3:]:
            assert not _LOUD.search(page.text), page.text


def test_companion_lines_come_from_the_templates_pool() -> None:
    for req in sample_requests(320, seed=7):
        _, trace = write_story_traced(req)
        pool = companions.all_lines(req.template)
        for line in trace.companion_lines:
            assert line in pool, (req.template, line)
            if req.template != Template.mystery:
                assert "clue" not in line, (req.template, line)
            if req.template == Template.bedtime:
                assert not _LOUD.search(line), line


def test_bedtime_companions_never_shout_or_jump() -> None:
    for line in companions.all_lines(Template.bedtime):
        assert not _LOUD.search(line), line


def test_no_line_is_said_twice_on_a_page() -> None:
    for req in sample_requests(320, seed=9):
        for page in write_story(req).pages:
            # Sound words may double on purpose ("Mew! Mew!"); lines may not.
            sentences = [x for x in _sentences(page.text) if len(x.split()) > 2]
            assert len(sentences) == len(set(sentences)), page.text


@pytest.mark.parametrize(
    ("template", "idea", "word"),
    [
        (Template.mystery, "A story about a lost kite", "kite"),
        (Template.bedtime, "she can't sleep without her teddy bear", "teddy"),
        (Template.friendship, "two friends and a drum", "drum"),
        (Template.celebration, "a birthday with balloons", "balloon"),
        (Template.rescue, "a kitten stuck up high", "kitten"),
    ],
)
def test_the_idea_picks_a_known_prop_or_animal(template: Template, idea: str, word: str) -> None:
    for band in AgeBand:
        draft = write_story(request(4, template=template, band=band, idea=idea))
        assert word in " ".join(p.text for p in draft.pages).lower(), (band, idea)


def test_an_idea_is_never_pasted_into_the_story() -> None:
    idea = "Grandma Zelda's purple frobnicator"
    for template in Template:
        draft = write_story(request(2, template=template, idea=idea))
        text = " ".join([draft.title, *(p.text for p in draft.pages)]).lower()
        assert "zelda" not in text
        assert "frobnicator" not in text
    assert idea_prop(idea) is None
    assert idea_prop("a kite and a teddy bear") is not None


def test_an_idea_the_setting_cannot_hold_is_left_out() -> None:
    hero = member("h", "Pip", role="hero")
    base = {"cast": [hero], "relationships": [], "setting": "underwater"}
    with_idea = request(1, template="rescue", idea="fly a red kite", **base)
    without = request(1, template="rescue", **base)
    assert write_story(with_idea) == write_story(without)


def test_every_writer_module_is_short_enough_to_read() -> None:
    root = Path(__file__).parents[3] / "src" / "storyloom" / "engines" / "writer"
    for path in root.rglob("*.py"):
        if "llm" in path.relative_to(root).parts:
            continue  # the LLM writer is its own package, with its own owners
        assert len(path.read_text().splitlines()) <= 400, path
