"""Request builders for the writer tests."""

from __future__ import annotations

import random
from typing import Any

from storyloom.engines.illustrator.spec import CharacterSheet, Kind
from storyloom.engines.writer.cast import random_cast
from storyloom.engines.writer.story_spec import CastMember, StoryRequest


def member(
    cid: str,
    name: str,
    *,
    pronouns: str = "she",
    kind: Kind = Kind.child,
    role: str = "friend",
    traits: list[str] | None = None,
    likes: list[str] | None = None,
    age: int | None = None,
) -> CastMember:
    return CastMember(
        id=cid,
        name=name,
        kind=kind,
        pronouns=pronouns,
        age=age,  # type: ignore[arg-type]
        sheet=CharacterSheet(kind=kind, body_color="#c68642", accent_color="#ffffff"),
        traits=traits or [],
        likes=likes or [],
        dislikes=[],
        role=role,  # type: ignore[arg-type]
    )


def request(cast_seed: int = 0, **overrides: Any) -> StoryRequest:
    seed = cast_seed
    rng = random.Random(cast_seed)
    cast, rels = random_cast(rng)
    data: dict[str, Any] = {
        "cast": cast,
        "relationships": rels,
        "template": "adventure",
        "setting": "forest",
        "band": "preschool",
        "seed": seed,
    }
    data.update(overrides)
    return StoryRequest.model_validate(data)
