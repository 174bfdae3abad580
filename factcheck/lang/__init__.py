"""Language packs: the data that tells the extractor how a language writes numbers,
hedges, units, dates, attribution and events.

Each language is a folder ``factcheck/lang/<code>/`` with the same module names and the
same keys in every language (``numbers``, ``hedges``, ``units``, ``time``,
``attribution``, ``events``, ``nouns``, ``figures``, ``text``, ...), so a diff between
``de/`` and ``en/`` shows only the language. A language is imported when it is first
asked for. Data shared by all languages (the gazetteer of places) lives in this folder
itself.

The languages registry: every folder ``factcheck/lang/<code>/`` (not starting with ``_``)
is a pack, found when this module is imported; :func:`register_language` adds a pack that
lives elsewhere (a package of its own). :func:`languages` lists them all, and every list of
languages in factcheck derives from it.

See docs/adding-a-language.md for the recipe and ``factcheck/lang/_template/``.
"""

from __future__ import annotations

import importlib
from functools import cache, cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, cast

from factcheck.errors import UnknownNameError

if TYPE_CHECKING:
    from factcheck.lang import spec


def _folders() -> tuple[str, ...]:
    root = Path(__file__).resolve().parent
    return tuple(
        sorted(
            p.name
            for p in root.iterdir()
            if p.is_dir() and not p.name.startswith(("_", ".")) and (p / "__init__.py").is_file()
        )
    )


SUPPORTED: tuple[str, ...] = _folders()
"""Languages with a pack folder in ``factcheck/lang/`` (found, not listed by hand)."""

_PACKAGES: dict[str, str] = {code: f"factcheck.lang.{code}" for code in SUPPORTED}
"""Language code -> the package that holds its pack."""

MODULES = (
    "numbers",
    "hedges",
    "units",
    "time",
    "attribution",
    "events",
    "nouns",
    "figures",
    "text",
    "morphology",
    "syntax",
)
"""The modules every language pack provides, with the same names in each."""

DISPLAY_LANGUAGE = "en"
"""The language of display names (places) and of reports when none is asked for."""


_LANGUAGES: list[tuple[str, ...]] = [SUPPORTED]


def languages() -> tuple[str, ...]:
    """Every language factcheck reads: the pack folders, then registered packs."""
    return _LANGUAGES[0]


def is_supported(code: str) -> bool:
    """True when ``code`` (a bare language code, ``de``) has a pack."""
    return code in _PACKAGES


def pack_code(tag: str) -> str:
    """The code of the pack that reads language ``tag`` ("de-AT" -> "de"), or "" when no
    pack reads it."""
    code = tag.split("-")[0].lower()
    return code if code in _PACKAGES else ""


def register_language(code: str, package: str) -> None:
    """Add the pack in ``package`` (an importable package with the modules of
    :data:`MODULES`) as language ``code``. The pack is checked against
    :mod:`factcheck.lang.spec` first (ValueError lists what is missing or mistyped);
    replacing a code's package is refused."""
    code = code.lower()
    if not code.isalpha() or not 2 <= len(code) <= 3:
        raise ValueError(f"{code!r} is not a language code: give an ISO 639 code such as 'fr'")
    known = _PACKAGES.get(code)
    if known is not None and known != package:
        raise ValueError(f"language {code!r} is already the pack {known!r}")
    from factcheck.lang import spec

    found = []
    for name in MODULES:
        try:
            mod = importlib.import_module(f"{package}.{name}")
        except ImportError as err:
            found.append(f"{name}: cannot be imported ({err})")
            continue
        found.extend(f"{name}.{p}" for p in spec.problems(mod, spec.MODULE_SPECS[name]))
    if found:
        raise ValueError(
            f"the pack {package!r} does not meet the contract in factcheck/lang/spec.py: "
            + "; ".join(found)
            + ". Copy factcheck/lang/_template/ and fill it (docs/adding-a-language.md)"
        )
    _PACKAGES[code] = package
    _LANGUAGES[0] = tuple(_PACKAGES)
    _BY_CODE.clear()


def unregister_language(code: str) -> None:
    """Remove a language added by :func:`register_language` (a pack folder stays)."""
    if code in SUPPORTED:
        raise ValueError(f"{code!r} is a pack folder in factcheck/lang/ and cannot be removed")
    _PACKAGES.pop(code, None)
    _LANGUAGES[0] = tuple(_PACKAGES)
    _BY_CODE.clear()


class LanguagePack:
    """The data modules of one language, imported on first attribute access (and then
    kept as plain attributes: the engines ask tens of times per sentence)."""

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
            mod = importlib.import_module(f"{_PACKAGES[self.code]}.{name}")
            self._mods[name] = mod
        return mod

    @cached_property
    def numbers(self) -> spec.Numbers:
        return cast("spec.Numbers", self.module("numbers"))

    @cached_property
    def hedges(self) -> spec.Hedges:
        return cast("spec.Hedges", self.module("hedges"))

    @cached_property
    def units(self) -> spec.Units:
        return cast("spec.Units", self.module("units"))

    @cached_property
    def time(self) -> spec.Time:
        return cast("spec.Time", self.module("time"))

    @cached_property
    def attribution(self) -> spec.Attribution:
        return cast("spec.Attribution", self.module("attribution"))

    @cached_property
    def events(self) -> spec.Events:
        return cast("spec.Events", self.module("events"))

    @cached_property
    def nouns(self) -> spec.Nouns:
        return cast("spec.Nouns", self.module("nouns"))

    @cached_property
    def figures(self) -> spec.Figures:
        return cast("spec.Figures", self.module("figures"))

    @cached_property
    def text(self) -> spec.Text:
        return cast("spec.Text", self.module("text"))

    @cached_property
    def morphology(self) -> spec.Morphology:
        return cast("spec.Morphology", self.module("morphology"))

    @cached_property
    def syntax(self) -> spec.Syntax:
        return cast("spec.Syntax", self.module("syntax"))


_BY_CODE: dict[str, LanguagePack] = {}
"""The pack of each code asked for so far, as written ("de", "en-GB"): the engines ask
tens of times per sentence. Emptied whenever a language is registered or removed."""


def get_language(code: str) -> LanguagePack:
    """The pack for ``code`` (``de``, ``de-AT``, ``en_GB``); UnknownNameError lists the
    supported ones. One pack object per language and process."""
    try:
        pack = _BY_CODE.get(code)
    except TypeError:  # not a string: the checks below say so
        pack = None
    if pack is not None:
        return pack
    base = code.lower().split("-")[0].split("_")[0]
    if base not in _PACKAGES:
        raise UnknownNameError("language", code, languages())
    pack = _BY_CODE[code] = _pack(base)
    return pack


@cache
def _pack(code: str) -> LanguagePack:
    return LanguagePack(code)
