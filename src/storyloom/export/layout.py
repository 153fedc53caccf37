"""The printed book as HTML and CSS for WeasyPrint: fixed boxes on every page.

Every page is a trim-sized sheet with absolutely placed areas: the picture (bleeding off
the edges when a bleed is asked for) and a text area that never overlaps it. Text sits in
a "fit box": its font size is picked by a level (see `LEVELS`), estimated from the text's
length and then checked against the laid-out height by `storyloom.export.pdf`.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

from storyloom.engines.illustrator.cover import TITLE_BAND
from storyloom.export.book import Art, Book
from storyloom.export.schemas import TRIMS, PdfOptions, Trim

FONTS = Path(__file__).parent / "fonts"
PX = 96.0  # CSS pixels per inch, WeasyPrint's unit
MARK_SPACE = 0.25  # inches outside the bleed where crop marks are drawn
PICTURE_ASPECT = 1.5  # the illustrators draw 3:2 scenes
INK = "#2b2540"
PAPER = "#fffaf0"
COVER = "#fdecc8"

# (share of the page height the picture may take, font size in points), best first.
LEVELS: tuple[tuple[float, float], ...] = (
    (0.62, 24),
    (0.62, 21),
    (0.62, 18),
    (0.62, 16),
    (0.62, 14),
    (0.56, 13),
    (0.52, 12),
    (0.46, 11),
    (0.42, 10),
    (0.36, 9.5),
    (0.32, 9),
    (0.26, 8.5),
    (0.22, 8),
)
TITLE_SIZES = (40, 34, 29, 25, 21, 18, 15, 13)
LINE_SPACING = 1.38
DEDICATION_SIZES = (22, 19, 16, 14, 12, 10)
NAME_SIZES = (20, 17, 14, 12)
CENTER = "text-align:center"
# centred in its plate, both ways
COVER_TITLE = "text-align:center;width:100%"


@dataclass(frozen=True, slots=True)
class Rect:
    """Inches from the trim's top-left corner (negative into the bleed)."""

    x: float
    y: float
    w: float
    h: float

    def css(self) -> str:
        return f"left:{self.x:.4f}in;top:{self.y:.4f}in;width:{self.w:.4f}in;height:{self.h:.4f}in"


@dataclass(frozen=True, slots=True)
class FitBox:
    """A text area that must hold its text: `id` of the flowing block, the area's height
    in CSS px, the level it was laid out at and how many levels it has."""

    id: str
    height_px: float
    level: int
    levels: int


def margin(trim: Trim) -> float:
    return max(0.45, min(trim.width, trim.height) * 0.075)


def page_geometry(trim: Trim, bleed: float, level: int) -> tuple[Rect, Rect]:
    """(picture, text) rectangles of a story page at a fit level."""
    share = LEVELS[level][0]
    full_width = trim.width + 2 * bleed
    picture_height = min(share * trim.height, full_width / PICTURE_ASPECT * 1.04)
    side = margin(trim)
    gap = 0.22
    picture = Rect(-bleed, -bleed, full_width, picture_height + bleed)
    top = picture_height + gap
    text = Rect(side, top, trim.width - 2 * side, trim.height - top - side)
    return picture, text


def fits(text: str, width: float, height: float, size: float) -> bool:
    """Whether text should fit an area (inches) at `size` points; Andika's average glyph
    is about 0.46 em wide. The layout check in `storyloom.export.pdf` has the last word."""
    per_line = max(1, int(width * 72 / (size * 0.46)))
    lines = sum(max(1, math.ceil(len(p) / per_line)) for p in text.split("\n"))
    needed = (lines * LINE_SPACING + text.count("\n") * 0.45) * size / 72
    return needed <= height


def estimate_level(text: str, trim: Trim, bleed: float) -> int:
    """The first page level at which the text should fit."""
    for level, (_, size) in enumerate(LEVELS):
        _, area = page_geometry(trim, bleed, level)
        if fits(text, area.w, area.h, size):
            return level
    return len(LEVELS) - 1


def _first_fit(text: str, rect: Rect, sizes: tuple[float, ...], spacing: float) -> int:
    for level, size in enumerate(sizes):
        if fits(text, rect.w, rect.h / spacing * LINE_SPACING, size * 1.1):
            return level
    return len(sizes) - 1


def _data_uri(art: Art) -> str:
    return f"data:{art.media_type};base64,{base64.b64encode(art.data).decode()}"


def _picture(art: Art | None, rect: Rect, *, fit: str = "cover") -> str:
    if art is None:
        return f'<div class="nopic" style="position:absolute;{rect.css()}"></div>'
    return (
        f'<img class="pic" alt="" src="{_data_uri(art)}" '
        f'style="position:absolute;{rect.css()};object-fit:{fit}">'
    )


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line.strip())


def _fit(
    box_id: str, rect: Rect, size: float, body: str, extra: str = "", middle: bool = False
) -> str:
    centred = ";display:flex;align-items:center" if middle else ""
    return (
        f'<div class="area" style="position:absolute;{rect.css()}{centred}">'
        f'<div id="{box_id}" class="flow" style="font-size:{size}pt;{extra}">{body}</div></div>'
    )


def stylesheet(trim: Trim, options: PdfOptions) -> str:
    bleed = float(options.bleed.value)
    css_bleed = bleed + (MARK_SPACE if options.crop_marks else 0.0)
    marks = "crop" if options.crop_marks else "none"
    regular = (FONTS / "Andika-Regular.ttf").as_uri()
    bold = (FONTS / "Andika-Bold.ttf").as_uri()
    return f"""
@font-face {{ font-family: "Andika"; font-weight: 400; src: url("{regular}"); }}
@font-face {{ font-family: "Andika"; font-weight: 700; src: url("{bold}"); }}
@page {{ size: {trim.width:.4f}in {trim.height:.4f}in; margin: 0;
         bleed: {css_bleed:.4f}in; marks: {marks}; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Andika"; color: {INK}; }}
.sheet {{ position: relative; width: {trim.width:.4f}in; height: {trim.height:.4f}in;
          break-after: page; overflow: visible; }}
.sheet:last-child {{ break-after: auto; }}
.bg {{ position: absolute; left: -{bleed:.4f}in; top: -{bleed:.4f}in;
       width: {trim.width + 2 * bleed:.4f}in; height: {trim.height + 2 * bleed:.4f}in; }}
.pic {{ display: block; object-position: 50% 72%; }}
.nopic {{ background: #f3e6cc; }}
.plate {{ background: rgba(255, 250, 240, 0.88); border-radius: 0.22in;
          border: 2px solid rgba(43, 37, 64, 0.25); }}
.flow {{ line-height: {LINE_SPACING}; }}
.flow p {{ margin: 0 0 0.45em 0; }}
.flow p:last-child {{ margin-bottom: 0; }}
.center {{ text-align: center; }}
h1 {{ font-size: 1em; font-weight: 700; margin: 0; line-height: 1.15; }}
"""


def _sheet(background: str, body: str) -> str:
    backdrop = f'<div class="bg" style="background:{background}"></div>'
    return f'<section class="sheet">{backdrop}{body}</section>'


def build_html(
    book: Book, options: PdfOptions, levels: Mapping[str, int]
) -> tuple[str, list[FitBox]]:
    """The whole book; `levels` picks each fit box's size (missing: estimated/largest)."""
    trim = TRIMS[options.trim]
    bleed = float(options.bleed.value)
    side = margin(trim)
    boxes: list[FitBox] = []
    sheets: list[str] = []

    def fit(
        box_id: str,
        rect: Rect,
        sizes: tuple[float, ...],
        text: str,
        body: str,
        extra: str = "",
        spacing: float = LINE_SPACING,
        middle: bool = False,
    ) -> str:
        start = _first_fit(text, rect, sizes, spacing)
        level = min(levels.get(box_id, start), len(sizes) - 1)
        boxes.append(FitBox(box_id, rect.h * PX, level, len(sizes)))
        return _fit(box_id, rect, sizes[level], body, extra, middle)

    title = f"<h1>{escape(book.title)}</h1>"
    written_for = f"written for {book.for_name}" if book.for_name else ""
    if book.cover is not None:
        # The drawn cover fills the page and its bleed; the title sits on a plate in the
        # calm band the illustrator left at the top, "written for" on one at the foot.
        full = Rect(-bleed, -bleed, trim.width + 2 * bleed, trim.height + 2 * bleed)
        art = book.cover.art(full.w / full.h)
        band = trim.height * TITLE_BAND
        plate = Rect(side * 0.8, side * 0.7, trim.width - 1.6 * side, band - side * 0.9)
        inner = Rect(plate.x + 0.18, plate.y + 0.12, plate.w - 0.36, plate.h - 0.24)
        cover = [
            _picture(art, full),
            f'<div class="plate" style="position:absolute;{plate.css()}"></div>',
            fit("cover-title", inner, TITLE_SIZES, book.title, title, COVER_TITLE, 1.15, True),
        ]
        if written_for:
            tall = min(0.55, trim.height * 0.06)
            foot = Rect(side * 1.5, trim.height - side * 0.55 - tall, trim.width - 3 * side, tall)
            cover.append(f'<div class="plate" style="position:absolute;{foot.css()}"></div>')
            cover.append(
                fit(
                    "cover-for",
                    Rect(foot.x + 0.1, foot.y + 0.06, foot.w - 0.2, foot.h - 0.12),
                    NAME_SIZES,
                    written_for,
                    f"<p>{escape(written_for)}</p>",
                    COVER_TITLE,
                    middle=True,
                )
            )
        sheets.append(_sheet(COVER, "".join(cover)))
    else:
        # No drawn cover (pictures from an images API): the title and the hero's portrait.
        portrait_size = min(trim.width * 0.6, trim.height * 0.45)
        title_rect = Rect(side, side, trim.width - 2 * side, trim.height * 0.30 - side)
        portrait_top = trim.height * 0.33
        portrait = Rect(
            (trim.width - portrait_size) / 2, portrait_top, portrait_size, portrait_size
        )
        name_top = portrait_top + portrait_size + 0.15
        name_rect = Rect(side, name_top, trim.width - 2 * side, trim.height - name_top - side)
        cover = [fit("cover-title", title_rect, TITLE_SIZES, book.title, title, CENTER, 1.15)]
        cover.append(_picture(book.portrait, portrait, fit="contain"))
        if written_for:
            cover.append(
                fit(
                    "cover-for",
                    name_rect,
                    NAME_SIZES,
                    written_for,
                    f"<p>{escape(written_for)}</p>",
                    CENTER,
                )
            )
        sheets.append(_sheet(COVER, "".join(cover)))

    if book.dedication:
        area = Rect(side * 1.5, trim.height * 0.3, trim.width - 3 * side, trim.height * 0.7 - side)
        sheets.append(
            _sheet(
                PAPER,
                fit(
                    "dedication",
                    area,
                    DEDICATION_SIZES,
                    book.dedication,
                    _paragraphs(book.dedication),
                    "text-align:center;font-style:italic",
                ),
            )
        )

    for page in book.pages:
        box_id = f"page-{page.number}"
        level = levels.get(box_id, estimate_level(page.text, trim, bleed))
        level = min(level, len(LEVELS) - 1)
        picture, text = page_geometry(trim, bleed, level)
        boxes.append(FitBox(box_id, text.h * PX, level, len(LEVELS)))
        body = _picture(page.art, picture) + _fit(
            box_id, text, LEVELS[level][1], _paragraphs(page.text)
        )
        sheets.append(_sheet(PAPER, body))

    end = Rect(side, trim.height * 0.3, trim.width - 2 * side, trim.height * 0.2)
    credit = Rect(side, trim.height * 0.55, trim.width - 2 * side, trim.height * 0.45 - side)
    back = [
        f'<div class="center" style="position:absolute;{end.css()};font-size:34pt;'
        'font-weight:700">The End</div>',
        fit(
            "back-title",
            credit,
            NAME_SIZES,
            f"{book.title}\nMade with Storyloom",
            f"<p>{escape(book.title)}</p><p>Made with Storyloom</p>",
            CENTER,
        ),
    ]
    sheets.append(_sheet(COVER, "".join(back)))

    html = (
        f'<!DOCTYPE html><html lang="{book.language}"><head><meta charset="utf-8">'
        f"<title>{escape(book.title)}</title>"
        '<meta name="generator" content="Storyloom">'
        f"<style>{stylesheet(trim, options)}</style></head><body>{''.join(sheets)}</body></html>"
    )
    return html, boxes


def page_count(book: Book) -> int:
    return 1 + (1 if book.dedication else 0) + len(book.pages) + 1


def placed_width_inches(options: PdfOptions) -> float:
    """How wide a page picture is printed (it spans the page and its bleed)."""
    trim = TRIMS[options.trim]
    return trim.width + 2 * float(options.bleed.value)
