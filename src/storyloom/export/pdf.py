"""Rendering the book's HTML to PDF with WeasyPrint, checking every text fits its area.

Runs in a worker thread (WeasyPrint is synchronous and CPU-bound) and writes straight to
a file. Fonts are embedded as subsets by WeasyPrint; SVG pictures stay vector (WeasyPrint
draws them as PDF form XObjects); PNG pictures are embedded at their own resolution.
"""

from __future__ import annotations

import atexit
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydyf  # type: ignore[import-untyped]  # WeasyPrint ships no types
from weasyprint import HTML  # type: ignore[import-untyped]  # WeasyPrint ships no types
from weasyprint.document import Document  # type: ignore[import-untyped]  # WeasyPrint ships no types
from weasyprint.text.fonts import FontConfiguration  # type: ignore[import-untyped]  # WeasyPrint ships no types
from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]  # WeasyPrint ships no types

from storyloom.errors import InvalidInput
from storyloom.export.book import Book
from storyloom.export.layout import FONTS, FitBox, build_html
from storyloom.export.schemas import PdfOptions
from storyloom.kit.isolated import Isolated, IsolatedFailure

MAX_PASSES = 6
POINTS_PER_INCH = 72.0
_OWN_FILES = frozenset(path.as_uri() for path in FONTS.iterdir())


class OwnFilesOnly(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no types
    """What WeasyPrint may read: the pictures we embedded as data: URLs and our own font
    files. A reference anywhere else (a file on the server, the network) is refused, and
    WeasyPrint leaves that resource out."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"data", "file"}, fail_on_errors=True)

    def fetch(self, url: str, headers: Any = None) -> Any:
        if url.startswith("data:") or url in _OWN_FILES:
            return super().fetch(url, headers)
        raise ValueError("only the book's own pictures and fonts can be read")


def _walk(box: Any) -> Iterator[Any]:
    """Every box under `box`, including absolutely placed ones (which WeasyPrint keeps
    behind placeholders that `descendants()` does not enter)."""
    inner = getattr(box, "_box", None)
    if inner is not None:
        box = inner
    yield box
    for child in getattr(box, "children", ()):
        yield from _walk(child)


def _flow_heights(document: Document) -> dict[str, float]:
    """Laid-out height (CSS px) of every div with an id, from WeasyPrint's box tree.

    `Page._page_box` is WeasyPrint's own layout result; the public API has no way to ask
    how tall a block turned out.
    """
    heights: dict[str, float] = {}
    for page in document.pages:
        for box in _walk(page._page_box):
            element = getattr(box, "element", None)
            box_id = element.get("id") if element is not None else None
            if box_id and box_id not in heights and getattr(box, "element_tag", "") == "div":
                heights[box_id] = float(box.margin_height())
    return heights


def overflowing(document: Document, boxes: list[FitBox]) -> list[FitBox]:
    heights = _flow_heights(document)
    return [box for box in boxes if heights.get(box.id, 0.0) > box.height_px + 0.5]


def _set_bleed_box(bleed_inches: float) -> Any:
    """WeasyPrint makes the PDF BleedBox from the CSS bleed, which here also holds the crop
    marks' space; the printer's bleed box is the trim box grown by the real bleed."""
    grow = bleed_inches * POINTS_PER_INCH

    def finisher(_document: Document, pdf: pydyf.PDF) -> None:
        for item in pdf.objects:
            if isinstance(item, pydyf.Dictionary) and item.get("Type") == "/Page":
                left, top, right, bottom = item["TrimBox"]
                item["BleedBox"] = pydyf.Array(
                    [left - grow, top - grow, right + grow, bottom + grow]
                )

    return finisher


def render(book: Book, options: PdfOptions) -> Document:
    """Lay the book out, shrinking any text (and its page's picture) that does not fit."""
    fetcher = OwnFilesOnly()
    levels: dict[str, int] = {}
    document: Document | None = None
    for _ in range(MAX_PASSES):
        html, boxes = build_html(book, options, levels)
        fonts = FontConfiguration()
        document = HTML(string=html, url_fetcher=fetcher).render(font_config=fonts)
        over = overflowing(document, boxes)
        if not over:
            break
        stepped = False
        for box in over:
            if box.level + 1 < box.levels:
                levels[box.id] = box.level + 1
                stepped = True
        if not stepped:
            break  # already at the smallest size: keep the last layout
    assert document is not None
    return document


def write_pdf(book: Book, options: PdfOptions, target: Path) -> None:
    """The PDF into `target`. A book holding pictures from outside (imported portraits,
    provider pictures) is laid out in the isolated child process: a renderer that trips
    on one costs this export, never the server."""
    if book.has_outside_pictures:
        try:
            target.write_bytes(EXPORTS.run(pdf_bytes, book, options))
        except IsolatedFailure as exc:
            raise InvalidInput(
                "This book could not be made into a PDF: one of its pictures could not be drawn.",
                code="picture_unrenderable",
                reason=exc.reason,
            ) from exc
        return
    document = render(book, options)
    document.write_pdf(target, finisher=_set_bleed_box(float(options.bleed.value)))


def pdf_bytes(book: Book, options: PdfOptions) -> bytes:
    out = io.BytesIO()
    render(book, options).write_pdf(out, finisher=_set_bleed_box(float(options.bleed.value)))
    return out.getvalue()


EXPORTS = Isolated(memory_mb=2048, seconds=300.0)
atexit.register(EXPORTS.close)
