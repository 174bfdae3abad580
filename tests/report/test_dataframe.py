"""The report as pandas DataFrames."""

from __future__ import annotations

import importlib.util
import math
import sys

import pytest

from factcheck.models import Report
from factcheck.report.dataframe import (
    CLAIM_COLUMNS,
    DISCREPANCY_COLUMNS,
    claims_dataframe,
    to_dataframe,
)

needs_pandas = pytest.mark.skipif(
    importlib.util.find_spec("pandas") is None,
    reason="the 'dataframe' extra (pandas) is not installed: pip install 'factcheck[dataframe]'",
)


@needs_pandas
def test_one_row_per_discrepancy_and_claim(report: Report) -> None:
    df = report.to_dataframe()
    assert list(df.columns) == list(DISCREPANCY_COLUMNS)
    assert len(df) == sum(len(d.claims) for d in report.discrepancies) == 6
    assert list(df["severity"]) == ["major", "major", "minor", "minor", "info", "info"]
    assert df["severity"].cat.ordered
    assert df["severity"].max() == "major"
    major = df[df["severity"] == "major"].set_index("article")
    assert major.loc["001_nordhafen", "nominal"] == 6700
    assert major.loc["001_nordhafen", "qualifier"] == "approx"
    assert major.loc["001_nordhafen", "low"] < 6700 < major.loc["001_nordhafen", "high"]
    assert major.loc["002_port", "qualifier"] == "more_than"
    assert math.isnan(major.loc["002_port", "high"])
    assert major.loc["002_port", "unit"] == "Container"
    assert major.loc["002_port", "published"] == "2024-06-30"
    assert major.loc["001_nordhafen", "source"] == "Hafenamt via Nordhafener Zeitung"
    assert major.loc["001_nordhafen", "quote"] == "etwa 6.700 Container"


@needs_pandas
def test_non_quantity_claims_have_empty_value_fields(report: Report) -> None:
    df = to_dataframe(report)
    dates = df[df["kind"] == "date_conflict"]
    assert dates["nominal"].isna().all() and dates["unit"].isna().all()
    assert set(dates["value"]) == {"opening: 2024-05-14", "opening: 2024-05-21"}
    assert df["nominal"].dtype == "float64"


@needs_pandas
def test_empty_report_has_the_columns(empty_report: Report) -> None:
    df = to_dataframe(empty_report)
    assert df.empty and list(df.columns) == list(DISCREPANCY_COLUMNS)
    assert claims_dataframe(empty_report).columns.tolist() == list(CLAIM_COLUMNS)


@needs_pandas
def test_claims_dataframe(report: Report) -> None:
    df = claims_dataframe(report)
    assert list(df.columns) == list(CLAIM_COLUMNS)
    assert list(df["claim_id"]) == [c.id for c in report.claims]
    row = df.iloc[0]
    article = report.article(row["article"])
    assert article.text[row["start"] : row["end"]] == row["quote"]


def test_missing_pandas_names_the_extra(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'factcheck\[dataframe\]'"):
        report.to_dataframe()
