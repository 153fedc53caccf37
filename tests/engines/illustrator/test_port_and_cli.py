"""The port, the picker catalogue and the CLI (run as a real subprocess)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

from storyloom.engines.illustrator import (
    CATALOG,
    Illustrator,
    Picture,
    ProceduralIllustrator,
    random_sheet,
)
from storyloom.engines.illustrator.spec import (
    Accessory,
    ArtStyle,
    Expression,
    Facing,
    Focus,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    Prop,
    SceneCharacter,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

CLI = [sys.executable, "-c", "from storyloom.cli.illustrate import app; app()"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, check=False)


async def test_procedural_illustrator_implements_the_port() -> None:
    illustrator: Illustrator = ProceduralIllustrator()
    sheet = random_sheet(Kind.cat, random.Random(1))
    picture = await illustrator.portrait(sheet, style=ArtStyle.storybook)
    assert isinstance(picture, Picture)
    assert picture.media_type == "image/svg+xml"
    assert picture.data.startswith(b"<svg")
    spec = SceneSpec(setting=Setting.farm, characters=[SceneCharacter(character_id="c")])
    scene = await illustrator.scene(spec, {"c": sheet})
    assert scene.data.startswith(b"<svg")
    assert scene.media_type == "image/svg+xml"


def test_catalog_labels_every_member_and_offers_swatches() -> None:
    enums = CATALOG["enums"]
    for name, enum in (
        ("kind", Kind),
        ("hair_style", HairStyle),
        ("outfit", Outfit),
        ("accessory", Accessory),
        ("pose", Pose),
        ("expression", Expression),
        ("setting", Setting),
        ("time_of_day", TimeOfDay),
        ("weather", Weather),
        ("prop", Prop),
        ("art_style", ArtStyle),
        ("focus", Focus),
        ("facing", Facing),
    ):
        assert set(enums[name]) == {m.value for m in enum}
        assert all(label and label[0].isupper() for label in enums[name].values())
    for group in ("skin", "fur", "hair", "eyes", "outfit"):
        swatches = CATALOG["swatches"][group]
        assert len(swatches) >= 6
        for sw in swatches:
            assert re.fullmatch(r"#[0-9a-f]{6}", sw["hex"])
            assert sw["name"]
    assert len(CATALOG["swatches"]["skin"]) >= 8
    json.dumps(CATALOG)


def test_cli_portrait_writes_svg_and_png(tmp_path: Path) -> None:
    result = run(
        "portrait",
        "--kind",
        "fox",
        "--style",
        "storybook",
        "--seed",
        "3",
        "--out",
        "fox.svg",
        "--png",
        "64",
        "--pose",
        "waving",
        "--expression",
        "laughing",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fox.svg").read_text().startswith("<svg")
    assert (tmp_path / "fox.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_portrait_from_sheet_file(tmp_path: Path) -> None:
    sheet = random_sheet(Kind.robot, random.Random(2))
    (tmp_path / "robot.json").write_text(sheet.model_dump_json())
    result = run("portrait", "--sheet", "robot.json", "--out", "r.svg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sheet.body_color in (tmp_path / "r.svg").read_text()


def test_cli_scene_from_options_and_spec(tmp_path: Path) -> None:
    result = run(
        "scene",
        "--setting",
        "forest",
        "--time",
        "night",
        "--weather",
        "clear",
        "--kinds",
        "fox,owl",
        "--style",
        "flat",
        "--seed",
        "1",
        "--out",
        "scene.svg",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert 'viewBox="0 0 1200 800"' in (tmp_path / "scene.svg").read_text()
    spec = SceneSpec(setting=Setting.beach, characters=[SceneCharacter(character_id="pip")])
    doc = {
        "spec": spec.model_dump(mode="json"),
        "cast": {"pip": random_sheet(Kind.dog, random.Random(1)).model_dump(mode="json")},
    }
    (tmp_path / "spec.json").write_text(json.dumps(doc))
    result = run("scene", "--spec", "spec.json", "--out", "s2.svg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_cli_rejects_bad_values_with_exit_code_2(tmp_path: Path) -> None:
    for args in (
        ("portrait", "--kind", "wombat", "--out", "x.svg"),
        ("scene", "--setting", "moon", "--out", "x.svg"),
        ("scene", "--kinds", "fox,fox,fox,fox,fox,fox", "--out", "x.svg"),
        ("portrait", "--sheet", "missing.json", "--out", "x.svg"),
    ):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert "Invalid value" in result.stderr or "Error" in result.stderr
    assert not (tmp_path / "x.svg").exists()


def test_cli_help_and_gallery(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "portrait" in result.stdout
    assert "gallery" in result.stdout
    result = run("gallery", "--out", "g.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "g.html").read_text()
    assert page.count("<svg") == len(Kind) * len(Expression) * len(Pose) + len(Setting) * len(
        TimeOfDay
    )
