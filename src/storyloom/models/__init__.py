"""SQLAlchemy models, one module per aggregate; imported here so metadata sees them all."""

from storyloom.models.user import AuthSession, RefreshToken, User, UserRole

__all__ = ["AuthSession", "RefreshToken", "User", "UserRole"]
