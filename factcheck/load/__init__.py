"""Reading articles: text, Markdown, HTML and JSON Lines files, folders of them, and
glob patterns, with the metadata they carry (publication date, source, URL, language,
title). See docs/loading.md."""

from __future__ import annotations

from factcheck.load._dates import parse_published
from factcheck.load._files import SUPPORTED_SUFFIXES, load, load_many
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
