"""Stories and their pages (owner only: anyone else's story, page or picture is 404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response, status

from storyloom.auth.deps import CurrentUser
from storyloom.engines.bands import AgeBand
from storyloom.jobs.deps import RuntimeDep
from storyloom.jobs.schemas import JobOut
from storyloom.kit.cache import CACHED_READ, ResponseCacheDep
from storyloom.models import StoryStatus
from storyloom.stories.deps import (
    OwnedPage,
    OwnedStory,
    PageServiceDep,
    PictureServiceDep,
    StoryServiceDep,
)
from storyloom.stories.schemas import (
    CandidateOut,
    CandidatesIn,
    OrderIn,
    PageNewIn,
    PageOut,
    PageTextIn,
    PictureSelect,
    RenameIn,
    StoryConfig,
    StoryCreated,
    StoryList,
    StoryOut,
)
from storyloom.stories.views import candidate_out, page_out, story_out, summary_out
from storyloom.usage.deps import UsageServiceDep

router = APIRouter(prefix="/api/stories", tags=["stories"])


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=StoryCreated)
async def create_story(
    body: StoryConfig,
    user: CurrentUser,
    service: StoryServiceDep,
    runtime: RuntimeDep,
    tasks: BackgroundTasks,
) -> StoryCreated:
    """Start a story: it is created with its generation job, which runs in the background.

    Follow the job with GET /api/jobs/{id}/events (live) or GET /api/jobs/{id}. The cast
    names your characters with their roles (exactly one hero). A free-text idea passes
    the safety check for the age band (422 `unsafe_content` names category and span);
    monthly limits answer 429 `quota_exceeded`.
    """
    story, job = await service.create(user.id, body)
    tasks.add_task(runtime.enqueue, job.id)  # after the commit: the runner must see the row
    return StoryCreated(story=story_out(story, [], job.id), job=JobOut.model_validate(job))


@router.get("", response_model=StoryList)
async def list_stories(
    user: CurrentUser,
    service: StoryServiceDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=200, description="From `next_cursor`.")] = None,
    status: StoryStatus | None = None,
    character_id: Annotated[str | None, Query(max_length=32)] = None,
    band: AgeBand | None = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words to find in titles and page text.")
    ] = None,
) -> StoryList:
    """Your stories, newest first, a page at a time (keyset pagination), filtered by
    status, a character in the cast or age band, and searched by title and text (every
    word matches as a prefix; all must match)."""
    items, pages, next_cursor = await service.page(
        user.id,
        limit=limit,
        cursor=cursor,
        status=status.value if status else None,
        character_id=character_id,
        band=band.value if band else None,
        q=q,
    )
    return StoryList(items=[summary_out(s, pages[s.id]) for s in items], next_cursor=next_cursor)


@router.get("/{story_id}", response_model=StoryOut, responses=CACHED_READ)
async def get_story(
    story_id: str,
    user: CurrentUser,
    service: StoryServiceDep,
    cache: ResponseCacheDep,
    request: Request,
) -> Response:
    """A story with its pages in order; each page names its picture (GET /api/images/{id}).

    Cached until your next change (or its job's); send If-None-Match with the ETag to
    get 304."""

    async def build() -> StoryOut:
        story = await service.get(user.id, story_id)  # 404 for anyone else's
        return await service.view(story)

    return await cache.respond(request, user.id, build)


@router.patch("/{story_id}", response_model=StoryOut)
async def rename_story(body: RenameIn, story: OwnedStory, service: StoryServiceDep) -> StoryOut:
    """Rename a story (the title is safety-checked for its age band)."""
    renamed = await service.rename(story, body.title)
    return await service.view(renamed)


@router.delete("/{story_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_story(story: OwnedStory, service: StoryServiceDep) -> None:
    """Delete a story with its pages and pictures (rows and files); a job still making it
    is cancelled."""
    await service.delete(story)


@router.post("/{story_id}/duplicate", status_code=status.HTTP_201_CREATED, response_model=StoryOut)
async def duplicate_story(story: OwnedStory, service: StoryServiceDep) -> StoryOut:
    """Copy a finished story: its own pages to edit, the same pictures."""
    copy = await service.duplicate(story)
    return await service.view(copy)


@router.post("/{story_id}/pages", status_code=status.HTTP_201_CREATED, response_model=PageOut)
async def add_page(body: PageNewIn, story: OwnedStory, service: PageServiceDep) -> PageOut:
    """Add a page (safety-checked) at `position` or at the end. It has no picture until
    you draw one (POST .../pictures)."""
    return page_out(await service.add(story, body.text, body.position))


@router.put("/{story_id}/pages/order", response_model=StoryOut)
async def reorder_pages(
    body: OrderIn, story: OwnedStory, service: PageServiceDep, stories: StoryServiceDep
) -> StoryOut:
    """Put the pages in this order (every page id exactly once)."""
    await service.reorder(story, body.page_ids)
    return await stories.view(story)


@router.patch("/{story_id}/pages/{page_id}", response_model=PageOut)
async def edit_page(
    body: PageTextIn, story: OwnedStory, page: OwnedPage, service: PageServiceDep
) -> PageOut:
    """Change a page's text (safety-checked for the story's age band)."""
    return page_out(await service.edit(story, page, body.text))


@router.delete("/{story_id}/pages/{page_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_page(story: OwnedStory, page: OwnedPage, service: PageServiceDep) -> None:
    """Remove a page and its pictures; the pages after it move up."""
    await service.remove(story, page)


@router.post("/{story_id}/pages/{page_id}/text", response_model=PageOut)
async def rewrite_page(story: OwnedStory, page: OwnedPage, service: PageServiceDep) -> PageOut:
    """Write new text for one page with the story's writer (checked like every page)."""
    return page_out(await service.rewrite(story, page))


@router.get("/{story_id}/pages/{page_id}/pictures", response_model=list[CandidateOut])
async def list_pictures(page: OwnedPage, service: PictureServiceDep) -> list[CandidateOut]:
    """The page's picture and the candidates that have not expired."""
    return [candidate_out(i, s) for i, s in await service.candidates(page)]


@router.post(
    "/{story_id}/pages/{page_id}/pictures",
    status_code=status.HTTP_201_CREATED,
    response_model=list[CandidateOut],
)
async def draw_pictures(
    body: CandidatesIn,
    user: CurrentUser,
    story: OwnedStory,
    page: OwnedPage,
    service: PictureServiceDep,
    usage: UsageServiceDep,
) -> list[CandidateOut]:
    """Draw new picture candidates for a page (default 3); choose one with PUT
    .../picture. Candidates not chosen expire."""
    await usage.ensure_allowed(user.id, images=body.count or service.default_count)
    drawn = await service.generate(story, page, body.count, body.seed)
    return [candidate_out(i, s) for i, s in drawn]


@router.put("/{story_id}/pages/{page_id}/picture", response_model=PageOut)
async def select_picture(
    body: PictureSelect, page: OwnedPage, service: PictureServiceDep
) -> PageOut:
    """Make one of the page's candidates its picture."""
    return page_out(await service.select(page, body.image_id))
