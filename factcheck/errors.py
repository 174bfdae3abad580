"""Errors raised by factcheck.

Every error derives from :class:`FactcheckError` and also from the nearest builtin
(``ValueError``, ``FileNotFoundError``, ``KeyError``), so callers may catch either.
Each error carries structured fields and builds its message in ``__str__``: what was
wrong, where, and what to do about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


def kind_of(value: object) -> str:
    """What a value is, in words with the right article, for messages: ``"a number"``,
    ``"a list"``, ``"a mapping"``, ``"text"``, ``"nothing (null)"``."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    name = type(value).__name__
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"


class ErrorCode(StrEnum):
    """Why an input could not be read. Stable strings, safe to match on."""

    MISSING = "missing"
    """The path does not exist."""
    NOT_A_FILE = "not_a_file"
    """The path exists but is neither a regular file nor a folder."""
    UNSUPPORTED = "unsupported"
    """The file's type is not one factcheck reads."""
    BINARY = "binary"
    """The file holds binary data, not text."""
    ENCODING = "encoding"
    """The bytes are not valid UTF-8 (nor UTF-16 with a byte-order mark)."""
    FRONT_MATTER = "front_matter"
    """The YAML front matter is broken."""
    EMPTY = "empty"
    """The file (or its article body) is empty."""
    JSONL = "jsonl"
    """A line of a JSON Lines file is not a valid article object."""
    HTML = "html"
    """No article text could be extracted from an HTML page."""
    METADATA = "metadata"
    """A metadata value (a date, a language) is not understood."""
    UNREADABLE = "unreadable"
    """The operating system refused to read the file."""
    FETCH = "fetch"
    """A web address could not be fetched (no answer, an HTTP error, too large)."""
    LANGUAGE = "language"
    """The article's language is not one factcheck reads (or could not be determined)."""
    TOO_LARGE = "too_large"
    """The file is larger than factcheck reads."""
    INTERNAL = "internal"
    """factcheck itself failed on this input (a bug: please report it)."""
    REPLACED = "replaced"
    """A warning: characters that cannot be encoded (lone surrogates) were replaced."""


class FactcheckError(Exception):
    """Base class of every error factcheck raises."""


@dataclass(eq=False)
class InputReadError(FactcheckError, ValueError):
    """An input (a file, or one record of a file) could not be read as an article."""

    path: str
    code: ErrorCode
    detail: str
    hint: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.detail}. {self.hint}"


@dataclass(eq=False)
class MissingInputError(FactcheckError, FileNotFoundError):
    """A path given by the user does not exist."""

    path: str

    def __str__(self) -> str:
        return (
            f"{self.path}: no such file or folder. "
            "Check the spelling, or give a folder of .txt/.md/.html/.jsonl articles."
        )


@dataclass(eq=False)
class UnknownNameError(FactcheckError, KeyError):
    """A name was looked up in a registry (a renderer, a language, a schema, a check)
    and is not there."""

    kind: str
    name: str
    known: tuple[str, ...]

    def __str__(self) -> str:
        known = ", ".join(self.known) or "(none registered)"
        return f"unknown {self.kind} {self.name!r}; known {self.kind}s: {known}"


@dataclass(eq=False)
class DuplicateNameError(FactcheckError, ValueError):
    """Something was registered under a name that is already taken."""

    kind: str
    name: str

    def __str__(self) -> str:
        return (
            f"a {self.kind} named {self.name!r} is already registered; "
            "choose another name or unregister the existing one first"
        )


@dataclass(eq=False)
class SchemaDefinitionError(FactcheckError, ValueError):
    """A claim schema (a class or a YAML file) is not valid."""

    source: str
    message: str
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f" (field {self.field!r})"
        return f"{where}: {self.message}"


@dataclass(eq=False)
class MissingExtraError(FactcheckError, ImportError):
    """A feature needs an optional dependency that is not installed."""

    feature: str
    extra: str
    module: str

    def __str__(self) -> str:
        return (
            f"{self.feature} needs the {self.module!r} package, which is not installed; "
            f"install it with: pip install 'factcheck[{self.extra}]'"
        )
