"""Illustrators that wait or fail on command, to catch a job in the middle."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from storyloom.engines.illustrator import Picture, ProceduralIllustrator
from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, SceneSpec
from storyloom.providers.errors import ProviderAuth


class GatedIllustrator(ProceduralIllustrator):
    """Draws only once the gate opens."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.waiting = asyncio.Event()
        self.calls = 0
        self.target = 0
        self.reached = asyncio.Event()

    async def until_calls(self, count: int) -> None:
        self.target = count
        if self.calls < count:
            await self.reached.wait()

    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture:
        self.calls += 1
        if self.target and self.calls >= self.target:
            self.reached.set()
        self.waiting.set()
        await self.gate.wait()
        return await super().scene(spec, cast, style=style, seed=seed)


class RefusingIllustrator(ProceduralIllustrator):
    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture:
        raise ProviderAuth("invalid api key", provider="images")
