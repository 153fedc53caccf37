"""A StoryWriter on any OpenAI-compatible chat model, with structured JSON output.

Asks for `response_format=json_schema` (strict) first. Some compatible servers (older
vLLM, LM Studio, llama.cpp builds) answer 400 to that; then this writer switches to JSON
mode with the schema in the prompt and remembers the choice for its client, so later
stories don't pay for the failed probe again.

Every draft is judged (schema, band, cast, safety). A failing draft goes back to the model
once with the reasons appended; a second failure raises ProviderBadOutput naming them.

A usable draft is then read for its band (llm/reading.py: grade, sentence length, familiar
words). Pages out of band go back to the model with each page's problem named, at most
`READING_RETRIES` times; then the draft closest to the band is kept and says so in
`reading_note`. A draft that was kept is cached under the original request, so asking
again for the same book (or retrying a job) is free.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from storyloom.engines.safety.checker import OfflineSafetyChecker
from storyloom.engines.safety.port import SafetyChecker
from storyloom.engines.writer.llm.checks import judge
from storyloom.engines.writer.llm.prompt import (
    Message,
    json_mode_instructions,
    reading_retry_message,
    retry_message,
    story_messages,
)
from storyloom.engines.writer.llm.reading import outside_band_note, read_draft
from storyloom.engines.writer.llm.schema import draft_schema
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest
from storyloom.providers.errors import ProviderBadOutput, ProviderError, ProviderRejected
from storyloom.providers.kit import ProviderKit, llm_kit
from storyloom.providers.usage import Meter

if TYPE_CHECKING:
    from storyloom.config import Settings
    from storyloom.providers.cache import ProviderCache
    from storyloom.providers.resilience import Breakers
    from storyloom.providers.usage import UsageSink

log = logging.getLogger(__name__)

CACHE_NAMESPACE = "story_draft"
TRIES = 2  # unusable drafts (schema, shape, safety) allowed before giving up
READING_RETRIES = 2  # drafts out of band sent back before the closest is kept


class OutputMode(StrEnum):
    json_schema = "json_schema"
    json_object = "json_object"


@dataclass(frozen=True, slots=True)
class _Reply:
    content: str | None
    finish_reason: str | None
    refusal: str | None
    tokens_in: int
    tokens_out: int


class LLMWriter:
    def __init__(
        self,
        kit: ProviderKit,
        *,
        temperature: float = 0.8,
        safety: SafetyChecker | None = None,
        mode: OutputMode = OutputMode.json_schema,
    ) -> None:
        self.kit = kit
        self.temperature = temperature
        self.safety: SafetyChecker = safety or OfflineSafetyChecker()
        # Per client: which structured-output mode its server accepts.
        self.mode = mode

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        cache: ProviderCache | None = None,
        sink: UsageSink | None = None,
        breakers: Breakers | None = None,
        safety: SafetyChecker | None = None,
    ) -> LLMWriter | None:
        kit = llm_kit(settings, cache=cache, sink=sink, breakers=breakers)
        if kit is None:
            return None
        return cls(kit, temperature=settings.llm_temperature, safety=safety)

    async def close(self) -> None:
        await self.kit.close()

    def _cache_request(
        self, messages: list[Message], schema: dict[str, Any], seed: int
    ) -> dict[str, Any]:
        return {
            "model": self.kit.model,
            "messages": messages,
            "schema": schema,
            "temperature": self.temperature,
            "seed": seed,
        }

    async def write(self, request: StoryRequest) -> StoryDraft:
        schema = draft_schema(request)
        messages = story_messages(request)
        key = self._cache_request(messages, schema, request.seed)
        cache = self.kit.cache
        if cache is not None and (cached := await self._cached(cache, key)) is not None:
            return cached
        problems: list[str] = []
        closest: tuple[float, StoryDraft, _Reply] | None = None
        unusable = sent_back = 0
        for _ in range(TRIES + READING_RETRIES):
            meter = self.kit.meter()
            reply = await self._complete(messages, schema, request.seed, meter)
            draft, problems = await self._judge(reply, request)
            if draft is None:
                unusable += 1
                await meter.failed(
                    ProviderBadOutput.code.value,
                    tokens_in=reply.tokens_in,
                    tokens_out=reply.tokens_out,
                )
                if unusable == TRIES:
                    break
                log.info("llm draft rejected, asking again: %s", "; ".join(problems))
                retry = retry_message(problems)
            else:
                await meter.ok(tokens_in=reply.tokens_in, tokens_out=reply.tokens_out)
                reading = read_draft(draft, request)
                if closest is None or reading.distance < closest[0]:
                    note = None if reading.fits else outside_band_note(reading, request.band)
                    kept = draft.model_copy(update={"reading_note": note})
                    closest = (reading.distance, kept, reply)
                if reading.fits or sent_back == READING_RETRIES:
                    break
                sent_back += 1
                log.info("llm draft outside its band, asking again: %s", reading.problems)
                retry = reading_retry_message(reading.problems, request.band)
            messages = [*messages, {"role": "assistant", "content": reply.content or ""}, retry]
        if closest is not None:
            _, kept, paid = closest
            if cache is not None:
                entry = {
                    "draft": kept.model_dump(mode="json"),
                    "tokens_in": paid.tokens_in,
                    "tokens_out": paid.tokens_out,
                }
                await cache.set(CACHE_NAMESPACE, key, entry)
            return kept
        raise ProviderBadOutput(
            f"The story model's draft could not be used after {TRIES} tries: "
            + "; ".join(problems),
            provider=self.kit.name,
        )

    async def _cached(self, cache: ProviderCache, key: dict[str, Any]) -> StoryDraft | None:
        hit = await cache.get(CACHE_NAMESPACE, key)
        if hit is None:
            return None
        try:
            draft = StoryDraft.model_validate(hit.get("draft"))
        except ValidationError:
            log.warning("ignoring a cached draft that no longer validates")
            return None
        # Recorded with what the answer originally used, at no cost: nothing was paid now.
        await self.kit.meter().ok(
            tokens_in=int(hit.get("tokens_in", 0)),
            tokens_out=int(hit.get("tokens_out", 0)),
            cached=True,
        )
        return draft

    async def _judge(
        self, reply: _Reply, request: StoryRequest
    ) -> tuple[StoryDraft | None, list[str]]:
        if reply.refusal:
            return None, [f"the model refused: {reply.refusal}"]
        if reply.finish_reason == "length":
            return None, ["the reply was cut off before the end; keep the pages shorter"]
        return await judge(reply.content, request, self.safety)

    async def _complete(
        self, messages: list[Message], schema: dict[str, Any], seed: int, meter: Meter
    ) -> _Reply:
        mode = self.mode
        try:
            response = await self._call(messages, schema, seed, mode)
        except ProviderRejected as exc:
            if mode is OutputMode.json_schema and exc.http_status == 400:
                log.warning(
                    "%s refused json_schema output (%s); using JSON mode from now on",
                    self.kit.name,
                    exc.message,
                )
                self.mode = OutputMode.json_object
                return await self._complete(messages, schema, seed, meter)
            await meter.failed(exc.code.value)
            raise
        except ProviderError as exc:
            await meter.failed(exc.code.value)
            raise
        if not isinstance(response, ChatCompletion) or not response.choices:
            await meter.failed(ProviderBadOutput.code.value)
            raise ProviderBadOutput(
                f"{self.kit.name} answered without a completion.", provider=self.kit.name
            )
        choice = response.choices[0]
        usage = response.usage
        return _Reply(
            content=choice.message.content,
            finish_reason=choice.finish_reason,
            refusal=getattr(choice.message, "refusal", None),
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
        )

    async def _call(
        self, messages: list[Message], schema: dict[str, Any], seed: int, mode: OutputMode
    ) -> ChatCompletion:
        if mode is OutputMode.json_schema:
            sent = messages
            response_format: dict[str, Any] = {
                "type": "json_schema",
                "json_schema": {"name": "story_draft", "schema": schema, "strict": True},
            }
        else:
            sent = [messages[0], json_mode_instructions(schema), *messages[1:]]
            response_format = {"type": "json_object"}
        client = self.kit.client
        return await self.kit.resilience.call(
            lambda: client.chat.completions.create(
                model=self.kit.model,
                messages=cast(Any, sent),
                response_format=cast(Any, response_format),
                temperature=self.temperature,
                seed=seed,
            )
        )


__all__ = ["CACHE_NAMESPACE", "LLMWriter", "OutputMode"]
