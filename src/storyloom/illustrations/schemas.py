"""Bodies of the live-preview route: an unsaved portrait or scene to draw."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from storyloom.engines.illustrator.spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Pose,
    SceneSpec,
    Setting,
)
from storyloom.kit.schema import Input, Seed

CharacterId = Annotated[str, Field(min_length=1, max_length=64)]


class PortraitPreview(Input):
    kind: Literal["portrait"]
    sheet: CharacterSheet
    pose: Pose = Pose.standing
    expression: Expression = Expression.happy
    style: ArtStyle = ArtStyle.flat
    background: Setting | None = None
    seed: Seed = 0


class ScenePreview(Input):
    kind: Literal["scene"]
    scene: SceneSpec
    cast: dict[CharacterId, CharacterSheet] = Field(max_length=5)
    style: ArtStyle = ArtStyle.flat
    seed: Seed = 0

    @model_validator(mode="after")
    def _cast_covers_scene(self) -> ScenePreview:
        missing = {c.character_id for c in self.scene.characters} - self.cast.keys()
        if missing:
            raise ValueError(f"no sheet in cast for: {', '.join(sorted(missing))}")
        return self


PreviewIn = Annotated[PortraitPreview | ScenePreview, Field(discriminator="kind")]
