"""Schemas as YAML files: loading, errors with file, line and field, writing, examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from factcheck.errors import DuplicateNameError, SchemaDefinitionError, UnknownNameError
from factcheck.models import Place, Quantity, TimeRef
from factcheck.registry import schemas
from factcheck.schema import ClaimSchema, SchemaSpec, Slot, resolve_schemas
from factcheck.schema.files import (
    GUIDE,
    check_schema_file,
    check_schema_text,
    dump_schema,
    example_files,
    load_schema_file,
    load_schema_text,
)
from tests.schema.spec_strategies import specs

ROOT = Path(__file__).resolve().parents[2]

DELIVERY = """\
name: test_delivery
description: Tanks delivered from one country to another.
lexicon:
  de: [liefer*, geliefert]
  en: [delivered, sent]
slots:
  count:
    type: quantity
    checks: {concept: tank, ge: 1}
  origin:
    type: place
  destination:
    type: place
  period:
    type: time
compared: count
identity: [origin, destination]
temporal: cumulative
"""


class TankDelivery(
    ClaimSchema,
    name="test_delivery",
    description="Tanks delivered from one country to another.",
    lexicon={"de": ["liefer*", "geliefert"], "en": ["delivered", "sent"]},
    compared="count",
    identity=("origin", "destination"),
    temporal="cumulative",
):
    count: Quantity = Slot(concept="tank", ge=1)
    origin: Place | None = None
    destination: Place | None = None
    period: TimeRef | None = None


def write(tmp_path: Path, text: str, name: str = "schema.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> SchemaDefinitionError:
    path = write(tmp_path, text)
    with pytest.raises(SchemaDefinitionError) as info:
        load_schema_file(path, register=False)
    assert info.value.source == str(path)
    return info.value


def test_a_file_and_a_class_give_the_same_spec(tmp_path: Path) -> None:
    cls = load_schema_file(write(tmp_path, DELIVERY), register=False)
    assert cls.spec == TankDelivery.spec
    assert issubclass(cls, ClaimSchema) and cls.__name__ == "TestDelivery"
    assert cls.defined_in == str(tmp_path / "schema.yaml")


def test_loading_registers_and_reloading_is_a_no_op(tmp_path: Path) -> None:
    path = write(tmp_path, DELIVERY)
    first = load_schema_file(path)
    assert schemas.get("test_delivery") is first
    assert load_schema_file(path) is first
    changed = write(tmp_path, DELIVERY.replace("ge: 1", "ge: 2"), "other.yaml")
    with pytest.raises(DuplicateNameError):
        load_schema_file(changed)


def test_unknown_key_names_line_and_field(tmp_path: Path) -> None:
    err = error_of(
        tmp_path, DELIVERY.replace("    type: place\n", "    type: place\n    colour: red\n", 1)
    )
    assert err.line == 12 and err.field == "slots.origin.colour"
    assert "unknown key 'colour'" in err.message and "source" in err.message
    assert str(err).startswith(f"{err.source}:12 (field 'slots.origin.colour'): ")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    err = error_of(tmp_path, DELIVERY + "colour: red\n")
    assert (err.line, err.field) == (19, "colour")


def test_unknown_check_name_lists_the_known_ones(tmp_path: Path) -> None:
    err = error_of(tmp_path, DELIVERY.replace("ge: 1", "at_least: 1"))
    assert (err.line, err.field) == (9, "slots.count.checks.at_least")
    assert "unknown check 'at_least'" in err.message and "ge, gt" in err.message


def test_wrong_type_names_line_and_field(tmp_path: Path) -> None:
    err = error_of(tmp_path, DELIVERY.replace("temporal: cumulative", "temporal: 3"))
    assert (err.line, err.field) == (18, "temporal")
    err = error_of(tmp_path, DELIVERY.replace("    type: time", "    type: date"))
    assert (err.line, err.field) == (15, "slots.period.type")
    assert "'quantity', 'time'" in err.message
    err = error_of(tmp_path, DELIVERY.replace("ge: 1", "ge: lots"))
    assert (err.line, err.field) == (9, "slots.count.checks.ge")
    assert "wrong argument for check 'ge'" in err.message


def test_missing_compared_field(tmp_path: Path) -> None:
    err = error_of(tmp_path, DELIVERY.replace("compared: count\n", ""))
    assert err.field == "compared" and "missing" in err.message and err.line == 1
    err = error_of(tmp_path, DELIVERY.replace("compared: count", "compared: number"))
    assert (err.line, err.field) == (16, "compared")
    assert "'number' is not declared" in err.message


def test_identity_slot_error_points_at_the_list_item(tmp_path: Path) -> None:
    err = error_of(
        tmp_path,
        DELIVERY.replace("identity: [origin, destination]", "identity:\n  - origin\n  - cargo"),
    )
    assert (err.line, err.field) == (19, "identity.1")


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    err = error_of(
        tmp_path, DELIVERY.replace("  de: [liefer*, geliefert]", "  de: [liefer*, geliefert")
    )
    assert err.line is not None and 4 <= err.line <= 6
    assert "not valid YAML" in err.message
    err = error_of(tmp_path, DELIVERY.replace("[delivered, sent]", "[*delivered, sent]"))
    assert err.line == 5 and "quote words that start with *" in err.message


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    err = error_of(tmp_path, DELIVERY + "temporal: fixed\n")
    assert (err.line, err.field) == (19, "temporal") and "first on line 18" in err.message


def test_not_a_mapping_and_empty(tmp_path: Path) -> None:
    assert error_of(tmp_path, "- a\n- b\n").line == 1
    assert "empty" in error_of(tmp_path, "# nothing\n").message


def test_no_code_in_data_files(tmp_path: Path) -> None:
    err = error_of(tmp_path, "!!python/object/apply:os.system [echo hi]\n")
    assert "python/object/apply" in err.message and err.line == 1
    err = error_of(tmp_path, DELIVERY.replace("compared: count", "compared: !!python/name:os.sep"))
    assert "not valid YAML" in err.message and err.line == 16


def test_every_error_is_reported(tmp_path: Path) -> None:
    text = DELIVERY.replace("ge: 1", "ge: x, bogus: 1").replace("compared: count", "compared: n")
    spec, errors = check_schema_text(text, "t.yaml")
    assert spec is None
    assert {e.field for e in errors} == {
        "slots.count.checks.ge",
        "slots.count.checks.bogus",
        "compared",
    }
    assert all(e.source == "t.yaml" and e.line for e in errors)


def test_missing_file() -> None:
    spec, errors = check_schema_file("no/such/schema.yaml")
    assert spec is None and "no such file" in errors[0].message


def test_load_schema_text(tmp_path: Path) -> None:
    cls = load_schema_text(DELIVERY, register=False)
    assert cls.spec == TankDelivery.spec and "test_delivery" not in schemas


# -- writing --------------------------------------------------------------------------------
def test_dump_of_a_class_reads_back(tmp_path: Path) -> None:
    text = dump_schema(TankDelivery, guide=True)
    assert text.startswith(GUIDE)
    assert load_schema_text(text, register=False).spec == TankDelivery.spec


def test_dump_names_method_checks_it_cannot_write() -> None:
    from tests.schema.test_base import Shipment

    text = dump_schema(Shipment)
    assert "# not in this file: checks written as methods (not_absurd, has_an_end)" in text
    with pytest.raises(ValueError):
        dump_schema(schemas.get("quantity"))


@settings(max_examples=80)
@given(specs())
def test_yaml_round_trip_of_a_spec_is_the_identity(spec: SchemaSpec) -> None:
    spec2, errors = check_schema_text(dump_schema(spec))
    assert not errors
    assert spec2 == spec


# -- the examples ---------------------------------------------------------------------------
EXAMPLE_NAMES = {"weapons_delivery", "crowd_size", "casualties", "costs"}


def test_examples_are_registered_but_not_base_kinds() -> None:
    assert {p.stem for p in example_files()} == EXAMPLE_NAMES
    for name in EXAMPLE_NAMES:
        cls = schemas.get(name)
        assert not cls.builtin and cls.spec is not None and cls.spec.name == name


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_examples_open_with_the_guide_and_are_valid(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(GUIDE)
    spec, errors = check_schema_text(text, str(path))
    assert not errors and spec is not None


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_examples_are_exported_unchanged(path: Path) -> None:
    exported = ROOT / "schemas" / path.name
    assert exported.exists(), f"{exported} is missing: run `factcheck schema export schemas`"
    assert exported.read_bytes() == path.read_bytes(), (
        f"{exported} drifted from {path}: run `factcheck schema export schemas`"
    )


def test_example_declarations() -> None:
    wd = schemas.get("weapons_delivery")
    assert wd.temporal == "cumulative" and wd.compared == "count"
    assert {"item", "cargo", "origin", "destination", "period"} <= set(wd.model_fields)
    assert schemas.get("crowd_size").temporal == "fixed"
    cas = schemas.get("casualties")
    assert cas.compared_slots == ("deaths", "injured", "missing") and cas.temporal == "cumulative"
    costs = schemas.get("costs")
    assert costs.spec is not None and costs.spec.slots["amount"].checks["unit"] == "currency"


# -- names and paths ------------------------------------------------------------------------
def test_resolve_names_files_and_classes(tmp_path: Path) -> None:
    path = write(tmp_path, DELIVERY)
    got = resolve_schemas(["weapons_delivery", str(path), TankDelivery])
    assert got[0] is schemas.get("weapons_delivery")
    assert got[1].spec == TankDelivery.spec and got[2] is TankDelivery
    with pytest.raises(UnknownNameError) as info:
        resolve_schemas(["weapon_delivery"])
    assert "weapons_delivery" in info.value.known
    with pytest.raises(SchemaDefinitionError, match="no such file"):
        resolve_schemas([str(tmp_path / "missing.yaml")])


def test_an_exported_example_loads_as_the_registered_one() -> None:
    registered = schemas.get("weapons_delivery")
    assert load_schema_file(ROOT / "schemas" / "weapons_delivery.yaml") is registered
    assert resolve_schemas([str(ROOT / "schemas" / "crowd_size.yaml")]) == [
        schemas.get("crowd_size")
    ]
