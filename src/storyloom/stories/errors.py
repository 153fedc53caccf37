"""Errors of the stories domain."""

from __future__ import annotations

from storyloom.errors import AppError, Conflict


class ProviderFailed(AppError):
    status, code, title = 502, "provider_error", "The provider failed"


class StoryBusy(Conflict):
    code, title = "story_busy", "The story is being generated"
