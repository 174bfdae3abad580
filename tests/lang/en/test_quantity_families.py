"""English number engine: the families of issue 11, one case each, and properties of
ranges and changes (the full measured set is tests/extract/quantities/)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import find_quantities
from factcheck.models import Direction, Qualifier


def read(text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    out = []
    for m in find_quantities(text, "en"):
        q = m.quantity
        out.append((q.nominal, q.low, q.high, q.unit))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It costs $750,000 to $1 million.", [(None, 750_000, 1e6, "USD")]),
        ("Inflation of between 5% and 6%.", [(None, 5, 6, "percent")]),
        ("It lasts three or four years.", [(None, 3, 4, "year")]),
        ("It has 256GB of storage.", [(256, 256, 256, "gigabyte")]),
        ("The shares closed at 164p.", [(164, 164, 164, "GBP_penny")]),
        ("A meal costs RM23.50.", [(23.5, 23.5, 23.5, "MYR")]),
        ("The scheme costs Rs 5,000 crore.", [(5e10, 5e10, 5e10, "INR")]),
        ("The field produces 200,000 barrels a day.", [(2e5, 2e5, 2e5, "oil_barrel/day")]),
        ("The field strength reached 3 kV/cm.", [(3, 3, 3, "kilovolt/centimeter")]),
        ("Cash flow was $-50.8bn.", [(-5.08e10, -5.08e10, -5.08e10, "USD")]),
        ("The trip took 2 1/2 hours.", [(2.5, 2.5, 2.5, "hour")]),
        ("The company has sold 35m of its devices.", [(35e6, 35e6, 35e6, None)]),
        ("The bridge is 300m long.", [(300, 300, 300, "meter")]),
        ("The team found one solution.", [(1, 1, 1, None)]),
        ("One of them stayed; no one left.", []),
        ("The FTSE 100 closed at a record.", []),
        ("The Yankees beat the Red Sox 5-4.", []),
        ("He wears number 23.", []),
    ],
)
def test_family(text: str, want: list[tuple[float | None, ...]]) -> None:
    got = read(text)
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        assert g[3] == w[3]
        for a, b in zip(g[:3], w[:3], strict=True):
            assert a == pytest.approx(b) if b is not None else a is None


@given(st.integers(1, 999), st.integers(1, 999))
def test_change_spans_both_levels(a: int, b: int) -> None:
    text = f"The rate went from {a}% to {b}% last year."
    (m,) = find_quantities(text, "en")
    q = m.quantity
    assert q.qualifier is Qualifier.RANGE
    assert (q.low, q.high) == (min(a, b), max(a, b))
    if a != b:
        assert q.direction is (Direction.INCREASE if b > a else Direction.DECREASE)


@given(st.integers(1, 500), st.integers(1, 500), st.sampled_from(["million", "billion"]))
def test_scale_carries_to_a_smaller_first_end(a: int, d: int, scale: str) -> None:
    b = a + d
    (m,) = find_quantities(f"It will cost ${a} to ${b} {scale}.", "en")
    factor = 1e6 if scale == "million" else 1e9
    assert (m.quantity.low, m.quantity.high) == (a * factor, b * factor)
