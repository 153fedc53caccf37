"""Story writers: the StoryWriter port and the procedural engine."""

from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.errors import ImpossibleStoryError, WriterError
from storyloom.engines.writer.port import ProceduralWriter, StoryWriter
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest

__all__ = [
    "ImpossibleStoryError",
    "ProceduralWriter",
    "StoryDraft",
    "StoryRequest",
    "StoryWriter",
    "WriterError",
    "write_story",
]
