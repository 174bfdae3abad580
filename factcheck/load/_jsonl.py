"""JSON Lines: one article per line, ``{"text": ..., "id": ..., "date": ...}``."""

from __future__ import annotations

import json
from dataclasses import replace

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load._result import problem
from factcheck.load._text import _build, read_fields
from factcheck.models import Article, InputProblem, PublishedDate

_KEYS = "text (required), id, date, source, url, language, title"


def read_jsonl(
    text: str,
    *,
    stem: str,
    path: str,
    language: str | None,
    default_published: PublishedDate,
) -> tuple[list[Article], list[InputProblem]]:
    """Every good line as an article, every bad line as a problem with its number.
    Blank lines are skipped. A record's ``text`` is read like a text file (it may carry
    metadata of its own); the record's fields win over it."""
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            articles.append(
                _record(
                    line,
                    number,
                    stem=stem,
                    path=path,
                    language=language,
                    default_published=default_published,
                )
            )
        except InputReadError as exc:
            problems.append(problem(replace(exc, line=number)))
    if not articles and not problems:
        raise InputReadError(
            path=path,
            code=ErrorCode.EMPTY,
            detail="the file holds no records",
            hint='Write one JSON object per line, such as {"text": "..."}',
        )
    return articles, problems


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
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise bad(f"the line is not valid JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(record, dict):
        raise bad(f"the line is a JSON {type(record).__name__}, not an object")
    body = record.get("text")
    if not isinstance(body, str):
        raise bad(
            "the record has no 'text' string"
            if body is None
            else f"the record's 'text' is a {type(body).__name__}, not a string"
        )
    raw_id = record.get("id")
    if raw_id is None:
        article_id = f"{stem}:{number}"
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        article_id = str(raw_id).strip()
    else:
        raise bad(f"the record's 'id' {raw_id!r} is not a non-empty string or number")
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
