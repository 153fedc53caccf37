"""Print does not depend on the viewer: a book from every setting, with a page at every
time of day and its drawn cover, is exported to PDF by the real export; every page,
rasterised at 72, 150 and 300 dpi by poppler and by PDFium, looks like the same page with
resvg's rendering of its pictures (small mean difference per channel). Skies, water and
night were lost above ~50 dpi when the drawing used gradients in bounding-box units."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from tests.export.helpers import tool

from storyloom.engines.illustrator import render_scene
from storyloom.engines.illustrator.gallery import showcase_cast
from storyloom.engines.illustrator.spec import (
    Kind,
    Pose,
    SceneCharacter,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)
from storyloom.export.book import SVG, Art, Book, BookPage, Cover
from storyloom.export.fidelity import (
    DPIS,
    MAX_DIFFERENCE,
    RENDERERS,
    as_raster,
    difference,
    page_differences,
    rasterise,
)
from storyloom.export.pdf import pdf_bytes
from storyloom.export.schemas import PdfOptions


def _book(setting: Setting) -> Book:
    cast = showcase_cast()
    sheets = {"hero": cast[Kind.child], "pal": cast[Kind.dog]}
    pages = []
    scenes = []
    for number, time in enumerate(TimeOfDay, start=1):
        spec = SceneSpec(
            setting=setting,
            time_of_day=time,
            weather=Weather.rain if number == 2 else Weather.clear,
            characters=[
                SceneCharacter(character_id="hero", pose=Pose.waving),
                SceneCharacter(character_id="pal", pose=Pose.running),
            ],
        )
        scenes.append(spec)
        svg = render_scene(spec, sheets, seed=number).encode()
        pages.append(
            BookPage(
                number, f"It was {time.value} by the {setting.value}.", Art(svg, SVG, 1200, 800)
            )
        )
    return Book(
        story_id=f"fidelity-{setting.value}",
        title=f"A day in the {setting.value}",
        modified=datetime(2026, 1, 1, tzinfo=UTC),
        hero_name="Mia",
        portrait=None,
        pages=pages,
        cover=Cover(scenes[-1], sheets),
    )


@pytest.mark.parametrize("setting", list(Setting), ids=lambda s: s.value)
def test_every_page_prints_as_resvg_draws_it(setting: Setting) -> None:
    tool("pdftoppm")
    found = list(page_differences(_book(setting), PdfOptions()))
    # cover + a page per time of day + the end page, by each renderer at each resolution
    assert len(found) == (len(TimeOfDay) + 2) * len(DPIS) * len(RENDERERS)
    worst = max(found, key=lambda d: d.difference)
    assert worst.difference < MAX_DIFFERENCE, worst


def test_the_check_sees_a_lost_sky() -> None:
    """The check can fail: a page whose sky came out cream differs from resvg's picture."""
    book = _book(Setting.beach)
    page = book.pages[0]
    assert page.art is not None
    lost_sky = page.art.data.replace(b"</svg>", _CREAM_SKY + b"</svg>")
    one = replace(book, pages=[page])
    broken = replace(one, pages=[replace(page, art=Art(lost_sky, SVG, 1200, 800))])
    drawn = rasterise(pdf_bytes(as_raster(one), PdfOptions()), "poppler", 72)
    printed = rasterise(pdf_bytes(broken, PdfOptions()), "poppler", 72)
    assert difference(drawn[1], printed[1]) > MAX_DIFFERENCE
    assert difference(drawn[0], printed[0]) < MAX_DIFFERENCE  # the cover is untouched


_CREAM_SKY = b'<rect x="0" y="0" width="1200" height="420" fill="#fffaf0"/>'
