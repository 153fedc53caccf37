"""`storyloom users`: manage accounts from the terminal."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession
from rich.table import Table

from storyloom.cli.common import console, fail, print_json, with_session
from storyloom.roles import UserRole

if TYPE_CHECKING:
    from storyloom.models import User
    from storyloom.resources import Resources

app = typer.Typer(help="Create, list, promote and disable users.", no_args_is_help=True)


def _user_dict(user: User) -> dict[str, object]:
    return {
        "id": user.id,
        "email": user.email,
        "display_name": user.display_name,
        "role": user.role,
        "disabled": user.disabled,
        "created_at": user.created_at.isoformat(),
    }


@app.command()
def create(
    email: str = typer.Argument(..., help="Sign-in email."),
    display_name: str = typer.Option(..., "--name", help="Name shown in the app."),
    password: str = typer.Option(
        ..., prompt=True, hide_input=True, confirmation_prompt=True, help="Password (prompted)."
    ),
    role: UserRole = typer.Option(UserRole.user, help="user or admin."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Create an account."""

    from storyloom.auth.service import AuthService

    async def work(session: AsyncSession, resources: Resources) -> dict[str, object]:
        user = await AuthService(session, resources).register(
            email, display_name, password, role=role.value
        )
        return _user_dict(user)

    created = with_session(work)
    if json_output:
        print_json(created)
    else:
        console.print(f"created {created['email']} ({created['role']}) id={created['id']}")


@app.command("list")
def list_users(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List accounts."""

    from storyloom.auth.repository import UserRepository

    async def work(session: AsyncSession, _: Resources) -> list[dict[str, object]]:
        return [_user_dict(u) for u in await UserRepository(session).list()]

    users = with_session(work)
    if json_output:
        print_json(users)
        return
    table = Table("id", "email", "name", "role", "disabled", "created")
    for u in users:
        table.add_row(
            *(str(u[k]) for k in ("id", "email", "display_name", "role", "disabled")),
            str(u["created_at"])[:19],
        )
    console.print(table)


def _update(
    email: str, change: str, apply: Callable[[AsyncSession, User], Awaitable[None]]
) -> None:
    from storyloom.auth.repository import UserRepository

    async def work(session: AsyncSession, _: Resources) -> str:
        user = await UserRepository(session).by_email(email)
        if user is None:
            fail(f"no user with email {email}")
        await apply(session, user)
        return user.id

    with_session(work, after=_retire_cached)
    console.print(f"{email}: {change}")


async def _retire_cached(user_id: str, resources: Resources) -> None:
    """With Redis, servers stop trusting what they remembered of this user at once (their
    cached responses and checked sessions); without it, within the cache lifetimes."""
    from storyloom.admin.ops import make_cache

    if resources.redis is not None:
        await make_cache(resources).invalidate(user_id)


@app.command("set-role")
def set_role(
    email: str = typer.Argument(..., help="The user's email."),
    role: UserRole = typer.Argument(..., help="user or admin."),
) -> None:
    """Make a user an admin, or a plain user again."""

    async def apply(_: AsyncSession, user: User) -> None:
        user.role = role.value

    _update(email, f"role set to {role.value}", apply)


@app.command()
def disable(
    email: str = typer.Argument(..., help="The user's email."),
    enable: bool = typer.Option(False, "--enable", help="Re-enable instead."),
) -> None:
    """Disable an account (ending its sessions), or re-enable it. A running server stops
    accepting its sessions at once with Redis, else within STORYLOOM_SESSION_CACHE_SECONDS."""

    from storyloom.auth.repository import SessionRepository
    from storyloom.db import utcnow

    async def apply(session: AsyncSession, user: User) -> None:
        user.disabled = not enable
        if not enable:
            await SessionRepository(session).revoke_all(user.id, utcnow(), "disabled")

    _update(email, "enabled" if enable else "disabled; its sessions ended", apply)


@app.command("reset-link")
def reset_link(
    email: str = typer.Argument(..., help="The user's email."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Make a one-time password reset link for a user (for when this installation sends
    no email). Give it to the user: it works once, for STORYLOOM_PASSWORD_RESET_MINUTES,
    and setting the new password ends all their sessions."""

    from storyloom.auth.repository import UserRepository
    from storyloom.auth.reset import PasswordResets

    async def work(session: AsyncSession, resources: Resources) -> dict[str, str]:
        user = await UserRepository(session).by_email(email)
        if user is None:
            fail(f"no user with email {email}")
        if user.disabled:
            fail(f"{email} is disabled; enable it first (storyloom users disable --enable)")
        link = await PasswordResets(session, resources).issue(user)
        return {"email": user.email, "url": link.url, "expires_at": link.expires_at.isoformat()}

    made = with_session(work)
    if json_output:
        print_json(made)
    else:
        console.print(f"Reset link for {made['email']} (works once, until {made['expires_at']}):")
        typer.echo(made["url"])  # plain, never wrapped: it is copied whole
