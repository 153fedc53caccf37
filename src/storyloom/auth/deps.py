"""Who is calling: `CurrentUser`, `CurrentPrincipal`, `AdminUser`."""

from __future__ import annotations

from typing import Annotated

import structlog
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from storyloom.auth.service import AuthService, Principal
from storyloom.deps import ResourcesDep, SessionDep
from storyloom.errors import Forbidden, Unauthorized
from storyloom.models import User, UserRole

_bearer = HTTPBearer(auto_error=False, description="Access token from /api/auth/login")


async def get_auth_service(
    session: SessionDep, resources: ResourcesDep, request: Request
) -> AuthService:
    return AuthService(session, resources, request.app.state.session_memory)


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


async def get_principal(
    service: AuthServiceDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("Sign in to continue.")
    principal = await service.authenticate(credentials.credentials)
    structlog.contextvars.bind_contextvars(user_id=principal.user.id)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


async def get_current_user(principal: CurrentPrincipal) -> User:
    return principal.user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_admin(user: CurrentUser) -> User:
    if user.role != UserRole.admin:
        raise Forbidden("This area is for administrators.")
    return user


AdminUser = Annotated[User, Depends(get_admin)]
