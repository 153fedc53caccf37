"""Print does not depend on the viewer: a page picture of every setting and time of day,
put through WeasyPrint as the PDF export does and rasterised by poppler at 72, 150 and
300 dpi, looks like the same picture rendered by resvg (small mean difference per
channel). Skies, water and night were lost above ~50 dpi when the drawing used gradients
in bounding-box units."""

from __future__ import annotations

import base64
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from tests.export.helpers import tool
from weasyprint import HTML

from storyloom.engines.illustrator import render_png, render_scene
from storyloom.engines.illustrator.gallery import showcase_cast
from storyloom.engines.illustrator.spec import (
    Kind,
    SceneCharacter,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)
from storyloom.export.pdf import OwnFilesOnly

WIDTH = 300  # compared at this many pixels wide
MAX_MEAN_DIFFERENCE = 8.0  # out of 255, the worst channel
WIDE = (1200, 800)


def _scene(setting: Setting, time: TimeOfDay) -> str:
    cast = showcase_cast()
    spec = SceneSpec(
        setting=setting,
        time_of_day=time,
        weather=Weather.clear,
        characters=[SceneCharacter(character_id=Kind.child.value)],
    )
    return render_scene(spec, {Kind.child.value: cast[Kind.child]}, seed=1)


def _through_pdf(svg: str, folder: Path, dpi: int) -> Image.Image:
    inches = (WIDE[0] / 200, WIDE[1] / 200)
    data = base64.b64encode(svg.encode()).decode()
    html = (
        f"<style>@page {{ size: {inches[0]}in {inches[1]}in; margin: 0 }} body {{ margin: 0 }}"
        f"</style><img style='display:block;width:{inches[0]}in;height:{inches[1]}in' "
        f"src='data:image/svg+xml;base64,{data}'>"
    )
    pdf = folder / "page.pdf"
    HTML(string=html, url_fetcher=OwnFilesOnly()).write_pdf(pdf)
    subprocess.run(
        [tool("pdftoppm"), "-r", str(dpi), "-png", "-singlefile", str(pdf), str(folder / "p")],
        check=True,
        capture_output=True,
    )
    with Image.open(folder / "p.png") as page:
        return page.convert("RGB").resize((WIDTH, WIDTH * WIDE[1] // WIDE[0]), Image.LANCZOS)


@pytest.mark.parametrize("setting", list(Setting), ids=lambda s: s.value)
def test_every_setting_and_time_prints_as_it_draws(setting: Setting, tmp_path: Path) -> None:
    for time in TimeOfDay:
        svg = _scene(setting, time)
        with Image.open(io.BytesIO(render_png(svg, WIDTH * 4))) as drawn:
            reference = drawn.convert("RGB").resize(
                (WIDTH, WIDTH * WIDE[1] // WIDE[0]), Image.LANCZOS
            )
        for dpi in (72, 150, 300):
            printed = _through_pdf(svg, tmp_path, dpi)
            difference = max(ImageStat.Stat(ImageChops.difference(reference, printed)).mean)
            assert difference < MAX_MEAN_DIFFERENCE, (setting.value, time.value, dpi, difference)
