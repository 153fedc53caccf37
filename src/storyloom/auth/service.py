"""Accounts and sessions: registration, login, refresh rotation, logout, password change.

Refresh tokens rotate on every use. A token presented a second time means it leaked: the
whole session is revoked (in its own unit of work, so the revocation survives the 401).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.auth.passwords import password_problem
from storyloom.auth.repository import SessionRepository, UserRepository
from storyloom.auth.session_memory import TOUCH_EVERY, SessionMemory
from storyloom.auth.throttle import Failure, LoginThrottle
from storyloom.auth.tokens import InvalidToken, hash_refresh_token, new_refresh_token
from storyloom.db import session_scope, utcnow
from storyloom.errors import (
    AppError,
    Conflict,
    Forbidden,
    InvalidInput,
    NotFound,
    Unauthorized,
)
from storyloom.models import AuthSession, User
from storyloom.resources import Resources


class InvalidCredentials(Unauthorized):
    code, title = "invalid_credentials", "Wrong email or password"


class SessionExpired(Unauthorized):
    code, title = "session_expired", "Your session has ended; please sign in again"


class WeakPassword(InvalidInput):
    code, title = "weak_password", "Password not accepted"


class EmailTaken(Conflict):
    code, title = "email_taken", "An account with this email already exists"


class AccountDisabled(Forbidden):
    code, title = "account_disabled", "This account is disabled"


@dataclass(frozen=True, slots=True)
class IssuedTokens:
    user: User
    session: AuthSession
    access_token: str
    refresh_token: str
    expires_in: int


@dataclass(frozen=True, slots=True)
class Principal:
    user: User
    session: AuthSession


def _wrong_password(failure: Failure) -> InvalidCredentials:
    if failure.paused_for is None:
        tries = "1 try" if failure.tries_left == 1 else f"{failure.tries_left} tries"
        return InvalidCredentials(
            f"Wrong email or password. {tries} left before sign-in for this email pauses.",
            tries_left=failure.tries_left,
        )
    return InvalidCredentials(
        "Wrong email or password. Sign-in for this email is paused for "
        f"{failure.paused_for} seconds; you can also reset your password.",
        tries_left=0,
        retry_after=failure.paused_for,
    )


def _check_new_password(password: str, email: str) -> None:
    problem = password_problem(password, email=email)
    if problem:
        raise WeakPassword(problem, errors=[{"loc": ["body", "password"], "msg": problem}])


class AuthService:
    def __init__(
        self, session: AsyncSession, resources: Resources, memory: SessionMemory | None = None
    ) -> None:
        self.db = session
        self.res = resources
        self.memory = memory
        self.users = UserRepository(session)
        self.sessions = SessionRepository(session)

    async def register(
        self, email: str, display_name: str, password: str, *, role: str = "user"
    ) -> User:
        email = email.lower()
        _check_new_password(password, email)
        if await self.users.by_email(email):
            raise EmailTaken()
        return await self.users.add(
            User(
                email=email,
                display_name=display_name,
                password_hash=self.res.hasher.hash(password),
                role=role,
            )
        )

    async def login(self, email: str, password: str, *, device: str, ip: str) -> IssuedTokens:
        email = email.lower()
        throttle = LoginThrottle(self.res.limits, self.res.settings)
        await throttle.before(email, ip)
        user = await self.users.by_email(email)
        valid, new_hash = self.res.hasher.verify(password, user.password_hash if user else None)
        if user is None or not valid:
            failure = await throttle.failed(email, ip)
            raise _wrong_password(failure)
        if user.disabled:
            raise AccountDisabled()
        if new_hash:
            user.password_hash = new_hash
        await throttle.succeeded(email, ip)
        return await self._start_session(user, device=device, ip=ip)

    async def start_session(self, user: User, *, device: str, ip: str) -> IssuedTokens:
        """Sign in a user who just proved who they are (registration)."""
        return await self._start_session(user, device=device, ip=ip)

    async def _start_session(self, user: User, *, device: str, ip: str) -> IssuedTokens:
        now = utcnow()
        auth_session = AuthSession(
            user_id=user.id,
            device=device[:200],
            ip=ip[:64],
            created_at=now,
            last_used_at=now,
            expires_at=now + timedelta(days=self.res.settings.session_absolute_days),
        )
        refresh, refresh_hash = new_refresh_token()
        await self.sessions.add(auth_session, refresh_hash)
        return self._issue(user, auth_session, refresh)

    def _issue(self, user: User, auth_session: AuthSession, refresh: str) -> IssuedTokens:
        return IssuedTokens(
            user=user,
            session=auth_session,
            access_token=self.res.tokens.issue(user.id, auth_session.id),
            refresh_token=refresh,
            expires_in=int(self.res.tokens.lifetime.total_seconds()),
        )

    def _is_live(self, auth_session: AuthSession, now: datetime) -> bool:
        idle = timedelta(days=self.res.settings.session_idle_days)
        return (
            auth_session.revoked_at is None
            and auth_session.expires_at > now
            and auth_session.last_used_at + idle > now
        )

    async def refresh(self, token: str | None, *, ip: str) -> IssuedTokens:
        if not token:
            raise SessionExpired("No refresh token was sent.")
        stored = await self.sessions.token(hash_refresh_token(token))
        if stored is None:
            raise SessionExpired()
        found = await self.sessions.user_and_session(stored.session_id)
        now = utcnow()
        if found is None or not self._is_live(found[1], now) or found[0].disabled:
            raise SessionExpired()
        user, auth_session = found
        if stored.used_at is not None:
            await self._revoke_in_own_unit(auth_session.id, "refresh_reuse")
            raise SessionExpired("This sign-in was ended because an old token was reused.")
        if not await self.sessions.claim_token(stored.id, now):
            raise SessionExpired("This token was just used by another request.")
        refresh, refresh_hash = new_refresh_token()
        await self.sessions.add_token(auth_session.id, refresh_hash)
        auth_session.last_used_at = now
        auth_session.ip = ip[:64]
        return self._issue(user, auth_session, refresh)

    async def _revoke_in_own_unit(self, session_id: str, reason: str) -> None:
        async with session_scope(self.res.sessions) as other:
            target = await other.get(AuthSession, session_id)
            if target is None or target.revoked_at is not None:
                return
            target.revoked_at = utcnow()
            target.revoked_reason = reason
        if self.memory is not None:  # no signed-in write tells the caches of this one
            await self.memory.forget_user(target.user_id)

    async def authenticate(self, access_token: str, *, fresh: bool = False) -> Principal:
        """The caller, from a remembered check (auth/session_memory.py) or the database;
        `fresh` always asks the database (and renews the remembered check)."""
        try:
            claims = self.res.tokens.decode(access_token)
        except InvalidToken as exc:
            raise Unauthorized("The access token is not valid.", code="invalid_token") from exc
        now = utcnow()
        memory = self.memory
        if memory is not None:
            if not fresh:
                recalled = await memory.recall(self.db, claims.user_id, claims.session_id, now)
                if recalled is not None:
                    return self._principal(*recalled, now)
            generation = await memory.generation(claims.user_id)
        found = await self.sessions.user_and_session(claims.session_id)
        if found is None or found[0].id != claims.user_id:
            raise SessionExpired()
        principal = self._principal(*found, now)
        if now - principal.session.last_used_at > TOUCH_EVERY:
            principal.session.last_used_at = now  # coarse, so reads don't all become writes
        if memory is not None:
            memory.remember(generation, principal.user, principal.session)
        return principal

    def _principal(self, user: User, auth_session: AuthSession, now: datetime) -> Principal:
        if not self._is_live(auth_session, now):
            raise SessionExpired()
        if user.disabled:
            raise AccountDisabled()
        return Principal(user, auth_session)

    async def logout(self, principal: Principal) -> None:
        principal.session.revoked_at = utcnow()
        principal.session.revoked_reason = "logout"

    async def logout_everywhere(self, user: User) -> None:
        await self.sessions.revoke_all(user.id, utcnow(), "logout_all")

    async def change_password(self, principal: Principal, current: str, new: str) -> None:
        user = principal.user
        valid, _ = self.res.hasher.verify(current, user.password_hash)
        if not valid:
            raise InvalidInput(
                "Your current password is not right.",
                code="wrong_password",
                errors=[{"loc": ["body", "current_password"], "msg": "Not your current password."}],
            )
        _check_new_password(new, user.email)
        user.password_hash = self.res.hasher.hash(new)
        await self.sessions.revoke_all(
            user.id, utcnow(), "password_changed", except_session=principal.session.id
        )

    async def list_sessions(self, principal: Principal) -> list[tuple[AuthSession, bool]]:
        sessions = await self.sessions.active_for_user(principal.user.id, utcnow())
        return [(s, s.id == principal.session.id) for s in sessions]

    async def revoke_session(self, principal: Principal, session_id: str) -> None:
        target = await self.sessions.get(session_id)
        if target is None or target.user_id != principal.user.id or target.revoked_at is not None:
            raise NotFound("No such session.")
        target.revoked_at = utcnow()
        target.revoked_reason = "revoked"


__all__ = ["AppError", "AuthService", "IssuedTokens", "Principal"]
