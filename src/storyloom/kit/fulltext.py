"""Search words as every full-text query here takes them: lower-cased runs of letters and
digits, each cut to 40 characters, at most MAX_TERMS of them (each is matched as a prefix
by the domain's own index: FTS5 on SQLite, a tsvector GIN index on PostgreSQL)."""

from __future__ import annotations

import re

_TERM = re.compile(r"[^\W_]+")
MAX_TERMS = 8


def terms(q: str) -> list[str]:
    return [t[:40] for t in _TERM.findall(q.lower())][:MAX_TERMS]


__all__ = ["MAX_TERMS", "terms"]
