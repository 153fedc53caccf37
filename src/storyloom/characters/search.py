"""Full-text search over characters on each database's own engine.

What is searchable (name, description, traits, likes) is flattened into
`characters.search_text` when a character is saved. SQLite indexes it in the FTS5 table
`characters_fts` (maintained by triggers, see migration 0002) next to the owner's id, so
one MATCH finds the owner's matching rows; PostgreSQL has a GIN index over
(owner_id, to_tsvector('simple', search_text)). Every term is a prefix and all must match.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, literal_column, text

from storyloom.models import Character


def search_text(name: str, description: str, traits: list[str], likes: list[str]) -> str:
    return " ".join([name, description, *traits, *likes])


def trait_tags(traits: list[str]) -> str:
    """`|brave|kind|`: a trait filter is one LIKE on this column."""
    return f"|{'|'.join(traits)}|" if traits else ""


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
