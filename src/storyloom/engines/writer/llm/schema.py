"""The StoryDraft JSON schema, made acceptable to OpenAI's strict structured outputs.

Strict mode wants every property required (optional ones become nullable), no
`additionalProperties`, and no `default` or size/format keywords. We also narrow the
schema to this request: character ids become an enum of the cast's ids, so a model that
honours the schema cannot put a stranger in a scene.
"""

from __future__ import annotations

import copy
from typing import Any

from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest

Schema = dict[str, Any]

# Keywords strict mode rejects or ignores; the validator after the call enforces them.
_DROP = frozenset(
    {
        "default",
        "title",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "uniqueItems",
    }
)


def _strict(node: Any) -> Any:
    if isinstance(node, list):
        return [_strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        # Siblings of $ref are not allowed in strict mode.
        return {"$ref": node["$ref"]}
    out = {key: _strict(value) for key, value in node.items() if key not in _DROP | {"properties"}}
    if "properties" in node:
        # A map of field names (a field may be called "title"), each a schema.
        out["properties"] = {name: _strict(sub) for name, sub in node["properties"].items()}
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


def _strict_defs(schema: Schema) -> Schema:
    out: Schema = _strict({k: v for k, v in schema.items() if k != "$defs"})
    # $defs is a mapping of names, not a schema: transform each definition, not the map.
    out["$defs"] = {name: _strict(d) for name, d in schema.get("$defs", {}).items()}
    return out


# StoryDraft fields the writer sets itself; a model is never asked for them.
WRITER_FIELDS = ("reading_note",)


def strict_draft_schema() -> Schema:
    """StoryDraft's schema in strict form (no request-specific narrowing)."""
    schema = StoryDraft.model_json_schema()
    for name in WRITER_FIELDS:
        schema["properties"].pop(name, None)
    return _strict_defs(schema)


def _id_or_null(ids: list[str]) -> Schema:
    return {"anyOf": [{"type": "string", "enum": ids}, {"type": "null"}]}


def draft_schema(request: StoryRequest) -> Schema:
    schema = copy.deepcopy(strict_draft_schema())
    ids = [member.id for member in request.cast]
    defs = schema["$defs"]
    defs["SceneCharacter"]["properties"]["character_id"] = {"type": "string", "enum": ids}
    defs["SceneProp"]["properties"]["held_by"] = _id_or_null(ids)
    defs["SceneSpec"]["properties"]["focus_character"] = _id_or_null(ids)
    return schema


__all__ = ["draft_schema", "strict_draft_schema"]
