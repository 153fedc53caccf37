"""Queries for users, sessions and refresh tokens."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.models import AuthSession, RefreshToken, User


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: str) -> User | None:
        return await self.session.get(User, user_id)

    async def by_email(self, email: str) -> User | None:
        result = await self.session.execute(select(User).where(User.email == email.lower()))
        return result.scalar_one_or_none()

    async def add(self, user: User) -> User:
        self.session.add(user)
        await self.session.flush()
        return user

    async def list(self, *, limit: int = 1000) -> Sequence[User]:
        result = await self.session.execute(select(User).order_by(User.created_at).limit(limit))
        return result.scalars().all()


class SessionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, auth_session: AuthSession, token_hash: str) -> None:
        self.session.add(auth_session)
        await self.session.flush()
        self.session.add(RefreshToken(session_id=auth_session.id, token_hash=token_hash))
        await self.session.flush()

    async def user_and_session(self, session_id: str) -> tuple[User, AuthSession] | None:
        result = await self.session.execute(
            select(User, AuthSession)
            .join(AuthSession, AuthSession.user_id == User.id)
            .where(AuthSession.id == session_id)
        )
        row = result.one_or_none()
        return (row[0], row[1]) if row else None

    async def token(self, token_hash: str) -> RefreshToken | None:
        result = await self.session.execute(
            select(RefreshToken).where(RefreshToken.token_hash == token_hash)
        )
        return result.scalar_one_or_none()

    async def claim_token(self, token_id: str, now: datetime) -> bool:
        """Mark a refresh token used; only one of several concurrent callers gets True."""
        result = await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.id == token_id, RefreshToken.used_at.is_(None))
            .values(used_at=now)
        )
        return cast(CursorResult[Any], result).rowcount == 1

    async def add_token(self, session_id: str, token_hash: str) -> None:
        self.session.add(RefreshToken(session_id=session_id, token_hash=token_hash))
        await self.session.flush()

    async def get(self, session_id: str) -> AuthSession | None:
        return await self.session.get(AuthSession, session_id)

    async def active_for_user(self, user_id: str, now: datetime) -> Sequence[AuthSession]:
        result = await self.session.execute(
            select(AuthSession)
            .where(
                AuthSession.user_id == user_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
            )
            .order_by(AuthSession.last_used_at.desc(), AuthSession.id)
        )
        return result.scalars().all()

    async def revoke_all(
        self, user_id: str, now: datetime, reason: str, *, except_session: str | None = None
    ) -> None:
        query = update(AuthSession).where(
            AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None)
        )
        if except_session is not None:
            query = query.where(AuthSession.id != except_session)
        await self.session.execute(query.values(revoked_at=now, revoked_reason=reason))
