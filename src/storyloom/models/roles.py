"""Account roles (a light module: the CLI imports it without the ORM)."""

from enum import StrEnum


class UserRole(StrEnum):
    user = "user"
    admin = "admin"
