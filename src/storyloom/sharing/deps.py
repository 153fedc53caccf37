"""Dependencies of the sharing routes, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from storyloom.auth.deps import CurrentUser
from storyloom.deps import ClientIP, ResourcesDep, SessionDep
from storyloom.models import StoryShare
from storyloom.sharing.service import ShareService


async def get_share_service(session: SessionDep, resources: ResourcesDep) -> ShareService:
    return ShareService(session, resources.settings, resources.media)


ShareServiceDep = Annotated[ShareService, Depends(get_share_service)]


async def get_owned_share(share_id: str, user: CurrentUser, service: ShareServiceDep) -> StoryShare:
    """The caller's share link named in the path, else 404 (also for anyone else's)."""
    return await service.get(user.id, share_id)


OwnedShare = Annotated[StoryShare, Depends(get_owned_share)]


async def limit_shared_reads(resources: ResourcesDep, ip: ClientIP) -> None:
    """Per client IP, before the token is even looked at (429 with Retry-After)."""
    rule = resources.limits.parse(resources.settings.share_limit_per_ip)
    await resources.limits.enforce(rule, "shared", ip)


SharedReadLimit = Depends(limit_shared_reads)
