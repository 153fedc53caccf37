"""Process-wide resources opened by the app's lifespan and shared by requests and jobs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storyloom.auth.passwords import PasswordHasher
from storyloom.auth.tokens import TokenCodec
from storyloom.config import Settings
from storyloom.db import make_engine, make_sessionmaker
from storyloom.kit import datalock
from storyloom.kit.ratelimit import RateLimits
from storyloom.media import LocalMediaStore, MediaStore, make_media_store


@dataclass
class Resources:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    hasher: PasswordHasher
    tokens: TokenCodec
    limits: RateLimits
    redis: Redis | None = field(default=None)
    media: MediaStore = field(default_factory=lambda: LocalMediaStore(Path("data/media")))
    data_lock: int | None = None  # shared lock on the data folder (kit/datalock.py)

    @classmethod
    def open(cls, settings: Settings) -> Resources:
        data_lock = datalock.share(settings.data_dir)
        engine = make_engine(settings.sqlalchemy_url)
        redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
        return cls(
            settings=settings,
            engine=engine,
            sessions=make_sessionmaker(engine),
            hasher=PasswordHasher(
                settings.password_hash_memory_kib, settings.password_hash_iterations
            ),
            tokens=TokenCodec(
                settings.signing_key(), timedelta(minutes=settings.access_token_minutes)
            ),
            limits=RateLimits(redis, prefix=settings.redis_prefix),
            redis=redis,
            media=make_media_store(settings),
            data_lock=data_lock,
        )

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()
        await self.media.close()
        await self.engine.dispose()
        if self.data_lock is not None:
            datalock.release(self.data_lock)
            self.data_lock = None
