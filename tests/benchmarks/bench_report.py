"""Whole-report throughput and memory: ``factcheck report DIR --format json`` over a
folder of news, timed from start to exit in a fresh process.

Run from the repository root, in the project's virtual environment::

    python tests/benchmarks/bench_report.py                  # 10 MB of news
    python tests/benchmarks/bench_report.py --size-mb 1      # a quicker run
    python tests/benchmarks/bench_report.py --source ../shared/corpus --size-mb 10

What it measures
----------------
A folder of about ``--size-mb`` million characters is written to a temporary folder:
the article files under each ``--source`` folder (default: ``seeds/``, the five German
seed articles, and ``tests/benchmarks/data/``, the English wire copy), copied over and
over under new names until the size is reached, so that the report reads many articles
as a large collection of news does. Then ``factcheck report DIR --format json`` runs in
a child process with its output thrown away, and the script reads the child's CPU time
(user + system) and peak resident set size (``ru_maxrss``) from ``getrusage`` of the
children, and the wall time.

Figures: characters of article text per CPU second of the whole report (reading,
language detection, extraction, reconciliation, rendering the JSON), the peak memory,
and the same for extraction alone (``factcheck extract DIR --format jsonl``) so that the
share of extraction shows.

Targets (issue 13): 10 MB of news at >= 500,000 characters per CPU second for the whole
report, with a peak memory <= 1 GB.

Caveat: the collection repeats a few tens of KB of distinct text, so phrase-level caches
hit more often than on 10 MB of distinct news.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

TARGET_RATE = 500_000
TARGET_MB = 1024
_SUFFIXES = (".txt", ".md", ".html", ".htm")


def article_files(sources: list[Path]) -> list[Path]:
    """The article files under the source folders (no gold or schema files)."""
    files = [
        p
        for src in sources
        for p in sorted(src.rglob("*"))
        if p.is_file() and p.suffix.lower() in _SUFFIXES
    ]
    if not files:
        raise SystemExit(
            "bench_report: no article files (.txt, .md, .html) under "
            + ", ".join(str(s) for s in sources)
            + "; pass folders of articles with --source"
        )
    return files


def build_folder(dest: Path, files: list[Path], size_chars: int) -> tuple[int, int]:
    """Copy ``files`` into ``dest`` over and over (new names) until ``size_chars``
    characters are there; returns (files written, characters)."""
    texts = [(p, p.read_text(encoding="utf-8")) for p in files]
    total = n = 0
    while total < size_chars:
        for p, text in texts:
            (dest / f"{n:06d}_{p.name}").write_text(text, encoding="utf-8")
            total += len(text)
            n += 1
            if total >= size_chars:
                break
    return n, total


def run(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd`` in a fresh process (output discarded): wall, CPU and peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench_report: {' '.join(cmd)} failed:\n{done.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of the children is the largest child so far: each run is its own figure
    # only when it is larger than the runs before, so the report runs first
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": after.ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--size-mb", type=float, default=10.0, help="million characters")
    ap.add_argument(
        "--source",
        action="append",
        type=Path,
        help="folder of articles to repeat (repeatable; default: seeds/ and the English "
        "wire copy of tests/benchmarks/data/)",
    )
    ap.add_argument("--no-extract", action="store_true", help="skip the extraction-only run")
    ap.add_argument("--keep", type=Path, help="write the folder here and keep it")
    ap.add_argument("--json", help="write all figures to this file ('-': standard output)")
    args = ap.parse_args()
    sources = args.source or [_common.ROOT / "seeds", _common.DATA]
    factcheck = shutil.which("factcheck")
    if factcheck is None:
        raise SystemExit("bench_report: no factcheck command on PATH; activate the venv")
    info = _common.machine()
    _common.print_machine(info)
    tmp = None
    if args.keep:
        folder = args.keep
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="factcheck-bench-report-")
        folder = Path(tmp)
    try:
        n_files, chars = build_folder(folder, article_files(sources), int(args.size_mb * 1e6))
        print(f"{n_files:,} files, {chars:,} characters in {folder}", flush=True)
        env_cmd = [factcheck, "report", str(folder), "--format", "json", "--quiet"]
        rows = []
        results: dict[str, Any] = {"machine": info, "files": n_files, "chars": chars}
        rep = run(env_cmd)
        results["report"] = rep
        rows.append(["factcheck report --format json", *_row(rep, chars)])
        if not args.no_extract:
            ext = run([factcheck, "extract", str(folder), "--format", "jsonl", "--quiet"])
            results["extract"] = ext
            rows.append(["factcheck extract --format jsonl", *_row(ext, chars, rss=False)])
        print(
            _common.table(
                ["command", "wall s", "CPU s", "chars/CPU s", "peak RSS MB"],
                rows,
            )
        )
        rate = chars / rep["cpu_s"] if rep["cpu_s"] > 0 else 0.0
        print(
            f"target >= {TARGET_RATE:,} chars/CPU s for the whole report: {rate:,.0f} -> "
            + _common.verdict(rate, TARGET_RATE, higher_is_better=True)
        )
        print(
            f"target peak memory <= {TARGET_MB} MB: {rep['peak_rss_mb']:,.0f} MB -> "
            + _common.verdict(rep["peak_rss_mb"], TARGET_MB, higher_is_better=False)
        )
        results["rate"] = rate
        _common.write_json(args.json, results)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _row(r: dict[str, float], chars: int, *, rss: bool = True) -> list[object]:
    rate = chars / r["cpu_s"] if r["cpu_s"] > 0 else None
    # the peak of a later, smaller child is hidden by the report's (see run())
    return [r["wall_s"], r["cpu_s"], rate, r["peak_rss_mb"] if rss else None]


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
