"""Process-wide resources opened by the app's lifespan and shared by requests and jobs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storyloom.auth.passwords import PasswordHasher
from storyloom.auth.tokens import TokenCodec
from storyloom.config import Settings
from storyloom.db import make_engine, make_sessionmaker
from storyloom.kit.ratelimit import RateLimits


@dataclass
class Resources:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    hasher: PasswordHasher
    tokens: TokenCodec
    limits: RateLimits
    redis: Redis | None = field(default=None)

    @classmethod
    def open(cls, settings: Settings) -> Resources:
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
        )

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()
        await self.engine.dispose()
