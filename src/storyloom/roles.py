"""Account roles: a plain enum outside the models package, so that the command line offers
it as a choice without loading SQLAlchemy and every model."""

from enum import StrEnum


class UserRole(StrEnum):
    user = "user"
    admin = "admin"
