"""Request and response bodies of the stories API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from storyloom.engines.bands import BAND_RULES, AgeBand
from storyloom.engines.illustrator.spec import ArtStyle, Setting
from storyloom.engines.writer.story_spec import Lesson, Role, Template
from storyloom.jobs.schemas import JobOut
from storyloom.kit.schema import Input, NotBool, Output, Seed

Id = Annotated[str, StringConstraints(min_length=1, max_length=32)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
PageText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
PresetName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]


class CastIn(Input):
    character_id: Id
    role: Role


class StoryConfig(Input):
    """Everything a story is made from. `pages` defaults to a length within the band."""

    cast: list[CastIn] = Field(min_length=1, max_length=5)
    template: Template
    setting: Setting
    lesson: Lesson = Lesson.none
    band: AgeBand
    pages: Annotated[int, Field(ge=6, le=20), NotBool] | None = None
    art_style: ArtStyle = ArtStyle.flat
    idea: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def _consistent(self) -> StoryConfig:
        if sum(1 for member in self.cast if member.role is Role.hero) != 1:
            raise ValueError("the cast needs exactly one hero")
        ids = [member.character_id for member in self.cast]
        if len(set(ids)) != len(ids):
            raise ValueError("a character can be in the cast only once")
        if self.pages is not None:
            low, high = BAND_RULES[self.band].pages
            if not low <= self.pages <= high:
                raise ValueError(f"{self.band.value} books have {low} to {high} pages")
        return self


class WordTimingOut(Output):
    """One written word: when it is spoken (seconds) and where it stands in the page text
    (character offsets, end exclusive)."""

    start: float
    end: float
    text_start: int
    text_end: int


class PageAudio(Output):
    """The page read aloud: the audio file and its word timings."""

    url: str
    media_type: str
    duration: float = Field(description="Seconds.")
    timing: str = Field(
        description="aligned: from the voice's phoneme durations; estimated: spread by length."
    )
    voice: str
    words: list[WordTimingOut]


class PageOut(Output):
    id: str
    number: int
    text: str
    image_id: str | None
    image_url: str | None
    audio: PageAudio | None = Field(
        default=None, description="The narration, when the page has one for its current text."
    )


class StorySummary(Output):
    id: str
    title: str
    status: str
    band: str
    page_count: int
    cover_image_id: str | None
    text_engine: str | None
    image_engine: str | None
    reading_note: str | None = Field(
        default=None,
        description="Set when the story model's text could not be kept inside the age band "
        "and its closest draft was used: which pages read outside the reading level.",
    )
    created_at: datetime
    updated_at: datetime


class StoryOut(StorySummary):
    job_id: str | None = Field(
        description="The newest job that made (or is making) this story, if any."
    )
    config: StoryConfig
    pages: list[PageOut]


class StoryList(Output):
    items: list[StorySummary]
    next_cursor: str | None


class StoryCreated(Output):
    story: StoryOut
    job: JobOut


class RenameIn(Input):
    title: Title


class PageTextIn(Input):
    text: PageText


class PageNewIn(Input):
    text: PageText
    position: Annotated[int, Field(ge=1, le=40), NotBool] | None = Field(
        default=None, description="Page number it gets; default: at the end."
    )


class OrderIn(Input):
    page_ids: list[Id] = Field(min_length=1, max_length=40, description="Every page, in order.")


class CandidatesIn(Input):
    count: Annotated[int, Field(ge=1, le=6), NotBool] | None = Field(
        default=None, description="Default: 3."
    )
    seed: Seed | None = None


class PictureSelect(Input):
    image_id: Id


class CandidateOut(Output):
    id: str
    media_type: str
    width: int
    height: int
    url: str
    selected: bool
    created_at: datetime
    expires_at: datetime | None


class PresetIn(Input):
    name: PresetName
    config: StoryConfig


class PresetFromStory(Input):
    name: PresetName


class PresetOut(Output):
    id: str
    name: str
    config: StoryConfig
    created_at: datetime
