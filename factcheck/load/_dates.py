"""Publication dates: turn what a file or a user writes into a :class:`PublishedDate`
that keeps the precision actually known (``2024-06`` stays a month)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from factcheck.errors import ErrorCode, InputReadError
from factcheck.models import DatePrecision, PublishedDate

_HINT = "Write the date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-06-19, 2024-06, 2024)"

_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3}0)(?:s|er(?: Jahre)?)")
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S.*)?")
_SLASH_YMD = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_DOTTED_DMY = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+\d{1,2}[:.]\d{2}.*)?")
_SLASH_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_MAX_CHARS = 100
"""A longer text is no date (and is not handed to dateparser)."""
_SHOWN_CHARS = 60
_UNKNOWN = frozenset({"", "unknown", "none", "null", "n/a", "-"})


def parse_published(
    value: str | dt.date | dt.datetime | PublishedDate | None,
) -> PublishedDate:
    """Read a publication date and keep its precision.

    ``"2024"`` is a year, ``"2024-06"``, ``"06/2024"``, ``"June 2024"`` and ``"Juni 2024"``
    are months, ``"2024-06-19"``, ``"19.06.2024"``, ``"19. Juni 2024"`` and a
    :class:`~datetime.date` or :class:`~datetime.datetime` are days, ``"1990s"`` is a
    decade. ``None``, ``""`` and ``"unknown"`` give an unknown date. Anything else raises
    :class:`~factcheck.errors.InputReadError` with code ``metadata``.
    """
    return _parse(value, path="<published date>", line=None)


def _parse(value: object, *, path: str, line: int | None) -> PublishedDate:
    """:func:`parse_published`, naming ``path`` (and ``line``) in the error."""
    if value is None:
        return PublishedDate()
    if isinstance(value, PublishedDate):
        return value
    if isinstance(value, dt.datetime):
        return PublishedDate(date=value.date(), precision=DatePrecision.DAY)
    if isinstance(value, dt.date):
        return PublishedDate(date=value, precision=DatePrecision.DAY)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # YAML reads ``date: 2024`` as a number
    if not isinstance(value, str):
        raise _error(value, path, line)
    text = " ".join(value.split())
    if text.lower() in _UNKNOWN:
        return PublishedDate()
    if len(text) > _MAX_CHARS:
        raise _error(value, path, line)
    try:
        found = _numeric(text)
        if found is None and _HAS_LETTER.search(text):
            found = _worded(text)
    except (ValueError, OverflowError) as exc:  # a month 13, a 31 February, a year 0
        raise _error(value, path, line, reason=str(exc)) from None
    if found is None:
        raise _error(value, path, line)
    return found


def _numeric(text: str) -> PublishedDate | None:
    """The all-digit forms, read without dateparser."""
    if m := _YEAR.fullmatch(text):
        return _make(int(m[1]), 1, 1, DatePrecision.YEAR)
    if m := _DECADE.fullmatch(text):
        return _make(int(m[1]), 1, 1, DatePrecision.DECADE)
    if m := _YEAR_MONTH.fullmatch(text):
        return _make(int(m[1]), int(m[2]), 1, DatePrecision.MONTH)
    if m := _MONTH_YEAR.fullmatch(text):
        return _make(int(m[2]), int(m[1]), 1, DatePrecision.MONTH)
    if m := _ISO_DAY.fullmatch(text):
        return _make(int(m[1]), int(m[2]), int(m[3]), DatePrecision.DAY)
    if m := _SLASH_YMD.fullmatch(text):
        return _make(int(m[1]), int(m[2]), int(m[3]), DatePrecision.DAY)
    if m := _DOTTED_DMY.fullmatch(text):
        return _make(int(m[3]), int(m[2]), int(m[1]), DatePrecision.DAY)
    if m := _SLASH_DMY.fullmatch(text):
        first, second = int(m[1]), int(m[2])
        if first <= 12 and second <= 12 and first != second:
            return None  # 06/07/2024: June or July? Refuse to guess.
        if second > 12:  # US order: month/day/year
            first, second = second, first
        return _make(int(m[3]), second, first, DatePrecision.DAY)
    return None


def _worded(text: str) -> PublishedDate | None:
    """Forms with month or weekday names (``19. Juni 2024``), read with dateparser."""
    data = _date_parser().get_date_data(text)
    when = data.date_obj
    if when is None:
        return None
    # dateparser may read "19. Juni" as June 2019: the year must be written out.
    if str(when.year) not in _YEAR.findall(text):
        return None
    period = data.period
    if period == "year":
        return _make(when.year, 1, 1, DatePrecision.YEAR)
    if period == "month":
        return _make(when.year, when.month, 1, DatePrecision.MONTH)
    return _make(when.year, when.month, when.day, DatePrecision.DAY)


@cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    from factcheck.lang import SUPPORTED, languages

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        return DateDataParser(languages=list(languages()), settings=settings)
    except ValueError:  # a registered language dateparser does not know
        return DateDataParser(languages=list(SUPPORTED), settings=settings)


def _make(year: int, month: int, day: int, precision: DatePrecision) -> PublishedDate:
    if precision is DatePrecision.DECADE:
        year -= year % 10
    return PublishedDate(date=dt.date(year, month, day), precision=precision)


def _error(value: object, path: str, line: int | None, reason: str = "") -> InputReadError:
    shown = repr(value)
    if len(shown) > _SHOWN_CHARS:
        shown = f"{shown[: _SHOWN_CHARS - 5]}...{shown[-1]} ({len(str(value)):,} characters)"
    detail = (
        f"the publication date {shown} does not exist ({reason})"
        if reason
        else f"the publication date {shown} is not understood"
    )
    return InputReadError(path=path, code=ErrorCode.METADATA, detail=detail, hint=_HINT, line=line)
