"""A run on a Dask LocalCluster of 2 worker processes gives the local report: the same
articles, claims, findings (ids, order, text) and errors.

Marked ``distributed`` (select them with ``pytest -m distributed``); they run in the
default ``pytest`` command. The development corpus part is skipped where ../shared is
absent.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import factcheck
import factcheck.distributed as fcd
from factcheck.cli import main

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.distributed

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


def _json(report: factcheck.Report) -> Any:
    return json.loads(report.to_json())


def _wire(tmp_path: Path) -> Path:
    """The seeds as one JSON Lines file, twice (the second time under the same ids)."""
    lines = []
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        lines.append(json.dumps({"text": text, "id": f.stem}))
        lines.append(json.dumps({"text": text, "id": f.stem}))
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_seeds_same_report(client: Any) -> None:
    local = factcheck.check([SEEDS])
    dist = factcheck.check([SEEDS], client=client)
    assert local.discrepancies  # the seeds have findings to compare
    assert _json(dist) == _json(local)


def test_hot_blocks_and_byte_ranges_same_report(client: Any, tmp_path: Path) -> None:
    """Every measure key is hot (its block cut along the sweep into chunks of 2 claims)
    and the JSON Lines file is read in byte ranges: still the local report."""
    paths = [SEEDS, _wire(tmp_path)]
    local = factcheck.check(paths)
    dist = fcd.check(paths, client=client, hot_block=2, chunk_bytes=3000, partitions=3)
    assert _json(dist) == _json(local)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus (../shared) is absent")
def test_corpus_same_report(client: Any) -> None:
    local = factcheck.check([CORPUS])
    dist = factcheck.check([CORPUS], client=client)
    assert len(local.discrepancies) > 20
    assert _json(dist) == _json(local)
    small = fcd.check([CORPUS], client=client, hot_block=3)
    assert _json(small) == _json(local)


def test_extract_same_claims(client: Any, tmp_path: Path) -> None:
    paths = [SEEDS, _wire(tmp_path), tmp_path / "nothing-here"]
    loaded = factcheck.load_many(paths)
    got = fcd.extract(paths, client=client, chunk_bytes=3000)
    assert [a.id for a in got.articles] == [a.id for a in loaded.articles]
    assert got.claims == [c for a in loaded.articles for c in factcheck.extract(a)]
    assert got.errors == loaded.errors


def test_worker_killed_mid_run_same_report(new_client: Any, tmp_path: Path) -> None:
    """One of the two workers is killed once it holds extracted claims; the run
    completes (Dask computes the lost parts again) with the local report."""
    for copy in range(4):
        for f in SEEDS.glob("*.txt"):
            shutil.copy(f, tmp_path / f"{copy}-{f.name}")
    local = factcheck.check([tmp_path])
    c = new_client
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["report"] = factcheck.check([tmp_path], client=c)
        except BaseException as exc:  # pragma: no cover - reported below
            result["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    pids = c.run(os.getpid)
    victim = None
    deadline = time.monotonic() + 120
    while victim is None and time.monotonic() < deadline and thread.is_alive():
        for addr, keys in c.has_what().items():
            if any("extract_part" in str(k) for k in keys):
                victim = addr
                break
        time.sleep(0.05)
    assert victim is not None, "no worker held extracted claims"
    os.kill(pids[victim], signal.SIGKILL)
    thread.join(300)
    assert not thread.is_alive()
    assert "error" not in result, result.get("error")
    assert _json(result["report"]) == _json(local)


def test_cli_scheduler_local(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--format", "json", "--quiet"]) == 0
    local = json.loads(capsys.readouterr().out)
    assert main(["report", str(SEEDS), "--format", "json", "--scheduler", "local:2"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == local
    assert "dashboard" in err
