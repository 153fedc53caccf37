"""Hostile pictures, built by code: what an attacker with an ordinary account would send
as a portrait. Each is refused (4xx with a stable `picture_*` code) or stored as a clean
picture of ours; none may crash, stall or read anything outside the drawing.

Files that point outside point at `Secrets`: a magenta PNG, an SVG and a text file in a
folder of the test's, and a loopback web server that counts what it is asked for. A
rendered picture holding magenta pixels, or a hit on that server, is a leak.
"""

from __future__ import annotations

import base64
import io
import struct
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image

SVG = "image/svg+xml"
PNG = "image/png"
NS = 'xmlns="http://www.w3.org/2000/svg"'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
MAGENTA = (255, 0, 255)
MARKER = "storyloom-secret-6f1c"


@dataclass(frozen=True)
class Hostile:
    name: str
    media_type: str
    data: bytes
    benign: bool = False  # a normal picture: must be accepted

    def document_data(self) -> str:
        """As the import document carries it: SVG as text, anything else as base64."""
        if self.media_type == SVG:
            return self.data.decode("utf-8", errors="replace")
        return base64.b64encode(self.data).decode()


@dataclass(frozen=True)
class Secrets:
    folder: Path
    web: str  # http://127.0.0.1:port of a server counting requests

    @property
    def png(self) -> Path:
        return self.folder / "secret.png"

    @property
    def svg(self) -> Path:
        return self.folder / "secret.svg"

    def write(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.png.write_bytes(png_of(Image.new("RGB", (64, 64), MAGENTA)))
        self.svg.write_text(
            f'<svg {NS} viewBox="0 0 10 10"><rect width="10" height="10" fill="#ff00ff"/></svg>'
        )
        (self.folder / "secret.txt").write_text(MARKER)


def png_of(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@cache
def png_bomb(side: int = 30000) -> bytes:
    """A greyscale PNG claiming side x side pixels, every one black: under a megabyte."""
    packer = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


def _svg(body: str, extra: str = "", box: str = 'viewBox="0 0 100 100"') -> bytes:
    return f"<svg {NS} {XLINK} {box} {extra}>{body}</svg>".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def corpus(secrets: Secrets) -> list[Hostile]:
    shape = '<rect width="60" height="60" fill="#3a6ea5"/>'
    ok_png = png_of(Image.new("RGB", (48, 48), (40, 120, 90)))
    script_svg = f"<svg {NS}><script>alert(1)</script></svg>".encode()
    return [
        # Normal pictures: kept.
        Hostile("plain svg", SVG, _svg(shape), benign=True),
        Hostile("plain png", PNG, ok_png, benign=True),
        Hostile(
            "svg with an embedded png",
            SVG,
            _svg(f'<image href="data:image/png;base64,{_b64(ok_png)}" width="50" height="50"/>'),
            benign=True,
        ),
        # Nesting and size that crashed or exhausted the native renderer.
        Hostile("500 nested groups", SVG, _svg("<g>" * 500 + shape + "</g>" * 500)),
        Hostile(
            "200 nested translucent groups",
            SVG,
            _svg('<g opacity="0.9">' * 200 + shape + "</g>" * 200),
        ),
        Hostile("20000 elements", SVG, _svg(shape * 20000)),
        Hostile("10 x 100000000", SVG, _svg(shape, 'width="10" height="100000000"', box="")),
        Hostile("huge viewBox", SVG, _svg(shape, box='viewBox="0 0 1e12 1e12"')),
        Hostile("thin sliver", SVG, _svg(shape, box='viewBox="0 0 10000 1"')),
        Hostile("huge stroke", SVG, _svg('<circle r="1e30" stroke-width="1e38" stroke="#000"/>')),
        Hostile(
            "use billion laughs",
            SVG,
            _svg(
                '<defs><g id="a0">'
                + shape
                + "</g>"
                + "".join(
                    f'<g id="a{i}">' + f'<use href="#a{i - 1}"/>' * 10 + "</g>" for i in range(1, 9)
                )
                + '</defs><use href="#a8"/>'
            ),
        ),
        Hostile("use cycle", SVG, _svg('<g id="loop"><use href="#loop"/></g>')),
        Hostile(
            "pattern that fills itself",
            SVG,
            _svg(
                '<defs><pattern id="p" width="10" height="10">'
                '<rect width="10" height="10" fill="url(#p)"/></pattern></defs>'
                '<rect width="100" height="100" fill="url(#p)"/>'
            ),
        ),
        Hostile("png bomb 30000 x 30000", PNG, png_bomb()),
        Hostile("png 0 x 0", PNG, b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", bytes(13))),
        # References outside the drawing.
        Hostile("image absolute path", SVG, _svg(f'<image href="{secrets.png}" width="99"/>')),
        Hostile(
            "image file url",
            SVG,
            _svg(f'<image xlink:href="file://{secrets.png}" width="99" height="99"/>'),
        ),
        Hostile("image dev zero", SVG, _svg('<image href="file:///dev/zero" width="99"/>')),
        Hostile("image relative path", SVG, _svg('<image href="../../secret.png" width="9"/>')),
        Hostile("image over http", SVG, _svg(f'<image href="{secrets.web}/a.png" width="99"/>')),
        Hostile("use another file", SVG, _svg(f'<use href="file://{secrets.svg}#x"/>')),
        Hostile(
            "css url to a file",
            SVG,
            _svg(f'<rect width="99" height="99" style="fill:url(file://{secrets.svg}#x)"/>'),
        ),
        Hostile(
            "style element import",
            SVG,
            _svg(f"<style>@import url({secrets.web}/s.css);</style>" + shape),
        ),
        Hostile(
            "fill attribute url over http",
            SVG,
            _svg(f'<rect width="99" height="99" fill="url({secrets.web}/p.svg#p)"/>'),
        ),
        Hostile(
            "filter image",
            SVG,
            _svg(
                f'<filter id="f"><feImage href="file://{secrets.png}"/></filter>'
                '<rect width="99" height="99" filter="url(#f)"/>'
            ),
        ),
        # Document types and entities.
        Hostile(
            "external entity",
            SVG,
            (
                f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM '
                f'"file://{secrets.folder}/secret.txt">]><svg {NS}><desc>&x;</desc></svg>'
            ).encode(),
        ),
        Hostile(
            "billion laughs",
            SVG,
            (
                '<?xml version="1.0"?><!DOCTYPE svg ['
                '<!ENTITY a "aaaaaaaaaa">'
                + "".join(f'<!ENTITY {c} "{f"&{chr(ord(c) - 1)};" * 10}">' for c in "bcdefgh")
                + f"]><svg {NS}><desc>&h;</desc></svg>"
            ).encode(),
        ),
        Hostile(
            "doctype only",
            SVG,
            b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' + _svg(shape),
        ),
        # Scripts in every form.
        Hostile("script element", SVG, script_svg),
        Hostile("onload", SVG, _svg(shape, 'onload="alert(1)"')),
        Hostile("onclick on a shape", SVG, _svg('<rect width="9" height="9" onclick="x()"/>')),
        Hostile("javascript link", SVG, _svg(f'<a href="javascript:alert(1)">{shape}</a>')),
        Hostile(
            "entity-encoded javascript",
            SVG,
            _svg(f'<a xlink:href="&#106;avascript:alert(1)">{shape}</a>'),
        ),
        Hostile(
            "javascript with a tab", SVG, _svg(f'<a href="java&#9;script:alert(1)">{shape}</a>')
        ),
        Hostile(
            "set to javascript",
            SVG,
            _svg(f'<a><set attributeName="href" to="javascript:alert(1)"/>{shape}</a>'),
        ),
        Hostile("animate", SVG, _svg('<rect width="9"><animate attributeName="x"/></rect>')),
        Hostile(
            "foreignObject iframe",
            SVG,
            _svg('<foreignObject><iframe src="javascript:alert(1)"/></foreignObject>'),
        ),
        Hostile(
            "base64 svg holding a script",
            SVG,
            _svg(f'<image href="data:image/svg+xml;base64,{_b64(script_svg)}" width="9"/>'),
        ),
        Hostile(
            "data html", SVG, _svg('<image href="data:text/html,&lt;script&gt;x()" width="9"/>')
        ),
        Hostile("svg claimed as png", PNG, script_svg),
        # Broken files.
        Hostile("unparsable svg", SVG, b"<svg><g><rect></svg"),
        Hostile("not xml at all", SVG, b"<svg" + bytes(range(256)) * 4),
        Hostile("truncated png", PNG, ok_png[: len(ok_png) // 2]),
        Hostile("garbage png", PNG, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        Hostile("empty png", PNG, b""),
        Hostile("html root", SVG, b"<?xml version='1.0'?><html><body>hello</body></html>"),
        # Polyglots: a picture with something else riding along.
        Hostile("png with html appended", PNG, ok_png + b"<html><script>alert(1)</script>"),
        Hostile(
            "png with an svg in a text chunk",
            PNG,
            ok_png[:33] + _chunk(b"tEXt", b"Comment\x00" + script_svg) + ok_png[33:],
        ),
        Hostile("svg with a comment closing early", SVG, _svg("<!-- --><!-- -->" + shape)),
    ]
