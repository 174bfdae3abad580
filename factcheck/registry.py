"""Every extension point in one place, looked up by name.

A :class:`Registry` maps names to objects. ``@registry.register("name")`` adds one, a
duplicate name is refused with :class:`~factcheck.errors.DuplicateNameError`, and an
unknown name's :class:`~factcheck.errors.UnknownNameError` lists the names that exist.

Registries:

- :data:`renderers`: report renderers by format name (``text``, ``markdown``...), and
  :data:`formats`: what each writes (file suffixes, the CLI's name for it); add both with
  :func:`register_renderer`.
- :data:`checks`: named checks that claim-schema fields refer to (``unit``, ``ge``...).
- :data:`schemas`: claim schemas by name (built-in and user-defined).
- :data:`tables`: a report as a table (``dataframe``: a pandas DataFrame).
- :data:`comparators`: how the claims of one kind are compared across articles
  (:class:`factcheck.reconcile.comparators.Comparator`), by claim kind.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Format:
    """What a renderer writes, for the CLI and :meth:`Report.save`."""

    suffixes: tuple[str, ...] = ()
    """File suffixes (lower case, with the dot) that ask for this format."""
    cli_name: str | None = None
    """The name ``factcheck report --format`` takes (the renderer's name when None)."""


formats: Registry[Format] = Registry("format", loaders=("factcheck.report.render",))
"""Renderer name -> :class:`Format`. A renderer registered without one still works
everywhere, under its own name and with no file suffix of its own."""


def register_renderer(
    name: str, *, suffixes: tuple[str, ...] = (), cli_name: str | None = None, replace: bool = False
) -> Callable[[Callable[..., str]], Callable[..., str]]:
    """Decorator: register a renderer with what it writes; the CLI's ``--format`` and
    :meth:`Report.save` (by file suffix) then reach it."""

    def deco(fn: Callable[..., str]) -> Callable[..., str]:
        renderers.add(name, fn, replace=replace)
        formats.add(name, Format(tuple(s.lower() for s in suffixes), cli_name), replace=replace)
        return fn

    return deco


def renderer_for_suffix(suffix: str, default: str = "json") -> str:
    """The renderer a file suffix asks for (``.md`` -> ``markdown``), or ``default``."""
    suffix = suffix.lower()
    for name, fmt in formats.items():
        if suffix in fmt.suffixes and name in renderers:
            return name
    return default


def cli_formats() -> dict[str, str]:
    """The CLI's format names -> renderer names, for every registered renderer."""
    out = {}
    for name in renderers.names():
        fmt = formats.get(name) if name in formats else Format()
        out[fmt.cli_name or name] = name
    return out


checks: Registry[Any] = Registry("check", loaders=("factcheck.schema.checks",))
"""Named checks for claim-schema fields."""

schemas: Registry[Any] = Registry("schema", loaders=("factcheck.schema.builtin",))
"""Claim schemas by name."""

comparators: Registry[Any] = Registry("comparator", loaders=("factcheck.reconcile.comparators",))
"""Claim kind -> :class:`factcheck.reconcile.comparators.Comparator`: a new claim kind
brings its comparison by registering one (quantities and events are compared by the
engine itself)."""

tables: Registry[Callable[[Any], Any]] = Registry("table", loaders=("factcheck.report.dataframe",))
"""A report as a table, by name: ``fn(report) -> table`` (``dataframe``: a pandas
DataFrame). :meth:`Report.to_dataframe` looks it up here, so that the data model does not
import the report layer."""
