"""Every choice the character wizard offers, with labels and colour values."""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Header, Response
from pydantic import Field

from storyloom.characters.schemas import RelationshipRole
from storyloom.engines.illustrator import CATALOG
from storyloom.engines.writer.story_spec import Pronouns, RelationshipKind, Trait
from storyloom.kit.schema import Output

router = APIRouter(prefix="/api/catalog", tags=["catalog"])


class SwatchOut(Output):
    name: str
    hex: str


class KindLooksOut(Output):
    """What fits one kind: the wizard offers these and starts a new character with the
    defaults (an animal wears nothing and has markings, not a hairstyle)."""

    hair_styles: list[str]
    outfits: list[str]
    accessories: list[str]
    default_hair_style: str
    default_outfit: str
    markings: str | None = Field(
        description="What `accent_color` colours on this kind (None: nothing to pick)."
    )
    markings_swatches: str | None = Field(description="The swatch group to pick it from.")


class CatalogOut(Output):
    enums: dict[str, dict[str, str]] = Field(description="Per choice: value -> label.")
    swatches: dict[str, list[SwatchOut]] = Field(description="Colour groups for pickers.")
    kinds: dict[str, KindLooksOut] = Field(description="Per kind: the looks that fit it.")
    limits: dict[str, int]


def _labels(enum: type[StrEnum]) -> dict[str, str]:
    return {m.value: m.value.replace("_", " ").capitalize() for m in enum}


def build_catalog() -> dict[str, Any]:
    enums = dict(CATALOG["enums"])
    enums["trait"] = _labels(Trait)
    enums["pronouns"] = {"she": "She / her", "he": "He / him", "they": "They / them"}
    enums["relationship_kind"] = _labels(RelationshipKind)
    enums["relationship_role"] = _labels(RelationshipRole)
    assert set(enums["pronouns"]) == {p.value for p in Pronouns}
    return {
        "enums": enums,
        "swatches": CATALOG["swatches"],
        "kinds": CATALOG["kinds"],
        "limits": {"traits": 5},
    }


BODY = json.dumps(build_catalog(), separators=(",", ":"), sort_keys=True).encode()
ETAG = f'"{hashlib.sha256(BODY).hexdigest()[:32]}"'
CACHE = "public, max-age=3600"


@router.get(
    "",
    response_class=Response,
    responses={
        200: {
            "description": "Every choice, with labels and colours",
            "model": CatalogOut,
        },
        304: {"description": "Not modified"},
    },
)
async def get_catalog(if_none_match: Annotated[str | None, Header()] = None) -> Response:
    """Every choice a character can have, with labels and colours, for visual pickers.
    Cacheable: send If-None-Match with the ETag to get 304."""
    headers = {"ETag": ETAG, "Cache-Control": CACHE}
    if if_none_match and ETAG in {t.strip() for t in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    return Response(BODY, media_type="application/json", headers=headers)
