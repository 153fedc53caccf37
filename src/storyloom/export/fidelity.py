"""Print fidelity: does a PDF export look, page by page, like the pictures resvg draws?

Two PDFs of the same book are made by the real export: the book as exported (vector SVG
pictures, drawn by the PDF viewer) and a reference in which every picture, the cover
included, is first rendered to PNG by resvg (so the viewer only places pixels). The book is
rasterised by each renderer at each resolution, the reference by the same renderer (once,
at REFERENCE_DPI: it only places pixels), and the two compared page by page: the text
and layout are the same in both, so what differs is how the viewer drew our vector art.
Renderers: poppler (`pdftoppm`) and PDFium (the `pypdfium2` wheel, a development
dependency; PDFium is Chromium's PDF engine).
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from storyloom.engines.illustrator.png import render_png
from storyloom.export.book import PNG, Art, Book, Cover
from storyloom.export.pdf import pdf_bytes
from storyloom.export.schemas import PdfOptions

DPIS = (72, 150, 300)
RENDERERS = ("poppler", "pdfium")
COMPARE_WIDTH = 400  # pages are compared at this many pixels wide
RASTER_WIDTH = 1600  # resvg renders each picture this wide for the reference
REFERENCE_DPI = 150  # the reference pages (pixels placed) are rasterised once, at this dpi
MAX_DIFFERENCE = 8.0  # the worst channel's mean absolute difference, out of 255


@dataclass(frozen=True, slots=True)
class PageDifference:
    renderer: str
    dpi: int
    page: int  # 1-based page of the PDF
    difference: float  # the worst channel's mean absolute difference, 0-255


def _raster(art: Art) -> Art:
    if not art.is_vector:
        return art
    data = render_png(art.data.decode(), RASTER_WIDTH)
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    return Art(data, PNG, width, height)


@dataclass(frozen=True, slots=True)
class _RasterCover(Cover):
    """The same cover, handed to the layout as resvg's PNG."""

    def art(self, aspect: float) -> Art:
        return _raster(Cover.art(self, aspect))


def as_raster(book: Book) -> Book:
    """The same book with every vector picture replaced by resvg's PNG of it."""
    cover = book.cover
    return dataclasses.replace(
        book,
        portrait=None if book.portrait is None else _raster(book.portrait),
        pages=[
            dataclasses.replace(page, art=None if page.art is None else _raster(page.art))
            for page in book.pages
        ],
        cover=None if cover is None else _RasterCover(cover.spec, cover.cast, cover.style),
    )


def _poppler(pdf: bytes, dpi: int) -> list[Image.Image]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise RuntimeError("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "book.pdf"
        source.write_bytes(pdf)
        subprocess.run(  # noqa: S603 - our own tool path and temp files, no shell
            [tool, "-r", str(dpi), "-png", str(source), str(Path(folder) / "p")],
            check=True,
            capture_output=True,
        )
        pages = []
        for path in sorted(Path(folder).glob("p-*.png"), key=lambda p: int(p.stem[2:])):
            with Image.open(path) as page:
                pages.append(_small(page))
        return pages


def _pdfium(pdf: bytes, dpi: int) -> list[Image.Image]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # dev dependency: only here

    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            bitmap = page.render(scale=dpi / 72)
            pages.append(_small(bitmap.to_pil()))
        return pages
    finally:
        document.close()


def _small(page: Image.Image) -> Image.Image:
    rgb = page.convert("RGB")
    return rgb.resize(
        (COMPARE_WIDTH, round(COMPARE_WIDTH * rgb.height / rgb.width)), Image.Resampling.LANCZOS
    )


def rasterise(pdf: bytes, renderer: str, dpi: int) -> list[Image.Image]:
    """Every page of `pdf` drawn by `renderer` at `dpi`, scaled to COMPARE_WIDTH."""
    if renderer == "poppler":
        return _poppler(pdf, dpi)
    if renderer == "pdfium":
        return _pdfium(pdf, dpi)
    raise ValueError(f"unknown renderer {renderer!r}")


def difference(a: Image.Image, b: Image.Image) -> float:
    return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)


def page_differences(
    book: Book,
    options: PdfOptions | None = None,
    dpis: Sequence[int] = DPIS,
    renderers: Sequence[str] = RENDERERS,
) -> Iterator[PageDifference]:
    """Every page of the book's PDF, by every renderer at every resolution, against the
    same page with resvg's pictures."""
    chosen = options or PdfOptions()
    exported = pdf_bytes(book, chosen)
    reference = pdf_bytes(as_raster(book), chosen)
    for renderer in renderers:
        drawn = rasterise(reference, renderer, REFERENCE_DPI)
        for dpi in dpis:
            printed = rasterise(exported, renderer, dpi)
            if len(printed) != len(drawn):
                raise AssertionError(f"{len(printed)} pages printed, {len(drawn)} drawn")
            for number, (p, d) in enumerate(zip(printed, drawn, strict=True), start=1):
                yield PageDifference(renderer, dpi, number, difference(p, d))
