"""Random requests never raise and never leak template syntax."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import Kind, Setting
from storyloom.engines.writer import write_story
from storyloom.engines.writer.story_spec import (
    Lesson,
    Pronouns,
    RelationshipKind,
    Role,
    StoryRequest,
    Template,
    Trait,
)

from .helpers import member

_LEAK = re.compile(r"[{}<>$]|\bNone\b|\bTODO\b|  ")
names = st.from_regex(r"[A-Z][a-z]{0,9}( [A-Z][a-z]{1,8})?", fullmatch=True).filter(
    lambda n: n.lower() not in {"none", "null", "todo", "nan", "undefined"}
)


@st.composite
def requests(draw: st.DrawFn) -> StoryRequest:
    size = draw(st.integers(1, 5))
    cast = []
    for i in range(size):
        cast.append(
            member(
                f"c{i}",
                draw(names),
                pronouns=draw(st.sampled_from(list(Pronouns))),
                kind=draw(st.sampled_from(list(Kind))),
                role="hero"
                if i == 0
                else draw(st.sampled_from([r for r in Role if r != Role.hero])),
                traits=draw(st.lists(st.sampled_from(list(Trait)), max_size=5, unique=True)),
                likes=draw(
                    st.lists(st.sampled_from(["apples", "the moon", "red boots"]), max_size=2)
                ),
                age=draw(st.none() | st.integers(1, 90)),
            )
        )
    rels = []
    for i in range(1, size):
        if draw(st.booleans()):
            a, b = draw(st.permutations([f"c{i}", "c0"]))
            rels.append({"a": a, "b": b, "kind": draw(st.sampled_from(list(RelationshipKind)))})
    band = draw(st.sampled_from(list(AgeBand)))
    low, high = BAND_RULES[band].pages
    return StoryRequest.model_validate(
        {
            "cast": cast,
            "relationships": rels,
            "template": draw(st.sampled_from(list(Template))),
            "setting": draw(st.sampled_from(list(Setting))),
            "lesson": draw(st.sampled_from(list(Lesson))),
            "band": band,
            "pages": draw(st.none() | st.integers(low, high)),
            "seed": draw(st.integers(0, 2**31)),
        }
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_random_requests_write_clean_stories(req: StoryRequest) -> None:
    draft = write_story(req)
    assert draft.title
    assert not _LEAK.search(draft.title)
    for page in draft.pages:
        assert page.text
        assert not _LEAK.search(page.text), page.text
        assert page.text[0].isupper() or page.text[0] == '"'
    assert req.hero.name[0].upper() + req.hero.name[1:] in draft.pages[0].text
