"""The illustrator: character portraits and page scenes drawn from character sheets.

The built-in engine draws deterministic SVG (same input and seed, same bytes); other
engines implement the `Illustrator` port.
"""

from .catalog import CATALOG
from .compose import UnknownCharacter
from .png import render_png
from .port import Illustrator, Picture, ProceduralIllustrator
from .render import render_portrait, render_scene
from .sample import random_sheet

__all__ = [
    "CATALOG",
    "Illustrator",
    "Picture",
    "ProceduralIllustrator",
    "UnknownCharacter",
    "random_sheet",
    "render_png",
    "render_portrait",
    "render_scene",
]
