"""Accounts and sessions. The refresh token travels only in an HttpOnly cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Cookie, Request, Response, status

from storyloom.auth.deps import AuthServiceDep, CurrentPrincipal, CurrentUser
from storyloom.auth.reset import PasswordResets
from storyloom.auth.schemas import (
    ChangePasswordIn,
    LoginIn,
    RegisterIn,
    ResetCompleteIn,
    ResetRequestedOut,
    ResetRequestIn,
    SessionOut,
    TokenOut,
    UserOut,
)
from storyloom.auth.service import IssuedTokens
from storyloom.config import Settings
from storyloom.deps import ClientIP, ResourcesDep, SessionDep, SettingsDep
from storyloom.errors import documented_problem
from storyloom.mail import send_logged

REFRESH_COOKIE = "storyloom_refresh"
COOKIE_PATH = "/api/auth"

router = APIRouter(prefix="/api/auth", tags=["auth"])
account_router = APIRouter(prefix="/api/me", tags=["account"])
RefreshCookie = Annotated[str | None, Cookie(alias=REFRESH_COOKIE, include_in_schema=False)]


def _tokens_out(issued: IssuedTokens, response: Response, settings: Settings) -> TokenOut:
    response.set_cookie(
        REFRESH_COOKIE,
        issued.refresh_token,
        max_age=settings.session_absolute_days * 86400,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=settings.public_url.startswith("https://"),
    )
    return TokenOut(
        access_token=issued.access_token,
        expires_in=issued.expires_in,
        user=UserOut.model_validate(issued.user),
    )


def _device(request: Request) -> str:
    return request.headers.get("user-agent", "")


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=TokenOut)
async def register(
    body: RegisterIn,
    service: AuthServiceDep,
    request: Request,
    response: Response,
    ip: ClientIP,
    settings: SettingsDep,
) -> TokenOut:
    """Create an account and sign it in."""
    user = await service.register(body.email, body.display_name, body.password)
    issued = await service.start_session(user, device=_device(request), ip=ip)
    return _tokens_out(issued, response, settings)


@router.post("/login", response_model=TokenOut)
async def login(
    body: LoginIn,
    service: AuthServiceDep,
    request: Request,
    response: Response,
    ip: ClientIP,
    settings: SettingsDep,
) -> TokenOut:
    """Sign in with email and password. A wrong password is 401 `invalid_credentials`
    with `tries_left` for this email; after the last try, the email's sign-in pauses (429
    `login_paused` with `retry_after`), longer with each further wrong password. Many
    wrong passwords from one address slow its sign-ins down without refusing them."""
    issued = await service.login(body.email, body.password, device=_device(request), ip=ip)
    return _tokens_out(issued, response, settings)


@router.post(
    "/password-reset",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=ResetRequestedOut,
    responses={503: documented_problem("This installation sends no email")},
)
async def request_password_reset(
    body: ResetRequestIn,
    session: SessionDep,
    resources: ResourcesDep,
    ip: ClientIP,
    tasks: BackgroundTasks,
) -> ResetRequestedOut:
    """Email a one-time reset link to the address, if it has an account. The answer is
    the same whether or not it has one. 503 `reset_email_unavailable` when this
    installation sends no email (an operator makes links with `storyloom users
    reset-link`); 429 after too many requests from one address."""
    message = await PasswordResets(session, resources).request_by_email(body.email, ip=ip)
    if message is not None:
        tasks.add_task(send_logged, resources.settings, message, kind="password_reset")
    return ResetRequestedOut(
        detail="If an account uses this email, a reset link is on its way. "
        f"It works once, for {resources.settings.password_reset_minutes} minutes."
    )


@router.post("/password-reset/complete", status_code=status.HTTP_204_NO_CONTENT)
async def complete_password_reset(
    body: ResetCompleteIn,
    session: SessionDep,
    resources: ResourcesDep,
    request: Request,
    tasks: BackgroundTasks,
) -> None:
    """Set a new password with the token of a reset link. The link stops working, and
    every session of the account ends (sign in again). 400 `reset_link_invalid` for an
    unknown, used or expired link; 422 `weak_password`."""
    user = await PasswordResets(session, resources).complete(body.token, body.new_password)
    memory = request.app.state.session_memory
    tasks.add_task(memory.forget_user, user.id)  # after the commit: servers check again


@router.post(
    "/refresh",
    response_model=TokenOut,
    responses={204: {"description": "No refresh cookie was sent: no session to restore."}},
)
async def refresh(
    service: AuthServiceDep,
    response: Response,
    ip: ClientIP,
    settings: SettingsDep,
    token: RefreshCookie = None,
) -> TokenOut | Response:
    """Trade the refresh cookie for a new access token; the cookie rotates every time.

    Without any cookie (a visitor who never signed in here, or signed out) there is
    nothing to restore: 204, not an error. A cookie that no longer works is 401."""
    if not token:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    issued = await service.refresh(token, ip=ip)
    return _tokens_out(issued, response, settings)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(service: AuthServiceDep, principal: CurrentPrincipal, response: Response) -> None:
    """End this session."""
    await service.logout(principal)
    response.delete_cookie(REFRESH_COOKIE, path=COOKIE_PATH)


@router.post("/logout-all", status_code=status.HTTP_204_NO_CONTENT)
async def logout_all(service: AuthServiceDep, user: CurrentUser, response: Response) -> None:
    """End every session of this account, on every device."""
    await service.logout_everywhere(user)
    response.delete_cookie(REFRESH_COOKIE, path=COOKIE_PATH)


@account_router.get("", response_model=UserOut)
async def get_me(user: CurrentUser) -> UserOut:
    """The signed-in user."""
    return UserOut.model_validate(user)


@account_router.post("/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(
    body: ChangePasswordIn, service: AuthServiceDep, principal: CurrentPrincipal
) -> None:
    """Change the password; every other session ends."""
    await service.change_password(principal, body.current_password, body.new_password)


@account_router.get("/sessions", response_model=list[SessionOut])
async def list_sessions(service: AuthServiceDep, principal: CurrentPrincipal) -> list[SessionOut]:
    """Signed-in devices of this account."""
    return [
        SessionOut(
            id=s.id,
            device=s.device,
            ip=s.ip,
            created_at=s.created_at,
            last_used_at=s.last_used_at,
            expires_at=s.expires_at,
            current=current,
        )
        for s, current in await service.list_sessions(principal)
    ]


@account_router.delete("/sessions/{session_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_session(
    session_id: str, service: AuthServiceDep, principal: CurrentPrincipal
) -> None:
    """Sign one device out."""
    await service.revoke_session(principal, session_id)
