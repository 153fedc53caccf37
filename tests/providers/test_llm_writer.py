"""The LLM writer against the stand-in: structured output, JSON-mode fallback, judging
drafts and asking again, usage records."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

import pytest
import pytest_asyncio
from pydantic import SecretStr
from tests.engines.writer.helpers import request as make_request
from tests.providers.standin import Reply, StandIn, stranger_in_scene, two_pages, unsafe_page

from storyloom.config import Settings
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.llm import LLMWriter, OutputMode
from storyloom.engines.writer.llm.prompt import REQUEST_DATA_HEADING, request_from_messages
from storyloom.engines.writer.story_spec import StoryRequest
from storyloom.providers.cache import ProviderCache
from storyloom.providers.errors import ProviderAuth, ProviderBadOutput
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

WriterFactory = Callable[..., LLMWriter]


@pytest_asyncio.fixture
async def make_writer(
    provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> AsyncIterator[WriterFactory]:
    made: list[LLMWriter] = []

    def make(*, cache: ProviderCache | None = None, **overrides: object) -> LLMWriter:
        settings = provider_settings.model_copy(update=overrides)
        writer = LLMWriter.from_settings(settings, cache=cache, sink=sink, breakers=breakers)
        assert writer is not None
        made.append(writer)
        return writer

    yield make
    for writer in made:
        await writer.close()


@pytest.fixture
def story_request() -> StoryRequest:
    return make_request(
        3, band="early_reader", template="friendship", lesson="kindness", idea="a picnic"
    )


async def test_writes_the_draft_the_model_returned(
    standin: StandIn,
    make_writer: WriterFactory,
    story_request: StoryRequest,
    sink: InMemoryUsageSink,
) -> None:
    draft = await make_writer().write(story_request)
    assert draft == write_story(story_request)

    sent = standin.requests("chat")[0]
    assert sent["model"] == "gpt-4o-mini"
    fmt = sent["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["required"] == ["title", "pages"]
    ids = [m.id for m in story_request.cast]
    assert schema["$defs"]["SceneCharacter"]["properties"]["character_id"]["enum"] == ids
    assert "default" not in json.dumps(schema)

    prompt = "\n".join(m["content"] for m in sent["messages"])
    for member in story_request.cast:
        assert member.name in prompt
        assert all(t.value in prompt for t in member.traits)
    assert "25 to 80 words" in prompt  # the band's reading rules
    assert "kindness" in prompt
    assert '"a picnic"' in prompt
    assert "weapons" in prompt  # the safety rules
    assert request_from_messages(sent["messages"]) == story_request.model_dump(mode="json")

    [call] = sink.calls
    assert call.ok
    assert not call.cached
    assert call.provider == "llm"
    assert call.model == "gpt-4o-mini"
    assert call.tokens_in > 100
    assert call.tokens_out > 100
    expected = call.tokens_in / 1000 * 0.00015 + call.tokens_out / 1000 * 0.0006
    assert call.estimated_cost_usd == pytest.approx(expected, abs=1e-6)


async def test_falls_back_to_json_mode_and_remembers(
    standin: StandIn, make_writer: WriterFactory, story_request: StoryRequest
) -> None:
    standin.reject_json_schema = True
    writer = make_writer()
    draft = await writer.write(story_request)
    assert draft == write_story(story_request)
    first, second = standin.requests("chat")
    assert first["response_format"]["type"] == "json_schema"
    assert second["response_format"] == {"type": "json_object"}
    assert any("JSON schema" in m["content"] for m in second["messages"] if m["role"] == "system")
    assert writer.mode is OutputMode.json_object

    await writer.write(story_request.model_copy(update={"seed": 9}))
    assert [r["response_format"]["type"] for r in standin.requests("chat")[2:]] == ["json_object"]


async def test_an_unsafe_draft_is_sent_back_with_the_reason(
    standin: StandIn,
    make_writer: WriterFactory,
    story_request: StoryRequest,
    sink: InMemoryUsageSink,
) -> None:
    standin.script("chat", Reply(transform=unsafe_page))
    draft = await make_writer().write(story_request)
    assert draft == write_story(story_request)
    retry = standin.requests("chat")[1]["messages"]
    assert retry[-2]["role"] == "assistant"
    assert retry[-1]["role"] == "user"
    assert "page 2 is not suitable" in retry[-1]["content"]
    assert [c.ok for c in sink.calls] == [False, True]
    assert sink.calls[0].error_code == "provider_bad_output"
    assert sink.calls[0].tokens_out > 0  # the rejected draft was still paid for


@pytest.mark.parametrize(
    ("transform", "reason"),
    [
        (unsafe_page, "page 2 is not suitable for this age"),
        (two_pages, "the story has 2 pages but must have 12 to 16"),
        (stranger_in_scene, "unknown character ids ['nobody-we-know']"),
    ],
)
async def test_a_second_bad_draft_fails_clearly(
    standin: StandIn,
    make_writer: WriterFactory,
    story_request: StoryRequest,
    transform: Callable[[dict[str, object]], dict[str, object]],
    reason: str,
) -> None:
    standin.always("chat", Reply(transform=transform))
    with pytest.raises(ProviderBadOutput) as caught:
        await make_writer().write(story_request)
    assert caught.value.code == "provider_bad_output"
    assert reason in caught.value.message
    assert "after 2 tries" in caught.value.message
    assert standin.calls("chat") == 2


async def test_a_reply_that_is_not_json_is_retried_with_the_reason(
    standin: StandIn, make_writer: WriterFactory, story_request: StoryRequest
) -> None:
    standin.script("chat", Reply(content="Once upon a time, in prose."))
    await make_writer().write(story_request)
    assert "not valid JSON" in standin.requests("chat")[1]["messages"][-1]["content"]


async def test_a_reply_cut_off_is_retried(
    standin: StandIn, make_writer: WriterFactory, story_request: StoryRequest
) -> None:
    standin.script("chat", Reply(content='{"title": "Half', finish_reason="length"))
    await make_writer().write(story_request)
    assert "cut off" in standin.requests("chat")[1]["messages"][-1]["content"]


async def test_a_wrong_key_fails_at_once(
    standin: StandIn,
    make_writer: WriterFactory,
    story_request: StoryRequest,
    sink: InMemoryUsageSink,
) -> None:
    with pytest.raises(ProviderAuth):
        await make_writer(llm_api_key=SecretStr("sk-wrong")).write(story_request)
    assert standin.calls("chat") == 1
    assert [(c.ok, c.error_code) for c in sink.calls] == [(False, "provider_auth")]


async def test_the_request_is_attached_for_the_model(story_request: StoryRequest) -> None:
    from storyloom.engines.writer.llm.prompt import story_messages

    user = story_messages(story_request)[1]["content"]
    assert REQUEST_DATA_HEADING in user
    assert story_request.hero.name in user.split(REQUEST_DATA_HEADING)[0]


async def test_requested_page_count_is_asked_and_checked(
    standin: StandIn, make_writer: WriterFactory
) -> None:
    request = make_request(5, band="toddler", pages=7)
    draft = await make_writer().write(request)
    assert len(draft.pages) == 7
    assert "exactly 7 pages" in standin.requests("chat")[0]["messages"][1]["content"]
