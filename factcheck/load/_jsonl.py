"""JSON Lines: one article per line, ``{"text": ..., "id": ..., "date": ...}``."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load._result import internal_error, problem, surrogate_warning
from factcheck.load._text import BOM, _build, _refuse_binary, decode, read_fields, scrub
from factcheck.models import Article, InputProblem, PublishedDate

_KEYS = "text (required), id, date, source, url, language, title"
_MAX_DIGITS = 1_000
"""A JSON integer with more digits than this is refused (Python's own limit is 4,300)."""


@dataclass
class _TooLong(Exception):
    digits: int


def _integer(digits: str) -> int:
    if len(digits) > _MAX_DIGITS:
        raise _TooLong(len(digits))
    return int(digits)


def json_kind(value: object) -> str:
    """What a JSON value is, in words: "a number", "an array", "null"..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def read_jsonl(
    data: bytes,
    *,
    stem: str,
    path: str,
    language: str | None,
    default_published: PublishedDate,
) -> tuple[list[Article], list[InputProblem], list[InputProblem]]:
    """Every good line as an article, every bad line (bytes that are not UTF-8, broken
    JSON, wrong fields) as a problem with its number, and a warning for every line whose
    lone surrogates were replaced. Blank lines are skipped. A record's ``text`` is read
    like a text file (it may carry metadata of its own); the record's fields win over it.
    Lines end at ``\\n`` only (JSON strings may hold U+2028 and other separators)."""
    articles: list[Article] = []
    problems: list[InputProblem] = []
    warnings: list[InputProblem] = []
    for number, line in _lines(data, path, problems):
        if not line.strip():
            continue
        try:
            article = _record(
                line,
                number,
                stem=stem,
                path=path,
                language=language,
                default_published=default_published,
            )
        except InputReadError as exc:
            problems.append(problem(replace(exc, line=number)))
            continue
        except Exception as exc:  # a bug must cost one line, not the file
            problems.append(problem(internal_error(path, exc, line=number)))
            continue
        article, replaced = scrub(article)
        if replaced:
            warnings.append(surrogate_warning(path, replaced, line=number))
        articles.append(article)
    if not articles and not problems:
        raise InputReadError(
            path=path,
            code=ErrorCode.EMPTY,
            detail="the file holds no records",
            hint='Write one JSON object per line, such as {"text": "..."}',
        )
    return articles, problems, warnings


def _lines(data: bytes, path: str, problems: list[InputProblem]) -> Iterator[tuple[int, str]]:
    """The file's lines, numbered from 1. UTF-8 is decoded line by line, so that a bad
    byte costs its line only (reported in ``problems``); a file with a UTF-16/UTF-32
    byte-order mark is decoded whole."""
    if data.startswith(
        (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        text = decode(data, path=path).lstrip(BOM)
        for number, line in enumerate(text.split("\n"), start=1):
            yield number, line.removesuffix("\r")
        return
    _refuse_binary(data, path)
    data = data.removeprefix(codecs.BOM_UTF8)
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.start + 1].hex()
            problems.append(
                problem(
                    InputReadError(
                        path=path,
                        code=ErrorCode.ENCODING,
                        detail=f"byte 0x{bad} at column {exc.start + 1} of the line is not "
                        "valid UTF-8; the line was left out",
                        hint="Re-save the file as UTF-8",
                        line=number,
                    )
                )
            )
            continue
        yield number, line.removesuffix("\r")


def _record(
    line: str,
    number: int,
    *,
    stem: str,
    path: str,
    language: str | None,
    default_published: PublishedDate,
) -> Article:
    def bad(detail: str) -> InputReadError:
        return InputReadError(
            path=path,
            code=ErrorCode.JSONL,
            detail=detail,
            hint=f"Write one JSON object per line with the keys {_KEYS}",
            line=number,
        )

    try:
        record = json.loads(line, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise bad(f"the line is not valid JSON ({exc.msg}, column {exc.colno})") from None
    except _TooLong as exc:
        raise bad(
            f"the line holds a number of {exc.digits:,} digits (at most {_MAX_DIGITS:,} are read)"
        ) from None
    except RecursionError:
        raise bad("the line nests arrays or objects too deeply to be read") from None
    if not isinstance(record, dict):
        raise bad(f"the line is {json_kind(record)}, not an object")
    body = record.get("text")
    if not isinstance(body, str):
        raise bad(
            "the record has no 'text' string"
            if body is None
            else f"the record's 'text' is {json_kind(body)}, not a string"
        )
    raw_id = record.get("id")
    if raw_id is None:
        article_id = f"{stem}:{number}"
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        article_id = str(raw_id).strip()
    else:
        raise bad(f"the record's 'id' ({json_kind(raw_id)}) is not a non-empty string or number")
    fields = {k: v for k, v in record.items() if k not in ("text", "id")}
    overrides = read_fields(fields, path=path, line_of=lambda _key: number)
    return _build(
        body,
        id=article_id,
        path=path,
        language=language,
        default_published=default_published,
        overrides=overrides,
    )
