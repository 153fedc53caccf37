"""Downloading a story as a print-ready PDF or an EPUB 3 (owner only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Response

from storyloom.deps import ResourcesDep, SafetyDep, SessionDep
from storyloom.export.schemas import Bleed, BookOptions, PdfOptions, TrimSize
from storyloom.export.service import Export, ExportService
from storyloom.stories.deps import OwnedStory

router = APIRouter(prefix="/api/stories", tags=["exports"])

PDF = "application/pdf"
EPUB = "application/epub+zip"
SVG = "image/svg+xml"


async def get_export_service(
    session: SessionDep, resources: ResourcesDep, safety: SafetyDep
) -> ExportService:
    return ExportService(session, resources.media, resources.settings, resources.limits, safety)


ExportServiceDep = Annotated[ExportService, Depends(get_export_service)]

ForNameQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=40,
        description='Who the book is for: the cover says "written for ..." (checked).',
    ),
]
DedicationQuery = Annotated[
    str | None,
    Query(min_length=1, max_length=300, description="Text of a dedication page (checked)."),
]


async def book_options(
    for_name: ForNameQuery = None, dedication: DedicationQuery = None
) -> BookOptions:
    return BookOptions(for_name=for_name, dedication=dedication)


async def pdf_options(
    for_name: ForNameQuery = None,
    dedication: DedicationQuery = None,
    trim: Annotated[TrimSize, Query(description="Finished page size.")] = TrimSize.square8,
    bleed: Annotated[
        Bleed, Query(description="Bleed in inches around each page (0.125 for printers).")
    ] = Bleed.none,
    crop_marks: Annotated[bool, Query(description="Draw crop marks outside the bleed.")] = False,
) -> PdfOptions:
    return PdfOptions(
        for_name=for_name, dedication=dedication, trim=trim, bleed=bleed, crop_marks=crop_marks
    )


IfNoneMatch = Annotated[str | None, Header()]


def _file_response(export: Export, media_type: str) -> Response:
    """The file, or 304 when the caller holds it already. `no-cache`: the same URL gives
    a new file once the story changes, so a browser asks again each time (a 304 costs no
    read from the media store)."""
    headers = {
        "ETag": export.etag,
        "Cache-Control": "private, no-cache",
        "X-Export-Cache": "hit" if export.cached else "miss",
        **export.headers,
    }
    if export.data is None:
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return Response(export.data, media_type=media_type, headers=headers)


def _binary(media_type: str, description: str) -> dict[int | str, dict[str, Any]]:
    return {
        200: {
            "description": description,
            "content": {media_type: {"schema": {"type": "string", "format": "binary"}}},
        }
    }


def _file(media_type: str, description: str) -> dict[int | str, dict[str, Any]]:
    return {
        **_binary(media_type, description),
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
    }


@router.get(
    "/{story_id}/export.pdf",
    response_class=Response,
    responses=_file(PDF, "The book as a PDF"),
)
async def export_pdf(
    story: OwnedStory,
    service: ExportServiceDep,
    options: Annotated[PdfOptions, Depends(pdf_options)],
    if_none_match: IfNoneMatch = None,
) -> Response:
    """The book as a print-ready PDF: a cover (the hero in the story's place with its key
    object, the title on a plate, "written for ..."), an optional dedication page, one page
    per story page and a back page.

    Pick the trim size, a 0.125 in bleed (TrimBox and BleedBox are set) and crop marks.
    Built-in pictures stay vector; the Andika reading font is embedded as a subset; text is
    sized to fit its area on every page. `for_name` and `dedication` are safety-checked.
    Files are kept in the media store until the story changes (`X-Export-Cache:
    hit|miss`); the ETag is the file's content hash (If-None-Match gives 304). Provider
    pictures that would print below 300 dpi are named in `X-Image-Low-DPI-Pages` (page
    numbers) with the lowest value in `X-Image-Min-DPI`.
    """
    return _file_response(await service.pdf(story, options, if_none_match), PDF)


@router.get(
    "/{story_id}/export.epub",
    response_class=Response,
    responses=_file(EPUB, "The book as an EPUB 3"),
)
async def export_epub(
    story: OwnedStory,
    service: ExportServiceDep,
    options: Annotated[BookOptions, Depends(book_options)],
    if_none_match: IfNoneMatch = None,
) -> Response:
    """The book as an EPUB 3 (reflowable: each page's picture above its text), with a
    cover page, an optional dedication and the embedded reading font. Cached like the PDF."""
    return _file_response(await service.epub(story, options, if_none_match), EPUB)


@router.get(
    "/{story_id}/cover.svg",
    response_class=Response,
    responses={
        **_binary(SVG, "The book's cover picture"),
        404: {"description": "No such story, or it has no drawn cover"},
    },
)
async def cover_svg(
    story: OwnedStory,
    service: ExportServiceDep,
    aspect: Annotated[
        float, Query(ge=0.5, le=2.0, description="Width over height of the picture.")
    ] = 0.75,
) -> Response:
    """The book's cover as the built-in illustrator draws it from the book's pages: the
    hero large in the story's place with its key object, the cast around, the top left calm
    for the title (the picture holds no text). 404 when the book has no pages yet or its
    pictures come from an images API."""
    svg = await service.cover(story, aspect)
    return Response(svg, media_type=SVG, headers={"Cache-Control": "private, no-cache"})
