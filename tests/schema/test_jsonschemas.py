"""The committed JSON Schemas match the models, and carry the report contract's fields."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from hypothesis import given, settings

from factcheck.models import Report
from factcheck.schema.jsonschemas import dumps, generated
from tests import strategies as s

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_committed_schemas_match_the_models() -> None:
    for name, schema in generated().items():
        path = SCHEMAS / name
        assert path.exists(), f"{path} is missing: run `factcheck schema export schemas`"
        assert path.read_text(encoding="utf-8") == dumps(schema), (
            f"{path} drifted from the models: run `factcheck schema export schemas`"
        )


def test_report_contract_fields_are_present() -> None:
    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    props = schema["properties"]
    for field in ("articles", "claims", "discrepancies", "errors"):
        assert field in props
    defs = schema["$defs"]
    assert {"id", "path"} <= set(defs["Article"]["properties"])
    assert {"id", "article", "span", "quantity"} <= set(defs["Claim"]["properties"])
    assert {"nominal", "low", "high", "qualifier", "unit"} <= set(defs["Quantity"]["properties"])
    assert {"claims", "kind", "severity", "explanation"} <= set(defs["Discrepancy"]["properties"])
    assert {"path", "message"} <= set(defs["InputProblem"]["properties"])
    assert defs["Span"]["type"] == "array"


@settings(max_examples=30)
@given(s.reports())
def test_reports_validate_against_the_schema(report: Report) -> None:
    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(report.to_json()), schema)
