"""Model text held to its band: a draft that reads too hard goes back to the model with
each page's problem named, at most twice; then the closest draft is kept and says so."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
import pytest_asyncio
from tests.engines.writer.helpers import request as make_request
from tests.providers.standin import StandIn

from storyloom.config import Settings
from storyloom.engines.bands import BAND_RULES
from storyloom.engines.safety.checker import OfflineSafetyChecker
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.llm import LLMWriter
from storyloom.engines.writer.llm.checks import safety_problems
from storyloom.engines.writer.llm.reading import read_draft
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest
from storyloom.providers.cache import ProviderCache
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

WriterFactory = Callable[..., LLMWriter]


@pytest_asyncio.fixture
async def make_writer(
    provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> AsyncIterator[WriterFactory]:
    made: list[LLMWriter] = []

    def make(*, cache: ProviderCache | None = None) -> LLMWriter:
        writer = LLMWriter.from_settings(
            provider_settings, cache=cache, sink=sink, breakers=breakers
        )
        assert writer is not None
        made.append(writer)
        return writer

    yield make
    for writer in made:
        await writer.close()


async def _in_band(request: StoryRequest) -> StoryRequest:
    """The request, re-seeded until the stand-in's normal answer fits the band (and the
    offline safety rules, which see the text the model writes)."""
    for seed in range(request.seed, request.seed + 50):
        seeded = request.model_copy(update={"seed": seed})
        draft = write_story(seeded)
        if read_draft(draft, seeded).fits and not await safety_problems(
            draft, seeded, OfflineSafetyChecker()
        ):
            return seeded
    raise AssertionError("no seed gives an in-band story")


@pytest.mark.parametrize(
    ("cast", "band", "template"),
    [(2, "preschool", "bedtime"), (3, "early_reader", "friendship"), (1, "toddler", "rescue")],
)
async def test_a_too_hard_draft_is_sent_back_with_each_pages_problem(
    standin: StandIn,
    make_writer: WriterFactory,
    sink: InMemoryUsageSink,
    cast: int,
    band: str,
    template: str,
) -> None:
    request = await _in_band(make_request(cast, band=band, template=template))
    high = BAND_RULES[request.band].grade[1]
    standin.too_hard(1, grades=2)
    draft = await make_writer().write(request)

    assert standin.calls("chat") == 2
    assert draft == write_story(request)
    assert draft.reading_note is None
    assert read_draft(draft, request).fits
    retry = standin.requests("chat")[1]["messages"]
    assert retry[-2]["role"] == "assistant"
    said = retry[-1]["content"]
    low_age, high_age = BAND_RULES[request.band].ages
    assert f"outside the reading level for ages {low_age}-{high_age}" in said
    assert "page 1: grade " in said
    assert f"above {high:.1f} for ages {low_age}-{high_age}" in said
    # Every page was made too hard, so every page is named.
    assert all(f"page {n}: " in said for n in range(1, len(draft.pages) + 1))
    assert [c.ok for c in sink.calls] == [True, True]  # both drafts were usable and paid


async def test_a_model_that_stays_too_hard_ends_after_three_calls_with_the_closest(
    standin: StandIn, make_writer: WriterFactory
) -> None:
    request = await _in_band(make_request(2, band="preschool", template="adventure"))
    standin.too_hard(None, grades=3)
    draft = await make_writer().write(request)
    assert standin.calls("chat") == 3
    assert not read_draft(draft, request).fits
    assert draft.reading_note is not None
    assert "ages 3-5" in draft.reading_note
    third = standin.requests("chat")[2]["messages"]
    assert sum("outside the reading level" in m["content"] for m in third) == 2


async def test_the_closest_of_the_drafts_is_kept(
    standin: StandIn, make_writer: WriterFactory
) -> None:
    request = await _in_band(make_request(2, band="early_reader", template="mystery"))
    hard = {grades: _hardened(request, grades) for grades in (5, 2, 4)}
    distances = {g: read_draft(d, request).distance for g, d in hard.items()}
    assert distances[2] < distances[4] < distances[5]
    replies = iter((5, 2, 4))
    original = standin._hardness

    def next_hardness() -> float:
        original()
        return float(next(replies))

    standin._hardness = next_hardness  # type: ignore[method-assign]
    standin.too_hard(None)
    try:
        draft = await make_writer().write(request)
    finally:
        standin._hardness = original  # type: ignore[method-assign]
    assert standin.calls("chat") == 3
    assert draft.model_copy(update={"reading_note": None}) == hard[2]
    assert draft.reading_note is not None


def _hardened(request: StoryRequest, grades: float) -> StoryDraft:
    from tests.providers.too_hard import harden

    names = [m.name for m in request.cast]
    made = harden(write_story(request).model_dump(mode="json"), request.band, grades, names)
    return StoryDraft.model_validate(made)


async def test_the_kept_draft_and_its_note_are_cached(
    standin: StandIn, make_writer: WriterFactory
) -> None:
    request = await _in_band(make_request(3, band="independent", template="exploration"))
    cache = ProviderCache()
    standin.too_hard(None, grades=3)
    first = await make_writer(cache=cache).write(request)
    assert standin.calls("chat") == 3
    assert first.reading_note is not None
    again = await make_writer(cache=cache).write(request)
    assert standin.calls("chat") == 3  # asking again for the same book is free
    assert again == first
