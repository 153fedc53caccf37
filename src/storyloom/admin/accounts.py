"""What an admin does to a user: disable, enable, change role, make a reset link.

An admin cannot disable or demote themselves (so the last admin never locks the admin
area). Disabling ends every session of the user at once.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.auth.repository import SessionRepository, UserRepository
from storyloom.auth.reset import PasswordResets, ResetLink
from storyloom.db import utcnow
from storyloom.errors import Conflict, NotFound
from storyloom.models import User
from storyloom.resources import Resources


class NotOnYourself(Conflict):
    code, title = "not_on_yourself", "Admins cannot do this to their own account"


class UserDisabled(Conflict):
    code, title = "user_disabled", "This account is disabled"


async def _user(session: AsyncSession, user_id: str) -> User:
    user = await UserRepository(session).get(user_id)
    if user is None:
        raise NotFound("No such user.")
    return user


async def update_user(
    session: AsyncSession,
    admin: User,
    user_id: str,
    *,
    disabled: bool | None,
    role: str | None,
) -> User:
    user = await _user(session, user_id)
    if user.id == admin.id and (disabled or (role is not None and role != user.role)):
        raise NotOnYourself(
            "You cannot disable your own account or change your own role; ask another admin."
        )
    if role is not None:
        user.role = role
    if disabled is not None and disabled != user.disabled:
        user.disabled = disabled
        if disabled:
            await SessionRepository(session).revoke_all(user.id, utcnow(), "disabled")
    await session.flush()
    return user


async def reset_link(session: AsyncSession, resources: Resources, user_id: str) -> ResetLink:
    user = await _user(session, user_id)
    if user.disabled:
        raise UserDisabled("Enable this account before making it a reset link.")
    return await PasswordResets(session, resources).issue(user)
