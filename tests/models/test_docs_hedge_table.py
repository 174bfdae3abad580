"""docs/concepts.md's hedge table lists exactly the qualifiers and ranges in the code."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.models import Qualifier
from factcheck.models.hedge import VAGUE_RANGES

PAGE = Path(__file__).resolve().parents[2] / "docs" / "concepts.md"


def _rows() -> dict[str, str]:
    text = PAGE.read_text(encoding="utf-8")
    table = text.split("<!-- hedge-table -->")[1].split("<!-- /hedge-table -->")[0]
    rows = {}
    for line in table.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = cells[1]
    return rows


def test_every_qualifier_is_documented() -> None:
    assert set(_rows()) == {q.value for q in Qualifier}


def test_vague_ranges_match_the_code() -> None:
    rows = _rows()
    for q, (lo, hi) in VAGUE_RANGES.items():
        numbers = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\d|\d", rows[q.value])]
        assert numbers == [lo, hi], q
