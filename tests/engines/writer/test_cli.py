"""The writer CLI, run as the lead mounts it."""

from __future__ import annotations

import json
import subprocess
import sys

RUN = [sys.executable, "-c", "from storyloom.cli.writer import app; app()"]


def test_sample_prints_a_readable_story() -> None:
    out = subprocess.run(
        [*RUN, "sample", "--template", "adventure", "--band", "preschool", "--seed", "7"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [x for x in out.splitlines() if x]
    assert lines[1].startswith("1. ")
    assert len(lines) >= 11


def test_sample_json_and_cast_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cast = [
        {
            "id": "h",
            "name": "Ada",
            "kind": "fox",
            "pronouns": "she",
            "role": "hero",
            "sheet": {"kind": "fox", "body_color": "#d2691e", "accent_color": "#ffffff"},
            "traits": ["brave"],
            "likes": ["apples"],
        }
    ]
    path = tmp_path / "cast.json"
    path.write_text(json.dumps(cast))
    out = subprocess.run(
        [
            *RUN,
            "sample",
            "--template",
            "mystery",
            "--band",
            "toddler",
            "--seed",
            "1",
            "--setting",
            "beach",
            "--cast",
            str(path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    draft = json.loads(out)
    assert "Ada" in draft["pages"][0]["text"]
    assert draft["pages"][0]["scene"]["setting"] == "beach"


def test_report_json() -> None:
    out = subprocess.run(
        [*RUN, "report", "--stories", "40", "--json"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out)["grammar failures"] == "0"
