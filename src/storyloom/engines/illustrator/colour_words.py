"""Hex colours as the plain names an image model understands ("warm brown", "dark green").

Image models read "#c98a4b" poorly; they know "warm brown skin" and "a red scarf". Any hex
is matched to the nearest named colour in CIELAB (D65), where straight-line distance
follows what the eye sees far better than RGB does. Skin has its own scale of names
(people describe skin differently from scarves).
"""

from __future__ import annotations

import math
from functools import lru_cache

Lab = tuple[float, float, float]

# Plain names with light/dark modifiers: what a parent would call the colour.
COLOURS: dict[str, str] = {
    "black": "#1a1a1a",
    "charcoal grey": "#404040",
    "dark grey": "#5e5e5e",
    "grey": "#8c8c8c",
    "light grey": "#c4c4c4",
    "white": "#f7f7f7",
    "cream": "#f3e6c4",
    "beige": "#d9c29a",
    "tan": "#c29a6b",
    "light brown": "#a87845",
    "brown": "#7b4a24",
    "dark brown": "#4a2c17",
    "dark red": "#8b1a1a",
    "red": "#d42a2a",
    "coral": "#f27a62",
    "light pink": "#f8c6d4",
    "pink": "#ee7fae",
    "hot pink": "#e0288a",
    "dark orange": "#c85a12",
    "orange": "#f28c28",
    "peach": "#f8c39a",
    "gold": "#d4a418",
    "yellow": "#f5d73a",
    "light yellow": "#f8eea0",
    "olive green": "#7a7a2a",
    "lime green": "#9ccc3c",
    "light green": "#a8dc98",
    "green": "#3c9a48",
    "dark green": "#1e5a2c",
    "teal": "#21858a",
    "turquoise": "#3cc8c0",
    "light blue": "#9cc8f0",
    "sky blue": "#5aaee6",
    "blue": "#2f64cc",
    "dark blue": "#1d3a8a",
    "navy blue": "#101c6e",
    "lavender": "#c0a8e8",
    "purple": "#8040b8",
    "dark purple": "#4c1f66",
    "magenta": "#b8309a",
}

# Skin tones, lightest to deepest (Fitzpatrick-like steps in everyday words).
SKIN: dict[str, str] = {
    "very fair": "#f8e1d0",
    "fair": "#efc9a8",
    "light": "#e3b48c",
    "light olive": "#d2a577",
    "golden tan": "#c68e5a",
    "warm brown": "#a86c3f",
    "brown": "#8a5530",
    "dark brown": "#5e3a22",
    "deep brown": "#3e2617",
}


def _to_rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    if len(value) != 6:
        raise ValueError(f"not a hex colour: {hex_colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=2048)
def to_lab(hex_colour: str) -> Lab:
    """sRGB hex to CIELAB under D65."""
    r, g, b = (_linear(c) for c in _to_rgb(hex_colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _nearest(hex_colour: str, names: dict[str, str]) -> str:
    lab = to_lab(hex_colour)
    return min(names, key=lambda name: math.dist(lab, to_lab(names[name])))


def colour_name(hex_colour: str) -> str:
    """The nearest plain colour name ("dark green") for any hex colour."""
    return _nearest(hex_colour, COLOURS)


def skin_name(hex_colour: str) -> str:
    """Skin described in everyday words ("warm brown"); a colour no skin has (a painted
    face, a green alien child) is named as a colour."""
    lab = to_lab(hex_colour)
    skin = _nearest(hex_colour, SKIN)
    if math.dist(lab, to_lab(SKIN[skin])) > 25:
        return colour_name(hex_colour)
    return skin


__all__ = ["COLOURS", "SKIN", "colour_name", "skin_name", "to_lab"]
