"""The Illustrator port and its built-in, offline adapter."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from .render import render_portrait, render_scene
from .spec import ArtStyle, CharacterSheet, Expression, Pose, SceneSpec, Setting

SVG_MEDIA_TYPE = "image/svg+xml"


@dataclass(frozen=True)
class Picture:
    data: bytes
    media_type: str


class Illustrator(Protocol):
    """Draws character portraits and page scenes from sheets; any engine can implement it."""

    async def portrait(
        self,
        sheet: CharacterSheet,
        *,
        pose: Pose = Pose.standing,
        expression: Expression = Expression.happy,
        style: ArtStyle = ArtStyle.flat,
        background: Setting | None = None,
        seed: int = 0,
    ) -> Picture: ...

    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture: ...


class ProceduralIllustrator:
    """Offline SVG pictures; rendering takes milliseconds, so it runs inline."""

    async def portrait(
        self,
        sheet: CharacterSheet,
        *,
        pose: Pose = Pose.standing,
        expression: Expression = Expression.happy,
        style: ArtStyle = ArtStyle.flat,
        background: Setting | None = None,
        seed: int = 0,
    ) -> Picture:
        svg = render_portrait(
            sheet, pose=pose, expression=expression, style=style, background=background, seed=seed
        )
        return Picture(svg.encode(), SVG_MEDIA_TYPE)

    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture:
        return Picture(render_scene(spec, cast, style=style, seed=seed).encode(), SVG_MEDIA_TYPE)
