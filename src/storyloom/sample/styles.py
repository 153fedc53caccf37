"""The story wizard's art-style choice shows each style on one small picture: the sample
book's first scene, framed a little closer, drawn by the built-in illustrator in each style
(its storybook finish is paper grain and hand-drawn lines, its flat one clean shapes)."""

from __future__ import annotations

import io
from collections.abc import Mapping

from PIL import Image

from storyloom.engines.illustrator import ProceduralIllustrator
from storyloom.engines.illustrator.png import render_png
from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, Focus, SceneSpec

PREVIEW_WIDTH = 320  # shown at 160 CSS pixels: sharp on a 2x screen
WEBP = "image/webp"


async def style_previews(
    scene: SceneSpec, cast: Mapping[str, CharacterSheet], seed: int
) -> dict[ArtStyle, bytes]:
    """One WebP per art style (a few kB each) of `scene`, at medium framing."""
    illustrator = ProceduralIllustrator()
    closer = scene.model_copy(update={"focus": Focus.medium})
    previews: dict[ArtStyle, bytes] = {}
    for style in ArtStyle:
        art = await illustrator.scene(closer, dict(cast), style=style, seed=seed)
        png = render_png(art.data.decode(), PREVIEW_WIDTH)
        out = io.BytesIO()
        with Image.open(io.BytesIO(png)) as image:
            image.save(out, "WEBP", quality=85, method=6)
        previews[style] = out.getvalue()
    return previews
