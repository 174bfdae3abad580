"""Web addresses: fetch an article's page and read it like a saved file.

A page is fetched with the standard library's :mod:`urllib` (no extra dependency: one GET
per address given, no crawling), with a timeout, a size limit and a user agent that
names factcheck and where to read about it. HTML is read by the HTML loader
(:func:`factcheck.load._html.read_html`), plain text and Markdown by the text loader.
With a cache folder, each page is kept there after its first fetch and read from there
on later runs, so a report can be re-made offline and on exactly the same bytes.

A page that cannot be fetched (no answer, an HTTP error, too large, not a web page) is
an :class:`~factcheck.errors.InputReadError` with code ``fetch``, which a report lists
under ``errors`` like any unreadable file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit

from factcheck.errors import ErrorCode, InputReadError
from factcheck.humanize import number
from factcheck.models import Article, PublishedDate

TIMEOUT = 20.0
"""Seconds to wait for the server (to connect, and between bytes of the answer)."""
MAX_BYTES = 5_000_000
"""A page larger than this (5 MB) is refused: an article's page is far smaller."""
USER_AGENT = "factcheck/{version} (news consistency checker; +https://factcheck.readthedocs.io)"
"""How factcheck introduces itself to web servers (``{version}`` is filled in)."""
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(text: str) -> bool:
    """True when ``text`` is an ``http`` or ``https`` address with a host."""
    if not text[:8].lower().startswith(("http://", "https://")):
        return False
    try:
        return bool(urlsplit(text).netloc)
    except ValueError:
        return False


def url_id(url: str) -> str:
    """A readable article id for a web address: its host and path, with every other
    character than letters, digits, ``.``, ``-`` and ``_`` made ``_``
    (``https://example.org/news/quake.html`` -> ``example.org_news_quake``); a query
    adds a short hash, so two queries of one page get two ids."""
    parts = urlsplit(url)
    path = re.sub(r"\.(html?|php|aspx?|txt|md)$", "", parts.path, flags=re.IGNORECASE)
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{parts.netloc}{path}").strip("_.")[:80]
    if parts.query:
        slug += "_" + hashlib.sha256(parts.query.encode()).hexdigest()[:8]
    return slug or "page"


@dataclass(frozen=True)
class Page:
    """A fetched page: its bytes, its media type and the address it came from."""

    url: str
    """The address asked for."""
    final_url: str
    """The address the page was found at, after redirects."""
    content_type: str
    """The media type the server gave (``text/html``), lower-case, without parameters."""
    data: bytes
    """The page's bytes, as sent."""


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    cache: str | os.PathLike[str] | None = None,
) -> Page:
    """Fetch one page (or read it from ``cache``, a folder, when it was fetched before).

    Raises :class:`InputReadError` with code ``fetch`` when the page cannot be had.
    """
    cached = _from_cache(cache, url)
    if cached is not None:
        return cached
    page = _download(url, timeout=timeout, max_bytes=max_bytes)
    if cache is not None:
        _to_cache(cache, page)
    return page


class _HttpOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https addresses only (never to ``file:`` or ``ftp:``)."""

    def redirect_request(
        self, req: Any, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise _fail(req.full_url, f"it redirects to {newurl!r}, which is not a web page")
        result: urllib.request.Request | None = super().redirect_request(
            req, fp, code, msg, headers, newurl
        )
        return result


def _download(url: str, *, timeout: float, max_bytes: int) -> Page:
    from factcheck._version import __version__

    if not is_url(url):
        raise _fail(url, "it is not an http or https address")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT.format(version=__version__),
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    opener = urllib.request.build_opener(_HttpOnly())
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, max_bytes)
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise _too_large(url, max_bytes)
            ctype = (response.headers.get_content_type() or "").lower()
            final = response.geturl() or url
    except InputReadError:
        raise
    except urllib.error.HTTPError as exc:
        raise _fail(
            url,
            f"the server answered {exc.code} {exc.reason}",
            "Check the address in a browser; the page may have moved or need a login",
        ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise _timeout(url, timeout) from None
        raise _fail(url, f"the server could not be reached ({reason})") from None
    except TimeoutError:
        raise _timeout(url, timeout) from None
    except (OSError, ValueError) as exc:
        raise _fail(url, f"the page could not be fetched ({exc})") from None
    return Page(url=url, final_url=final, content_type=ctype, data=data)


def _fail(
    url: str,
    detail: str,
    hint: str = "Check the address and your connection, or save the page as a file and "
    "give the file",
) -> InputReadError:
    return InputReadError(path=url, code=ErrorCode.FETCH, detail=detail, hint=hint)


def _timeout(url: str, timeout: float) -> InputReadError:
    return _fail(
        url,
        f"the server did not answer within {number(timeout)} seconds",
        "Try again later, or save the page as a file and give the file",
    )


def _too_large(url: str, max_bytes: int) -> InputReadError:
    return _fail(
        url,
        f"the page is larger than {number(max_bytes)} bytes, far more than an article",
        "Give the address of the article itself, or save its text as a .txt file",
    )


def _cache_paths(cache: str | os.PathLike[str], url: str) -> tuple[str, str]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    folder = os.fspath(cache)
    return os.path.join(folder, f"{key}.page"), os.path.join(folder, f"{key}.json")


def _from_cache(cache: str | os.PathLike[str] | None, url: str) -> Page | None:
    if cache is None:
        return None
    body, meta = _cache_paths(cache, url)
    try:
        with open(meta, encoding="utf-8") as fh:
            info = json.load(fh)
        with open(body, "rb") as fh:
            data = fh.read()
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("url") != url:
        return None
    return Page(
        url=url,
        final_url=str(info.get("final_url") or url),
        content_type=str(info.get("content_type") or ""),
        data=data,
    )


def _to_cache(cache: str | os.PathLike[str], page: Page) -> None:
    body, meta = _cache_paths(cache, page.url)
    try:
        os.makedirs(os.fspath(cache), exist_ok=True)
        with open(body, "wb") as fh:
            fh.write(page.data)
        with open(meta, "w", encoding="utf-8") as fh:
            json.dump(
                {"url": page.url, "final_url": page.final_url, "content_type": page.content_type},
                fh,
            )
    except OSError as exc:
        raise InputReadError(
            path=os.fspath(cache),
            code=ErrorCode.UNREADABLE,
            detail=f"the page cache could not be written ({exc.strerror or exc})",
            hint="Give a folder you can write to with --cache, or leave --cache out",
        ) from None


def read_url(
    url: str,
    *,
    language: str | None,
    default_published: PublishedDate,
    cache: str | os.PathLike[str] | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """The article at a web address: fetched (or read from ``cache``), then read as
    HTML, or as text when the server says it is plain text or Markdown."""
    from factcheck.load._html import read_html
    from factcheck.load._text import _build, decode

    page = fetch(url, timeout=timeout, max_bytes=max_bytes, cache=cache)
    id = url_id(url)
    if page.content_type in _TEXT_TYPES:
        article = _build(
            decode(page.data, path=url),
            id=id,
            path=url,
            language=language,
            default_published=default_published,
        )
    elif page.content_type in _HTML_TYPES or not page.content_type:
        article = read_html(
            page.data, id=id, path=url, language=language, default_published=default_published
        )
    else:
        raise _fail(
            url,
            f"the server sent {page.content_type}, not a web page or text",
            "Give the address of the article's page",
        )
    if not article.url:
        article = article.model_copy(update={"url": page.final_url})
    return article


__all__ = ["MAX_BYTES", "TIMEOUT", "USER_AGENT", "Page", "fetch", "is_url", "read_url", "url_id"]
