"""An Illustrator on any OpenAI-compatible images API (gpt-image, DALL-E, local servers).

The prompt is built from the character sheet alone, so the same sheet asks for the same
character every time. Failures come out as `ImagesProviderError` with a kind the API layer
maps onto problems: `timeout`, `auth` (the provider refused our key) or `error`.
Transient failures (connection, 429, 5xx) are retried by stamina; the SDK's own retries
are off so attempts are counted in one place.
"""

from __future__ import annotations

import base64
import binascii
import struct
from collections.abc import Mapping
from typing import Literal

import openai
import stamina
from openai import AsyncOpenAI, Omit, omit

from storyloom.kit.pictures import RefusedPicture
from storyloom.kit.pictures.raster import reencode_raster

from .colour_words import colour_name, skin_name
from .looks import MARKED_PARTS, natural_marking
from .port import Picture
from .spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    SceneSpec,
    Setting,
)

ProviderFailure = Literal["error", "timeout", "auth"]

_STYLE = {
    ArtStyle.flat: "flat vector children's book illustration, bold clean shapes, soft colours",
    ArtStyle.storybook: "warm storybook illustration, gentle paper texture, crayon and gouache",
}


class ImagesProviderError(Exception):
    def __init__(self, kind: ProviderFailure, detail: str) -> None:
        super().__init__(detail)
        self.kind: ProviderFailure = kind
        self.detail = detail


def _words(value: str) -> str:
    return value.replace("_", " ")


_COVERING = {Kind.owl: "feathers", Kind.dragon: "scales", Kind.robot: "metal"}


def describe_sheet(sheet: CharacterSheet, *, details: bool = True) -> str:
    """The sheet in words an image model understands: every fixed trait, colours by name
    ("warm brown skin, a red hoodie"; image models read hex codes poorly). Without
    `details`, the shorter form a long prompt falls back to: no eye colour, outfit trim
    or accessories."""
    child = sheet.kind is Kind.child
    who = "a young child" if child else f"a friendly cartoon {sheet.kind.value}"
    if child and sheet.age is not None:
        grown = sheet.age >= 12
        who = "a grown-up, tall beside a young child" if grown else f"a child of {sheet.age}"
    if child:
        parts = [f"{who} with {skin_name(sheet.body_color)} skin"]
    else:
        marking = colour_name(natural_marking(sheet))
        parts = [
            f"{who} with {colour_name(sheet.body_color)} {_COVERING.get(sheet.kind, 'fur')} and "
            f"{marking} {MARKED_PARTS[sheet.kind]}"
        ]
    if details:
        parts.append(f"{colour_name(sheet.eye_color)} eyes")
    if child and sheet.hair_style is not HairStyle.none:
        parts.append(f"{colour_name(sheet.hair_color)} {_words(sheet.hair_style.value)} hair")
    if sheet.outfit is not Outfit.none:
        outfit = f"wearing a {colour_name(sheet.outfit_color)} {_words(sheet.outfit.value)}"
        if details:
            outfit += f" with {colour_name(sheet.outfit_accent_color)} trim"
        parts.append(outfit)
    if details and sheet.accessories:
        parts.append("with " + ", ".join(_words(a.value) for a in sheet.accessories))
    return ", ".join(parts)


def portrait_prompt(
    sheet: CharacterSheet,
    *,
    pose: Pose,
    expression: Expression,
    style: ArtStyle,
    background: Setting | None,
) -> str:
    place = (
        f"in a {_words(background.value)} setting" if background else "on a plain pale background"
    )
    return (
        f"{_STYLE[style]}. A single full-body character portrait of {describe_sheet(sheet)}. "
        f"The character is {_words(pose.value)} and looks {expression.value}, {place}. "
        "Gentle, safe for young children, no text, no lettering."
    )


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG (the IHDR chunk); (0, 0) for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return 0, 0


def _transient(exc: Exception) -> bool:
    if isinstance(exc, openai.APITimeoutError):
        return False  # a slow provider stays slow; the caller's deadline already passed
    if isinstance(exc, openai.APIConnectionError):
        return True
    return isinstance(exc, openai.APIStatusError) and (
        exc.status_code == 429 or exc.status_code >= 500
    )


class ImagesApiIllustrator:
    """Portraits from an OpenAI-compatible `POST /v1/images/generations`."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        model: str,
        timeout: float = 60.0,
        size: str = "1024x1024",
        attempts: int = 2,
    ) -> None:
        self.client = AsyncOpenAI(
            base_url=base_url, api_key=api_key, max_retries=0, timeout=timeout
        )
        self.model = model
        self.size = size
        self.attempts = attempts

    async def close(self) -> None:
        await self.client.close()

    async def _generate(self, prompt: str) -> bytes:
        # gpt-image models always answer b64 and refuse the parameter; DALL-E needs it.
        fmt: Literal["b64_json"] | Omit = "b64_json" if self.model.startswith("dall-e") else omit
        try:
            async for attempt in stamina.retry_context(
                on=_transient, attempts=self.attempts, wait_initial=0.5, wait_max=5.0
            ):
                with attempt:
                    response = await self.client.images.generate(
                        model=self.model, prompt=prompt, n=1, size=self.size, response_format=fmt
                    )
        except openai.APITimeoutError as exc:
            raise ImagesProviderError(
                "timeout", "The image provider did not answer in time."
            ) from exc
        except openai.AuthenticationError as exc:
            raise ImagesProviderError("auth", "The image provider refused the API key.") from exc
        except openai.APIStatusError as exc:
            raise ImagesProviderError(
                "error", f"The image provider answered {exc.status_code}."
            ) from exc
        except openai.OpenAIError as exc:
            raise ImagesProviderError("error", "The image provider could not be reached.") from exc
        item = response.data[0] if response.data else None
        if item is None or not item.b64_json:
            raise ImagesProviderError("error", "The image provider returned no image.")
        try:
            # A provider's answer is outside input: decoded under limits, saved again by us.
            return reencode_raster(base64.b64decode(item.b64_json, validate=True)).data
        except (binascii.Error, ValueError, RefusedPicture) as exc:
            raise ImagesProviderError(
                "error", "The image provider returned a broken image."
            ) from exc

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
        data = await self._generate(prompt)
        return Picture(data, "image/png")

    async def scene(
        self,
        spec: SceneSpec,
        cast: Mapping[str, CharacterSheet],
        *,
        style: ArtStyle = ArtStyle.flat,
        seed: int = 0,
    ) -> Picture:
        # One prompt builder for page pictures (scene_prompt imports this module).
        from .scene_prompt import prompt_limit, scene_prompt

        drawn = [c for c in spec.characters if c.character_id in cast]
        shown = spec.model_copy(update={"characters": drawn})  # anyone without a sheet is left out
        prompt = scene_prompt(shown, cast, style, limit=prompt_limit(self.model))
        return Picture(await self._generate(prompt), "image/png")


__all__ = [
    "ImagesApiIllustrator",
    "ImagesProviderError",
    "describe_sheet",
    "image_size",
    "portrait_prompt",
]
