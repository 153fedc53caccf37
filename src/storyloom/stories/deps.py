"""Dependencies of the stories routes, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from storyloom.auth.deps import CurrentUser
from storyloom.deps import ResourcesDep, SafetyDep, SessionDep, SettingsDep
from storyloom.export.cache import ExportFiles
from storyloom.jobs.deps import RuntimeDep
from storyloom.models import Story, StoryPage, StoryPreset
from storyloom.stories.pages import PageService
from storyloom.stories.pictures import PictureService
from storyloom.stories.presets import PresetService
from storyloom.stories.service import StoryService
from storyloom.usage.service import UsageService


async def get_story_service(
    session: SessionDep, resources: ResourcesDep, settings: SettingsDep, safety: SafetyDep
) -> StoryService:
    return StoryService(
        session,
        resources.media,
        UsageService(session, settings),
        ExportFiles(session, resources.media, settings.export_cache_per_story),
        safety,
    )


StoryServiceDep = Annotated[StoryService, Depends(get_story_service)]


async def get_owned_story(story_id: str, user: CurrentUser, service: StoryServiceDep) -> Story:
    """The caller's story named in the path, else 404 (also for anyone else's)."""
    return await service.get(user.id, story_id)


OwnedStory = Annotated[Story, Depends(get_owned_story)]


async def get_page_service(
    session: SessionDep, resources: ResourcesDep, runtime: RuntimeDep
) -> PageService:
    return PageService(session, resources.media, runtime.engines)


PageServiceDep = Annotated[PageService, Depends(get_page_service)]


async def get_owned_page(page_id: str, story: OwnedStory, service: PageServiceDep) -> StoryPage:
    return await service.get(story, page_id)


OwnedPage = Annotated[StoryPage, Depends(get_owned_page)]


async def get_picture_service(
    session: SessionDep, resources: ResourcesDep, runtime: RuntimeDep, settings: SettingsDep
) -> PictureService:
    return PictureService(
        session,
        resources.media,
        runtime.engines,
        settings.page_candidates_retention_hours,
        settings.page_candidates,
    )


PictureServiceDep = Annotated[PictureService, Depends(get_picture_service)]


async def get_preset_service(session: SessionDep, safety: SafetyDep) -> PresetService:
    return PresetService(session, safety)


PresetServiceDep = Annotated[PresetService, Depends(get_preset_service)]


async def get_owned_preset(
    preset_id: str, user: CurrentUser, service: PresetServiceDep
) -> StoryPreset:
    return await service.get(user.id, preset_id)


OwnedPreset = Annotated[StoryPreset, Depends(get_owned_preset)]
