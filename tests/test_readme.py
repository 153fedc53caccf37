"""The README documents every setting (its table is generated from Settings)."""

from __future__ import annotations

from storyloom.config import Settings
from storyloom.settings_doc import README, with_table


def test_readme_settings_table_is_current() -> None:
    text = README.read_text()
    assert with_table(text) == text, "run: uv run python -m storyloom.settings_doc"
    for name in Settings.model_fields:
        assert f"`STORYLOOM_{name.upper()}`" in text


def test_readme_names_the_two_commands() -> None:
    text = README.read_text()
    assert "make run" in text
    assert "make test" in text
