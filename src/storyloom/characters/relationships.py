"""Relationships between two characters of the same owner.

Stored once per pair and kind. Symmetric kinds (friend, best friend, sibling, neighbour,
rival) keep `a_id < b_id`, so both characters read the same row; for the one-way kinds
`a` is the parent, grandparent, teacher or owner of `b` (the writer's convention) and each
side reads its own role: a grandparent's grandchild sees "grandchild".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.characters.repository import CharacterRepository, RelationshipRepository
from storyloom.characters.schemas import RelationshipRole
from storyloom.engines.writer.story_spec import RelationshipKind
from storyloom.errors import Conflict, InvalidInput, NotFound
from storyloom.models import Character, CharacterRelationship

R = RelationshipRole
K = RelationshipKind
SYMMETRIC = frozenset({K.friend, K.best_friend, K.sibling, K.neighbour, K.rival})
# kind -> (role of a, role of b)
ONE_WAY: dict[RelationshipKind, tuple[RelationshipRole, RelationshipRole]] = {
    K.parent: (R.parent, R.child),
    K.grandparent: (R.grandparent, R.grandchild),
    K.teacher: (R.teacher, R.student),
    K.pet: (R.owner, R.pet),
}


class RelationshipExists(Conflict):
    code, title = "relationship_exists", "These characters already have this relationship"


@dataclass(frozen=True, slots=True)
class RelationshipView:
    id: str
    kind: RelationshipKind
    role: RelationshipRole
    other_role: RelationshipRole
    other_id: str
    other_name: str


def canonical(this_id: str, other_id: str, role: RelationshipRole) -> tuple[str, str, K]:
    """(a, b, kind) for "this character is `role` to the other"."""
    if role.value in SYMMETRIC:
        low, high = sorted((this_id, other_id))
        return low, high, K(role.value)
    for kind, (elder, junior) in ONE_WAY.items():
        if role is elder:
            return this_id, other_id, kind
        if role is junior:
            return other_id, this_id, kind
    raise AssertionError(role)  # every role is symmetric or one side of a one-way kind


def roles(kind: K, this_is_a: bool) -> tuple[RelationshipRole, RelationshipRole]:
    """(this character's role, the other's role)."""
    if kind in SYMMETRIC:
        return R(kind.value), R(kind.value)
    elder, junior = ONE_WAY[kind]
    return (elder, junior) if this_is_a else (junior, elder)


def view(relationship: CharacterRelationship, this_id: str, other_name: str) -> RelationshipView:
    kind = K(relationship.kind)
    this_is_a = relationship.a_id == this_id
    mine, theirs = roles(kind, this_is_a)
    return RelationshipView(
        id=relationship.id,
        kind=kind,
        role=mine,
        other_role=theirs,
        other_id=relationship.b_id if this_is_a else relationship.a_id,
        other_name=other_name,
    )


class RelationshipService:
    def __init__(self, session: AsyncSession) -> None:
        self.characters = CharacterRepository(session)
        self.relationships = RelationshipRepository(session)

    async def list(self, character: Character) -> Sequence[RelationshipView]:
        rows = await self.relationships.for_character(character.id)
        return [view(rel, character.id, name) for rel, _, name in rows]

    async def add(
        self, character: Character, other_id: str, role: RelationshipRole
    ) -> RelationshipView:
        if other_id == character.id:
            raise InvalidInput("A character cannot be related to itself.", code="self_relationship")
        other = await self.characters.get(character.owner_id, other_id)
        if other is None:
            raise NotFound("No such character to relate to.")
        a_id, b_id, kind = canonical(character.id, other.id, role)
        if await self.relationships.find(a_id, b_id, kind.value) is not None:
            raise RelationshipExists()
        if kind not in SYMMETRIC and await self.relationships.find(b_id, a_id, kind.value):
            raise RelationshipExists(f"The other way round is already recorded ({kind.value}).")
        relationship = await self.relationships.add(
            CharacterRelationship(owner_id=character.owner_id, a_id=a_id, b_id=b_id, kind=kind)
        )
        return view(relationship, character.id, other.name)

    async def remove(self, character: Character, relationship_id: str) -> None:
        relationship = await self.relationships.get(character.id, relationship_id)
        if relationship is None:
            raise NotFound("No such relationship.")
        await self.relationships.delete(relationship)
