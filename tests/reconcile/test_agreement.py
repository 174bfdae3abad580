"""Whether two figures of one thing agree, and the facts the engine's sweep reads once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Qualifier, UnitKind
from factcheck.reconcile.agreement import (
    BARE_RATIO,
    FLOAT_SLACK,
    MAX_RATIO,
    REACHING,
    agree,
    bare_count,
    bound_readings,
    decimal_slip,
    digit_slipped,
    plausibly_same,
    pragmatic_reading,
    slip_prone,
    value_facts,
    without_double_rounding,
)
from factcheck.reconcile.quantities import Comparable, comparable
from tests.reconcile._build import quantity

# -- the sweep's magnitude test -----------------------------------------------------------
_STATED = st.builds(
    lambda n, q, inferred: comparable(
        quantity("a", n, "dead", qualifier=q, inferred=inferred, precision=1.0)
    ),
    st.floats(-1e7, 1e7, allow_nan=False).filter(lambda x: x != 0),
    st.sampled_from([q for q in Qualifier if q is not Qualifier.RANGE and not q.is_vague]),
    st.booleans(),
)


def _readings(a: Comparable, b: Comparable) -> list[tuple[Comparable, Comparable]]:
    """The pairs of readings of two figures the engine may compare."""
    out = [(a, b), (pragmatic_reading(a), pragmatic_reading(b))]
    bounds = bound_readings(a, b)
    return out if bounds is None else [*out, bounds]


@given(_STATED, _STATED)
def test_the_stated_magnitudes_decide_plausibly_same_for_every_reading(
    a: Comparable | None, b: Comparable | None
) -> None:
    """The engine's sweep drops a pair by the ratio of the stated numbers before reading
    the figures (engine.block_findings): that is what plausibly_same says of the figures
    and of each reading of them."""
    assert a is not None and b is not None
    ma, mb = value_facts(a).size, value_facts(b).size
    assert ma and mb
    limit = BARE_RATIO if bare_count(a) or bare_count(b) else MAX_RATIO
    expected = max(ma, mb) / min(ma, mb) <= limit
    for x, y in _readings(a, b):
        assert plausibly_same(x, y) is expected


def test_a_figure_without_a_stated_number_has_no_size() -> None:
    c = comparable(quantity("a", None, "dead", qualifier=Qualifier.DOZENS))
    assert c is not None and value_facts(c).size == 0


def _agree_as_written(a: Comparable, b: Comparable) -> bool:
    """The agreement rule step by step, as docs/reconciliation.md states it."""
    tol = max(a.tolerance, b.tolerance)
    scale = max(abs(a.nominal or 0), abs(b.nominal or 0))
    qa, qb = a.claim.quantity, b.claim.quantity
    assert qa is not None and qb is not None
    # two bounds of one stated number meet where both put it
    same = (
        qa.qualifier in REACHING
        and qb.qualifier in REACHING
        and bool(a.nominal)
        and a.nominal == b.nominal
    )
    a, b = without_double_rounding(a, b)
    x, y = a.interval, b.interval
    if x.overlaps(y):
        hedged = Qualifier.EXACT not in (qa.qualifier, qb.qualifier)
        touch = (x.high is not None and x.high == y.low) or (y.high is not None and y.high == x.low)
        return same or not (hedged and touch)
    gap = x.gap(y)
    return same if gap == 0 else gap <= max(tol, FLOAT_SLACK) * scale


_FIGURE = st.builds(
    lambda n, q, precision, tolerance: comparable(
        quantity("a", n, "dead", qualifier=q, precision=precision), tolerance
    ),
    st.sampled_from([0.0, 90.0, 100.0, 110.0, 2_700.0, 3_000.0, 3_300.0, 10_000.0]),
    st.sampled_from([q for q in Qualifier if q is not Qualifier.RANGE and not q.is_vague]),
    st.sampled_from([None, 1.0, 10.0, 100.0, 1_000.0]),
    st.sampled_from([0.0, 0.05, 0.2]),
)


@given(_FIGURE, _FIGURE)
def test_agree_from_facts_read_once_is_the_rule_as_written(
    a: Comparable | None, b: Comparable | None
) -> None:
    """The sweep reads each figure's facts once (value_facts) and compares the pairs from
    them (agree_facts): the answer is the rule's, for every pair of hedges and values."""
    assert a is not None and b is not None
    assert agree(a, b) is _agree_as_written(a, b)
    assert agree(b, a) is _agree_as_written(b, a)


@given(st.integers(1, 10_000), st.integers(1, 10_000))
def test_the_gap_of_two_unit_counts_is_their_difference(x: int, y: int) -> None:
    from factcheck.reconcile.agreement import relative_gap, unit_counts

    a = comparable(quantity("a", float(x), "person", precision=1, concept="dead"))
    b = comparable(quantity("b", float(y), "person", precision=1, concept="dead"))
    assert a is not None and b is not None and unit_counts(a, b)
    assert relative_gap(a, b) == abs(x - y) / max(x, y)


def _figure(n: float, q: Qualifier) -> Comparable:
    c = comparable(quantity("a", n, "attendance", qualifier=q))
    assert c is not None
    return c


@pytest.mark.parametrize(
    ("qa", "qb", "agreed"),
    [
        # two bounds of one stated number: both writers put the figure there
        (Qualifier.MORE_THAN, Qualifier.UP_TO, True),
        (Qualifier.AT_LEAST, Qualifier.UP_TO, True),
        (Qualifier.AT_LEAST, Qualifier.AT_MOST, True),
        # "almost" and "fewer than" say it was not reached
        (Qualifier.MORE_THAN, Qualifier.ALMOST, False),
        (Qualifier.MORE_THAN, Qualifier.LESS_THAN, False),
    ],
)
def test_two_bounds_of_one_stated_number_agree(qa: Qualifier, qb: Qualifier, agreed: bool) -> None:
    assert agree(_figure(250_000, qa), _figure(250_000, qb)) is agreed
    assert agree(_figure(250_000, qa), _figure(240_000, Qualifier.UP_TO)) is False


@pytest.mark.parametrize(
    ("x", "y", "agreed"),
    [
        # a floor of one significant digit is a writer's rounding down: it reaches far
        (1_000_000, 1_500_000, True),  # "mehr als eine Million", "mindestens 1,5 Millionen"
        (500_000, 600_000, True),  # "mehr als eine halbe Million", "mehr als 600.000"
        # two floors of more digits name their figures: two tolls
        (39_000, 41_000, False),
    ],
)
def test_two_floors_read_as_the_figures_they_name(x: int, y: int, agreed: bool) -> None:
    bounds = bound_readings(_figure(x, Qualifier.MORE_THAN), _figure(y, Qualifier.AT_LEAST))
    assert bounds is not None
    assert agree(*bounds) is agreed


def test_up_to_a_peak_by_nature_names_that_peak() -> None:
    """ "Böen bis zu 162 km/h" names the strongest gust: against a strongest gust of 152
    km/h its pragmatic reading disagrees; "up to 162" of a wind speed still reaches far
    below."""
    from factcheck.models import UnitKind

    kw = {"unit": "kilometer_per_hour", "unit_kind": UnitKind.PHYSICAL}
    gust = comparable(quantity("a", 162, "measure:gust", qualifier=Qualifier.UP_TO, **kw))  # type: ignore[arg-type]
    top = comparable(quantity("b", 152, "measure:gust", **kw))  # type: ignore[arg-type]
    wind = comparable(quantity("c", 162, "measure:wind_speed", qualifier=Qualifier.UP_TO, **kw))  # type: ignore[arg-type]
    steady = comparable(quantity("d", 152, "measure:wind_speed", **kw))  # type: ignore[arg-type]
    assert gust is not None and top is not None and wind is not None and steady is not None
    assert agree(gust, top)  # by logic, 152 is below 162
    assert not agree(pragmatic_reading(gust), top)
    assert agree(pragmatic_reading(wind), steady)


# -- a slipped zero or decimal place ------------------------------------------------------
@given(st.floats(1e-3, 1e9, allow_nan=False), st.sampled_from([10.0, 100.0, 1000.0]))
def test_a_power_of_ten_apart_is_a_slip_either_way(x: float, factor: float) -> None:
    assert decimal_slip(x, x * factor) and decimal_slip(x * factor, x)


@pytest.mark.parametrize(
    ("x", "y"), [(40, 300), (40, 40), (12, 130), (4, 40_000_000), (0, 0), (-4, -40)]
)
def test_other_factors_are_no_slip(x: float, y: float) -> None:
    assert not decimal_slip(x, y)


def _measure(n: float, unit: str, thing: str, kind: UnitKind) -> Comparable:
    c = comparable(quantity("a", n, thing, unit=unit, unit_kind=kind))
    assert c is not None
    return c


def test_measures_a_power_of_ten_apart_may_be_one_thing() -> None:
    """40 and 400 kg of leaked ammonia, 0.4 and 4 million euros: beyond MAX_RATIO, yet one
    figure with a digit slipped; counts, durations and ages stay apart."""
    mass = [_measure(n, "kilogram", "measure:ammoniak", UnitKind.PHYSICAL) for n in (40, 400)]
    money = [_measure(n, "EUR", "money:damage", UnitKind.CURRENCY) for n in (4e5, 4e6)]
    for a, b in (mass, money):
        assert slip_prone(a) and slip_prone(b) and plausibly_same(a, b)
    houses = [comparable(quantity("a", n, "house")) for n in (3, 30)]
    hours = [_measure(n, "hour", "duration", UnitKind.PHYSICAL) for n in (2, 20)]
    ages = [_measure(n, "year", "age:child", UnitKind.PHYSICAL) for n in (4, 40)]
    for a, b in (houses, hours, ages):
        assert a is not None and b is not None
        assert not plausibly_same(a, b)
    far = [_measure(n, "kilogram", "measure:ammoniak", UnitKind.PHYSICAL) for n in (40, 1200)]
    assert not plausibly_same(*far)


@pytest.mark.parametrize(
    ("x", "y", "slipped"),
    [
        (1100, 110, True),  # "rund 1.100 Haushalte" and "rund 110 Haushalte"
        (4500, 450, True),
        (1000, 100, False),  # round figures: a part and a whole as often
        (300, 3000, False),
        (30, 300, False),  # below the floor: three houses and 30
        (1100, 120, False),  # no power of ten
    ],
)
def test_counts_with_one_string_of_digits_a_power_of_ten_apart_are_a_slip(
    x: int, y: int, slipped: bool
) -> None:
    a, b = (comparable(quantity(i, n, "household")) for i, n in (("a", x), ("b", y)))
    assert a is not None and b is not None
    assert digit_slipped(a, b) is slipped
    bare = [comparable(quantity(i, n, "household", inferred=True)) for i, n in (("a", x), ("b", y))]
    assert bare[0] is not None and bare[1] is not None
    assert not digit_slipped(bare[0], bare[1])  # a bare number's thing is only inferred
