"""PNG inspection helpers for the illustrator tests (no imaging library needed)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Raster:
    width: int
    height: int
    pixels: list[tuple[int, int, int, int]]

    def distinct(self) -> int:
        return len(set(self.pixels))

    def share_unlike(self, colour: tuple[int, int, int, int]) -> float:
        def far(p: tuple[int, int, int, int]) -> bool:
            return sum(abs(a - b) for a, b in zip(p, colour, strict=True)) > 30

        return sum(1 for p in self.pixels if far(p)) / len(self.pixels)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def decode_png(data: bytes) -> Raster:
    """Decode the 8-bit RGBA, non-interlaced PNGs resvg writes."""
    width, height = png_size(data)
    assert data[24] == 8, "expected 8-bit channels"
    assert data[25] == 6, "expected RGBA"
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 4
    prev = bytearray(stride)
    rows: list[bytearray] = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if f == 1:
            for i in range(4, stride):
                line[i] = (line[i] + line[i - 4]) & 255
        elif f == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - 4] if i >= 4 else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - 4] if i >= 4 else 0
                b = prev[i]
                c = prev[i - 4] if i >= 4 else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 255
        rows.append(line)
        prev = line
    pixels = [
        (row[i], row[i + 1], row[i + 2], row[i + 3]) for row in rows for i in range(0, stride, 4)
    ]
    return Raster(width, height, pixels)


@pytest.fixture
def decode() -> Callable[[bytes], Raster]:
    return decode_png
