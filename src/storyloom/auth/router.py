"""Accounts and sessions. The refresh token travels only in an HttpOnly cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Cookie, Request, Response, status

from storyloom.auth.deps import AuthServiceDep, CurrentPrincipal, CurrentUser
from storyloom.auth.schemas import (
    ChangePasswordIn,
    LoginIn,
    RegisterIn,
    SessionOut,
    TokenOut,
    UserOut,
)
from storyloom.auth.service import IssuedTokens
from storyloom.config import Settings
from storyloom.deps import ClientIP, SettingsDep

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
    await service.register(body.email, body.display_name, body.password)
    issued = await service.login(body.email, body.password, device=_device(request), ip=ip)
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
    """Sign in with email and password. Repeated failures are rate limited (429)."""
    issued = await service.login(body.email, body.password, device=_device(request), ip=ip)
    return _tokens_out(issued, response, settings)


@router.post("/refresh", response_model=TokenOut)
async def refresh(
    service: AuthServiceDep,
    response: Response,
    ip: ClientIP,
    settings: SettingsDep,
    token: RefreshCookie = None,
) -> TokenOut:
    """Trade the refresh cookie for a new access token; the cookie rotates every time."""
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
