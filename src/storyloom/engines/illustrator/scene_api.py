"""Page pictures (and portraits) from an OpenAI-compatible images API, through the
provider layer: resilience, breaker, answer cache and usage metering.

Consistency comes from the prompt (scene_prompt.py): every character is described by
`describe_sheet` (shared with `images_api`, so a character's portrait and its pages use
the very same words, colours by name), in the scene's order, with the same art-style
block on every page, within the model's prompt limit.
The images API has no seed, so `seed` only distinguishes cache entries when a caller wants
a fresh candidate for the same page.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from openai import Omit, omit

from storyloom.kit.pictures import RefusedPicture
from storyloom.kit.pictures.raster import reencode_raster
from storyloom.providers.errors import ProviderBadOutput, ProviderError
from storyloom.providers.kit import ProviderKit, images_kit

from .images_api import portrait_prompt
from .port import Picture
from .scene_prompt import prompt_limit, scene_prompt
from .spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Pose,
    SceneSpec,
    Setting,
)

if TYPE_CHECKING:
    from storyloom.config import Settings
    from storyloom.providers.cache import ProviderCache
    from storyloom.providers.resilience import Breakers
    from storyloom.providers.usage import UsageSink

PNG_MEDIA_TYPE = "image/png"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CACHE_NAMESPACE = "image"


def scene_size_for(model: str) -> str:
    # gpt-image models draw landscape pages natively; DALL-E 2 and most local servers only
    # do squares, and DALL-E 3's landscape (1792x1024) would be cropped differently.
    return "1536x1024" if model.startswith("gpt-image") else "1024x1024"


class SceneApiIllustrator:
    """Implements the Illustrator port with PNG pictures from an images API."""

    def __init__(
        self, kit: ProviderKit, *, scene_size: str | None = None, portrait_size: str = "1024x1024"
    ) -> None:
        self.kit = kit
        self.scene_size = scene_size or scene_size_for(kit.model)
        self.portrait_size = portrait_size

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        cache: ProviderCache | None = None,
        sink: UsageSink | None = None,
        breakers: Breakers | None = None,
    ) -> SceneApiIllustrator | None:
        kit = images_kit(settings, cache=cache, sink=sink, breakers=breakers)
        if kit is None:
            return None
        return cls(kit, scene_size=settings.images_scene_size, portrait_size=settings.images_size)

    async def close(self) -> None:
        await self.kit.close()

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
        prompt = portrait_prompt(
            sheet, pose=pose, expression=expression, style=style, background=background
        )
        return Picture(await self.generate(prompt, self.portrait_size, seed), PNG_MEDIA_TYPE)

    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture:
        prompt = scene_prompt(spec, cast, style, limit=prompt_limit(self.kit.model))
        return Picture(await self.generate(prompt, self.scene_size, seed), PNG_MEDIA_TYPE)

    async def generate(self, prompt: str, size: str, seed: int = 0) -> bytes:
        """PNG bytes for a prompt; a repeat of the same request is served from the cache."""
        kit = self.kit
        key = {"model": kit.model, "prompt": prompt, "size": size, "n": 1, "seed": seed}
        meter = kit.meter()
        if kit.cache is not None and (hit := await kit.cache.get(CACHE_NAMESPACE, key)):
            data = _decode(hit.get("b64"), kit.name)
            await meter.ok(images=1, cached=True)
            return data
        # gpt-image models always answer b64 and refuse the parameter; DALL-E needs it.
        fmt: Literal["b64_json"] | Omit = "b64_json" if kit.model.startswith("dall-e") else omit
        try:
            response = await kit.resilience.call(
                lambda: kit.client.images.generate(
                    model=kit.model, prompt=prompt, n=1, size=cast(Any, size), response_format=fmt
                )
            )
            item = response.data[0] if response.data else None
            data = _decode(item.b64_json if item else None, kit.name)
        except ProviderError as exc:
            await meter.failed(exc.code.value)
            raise
        await meter.ok(images=1)
        if kit.cache is not None:
            await kit.cache.set(CACHE_NAMESPACE, key, {"b64": base64.b64encode(data).decode()})
        return data


def _decode(b64: object, provider: str) -> bytes:
    if not isinstance(b64, str) or not b64:
        raise ProviderBadOutput(f"{provider} returned no image.", provider=provider)
    try:
        data = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ProviderBadOutput(f"{provider} returned a broken image.", provider=provider) from exc
    if not data.startswith(PNG_SIGNATURE):
        raise ProviderBadOutput(
            f"{provider} returned an image that is not a PNG.", provider=provider
        )
    try:
        return reencode_raster(data).data  # a provider's answer is outside input too
    except RefusedPicture as exc:
        raise ProviderBadOutput(
            f"{provider} returned an image we could not use: {exc.detail}", provider=provider
        ) from exc


__all__ = ["PNG_MEDIA_TYPE", "SceneApiIllustrator", "scene_prompt", "scene_size_for"]
