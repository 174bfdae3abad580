"""``--format jsonl``: claims and findings streamed, or written in shards (JSON Lines,
and Parquet where pyarrow is installed); the same records with and without Dask."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.distributed import stream

pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _key(r: dict[str, Any]) -> tuple[str, str]:
    return (r["record"], r.get("id", r.get("path", "")))


def test_local_jsonl_has_every_claim_and_finding(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--format", "jsonl", "--quiet"]) == 0
    records = _records(capsys.readouterr().out)
    report = factcheck.check([SEEDS])
    assert [r["id"] for r in records if r["record"] == "claim"] == [c.id for c in report.claims]
    findings = [r for r in records if r["record"] == "finding"]
    assert [r["id"] for r in findings] == [d.id for d in report.discrepancies]
    assert findings[0]["explanation"] == report.discrepancies[0].explanation
    assert records[-1]["record"] == "summary"
    assert records[-1]["claims"] == len(report.claims)


@pytest.mark.distributed
def test_streamed_on_the_cluster_same_records(
    client: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_text("x")
    paths = [str(SEEDS), str(bad)]
    assert main(["report", *paths, "--format", "jsonl", "--quiet"]) == 0
    local = _records(capsys.readouterr().out)
    out = io.StringIO()
    done = stream(paths, client=client, out=out)
    dist = _records(out.getvalue())
    assert sorted(dist, key=_key) == sorted(local, key=_key)
    assert [r for r in dist if r["record"] == "finding"] == [
        r for r in local if r["record"] == "finding"
    ]
    assert done.claims == sum(1 for r in local if r["record"] == "claim")
    assert [e.path for e in done.errors] == [str(bad)]


@pytest.mark.distributed
def test_shards_in_a_folder(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    done = stream([SEEDS], client=client, folder=folder)
    shards = sorted(folder.glob("claims-*.jsonl"))
    assert len(shards) > 1  # one per input part, written by the workers
    claims = [r for s in shards for r in _records(s.read_text(encoding="utf-8"))]
    report = factcheck.check([SEEDS])
    assert sorted(r["id"] for r in claims) == sorted(c.id for c in report.claims)
    findings = _records((folder / "findings.jsonl").read_text(encoding="utf-8"))
    assert [r["id"] for r in findings] == [d.id for d in report.discrepancies]
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert summary["claims"] == done.claims == len(report.claims)
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(folder / "findings.parquet")
    assert table.column("id").to_pylist() == [d.id for d in report.discrepancies]
    assert sum(pq.read_table(s.with_suffix(".parquet")).num_rows for s in shards) == len(claims)
