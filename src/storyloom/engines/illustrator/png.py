"""SVG to PNG through resvg (no browser, no Cairo)."""

from __future__ import annotations

import resvg_py


def render_png(svg: str, width: int) -> bytes:
    """Rasterise at `width` pixels wide; height follows the viewBox's aspect ratio.

    System fonts are skipped: the pictures contain no text, and loading fonts costs more
    than the render itself.
    """
    if width < 1:
        raise ValueError("width must be positive")
    data = resvg_py.svg_to_bytes(svg_string=svg, width=width, skip_system_fonts=True)
    return bytes(data)
