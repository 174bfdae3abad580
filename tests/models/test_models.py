"""Model properties: JSON round trips, bounded intervals, stable ids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    Qualifier,
    Quantity,
    Report,
    Span,
    TimeRef,
    claim_id,
    discrepancy_id,
)
from tests import strategies as s


@given(s.quantities())
def test_quantity_round_trip(q: Quantity) -> None:
    assert Quantity.model_validate_json(q.model_dump_json()) == q


@given(s.quantities())
def test_low_nominal_high_ordered(q: Quantity) -> None:
    if q.low is not None and q.high is not None:
        assert q.low <= q.high
    if q.nominal is not None:
        if q.low is not None:
            assert q.low <= q.nominal
        if q.high is not None:
            assert q.nominal <= q.high


@given(s.time_refs())
def test_timeref_round_trip(t: TimeRef) -> None:
    assert TimeRef.model_validate_json(t.model_dump_json()) == t


@given(s.claims())
def test_claim_round_trip(c: Claim) -> None:
    assert Claim.model_validate_json(c.model_dump_json()) == c


@given(s.articles())
def test_article_round_trip(a: Article) -> None:
    assert Article.model_validate_json(a.model_dump_json()) == a


@given(s.discrepancies())
def test_discrepancy_round_trip(d: Discrepancy) -> None:
    assert Discrepancy.model_validate_json(d.model_dump_json()) == d


@given(s.reports())
def test_report_round_trip(r: Report) -> None:
    assert Report.model_validate_json(r.to_json()) == r


def test_span_is_a_pair_on_the_wire() -> None:
    span = Span(start=3, end=9)
    assert span.model_dump() == [3, 9]
    assert Span.model_validate([3, 9]) == span
    with pytest.raises(ValueError):
        Span(start=5, end=2)


@given(s.spans, s.words, s.words)
def test_ids_are_stable(span: Span, article: str, kind: str) -> None:
    assert claim_id(article, kind, span) == claim_id(article, kind, span)
    assert claim_id(article, kind, span) != claim_id(article + "x", kind, span)


def test_discrepancy_id_ignores_order() -> None:
    assert discrepancy_id("k", ["b", "a"]) == discrepancy_id("k", ("a", "b"))


def test_quantity_refuses_disordered_interval() -> None:
    with pytest.raises(ValueError):
        Quantity(nominal=5, low=6, high=10)
    with pytest.raises(ValueError):
        Quantity(nominal=None, low=10, high=1)


def test_models_are_frozen() -> None:
    q = Quantity.hedged(10, unit="Container")
    with pytest.raises(ValueError):
        q.nominal = 11  # type: ignore[misc]


def test_report_summary_counts_every_severity() -> None:
    r = Report.build(articles=[], claims=[], discrepancies=[])
    assert r.summary.by_severity == {"info": 0, "minor": 0, "major": 0, "critical": 0}


def test_describe_shortens_only_whole_months_and_years() -> None:
    import datetime as dt

    from factcheck.models import DatePrecision

    june = TimeRef(
        start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), precision=DatePrecision.MONTH
    )
    assert june.describe() == "2024-06"
    summer = TimeRef(
        start=dt.date(2024, 6, 1), end=dt.date(2024, 8, 31), precision=DatePrecision.MONTH
    )
    assert summer.describe() == "2024-06-01..2024-08-31"
    year = TimeRef(
        start=dt.date(2000, 1, 1), end=dt.date(2000, 12, 31), precision=DatePrecision.YEAR
    )
    assert year.describe() == "2000"


@given(s.published_dates)
def test_published_bounds_never_raise(p: object) -> None:
    from factcheck.models import PublishedDate

    assert isinstance(p, PublishedDate)
    b = p.bounds()
    assert b is None or b[0] <= b[1]


@given(x=st.floats(min_value=1e-9, max_value=1e21, allow_nan=False, allow_infinity=False))
def test_a_quantity_is_described_without_scientific_notation(x: float) -> None:
    """ "at least 0.0000610352 Container", never "6.10352e-05"."""
    text = Quantity.hedged(x, Qualifier.AT_LEAST, unit="Container").describe()
    assert "e-" not in text and "e+" not in text, text
