"""Big outputs: claims and findings as JSON Lines, streamed or written in shards, so
that the claims of a large run never have to be held by the client.

One record per line, each with a ``record`` field first: ``claim`` (the claim's JSON),
``finding`` (a discrepancy's JSON), ``error`` (an input that could not be read), and a
last ``summary`` line with the counts. In a folder (``--output DIR``): ``claims-NNNNN``
shards (one per input part, written by the worker that holds the part), ``findings``,
``errors`` and ``summary.json``; each shard as ``.jsonl``, and also as ``.parquet``
when pyarrow is installed (columns for the fields most filtered on, and the whole record
as JSON in ``record``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factcheck.models import Claim, Discrepancy, InputProblem


def claim_line(c: Claim) -> str:
    return '{"record":"claim",' + c.model_dump_json()[1:]


def finding_line(d: Discrepancy) -> str:
    return '{"record":"finding",' + d.model_dump_json()[1:]


def error_line(e: InputProblem) -> str:
    return '{"record":"error",' + e.model_dump_json()[1:]


def summary_line(articles: int, claims: int, findings: Sequence[Discrepancy], errors: int) -> str:
    by_sev: dict[str, int] = {}
    for d in findings:
        by_sev[d.severity.value] = by_sev.get(d.severity.value, 0) + 1
    return json.dumps(
        {
            "record": "summary",
            "articles": articles,
            "claims": claims,
            "discrepancies": len(findings),
            "errors": errors,
            "by_severity": by_sev,
        }
    )


def claim_lines(claims: Iterable[Claim]) -> str:
    """The claims as JSON Lines (one text, each line ending in a line feed)."""
    return "".join(claim_line(c) + "\n" for c in claims)


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def write_claims(folder: str, number: int, claims: Sequence[Claim]) -> str:
    """Write one claims shard (worker side); returns its JSON Lines path."""
    path = Path(folder) / f"claims-{number:05d}.jsonl"
    path.write_text(claim_lines(claims), encoding="utf-8")
    if _has_pyarrow():
        _parquet(
            path.with_suffix(".parquet"),
            [
                {
                    "id": c.id,
                    "article": c.article,
                    "kind": c.kind,
                    "quote": c.quote,
                    "record": claim_line(c),
                }
                for c in claims
            ],
            ["id", "article", "kind", "quote", "record"],
        )
    return os.fspath(path)


def write_findings(folder: str, findings: Sequence[Discrepancy]) -> None:
    path = Path(folder) / "findings.jsonl"
    path.write_text("".join(finding_line(d) + "\n" for d in findings), encoding="utf-8")
    if _has_pyarrow():
        _parquet(
            path.with_suffix(".parquet"),
            [
                {
                    "id": d.id,
                    "kind": d.kind.value,
                    "severity": d.severity.value,
                    "claims": list(d.claims),
                    "explanation": d.explanation,
                    "record": finding_line(d),
                }
                for d in findings
            ],
            ["id", "kind", "severity", "claims", "explanation", "record"],
        )


def write_rest(
    folder: str, errors: Sequence[InputProblem], articles: int, claims: int, found: Sequence[Any]
) -> None:
    base = Path(folder)
    base.joinpath("errors.jsonl").write_text(
        "".join(error_line(e) + "\n" for e in errors), encoding="utf-8"
    )
    base.joinpath("summary.json").write_text(
        summary_line(articles, claims, found, len(errors)) + "\n", encoding="utf-8"
    )


def _parquet(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if rows:
        table = pa.Table.from_pylist(rows)
    else:
        types = {"claims": pa.list_(pa.string())}
        table = pa.table({c: pa.array([], type=types.get(c, pa.string())) for c in columns})
    pq.write_table(table, path)


Problems = tuple[list[InputProblem], list[InputProblem]]


def write_part(part: Any, folder: str, number: int) -> tuple[int, int, Problems]:
    """Write a part's claims shard (worker side); its article and claim counts, its
    problems and warnings come back."""
    write_claims(folder, number, part.claims)
    return len(part.articles), len(part.claims), (list(part.problems), list(part.warnings))


def part_lines(part: Any) -> tuple[int, str, Problems]:
    """A part's claims as JSON Lines, with its article count, problems and warnings."""
    return len(part.articles), claim_lines(part.claims), (list(part.problems), list(part.warnings))


__all__ = [
    "claim_line",
    "claim_lines",
    "error_line",
    "finding_line",
    "part_lines",
    "summary_line",
    "write_claims",
    "write_findings",
    "write_part",
    "write_rest",
]
