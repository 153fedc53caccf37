"""Queries for characters and their relationships; every one is scoped to an owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.characters.search import match_clause
from storyloom.kit.fulltext import terms
from storyloom.models import Character, CharacterRelationship


@dataclass(frozen=True, slots=True)
class CharacterQuery:
    kind: str | None = None
    trait: str | None = None
    has_portrait: bool | None = None
    q: str | None = None
    after: tuple[datetime, str] | None = None
    limit: int = 20


class CharacterRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    async def get(self, owner_id: str, character_id: str) -> Character | None:
        result = await self.session.execute(
            select(Character).where(Character.id == character_id, Character.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def many(self, owner_id: str, ids: Sequence[str]) -> Sequence[Character]:
        result = await self.session.execute(
            select(Character)
            .where(Character.owner_id == owner_id, Character.id.in_(ids))
            .order_by(Character.created_at, Character.id)
        )
        return result.scalars().all()

    async def add(self, character: Character) -> Character:
        self.session.add(character)
        await self.session.flush()
        return character

    async def add_all(self, characters: Sequence[Character]) -> None:
        self.session.add_all(characters)
        await self.session.flush()

    async def delete_many(self, owner_id: str, ids: Sequence[str]) -> None:
        await self.session.execute(
            delete(Character).where(Character.owner_id == owner_id, Character.id.in_(ids))
        )

    async def page(self, owner_id: str, query: CharacterQuery) -> Sequence[Character]:
        """One statement: filters, search and the keyset, newest first, `limit + 1` rows
        so the caller knows whether there is a next page."""
        statement = select(Character).where(Character.owner_id == owner_id)
        if query.kind is not None:
            statement = statement.where(Character.kind == query.kind)
        if query.trait is not None:
            statement = statement.where(Character.trait_tags.contains(f"|{query.trait}|"))
        if query.has_portrait is not None:
            column = Character.portrait_image_id
            statement = statement.where(
                column.is_not(None) if query.has_portrait else column.is_(None)
            )
        words = terms(query.q or "")
        if words:
            statement = statement.where(match_clause(self.dialect, owner_id, words))
        if query.after is not None:
            statement = statement.where(
                tuple_(Character.created_at, Character.id) < tuple_(*query.after)
            )
        statement = statement.order_by(Character.created_at.desc(), Character.id.desc()).limit(
            query.limit + 1
        )
        result = await self.session.execute(statement)
        return result.scalars().all()


class RelationshipRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def for_character(
        self, character_id: str
    ) -> Sequence[tuple[CharacterRelationship, str, str]]:
        """(relationship, other's id, other's name) for every pair the character is in."""
        other = Character
        result = await self.session.execute(
            select(CharacterRelationship, other.id, other.name)
            .join(
                other,
                or_(
                    (CharacterRelationship.a_id == character_id)
                    & (other.id == CharacterRelationship.b_id),
                    (CharacterRelationship.b_id == character_id)
                    & (other.id == CharacterRelationship.a_id),
                ),
            )
            .where(
                or_(
                    CharacterRelationship.a_id == character_id,
                    CharacterRelationship.b_id == character_id,
                )
            )
            .order_by(CharacterRelationship.created_at, CharacterRelationship.id)
        )
        return [(row[0], row[1], row[2]) for row in result.all()]

    async def among(self, ids: Sequence[str]) -> Sequence[CharacterRelationship]:
        result = await self.session.execute(
            select(CharacterRelationship)
            .where(CharacterRelationship.a_id.in_(ids), CharacterRelationship.b_id.in_(ids))
            .order_by(CharacterRelationship.created_at, CharacterRelationship.id)
        )
        return result.scalars().all()

    async def find(self, a_id: str, b_id: str, kind: str) -> CharacterRelationship | None:
        result = await self.session.execute(
            select(CharacterRelationship).where(
                CharacterRelationship.a_id == a_id,
                CharacterRelationship.b_id == b_id,
                CharacterRelationship.kind == kind,
            )
        )
        return result.scalar_one_or_none()

    async def get(self, character_id: str, relationship_id: str) -> CharacterRelationship | None:
        result = await self.session.execute(
            select(CharacterRelationship).where(
                CharacterRelationship.id == relationship_id,
                or_(
                    CharacterRelationship.a_id == character_id,
                    CharacterRelationship.b_id == character_id,
                ),
            )
        )
        return result.scalar_one_or_none()

    async def add(self, relationship: CharacterRelationship) -> CharacterRelationship:
        self.session.add(relationship)
        await self.session.flush()
        return relationship

    async def delete(self, relationship: CharacterRelationship) -> None:
        await self.session.delete(relationship)
        await self.session.flush()
