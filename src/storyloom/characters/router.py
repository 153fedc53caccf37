"""Characters: CRUD, search, relationships, portraits and bulk operations (owner only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from storyloom.auth.deps import CurrentUser
from storyloom.characters.bulk import CharactersDocument, ImportedOut
from storyloom.characters.deps import (
    BulkServiceDep,
    CharacterServiceDep,
    OwnedCharacter,
    PortraitServiceDep,
    RelationshipServiceDep,
)
from storyloom.characters.schemas import (
    CharacterIn,
    CharacterOut,
    CharacterPage,
    CharacterPatch,
    DeletedOut,
    IdsIn,
    ImageOut,
    PortraitSelect,
    PortraitsIn,
    RelationshipIn,
    RelationshipOut,
)
from storyloom.engines.illustrator.spec import Kind
from storyloom.engines.writer.story_spec import Trait
from storyloom.errors import Problem
from storyloom.kit.cache import CACHED_READ, ResponseCacheDep
from storyloom.models import Image
from storyloom.usage.deps import UsageServiceDep

router = APIRouter(prefix="/api/characters", tags=["characters"])

PROVIDER_PROBLEMS: dict[int | str, dict[str, object]] = {
    502: {"description": "The image provider failed or refused our key", "model": Problem},
    504: {"description": "The image provider took too long", "model": Problem},
}


def image_out(image: Image) -> ImageOut:
    return ImageOut(
        id=image.id,
        kind=image.kind,
        media_type=image.media_type,
        width=image.width,
        height=image.height,
        url=f"/api/images/{image.id}",
        created_at=image.created_at,
        expires_at=image.expires_at,
    )


@router.get("", response_model=CharacterPage, responses=CACHED_READ)
async def list_characters(
    user: CurrentUser,
    service: CharacterServiceDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=200, description="From `next_cursor`.")] = None,
    kind: Kind | None = None,
    trait: Trait | None = None,
    has_portrait: bool | None = None,
    q: Annotated[
        str | None,
        Query(max_length=200, description="Words to find in names, descriptions, traits, likes."),
    ] = None,
    *,
    cache: ResponseCacheDep,
    request: Request,
) -> Response:
    """Your characters, newest first, a page at a time (keyset pagination), optionally
    filtered and searched. Every search word matches as a prefix; all must match.
    Cached until your next change; send If-None-Match with the ETag to get 304."""

    async def build() -> CharacterPage:
        items, next_cursor = await service.page(
            user.id,
            limit=limit,
            cursor=cursor,
            kind=kind.value if kind else None,
            trait=trait.value if trait else None,
            has_portrait=has_portrait,
            q=q,
        )
        return CharacterPage(
            items=[CharacterOut.model_validate(c) for c in items], next_cursor=next_cursor
        )

    return await cache.respond(request, user.id, build)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CharacterOut)
async def create_character(
    body: CharacterIn, user: CurrentUser, service: CharacterServiceDep
) -> CharacterOut:
    """Create a character. Names, descriptions, likes and dislikes pass the safety check
    (422 `unsafe_content` names the category, field and span)."""
    return CharacterOut.model_validate(await service.create(user.id, body))


@router.get("/{character_id}", response_model=CharacterOut)
async def get_character(character: OwnedCharacter) -> CharacterOut:
    """One of your characters."""
    return CharacterOut.model_validate(character)


@router.patch("/{character_id}", response_model=CharacterOut)
async def update_character(
    body: CharacterPatch, character: OwnedCharacter, service: CharacterServiceDep
) -> CharacterOut:
    """Change some fields of a character; fields not sent stay as they are."""
    return CharacterOut.model_validate(await service.update(character, body))


@router.delete("/{character_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_character(character: OwnedCharacter, service: CharacterServiceDep) -> None:
    """Delete a character with its relationships and pictures."""
    await service.delete(character)


@router.get("/{character_id}/relationships", response_model=list[RelationshipOut])
async def list_relationships(
    character: OwnedCharacter, service: RelationshipServiceDep
) -> list[RelationshipOut]:
    """Who this character is related to, each from this character's side."""
    return [RelationshipOut.model_validate(v) for v in await service.list(character)]


@router.post(
    "/{character_id}/relationships",
    status_code=status.HTTP_201_CREATED,
    response_model=RelationshipOut,
)
async def add_relationship(
    body: RelationshipIn, character: OwnedCharacter, service: RelationshipServiceDep
) -> RelationshipOut:
    """Relate this character to another of yours: `role` is what this character is to
    the other. The other side sees the inverse (grandparent / grandchild); symmetric
    kinds read the same from both sides. 409 if it is already recorded."""
    return RelationshipOut.model_validate(await service.add(character, body.other_id, body.role))


@router.delete(
    "/{character_id}/relationships/{relationship_id}", status_code=status.HTTP_204_NO_CONTENT
)
async def remove_relationship(
    relationship_id: str, character: OwnedCharacter, service: RelationshipServiceDep
) -> None:
    """Remove a relationship (for both characters)."""
    await service.remove(character, relationship_id)


@router.get("/{character_id}/portraits", response_model=list[ImageOut])
async def list_portraits(character: OwnedCharacter, service: PortraitServiceDep) -> list[ImageOut]:
    """The selected portrait and the candidates that have not expired yet."""
    return [image_out(i) for i in await service.candidates(character)]


@router.post(
    "/{character_id}/portraits",
    status_code=status.HTTP_201_CREATED,
    response_model=list[ImageOut],
    responses=PROVIDER_PROBLEMS,
)
async def create_portraits(
    body: PortraitsIn,
    character: OwnedCharacter,
    service: PortraitServiceDep,
    usage: UsageServiceDep,
) -> list[ImageOut]:
    """Draw portrait candidates in different poses, expressions and backgrounds.

    Candidates nobody selects are removed after the retention period. With an images API
    configured, its failures answer 502 (`provider_error`, `provider_auth`) or 504
    (`provider_timeout`); pictures count against the monthly quota (429 `quota_exceeded`).
    """
    await usage.ensure_allowed(character.owner_id, images=body.count)
    images = await service.generate(character, count=body.count, style=body.style, seed=body.seed)
    return [image_out(i) for i in images]


@router.put("/{character_id}/portrait", response_model=CharacterOut)
async def select_portrait(
    body: PortraitSelect, character: OwnedCharacter, service: PortraitServiceDep
) -> CharacterOut:
    """Make one of the character's candidates its portrait."""
    return CharacterOut.model_validate(await service.select(character, body.image_id))


@router.post("/bulk-delete", response_model=DeletedOut)
async def delete_characters(
    body: IdsIn, user: CurrentUser, service: CharacterServiceDep
) -> DeletedOut:
    """Delete several characters at once; 404 (and nothing deleted) if any is not yours."""
    return DeletedOut(deleted=await service.delete_many(user.id, body.ids))


@router.post("/export", response_model=CharactersDocument)
async def export_characters(
    body: IdsIn, user: CurrentUser, service: BulkServiceDep
) -> CharactersDocument:
    """Characters as one JSON document: looks, traits, relationships among them and the
    selected portrait. POST /api/characters/import takes it back."""
    return await service.export(user.id, body.ids)


@router.post("/import", status_code=status.HTTP_201_CREATED, response_model=ImportedOut)
async def import_characters(
    body: CharactersDocument, user: CurrentUser, service: BulkServiceDep
) -> ImportedOut:
    """Import an exported document as new characters: everything is checked first, and
    either all characters are created or none."""
    return ImportedOut(ids=await service.import_(user.id, body))
