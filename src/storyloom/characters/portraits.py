"""Portrait candidates (several poses, expressions and backgrounds) and picking one."""

from __future__ import annotations

import asyncio
import itertools
import random
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.db import utcnow
from storyloom.engines.illustrator import Illustrator, Picture
from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, Expression, Pose, Setting
from storyloom.errors import AppError, NotFound
from storyloom.images.repository import ImageRepository
from storyloom.images.service import NewPicture, candidate_expiry, store_pictures
from storyloom.media import MediaStore
from storyloom.models import Character, Image, ImageKind
from storyloom.providers.errors import ProviderError, ProviderErrorCode
from storyloom.providers.usage import usage_scope

POSES = (Pose.standing, Pose.waving, Pose.running, Pose.sitting, Pose.pointing)
EXPRESSIONS = (Expression.happy, Expression.laughing, Expression.surprised, Expression.determined)
BACKGROUNDS: tuple[Setting | None, ...] = (
    None,
    Setting.forest,
    Setting.beach,
    Setting.city_park,
    Setting.space,
    Setting.castle,
    Setting.mountains,
    Setting.underwater,
    Setting.farm,
    Setting.snowy_village,
)
PARALLEL_CALLS = 4


class PortraitProviderProblem(AppError):
    """A provider failure (providers/errors.py) as problem+json, with the stable codes
    this route has always answered: provider_error, provider_auth, provider_timeout."""

    status, code, title = 502, "provider_error", "The image provider failed"

    @classmethod
    def of(cls, exc: ProviderError) -> PortraitProviderProblem:
        code = _CODES.get(exc.code, "provider_error")
        problem = cls(exc.message, code=code)
        problem.status = 504 if exc.code is ProviderErrorCode.timeout else 502
        return problem


_CODES = {
    ProviderErrorCode.auth: "provider_auth",
    ProviderErrorCode.timeout: "provider_timeout",
}


def variations(count: int, seed: int) -> list[tuple[Pose, Expression, Setting | None, int]]:
    """`count` different (pose, expression, background, seed) picks: first every
    dimension differs from the picks so far, then (beyond four) only the combination."""
    rng = random.Random(seed)
    combos = list(itertools.product(POSES, EXPRESSIONS, BACKGROUNDS))
    rng.shuffle(combos)
    chosen: list[tuple[Pose, Expression, Setting | None]] = []
    for strict in (True, False):
        for combo in combos:
            if len(chosen) == count:
                break
            if combo in chosen:
                continue
            if strict and any(combo[i] == c[i] for c in chosen for i in range(3)):
                continue
            chosen.append(combo)
    return [(p, e, b, rng.randrange(2**31)) for p, e, b in chosen]


class PortraitService:
    def __init__(
        self,
        session: AsyncSession,
        store: MediaStore,
        illustrator: Illustrator,
        retention_hours: int,
    ) -> None:
        self.session = session
        self.store = store
        self.illustrator = illustrator
        self.retention_hours = retention_hours
        self.images = ImageRepository(session)

    async def candidates(self, character: Character) -> Sequence[Image]:
        return await self.images.for_character(character.id, utcnow())

    async def generate(
        self, character: Character, *, count: int, style: ArtStyle, seed: int | None
    ) -> list[Image]:
        """Draw `count` candidates; all are stored or, if any drawing fails, none."""
        sheet = CharacterSheet.model_validate(character.appearance)
        sheet = sheet.model_copy(update={"age": character.age})  # drawn at its height
        picks = variations(count, seed if seed is not None else random.randrange(2**31))
        limit = asyncio.Semaphore(PARALLEL_CALLS)

        async def draw(pose: Pose, expression: Expression, bg: Setting | None, s: int) -> Picture:
            async with limit:
                return await self.illustrator.portrait(
                    sheet, pose=pose, expression=expression, style=style, background=bg, seed=s
                )

        try:
            # Provider calls are metered to the owner (usage records, hence the quota).
            with usage_scope(user_id=character.owner_id):
                pictures = await asyncio.gather(*(draw(*pick) for pick in picks))
        except ProviderError as exc:
            raise PortraitProviderProblem.of(exc) from exc
        now = utcnow()
        return await store_pictures(
            self.session,
            self.store,
            owner_id=character.owner_id,
            character_id=character.id,
            kind=ImageKind.portrait_candidate,
            pictures=[
                NewPicture(
                    picture.data,
                    picture.media_type,
                    {
                        "pose": pose.value,
                        "expression": expression.value,
                        "background": bg.value if bg else None,
                        "style": style.value,
                        "seed": s,
                    },
                )
                for picture, (pose, expression, bg, s) in zip(pictures, picks, strict=True)
            ],
            expires_at=candidate_expiry(now, self.retention_hours),
        )

    async def select(self, character: Character, image_id: str) -> Character:
        """Make a candidate the portrait; the previous portrait becomes a candidate again
        and expires like one."""
        image = await self.images.get(character.owner_id, image_id)
        now = utcnow()
        if (
            image is None
            or image.character_id != character.id
            or image.kind not in (ImageKind.portrait, ImageKind.portrait_candidate)
            or (image.expires_at is not None and image.expires_at <= now)
        ):
            raise NotFound("No such portrait candidate for this character.")
        if character.portrait_image_id and character.portrait_image_id != image.id:
            previous = await self.images.get(character.owner_id, character.portrait_image_id)
            if previous is not None:
                previous.kind = ImageKind.portrait_candidate.value
                previous.expires_at = candidate_expiry(now, self.retention_hours)
        image.kind = ImageKind.portrait.value
        image.expires_at = None
        character.portrait_image_id = image.id
        character.updated_at = now
        await self.session.flush()
        return character
