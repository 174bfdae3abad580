"""As-of dates of figures."""

from __future__ import annotations

import datetime as dt

from factcheck.models import DatePrecision, TimeKind, TimeRef
from factcheck.reconcile.asof import as_of, describe, order, same_day
from tests.reconcile._build import article, day, month, quantity

ARTS = {"a": article("a", "2024-06"), "b": article("b", "2024-06-19"), "c": article("c")}


def test_a_running_total_is_as_of_publication() -> None:
    c = quantity("b", 10, "container", time=month(2023, 9, kind=TimeKind.SINCE))
    assert as_of(c, ARTS) == (dt.date(2024, 6, 19), dt.date(2024, 6, 19))


def test_a_figure_for_a_named_time_is_as_of_that_time() -> None:
    c = quantity("b", 10, "container", time=day("2024-06-09"))
    assert as_of(c, ARTS) == (dt.date(2024, 6, 9), dt.date(2024, 6, 9))


def test_a_month_dated_article_spans_the_month() -> None:
    c = quantity("a", 10, "container")
    assert as_of(c, ARTS) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert as_of(quantity("c", 1, "x"), ARTS) is None
    assert as_of(quantity("zzz", 1, "x"), ARTS) is None


def test_order_and_same_day() -> None:
    june = (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    d19 = (dt.date(2024, 6, 19), dt.date(2024, 6, 19))
    july = (dt.date(2024, 7, 2), dt.date(2024, 7, 2))
    assert order(june, july) == -1 and order(july, june) == 1
    assert order(june, d19) == 0
    assert order(None, d19) is None
    assert same_day(d19, d19) and not same_day(june, d19) and not same_day(None, d19)
    assert describe(d19) == "2024-06-19"
    assert describe(june) == "2024-06-01..2024-06-30"
    assert describe(None) == "unknown"


def test_a_period_still_running_at_publication_is_as_of_publication() -> None:
    """ "25 deaths this year" in an article of June 19: the count stands as of that day,
    not as of the year's end; a period over before publication keeps its own days."""
    this_year = TimeRef(
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 12, 31),
        precision=DatePrecision.YEAR,
        kind=TimeKind.PERIOD,
        phrase="this year",
    )
    c = quantity("b", 25, "dead", time=this_year)
    assert as_of(c, ARTS) == (dt.date(2024, 6, 19), dt.date(2024, 6, 19))
    may = quantity("b", 25, "dead", time=month(2024, 5))
    assert as_of(may, ARTS) == (dt.date(2024, 5, 1), dt.date(2024, 5, 31))
