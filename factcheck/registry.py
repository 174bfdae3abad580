"""Every extension point in one place, looked up by name.

A :class:`Registry` maps names to objects. ``@registry.register("name")`` adds one, a
duplicate name is refused with :class:`~factcheck.errors.DuplicateNameError`, and an
unknown name's :class:`~factcheck.errors.UnknownNameError` lists the names that exist.

Registries:

- :data:`renderers`: report renderers by format name (``text``, ``markdown``...).
- :data:`checks`: named checks that claim-schema fields refer to (``unit``, ``ge``...).
- :data:`schemas`: claim schemas by name (built-in and user-defined).
- :data:`tables`: a report as a table (``dataframe``: a pandas DataFrame).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from factcheck.errors import DuplicateNameError, UnknownNameError

T = TypeVar("T")


class Registry(Generic[T]):
    """Objects of one kind, by name. ``loaders`` are modules imported on first lookup,
    so that registering the built-in entries costs nothing at start-up."""

    def __init__(self, kind: str, loaders: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._loaders = list(loaders)

    def __repr__(self) -> str:
        return f"<Registry {self.kind}: {', '.join(self.names()) or 'empty'}>"

    def _load(self) -> None:
        while self._loaders:
            importlib.import_module(self._loaders.pop(0))

    def register(self, name: str, *, replace: bool = False) -> Callable[[T], T]:
        """Decorator: register the decorated object under ``name``."""

        def deco(obj: T) -> T:
            self.add(name, obj, replace=replace)
            return obj

        return deco

    def add(self, name: str, obj: T, *, replace: bool = False) -> None:
        """Register ``obj`` under ``name``; refuse a duplicate unless ``replace``."""
        if name in self._items and not replace:
            raise DuplicateNameError(self.kind, name)
        self._items[name] = obj

    def remove(self, name: str) -> None:
        """Unregister ``name`` (KeyError listing the known names if absent)."""
        self._load()
        if name not in self._items:
            raise UnknownNameError(self.kind, name, tuple(self.names()))
        del self._items[name]

    def get(self, name: str) -> T:
        """The object registered under ``name``."""
        if name not in self._items:
            self._load()
        try:
            return self._items[name]
        except KeyError:
            raise UnknownNameError(self.kind, name, tuple(self.names())) from None

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._items

    def names(self) -> list[str]:
        """Registered names, sorted."""
        self._load()
        return sorted(self._items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def items(self) -> list[tuple[str, T]]:
        """(name, object) pairs, sorted by name."""
        self._load()
        return sorted(self._items.items())


renderers: Registry[Callable[..., str]] = Registry("renderer", loaders=("factcheck.report.render",))
"""Report renderers: ``fn(report, **options) -> str``."""

checks: Registry[Any] = Registry("check", loaders=("factcheck.schema.checks",))
"""Named checks for claim-schema fields."""

schemas: Registry[Any] = Registry("schema", loaders=("factcheck.schema.builtin",))
"""Claim schemas by name."""

tables: Registry[Callable[[Any], Any]] = Registry("table", loaders=("factcheck.report.dataframe",))
"""A report as a table, by name: ``fn(report) -> table`` (``dataframe``: a pandas
DataFrame). :meth:`Report.to_dataframe` looks it up here, so that the data model does not
import the report layer."""
