"""Language packs: the data that tells the extractor how a language writes numbers,
hedges, units, dates, attribution and events.

Each language is a folder ``factcheck/lang/<code>/`` with the same module names and the
same keys in every language (``numbers``, ``hedges``, ``units``, ``time``,
``attribution``, ``events``, ``nouns``, ``text``), so a diff between ``de/`` and ``en/`` shows only
the language. A language is imported when it is first asked for. Data shared by all
languages (the gazetteer of places) lives in this folder itself.

See docs/adding-a-language.md for the recipe and ``factcheck/lang/_template/``.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from factcheck.errors import UnknownNameError

SUPPORTED = ("de", "en")
"""Languages with a pack."""

MODULES = ("numbers", "hedges", "units", "time", "attribution", "events", "nouns", "text")
"""The modules every language pack provides, with the same names in each."""


class LanguagePack:
    """The data modules of one language, imported on first attribute access."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._mods: dict[str, ModuleType] = {}

    def __repr__(self) -> str:
        return f"<LanguagePack {self.code}>"

    def module(self, name: str) -> ModuleType:
        """The data module ``name`` (one of :data:`MODULES`)."""
        mod = self._mods.get(name)
        if mod is None:
            if name not in MODULES:
                raise UnknownNameError("language module", name, MODULES)
            mod = importlib.import_module(f"factcheck.lang.{self.code}.{name}")
            self._mods[name] = mod
        return mod

    @property
    def numbers(self) -> ModuleType:
        return self.module("numbers")

    @property
    def hedges(self) -> ModuleType:
        return self.module("hedges")

    @property
    def units(self) -> ModuleType:
        return self.module("units")

    @property
    def time(self) -> ModuleType:
        return self.module("time")

    @property
    def attribution(self) -> ModuleType:
        return self.module("attribution")

    @property
    def events(self) -> ModuleType:
        return self.module("events")

    @property
    def nouns(self) -> ModuleType:
        return self.module("nouns")

    @property
    def text(self) -> ModuleType:
        return self.module("text")


def get_language(code: str) -> LanguagePack:
    """The pack for ``code`` (``de``, ``de-AT``, ``en_GB``); UnknownNameError lists the
    supported ones. One pack object per language and process."""
    base = code.lower().split("-")[0].split("_")[0]
    if base not in SUPPORTED:
        raise UnknownNameError("language", code, SUPPORTED)
    return _pack(base)


@cache
def _pack(code: str) -> LanguagePack:
    return LanguagePack(code)
