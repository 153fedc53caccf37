"""Dependencies of the characters routes, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from storyloom.auth.deps import CurrentUser
from storyloom.characters.bulk import BulkService
from storyloom.characters.portraits import PortraitService
from storyloom.characters.relationships import RelationshipService
from storyloom.characters.service import CharacterService
from storyloom.deps import EnginesDep, ResourcesDep, SafetyDep, SessionDep
from storyloom.models import Character


async def get_character_service(session: SessionDep, safety: SafetyDep) -> CharacterService:
    return CharacterService(session, safety)


CharacterServiceDep = Annotated[CharacterService, Depends(get_character_service)]


async def get_owned_character(
    character_id: str, user: CurrentUser, service: CharacterServiceDep
) -> Character:
    """The caller's character named in the path, else 404, before the body is read:
    someone else's character is "not found" whatever they send."""
    return await service.get(user.id, character_id)


OwnedCharacter = Annotated[Character, Depends(get_owned_character)]


async def get_relationship_service(session: SessionDep) -> RelationshipService:
    return RelationshipService(session)


RelationshipServiceDep = Annotated[RelationshipService, Depends(get_relationship_service)]


async def get_portrait_service(
    session: SessionDep, resources: ResourcesDep, engines: EnginesDep
) -> PortraitService:
    """Portraits are drawn by the process's one set of engines (jobs/engines.py): an
    images API passes the breaker, the cache and the usage sink like every page does."""
    return PortraitService(
        session,
        resources.media,
        engines.illustrator,
        resources.settings.portrait_candidates_retention_hours,
    )


PortraitServiceDep = Annotated[PortraitService, Depends(get_portrait_service)]


async def get_bulk_service(
    session: SessionDep, resources: ResourcesDep, safety: SafetyDep
) -> BulkService:
    return BulkService(session, resources.media, safety)


BulkServiceDep = Annotated[BulkService, Depends(get_bulk_service)]
