"""Dependencies of usage and quotas, shared by every route that spends provider calls."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from storyloom.deps import SessionDep, SettingsDep
from storyloom.usage.service import UsageService


async def get_usage_service(session: SessionDep, settings: SettingsDep) -> UsageService:
    return UsageService(session, settings)


UsageServiceDep = Annotated[UsageService, Depends(get_usage_service)]
