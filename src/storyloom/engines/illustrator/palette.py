"""Colours: mixing helpers and the light of each time of day.

Scenes are lit by mixing every background colour toward the time of day's light colour, so
one forest palette gives a pale morning, a warm afternoon, an orange sunset and a blue night
without a palette per combination.
"""

from __future__ import annotations

from dataclasses import dataclass

from .spec import TimeOfDay


def to_rgb(hex_color: str) -> tuple[int, int, int]:
    return int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)


def to_hex(rgb: tuple[float, float, float]) -> str:
    r, g, b = (max(0, min(255, round(c))) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def mix(a: str, b: str, t: float) -> str:
    """`t` of the way from colour a to colour b."""
    ra, rb = to_rgb(a), to_rgb(b)
    return to_hex(tuple(x + (y - x) * t for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def darken(color: str, t: float) -> str:
    return mix(color, "#1c1430", t)


def lighten(color: str, t: float) -> str:
    return mix(color, "#ffffff", t)


def luminance(color: str) -> float:
    r, g, b = to_rgb(color)
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


@dataclass(frozen=True)
class Light:
    """How a time of day colours a scene."""

    sky_top: str
    sky_bottom: str
    tint: str  # colour everything is pulled toward
    tint_amount: float
    haze: str  # far layers fade toward this (aerial perspective)
    sun: str | None
    moon: bool
    windows_lit: bool
    ink: str


LIGHTS: dict[TimeOfDay, Light] = {
    TimeOfDay.morning: Light(
        "#9fd3f0", "#e8f4f2", "#fff6e0", 0.12, "#d8ecf4", "#fff3b8", False, False, "#3a2b33"
    ),
    TimeOfDay.afternoon: Light(
        "#6cb8ec", "#cfeaf5", "#ffd98a", 0.08, "#bcdcee", "#ffe27a", False, False, "#3a2b33"
    ),
    TimeOfDay.sunset: Light(
        "#6d5fa8", "#ffb36b", "#ff9a4d", 0.26, "#f4a98a", "#ff8a3d", False, False, "#3a2430"
    ),
    TimeOfDay.night: Light(
        "#0f1740", "#34407a", "#1d2a66", 0.5, "#3a4680", None, True, True, "#141028"
    ),
}


def lit(color: str, light: Light, extra: float = 0.0) -> str:
    """A background colour under the given light; `extra` pushes far things into the haze."""
    c = mix(color, light.tint, light.tint_amount)
    return mix(c, light.haze, extra) if extra else c


WINDOW_LIT = "#ffd56b"
WINDOW_DARK = "#9ec3dd"
GOLD = "#f4c542"
WHITE = "#fffdf6"
CHEEK = "#ff8f8f"
