"""Base classes for API schemas: closed to unknown fields (no mass assignment)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Input(BaseModel):
    """A request body: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Output(BaseModel):
    """A response body built from ORM objects or dataclasses."""

    model_config = ConfigDict(from_attributes=True)
