"""The report as pandas DataFrames, for analysis in notebooks.

:func:`to_dataframe` gives one row per claim side of each discrepancy (a finding between
two claims is two rows sharing a ``discrepancy_id``); :func:`claims_dataframe` gives one
row per claim. Both need the optional extra ``dataframe``
(``pip install 'factcheck[dataframe]'``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.models.claim import Claim
from factcheck.models.report import Report
from factcheck.registry import tables
from factcheck.report._view import ClaimView, ReportView, describe_value, require

if TYPE_CHECKING:
    import pandas

__all__ = ["CLAIM_COLUMNS", "DISCREPANCY_COLUMNS", "claims_dataframe", "to_dataframe"]

_VALUE_COLUMNS = ("value", "nominal", "low", "high", "qualifier", "unit")

DISCREPANCY_COLUMNS: tuple[str, ...] = (
    "discrepancy_id",
    "kind",
    "severity",
    "explanation",
    "claim_id",
    "article",
    "quote",
    *_VALUE_COLUMNS,
    "source",
    "modality",
    "published",
)
"""Columns of :func:`to_dataframe`, in order."""

CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "article",
    "claim_kind",
    "quote",
    "start",
    "end",
    *_VALUE_COLUMNS,
    "source",
    "modality",
    "published",
)
"""Columns of :func:`claims_dataframe`, in order."""


def _pandas() -> Any:
    return require("pandas", "dataframe")


def _value_fields(claim: Claim | None) -> dict[str, Any]:
    q = claim.quantity if claim is not None else None
    return {
        "value": describe_value(claim) if claim is not None else None,
        "nominal": q.nominal if q is not None else None,
        "low": q.low if q is not None else None,
        "high": q.high if q is not None else None,
        "qualifier": q.qualifier.value if q is not None else None,
        "unit": q.unit if q is not None else None,
    }


def _published(c: ClaimView) -> str | None:
    return c.published if c.article is not None and c.article.published.known else None


def to_dataframe(report: Report) -> pandas.DataFrame:
    """One row per (discrepancy, claim), gravest discrepancy first; columns
    :data:`DISCREPANCY_COLUMNS`. ``severity`` is an ordered categorical
    (info < minor < major < critical); ``published`` is the date as known
    (``2024-06``), or None."""
    pd = _pandas()
    view = ReportView(report)
    rows: list[dict[str, Any]] = []
    for d in view.discrepancies():
        disc = d.discrepancy
        for c in d.claims:
            rows.append(
                {
                    "discrepancy_id": disc.id,
                    "kind": disc.kind.value,
                    "severity": disc.severity.value,
                    "explanation": disc.explanation,
                    "claim_id": c.id,
                    "article": c.article_id or None,
                    "quote": (c.claim.quote or c.quote) if c.claim is not None else None,
                    **_value_fields(c.claim),
                    "source": c.source or None,
                    "modality": c.modality or None,
                    "published": _published(c),
                }
            )
    frame = pd.DataFrame(rows, columns=list(DISCREPANCY_COLUMNS))
    frame["severity"] = pd.Categorical(
        frame["severity"], categories=["info", "minor", "major", "critical"], ordered=True
    )
    for col in ("nominal", "low", "high"):
        frame[col] = frame[col].astype("float64")
    return frame


def claims_dataframe(report: Report) -> pandas.DataFrame:
    """One row per claim, in report order; columns :data:`CLAIM_COLUMNS`."""
    pd = _pandas()
    view = ReportView(report)
    rows: list[dict[str, Any]] = []
    for claim in report.claims:
        c = view.claim_view(claim.id)
        rows.append(
            {
                "claim_id": claim.id,
                "article": claim.article,
                "claim_kind": claim.kind,
                "quote": claim.quote or c.quote,
                "start": claim.span.start,
                "end": claim.span.end,
                **_value_fields(claim),
                "source": c.source,
                "modality": claim.modality.value,
                "published": _published(c),
            }
        )
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    for col in ("nominal", "low", "high"):
        frame[col] = frame[col].astype("float64")
    return frame


tables.add("dataframe", to_dataframe)
