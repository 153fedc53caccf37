"""Why a picture from outside was refused: one stable reason per kind of problem."""

from __future__ import annotations

from typing import Literal

Reason = Literal[
    "too_large",  # more bytes than we take
    "unreadable",  # not a picture we can decode: garbage, truncated, unparsable
    "dtd",  # an XML document type or entities
    "active_content",  # scripts, event handlers, javascript: links, animation
    "external_reference",  # a link to a file, a web address or anything not inside it
    "too_complex",  # nested too deep, too many elements
    "dimensions",  # too many pixels, too wide or tall, or a silly aspect ratio
]


class RefusedPicture(Exception):
    """A picture we will not store; `reason` is stable, `detail` says it to a person."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason: Reason = reason
        self.detail = detail

    @property
    def code(self) -> str:
        return f"picture_{self.reason}"
