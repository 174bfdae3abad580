"""Which quantity claims speak of the same thing, and whether their values agree."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Qualifier, TimeKind, UnitKind
from factcheck.reconcile.agreement import (
    agree,
)
from factcheck.reconcile.quantities import (
    HORIZON_DAYS,
    WINDOW,
    Identity,
    blocks,
    candidate_pairs,
    comparable,
    compatible,
    flows_apart,
    measure_key,
    same_thing,
    sweep_order,
)
from tests.reconcile._build import day, month, quantity


def _agree(a, b) -> bool:  # type: ignore[no-untyped-def]
    ca, cb = comparable(a), comparable(b)
    assert ca is not None and cb is not None
    return agree(ca, cb)


# -- blocking ---------------------------------------------------------------------------
def test_counts_block_by_concept_across_languages() -> None:
    de = quantity("a", 10_000, "Container", surface="Schiffscontainer", concept="container")
    en = quantity("b", 10_000, "container", surface="containers", concept="container")
    assert measure_key(de) == measure_key(en) == "quantity|count|container"


def test_physical_quantities_block_by_dimension_not_unit() -> None:
    m = quantity("a", 300, "length:bridge", unit="meter", unit_kind=UnitKind.PHYSICAL)
    km = quantity("b", 0.3, "length:bridge", unit="kilometer", unit_kind=UnitKind.PHYSICAL)
    assert measure_key(m) == measure_key(km)
    assert "[length]" in (measure_key(m) or "")


def test_currencies_fall_into_separate_blocks() -> None:
    eur = quantity("a", 2.5e9, "cost:bridge", unit="EUR", unit_kind=UnitKind.CURRENCY)
    usd = quantity("b", 3.1e9, "cost:bridge", unit="USD", unit_kind=UnitKind.CURRENCY)
    assert measure_key(eur) != measure_key(usd)
    assert len(blocks([eur, usd])) == 2


def test_a_measure_without_subject_is_not_compared() -> None:
    bare = quantity("a", 300, "measure", unit="kilometer", unit_kind=UnitKind.PHYSICAL)
    assert measure_key(bare) is None
    unknown_thing = quantity("a", 5, "Ding", concept="")
    assert measure_key(unknown_thing) is None
    # a mark of its scope names no thing it is of ("within 1.6 kilometres", a part)
    marked = quantity(
        "a", 1.6, "measure", unit="kilometer", unit_kind=UnitKind.PHYSICAL, scope=("scope:subset",)
    )
    assert measure_key(marked) is None
    # a name does: "the Ridgeway fire"
    named = quantity(
        "a", 9000, "measure", unit="acre", unit_kind=UnitKind.PHYSICAL, scope=("ridgeway",)
    )
    assert measure_key(named) is not None


# -- same thing ---------------------------------------------------------------------------
def test_eu_shells_for_ukraine_are_not_north_koreas_shells_for_russia() -> None:
    eu = quantity(
        "a", 1_000_000, "shell", origin="country:EU", destination="country:UA", surface="shells"
    )
    kp = quantity(
        "a",
        5_000_000,
        "shell",
        qualifier=Qualifier.APPROX,
        origin="country:KP",
        destination="country:RU",
    )
    assert not same_thing(eu, kp)


def test_a_flow_and_a_stock_are_different_scopes() -> None:
    flow = quantity("a", 5_000_000, "shell", origin="country:KP", destination="country:RU")
    stock = quantity("b", 1_000_000, "shell")
    assert not same_thing(flow, stock)


def test_containers_with_munitions_and_with_armaments_are_one_count() -> None:
    a = quantity(
        "a", 6_700, "Container", concept="container", content=("military",), origin="country:KP"
    )
    b = quantity(
        "b",
        10_000,
        "Container",
        concept="container",
        content=("military",),
        origin="country:KP",
        destination="country:RU",
    )
    c = quantity(
        "c", 10_000, "Container", concept="container", content=("grain",), origin="country:KP"
    )
    assert same_thing(a, b)
    assert not same_thing(a, c)


def test_running_totals_since_different_months_are_different_counts() -> None:
    since_sep = quantity("a", 100, "case", time=month(2023, 9, kind=TimeKind.SINCE))
    since_jan = quantity("b", 300, "case", time=month(2024, 1, kind=TimeKind.SINCE))
    since_sep2 = quantity("c", 300, "case", time=month(2023, 9, kind=TimeKind.SINCE))
    assert not same_thing(since_sep, since_jan)
    assert same_thing(since_sep, since_sep2)


def test_a_running_total_and_a_count_over_an_earlier_period_are_two_counts() -> None:
    """ "seit Jahresbeginn zwölf Übergriffe" and "im vergangenen Jahr 23": the running total
    began after the other count's period ended."""
    from factcheck.models import DatePrecision, TimeRef

    last_year = TimeRef(
        start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), precision=DatePrecision.YEAR,
        phrase="im vergangenen Jahr",
    )  # fmt: skip
    since_jan = quantity("a", 12, "attack", time=month(2025, 1, kind=TimeKind.SINCE))
    in_2024 = quantity("b", 23, "attack", time=last_year)
    since_2024 = quantity("c", 30, "attack", time=month(2024, 6, kind=TimeKind.SINCE))
    assert not same_thing(since_jan, in_2024)
    assert same_thing(since_2024, in_2024)  # its span began inside the year: may overlap


def test_counts_over_two_calendar_periods_are_two_counts() -> None:
    """ "18,500 permits in March" and "53,800 in the first quarter" count two periods; one
    period's counts are compared, and so are running totals whatever their days."""
    from factcheck.models import DatePrecision, TimeRef

    quarter = TimeRef(
        start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31), precision=DatePrecision.MONTH,
        kind=TimeKind.PERIOD, phrase="Januar bis März",
    )  # fmt: skip
    march = quantity("a", 18_500, "apartment", time=month(2024, 3))
    march2 = quantity("b", 18_600, "apartment", time=month(2024, 3))
    first_quarter = quantity("c", 53_800, "apartment", time=quarter)
    assert not same_thing(march, first_quarter)
    assert same_thing(march, march2)
    dead = quantity("d", 30, "dead", time=month(2024, 3), cumulative=True)
    dead2 = quantity("e", 40, "dead", time=quarter, cumulative=True)
    assert same_thing(dead, dead2)


def test_figures_with_no_time_far_apart_are_two_occasions() -> None:
    from factcheck.reconcile.quantities import compatible, identity

    a = quantity("a", 5_000, "person")
    b = quantity("b", 20_000, "person")
    near = (dt.date(2024, 5, 4), dt.date(2024, 5, 4))
    far = (dt.date(2024, 9, 4), dt.date(2024, 9, 4))
    ia, ib_near, ib_far = identity(a, asof=near), identity(b, asof=near), identity(b, asof=far)
    assert ia is not None and ib_near is not None and ib_far is not None
    assert compatible(ia, ib_near)
    assert not compatible(ia, ib_far)
    assert (far[0] - near[0]).days > HORIZON_DAYS


def test_a_plan_and_a_report_are_two_statements() -> None:
    from factcheck.models import Modality

    plan = quantity("a", 100, "soldier", modality=Modality.PLANNED)
    done = quantity("b", 80, "soldier")
    also_planned = quantity("b", 80, "soldier", modality=Modality.PLANNED)
    assert not same_thing(plan, done)
    assert same_thing(plan, also_planned)


# -- agreement ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # about 10,000 vs at least 10,000: overlap
        ((10_000, Qualifier.APPROX, 1000), (10_000, Qualifier.AT_LEAST, 1000), True),
        # about 6,700 vs at least 10,000: apart
        ((6_700, Qualifier.APPROX, 100), (10_000, Qualifier.AT_LEAST, 1000), False),
        # about 6,700 vs about 10,000: 6,030-7,370 vs 9,000-11,000
        ((6_700, Qualifier.APPROX, 100), (10_000, Qualifier.APPROX, 1000), False),
        # nearly 5 million vs up to 4.8 million
        ((5e6, Qualifier.ALMOST, 1e6), (4.8e6, Qualifier.UP_TO, 1e5), True),
        # exact 10,000 read as rounded to the thousand agrees with 9,600
        ((10_000, Qualifier.EXACT, 1000), (9_600, Qualifier.EXACT, 100), True),
        # but not with 9,000
        ((10_000, Qualifier.EXACT, 1000), (9_000, Qualifier.EXACT, 100), False),
        # about 1,800 (1,620-1,980) vs 2,000: the exact figure is not widened again
        ((1_800, Qualifier.APPROX, 100), (2_000, Qualifier.EXACT, 1000), False),
        # about 200 (180-220) vs 220 and vs 185: inside the hedge
        ((200, Qualifier.APPROX, 100), (220, Qualifier.EXACT, 10), True),
        ((200, Qualifier.APPROX, 100), (185, Qualifier.EXACT, 1), True),
        # about 3,000 (2,700-3,300) vs up to 2,700: they only touch
        ((3_000, Qualifier.APPROX, 100), (2_700, Qualifier.UP_TO, 100), False),
        ((3_000, Qualifier.APPROX, 100), (2_800, Qualifier.UP_TO, 100), True),
    ],
)
def test_hedged_intervals(
    a: tuple[float, Qualifier, float], b: tuple[float, Qualifier, float], expected: bool
) -> None:
    ca = quantity("x", a[0], "container", qualifier=a[1], precision=a[2])
    cb = quantity("y", b[0], "container", qualifier=b[1], precision=b[2])
    assert _agree(ca, cb) is expected
    assert _agree(cb, ca) is expected


def test_several_million_includes_about_five_million() -> None:
    several = quantity("a", None, "shell", qualifier=Qualifier.SEVERAL, scale=1e6)
    five = quantity("b", 5e6, "shell", qualifier=Qualifier.APPROX, precision=1e6)
    assert _agree(several, five)


@pytest.mark.parametrize(
    ("x", "unit_x", "y", "unit_y", "expected"),
    [
        (300, "meter", 0.3, "kilometer", True),
        (1.2, "kilometer", 1_250, "meter", True),  # 1.2 km is given to the 100 m
        (1.2, "kilometer", 1_500, "meter", False),
        (60_000, "tonne", 60_000_000, "kilogram", True),
        (60_000, "tonne", 80_000_000, "kilogram", False),
    ],
)
def test_units_are_converted_before_comparing(
    x: float, unit_x: str, y: float, unit_y: str, expected: bool
) -> None:
    from factcheck.models.hedge import precision_of

    a = quantity(
        "a",
        x,
        "length:thing",
        unit=unit_x,
        unit_kind=UnitKind.PHYSICAL,
        precision=precision_of(str(x)),
    )
    b = quantity(
        "b",
        y,
        "length:thing",
        unit=unit_y,
        unit_kind=UnitKind.PHYSICAL,
        precision=precision_of(str(y)),
    )
    assert _agree(a, b) is expected


def test_temperatures_on_two_scales_are_not_compared() -> None:
    """100 °F is about 38 °C: a factor cannot take one scale into the other (it needs an
    offset), so figures in Celsius and in Fahrenheit are never set against each other."""
    c = quantity("a", 38, "temperature:city", unit="degree_Celsius", unit_kind=UnitKind.PHYSICAL)
    f = quantity(
        "b", 100, "temperature:city", unit="degree_Fahrenheit", unit_kind=UnitKind.PHYSICAL
    )
    assert measure_key(c) != measure_key(f)
    assert len(blocks([c, f])) == 2


def test_a_temperature_of_no_time_told_is_one_reading_not_compared() -> None:
    """A temperature changes by the hour: one told with no time of its own is a reading
    of some hour (concepts.READINGS), kept out of the blocks; a dated one is compared."""
    kw = {"unit": "degree_unscaled", "unit_kind": UnitKind.PHYSICAL}
    undated = quantity("a", 106, "measure:temperature", **kw)  # type: ignore[arg-type]
    dated = quantity("b", 90, "measure:temperature", time=day("2025-06-08"), **kw)  # type: ignore[arg-type]
    assert measure_key(undated) is None
    assert measure_key(dated) == "quantity|[temperature_unscaled]|measure:temperature"
    # a count is no reading: an undated count keeps its key
    assert measure_key(quantity("c", 23, "runner")) is not None


def test_a_moment_told_by_its_distance_from_an_event_is_not_compared() -> None:
    """ "Vier Stunden vor dem Anpfiff" is a moment (concepts.OFFSET), no length: kept out
    of the blocks, while the length of a strike is compared."""
    kw = {"unit": "hour", "unit_kind": UnitKind.PHYSICAL}
    offset = quantity("a", 4, "duration:offset", **kw)  # type: ignore[arg-type]
    strike = quantity("b", 20, "duration:strike", **kw)  # type: ignore[arg-type]
    assert measure_key(offset) is None
    assert measure_key(strike) is not None


@pytest.mark.parametrize(("x", "y", "expected"), [(38, 38, True), (38, 45, False)])
def test_temperatures_on_one_scale_compare_in_that_scale(
    x: float, y: float, expected: bool
) -> None:
    a = quantity("a", x, "temperature:city", unit="degree_Celsius", unit_kind=UnitKind.PHYSICAL)
    b = quantity("b", y, "temperature:city", unit="degree_Celsius", unit_kind=UnitKind.PHYSICAL)
    assert _agree(a, b) is expected
    ca = comparable(a)
    assert ca is not None and ca.unit == "degree_Celsius" and ca.nominal == x


def test_hypothetical_and_low_confidence_claims_are_not_compared() -> None:
    from factcheck.models import Modality

    hypo = quantity("a", 4_800_000, "shell", modality=Modality.HYPOTHETICAL)
    assert comparable(hypo) is None
    unsure = quantity("a", 10, "shell").model_copy(update={"confidence": 0.5})
    assert comparable(unsure) is None


# -- candidate pairs ------------------------------------------------------------------------
def test_small_blocks_are_compared_all_pairs() -> None:
    claims = [quantity(f"a{i}", i, "ship") for i in range(10)]
    comps = sweep_order(c for c in (comparable(x) for x in claims) if c is not None)
    pairs = set(candidate_pairs(comps))
    assert len(pairs) == 10 * 9 // 2


def test_large_blocks_are_compared_in_a_window() -> None:
    n = 4 * WINDOW
    claims = [quantity(f"a{i:03d}", i, "ship") for i in range(n)]
    comps = sweep_order(c for c in (comparable(x) for x in claims) if c is not None)
    pairs = list(candidate_pairs(comps))
    assert len(pairs) <= n * WINDOW
    assert len(set(pairs)) == len(pairs)
    # doubling the block doubles the pairs (linear), it does not quadruple them
    claims2 = [quantity(f"b{i:03d}", i, "ship") for i in range(2 * n)]
    comps2 = sweep_order(c for c in (comparable(x) for x in claims2) if c is not None)
    pairs2 = list(candidate_pairs(comps2))
    assert len(pairs2) <= 2 * n * WINDOW
    assert len(pairs2) <= 2.2 * len(pairs)


def test_the_sweep_stops_at_the_horizon() -> None:
    early = quantity("a", 1, "ship", time=month(2023, 1))
    late = quantity("b", 2, "ship", time=month(2024, 1))
    comps = sweep_order(c for c in (comparable(x) for x in (early, late)) if c is not None)
    assert list(candidate_pairs(comps)) == []


def test_user_schema_identity_slots_tell_things_apart() -> None:
    from factcheck.reconcile.quantities import compatible, identity

    a = quantity("a", 100, "shell", kind="delivery").model_copy(
        update={"slots": {"cargo": "shells"}}
    )
    b = quantity("b", 300, "shell", kind="delivery").model_copy(
        update={"slots": {"cargo": "Shells"}}
    )
    c = quantity("c", 300, "shell", kind="delivery").model_copy(
        update={"slots": {"cargo": "tanks"}}
    )
    d = quantity("d", 300, "shell", kind="delivery").model_copy(update={"slots": {"other": "x"}})

    def slots(kind: str) -> tuple[str, ...] | None:
        return ("cargo",) if kind == "delivery" else None

    ia, ib, ic, id_ = (identity(x, slots) for x in (a, b, c, d))
    assert ia is not None and ib is not None and ic is not None and id_ is not None
    assert compatible(ia, ib)  # slot values compare case-insensitively
    assert not compatible(ia, ic)
    assert compatible(ia, id_)  # a slot missing on one side does not separate


# -- what the engine's sweep reads of compatible() once per claim --------------------------
_IDENTITY = st.builds(
    Identity,
    slots=st.none(),
    content=st.sampled_from([frozenset(), frozenset({"grain"}), frozenset({"ammunition"})]),
    origin=st.sampled_from([None, "UA", "RU"]),
    destination=st.sampled_from([None, "EG"]),
    since=st.sampled_from([None, False, True]),
    period=st.sampled_from([None, (dt.date(2024, 5, 1), dt.date(2024, 5, 31))]),
    planned=st.booleans(),
    article=st.sampled_from(["a1", "a2"]),
    actors=st.sampled_from([(), ("Olaf Scholz",)]),
    asof=st.sampled_from([None, (dt.date(2024, 5, 3), dt.date(2024, 5, 3))]),
    scope=st.sampled_from([frozenset(), frozenset({"country:DE"})]),
    state=st.sampled_from([None, "destroyed"]),
    cumulative=st.booleans(),
    current=st.booleans(),
    occasion=st.booleans(),
)


@given(_IDENTITY, _IDENTITY)
def test_a_flow_against_no_flow_and_a_plan_against_a_report_are_never_compatible(
    a: Identity, b: Identity
) -> None:
    """engine.block_findings drops these pairs before reading their values, from flags
    read once per claim: compatible() must say the same of every such pair."""
    flow_a, flow_b = bool(a.origin or a.destination), bool(b.origin or b.destination)
    if (flow_a != flow_b and not (a.content and b.content)) or a.planned != b.planned:
        assert not compatible(a, b)
        assert not compatible(b, a)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("country:EC", "region:latin-america", False),  # Ecuador lies in South America
        ("region:latin-america", "country:EC", False),
        ("country:EC", "country:CO", True),
        ("country:EC", "region:europe", True),
        ("country:EC", None, False),
        ("country:EC", "country:EC", False),
    ],
)
def test_flows_are_apart_only_between_places_neither_within_the_other(
    a: str, b: str | None, apart: bool
) -> None:
    """ "aus Ecuador" and "aus Südamerika" may be one shipment's origin."""
    assert flows_apart(a, b) is apart


def test_a_measure_of_a_name_is_blocked_by_the_name_not_its_places() -> None:
    """ "The Kestrel-2 rocket ... in California" and "the Kestrel-2 rocket": one rocket, one
    block; the place said of one of them is weighed when the pair is compared."""
    from factcheck import extract_text

    def duration(text: str) -> str | None:
        (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
        return measure_key(claim)

    there = duration(
        "The Kestrel-2 rocket exploded about 72 seconds after lifting off in California."
    )
    plain = duration("The Kestrel-2 rocket exploded about 27 seconds after liftoff.")
    other = duration("The Falcon rocket exploded about 27 seconds after liftoff.")
    assert there == plain is not None
    assert other != plain


def test_a_capacity_up_to_a_number_is_that_limit() -> None:
    """ "für maximal 250 Passagiere zugelassen" against "für 150 Fahrgäste zugelassen": two
    limits of one licence, 250 and 150, not "anything up to 250"."""
    from factcheck.reconcile.quantities import comparable

    at_most = quantity("a", 250, "Passagier", concept="capacity", qualifier=Qualifier.AT_MOST)
    exact = quantity("b", 150, "Fahrgast", concept="capacity")
    a, b = comparable(at_most), comparable(exact)
    assert a is not None and b is not None
    assert (a.interval.low, a.interval.high) == (250, 250)
    # a count "up to" a number keeps its range
    evacuated = quantity("c", 300, "person", concept="evacuated", qualifier=Qualifier.UP_TO)
    c = comparable(evacuated)
    assert c is not None and c.interval.low == 0
