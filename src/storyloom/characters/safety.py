"""What users type into a character, for the safety gate.

Characters are not tied to one story, so they are checked for the youngest band a name
is likely to reach in print, `AgeBand.preschool`: toddler rules also refuse gentle peril
words ("scared", "dark") that are fine in a description. A story re-checks everything for
its own band when it is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.gate import SafetyGate
from storyloom.safety_gate import ensure_safe

CHARACTER_BAND = AgeBand.preschool


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


async def ensure_character_safe(gate: SafetyGate, fields: Mapping[tuple[str, ...], str]) -> None:
    """422 `unsafe_content` naming the category, the field and the span that was refused."""
    await ensure_safe(gate, fields, CHARACTER_BAND)
