"""The named checks: what each built-in check accepts, and the checks registry."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.errors import DuplicateNameError, UnknownNameError
from factcheck.models import (
    Claim,
    DatePrecision,
    Entity,
    EntityKind,
    Measure,
    Modality,
    Place,
    PlaceKind,
    Qualifier,
    Quantity,
    Span,
    TimeKind,
    TimeRef,
    UnitKind,
)
from factcheck.registry import checks
from factcheck.schema.checks import (
    CheckContext,
    builtin_checks,
    check_reference,
    get_check,
    register_check,
)

BERLIN = Place(
    name="Berlin",
    key="city:berlin",
    kind=PlaceKind.CITY,
    country="DE",
    within=("region:de-be", "country:DE"),
)


def run(name: str, value: Any, arg: Any, claim: Claim | None = None) -> bool:
    chk = get_check(name)
    result: bool = chk.fn(value, chk.prepared(arg), CheckContext(claim=claim))
    return result


def count(n: float, unit: str = "Container", qualifier: Qualifier = Qualifier.EXACT) -> Quantity:
    return Quantity.hedged(n, qualifier, unit=unit, unit_kind=UnitKind.COUNT)


def claim_with(measure: Measure, q: Quantity, modality: Modality = Modality.ASSERTED) -> Claim:
    return Claim(
        id="c1", article="a", span=Span(start=0, end=3), measure=measure, quantity=q,
        modality=modality,
    )  # fmt: skip


def test_builtin_checks_are_registered_by_name() -> None:
    names = {c.name for c in builtin_checks()}
    assert {"concept", "unit", "ge", "gt", "le", "lt", "one_of", "within"} <= names
    assert {"kind", "country", "pattern", "resolved", "after", "before"} <= names
    assert {"distinct", "any_of", "modality"} <= names
    assert set(checks.names()) >= names


def test_unknown_check_lists_the_known_ones() -> None:
    with pytest.raises(UnknownNameError) as info:
        get_check("greater_than")
    assert "ge" in info.value.known and "within" in info.value.known
    assert "greater_than" in str(info.value) and "within" in str(info.value)


def test_duplicate_check_is_refused() -> None:
    with pytest.raises(DuplicateNameError):
        register_check("ge", applies_to=("quantity",))(lambda v, a, c: True)


def test_register_check_needs_known_targets() -> None:
    with pytest.raises(ValueError, match="applies_to"):
        register_check("odd", applies_to=("number",))(lambda v, a, c: True)


def test_a_registered_check_is_found_and_marked_not_builtin() -> None:
    @register_check("even", applies_to=("quantity",), argument=bool, description="Even number.")
    def even(value: Quantity, arg: bool, ctx: CheckContext) -> bool:
        return ((value.nominal or 0) % 2 == 0) == arg

    chk = get_check("even")
    assert not chk.builtin and chk.description == "Even number."
    assert run("even", count(4), True) and not run("even", count(3), True)
    assert "even" not in {c.name for c in builtin_checks()}


@pytest.mark.parametrize(
    ("name", "arg", "n", "ok"),
    [
        ("ge", 0, 0, True),
        ("ge", 1, 0, False),
        ("gt", 0, 0, False),
        ("le", 10, 10, True),
        ("lt", 10, 10, False),
        ("le", 10, 11, False),
    ],
)
def test_bounds(name: str, arg: float, n: float, ok: bool) -> None:
    assert run(name, count(n), arg) is ok


def test_bounds_of_a_vague_amount_use_its_interval() -> None:
    dozens = Quantity.hedged(None, Qualifier.DOZENS)
    assert dozens.low is not None
    assert run("ge", dozens, 1)
    assert not run("ge", dozens, dozens.low + 1)


def test_concept_reads_the_measure_of_the_claim() -> None:
    m = Measure(thing="Container", concept="container", surface="Schiffscontainer")
    c = claim_with(m, count(10))
    assert run("concept", c.quantity, "container", c)
    assert run("concept", c.quantity, ["shell", "Schiffscontainer"], c)  # the surface
    assert not run("concept", c.quantity, ["shell", "tank"], c)


def test_concept_without_a_claim_reads_the_unit() -> None:
    assert run("concept", count(3, unit="Container"), "container")
    assert not run("concept", count(3, unit="Panzer"), "container")


def test_unit_words_codes_and_dimensions() -> None:
    eur = Quantity.hedged(2e9, unit="EUR", unit_kind=UnitKind.CURRENCY)
    km = Quantity.hedged(300, unit="kilometer", unit_kind=UnitKind.PHYSICAL)
    miles = Quantity.hedged(30, unit="mile", unit_kind=UnitKind.PHYSICAL)
    assert run("unit", eur, "currency") and run("unit", eur, "EUR")
    assert not run("unit", eur, "USD") and not run("unit", eur, "count")
    assert run("unit", count(3), "count")
    assert run("unit", km, "kilometer") and run("unit", miles, "kilometer")
    assert not run("unit", km, "tonne") and not run("unit", eur, "kilometer")


def test_unit_argument_must_be_a_unit() -> None:
    with pytest.raises(ValueError, match="not a unit"):
        get_check("unit").normalise("furlongs per fortnight squared wrongly")


def test_one_of_on_text_places_and_entities() -> None:
    assert run("one_of", "Planned", ["planned", "estimated"])
    assert not run("one_of", "asserted", ["planned"])
    assert run("one_of", BERLIN, ["city:berlin"]) and run("one_of", BERLIN, ["berlin"])
    shin = Entity(name="Shin Wonsik", key="shin-wonsik", kind=EntityKind.PERSON)
    assert run("one_of", shin, ["shin-wonsik"])


def test_within_uses_the_containment_chain() -> None:
    assert run("within", BERLIN, "country:DE")
    assert run("within", BERLIN, ["country:FR", "city:berlin"])
    assert not run("within", BERLIN, "country:FR")


def test_within_needs_place_keys() -> None:
    with pytest.raises(ValueError, match="place key"):
        get_check("within").normalise("Berlin")


def test_kind_and_country() -> None:
    assert run("kind", BERLIN, ["city", "region"]) and not run("kind", BERLIN, "country")
    assert run("country", BERLIN, "de") and not run("country", BERLIN, ["FR"])


def test_pattern_and_a_broken_pattern() -> None:
    assert run("pattern", "Leopard 2A6", r"\d")
    assert not run("pattern", "Leopard", r"\d")
    with pytest.raises(ValueError, match="regular expression"):
        get_check("pattern").normalise("(unclosed")


def test_time_checks() -> None:
    june = TimeRef(
        start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), precision=DatePrecision.MONTH
    )
    since = TimeRef(start=dt.date(2023, 9, 1), kind=TimeKind.SINCE)
    weekday = TimeRef(weekday=2, resolved_against="unresolved")
    assert run("after", june, "2024-06-15") and not run("after", june, "2024-07-01")
    assert run("before", june, "2024-06-15") and not run("before", june, "2024-05-31")
    assert run("after", since, "2030-01-01")  # a running period has no end yet
    assert run("resolved", june, True) and not run("resolved", weekday, True)
    assert run("resolved", weekday, False)


def test_claim_checks_see_the_instance() -> None:
    class Pair:
        origin = Place(name="Nordkorea", key="country:KP")
        destination = Place(name="North Korea", key="country:KP")
        via = None

    assert not run("distinct", Pair(), ["origin", "destination"])
    assert run("distinct", Pair(), ["origin", "via"])
    assert run("any_of", Pair(), ["via", "origin"]) and not run("any_of", Pair(), ["via"])


def test_modality_check_reads_the_base_claim() -> None:
    m = Measure(thing="Container", concept="container")
    planned = claim_with(m, count(1), Modality.PLANNED)
    assert not run("modality", None, ["asserted", "reported"], planned)
    assert run("modality", None, ["planned"], planned)
    assert run("modality", None, ["asserted"], None)
    with pytest.raises(ValueError, match="unknown modality"):
        get_check("modality").normalise(["certain"])


def test_normalise_gives_the_json_form() -> None:
    assert get_check("concept").normalise(("a", "b")) == ["a", "b"]
    assert get_check("ge").normalise(1) == 1
    assert get_check("after").normalise(dt.date(2024, 1, 2)) == "2024-01-02"
    assert get_check("after").normalise("2024-01-02") == "2024-01-02"


def test_reference_rows_describe_every_builtin_check() -> None:
    rows = check_reference()
    assert [r["name"] for r in rows] == sorted(r["name"] for r in rows)
    for row in rows:
        assert row["description"] and row["example"].startswith(row["name"] + ":")
        assert row["argument"]
