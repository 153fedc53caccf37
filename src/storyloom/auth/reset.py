"""Password reset by a one-time link: emailed when SMTP is configured, or made by an
operator (`storyloom users reset-link EMAIL`, or the admin area) when it is not.

A link carries a random token; only its SHA-256 is stored. It works once, for
STORYLOOM_PASSWORD_RESET_MINUTES; using it sets the new password, voids the user's other
links and ends every session of the user. Asking for a link answers the same whether or
not the email has an account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.auth.passwords import password_problem
from storyloom.auth.repository import SessionRepository, UserRepository
from storyloom.auth.tokens import hash_refresh_token, new_refresh_token
from storyloom.db import utcnow
from storyloom.errors import AppError, InvalidInput, ServiceUnavailable
from storyloom.mail import build_message
from storyloom.models import PasswordReset, User
from storyloom.resources import Resources


class ResetLinkInvalid(AppError):
    status, code, title = 400, "reset_link_invalid", "This reset link does not work"


class ResetByEmailUnavailable(ServiceUnavailable):
    code, title = "reset_email_unavailable", "Password reset by email is not set up"


@dataclass(frozen=True, slots=True)
class ResetLink:
    url: str
    expires_at: datetime


class PasswordResets:
    def __init__(self, session: AsyncSession, resources: Resources) -> None:
        self.db = session
        self.res = resources
        self.users = UserRepository(session)

    async def issue(self, user: User) -> ResetLink:
        """A new one-time link for `user` (earlier links keep working until used or
        expired; using any of them voids the rest)."""
        token, token_hash = new_refresh_token()
        expires = utcnow() + timedelta(minutes=self.res.settings.password_reset_minutes)
        self.db.add(PasswordReset(user_id=user.id, token_hash=token_hash, expires_at=expires))
        await self.db.flush()
        url = f"{self.res.settings.public_url.rstrip('/')}/reset?token={token}"
        return ResetLink(url=url, expires_at=expires)

    async def request_by_email(self, email: str, *, ip: str) -> EmailMessage | None:
        """The email to send after the commit, or None (no such enabled account, or this
        address was sent enough links lately). Callers answer the same in every case."""
        settings = self.res.settings
        if not settings.mail_enabled:
            raise ResetByEmailUnavailable(
                "This installation cannot send email. Ask its administrator for a reset "
                "link (storyloom users reset-link YOUR-EMAIL)."
            )
        rule = self.res.limits.parse(settings.password_reset_limit)
        await self.res.limits.enforce(rule, "reset-ip", ip)
        email = email.lower()
        if not await self.res.limits.hit(rule, "reset-email", email):
            return None  # quietly: a flood must not fill someone's inbox
        user = await self.users.by_email(email)
        if user is None or user.disabled:
            return None
        link = await self.issue(user)
        minutes = settings.password_reset_minutes
        text = (
            f"Hello {user.display_name},\n\n"
            "Someone (we hope you) asked to reset the password of your Storyloom account.\n"
            f"Open this link within {minutes} minutes to choose a new one:\n\n"
            f"{link.url}\n\n"
            "The link works once. Setting a new password signs you out on every device.\n"
            "If you did not ask for this, ignore this email: your password stays as it is.\n"
        )
        return build_message(settings, user.email, "Reset your Storyloom password", text)

    async def complete(self, token: str, new_password: str) -> User:
        """Set the new password from a link; the link and every other of the user's
        links stop working and all the user's sessions end."""
        now = utcnow()
        found = await self.db.execute(
            select(PasswordReset, User)
            .join(User, User.id == PasswordReset.user_id)
            .where(PasswordReset.token_hash == hash_refresh_token(token))
        )
        row = found.one_or_none()
        if row is None:
            raise ResetLinkInvalid("This reset link is not valid. Ask for a new one.")
        reset, user = row[0], row[1]
        if reset.used_at is not None:
            raise ResetLinkInvalid("This reset link was already used. Ask for a new one.")
        if reset.expires_at <= now:
            raise ResetLinkInvalid("This reset link has expired. Ask for a new one.")
        if user.disabled:
            raise ResetLinkInvalid("This account is disabled.")
        problem = password_problem(new_password, email=user.email)
        if problem:
            raise InvalidInput(
                problem,
                code="weak_password",
                errors=[{"loc": ["body", "new_password"], "msg": problem}],
            )
        # Claim every open link of the user at once; only one of two racing uses wins.
        claimed = await self.db.execute(
            update(PasswordReset)
            .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
            .values(used_at=now)
        )
        if cast(CursorResult[Any], claimed).rowcount == 0:
            raise ResetLinkInvalid("This reset link was already used. Ask for a new one.")
        user.password_hash = self.res.hasher.hash(new_password)
        await SessionRepository(self.db).revoke_all(user.id, now, "password_reset")
        return user
