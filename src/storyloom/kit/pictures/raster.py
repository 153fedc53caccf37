"""Raster pictures from outside, decoded under hard limits and saved again as a plain PNG.

The size is read from the header before a single pixel is decoded, so a decompression
bomb (a few hundred kilobytes claiming 30000 x 30000 pixels) is refused without the
allocation. Only the pixels survive: no metadata, no extra chunks, no second image hiding
in the file (polyglots), the first frame of an animation.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from storyloom.kit.pictures.errors import RefusedPicture

MAX_BYTES = 10_000_000
MAX_SIDE = 4096
MAX_PIXELS = 4096 * 4096
FORMATS = ("PNG", "JPEG", "WEBP", "GIF")
_DEEP_MODES = {"I", "I;16", "I;16B", "I;16L", "I;16N", "F"}


@dataclass(frozen=True, slots=True)
class Raster:
    data: bytes
    width: int
    height: int


def check_size(width: int, height: int) -> None:
    if width < 1 or height < 1:
        raise RefusedPicture("dimensions", "The picture has no pixels.")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise RefusedPicture(
            "dimensions",
            f"The picture is {width} x {height} pixels; we take at most {MAX_SIDE} x {MAX_SIDE}.",
        )


def _plain(image: Image.Image) -> Image.Image:
    if image.mode in _DEEP_MODES:
        # 16-bit and float greys have no direct way to RGB: scale to 8 bits first.
        return image.convert("I").point(lambda value: value / 256).convert("L")
    if image.mode in ("RGB", "RGBA", "L", "LA"):
        return image
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def reencode_raster(data: bytes) -> Raster:
    if len(data) > MAX_BYTES:
        raise RefusedPicture("too_large", "The picture file is larger than 10 MB.")
    try:
        with Image.open(io.BytesIO(data), formats=FORMATS) as image:
            check_size(*image.size)
            if image.format == "PNG":
                # Every chunk and its checksum, up to the end: a truncated PNG is refused
                # even though WeasyPrint tells Pillow (process-wide) to load truncated files.
                image.verify()
        with Image.open(io.BytesIO(data), formats=FORMATS) as image:
            image.seek(0)
            image.load()
            plain = _plain(image)
            out = io.BytesIO()
            plain.save(out, format="PNG", compress_level=6)
            width, height = plain.size
    except RefusedPicture:
        raise
    except Image.DecompressionBombError as exc:
        raise RefusedPicture("dimensions", "The picture has too many pixels.") from exc
    except Exception as exc:  # Pillow raises many kinds for broken files; all mean the same
        raise RefusedPicture(
            "unreadable", "The picture could not be read (damaged or not a picture)."
        ) from exc
    return Raster(out.getvalue(), width, height)
