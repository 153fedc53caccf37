"""The speech-API narrator on the stand-in provider: WAV in, MP3 and estimated word
timings out, through the kit (retries, cache, usage records)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from tests.conftest import TEST_REDIS_URL, register, running
from tests.providers.standin import Reply, StandIn, standin_settings
from tests.stories.helpers import finished

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.engines.narrator.speech_api import SpeechApiNarrator, said_text
from storyloom.engines.narrator.words import written_words
from storyloom.providers.cache import ProviderCache
from storyloom.providers.errors import ProviderBadOutput
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

TEXT = 'Siobhan found a boat. "Look!" said Siobhan\'s dad.'


def narrator(
    settings: Settings,
    sink: InMemoryUsageSink,
    breakers: Breakers,
    cache: ProviderCache | None = None,
) -> SpeechApiNarrator:
    made = SpeechApiNarrator.from_settings(
        settings,
        cache=cache,
        sink=sink,
        breakers=breakers,
    )
    assert made is not None
    return made


async def test_narrates_with_estimated_timings(
    standin: StandIn, provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> None:
    voice = narrator(provider_settings, sink, breakers)
    said = await voice.narrate(TEXT, hints={"Siobhan": "shiv-AWN"}, pace=1.25)
    await voice.close()
    assert said.media_type == "audio/mpeg"
    assert said.data[:1] == b"\xff"
    assert said.timing == "estimated"
    assert [TEXT[t.text_start : t.text_end] for t in said.words] == [
        w.text for w in written_words(TEXT)
    ]
    assert said.words[0].start == pytest.approx(0.2, abs=0.05)  # after the leading silence
    assert said.words[-1].end <= said.duration
    [request] = standin.requests("speech")
    assert request["input"] == 'shiv-awn found a boat. "Look!" said shiv-awn\'s dad.'
    assert request["response_format"] == "wav"
    assert request["speed"] == 0.8
    assert request["voice"] == provider_settings.speech_voice
    [record] = sink.records
    assert (record.call.provider, record.call.ok) == ("speech", True)


async def test_retries_then_caches(
    standin: StandIn,
    provider_settings: Settings,
    sink: InMemoryUsageSink,
    breakers: Breakers,
    cache: ProviderCache,
) -> None:
    standin.script("speech", Reply(status=503))
    voice = narrator(provider_settings, sink, breakers, cache)
    first = await voice.narrate("A small boat.")
    again = await voice.narrate("A small boat.")
    await voice.close()
    assert standin.calls("speech") == 2  # the 503, then the answer; the repeat is cached
    assert first.data == again.data
    assert [r.call.cached for r in sink.records] == [False, True]


async def test_unusable_audio_is_a_provider_error(
    standin: StandIn, provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> None:
    standin.script("speech", Reply(raw=b"not audio"))
    voice = narrator(provider_settings, sink, breakers)
    with pytest.raises(ProviderBadOutput):
        await voice.narrate("A small boat.")
    await voice.close()


def test_hints_are_said_as_respelled() -> None:
    assert said_text("Siobhan waved.", {"Siobhan": "shiv-AWN"}) == "shiv-awn waved."


async def test_a_story_narrated_by_the_speech_api(
    standin: StandIn, settings: Settings, tmp_path: Path
) -> None:
    app = create_app(
        standin_settings(
            standin,
            tmp_path,
            database_url=settings.database_url,
            redis_url=TEST_REDIS_URL,
            redis_prefix=f"storyloom-test-{uuid.uuid4().hex[:8]}",
            moderation_enabled=False,
            narrator="speech",
            provider_cache_ttl_seconds=0,
        )
    )
    async with running(app) as client:
        account = await register(client)
        story = await finished(account, band="toddler", pages=6)
        assert standin.calls("speech") == 6
        for page in story["pages"]:
            assert page["audio"]["timing"] == "estimated"
            assert page["audio"]["voice"].startswith("speech:")
            played = await client.get(page["audio"]["url"], headers=account.headers)
            assert played.headers["content-type"] == "audio/mpeg"
        usage = (await client.get("/api/usage", headers=account.headers)).json()
        assert usage["tokens_in"] > 0
