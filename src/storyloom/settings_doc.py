"""The README's configuration table, generated from `Settings` so the two never disagree.

`python -m storyloom.settings_doc` rewrites the table in README.md; a test fails when the
README is stale.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

from storyloom.config import Settings

START, END = "<!-- settings:start -->", "<!-- settings:end -->"
README = Path(__file__).resolve().parents[2] / "README.md"


def settings_table() -> str:
    rows = ["| setting | default | meaning |", "| --- | --- | --- |"]
    for name, field in Settings.model_fields.items():
        default = field.get_default(call_default_factory=True)
        if isinstance(default, Enum):
            default = default.value
        shown = "" if default is None else f"`{default}`"
        rows.append(f"| `STORYLOOM_{name.upper()}` | {shown} | {field.description} |")
    return "\n".join(rows)


def with_table(readme: str) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{settings_table()}\n{END}{tail}"


if __name__ == "__main__":
    text = README.read_text()
    updated = with_table(text)
    if "--check" in sys.argv:
        sys.exit(0 if updated == text else 1)
    README.write_text(updated)
