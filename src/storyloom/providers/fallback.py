"""Keep making books when a provider is down, and say so.

`FallbackWriter` and `FallbackIllustrator` put a provider adapter in front of the
built-in engine. When the provider is down (circuit open, unreachable, or timing out
after the retries) and fallback is on, the built-in engine produces the result and the
`Produced` record says which engine made it and why, so the job can tell the user
("the built-in illustrator drew page 4"). A refusal (bad key, rejected request) or an
unusable answer is not "down": those propagate, since a substitute would hide a problem
an operator must fix. Both classes still satisfy the plain ports (`write`, `portrait`,
`scene`) for callers that don't care who drew what.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from storyloom.engines.illustrator.port import Illustrator, Picture, ProceduralIllustrator
from storyloom.engines.illustrator.spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Pose,
    SceneSpec,
    Setting,
)
from storyloom.engines.writer.port import ProceduralWriter, StoryWriter
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest
from storyloom.providers.errors import ProviderError

log = logging.getLogger(__name__)

T = TypeVar("T")
EngineName = Literal["llm", "images", "builtin"]


@dataclass(frozen=True, slots=True)
class Produced(Generic[T]):
    value: T
    engine: EngineName
    # Why the built-in engine stood in (None when the configured engine did the work).
    reason: str | None = None
    error_code: str | None = None

    @property
    def fell_back(self) -> bool:
        return self.reason is not None


class FallbackWriter:
    def __init__(
        self,
        primary: StoryWriter | None,
        *,
        builtin: StoryWriter | None = None,
        fallback: bool = True,
    ) -> None:
        self.primary = primary
        self.builtin: StoryWriter = builtin or ProceduralWriter()
        self.fallback = fallback

    async def write(self, request: StoryRequest) -> StoryDraft:
        return (await self.write_reported(request)).value

    async def write_reported(self, request: StoryRequest) -> Produced[StoryDraft]:
        if self.primary is None:
            return Produced(await self.builtin.write(request), "builtin")
        try:
            return Produced(await self.primary.write(request), "llm")
        except ProviderError as exc:
            if not (self.fallback and exc.falls_back):
                raise
            log.warning("story model down (%s); the built-in engine writes instead", exc.code)
            reason = f"{exc.message} The built-in story engine wrote this book instead."
            return Produced(await self.builtin.write(request), "builtin", reason, exc.code.value)


class FallbackIllustrator:
    def __init__(
        self,
        primary: Illustrator | None,
        *,
        builtin: Illustrator | None = None,
        fallback: bool = True,
    ) -> None:
        self.primary = primary
        self.builtin: Illustrator = builtin or ProceduralIllustrator()
        self.fallback = fallback

    async def portrait_reported(
        self,
        sheet: CharacterSheet,
        *,
        pose: Pose = Pose.standing,
        expression: Expression = Expression.happy,
        style: ArtStyle = ArtStyle.flat,
        background: Setting | None = None,
        seed: int = 0,
    ) -> Produced[Picture]:
        async def draw(illustrator: Illustrator) -> Picture:
            return await illustrator.portrait(
                sheet,
                pose=pose,
                expression=expression,
                style=style,
                background=background,
                seed=seed,
            )

        return await self._reported(draw)

    async def scene_reported(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Produced[Picture]:
        async def draw(illustrator: Illustrator) -> Picture:
            return await illustrator.scene(spec, cast, style=style, seed=seed)

        return await self._reported(draw)

    async def _reported(
        self, draw: Callable[[Illustrator], Awaitable[Picture]]
    ) -> Produced[Picture]:
        if self.primary is None:
            return Produced(await draw(self.builtin), "builtin")
        try:
            return Produced(await draw(self.primary), "images")
        except ProviderError as exc:
            if not (self.fallback and exc.falls_back):
                raise
            log.warning("image model down (%s); the built-in illustrator draws instead", exc.code)
            reason = f"{exc.message} The built-in illustrator drew this picture instead."
            return Produced(await draw(self.builtin), "builtin", reason, exc.code.value)

    async def portrait(
        self,
        sheet: CharacterSheet,
        *,
        pose: Pose = Pose.standing,
        expression: Expression = Expression.happy,
        style: ArtStyle = ArtStyle.flat,
        background: Setting | None = None,
        seed: int = 0,
    ) -> Picture:
        produced = await self.portrait_reported(
            sheet, pose=pose, expression=expression, style=style, background=background, seed=seed
        )
        return produced.value

    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture:
        return (await self.scene_reported(spec, cast, style=style, seed=seed)).value


__all__ = ["EngineName", "FallbackIllustrator", "FallbackWriter", "Produced"]
