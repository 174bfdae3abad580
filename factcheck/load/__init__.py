"""Reading articles: text, Markdown, HTML and JSON Lines files, folders of them, and
glob patterns, with the metadata they carry (publication date, source, URL, language,
title). See docs/loading.md."""

from __future__ import annotations

import os
import sys
import types

from factcheck.load._dates import parse_published
from factcheck.load._files import SUPPORTED_SUFFIXES, DateArg, load, load_many
from factcheck.load._result import LoadResult
from factcheck.load._text import read_article

__all__ = [
    "SUPPORTED_SUFFIXES",
    "LoadResult",
    "load",
    "load_many",
    "parse_published",
    "read_article",
]


class _CallableModule(types.ModuleType):
    """``factcheck.load`` names both this package and the function :func:`load`. Once
    the package is imported, Python binds ``factcheck.load`` to the package, so calling
    the package calls the function: ``factcheck.load(path)`` works either way."""

    def __call__(
        self,
        path: str | os.PathLike[str],
        *,
        language: str | None = None,
        published: DateArg = None,
    ) -> LoadResult:
        return load(path, language=language, published=published)


sys.modules[__name__].__class__ = _CallableModule
