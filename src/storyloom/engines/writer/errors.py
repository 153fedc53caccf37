"""Errors a StoryWriter raises."""

from __future__ import annotations


class WriterError(Exception):
    """Base for every writer failure."""


class ImpossibleStoryError(WriterError):
    """The request cannot be written (e.g. a page count outside its age band)."""
