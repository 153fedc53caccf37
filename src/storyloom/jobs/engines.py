"""The engines a job draws on: a StoryWriter and an Illustrator, each either built in or a
provider, with the built-in engines as fallback when a provider is down.

Provider adapters meter their own calls (through the usage sink, attributed by
`usage_scope`); the built-in engines' calls are recorded here, at zero cost, with
provider "builtin", so usage counts every story and picture whatever drew it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

import structlog

from storyloom.config import Settings
from storyloom.engines.illustrator import Illustrator, Picture, ProceduralIllustrator
from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, SceneSpec
from storyloom.engines.narrator import Narrator
from storyloom.engines.safety.gate import OFFLINE, SafetyGate
from storyloom.engines.writer import ProceduralWriter, StoryDraft, StoryRequest, StoryWriter
from storyloom.models import ProviderCallRecord
from storyloom.providers.errors import ProviderError
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import UsageSink

if TYPE_CHECKING:
    from storyloom.providers.cache import ProviderCache

BUILTIN = "builtin"
FALLBACK = "builtin (fallback)"
WRITER_MODEL = "procedural-writer"
ILLUSTRATOR_MODEL = "procedural-svg"

T = TypeVar("T")
log = structlog.get_logger(__name__)


class EngineFailed(Exception):
    """A provider failed for good (after its own retries) and no fallback is allowed."""

    def __init__(self, error: ProviderError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True, slots=True)
class Produced(Generic[T]):
    value: T
    engine: str
    record: ProviderCallRecord | None  # the built-in call to record, or None (metered)


@dataclass
class Engines:
    writer: StoryWriter = field(default_factory=ProceduralWriter)
    writer_name: str = BUILTIN
    illustrator: Illustrator = field(default_factory=ProceduralIllustrator)
    illustrator_name: str = BUILTIN
    fallback: bool = True
    builtin_writer: StoryWriter = field(default_factory=ProceduralWriter)
    builtin_illustrator: Illustrator = field(default_factory=ProceduralIllustrator)
    safety: SafetyGate = OFFLINE
    # None: no voice is configured; pages get no audio and the reader says so.
    narrator: Narrator | None = None
    narrator_name: str | None = None

    async def write(
        self, request: StoryRequest, *, user_id: str, story_id: str
    ) -> Produced[StoryDraft]:
        return await self._run(
            self.writer_name,
            lambda: self.writer.write(request),
            lambda: self.builtin_writer.write(request),
            WRITER_MODEL,
            user_id,
            story_id,
            images=0,
        )

    async def draw(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle,
        seed: int,
        user_id: str,
        story_id: str,
    ) -> Produced[Picture]:
        return await self._run(
            self.illustrator_name,
            lambda: self.illustrator.scene(spec, cast, style=style, seed=seed),
            lambda: self.builtin_illustrator.scene(spec, cast, style=style, seed=seed),
            ILLUSTRATOR_MODEL,
            user_id,
            story_id,
            images=1,
        )

    async def _run(
        self,
        name: str,
        primary: Callable[[], Awaitable[T]],
        builtin: Callable[[], Awaitable[T]],
        model: str,
        user_id: str,
        story_id: str,
        *,
        images: int,
    ) -> Produced[T]:
        def record() -> ProviderCallRecord:
            return ProviderCallRecord(
                user_id=user_id, story_id=story_id, provider=BUILTIN, model=model, images=images
            )

        if name == BUILTIN:
            return Produced(await primary(), BUILTIN, record())
        try:
            return Produced(await primary(), name, None)
        except ProviderError as exc:
            if not (self.fallback and exc.falls_back):
                raise EngineFailed(exc) from exc
            log.warning("provider_fallback", provider=name, error=repr(exc))
            return Produced(await builtin(), FALLBACK, record())


@dataclass
class ProviderEngines:
    """Engines chosen by settings, with their circuit breakers and what must be closed
    on shutdown."""

    engines: Engines
    closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    breakers: Breakers = field(default_factory=Breakers)

    async def close(self) -> None:
        for close in self.closers:
            await close()


def engines_from_settings(
    settings: Settings, sink: UsageSink, *, breakers: Breakers | None = None
) -> ProviderEngines:
    """The LLM writer when STORYLOOM_LLM_BASE_URL is set, the images API for scenes when
    STORYLOOM_IMAGES_BASE_URL is set, else the built-in engines; the safety gate with the
    moderation endpoint and the model judge when enabled; provider calls are metered into
    `sink`. The breakers are this runtime's own (a fresh registry unless
    given): another app in the same process must not open or reconfigure them."""
    from storyloom.config import ProviderFallback
    from storyloom.engines.illustrator.scene_api import SceneApiIllustrator
    from storyloom.engines.safety.judge import ModelSafetyJudge
    from storyloom.engines.safety.learned import situation_model
    from storyloom.engines.safety.moderation import ModerationSafetyChecker
    from storyloom.engines.writer.llm.writer import LLMWriter
    from storyloom.providers.cache import ProviderCache

    cache = ProviderCache.from_settings(settings)
    engines = Engines(fallback=settings.provider_fallback is ProviderFallback.builtin)
    made = ProviderEngines(engines, [cache.close], breakers or Breakers())
    moderation = ModerationSafetyChecker.from_settings(
        settings, cache=cache, sink=sink, breakers=made.breakers
    )
    judge = ModelSafetyJudge.from_settings(settings, cache=cache, sink=sink, breakers=made.breakers)
    engines.safety = SafetyGate(online=(moderation,) if moderation else (), judge=judge)
    situation_model()  # the offline model loads now, not during someone's first request
    made.closers += [layer.close for layer in (moderation, judge) if layer is not None]
    # The model's drafts pass the same layers as what people type (the judge aside).
    writer = LLMWriter.from_settings(
        settings, cache=cache, sink=sink, breakers=made.breakers, safety=engines.safety.checker
    )
    if writer is not None:
        engines.writer, engines.writer_name = writer, f"llm:{settings.llm_model}"
        made.closers.append(writer.close)
    illustrator = SceneApiIllustrator.from_settings(
        settings, cache=cache, sink=sink, breakers=made.breakers
    )
    if illustrator is not None:
        engines.illustrator, engines.illustrator_name = (
            illustrator,
            f"images:{settings.images_model}",
        )
        made.closers.append(illustrator.close)
    engines.narrator, engines.narrator_name = narrator_from_settings(
        settings, cache=cache, sink=sink, made=made
    )
    return made


def narrator_from_settings(
    settings: Settings,
    *,
    cache: ProviderCache | None = None,
    sink: UsageSink | None = None,
    made: ProviderEngines | None = None,
) -> tuple[Narrator | None, str | None]:
    """The offline Piper voice by default (loaded on first use), the speech API when
    chosen (its client closed with `made`), or none."""
    from storyloom.config import NarratorKind
    from storyloom.engines.narrator import VoiceNotFound, find_voice
    from storyloom.engines.narrator.piper_voice import PiperNarrator

    if settings.narrator is NarratorKind.none:
        return None, None
    if settings.narrator is NarratorKind.speech:
        from storyloom.engines.narrator.speech_api import SpeechApiNarrator

        speech = SpeechApiNarrator.from_settings(
            settings, cache=cache, sink=sink, breakers=made.breakers if made else None
        )
        if speech is None:
            log.warning("speech_not_configured", setting="STORYLOOM_SPEECH_BASE_URL")
            return None, None
        if made is not None:
            made.closers.append(speech.close)
        return speech, f"speech:{settings.speech_model}"
    try:
        files = find_voice(settings.voices_dir, settings.voice)
    except VoiceNotFound as exc:
        log.warning("voice_not_found", error=str(exc))
        return None, None
    return PiperNarrator(files), f"piper:{files.name}"
