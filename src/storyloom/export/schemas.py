"""Export options (query parameters) and the trim sizes a printed book can have."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ForName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
Dedication = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class TrimSize(StrEnum):
    square8 = "square8"
    letter = "letter"
    a4 = "a4"
    a5_landscape = "a5_landscape"


class Bleed(StrEnum):
    none = "0"
    standard = "0.125"


@dataclass(frozen=True, slots=True)
class Trim:
    """A finished page in inches; `side` puts the picture beside the text (landscape)."""

    width: float
    height: float
    side: bool = False


MM = 1 / 25.4
TRIMS: dict[TrimSize, Trim] = {
    TrimSize.square8: Trim(8.0, 8.0),
    TrimSize.letter: Trim(8.5, 11.0),
    TrimSize.a4: Trim(210 * MM, 297 * MM),
    TrimSize.a5_landscape: Trim(210 * MM, 148 * MM, side=True),
}


class BookOptions(BaseModel):
    """What goes into the book besides its pages (both formats)."""

    model_config = ConfigDict(extra="forbid")

    for_name: ForName | None = Field(
        None, description='Who the book is for: the cover says "written for ..." (checked).'
    )
    dedication: Dedication | None = Field(
        None, description="Text of a dedication page after the cover (checked)."
    )

    def digest(self) -> str:
        """Short hash naming the cached file made with these options."""
        raw = json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()
        return hashlib.sha256(raw).hexdigest()[:16]


class PdfOptions(BookOptions):
    """Print settings of a PDF export."""

    trim: TrimSize = Field(TrimSize.square8, description="Finished page size.")
    bleed: Bleed = Field(
        Bleed.none, description="Bleed in inches around each page (0.125 for printers)."
    )
    crop_marks: bool = Field(False, description="Draw crop marks outside the bleed.")
