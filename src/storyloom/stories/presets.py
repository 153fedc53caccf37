"""Story presets: a named configuration to start stories from."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.db import utcnow
from storyloom.engines.safety.gate import SafetyGate
from storyloom.errors import Conflict, NotFound
from storyloom.models import StoryPreset
from storyloom.safety_gate import ensure_safe
from storyloom.stories.repository import PresetRepository
from storyloom.stories.schemas import StoryConfig

MAX_PRESETS = 100


class PresetService:
    def __init__(self, session: AsyncSession, gate: SafetyGate) -> None:
        self.session = session
        self.gate = gate
        self.presets = PresetRepository(session)

    async def list(self, owner_id: str) -> Sequence[StoryPreset]:
        return await self.presets.list(owner_id)

    async def get(self, owner_id: str, preset_id: str) -> StoryPreset:
        preset = await self.presets.get(owner_id, preset_id)
        if preset is None:
            raise NotFound("No such preset.")
        return preset

    async def save(self, owner_id: str, name: str, config: StoryConfig) -> StoryPreset:
        """409 when a preset of that name exists (names are per user); its name and idea
        pass the safety gate for its band, as a story made from it would."""
        words: dict[tuple[str, ...], str] = {("body", "name"): name}
        if config.idea:
            words[("body", "config", "idea")] = config.idea
        await ensure_safe(self.gate, words, config.band, judged=[("body", "config", "idea")])
        if await self.presets.by_name(owner_id, name) is not None:
            raise Conflict(f"You already have a preset called {name!r}.", code="preset_exists")
        if len(await self.presets.list(owner_id)) >= MAX_PRESETS:
            raise Conflict(f"You can keep up to {MAX_PRESETS} presets.", code="too_many_presets")
        return await self.presets.add(
            StoryPreset(
                owner_id=owner_id,
                name=name,
                config=config.model_dump(mode="json"),
                created_at=utcnow(),
            )
        )

    async def delete(self, preset: StoryPreset) -> None:
        await self.presets.delete(preset)
