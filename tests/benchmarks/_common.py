"""Helpers shared by the benchmark scripts (tests/benchmarks/bench_*.py).

Not a test module and not a benchmark: it holds the machine description that every
script prints with its figures, a plain-text table printer, and the JSON writer behind
the scripts' ``--json`` option. It imports nothing from factcheck.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import platform
import pstats
import re
import resource
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
"""The repository's root folder (the one holding factcheck/ and seeds/)."""
DATA = Path(__file__).resolve().parent / "data"
"""Small data files of the benchmarks."""


def machine() -> dict[str, Any]:
    """What the figures were measured on: CPUs, load, Python, the commit measured.

    When factcheck/ has uncommitted changes, the commit is followed by ``+`` and a short
    hash of that diff, so that two runs over the same working tree can be told apart."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = "unknown"
    try:
        diff = subprocess.run(
            ["git", "-C", str(ROOT), "diff", "HEAD", "--", "factcheck"],
            capture_output=True,
            check=False,
        ).stdout
    except OSError:
        diff = b""
    if diff:
        import hashlib

        commit += "+" + hashlib.blake2s(diff, digest_size=4).hexdigest()
    return {
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit or "unknown",
    }


def load_now() -> list[float]:
    """The 1, 5 and 15 minute load averages, rounded."""
    return [round(x, 2) for x in os.getloadavg()]


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (``ru_maxrss`` is in KB on Linux)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def print_machine(info: dict[str, Any]) -> None:
    """One line saying where and on what the figures were measured."""
    print(
        f"machine: {info['cpus']} CPUs, load average {info['load_average']}, "
        f"Python {info['python']}, commit {info['commit']}"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        parts = [
            row[i].ljust(widths[i]) if i == 0 else row[i].rjust(widths[i]) for i in range(len(row))
        ]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        if v >= 1000:
            return f"{v:,.0f}"
        if v >= 10:
            return f"{v:.1f}"
        return f"{v:.3f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def write_json(path: str | None, result: dict[str, Any]) -> None:
    """Write ``result`` to ``path`` ('-' for standard output) when a path was given."""
    if not path:
        return
    text = json.dumps(result, indent=2, sort_keys=True, default=str)
    if path == "-":
        print(text)
    else:
        Path(path).write_text(text + "\n", encoding="utf-8")
        print(f"\nJSON written to {path}")


def verdict(value: float, target: float, *, higher_is_better: bool) -> str:
    """``MET`` or ``MISSED`` with how far from the target the value is."""
    ok = value >= target if higher_is_better else value <= target
    ratio = value / target if target else float("inf")
    return f"{'MET' if ok else 'MISSED'} ({ratio:.2f} x target)"


def profile_call(fn: Callable[[], object]) -> str:
    """Where ``fn`` spends its time, as text.

    A pyinstrument call tree (sampling every 0.5 ms, so small functions are not inflated)
    when pyinstrument is installed, else cProfile's top functions by own and by
    cumulative time (cProfile's per-call overhead inflates small, often-called functions).
    """
    try:
        from pyinstrument import Profiler
    except ImportError:
        pr = cProfile.Profile()
        pr.enable()
        fn()
        pr.disable()
        buf = io.StringIO()
        st = pstats.Stats(pr, stream=buf)
        st.sort_stats("tottime").print_stats(20)
        st.sort_stats("cumulative").print_stats(30)
        return "cProfile\n" + re.sub(r"\n{3,}", "\n\n", buf.getvalue())
    prof = Profiler(interval=0.0005)
    prof.start()
    fn()
    prof.stop()
    return "pyinstrument\n" + str(prof.output_text(unicode=False, color=False))
