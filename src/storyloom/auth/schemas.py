"""Request and response bodies of the auth and account routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from storyloom.auth.passwords import MAX_LENGTH, MIN_LENGTH
from storyloom.kit.schema import Input, Output

Password = Annotated[str, Field(min_length=1, max_length=MAX_LENGTH)]
NewPassword = Annotated[
    str,
    Field(
        min_length=MIN_LENGTH,
        max_length=MAX_LENGTH,
        description="8 to 128 characters; very common passwords are refused.",
    ),
]
# A plain ASCII syntax check, the same in Python and in the published JSON Schema: whether
# an address works is proven by using it (strict validators also refuse .test names).
Email = Annotated[
    str,
    StringConstraints(
        pattern=r"^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$",
        max_length=254,
        to_lower=True,
    ),
]
DisplayName = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class RegisterIn(Input):
    email: Email
    display_name: DisplayName
    password: NewPassword


class LoginIn(Input):
    email: Email
    password: Password


class ChangePasswordIn(Input):
    current_password: Password
    new_password: NewPassword


class UserOut(Output):
    id: str
    email: str
    display_name: str
    role: Literal["user", "admin"]
    created_at: datetime


class TokenOut(Output):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int = Field(description="Seconds until the access token expires.")
    user: UserOut


class SessionOut(Output):
    id: str
    device: str
    ip: str
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    current: bool


class ResetRequestIn(Input):
    email: Email


class ResetRequestedOut(Output):
    detail: str


class ResetCompleteIn(Input):
    token: Annotated[str, StringConstraints(min_length=20, max_length=200)]
    new_password: NewPassword
