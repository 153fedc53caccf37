"""Story presets: save a configuration by name, list, delete, start a story from one."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, status

from storyloom.auth.deps import CurrentUser
from storyloom.jobs.deps import RuntimeDep
from storyloom.jobs.schemas import JobOut
from storyloom.stories.deps import OwnedPreset, OwnedStory, PresetServiceDep, StoryServiceDep
from storyloom.stories.schemas import (
    PresetFromStory,
    PresetIn,
    PresetOut,
    StoryConfig,
    StoryCreated,
)
from storyloom.stories.views import story_out

router = APIRouter(tags=["presets"])


@router.get("/api/presets", response_model=list[PresetOut])
async def list_presets(user: CurrentUser, service: PresetServiceDep) -> list[PresetOut]:
    """Your presets, by name."""
    return [PresetOut.model_validate(p) for p in await service.list(user.id)]


@router.post("/api/presets", status_code=status.HTTP_201_CREATED, response_model=PresetOut)
async def create_preset(body: PresetIn, user: CurrentUser, service: PresetServiceDep) -> PresetOut:
    """Save a story configuration under a name (409 `preset_exists` if the name is taken)."""
    return PresetOut.model_validate(await service.save(user.id, body.name, body.config))


@router.post(
    "/api/stories/{story_id}/preset", status_code=status.HTTP_201_CREATED, response_model=PresetOut
)
async def save_story_as_preset(
    body: PresetFromStory, story: OwnedStory, service: PresetServiceDep
) -> PresetOut:
    """Save this story's configuration (cast, template, setting, ...) as a preset."""
    config = StoryConfig.model_validate(story.config)
    return PresetOut.model_validate(await service.save(story.owner_id, body.name, config))


@router.delete("/api/presets/{preset_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_preset(preset: OwnedPreset, service: PresetServiceDep) -> None:
    """Delete a preset (stories made from it stay)."""
    await service.delete(preset)


@router.post(
    "/api/presets/{preset_id}/stories",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=StoryCreated,
)
async def start_from_preset(
    preset: OwnedPreset,
    user: CurrentUser,
    service: StoryServiceDep,
    runtime: RuntimeDep,
    tasks: BackgroundTasks,
) -> StoryCreated:
    """Start a new story from a preset, exactly as POST /api/stories would."""
    story, job = await service.create(user.id, StoryConfig.model_validate(preset.config))
    tasks.add_task(runtime.enqueue, job.id)
    return StoryCreated(story=story_out(story, [], job.id), job=JobOut.model_validate(job))
