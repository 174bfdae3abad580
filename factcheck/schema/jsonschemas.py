"""The published JSON Schemas (schemas/*.schema.json), generated from the models.

Regenerate with ``factcheck schema export schemas/``; a test fails when the committed
files drift from the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck.schema._uris import BASE_URI as BASE_URI


def report_schema() -> dict[str, Any]:
    """JSON Schema of the report (``factcheck report --format json``)."""
    from factcheck.models import Report

    return _finish(
        Report.model_json_schema(mode="serialization"), "report", "A factcheck consistency report."
    )


def claim_schema() -> dict[str, Any]:
    """JSON Schema of one claim (a line of ``factcheck extract --format jsonl``)."""
    from factcheck.models import Claim

    return _finish(
        Claim.model_json_schema(mode="serialization"), "claim", "One claim extracted by factcheck."
    )


def _finish(schema: dict[str, Any], name: str, title: str) -> dict[str, Any]:
    out = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_URI}{name}.schema.json",
        "title": title,
    }
    out.update({k: v for k, v in schema.items() if k != "title"})
    return out


def generated() -> dict[str, dict[str, Any]]:
    """File name -> schema, for every schema generated from the models."""
    out = {
        "report.schema.json": report_schema(),
        "claim.schema.json": claim_schema(),
    }
    try:
        from factcheck.schema.files import file_format_schema
    except ImportError:  # pragma: no cover - the schema-file format is optional here
        return out
    out["claim-schema.schema.json"] = file_format_schema()
    return out


def dumps(schema: dict[str, Any]) -> str:
    """The canonical text of a schema file."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_all(folder: str | Path) -> list[Path]:
    """Write every generated schema into ``folder``; returns the paths written."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, schema in generated().items():
        p = root / name
        p.write_text(dumps(schema), encoding="utf-8")
        paths.append(p)
    return paths
