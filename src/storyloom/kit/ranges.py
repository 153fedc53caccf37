"""Byte-range responses for media held in memory: audio elements ask for ranges (to seek
and to learn the length), and an answer without them makes some players refuse to seek."""

from __future__ import annotations

import re
from collections.abc import Mapping

from fastapi import Response

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def ranged(
    data: bytes, media_type: str, range_header: str | None, headers: Mapping[str, str]
) -> Response:
    """200 with the whole body, 206 with one range, 416 for a range past the end.
    Multi-range requests (rare for media) get the whole body."""
    size = len(data)
    base = {**headers, "Accept-Ranges": "bytes"}
    found = _RANGE.match(range_header.strip()) if range_header else None
    if found is None or (not found.group(1) and not found.group(2)):
        return Response(data, media_type=media_type, headers=base)
    first, last = found.group(1), found.group(2)
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    else:  # a suffix: the last N bytes
        start = max(0, size - int(last))
        end = size - 1
    if start >= size or start > end:
        return Response(status_code=416, headers={**base, "Content-Range": f"bytes */{size}"})
    return Response(
        data[start : end + 1],
        status_code=206,
        media_type=media_type,
        headers={**base, "Content-Range": f"bytes {start}-{end}/{size}"},
    )
