"""Explanations write numbers as people do: grouped, never in scientific notation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import Interval, Qualifier, UnitKind
from factcheck.reconcile import reconcile
from factcheck.reconcile.explain import figure_phrase, interval_phrase, unit_name, value_phrase
from tests.reconcile._build import article, quantity

SCIENTIFIC = re.compile(r"\d[eE][+-]?\d")

QUALIFIERS = [
    Qualifier.EXACT,
    Qualifier.APPROX,
    Qualifier.ALMOST,
    Qualifier.AT_LEAST,
    Qualifier.MORE_THAN,
    Qualifier.UP_TO,
    Qualifier.LESS_THAN,
]
values = st.floats(min_value=1e-6, max_value=1e18, allow_nan=False, allow_infinity=False)
precisions = st.sampled_from([None, 0.5, 1.0, 10.0, 100.0, 1000.0])


@settings(max_examples=150, deadline=None)
@given(
    a=values,
    b=values,
    qa=st.sampled_from(QUALIFIERS),
    qb=st.sampled_from(QUALIFIERS),
    pa=precisions,
    pb=precisions,
    money=st.booleans(),
)
def test_no_explanation_holds_scientific_notation(
    a: float,
    b: float,
    qa: Qualifier,
    qb: Qualifier,
    pa: float | None,
    pb: float | None,
    money: bool,
) -> None:
    kw = {"unit": "EUR", "unit_kind": UnitKind.CURRENCY, "thing": "cost:tunnel"} if money else {}
    thing = str(kw.pop("thing", "Container"))
    arts = [article("x1", "2024-05-04"), article("x2", "2024-05-04")]
    claims = [
        quantity("x1", a, thing, qualifier=qa, precision=pa, **kw),  # type: ignore[arg-type]
        quantity("x2", b, thing, qualifier=qb, precision=pb, **kw),  # type: ignore[arg-type]
    ]
    for c in claims:
        for text in (value_phrase(c), figure_phrase(c)):
            assert not SCIENTIFIC.search(text), text
    for d in reconcile(claims, articles=arts):
        assert not SCIENTIFIC.search(d.explanation), d.explanation
        for r in d.reasons:
            assert not SCIENTIFIC.search(r.text), r.text


def test_grouped_intervals_and_money() -> None:
    assert interval_phrase(Interval(low=6030, high=7370)) == "6,030-7,370"
    assert interval_phrase(Interval(low=24317.5, high=24318.5)) == "24,317.5-24,318.5"
    assert interval_phrase(Interval(low=12345, high=None)) == "12,345 or more"
    assert interval_phrase(Interval(low=24.5e6, high=25.5e6), "USD") == (
        "$24.5 million-$25.5 million"
    )
    assert interval_phrase(Interval(low=295, high=305), "meter") == "295-305 meters"
    assert interval_phrase(Interval(low=0.5, high=1), "kilometer") == "0.5-1 kilometer"
    # money per unit, and cents
    assert interval_phrase(Interval(low=3.1, high=3.3), "USD/gallon") == "$3.1-$3.3 per gallon"
    assert interval_phrase(Interval(low=3000, high=3500), "USD/month") == "$3,000-$3,500 per month"
    assert interval_phrase(Interval(low=9.8, high=9.8), "EUR_cent/kilowatt_hour") == (
        "9.8 EUR cents per kilowatt hour"
    )


def test_a_count_s_concept_is_no_unit_and_takes_no_plural() -> None:
    c = quantity("x1", 15.0, "seriously_injured", unit="seriously_injured", surface="")
    assert value_phrase(c) == "15 seriously injured"
    c = quantity("x1", 6.0, "duration", unit="hour", unit_kind=UnitKind.PHYSICAL)
    assert value_phrase(c) == "6 hours"


@pytest.mark.parametrize(
    ("unit", "count", "name"),
    [
        ("hour", 6, "hours"),
        ("hour", 1, "hour"),
        ("mile_per_hour", 40, "miles per hour"),
        ("degree_Celsius", 20, "degrees Celsius"),
        ("degree_unscaled", 90, "degrees"),  # "It was 90 degrees": the scale not written
        ("foot", 3, "feet"),
        ("percent", 5, "percent"),
        ("square_kilometer", 12, "square kilometers"),
        ("percentage_point", 4.8, "percentage points"),
    ],
)
def test_a_unit_is_named_in_the_plural_for_any_count_but_one(
    unit: str, count: float, name: str
) -> None:
    assert unit_name(unit, count) == name
    c = quantity("x1", 25e6, "cost:dam", unit="USD", unit_kind=UnitKind.CURRENCY)
    assert value_phrase(c) == "$25 million"
    c = quantity("x1", 12345.0, "Container", qualifier=Qualifier.APPROX)
    assert value_phrase(c) == "about 12,345 Container"


def test_unit_names_are_written_as_a_reader_writes_them() -> None:
    from factcheck.reconcile.explain import unit_name

    assert unit_name("mile_per_hour") == "mile per hour"
    assert unit_name("meter") == "meter"


def test_an_age_is_written_as_an_age() -> None:
    from factcheck import extract_text

    (claim,) = [c for c in extract_text("Kelvin Kiptum, 23, won.", language="en") if c.quantity]
    assert value_phrase(claim) == "an age of 23"
