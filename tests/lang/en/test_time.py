"""English time words, and English sentences through the time engine."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.time import find_times
from factcheck.lang import get_language
from factcheck.models import DatePrecision, PartOfDay, PublishedDate, TimeKind, TimeRef
from factcheck.models.time import ABSOLUTE, UNRESOLVED

D = dt.date
DAY, MONTH, YEAR, DECADE = (
    DatePrecision.DAY,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.DECADE,
)
POINT, SINCE, UNTIL, PERIOD = TimeKind.POINT, TimeKind.SINCE, TimeKind.UNTIL, TimeKind.PERIOD
JUNE_2024 = PublishedDate(date=D(2024, 6, 1), precision=DatePrecision.MONTH)
WED_19_JUNE = PublishedDate(date=D(2024, 6, 19), precision=DatePrecision.DAY)
UNKNOWN = PublishedDate()
data = get_language("en").time


def times(text: str, published: PublishedDate = JUNE_2024, **kw: object) -> list[TimeRef]:
    return [m.time for m in find_times(text, "en", published, **kw)]  # type: ignore[arg-type]


def only(text: str, published: PublishedDate = JUNE_2024, **kw: object) -> TimeRef:
    found = times(text, published, **kw)
    assert len(found) == 1, [t.phrase for t in found]
    return found[0]


# ------------------------------------------------------------------------ data


def test_month_and_weekday_tables_are_complete() -> None:
    assert set(data.MONTHS.values()) == set(range(1, 13))
    assert set(data.MONTH_ABBREVIATIONS.values()) <= set(range(1, 13))
    assert set(data.WEEKDAYS.values()) == set(range(7))


def test_keys_are_lower_case() -> None:
    for table in (data.MONTHS, data.WEEKDAYS, data.UNITS, data.RELATIVE_DAYS, data.PREPOSITIONS):
        assert all(k == k.lower() for k in table)


def test_slash_dates_are_month_first() -> None:
    assert data.SLASH_DATE_ORDER == "MDY"


# -------------------------------------------------------------- absolute forms

ABSOLUTE_CASES = [
    (
        "The deal was signed on June 28, 2024.",
        "on June 28, 2024",
        D(2024, 6, 28),
        D(2024, 6, 28),
        DAY,
    ),
    (
        "The deal was signed on 28 June 2024.",
        "on 28 June 2024",
        D(2024, 6, 28),
        D(2024, 6, 28),
        DAY,
    ),
    (
        "It ended on the 9th of June 2024.",
        "on the 9th of June 2024",
        D(2024, 6, 9),
        D(2024, 6, 9),
        DAY,
    ),
    ("Filed 6/9/2024 in court.", "6/9/2024", D(2024, 6, 9), D(2024, 6, 9), DAY),
    ("Filed 19/6/2024 in court.", "19/6/2024", D(2024, 6, 19), D(2024, 6, 19), DAY),
    ("Filed 19.06.2024 in court.", "19.06.2024", D(2024, 6, 19), D(2024, 6, 19), DAY),
    ("Posted 2024-06-28 at noon.", "2024-06-28", D(2024, 6, 28), D(2024, 6, 28), DAY),
    (
        "The summit took place in September 2023.",
        "in September 2023",
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    ("Exports rose in 2000 and fell after.", "in 2000", D(2000, 1, 1), D(2000, 12, 31), YEAR),
    # a whole year
    (
        "It recorded 14 injuries in all of 2025.",
        "in all of 2025",
        D(2025, 1, 1),
        D(2025, 12, 31),
        YEAR,
    ),
    ("It rained throughout 2025.", "throughout 2025", D(2025, 1, 1), D(2025, 12, 31), YEAR),
    (
        "Built in the year 2000, it stands.",
        "in the year 2000",
        D(2000, 1, 1),
        D(2000, 12, 31),
        YEAR,
    ),
    ("Prices fell in mid-2023.", "in mid-2023", D(2023, 4, 1), D(2023, 9, 30), YEAR),
    ("Prices fell in early June 2024.", "in early June 2024", D(2024, 6, 1), D(2024, 6, 15), MONTH),
    ("The plant was idle in the 1990s.", "in the 1990s", D(1990, 1, 1), D(1999, 12, 31), DECADE),
    (
        "He landed on Wednesday, June 19, 2024.",
        "on Wednesday, June 19, 2024",
        D(2024, 6, 19),
        D(2024, 6, 19),
        DAY,
    ),
    ("Due by Sept. 9, 2024 at the latest.", "by Sept. 9, 2024", D(2024, 9, 9), D(2024, 9, 9), DAY),
    # a bare year after "the", before the event it dates
    ("It recalled the 2019 tanker fire.", "2019", D(2019, 1, 1), D(2019, 12, 31), YEAR),
]


@pytest.mark.parametrize(("text", "phrase", "start", "end", "precision"), ABSOLUTE_CASES)
def test_absolute_dates_need_no_publication_date(
    text: str, phrase: str, start: dt.date, end: dt.date, precision: DatePrecision
) -> None:
    ref = only(text, UNKNOWN)
    assert (ref.phrase, ref.start, ref.end, ref.precision) == (phrase, start, end, precision)
    assert ref.resolved_against == ABSOLUTE


@pytest.mark.parametrize(
    "text",
    [
        "2000 soldiers were moved.",
        "The 2000 residents were moved.",
        "He won by 2000 votes.",
        "It cost 2,000 dollars.",
        "Between 20 and 30 soldiers crossed.",
        "You may go now.",
        "They march on.",
        "The day before the vote, he spoke.",
        "Two days before the summit he left.",
    ],
)
def test_numbers_and_words_that_are_not_times(text: str) -> None:
    assert times(text) == []


# -------------------------------------------------- relative to publication

RELATIVE_CASES = [
    (
        "A similar incident happened on June 9.",
        "on June 9",
        POINT,
        D(2024, 6, 9),
        D(2024, 6, 9),
        DAY,
    ),
    ("The drill runs until June 28.", "until June 28", UNTIL, D(2024, 6, 28), D(2024, 6, 28), DAY),
    (
        "It has shipped containers since September.",
        "since September",
        SINCE,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    (
        "Kim visited Russia last September.",
        "last September",
        POINT,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    ("Russia voted against it in March.", "in March", POINT, D(2024, 3, 1), D(2024, 3, 31), MONTH),
    ("Prices rose last month.", "last month", POINT, D(2024, 5, 1), D(2024, 5, 31), MONTH),
    ("Prices rose last year.", "last year", POINT, D(2023, 1, 1), D(2023, 12, 31), YEAR),
    ("Prices fall this year.", "this year", POINT, D(2024, 1, 1), D(2024, 12, 31), YEAR),
    (
        "He came in September last year.",
        "in September last year",
        POINT,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    (
        "Stocks fell at the end of last year.",
        "at the end of last year",
        POINT,
        D(2023, 7, 1),
        D(2023, 12, 31),
        YEAR,
    ),
    ("He was last there 24 years ago.", "24 years ago", POINT, D(2000, 6, 1), D(2000, 6, 30), YEAR),
    (
        "Fifteen years ago, a fire killed three people.",
        "Fifteen years ago",
        POINT,
        D(2009, 6, 1),
        D(2009, 6, 30),
        YEAR,
    ),
    (
        "It is his first visit in 24 years.",
        "in 24 years",
        SINCE,
        D(2000, 6, 1),
        D(2000, 6, 30),
        YEAR,
    ),
    (
        "Output doubled over the past two years.",
        "over the past two years",
        PERIOD,
        D(2022, 6, 1),
        D(2024, 6, 30),
        YEAR,
    ),
    (
        "He has not been there since the year 2000.",
        "since the year 2000",
        SINCE,
        D(2000, 1, 1),
        D(2000, 12, 31),
        YEAR,
    ),
    ("He has ruled since 2002.", "since 2002", SINCE, D(2002, 1, 1), D(2002, 12, 31), YEAR),
    (
        "The council met from 3 to 5 May.",
        "from 3 to 5 May",
        PERIOD,
        D(2024, 5, 3),
        D(2024, 5, 5),
        DAY,
    ),
    (
        "The council met between May 3 and 5.",
        "between May 3 and 5",
        PERIOD,
        D(2024, 5, 3),
        D(2024, 5, 5),
        DAY,
    ),
    ("The fair ran May 3-5.", "May 3-5", PERIOD, D(2024, 5, 3), D(2024, 5, 5), DAY),
    (
        "He ruled from 2000 to 2004.",
        "from 2000 to 2004",
        PERIOD,
        D(2000, 1, 1),
        D(2004, 12, 31),
        YEAR,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "start", "end", "precision"), RELATIVE_CASES)
def test_relative_to_a_month_precision_publication(
    text: str, phrase: str, kind: TimeKind, start: dt.date, end: dt.date, precision: DatePrecision
) -> None:
    ref = only(text, direction="past")
    assert (ref.phrase, ref.kind, ref.start, ref.end, ref.precision) == (
        phrase,
        kind,
        start,
        end,
        precision,
    )


def test_in_n_weeks_without_a_cue_is_after_publication() -> None:
    ref = only("Elections are due in two weeks.", WED_19_JUNE, direction="future")
    assert (ref.kind, ref.start) == (POINT, D(2024, 7, 3))
    assert times("They built it in two weeks.", WED_19_JUNE, direction="past") == []


@pytest.mark.parametrize(
    ("text", "weekday", "part"),
    [
        ("On Wednesday, tensions rose at the border.", 2, None),
        ("He arrived Wednesday evening.", 2, PartOfDay.EVENING),
        ("He arrived on Tuesday night.", 1, PartOfDay.NIGHT),
        ("The talks began Friday morning.", 4, PartOfDay.MORNING),
        ("The vote ended late Thursday.", 3, PartOfDay.EVENING),
        ("Two were still missing late on Monday.", 0, PartOfDay.EVENING),
        ("The fire broke out early on Sunday.", 6, PartOfDay.MORNING),
        ("They met last Sunday.", 6, None),
    ],
)
def test_weekdays_and_parts_of_day(text: str, weekday: int, part: PartOfDay | None) -> None:
    ref = only(text, direction="past")
    assert (ref.weekday, ref.part_of_day, ref.precision) == (weekday, part, DAY)
    assert ref.start is not None and ref.start.weekday() == weekday
    unresolved = only(text, UNKNOWN)
    assert unresolved.resolved_against == UNRESOLVED and unresolved.weekday == weekday


def test_last_friday_is_strictly_before_the_publication_day() -> None:
    friday = PublishedDate(date=D(2024, 6, 21), precision=DatePrecision.DAY)
    assert only("They met last Friday.", friday).start == D(2024, 6, 14)
    assert only("They met on Friday.", friday, direction="past").start == D(2024, 6, 21)
    assert only("They meet next Friday.", friday).start == D(2024, 6, 28)


@pytest.mark.parametrize(
    ("text", "start", "part"),
    [
        ("Today the visit begins.", D(2024, 6, 19), None),
        ("He arrived yesterday.", D(2024, 6, 18), None),
        ("He arrived yesterday evening.", D(2024, 6, 18), PartOfDay.EVENING),
        ("He arrived last night.", D(2024, 6, 18), PartOfDay.NIGHT),
        ("He leaves tonight.", D(2024, 6, 19), PartOfDay.EVENING),
        ("He spoke this morning.", D(2024, 6, 19), PartOfDay.MORNING),
        ("He leaves tomorrow.", D(2024, 6, 20), None),
        ("He left the day before yesterday.", D(2024, 6, 17), None),
    ],
)
def test_relative_days_with_a_day_precision_publication(
    text: str, start: dt.date, part: PartOfDay | None
) -> None:
    ref = only(text, WED_19_JUNE)
    assert (ref.start, ref.end, ref.part_of_day) == (start, start, part)
    assert ref.resolved_against == "2024-06-19"


# ------------------------------------------------------- relative to an anchor

ANCHOR = TimeRef(start=D(2023, 9, 15), end=D(2023, 9, 15), precision=DAY, resolved_against=ABSOLUTE)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Two days earlier he had met Kim.", D(2023, 9, 13)),
        ("Two days later he left.", D(2023, 9, 17)),
        ("A week later the reply came.", D(2023, 9, 22)),
        ("He had left two days before.", D(2023, 9, 13)),
        ("The next day he left.", D(2023, 9, 16)),
        ("The following day he left.", D(2023, 9, 16)),
        ("He had arrived the day before.", D(2023, 9, 14)),
        ("The same day Peskow spoke.", D(2023, 9, 15)),
    ],
)
def test_anchor_relative(text: str, day: dt.date) -> None:
    ref = only(text, anchor=ANCHOR)
    assert ref.start == ref.end == day
    assert ref.resolved_against == "anchor 2023-09-15"
    assert only(text).resolved_against == UNRESOLVED


# --------------------------------------------------------------- a news text


def test_a_whole_paragraph() -> None:
    text = (
        "The president arrived on Tuesday evening. Talks began on Wednesday and will run "
        "until June 28. It is his first visit in 24 years; 2000 soldiers lined the road."
    )
    found = times(text, direction="past")
    assert [t.phrase for t in found] == [
        "on Tuesday evening",
        "on Wednesday",
        "until June 28",
        "in 24 years",
    ]


def test_plural_units_are_not_next_week() -> None:
    assert times("In the coming weeks and in recent years it grew.") == []


def test_seasons_with_a_relation_word() -> None:
    assert only("Last winter 14 people died there.").phrase == "Last winter"
    summer = only("The bridge is due to reopen next summer.")
    assert (summer.start, summer.end) == (D(2025, 6, 1), D(2025, 8, 31))
    autumn = only("There were 86 cases this autumn.")
    assert (autumn.start, autumn.end) == (D(2024, 9, 1), D(2024, 11, 30))


def test_half_years() -> None:
    first = only("Sales fell in the first half of 2023.", UNKNOWN)
    assert (first.start, first.end) == (D(2023, 1, 1), D(2023, 6, 30))
    second = only("They should rise in the second half of the year.")
    assert (second.start, second.end) == (D(2024, 7, 1), D(2024, 12, 31))


def test_weekday_in_a_name_is_not_a_time() -> None:
    found = times("The Sunday Times reported on Sunday that Good Friday was calm.")
    assert [t.phrase for t in found] == ["on Sunday"]


def test_periods_of_years() -> None:
    years = only("In the years 2020 to 2022 the market grew.", UNKNOWN)
    assert (years.start, years.end, years.kind) == (D(2020, 1, 1), D(2022, 12, 31), PERIOD)
    months = only("From June 2023 to May 2024 it ran.", UNKNOWN)
    assert (months.start, months.end) == (D(2023, 6, 1), D(2024, 5, 31))
