"""The safety gate for what users type into a character.

Characters are not tied to one story, so they are checked for the youngest band a name
is likely to reach in print, `AgeBand.preschool`: toddler rules also refuse gentle peril
words ("scared", "dark") that are fine in a description. A story re-checks everything for
its own band when it is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import check_fields
from storyloom.errors import InvalidInput

CHARACTER_BAND = AgeBand.preschool


class UnsafeContent(InvalidInput):
    code, title = "unsafe_content", "Not suitable for a children's book"


def free_text_fields(
    *,
    name: str | None = None,
    description: str | None = None,
    likes: list[str] | None = None,
    dislikes: list[str] | None = None,
    pronunciation: str | None = None,
    prefix: tuple[str, ...] = ("body",),
) -> dict[tuple[str, ...], str]:
    fields: dict[tuple[str, ...], str] = {}
    if name is not None:
        fields[(*prefix, "name")] = name
    if pronunciation:  # said aloud by the narrator: checked like the name
        fields[(*prefix, "pronunciation")] = pronunciation
    if description:
        fields[(*prefix, "description")] = description
    for label, values in (("likes", likes), ("dislikes", dislikes)):
        for index, value in enumerate(values or []):
            fields[(*prefix, label, str(index))] = value
    return fields


def ensure_safe(fields: Mapping[tuple[str, ...], str]) -> None:
    """422 `unsafe_content` naming the category, the field and the span that was refused."""
    by_name = {".".join(loc): text for loc, text in fields.items()}
    blocked = check_fields(by_name, CHARACTER_BAND)
    if blocked is None:
        return
    field, verdict = blocked
    category = verdict.category.value if verdict.category else "unsafe"
    span = list(verdict.span) if verdict.span else None
    loc = field.split(".")
    raise UnsafeContent(
        f"`{loc[-1] if not loc[-1].isdigit() else '.'.join(loc[-2:])}` contains words that are "
        f"not suitable for a children's book ({category.replace('_', ' ')}).",
        category=category,
        field=".".join(loc[1:]) if loc[0] == "body" else field,
        span=span,
        matched=verdict.matched,
        errors=[{"loc": loc, "msg": f"not suitable for children: {category}", "type": "unsafe"}],
    )
