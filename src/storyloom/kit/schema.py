"""Base classes for API schemas: closed to unknown fields (no mass assignment)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError


def _number_not_bool_or_text(value: object) -> object:
    if isinstance(value, bool | str | bytes):
        raise PydanticCustomError("int_type", "Input should be a whole number")
    return value


# Every integer of a request body takes numbers as JSON Schema's "integer" means them: 3 and
# 3.0, never true or false (Python counts them as 1 and 0) nor "3". It goes last, after the
# bounds, so that they stay in the schema: Annotated[int, Field(ge=0), NotBool].
NotBool = BeforeValidator(_number_not_bool_or_text)
Seed = Annotated[int, Field(ge=0, le=2**31 - 1), NotBool]


class Input(BaseModel):
    """A request body: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Output(BaseModel):
    """A response body built from ORM objects or dataclasses."""

    model_config = ConfigDict(from_attributes=True)
