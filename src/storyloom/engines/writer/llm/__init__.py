"""A StoryWriter on an OpenAI-compatible chat model: prompt, strict schema, checks."""

from storyloom.engines.writer.llm.writer import LLMWriter, OutputMode

__all__ = ["LLMWriter", "OutputMode"]
