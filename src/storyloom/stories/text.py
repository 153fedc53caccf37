"""Derived columns of a story: its searchable text and its character filter tags."""

from __future__ import annotations

from collections.abc import Sequence

MAX_SEARCH_CHARS = 20_000


def search_text(title: str, pages: Sequence[str]) -> str:
    return " ".join([title, *pages])[:MAX_SEARCH_CHARS]


def character_tags(ids: Sequence[str]) -> str:
    """`|id|id|`: the character filter is one LIKE on this column."""
    return f"|{'|'.join(ids)}|" if ids else ""
