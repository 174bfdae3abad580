"""Claim schemas: the built-in claim types and the ones users write (as classes or files)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from factcheck.schema.base import ClaimSchema

__all__ = ["ClaimSchema", "resolve_schemas"]


def resolve_schemas(
    items: Sequence[type[ClaimSchema] | str | os.PathLike[str]],
) -> list[type[ClaimSchema]]:
    """Turn schema classes, registered names and schema-file paths into classes."""
    from factcheck.registry import schemas

    out: list[type[ClaimSchema]] = []
    for item in items:
        if isinstance(item, type) and issubclass(item, ClaimSchema):
            out.append(item)
        elif isinstance(item, str) and item in schemas:
            out.append(schemas.get(item))
        else:
            from factcheck.schema.files import load_schema_file

            out.append(load_schema_file(item))
    return out
