"""The published JSON Schema of the claim-schema file format agrees with the loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml
from hypothesis import given, settings

from factcheck.schema import SchemaSpec
from factcheck.schema.checks import builtin_checks
from factcheck.schema.files import check_schema_text, dump_schema, example_files, file_format_schema
from tests.schema.spec_strategies import specs

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "schemas" / "claim-schema.schema.json"


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_the_published_schema_is_the_generated_one() -> None:
    assert json.loads(PUBLISHED.read_text(encoding="utf-8")) == file_format_schema()


def test_it_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(file_format_schema())


def test_it_documents_every_builtin_check() -> None:
    schema = file_format_schema()
    slot_checks = schema["$defs"]["SlotSpec"]["properties"]["checks"]["properties"]
    claim_checks = schema["properties"]["checks"]["properties"]
    names = {c.name for c in builtin_checks()}
    assert set(slot_checks) | set(claim_checks) == names
    assert {"distinct", "any_of", "modality"} == set(claim_checks)
    assert all(v["description"] for v in slot_checks.values())


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_examples_validate(path: Path) -> None:
    validator().validate(yaml.safe_load(path.read_text(encoding="utf-8")))


GOOD: dict[str, Any] = {
    "name": "ok",
    "lexicon": {"en": ["delivered"]},
    "slots": {"count": {"type": "quantity", "checks": {"ge": 0}}},
    "compared": "count",
}


@pytest.mark.parametrize(
    "change",
    [
        {"colour": "red"},
        {"name": "Not A Name"},
        {"temporal": "sometimes"},
        {"tolerance": 2},
        {"slots": {"count": {"type": "number"}}},
        {"slots": {"count": {"type": "quantity", "colour": "red"}}},
        {"slots": {"count": {"type": "quantity", "checks": {"ge": "lots"}}}},
        {"slots": {"count": {"type": "quantity", "source": "somewhere"}}},
        {"lexicon": {"deutsch": ["liefer*"]}},
        {"compared": []},
        {"slots": {}},
    ],
)
def test_broken_files_fail_both_the_json_schema_and_the_loader(change: dict[str, Any]) -> None:
    data = {**GOOD, **change}
    assert list(validator().iter_errors(data)), f"the JSON Schema accepts {change}"
    _, errors = check_schema_text(yaml.safe_dump(data), "x.yaml")
    assert errors, f"the loader accepts {change}"


def test_a_good_file_passes_both() -> None:
    validator().validate(GOOD)
    spec, errors = check_schema_text(yaml.safe_dump(GOOD))
    assert not errors and spec is not None


@settings(max_examples=60)
@given(specs())
def test_what_the_loader_accepts_the_json_schema_accepts(spec: SchemaSpec) -> None:
    validator().validate(yaml.safe_load(dump_schema(spec)))
