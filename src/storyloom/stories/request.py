"""From a story's configuration and its characters to the writer's `StoryRequest`."""

from __future__ import annotations

import random

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.characters.repository import CharacterRepository, RelationshipRepository
from storyloom.engines.illustrator.spec import CharacterSheet
from storyloom.engines.writer.story_spec import CastMember, Relationship, StoryRequest
from storyloom.models import Story
from storyloom.stories.schemas import StoryConfig


class PlanError(Exception):
    """The story cannot be planned as configured; `message` is for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


async def build_request(session: AsyncSession, story: Story) -> StoryRequest:
    config = StoryConfig.model_validate(story.config)
    ids = [member.character_id for member in config.cast]
    found = {c.id: c for c in await CharacterRepository(session).many(story.owner_id, ids)}
    missing = [i for i in ids if i not in found]
    if missing:
        raise PlanError(
            "character_missing",
            "A character of this story was deleted; start a new story with the cast you have.",
        )
    relationships = [
        Relationship(a=r.a_id, b=r.b_id, kind=r.kind)
        for r in await RelationshipRepository(session).among(ids)
    ]
    try:
        cast = [
            CastMember(
                id=c.id,
                name=c.name,
                kind=c.kind,
                pronouns=c.pronouns,
                age=c.age,
                sheet=CharacterSheet.model_validate(c.appearance),
                traits=c.traits,
                likes=c.likes,
                dislikes=c.dislikes,
                role=member.role,
            )
            for member in config.cast
            for c in [found[member.character_id]]
        ]
        return StoryRequest(
            cast=cast,
            relationships=relationships,
            template=config.template,
            setting=config.setting,
            lesson=config.lesson,
            band=config.band,
            pages=config.pages,
            idea=config.idea,
            seed=random.randrange(2**31),
        )
    except ValidationError as exc:
        raise PlanError(
            "invalid_cast", f"The story's cast cannot be written: {exc.errors()[0]['msg']}"
        ) from exc
