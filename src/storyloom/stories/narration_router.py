"""A page's narration (owner only), and narrating a story again on request."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Response

from storyloom.deps import ResourcesDep
from storyloom.errors import Conflict, NotFound
from storyloom.jobs.deps import RuntimeDep
from storyloom.kit.cache import matches
from storyloom.kit.ranges import ranged
from storyloom.media import MediaNotFound
from storyloom.models import StoryStatus
from storyloom.stories.deps import OwnedPage, OwnedStory, StoryServiceDep
from storyloom.stories.errors import StoryBusy
from storyloom.stories.narration import current_audio, narrate_story
from storyloom.stories.schemas import StoryOut

router = APIRouter(prefix="/api/stories", tags=["stories"])

AUDIO = "private, max-age=31536000, immutable"
AUDIO_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The page read aloud (MP3)",
        "content": {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}}},
    },
    206: {"description": "The requested byte range"},
    304: {"description": "Not modified (If-None-Match matched the ETag)"},
}


Version = Annotated[
    str | None,
    Query(max_length=64, description="The narration's content version (from its `url`)."),
]


class NoVoice(Conflict):
    code, title = "no_voice", "No voice"


@router.get("/{story_id}/pages/{page_id}/audio", response_class=Response, responses=AUDIO_RESPONSES)
async def get_page_audio(
    page: OwnedPage,
    resources: ResourcesDep,
    range: Annotated[str | None, Header()] = None,
    if_none_match: Annotated[str | None, Header()] = None,
    v: Version = None,
) -> Response:
    """The page's narration as MP3 (byte ranges supported); 404 when the page has none
    for its current text. The word timings are in the page (`audio.words`). The ETag is
    the content hash: If-None-Match gives 304."""
    audio = current_audio(page)
    if audio is None or page.audio_key is None:
        raise NotFound("This page has no narration.")
    headers = {"ETag": f'"{page.audio_key}"', "Cache-Control": AUDIO}
    if matches(if_none_match, headers["ETag"]):
        return Response(status_code=304, headers=headers)  # no read from the store
    try:
        data = await resources.media.get(page.audio_key)
    except MediaNotFound as exc:
        raise NotFound("This page has no narration.") from exc
    return ranged(data, str(audio["media_type"]), range, headers)


@router.post("/{story_id}/narration", response_model=StoryOut)
async def narrate(
    story: OwnedStory, runtime: RuntimeDep, resources: ResourcesDep, service: StoryServiceDep
) -> StoryOut:
    """Narrate the pages whose narration is missing or no longer says their text (after
    an edit, or a new pronunciation of a name). Pages already narrated are kept; 409
    `no_voice` when the server has no voice."""
    if story.status == StoryStatus.generating:
        raise StoryBusy("The story is still being made.")
    narrator = runtime.engines.narrator
    if narrator is None:
        raise NoVoice("No voice is configured on this server (STORYLOOM_NARRATOR).")
    await narrate_story(resources.sessions, resources.media, narrator, story.id)
    return await service.view(story)
