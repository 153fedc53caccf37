"""Keyset cursors: an opaque token for "after this (created_at, id)" in a newest-first list.

Any list ordered by (created_at, id) pages with these; a cursor the API did not hand out
answers 422 `validation_failed` on the `cursor` query parameter.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

from storyloom.errors import InvalidInput


def encode_cursor(created_at: datetime, row_id: str) -> str:
    raw = json.dumps([created_at.isoformat(), row_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, row_id = json.loads(raw)
        moment = datetime.fromisoformat(stamp)
        if not isinstance(row_id, str) or moment.tzinfo is None:
            raise ValueError("bad cursor")
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            "The cursor is not one this API handed out.",
            code="validation_failed",
            errors=[{"loc": ["query", "cursor"], "msg": "invalid cursor", "type": "value_error"}],
        ) from exc
    return moment, row_id


__all__ = ["decode_cursor", "encode_cursor"]
