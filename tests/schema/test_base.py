"""Schemas written as classes: declarations, slots, checks, errors and registration."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from factcheck.errors import DuplicateNameError, SchemaDefinitionError, UnknownNameError
from factcheck.models import Entity, Place, PlaceKind, Quantity, TimeRef, UnitKind
from factcheck.registry import schemas
from factcheck.schema import (
    ClaimSchema,
    SchemaSpec,
    Slot,
    build_schema,
    claim_check,
    register_schema,
    restore_registries,
    slot_check,
    unregister_schema,
)
from factcheck.schema.base import parse_spec, reserved_names
from tests.schema.spec_strategies import specs

KP = Place(name="Nordkorea", key="country:KP", kind=PlaceKind.COUNTRY, country="KP")
RU = Place(name="Russland", key="country:RU", kind=PlaceKind.COUNTRY, country="RU")


def tanks(n: float) -> Quantity:
    return Quantity.hedged(n, unit="tank", unit_kind=UnitKind.COUNT)


class Shipment(
    ClaimSchema,
    name="test_shipment",
    compared="count",
    identity=("origin", "destination"),
    lexicon={"de": ["liefer*"], "en": ["delivered", "shipped"]},
    temporal="cumulative",
    tolerance=0.05,
    checks={"distinct": ["origin", "destination"]},
):
    """Tanks shipped from one country to another.

    The second paragraph is not part of the description."""

    count: Quantity = Slot(concept="tank", ge=1)
    origin: Place | None = None
    destination: Place | None = Slot(None, description="Who receives them.", within="country:RU")
    period: TimeRef | None = None
    source: Entity | None = Slot(None, source="attribution")

    @slot_check("count")
    def not_absurd(cls, value: Quantity) -> bool:
        return (value.nominal or 0) < 1_000_000

    @claim_check
    def has_an_end(self) -> bool:
        if self.origin is None and self.destination is None:
            raise ValueError("neither origin nor destination is known")
        return True


def test_class_keywords_become_declarations() -> None:
    assert Shipment.name == "test_shipment"
    assert Shipment.compared == "count" and Shipment.compared_slots == ("count",)
    assert Shipment.identity == ("origin", "destination")
    assert Shipment.lexicon == {"de": ("liefer*",), "en": ("delivered", "shipped")}
    assert (Shipment.temporal, Shipment.tolerance) == ("cumulative", 0.05)
    assert Shipment.description == "Tanks shipped from one country to another."
    assert not Shipment.builtin


def test_the_class_has_a_spec() -> None:
    spec = Shipment.spec
    assert isinstance(spec, SchemaSpec)
    assert list(spec.slots) == ["count", "origin", "destination", "period", "source"]
    assert spec.slots["count"].checks == {"concept": "tank", "ge": 1}
    assert spec.slots["destination"].checks == {"within": "country:RU"}
    assert spec.slots["destination"].description == "Who receives them."
    assert spec.slots["source"].source == "attribution"
    assert spec.checks == {"distinct": ["origin", "destination"]}


def test_valid_values_pass() -> None:
    s = Shipment(count=tanks(40), origin=KP, destination=RU)
    assert s.count.nominal == 40


def test_failures_are_collected_not_stopped_at_the_first() -> None:
    instance, failures = Shipment.check_values({"count": tanks(0), "origin": RU, "destination": RU})
    assert instance is None
    found = {(f.slot, f.check) for f in failures}
    assert found == {("count", "ge"), (None, "distinct")}


def test_a_failing_check_raises_in_the_constructor() -> None:
    with pytest.raises(ValueError, match="ge failed"):
        Shipment(count=tanks(0), origin=KP)


def test_method_checks_run() -> None:
    _, failures = Shipment.check_values({"count": tanks(5_000_000), "origin": KP})
    assert [(f.slot, f.check) for f in failures] == [("count", "not_absurd")]
    _, failures = Shipment.check_values({"count": tanks(5)})
    assert [(f.check, f.reason) for f in failures] == [
        ("has_an_end", "neither origin nor destination is known")
    ]


def test_a_wrong_type_is_a_failure() -> None:
    instance, failures = Shipment.check_values({"count": "forty", "origin": KP})
    assert instance is None and failures[0].check == "type" and failures[0].slot == "count"


def test_describe_shows_sources_and_checks() -> None:
    d = Shipment.describe()
    assert d["slots"]["origin"]["source"] == "measure.origin"
    assert d["slots"]["period"]["source"] == "time"
    assert d["slots"]["count"]["source"] == "value"
    assert d["slots"]["source"]["source"] == "attribution"
    assert {m["name"] for m in d["method_checks"]} == {"not_absurd", "has_an_end"}


def test_builtin_kinds_are_still_registered() -> None:
    for name in ("quantity", "date", "event", "place"):
        assert schemas.get(name).builtin
        assert schemas.get(name).spec is None


# -- definition errors --------------------------------------------------------------------
def _define(**kw: object) -> type[ClaimSchema]:
    ns: dict[str, object] = {"KW": kw}
    source = (
        "from factcheck.models import Quantity, Place\n"
        "from factcheck.schema import ClaimSchema, Slot\n"
        "class Broken(ClaimSchema, **KW):\n"
        "    count: Quantity = Slot(concept='tank')\n"
        "    origin: Place | None = None\n"
    )
    exec(compile(source, "<broken>", "exec", dont_inherit=True), ns)
    result: type[ClaimSchema] = ns["Broken"]  # type: ignore[assignment]
    return result


def test_missing_compared_is_an_error() -> None:
    with pytest.raises(SchemaDefinitionError) as info:
        _define(name="broken")
    assert info.value.field == "compared" and "missing" in info.value.message


def test_compared_must_be_a_slot() -> None:
    with pytest.raises(SchemaDefinitionError) as info:
        _define(name="broken", compared="amount")
    assert info.value.field == "compared" and "'amount'" in info.value.message


def test_identity_must_name_slots_that_are_not_compared() -> None:
    with pytest.raises(SchemaDefinitionError, match="not declared"):
        _define(name="broken", compared="count", identity=("cargo",))
    with pytest.raises(SchemaDefinitionError, match="is compared"):
        _define(name="broken", compared="count", identity=("count",))


def test_bad_declaration_values() -> None:
    with pytest.raises(SchemaDefinitionError) as info:
        _define(name="broken", compared="count", temporal="sometimes")
    assert info.value.field == "temporal"
    with pytest.raises(SchemaDefinitionError) as info:
        _define(name="broken", compared="count", tolerance=2)
    assert info.value.field == "tolerance"
    with pytest.raises(SchemaDefinitionError) as info:
        _define(name="Broken Name", compared="count")
    assert info.value.field == "name"


def test_errors_of_a_class_in_a_file_name_the_file_line_and_slot() -> None:
    with pytest.raises(SchemaDefinitionError) as info:

        class Wrong(ClaimSchema, name="wrong", compared="count"):
            count: Quantity = Slot(concept="tank", greater_than=0)

    err = info.value
    assert err.source.endswith("test_base.py")
    assert err.field == "count.greater_than"
    assert "unknown check 'greater_than'" in err.message and "ge" in err.message
    assert err.line is not None
    with open(err.source, encoding="utf-8") as fh:
        assert "greater_than=0" in fh.read().splitlines()[err.line - 1]


def test_wrong_check_argument_and_target() -> None:
    with pytest.raises(SchemaDefinitionError, match="wrong argument for check 'ge'"):

        class A(ClaimSchema, name="a", compared="count"):
            count: Quantity = Slot(concept="tank", ge="many")

    with pytest.raises(SchemaDefinitionError, match="does not apply to a quantity slot"):

        class B(ClaimSchema, name="b", compared="count"):
            count: Quantity = Slot(concept="tank", within="country:RU")

    with pytest.raises(SchemaDefinitionError, match="list it under the schema's checks"):

        class C(ClaimSchema, name="c", compared="count"):
            count: Quantity = Slot(concept="tank", distinct=["count", "count"])


def test_slot_types_are_limited() -> None:
    with pytest.raises(SchemaDefinitionError, match="not a slot type") as info:

        class D(ClaimSchema, name="d", compared="count", lexicon={"en": ["x"]}):
            count: Quantity
            weight: float = 0.0

    assert info.value.field == "weight"


def test_a_quantity_slot_must_be_compared() -> None:
    with pytest.raises(SchemaDefinitionError, match="must be compared"):

        class E(ClaimSchema, name="e", compared="count", lexicon={"en": ["x"]}):
            count: Quantity
            other: Quantity | None = None


def test_a_schema_that_would_take_every_number_is_refused() -> None:
    with pytest.raises(SchemaDefinitionError, match="every number"):

        class F(ClaimSchema, name="f", compared="count"):
            count: Quantity = Slot(ge=0)


def test_reserved_slot_names() -> None:
    assert "name" in reserved_names() and "compared" in reserved_names()
    spec, problems = parse_spec(
        {
            "name": "r",
            "lexicon": {"en": ["x"]},
            "slots": {"count": {"type": "quantity"}, "identity": {"type": "text"}},
            "compared": "count",
        }
    )
    assert spec is None and problems[0].loc == ("slots", "identity")


def test_method_check_of_an_unknown_slot() -> None:
    with pytest.raises(SchemaDefinitionError, match="does not declare"):

        class G(ClaimSchema, name="g", compared="count", lexicon={"en": ["x"]}):
            count: Quantity

            @slot_check("cargo")
            def cargo_ok(cls, value: str) -> bool:
                return True


def test_slot_check_needs_slot_names() -> None:
    with pytest.raises(TypeError):
        slot_check()


# -- registration -------------------------------------------------------------------------
def test_register_and_unknown_names() -> None:
    assert "test_shipment" not in schemas
    assert register_schema(Shipment) is Shipment
    assert schemas.get("test_shipment") is Shipment
    assert register_schema(Shipment) is Shipment  # again: a no-op
    with pytest.raises(UnknownNameError) as info:
        schemas.get("test_shipments")
    assert "test_shipment" in info.value.known and "quantity" in info.value.known


def test_duplicate_names_are_refused() -> None:
    register_schema(Shipment)

    class Other(ClaimSchema, name="test_shipment", compared="n", lexicon={"en": ["x"]}):
        n: Quantity

    with pytest.raises(DuplicateNameError):
        register_schema(Other)
    assert register_schema(Other, replace=True) is Other
    assert schemas.get("test_shipment") is Other


def test_the_same_definition_twice_is_not_a_duplicate() -> None:
    assert Shipment.spec is not None
    plain = Shipment.spec.model_copy(update={"name": "test_plain"})
    first = register_schema(build_schema(plain))
    again = build_schema(plain)
    assert again is not first and register_schema(again) is first


def test_builtin_kinds_are_protected() -> None:
    class Quantityish(ClaimSchema, name="quantity", compared="n", lexicon={"en": ["x"]}):
        n: Quantity

    with pytest.raises(SchemaDefinitionError, match="built-in"):
        register_schema(Quantityish)
    with pytest.raises(ValueError, match="built-in"):
        unregister_schema("quantity")
    with pytest.raises(TypeError):
        register_schema(schemas.get("quantity"))


def test_register_keyword_registers_on_creation() -> None:
    class Auto(ClaimSchema, name="test_auto", compared="n", lexicon={"en": ["x"]}, register=True):
        n: Quantity

    assert schemas.get("test_auto") is Auto
    unregister_schema("test_auto")
    assert "test_auto" not in schemas


def test_restore_registries_undoes_registrations() -> None:
    with restore_registries():
        register_schema(Shipment)
        assert "test_shipment" in schemas
    assert "test_shipment" not in schemas
    assert "weapons_delivery" in schemas


def test_a_subclass_inherits_declarations() -> None:
    class Strict(Shipment, name="test_strict", tolerance=0.0):
        pass

    assert Strict.compared == "count" and Strict.identity == ("origin", "destination")
    assert Strict.tolerance == 0.0 and Strict.temporal == "cumulative"
    assert {m[0] for m in Strict.method_checks} == {"not_absurd", "has_an_end"}


# -- one builder ----------------------------------------------------------------------------
@settings(max_examples=60)
@given(specs())
def test_spec_to_class_to_spec_is_the_identity(spec: SchemaSpec) -> None:
    cls = build_schema(spec)
    assert cls.spec == spec
    assert cls.name == spec.name and cls.compared_slots == spec.compared


def test_a_class_and_its_built_twin_agree() -> None:
    assert Shipment.spec is not None
    twin = build_schema(Shipment.spec)
    assert twin.spec == Shipment.spec
    for name, field in Shipment.model_fields.items():
        assert twin.model_fields[name].description == field.description


def test_string_annotations_in_executed_code_resolve() -> None:
    source = (
        "from __future__ import annotations\n"
        "from factcheck.models import Quantity, Place\n"
        "from factcheck.schema import ClaimSchema, Slot\n"
        "class Late(ClaimSchema, name='late', compared='count', lexicon={'en': ['x']}):\n"
        "    count: Quantity = Slot(concept='tank')\n"
        "    origin: Place | None = None\n"
    )
    ns: dict[str, object] = {"__name__": "not_a_module"}
    exec(compile(source, "<late>", "exec", dont_inherit=True), ns)
    late = ns["Late"]
    assert isinstance(late, type) and issubclass(late, ClaimSchema)
    assert late.spec is not None and late.spec.slots["origin"].type == "place"


def test_an_unresolvable_annotation_is_named() -> None:
    source = (
        "from __future__ import annotations\n"
        "import factcheck.models as m\n"
        "from factcheck.schema import ClaimSchema\n"
        "class Odd(ClaimSchema, name='odd', compared='count', lexicon={'en': ['x']}):\n"
        "    count: m.Quantity\n"
    )
    with pytest.raises(SchemaDefinitionError, match=r"'m\.Quantity' could not be resolved"):
        exec(compile(source, "<odd>", "exec", dont_inherit=True), {"__name__": "nowhere"})
