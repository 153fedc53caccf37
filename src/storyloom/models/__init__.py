"""SQLAlchemy models, one module per aggregate; imported here so metadata sees them all."""

from storyloom.models.character import Character, CharacterRelationship
from storyloom.models.export import StoryExport
from storyloom.models.image import Image, ImageKind
from storyloom.models.job import FINAL_STATUSES, STEPS_ORDER, Job, JobStatus, JobStep
from storyloom.models.share import StoryShare
from storyloom.models.story import Story, StoryImage, StoryPage, StoryPreset, StoryStatus
from storyloom.models.usage import ProviderCallRecord
from storyloom.models.user import AuthSession, PasswordReset, RefreshToken, User
from storyloom.roles import UserRole

__all__ = [
    "FINAL_STATUSES",
    "STEPS_ORDER",
    "AuthSession",
    "Character",
    "CharacterRelationship",
    "Image",
    "ImageKind",
    "Job",
    "JobStatus",
    "JobStep",
    "PasswordReset",
    "ProviderCallRecord",
    "RefreshToken",
    "Story",
    "StoryExport",
    "StoryImage",
    "StoryPage",
    "StoryPreset",
    "StoryShare",
    "StoryStatus",
    "User",
    "UserRole",
]
