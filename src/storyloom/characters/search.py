"""Full-text search over characters on each database's own engine, and keyset cursors.

What is searchable (name, description, traits, likes) is flattened into
`characters.search_text` when a character is saved. SQLite indexes it in the FTS5 table
`characters_fts` (maintained by triggers, see migration 0002) next to the owner's id, so
one MATCH finds the owner's matching rows; PostgreSQL has a GIN index over
(owner_id, to_tsvector('simple', search_text)). Every term is a prefix and all must match.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime

from sqlalchemy import ColumnElement, func, literal_column, text

from storyloom.errors import InvalidInput
from storyloom.models import Character

_TERM = re.compile(r"[^\W_]+")
MAX_TERMS = 8


def search_text(name: str, description: str, traits: list[str], likes: list[str]) -> str:
    return " ".join([name, description, *traits, *likes])


def trait_tags(traits: list[str]) -> str:
    """`|brave|kind|`: a trait filter is one LIKE on this column."""
    return f"|{'|'.join(traits)}|" if traits else ""


def terms(q: str) -> list[str]:
    return [t[:40] for t in _TERM.findall(q.lower())][:MAX_TERMS]


def match_clause(dialect: str, owner_id: str, words: list[str]) -> ColumnElement[bool]:
    """Rows of `owner_id` whose search text has every word as a prefix, via the index."""
    if dialect == "sqlite":
        query = " AND ".join(f'"{w}"*' for w in words)
        expression = f'owner_id : "{owner_id}" AND search_text : ({query})'
        return text(
            "characters.rowid IN (SELECT rowid FROM characters_fts "
            "WHERE characters_fts MATCH :fts_query)"
        ).bindparams(fts_query=expression)  # type: ignore[return-value]
    simple: ColumnElement[str] = literal_column("'simple'::regconfig")
    tsquery = " & ".join(f"'{w}':*" for w in words)
    vector = func.to_tsvector(simple, Character.search_text)
    return vector.op("@@")(func.to_tsquery(simple, tsquery))


def encode_cursor(created_at: datetime, character_id: str) -> str:
    raw = json.dumps([created_at.isoformat(), character_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, character_id = json.loads(raw)
        moment = datetime.fromisoformat(stamp)
        if not isinstance(character_id, str) or moment.tzinfo is None:
            raise ValueError("bad cursor")
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            "The cursor is not one this API handed out.",
            code="validation_failed",
            errors=[{"loc": ["query", "cursor"], "msg": "invalid cursor", "type": "value_error"}],
        ) from exc
    return moment, character_id
