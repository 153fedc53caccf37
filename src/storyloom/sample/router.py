"""The home page's sample book: public, read-only, the same for everyone."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response

from storyloom.engines.illustrator.spec import ArtStyle
from storyloom.errors import NotFound
from storyloom.images.router import IMAGE_CSP
from storyloom.kit.schema import Output
from storyloom.sample.book import SampleBook, SamplePicture, SampleShelf

router = APIRouter(prefix="/api/sample", tags=["sample"])

# The sample never changes while the process runs; browsers may keep it an hour.
CACHED = {"Cache-Control": "public, max-age=3600"}
PICTURE_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The picture (SVG)",
        "content": {"image/svg+xml": {"schema": {"type": "string"}}},
    }
}


class SamplePage(Output):
    number: int
    text: str
    image_url: str


class SampleStory(Output):
    title: str
    cover_url: str | None
    pages: list[SamplePage]
    engine: str


def get_shelf(request: Request) -> SampleShelf:
    shelf: SampleShelf = request.app.state.sample
    return shelf


async def get_sample(shelf: Annotated[SampleShelf, Depends(get_shelf)]) -> SampleBook:
    return await shelf.book()


Sample = Annotated[SampleBook, Depends(get_sample)]


def _picture_response(picture: SamplePicture) -> Response:
    headers = {
        **CACHED,
        "ETag": picture.etag,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": IMAGE_CSP,
    }
    return Response(picture.data, media_type=picture.media_type, headers=headers)


@router.get("", response_model=SampleStory)
async def read_sample(book: Sample, response: Response) -> SampleStory:
    """A whole sample book, written and illustrated by the built-in engines when the
    server first needs it: what Storyloom makes, readable without an account."""
    response.headers.update(CACHED)
    return SampleStory(
        title=book.title,
        cover_url="/api/sample/cover" if book.cover else None,
        pages=[
            SamplePage(number=n, text=text, image_url=f"/api/sample/images/{n}")
            for n, text in enumerate(book.texts, start=1)
        ],
        engine="builtin",
    )


@router.get("/cover", response_class=Response, responses=PICTURE_RESPONSES)
async def read_sample_cover(book: Sample) -> Response:
    """The sample book's cover picture."""
    if book.cover is None:
        raise NotFound("The sample book has no cover.")
    return _picture_response(book.cover)


@router.get("/images/{number}", response_class=Response, responses=PICTURE_RESPONSES)
async def read_sample_picture(
    book: Sample, number: Annotated[int, Path(ge=1, le=1000)]
) -> Response:
    """The picture of page `number` of the sample book; 404 past its last page."""
    if number > len(book.pictures):
        raise NotFound("The sample book has no such page.")
    return _picture_response(book.pictures[number - 1])


@router.get(
    "/styles/{style}",
    response_class=Response,
    responses={
        200: {
            "description": "The picture (WebP, 320 pixels wide)",
            "content": {"image/webp": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def read_style_preview(book: Sample, style: ArtStyle) -> Response:
    """A small picture of the sample book's first scene in the art style `style`: how
    the pictures of a book in that style look, for choosing one."""
    return _picture_response(book.styles[style])
