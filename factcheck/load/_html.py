"""HTML pages: the article's main text with trafilatura, its date with htmldate.

Both libraries are optional (the ``html`` extra) and imported only when an HTML file
is read. The article's ``text`` is the extracted text, so claim spans index that, not
the markup.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load._dates import _parse as parse_date
from factcheck.load._language import detect_language, normalize_language, readable_language
from factcheck.load._text import _refuse_binary
from factcheck.models import Article, PublishedDate

_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)")


def read_html(
    data: bytes,
    *,
    id: str,
    path: str,
    language: str | None,
    default_published: PublishedDate,
) -> Article:
    """The main text and metadata of an HTML page.

    Raises :class:`InputReadError` with code ``unsupported`` when the ``html`` extra is
    not installed, ``binary`` for non-text data and ``html`` when the page holds no
    article text.
    """
    try:
        import htmldate
        import trafilatura
    except ImportError:
        raise InputReadError(
            path=path,
            code=ErrorCode.UNSUPPORTED,
            detail="reading HTML needs trafilatura and htmldate, which are not installed",
            hint='Install them with: pip install "factcheck[html]" (or save the page as .txt)',
        ) from None
    _refuse_binary(data, path)
    text = _extract_text(trafilatura, data)
    if not text or not text.strip():
        raise InputReadError(
            path=path,
            code=ErrorCode.HTML,
            detail="no article text was found in the page",
            hint="Check that it is the article's own page (not an index or a page that "
            "needs JavaScript), or save the article's text as a .txt file",
        )
    meta = trafilatura.extract_metadata(_tree(trafilatura, data), extensive=False)
    found = htmldate.find_date(_tree(trafilatura, data), original_date=True, extensive_search=False)
    published = parse_date(found, path=path, line=None) if found else default_published
    lang = language or _page_language(data)
    detected = False
    if lang is None:
        lang = readable_language(detect_language(text), path=path, origin="detected")
        detected = True
    elif language is None:
        readable_language(lang, path=path)
    return Article(
        id=id,
        path=path,
        text=text,
        body_start=0,
        published=published,
        source=_clean(meta.sitename) or _clean(meta.hostname),
        url=_clean(meta.url),
        title=_clean(meta.title),
        language=lang,
        language_detected=detected,
    )


def _tree(trafilatura: Any, data: bytes) -> Any:
    """A fresh parse of the page: the extractors prune the tree they are given."""
    return trafilatura.load_html(data)


def _extract_text(trafilatura: Any, data: bytes) -> str | None:
    tree = _tree(trafilatura, data)
    if tree is None:
        return None
    text: str | None = trafilatura.extract(
        tree,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    return text


def _page_language(data: bytes) -> str | None:
    """The ``lang`` attribute of ``<html>``, when it is a language code."""
    m = _HTML_LANG.search(data[:8192])
    if m is None:
        return None
    try:
        return normalize_language(m[1].decode("ascii"), path="<html>")
    except InputReadError:
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
