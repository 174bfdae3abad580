"""Publication dates keep the precision the input gives, and nothing more."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load import parse_published
from factcheck.models import DatePrecision, PublishedDate

DAY, MONTH, YEAR, DECADE = (
    DatePrecision.DAY,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.DECADE,
)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("2024", dt.date(2024, 1, 1), YEAR),
        ("2024-06", dt.date(2024, 6, 1), MONTH),
        ("2024-6", dt.date(2024, 6, 1), MONTH),
        ("2024/06", dt.date(2024, 6, 1), MONTH),
        ("06/2024", dt.date(2024, 6, 1), MONTH),
        ("06.2024", dt.date(2024, 6, 1), MONTH),
        ("2024-06-19", dt.date(2024, 6, 19), DAY),
        ("2024-06-19T22:15:00+09:00", dt.date(2024, 6, 19), DAY),
        ("2024/06/19", dt.date(2024, 6, 19), DAY),
        ("19.06.2024", dt.date(2024, 6, 19), DAY),
        ("19. 6. 2024", dt.date(2024, 6, 19), DAY),
        ("19.06.2024, 14:30 Uhr", dt.date(2024, 6, 19), DAY),
        ("19/06/2024", dt.date(2024, 6, 19), DAY),
        ("06/19/2024", dt.date(2024, 6, 19), DAY),
        ("  2024-06  ", dt.date(2024, 6, 1), MONTH),
        ("1990s", dt.date(1990, 1, 1), DECADE),
        ("1990er Jahre", dt.date(1990, 1, 1), DECADE),
        ("June 2024", dt.date(2024, 6, 1), MONTH),
        ("Juni 2024", dt.date(2024, 6, 1), MONTH),
        ("Sept. 2023", dt.date(2023, 9, 1), MONTH),
        ("19. Juni 2024", dt.date(2024, 6, 19), DAY),
        ("Mittwoch, 19. Juni 2024", dt.date(2024, 6, 19), DAY),
        ("June 19, 2024", dt.date(2024, 6, 19), DAY),
        ("19 June 2024 10:00", dt.date(2024, 6, 19), DAY),
    ],
)
def test_forms_and_their_precision(text: str, date: dt.date, precision: DatePrecision) -> None:
    assert parse_published(text) == PublishedDate(date=date, precision=precision)


def test_date_and_datetime_objects_are_days() -> None:
    assert parse_published(dt.date(2024, 6, 19)).precision is DAY
    when = dt.datetime(2024, 6, 19, 23, 59, tzinfo=dt.UTC)
    assert parse_published(when) == PublishedDate(date=dt.date(2024, 6, 19), precision=DAY)


def test_published_date_passes_through() -> None:
    value = PublishedDate(date=dt.date(2024, 6, 1), precision=MONTH)
    assert parse_published(value) is value


@pytest.mark.parametrize("text", [None, "", "   ", "unknown", "Unknown"])
def test_nothing_is_an_unknown_date(text: str | None) -> None:
    assert not parse_published(text).known


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",  # relative: would depend on today
        "19. Juni",  # no year: dateparser would invent one
        "Sommer 2024",
        "06/07/2024",  # June or July?
        "2024-13",
        "2024-02-30",
        "0000",
        "not a date",
        "12345",
    ],
)
def test_unreadable_or_ambiguous_dates_raise(text: str) -> None:
    with pytest.raises(InputReadError) as info:
        parse_published(text)
    assert info.value.code is ErrorCode.METADATA
    assert repr(text) in str(info.value)
    assert "YYYY-MM-DD" in str(info.value)


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from([DAY, MONTH, YEAR]))
def test_str_of_a_date_reads_back(day: dt.date, precision: DatePrecision) -> None:
    if precision is MONTH:
        day = day.replace(day=1)
    elif precision is YEAR:
        day = day.replace(month=1, day=1)
    value = PublishedDate(date=day, precision=precision)
    assert parse_published(str(value)) == value
