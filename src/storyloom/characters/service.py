"""Characters: create, read, update, delete and list, for their owner only."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.characters.repository import CharacterQuery, CharacterRepository
from storyloom.characters.safety import ensure_character_safe, free_text_fields
from storyloom.characters.schemas import CharacterIn, CharacterPatch
from storyloom.characters.search import search_text, trait_tags
from storyloom.db import utcnow
from storyloom.engines.safety.gate import SafetyGate
from storyloom.errors import NotFound
from storyloom.kit.pagination import decode_cursor, encode_cursor
from storyloom.models import Character


def _refresh_derived(character: Character) -> None:
    character.trait_tags = trait_tags(character.traits)
    character.search_text = search_text(
        character.name, character.description, character.traits, character.likes
    )


def character_words(
    body: CharacterIn, prefix: tuple[str, ...] = ("body",)
) -> dict[tuple[str, ...], str]:
    """The free text of a character body, by location, for the safety gate."""
    return free_text_fields(
        name=body.name,
        description=body.description,
        likes=body.likes,
        dislikes=body.dislikes,
        pronunciation=body.pronunciation,
        prefix=prefix,
    )


def new_character(owner_id: str, body: CharacterIn) -> Character:
    """A character from a body the safety gate has passed (not yet added to a session)."""
    character = Character(
        owner_id=owner_id,
        name=body.name,
        kind=body.appearance.kind.value,
        pronouns=body.pronouns.value,
        age=body.age,
        appearance=body.appearance.model_dump(mode="json"),
        traits=[t.value for t in body.traits],
        likes=list(body.likes),
        dislikes=list(body.dislikes),
        description=body.description,
        pronunciation=body.pronunciation,
    )
    _refresh_derived(character)
    return character


class CharacterService:
    def __init__(self, session: AsyncSession, gate: SafetyGate) -> None:
        self.session = session
        self.gate = gate
        self.characters = CharacterRepository(session)

    async def get(self, owner_id: str, character_id: str) -> Character:
        """The owner's character; 404 for anyone else's, exactly as for a missing one."""
        character = await self.characters.get(owner_id, character_id)
        if character is None:
            raise NotFound("No such character.")
        return character

    async def create(self, owner_id: str, body: CharacterIn) -> Character:
        await ensure_character_safe(self.gate, character_words(body))
        now = utcnow()
        character = new_character(owner_id, body)
        character.created_at = character.updated_at = now
        return await self.characters.add(character)

    async def update(self, character: Character, patch: CharacterPatch) -> Character:
        sent = patch.model_fields_set
        await ensure_character_safe(
            self.gate,
            free_text_fields(
                name=patch.name if "name" in sent else None,
                description=patch.description if "description" in sent else None,
                likes=patch.likes if "likes" in sent else None,
                dislikes=patch.dislikes if "dislikes" in sent else None,
                pronunciation=patch.pronunciation if "pronunciation" in sent else None,
            ),
        )
        if "name" in sent and patch.name is not None:
            character.name = patch.name
        if "pronouns" in sent and patch.pronouns is not None:
            character.pronouns = patch.pronouns.value
        if "age" in sent:
            character.age = patch.age
        if "appearance" in sent and patch.appearance is not None:
            character.appearance = patch.appearance.model_dump(mode="json")
            character.kind = patch.appearance.kind.value
        if "traits" in sent and patch.traits is not None:
            character.traits = [t.value for t in patch.traits]
        if "likes" in sent and patch.likes is not None:
            character.likes = list(patch.likes)
        if "dislikes" in sent and patch.dislikes is not None:
            character.dislikes = list(patch.dislikes)
        if "description" in sent and patch.description is not None:
            character.description = patch.description
        if "pronunciation" in sent and patch.pronunciation is not None:
            character.pronunciation = patch.pronunciation
        _refresh_derived(character)
        character.updated_at = utcnow()
        await self.session.flush()
        return character

    async def delete(self, character: Character) -> None:
        """Relationships and pictures go with it (ON DELETE CASCADE)."""
        await self.characters.delete_many(character.owner_id, [character.id])

    async def delete_many(self, owner_id: str, ids: Sequence[str]) -> int:
        """All or nothing: 404 when any id is not one of the owner's characters."""
        found = await self.characters.many(owner_id, ids)
        if len(found) != len(set(ids)):
            raise NotFound("Some of these characters do not exist.")
        await self.characters.delete_many(owner_id, ids)
        return len(found)

    async def page(
        self,
        owner_id: str,
        *,
        limit: int,
        cursor: str | None,
        kind: str | None,
        trait: str | None,
        has_portrait: bool | None,
        q: str | None,
    ) -> tuple[Sequence[Character], str | None]:
        query = CharacterQuery(
            kind=kind,
            trait=trait,
            has_portrait=has_portrait,
            q=q,
            after=decode_cursor(cursor) if cursor else None,
            limit=limit,
        )
        rows = await self.characters.page(owner_id, query)
        items = rows[:limit]
        more = len(rows) > limit
        last = items[-1] if items else None
        return items, encode_cursor(last.created_at, last.id) if more and last else None
