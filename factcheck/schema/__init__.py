"""Claim schemas: the built-in claim types and the ones users write (as classes or files).

Write a schema as a class (:class:`ClaimSchema` with :func:`Slot` fields and
:func:`slot_check`/:func:`claim_check` methods) or as a YAML file
(:func:`load_schema_file`); use it with ``factcheck.check(paths, schemas=[...])`` or
``factcheck report PATH --schema NAME_OR_FILE``. See docs/schemas.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.schema.base import (
    CheckFailure,
    ClaimSchema,
    SchemaSpec,
    SlotSpec,
    build_schema,
    register_schema,
    unregister_schema,
)
from factcheck.schema.fields import Slot, claim_check, slot_check

if TYPE_CHECKING:
    from factcheck.schema.checks import register_check as register_check
    from factcheck.schema.files import dump_schema as dump_schema
    from factcheck.schema.files import load_schema_file as load_schema_file
    from factcheck.schema.files import load_schema_text as load_schema_text

__all__ = [
    "CheckFailure",
    "ClaimSchema",
    "SchemaSpec",
    "Slot",
    "SlotSpec",
    "build_schema",
    "claim_check",
    "dump_schema",
    "load_schema_file",
    "load_schema_text",
    "register_check",
    "register_schema",
    "resolve_schemas",
    "restore_registries",
    "slot_check",
    "unregister_schema",
]

_LAZY = {
    "register_check": "factcheck.schema.checks",
    "dump_schema": "factcheck.schema.files",
    "load_schema_file": "factcheck.schema.files",
    "load_schema_text": "factcheck.schema.files",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck.schema' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def resolve_schemas(
    items: Sequence[type[ClaimSchema] | str | os.PathLike[str]],
) -> list[type[ClaimSchema]]:
    """Turn schema classes, registered names and schema-file paths into classes.

    A string is a registered name when one is registered under it; otherwise it must be
    the path of a schema file. A string that is neither raises
    :class:`~factcheck.errors.UnknownNameError` listing the registered names.
    """
    from factcheck.errors import UnknownNameError
    from factcheck.registry import schemas
    from factcheck.schema.files import load_schema_file

    out: list[type[ClaimSchema]] = []
    for item in items:
        if isinstance(item, type) and issubclass(item, ClaimSchema):
            out.append(item)
        elif isinstance(item, str) and item in schemas:
            out.append(schemas.get(item))
        elif isinstance(item, str) and not _looks_like_path(item):
            raise UnknownNameError("schema", item, tuple(schemas.names()))
        else:
            out.append(load_schema_file(item))
    return out


def _looks_like_path(item: str) -> bool:
    return (
        Path(item).suffix.lower() in (".yaml", ".yml")
        or os.sep in item
        or "/" in item
        or (Path(item).exists())
    )


@contextmanager
def restore_registries() -> Iterator[None]:
    """Within the block, schemas and checks may be registered freely; on leaving it, the
    schema and check registries are as they were (handy in tests and notebooks)."""
    from factcheck.registry import checks, schemas

    saved = [(reg, dict(reg.items())) for reg in (schemas, checks)]
    try:
        yield
    finally:
        for reg, items in saved:
            for name in reg.names():
                if name not in items:
                    reg.remove(name)
            for name, obj in items.items():
                if name not in reg or reg.get(name) is not obj:
                    reg.add(name, obj, replace=True)
