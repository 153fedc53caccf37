"""What a story request and a story draft look like, for every writer.

`StoryRequest` is what the stories API hands a writer; `StoryDraft` is what any writer
(procedural or LLM) hands back. The draft is kept plain on purpose so it doubles as the
JSON schema an LLM is asked to fill.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import CharacterSheet, Kind, SceneSpec, Setting


class Trait(StrEnum):
    brave = "brave"
    curious = "curious"
    kind = "kind"
    shy = "shy"
    funny = "funny"
    clever = "clever"
    patient = "patient"
    energetic = "energetic"
    gentle = "gentle"
    stubborn = "stubborn"
    creative = "creative"
    cheerful = "cheerful"
    careful = "careful"
    adventurous = "adventurous"
    caring = "caring"


class Pronouns(StrEnum):
    she = "she"
    he = "he"
    they = "they"


class RelationshipKind(StrEnum):
    friend = "friend"
    best_friend = "best_friend"
    sibling = "sibling"
    parent = "parent"
    grandparent = "grandparent"
    pet = "pet"
    teacher = "teacher"
    neighbour = "neighbour"
    rival = "rival"


# For these kinds `a` is the parent / grandparent / teacher / owner of `b`.
ASYMMETRIC_KINDS = frozenset(
    {
        RelationshipKind.parent,
        RelationshipKind.grandparent,
        RelationshipKind.teacher,
        RelationshipKind.pet,
    }
)


class Role(StrEnum):
    hero = "hero"
    friend = "friend"
    helper = "helper"
    sidekick = "sidekick"
    mentor = "mentor"
    pet = "pet"


class Template(StrEnum):
    adventure = "adventure"
    friendship = "friendship"
    bedtime = "bedtime"
    mystery = "mystery"
    lesson = "lesson"
    exploration = "exploration"
    celebration = "celebration"
    rescue = "rescue"


class Lesson(StrEnum):
    sharing = "sharing"
    honesty = "honesty"
    patience = "patience"
    kindness = "kindness"
    trying_new_things = "trying_new_things"
    bravery = "bravery"
    teamwork = "teamwork"
    none = "none"


# Names reach the page verbatim, so they are held to what a name looks like: letters
# (any script), spaces, hyphens and apostrophes. That also keeps template syntax
# ({, <, $) from ever reaching a page through a name.
_NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '\-](?=[^\W\d_]))*$")
_RESERVED_NAMES = frozenset({"none", "null", "todo", "undefined", "nan"})

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
CharacterId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class CastMember(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: CharacterId
    name: Name
    kind: Kind
    pronouns: Pronouns
    age: int | None = Field(default=None, ge=0, le=150)
    sheet: CharacterSheet
    traits: list[Trait] = Field(default_factory=list, max_length=5)
    likes: list[Phrase] = Field(default_factory=list, max_length=5)
    dislikes: list[Phrase] = Field(default_factory=list, max_length=5)
    role: Role

    @model_validator(mode="after")
    def _age_drawn(self) -> CastMember:
        """Pictures draw the character at its age: the sheet carries it to the illustrator."""
        if self.sheet.age != self.age:
            self.sheet = self.sheet.model_copy(update={"age": self.age})
        return self

    @model_validator(mode="after")
    def _valid_name(self) -> CastMember:
        if not _NAME_RE.match(self.name) or self.name.lower() in _RESERVED_NAMES:
            raise ValueError("name must be letters, spaces, hyphens or apostrophes")
        if "  " in self.name:
            raise ValueError("name must not contain double spaces")
        for phrase in [*self.likes, *self.dislikes]:
            if not _NAME_RE.match(phrase) or phrase.lower() in _RESERVED_NAMES:
                raise ValueError("likes and dislikes must be plain words")
        if len(set(self.traits)) != len(self.traits):
            raise ValueError("traits must not repeat")
        return self


class Relationship(BaseModel):
    """`a` relates to `b`; for parent, grandparent, teacher and pet, `a` is the elder/owner."""

    model_config = ConfigDict(extra="forbid")

    a: CharacterId
    b: CharacterId
    kind: RelationshipKind


class StoryRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cast: list[CastMember] = Field(min_length=1, max_length=5)
    relationships: list[Relationship] = Field(default_factory=list)
    template: Template
    setting: Setting
    lesson: Lesson = Lesson.none
    band: AgeBand
    pages: int | None = Field(default=None, description="Defaults to a length within the band.")
    idea: str | None = Field(default=None, max_length=500)
    seed: int = 0

    @model_validator(mode="after")
    def _consistent(self) -> StoryRequest:
        heroes = [m for m in self.cast if m.role == Role.hero]
        if len(heroes) != 1:
            raise ValueError("the cast needs exactly one hero")
        ids = [m.id for m in self.cast]
        if len(set(ids)) != len(ids):
            raise ValueError("cast ids must be unique")
        for rel in self.relationships:
            if rel.a not in ids or rel.b not in ids:
                raise ValueError("relationships must name cast members")
            if rel.a == rel.b:
                raise ValueError("a character cannot be related to itself")
        if self.pages is not None:
            low, high = BAND_RULES[self.band].pages
            if not low <= self.pages <= high:
                raise ValueError(f"{self.band} books have {low} to {high} pages")
        return self

    @property
    def hero(self) -> CastMember:
        return next(m for m in self.cast if m.role == Role.hero)


class DraftPage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    scene: SceneSpec


class StoryDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str
    pages: list[DraftPage]
    # Set by the writer, never by a model (left out of the schema a model fills): why the
    # text may not fit its age band, when no draft did and the closest one was kept.
    reading_note: str | None = None
