"""Shared base for the frozen data models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """A frozen, strict-shaped pydantic model: unknown fields are refused, values are
    immutable, and every field carries a description that ends up in the JSON Schema."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
        populate_by_name=True,
    )
