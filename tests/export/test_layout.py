"""Text never runs off its page or under a picture, however long (unit level)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from storyloom.engines.illustrator.gallery import portrait_pictures, scene_pictures
from storyloom.export.book import PNG, Art, Book, BookPage
from storyloom.export.layout import build_html, page_geometry
from storyloom.export.pdf import overflowing, render
from storyloom.export.schemas import TRIMS, Bleed, PdfOptions, TrimSize
from storyloom.export.service import resolution

SENTENCE = "Mia climbed the tall old oak to see where the whispering wind was going today. "
LONGEST_BAND_PAGE = (SENTENCE * 11).strip()  # ~150 words: the independent band's most
LONGEST_EDIT = (SENTENCE * 26)[:2000].strip()  # a page edit's maximum length


def book(texts: list[str]) -> Book:
    scenes = scene_pictures()
    pages = [
        BookPage(i + 1, text, Art(scenes[i % len(scenes)].encode(), "image/svg+xml", 1200, 800))
        for i, text in enumerate(texts)
    ]
    portrait = Art(portrait_pictures()[0].encode(), "image/svg+xml", 512, 512)
    return Book(
        "s", "A " + "Very " * 20 + "Long Title", dt.datetime.now(dt.UTC), "Mia", portrait, pages,
        for_name="Maximiliana-Josephine", dedication="With love. " * 27,
    )  # fmt: skip


@pytest.mark.parametrize("trim", list(TrimSize))
def test_longest_texts_fit_every_trim(trim: TrimSize) -> None:
    options = PdfOptions(trim=trim, bleed=Bleed.standard, for_name="x", dedication="y")
    the_book = book([LONGEST_BAND_PAGE, LONGEST_EDIT, "Hi.", LONGEST_BAND_PAGE])
    document = render(the_book, options)
    _, boxes = build_html(the_book, options, {})
    assert len(document.pages) == 1 + 1 + 4 + 1
    assert not overflowing(document, boxes)


@pytest.mark.parametrize("trim", list(TrimSize))
def test_text_area_is_below_the_picture_and_inside_the_trim(trim: TrimSize) -> None:
    size = TRIMS[trim]
    for level in range(13):
        picture, text = page_geometry(size, 0.125, level)
        assert text.y >= picture.y + picture.h
        assert text.x >= 0.4
        assert text.x + text.w <= size.width - 0.4
        assert text.y + text.h <= size.height - 0.4


def test_low_resolution_pictures_are_named() -> None:
    page = SimpleNamespace(number=3, image_id="i")
    image = SimpleNamespace(media_type=PNG, width=1536)
    rows: Any = SimpleNamespace(pages=[page], images={"i": image})
    headers = resolution(rows, PdfOptions(trim=TrimSize.square8))
    assert headers == {"X-Image-Min-DPI": "192", "X-Image-Low-DPI-Pages": "3"}
    image.width = 2600
    assert resolution(rows, PdfOptions(trim=TrimSize.square8)) == {}
