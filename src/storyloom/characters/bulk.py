"""Export characters as one JSON document and import such a document, all or nothing."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.characters.relationships import SYMMETRIC
from storyloom.characters.repository import CharacterRepository, RelationshipRepository
from storyloom.characters.safety import ensure_character_safe
from storyloom.characters.schemas import CharacterIn
from storyloom.characters.service import character_words, new_character
from storyloom.db import utcnow
from storyloom.engines.safety.gate import SafetyGate
from storyloom.engines.writer.story_spec import RelationshipKind
from storyloom.errors import NotFound
from storyloom.images.repository import ImageRepository
from storyloom.images.service import PNG, SVG, NewPicture, outside_picture, store_pictures
from storyloom.kit.schema import Input, NotBool, Output
from storyloom.media import MediaNotFound, MediaStore
from storyloom.models import Character, CharacterRelationship, ImageKind

FORMAT: Literal["storyloom.characters"] = "storyloom.characters"
Ref = Annotated[str, StringConstraints(min_length=1, max_length=64)]
MAX_PORTRAIT_CHARS = 1_500_000


class PortraitDoc(Input):
    media_type: Literal["image/svg+xml", "image/png"]
    data: str = Field(max_length=MAX_PORTRAIT_CHARS, description="SVG text, or base64 for a PNG.")

    @model_validator(mode="after")
    def _base64_raster(self) -> PortraitDoc:
        # What the picture holds is judged when it is re-encoded (BulkService.import_).
        if self.media_type == PNG:
            try:
                base64.b64decode(self.data, validate=True)
            except (binascii.Error, ValueError) as exc:
                raise ValueError("a PNG portrait must be base64") from exc
        return self


class CharacterDoc(CharacterIn):
    ref: Ref = Field(description="Names the character inside this document (its old id).")
    portrait: PortraitDoc | None = None


class RelationshipDoc(Input):
    a: Ref
    b: Ref
    kind: RelationshipKind = Field(
        description="For parent, grandparent, teacher and pet, `a` is the elder or owner."
    )


class CharactersDocument(Input):
    """What export produces and import takes."""

    format: Literal["storyloom.characters"] = FORMAT
    version: Annotated[Literal[1], NotBool] = 1
    exported_at: datetime | None = None
    characters: list[CharacterDoc] = Field(max_length=100)
    relationships: list[RelationshipDoc] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _consistent(self) -> CharactersDocument:
        refs = [c.ref for c in self.characters]
        if len(set(refs)) != len(refs):
            raise ValueError("character refs must be unique")
        for rel in self.relationships:
            if rel.a not in refs or rel.b not in refs:
                raise ValueError(f"relationship {rel.a} -> {rel.b} names an unknown character")
            if rel.a == rel.b:
                raise ValueError("a character cannot be related to itself")
        return self


class ImportedOut(Output):
    ids: dict[str, str] = Field(description="Each document ref and the new character's id.")


def _portrait_bytes(doc: PortraitDoc) -> bytes:
    return doc.data.encode() if doc.media_type == SVG else base64.b64decode(doc.data)


class BulkService:
    def __init__(self, session: AsyncSession, store: MediaStore, gate: SafetyGate) -> None:
        self.session = session
        self.store = store
        self.gate = gate
        self.characters = CharacterRepository(session)
        self.relationships = RelationshipRepository(session)
        self.images = ImageRepository(session)

    async def export(self, owner_id: str, ids: Sequence[str]) -> CharactersDocument:
        found = await self.characters.many(owner_id, ids)
        if len(found) != len(set(ids)):
            raise NotFound("Some of these characters do not exist.")
        portraits = {
            image.id: image
            for image in await self.images.many(
                [c.portrait_image_id for c in found if c.portrait_image_id]
            )
        }
        docs = []
        for character in found:
            portrait = None
            image = portraits.get(character.portrait_image_id or "")
            if image is not None:
                try:
                    data = await self.store.get(image.key)
                except MediaNotFound:
                    data = None
                if data is not None:
                    text = data.decode() if image.media_type == SVG else base64.b64encode(data)
                    portrait = PortraitDoc(
                        media_type=SVG if image.media_type == SVG else PNG,
                        data=text if isinstance(text, str) else text.decode(),
                    )
            docs.append(
                CharacterDoc.model_validate(
                    {
                        "ref": character.id,
                        "name": character.name,
                        "pronouns": character.pronouns,
                        "age": character.age,
                        "appearance": character.appearance,
                        "traits": character.traits,
                        "likes": character.likes,
                        "dislikes": character.dislikes,
                        "description": character.description,
                        "pronunciation": character.pronunciation,
                        "portrait": portrait,
                    }
                )
            )
        relationships = [
            RelationshipDoc(a=r.a_id, b=r.b_id, kind=RelationshipKind(r.kind))
            for r in await self.relationships.among([c.id for c in found])
        ]
        return CharactersDocument(
            exported_at=utcnow(), characters=docs, relationships=relationships
        )

    async def import_(self, owner_id: str, document: CharactersDocument) -> dict[str, str]:
        """Check everything first, then write; any failure rolls the whole import back."""
        portraits: dict[str, NewPicture] = {}
        for index, doc in enumerate(document.characters):
            prefix = ("body", "characters", str(index))
            await ensure_character_safe(self.gate, character_words(doc, prefix))
            if doc.portrait is not None:
                portraits[doc.ref] = outside_picture(
                    _portrait_bytes(doc.portrait),
                    doc.portrait.media_type,
                    {"imported": True},
                    [*prefix, "portrait", "data"],
                )
        now = utcnow()
        created: dict[str, Character] = {}
        for doc in document.characters:
            character = new_character(owner_id, doc)
            character.created_at = character.updated_at = now
            created[doc.ref] = character
        await self.characters.add_all(list(created.values()))
        seen: set[tuple[str, str, str]] = set()
        for rel in document.relationships:
            a_id, b_id = created[rel.a].id, created[rel.b].id
            if rel.kind in SYMMETRIC:
                a_id, b_id = sorted((a_id, b_id))
            if (a_id, b_id, rel.kind.value) in seen or (b_id, a_id, rel.kind.value) in seen:
                continue
            seen.add((a_id, b_id, rel.kind.value))
            self.session.add(
                CharacterRelationship(owner_id=owner_id, a_id=a_id, b_id=b_id, kind=rel.kind)
            )
        for ref, picture in portraits.items():
            character = created[ref]
            [image] = await store_pictures(
                self.session,
                self.store,
                owner_id=owner_id,
                character_id=character.id,
                kind=ImageKind.portrait,
                pictures=[picture],
                expires_at=None,
            )
            character.portrait_image_id = image.id
        await self.session.flush()
        return {ref: character.id for ref, character in created.items()}
