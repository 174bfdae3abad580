"""Plain text and Markdown: decode the bytes, read the metadata at the top, build the
:class:`~factcheck.models.Article`.

The text is kept exactly as decoded (no newline translation, no stripping), because
claim spans are character offsets into it. Metadata stays in the text; ``body_start``
says where the article itself begins.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from factcheck._yaml import Limits
from factcheck.errors import ErrorCode, InputReadError, kind_of
from factcheck.load._dates import _parse as parse_date
from factcheck.load._language import detect_language, normalize_language, readable_language
from factcheck.models import Article, PublishedDate

BOM = "\ufeff"
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1
"""More control characters than this share of the first 8 KB means binary data."""
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b\x08")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)

# The seeds' form: a first line " date 2024-06 <article text...>".
_DATE_LINE = re.compile(
    r"[ \t]*date:?[ \t]+(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=[ \t]|\r?\n|\r|\Z)[ \t]*"
)
_FENCE = re.compile(r"---[ \t]*(?:\r\n|\n|\r|\Z)")
_FENCE_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|\Z)", re.MULTILINE)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_FIRST_LINE = re.compile(r"\s*([^\r\n]*)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")
_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25
_FRONT_MATTER_KEYS = "date, source, url, language, title"
FRONT_MATTER_LIMITS = Limits(max_chars=64_000, max_depth=16, max_nodes=2_000, max_aliases=50)
"""Front matter is a handful of 'key: value' lines; these bounds leave room for
generous use and refuse what could only be an attack or a mistake."""


def decode(data: bytes, *, path: str) -> str:
    """The text of a file's bytes: UTF-8 (a byte-order mark is kept as the first
    character), or UTF-16/UTF-32 when the file starts with their byte-order mark.

    Raises :class:`InputReadError` with code ``binary``, ``encoding`` or ``empty``.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _decode_unicode(data, "utf-32", path)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_unicode(data, "utf-16", path)
    else:
        _refuse_binary(data, path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _encoding_error(data, exc, path) from None
    if not text.lstrip(BOM).strip():
        raise InputReadError(
            path=path,
            code=ErrorCode.EMPTY,
            detail="the file is empty",
            hint="Put the article's text in it, or remove it from the input",
        )
    return text


def _decode_unicode(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputReadError(
            path=path,
            code=ErrorCode.ENCODING,
            detail=f"the file starts with a {encoding.upper()} byte-order mark "
            f"but its bytes are not valid {encoding.upper()}",
            hint="Re-save the file as UTF-8",
        ) from None


def _refuse_binary(data: bytes, path: str) -> None:
    head = data[:_SNIFF_BYTES]
    what = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
    if what is None and b"\x00" in head:
        what = "binary data (it contains NUL bytes)"
    if what is None and head:
        controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls / len(head) > _MAX_CONTROL_SHARE:
            what = "binary data (mostly control characters)"
    if what is not None:
        raise InputReadError(
            path=path,
            code=ErrorCode.BINARY,
            detail=f"the file holds {what}, not text",
            hint="Export the article's text to a .txt file (UTF-8) and read that instead",
        )


def _encoding_error(data: bytes, exc: UnicodeDecodeError, path: str) -> InputReadError:
    line = data.count(b"\n", 0, exc.start) + 1
    bad = data[exc.start : exc.start + 1].hex()
    guess = ""
    try:
        data.decode("cp1252")
        guess = " It looks like Windows-1252 or Latin-1"
    except UnicodeDecodeError:
        pass
    return InputReadError(
        path=path,
        code=ErrorCode.ENCODING,
        detail=f"byte 0x{bad} at offset {exc.start} is not valid UTF-8.{guess}",
        hint="Re-save the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8 "
        "old.txt > new.txt)",
        line=line,
    )


def read_article(
    text: str,
    *,
    id: str,
    path: str = "<string>",
    language: str | None = None,
    published: str | dt.date | PublishedDate | None = None,
) -> Article:
    """Build an :class:`Article` from text held in memory, reading its metadata.

    The metadata may be YAML front matter between two ``---`` lines (keys ``date``,
    ``source``, ``url``, ``language``, ``title``) or a first line that begins with
    ``date YYYY-MM`` or ``date YYYY-MM-DD``, the rest of that line being article text.
    ``language`` forces the language; ``published`` is the date assumed when the text
    gives none. Raises :class:`InputReadError` (codes ``front_matter``, ``metadata``,
    ``empty``) naming ``path``.
    """
    forced = normalize_language(language, path=path) if language is not None else None
    default = parse_date(published, path=path, line=None)
    return _build(text, id=id, path=path, language=forced, default_published=default)


def _build(
    text: str,
    *,
    id: str,
    path: str,
    language: str | None,
    default_published: PublishedDate,
    overrides: Mapping[str, Any] | None = None,
) -> Article:
    """:func:`read_article` with the arguments already checked; ``overrides`` are
    metadata given outside the text (a JSON Lines record) and win over the text's own."""
    meta, body_start = _metadata(text, path)
    if overrides:
        meta.update(overrides)
    body = text[body_start:]
    if not body.strip():
        raise InputReadError(
            path=path,
            code=ErrorCode.EMPTY,
            detail="there is no article text after the metadata"
            if body_start
            else "the text is empty",
            hint="Put the article's text in it, or remove it from the input",
        )
    published = meta.get("published")
    if not isinstance(published, PublishedDate) or not published.known:
        published = default_published
    title = meta.get("title") or _headline(body)
    lang = language or meta.get("language")
    detected = False
    if lang is None:
        lang = readable_language(detect_language(body), path=path, origin="detected")
        detected = True
    elif language is None:
        readable_language(lang, path=path, line=meta.get("language_line"))
    return Article(
        id=id,
        path=path,
        text=text,
        body_start=body_start,
        published=published,
        source=meta.get("source"),
        url=meta.get("url"),
        title=title,
        language=lang,
        language_detected=detected,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(article: Article) -> tuple[Article, int]:
    """The article with every lone surrogate (``"\\ud800"`` in JSON: not a character,
    and not encodable in UTF-8) in its text and metadata replaced by U+FFFD, and how
    many were replaced. One character for one, so every offset stays valid."""
    updates: dict[str, str] = {}
    count = 0
    for name in ("id", "path", "text", "source", "url", "title"):
        value = getattr(article, name)
        if isinstance(value, str):
            cleaned, n = _SURROGATE.subn("\ufffd", value)
            if n:
                updates[name] = cleaned
                count += n
    return (article.model_copy(update=updates) if updates else article), count


def _metadata(text: str, path: str) -> tuple[dict[str, Any], int]:
    """The metadata at the top of ``text`` and the offset where the body starts."""
    start = 1 if text.startswith(BOM) else 0
    if _FENCE.match(text, start):
        return _front_matter(text, start, path)
    m = _DATE_LINE.match(text, start)
    if m is None:
        return {}, start
    end = m.end()
    if (brk := _LINE_BREAK.match(text, end)) is not None:
        end = brk.end()  # the date stood alone on its line
    return {"published": parse_date(m[1], path=path, line=1)}, end


def _front_matter(text: str, start: int, path: str) -> tuple[dict[str, Any], int]:
    import yaml

    from factcheck import _yaml as limited_yaml

    opening = _FENCE.match(text, start)
    assert opening is not None
    yaml_start = opening.end()
    closing = _FENCE_CLOSE.search(text, yaml_start)
    if closing is None:
        raise InputReadError(
            path=path,
            code=ErrorCode.FRONT_MATTER,
            detail="the front matter opened by '---' on line 1 is never closed",
            hint="Add a line '---' after the metadata, before the article text",
            line=1,
        )
    block = text[yaml_start : closing.start()]
    try:
        data = limited_yaml.safe_load(block, FRONT_MATTER_LIMITS)
    except limited_yaml.YamlLimitError as exc:
        mark = exc.problem_mark
        raise InputReadError(
            path=path,
            code=ErrorCode.FRONT_MATTER,
            detail=f"in the front matter, {exc.problem}",
            hint=exc.hint or "Correct the value",
            line=mark.line + 2 if mark is not None else 1,
        ) from None
    except yaml.YAMLError as exc:
        plain = _plain_lines(block)
        if plain is not None:
            # "title: Unwetter: Zahl der Toten steigt": a headline with a colon, every
            # line a plain 'key: value' line; read as written rather than refused
            meta = read_fields(plain, path=path, line_of=lambda key: _key_line(block, key))
            return meta, closing.end()
        mark = getattr(exc, "problem_mark", None)
        context = getattr(exc, "context_mark", None)
        if context is not None and (mark is None or mark.index >= len(block.rstrip())):
            mark = context  # "found end of stream": the construct left open is the culprit
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputReadError(
            path=path,
            code=ErrorCode.FRONT_MATTER,
            detail=f"the front matter is not valid YAML ({problem})",
            hint="Fix the 'key: value' lines between the two '---' lines; "
            "put quotes around values that contain ': ' or start with a special character",
            line=line,
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputReadError(
            path=path,
            code=ErrorCode.FRONT_MATTER,
            detail="the front matter is not a set of 'key: value' lines",
            hint=f"Write one 'key: value' line per field ({_FRONT_MATTER_KEYS})",
            line=2,
        )
    meta = read_fields(data, path=path, line_of=lambda key: _key_line(block, key))
    return meta, closing.end()


_PLAIN_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]+(\S.*?)[ \t]*")


def _plain_lines(block: str) -> dict[str, str] | None:
    """The front matter as plain ``key: value`` lines, each value the text after the
    first colon (a pair of quotes around it dropped), when it is that and nothing else:
    YAML refuses a value holding ': ' unquoted, though a headline often does. None when a
    line is anything else (a list, a nested mapping, a key twice, a value that begins
    YAML syntax: a bracket, a brace, an unmatched quote)."""
    out: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_LINE.fullmatch(line)
        if m is None or m.group(1).lower() in out:
            return None
        value = m.group(2)
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif value[0] in "[]{}&*!|>%@`'\"":
            return None  # YAML syntax begun and left broken: the error says where
        out[m.group(1).lower()] = value
    return out or None


def read_fields(
    data: Mapping[Any, Any],
    *,
    path: str,
    line_of: Any = None,
) -> dict[str, Any]:
    """Check the known metadata fields of a mapping (front matter, a JSON Lines record)
    and return them as ``published``, ``source``, ``url``, ``title``, ``language``.
    Unknown keys are ignored. ``line_of(key)`` gives the line to name in an error."""
    fields = {str(k).strip().lower(): v for k, v in data.items()}

    def where(key: str) -> int | None:
        return line_of(key) if line_of is not None else None

    meta: dict[str, Any] = {}
    for key in ("date", "published"):
        if fields.get(key) is not None:
            meta["published"] = parse_date(fields[key], path=path, line=where(key))
            break
    for key in ("source", "url", "title"):
        value = fields.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
            raise InputReadError(
                path=path,
                code=ErrorCode.METADATA,
                detail=f"the {key} must be a single piece of text, not {kind_of(value)}",
                hint=f"Write it as '{key}: some text'",
                line=where(key),
            )
        if cleaned := " ".join(str(value).split()):
            meta[key] = cleaned
    if fields.get("language") is not None:
        meta["language"] = normalize_language(fields["language"], path=path, line=where("language"))
        meta["language_line"] = where("language")
    return meta


def _key_line(block: str, key: str) -> int | None:
    """The file line on which a front-matter key is written (line 1 is the '---')."""
    pattern = re.compile(rf"^[ \t]*['\"]?{re.escape(key)}['\"]?[ \t]*:", re.MULTILINE | re.I)
    m = pattern.search(block)
    return block.count("\n", 0, m.start()) + 2 if m else None


def _headline(body: str) -> str | None:
    """The body's first line when it reads like a headline: short, not a sentence, and
    followed by more text. Conservative: None when in doubt."""
    m = _FIRST_LINE.match(body)
    assert m is not None
    line = " ".join(_MD_HEADING.sub("", m[1]).split())
    rest = body[m.end() :]
    if not line or not rest.strip():
        return None
    words = line.split()
    if len(line) > _TITLE_MAX_CHARS or not 2 <= len(words) <= _TITLE_MAX_WORDS:
        return None
    if line[-1] in ".,;:-–" or line[0] in "-*#>|•":
        return None
    return line
