"""Request and response bodies of the characters API."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, TypeVar

from pydantic import AfterValidator, Field, StringConstraints

from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, Kind
from storyloom.engines.writer.story_spec import Pronouns, RelationshipKind, Trait
from storyloom.kit.schema import Input, NotBool, Output, Seed

T = TypeVar("T")

# The writer's name rule (letters of any script, single spaces, hyphens or apostrophes
# between them), stated as a pattern so the published schema says it too.
NAME_PATTERN = r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$"
Name = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=NAME_PATTERN)]
Phrase = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=NAME_PATTERN)]
Description = Annotated[str, StringConstraints(max_length=500)]
# Respelled syllables, the stressed one in capitals: "shiv-AWN", "LEE-uh".
Pronunciation = Annotated[
    str,
    StringConstraints(max_length=80, pattern=r"^(?:[A-Za-z]+(?:[ '\-][A-Za-z]+)*)?$"),
    Field(
        description="How the name is said, in respelled syllables with the stressed one in "
        'capitals ("shiv-AWN"); the narrator says this in place of the written name.'
    ),
]


def _unique(values: list[T]) -> list[T]:
    if len(set(values)) != len(values):
        raise ValueError("items must not repeat")
    return values


UNIQUE = {"uniqueItems": True}
Traits = Annotated[
    list[Trait], Field(max_length=5, json_schema_extra=UNIQUE), AfterValidator(_unique)
]
Phrases = Annotated[list[Phrase], Field(max_length=5)]
Age = Annotated[int, Field(ge=0, le=150), NotBool]
Id = Annotated[str, StringConstraints(min_length=1, max_length=32)]


class RelationshipRole(StrEnum):
    """What one character is to another: the nine kinds plus the inverse of each
    one-way kind."""

    friend = "friend"
    best_friend = "best_friend"
    sibling = "sibling"
    neighbour = "neighbour"
    rival = "rival"
    parent = "parent"
    child = "child"
    grandparent = "grandparent"
    grandchild = "grandchild"
    teacher = "teacher"
    student = "student"
    owner = "owner"
    pet = "pet"


class CharacterIn(Input):
    name: Name
    pronouns: Pronouns
    age: Age | None = None
    appearance: CharacterSheet = Field(description="Fixed looks; `appearance.kind` is the kind.")
    traits: Traits = Field(default_factory=list, description="At most five, from the catalogue.")
    likes: Phrases = Field(default_factory=list)
    dislikes: Phrases = Field(default_factory=list)
    description: Description = ""
    pronunciation: Pronunciation = ""


class CharacterPatch(Input):
    """Only the fields sent change; `age: null` clears the age."""

    name: Name | None = None
    pronouns: Pronouns | None = None
    age: Age | None = None
    appearance: CharacterSheet | None = None
    traits: Traits | None = None
    likes: Phrases | None = None
    dislikes: Phrases | None = None
    description: Description | None = None
    pronunciation: Pronunciation | None = None


class CharacterOut(Output):
    id: str
    name: str
    kind: Kind
    pronouns: Pronouns
    age: int | None
    appearance: CharacterSheet
    traits: list[Trait]
    likes: list[str]
    dislikes: list[str]
    description: str
    pronunciation: str = ""
    portrait_image_id: str | None = Field(description="Selected portrait; GET /api/images/{id}.")
    created_at: datetime
    updated_at: datetime


class CharacterPage(Output):
    items: list[CharacterOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class RelationshipIn(Input):
    other_id: Id
    role: RelationshipRole = Field(
        description="What this character is to the other (e.g. `grandchild` of a grandparent)."
    )


class RelationshipOut(Output):
    id: str
    kind: RelationshipKind = Field(description="The stored kind of the pair.")
    role: RelationshipRole = Field(description="What this character is to the other.")
    other_role: RelationshipRole = Field(description="What the other is to this character.")
    other_id: str
    other_name: str


class PortraitsIn(Input):
    count: Annotated[int, Field(ge=1, le=8), NotBool] = Field(
        4, description="How many candidates to draw."
    )
    style: ArtStyle = ArtStyle.flat
    seed: Seed | None = Field(None, description="Fixes the variations.")


class ImageOut(Output):
    id: str
    kind: str
    media_type: str
    width: int
    height: int
    url: str
    created_at: datetime
    expires_at: datetime | None


class PortraitSelect(Input):
    image_id: Id


class IdsIn(Input):
    ids: Annotated[
        list[Id],
        Field(min_length=1, max_length=100, json_schema_extra=UNIQUE),
        AfterValidator(_unique),
    ]


class DeletedOut(Output):
    deleted: int
