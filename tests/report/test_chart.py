"""The geometry of a figure's chart (factcheck.report.chart)."""

from __future__ import annotations

import datetime as dt

from factcheck.models import Discrepancy, DiscrepancyKind, Severity
from factcheck.models.report import Figure, FigureClaim
from factcheck.report.chart import OPEN_STUB, chart_of


def _p(cid: str, day: int | None, low: float | None, high: float | None) -> FigureClaim:
    d = None if day is None else dt.date(2024, 5, day)
    nominal = low if low is not None else high
    return FigureClaim(
        claim=cid,
        article="a" + cid,
        as_of_start=d,
        as_of_end=d,
        nominal=nominal,
        low=low,
        high=high,
    )


def _figure(*points: FigureClaim, found: tuple[str, ...] = (), unit: str | None = None) -> Figure:
    return Figure(
        id="f", measure="quantity|count|x", label="x", unit=unit, claims=points, discrepancies=found
    )


def test_dated_marks_follow_time_and_value_undated_stand_apart() -> None:
    f = _figure(_p("1", 2, 100, 100), _p("2", 6, 300, 300), _p("3", None, 200, 200))
    c = chart_of(f, {}, {}, {})
    m1, m2, m3 = c.marks
    assert [m.claim for m in c.marks] == ["1", "2", "3"]
    assert m1.x < m2.x and m1.y > m2.y  # later to the right, larger higher up
    assert c.undated_left is not None and m3.x > c.undated_left > m2.x
    assert not m3.dated and m1.dated
    assert c.y_ticks[0].label == "0" and not c.log
    assert [t.label for t in c.x_ticks] == ["2024-05-02", "2024-05-06"]


def test_open_bounds_get_a_stub_and_orders_of_magnitude_a_log_scale() -> None:
    f = _figure(_p("1", 2, 380, 380), _p("2", 3, 41000, None))
    c = chart_of(f, {}, {}, {})
    assert c.log
    assert [t.label for t in c.y_ticks] == ["100", "1,000", "10,000", "100,000"]
    open_mark = c.marks[1]
    assert open_mark.open_high and not open_mark.open_low
    assert open_mark.y - open_mark.y_high == OPEN_STUB


def test_findings_join_their_two_marks_and_money_ticks_carry_the_currency() -> None:
    d = Discrepancy(
        id="d1",
        kind=DiscrepancyKind.VALUE_CONFLICT,
        severity=Severity.MAJOR,
        claims=("1", "2"),
        explanation="x",
    )
    f = _figure(_p("1", 2, 1e6, 1e6), _p("2", 2, 2e6, 2e6), found=("d1",), unit="EUR")
    c = chart_of(f, {"d1": d}, {"1": 0, "2": 3}, {})
    (link,) = c.links
    a, b = c.marks
    assert (link.x1, link.y1, link.x2, link.y2) == (a.x, a.y, b.x, b.y)
    assert link.severity == "major"
    assert a.x != b.x  # one day: set side by side so each can be pointed at
    assert (a.colour, b.colour) == (0, 3)
    assert any(t.label.startswith("€") and "million" in t.label for t in c.y_ticks)
