"""Rendering previews with the built-in illustrator, rate limited per user."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from storyloom.engines.illustrator import render_portrait, render_scene
from storyloom.illustrations.schemas import PortraitPreview, ScenePreview
from storyloom.resources import Resources


async def render_preview(
    body: PortraitPreview | ScenePreview, *, user_id: str, resources: Resources
) -> str:
    rule = resources.limits.parse(resources.settings.preview_limit_per_user)
    await resources.limits.enforce(rule, "preview", user_id)
    if isinstance(body, PortraitPreview):
        return await run_in_threadpool(
            render_portrait,
            body.sheet,
            pose=body.pose,
            expression=body.expression,
            style=body.style,
            background=body.background,
            seed=body.seed,
        )
    return await run_in_threadpool(
        render_scene, body.scene, body.cast, style=body.style, seed=body.seed
    )
