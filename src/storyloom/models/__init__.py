"""SQLAlchemy models, one module per aggregate; imported here so metadata sees them all."""

from storyloom.models.roles import UserRole
from storyloom.models.user import AuthSession, RefreshToken, User

__all__ = ["AuthSession", "RefreshToken", "User", "UserRole"]
