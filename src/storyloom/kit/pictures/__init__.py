"""Pictures from outside, made ours: every picture that did not come from our own
illustrator (an import, an upload, a provider's answer) is re-encoded here before it is
stored. SVG goes through an allow-list and is written out again by us; raster pictures are
decoded under hard limits and saved again as PNG. Anything else is refused with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyloom.kit.pictures.errors import RefusedPicture
from storyloom.kit.pictures.raster import reencode_raster
from storyloom.kit.pictures.svg import sanitise_svg

SVG = "image/svg+xml"
PNG = "image/png"

__all__ = ["PNG", "SVG", "Clean", "RefusedPicture", "reencode", "sniff"]


@dataclass(frozen=True, slots=True)
class Clean:
    data: bytes
    media_type: str
    width: int
    height: int


def sniff(data: bytes) -> str:
    """SVG when the bytes look like XML text, otherwise a raster picture (the decoder
    decides which, if any)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return SVG if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype")) else PNG


def reencode(data: bytes, media_type: str | None = None) -> Clean:
    """Our own copy of an outside picture, or RefusedPicture naming why not.

    `media_type` is what the sender claimed; the bytes decide: SVG text is sanitised as
    SVG whatever it was called, and a raster claim must decode as a raster picture.
    """
    kind = sniff(data)
    if media_type == SVG and kind != SVG:
        raise RefusedPicture("unreadable", "The picture is not an SVG drawing.")
    if kind == SVG:
        svg = sanitise_svg(data)
        return Clean(svg.data, SVG, svg.width, svg.height)
    png = reencode_raster(data)
    return Clean(png.data, PNG, png.width, png.height)
