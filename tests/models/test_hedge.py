"""The hedge table: each qualifier's interval, with the widths chosen on purpose."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Qualifier, Quantity
from factcheck.models.hedge import (
    APPROX_DIGITS,
    APPROX_RELATIVE,
    VAGUE_RANGES,
    Interval,
    interval_for,
    precision_of,
)


def test_rund_10000_admits_at_least_9500_to_10500() -> None:
    iv = interval_for(Qualifier.APPROX, 10_000, precision=precision_of("10000"))
    assert iv.low is not None and iv.high is not None
    assert iv.low <= 9_500 and iv.high >= 10_500
    assert iv.contains(9_000) and not iv.contains(8_000)


def test_mindestens_is_closed_and_unbounded_above() -> None:
    iv = interval_for(Qualifier.AT_LEAST, 10_000)
    assert (iv.low, iv.high, iv.low_open) == (10_000, None, False)
    assert iv.contains(10_000) and iv.contains(1e9) and not iv.contains(9_999)


def test_bis_zu_is_open_at_zero() -> None:
    iv = interval_for(Qualifier.UP_TO, 4_800_000)
    assert (iv.low, iv.high, iv.low_open, iv.high_open) == (0, 4_800_000, True, False)
    assert not iv.contains(0) and iv.contains(4_800_000)


def test_knapp_2_is_just_under_2() -> None:
    iv = interval_for(Qualifier.ALMOST, 2, precision=1)
    assert iv.high == 2 and iv.high_open
    assert iv.contains(1.8) and not iv.contains(2) and not iv.contains(1.2)


def test_range_20_to_30() -> None:
    q = Quantity.hedged(None, Qualifier.RANGE, low=30, high=20)
    assert (q.low, q.high) == (20, 30)


def test_vague_amounts_scale() -> None:
    several_million = interval_for(Qualifier.SEVERAL, scale=1e6)
    assert several_million.contains(5e6) and not several_million.contains(1e6)
    dozens = interval_for(Qualifier.DOZENS)
    assert dozens.contains(36) and not dozens.contains(12) and not dozens.contains(500)


def test_more_than_excludes_its_number() -> None:
    iv = interval_for(Qualifier.MORE_THAN, 100)
    assert not iv.contains(100) and iv.contains(100.5)


def test_negative_numbers_have_no_zero_floor() -> None:
    iv = interval_for(Qualifier.AT_MOST, -5)
    assert iv.low is None and iv.high == -5


def test_about_6700_and_about_10000_stay_apart() -> None:
    a = interval_for(Qualifier.APPROX, 6_700, precision=precision_of("6700"))
    b = interval_for(Qualifier.APPROX, 10_000, precision=precision_of("10000"))
    c = interval_for(Qualifier.AT_LEAST, 10_000)
    assert not a.overlaps(b) and not a.overlaps(c) and b.overlaps(c)


@pytest.mark.parametrize(
    ("digits", "scale", "expected"),
    [
        ("6700", 1, 100),
        ("10000", 1, 1000),
        ("4.8", 1e6, 1e5),
        ("71", 1, 1),
        ("0", 1, 1),
        ("300", 1, 10),
        ("5", 1e6, 1e6),
    ],
)
def test_precision_of_written_numbers(digits: str, scale: float, expected: float) -> None:
    assert math.isclose(precision_of(digits, scale), expected)


def test_every_qualifier_has_an_interval() -> None:
    for q in Qualifier:
        if q is Qualifier.RANGE:
            iv = interval_for(q, low=1, high=2)
        elif q in VAGUE_RANGES:
            iv = interval_for(q)
        else:
            iv = interval_for(q, 100, precision=1)
        assert iv.low is not None or iv.high is not None


@given(
    st.floats(1, 1e9),
    st.sampled_from([0.01, 0.1, 1.0, 10.0, 100.0, 1e5]),
    st.sampled_from([1.0, 1e3, 1e6]),
)
def test_approx_is_ten_percent_wide_or_five_units_of_the_last_digit(
    n: float, p: float, scale: float
) -> None:
    """At least ten percent either side; for a figure written with decimals (a precision
    finer than its scale) to three or more significant digits, five units of its last
    digit when that is narrower; never less than half a unit."""
    iv = interval_for(Qualifier.APPROX, n, precision=p, scale=scale)
    assert iv.low is not None and iv.high is not None
    want = APPROX_RELATIVE * n
    if p < scale and n >= 100 * p:
        want = min(want, APPROX_DIGITS * p)
    want = max(want, p / 2)
    assert iv.high - n == pytest.approx(want)
    assert n - iv.low == pytest.approx(want)


@pytest.mark.parametrize(
    ("n", "p", "scale", "low", "high"),
    [
        (83_600_000, 100_000, 1e6, 83_100_000, 84_100_000),  # "rund 83,6 Millionen"
        (5_840_000, 10_000, 1e6, 5_790_000, 5_890_000),  # "about 5.84 million"
        (10_000, 1_000, 1, 9_000, 11_000),  # "rund 10.000": ten percent
        (6_700, 100, 1, 6_030, 7_370),  # "about 6,700": two significant digits
        (205, 1, 1, 184.5, 225.5),  # "about 205 km/h": a whole number, maybe converted
    ],
)
def test_approx_width_by_stated_digits(
    n: float, p: float, scale: float, low: float, high: float
) -> None:
    iv = interval_for(Qualifier.APPROX, n, precision=p, scale=scale)
    assert (iv.low, iv.high) == (pytest.approx(low), pytest.approx(high))


@given(st.floats(0, 1e6), st.floats(0, 1e6), st.floats(0, 1e6), st.floats(0, 1e6))
def test_gap_is_symmetric_and_zero_iff_overlap(a: float, b: float, c: float, d: float) -> None:
    x = Interval(min(a, b), max(a, b))
    y = Interval(min(c, d), max(c, d))
    assert x.gap(y) == y.gap(x)
    assert (x.gap(y) == 0) == x.overlaps(y)


@given(st.floats(1, 1e6), st.floats(0.01, 10))
def test_widening_keeps_overlap(n: float, w: float) -> None:
    x = interval_for(Qualifier.APPROX, n, precision=1)
    y = interval_for(Qualifier.AT_LEAST, n * 1.05)
    if x.overlaps(y):
        assert x.widen(w).overlaps(y)
