"""Cold start of the command line: a whole report against importing the heavy libraries.

Run from the repository root, in the project's virtual environment::

    python tests/benchmarks/bench_cli.py                 # 5 alternating repetitions
    python tests/benchmarks/bench_cli.py --repeat 9 --json cli.json
    python tests/benchmarks/bench_cli.py --input path/to/articles/

What it measures
----------------
Each command runs as a fresh process, as a user runs it, with the wall time measured from
start to exit:

* ``factcheck report seeds --format json > /dev/null``: start-up, loading, extraction of
  the five seed articles (23 KB), reconciliation and rendering;
* ``python -c "import pint, dateparser, pydantic"``: the floor any program built on these
  libraries pays;
* ``factcheck --help`` and ``python -c pass`` (the interpreter alone), for scale.

The first two alternate (report, import, report, import...) so that a change in the
machine's load hits both alike (their CPU seconds, user + system from ``getrusage``, are
printed too: on a busy machine the CPU ratio moves much less than the wall ratio); one
unmeasured warm-up run of each comes first (disk cache, pint's definition cache, and
the bytecode of factcheck's modules: the commands run without PYTHONDONTWRITEBYTECODE,
so that an editable checkout loads compiled modules as an installed package does). The
medians and their ratio are printed; the load average is printed with them because the
machine may be shared.

Then ``python -X importtime -c "import factcheck"`` lists the modules that make
``import factcheck`` slow (cumulative and own milliseconds, the top ``--top``), and a
profile of where ``factcheck report`` spends its time, by phase, is taken from one more
run: a pyinstrument call tree when pyinstrument is installed (``pip install
pyinstrument``), else cProfile's top functions by cumulative time.

Target: report time / import time <= 2.5.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

TARGET_RATIO = 2.5


def _factcheck_cmd() -> list[str]:
    """The installed ``factcheck`` script next to this Python, else ``python -m``."""
    script = Path(sys.executable).with_name("factcheck")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.exit(main())"]


_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""The commands' environment: bytecode may be written, so that after the warm-up run
factcheck's modules load from ``__pycache__`` as an installed package's do (pip
compiles them at install time; an editable checkout under PYTHONDONTWRITEBYTECODE=1
would otherwise compile some seventy modules from source on every run, about 0.15 s)."""

_CPU: dict[str, list[float]] = {}
"""CPU seconds (user + system) of each timed command's process, by command."""


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _time(cmd: list[str]) -> float:
    c0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run(
        cmd,
        cwd=_common.ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
        env=_ENV,
    )
    wall = time.perf_counter() - t0
    _CPU.setdefault(" ".join(cmd), []).append(_children_cpu() - c0)
    if proc.returncode not in (0, 1):
        raise SystemExit(
            f"bench_cli: {' '.join(cmd)} exited with {proc.returncode}:\n"
            f"{proc.stderr.decode(errors='replace')}"
        )
    return wall


def import_offenders(top: int) -> tuple[float, list[tuple[str, int, int]]]:
    """Total ``import factcheck`` time (s) and the modules with the largest cumulative
    import time: (module, cumulative us, self us)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import factcheck"],
        cwd=_common.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[str, int, int]] = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append((m.group(4), int(m.group(2)), int(m.group(1))))
    total = next((cum for name, cum, _ in rows if name == "factcheck"), 0)
    rows.sort(key=lambda r: -r[1])
    return total / 1e6, [r for r in rows if r[0] != "factcheck"][:top]


def report_profile(cmd: list[str], top: int) -> str:
    """Where one ``factcheck report`` run spends its time: a pyinstrument call tree when
    pyinstrument is installed (sampling, little overhead), else cProfile's top functions
    by cumulative time (cProfile roughly doubles the run time of small functions)."""
    import importlib.util

    script = Path(cmd[0])
    if not (script.exists() and script.name == "factcheck"):
        return "(no profile: the factcheck script was not found)"
    with tempfile.TemporaryDirectory() as tmp:
        if importlib.util.find_spec("pyinstrument") is not None:
            out = Path(tmp) / "report.txt"
            prof = [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", str(out)]
            prof += ["-p", "unicode=false", "-p", "color=false", str(script), *cmd[1:]]
            subprocess.run(prof, cwd=_common.ROOT, stdout=subprocess.DEVNULL, check=False)
            return "pyinstrument\n" + out.read_text(encoding="utf-8")
        import io
        import pstats

        out = Path(tmp) / "report.prof"
        prof = [sys.executable, "-m", "cProfile", "-o", str(out), str(script), *cmd[1:]]
        subprocess.run(prof, cwd=_common.ROOT, stdout=subprocess.DEVNULL, check=False)
        buf = io.StringIO()
        st = pstats.Stats(str(out), stream=buf)
        st.sort_stats("cumulative").print_stats(top)
        return "cProfile\n" + re.sub(r"\n{3,}", "\n\n", buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="alternating repetitions (median)")
    ap.add_argument("--input", default="seeds", help="folder given to factcheck report")
    ap.add_argument("--top", type=int, default=15, help="rows of the import-time table")
    ap.add_argument("--no-profile", action="store_true", help="skip the report profile")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-': stdout)")
    args = ap.parse_args(argv)

    fc = _factcheck_cmd()
    report = [*fc, "report", args.input, "--format", "json"]
    imports = [sys.executable, "-c", "import pint, dateparser, pydantic"]
    helpcmd = [*fc, "--help"]
    bare = [sys.executable, "-c", "pass"]
    info = _common.machine()
    _common.print_machine(info)
    print(f"report command: {' '.join(report)} > /dev/null", flush=True)

    _time(report)
    _time(imports)  # warm-up, not counted
    _CPU.clear()
    t_report: list[float] = []
    t_import: list[float] = []
    for _ in range(args.repeat):
        t_report.append(_time(report))
        t_import.append(_time(imports))
    t_help = [_time(helpcmd) for _ in range(args.repeat)]
    t_bare = [_time(bare) for _ in range(args.repeat)]
    load_after = _common.load_now()
    med = {
        "report": statistics.median(t_report),
        "import_pint_dateparser_pydantic": statistics.median(t_import),
        "help": statistics.median(t_help),
        "python_bare": statistics.median(t_bare),
    }
    ratio = med["report"] / med["import_pint_dateparser_pydantic"]
    rows = [
        [
            f"factcheck report {args.input} --format json",
            med["report"],
            min(t_report),
            max(t_report),
        ],
        [
            'python -c "import pint, dateparser, pydantic"',
            med["import_pint_dateparser_pydantic"],
            min(t_import),
            max(t_import),
        ],
        ["factcheck --help", med["help"], min(t_help), max(t_help)],
        ['python -c "pass"', med["python_bare"], min(t_bare), max(t_bare)],
    ]
    print(f"\nwall seconds over {args.repeat} runs each (load average now {load_after}):")
    print(_common.table(["command", "median s", "min s", "max s"], rows))
    print(
        f"ratio report / imports = {ratio:.2f}; target <= {TARGET_RATIO} -> "
        f"{_common.verdict(ratio, TARGET_RATIO, higher_is_better=False)}"
    )

    cpu_report = _CPU[" ".join(report)]
    cpu_import = _CPU[" ".join(imports)]
    cpu_ratio = statistics.median(cpu_report) / statistics.median(cpu_import)
    print(
        f"CPU seconds (user + system), medians: report {statistics.median(cpu_report):.3f}, "
        f"imports {statistics.median(cpu_import):.3f}; ratio {cpu_ratio:.2f} "
        "(less disturbed by a loaded machine than wall time)"
    )

    total, offenders = import_offenders(args.top)
    print(f"\npython -X importtime -c 'import factcheck': {total:.3f} s in total; top modules:")
    print(
        _common.table(
            ["module", "cumulative ms", "self ms"],
            [[name, cum / 1000, own / 1000] for name, cum, own in offenders],
        )
    )
    result: dict[str, Any] = {
        "machine": info,
        "load_after": load_after,
        "runs_s": {"report": t_report, "import": t_import, "help": t_help, "bare": t_bare},
        "median_s": med,
        "ratio": ratio,
        "cpu_s": {"report": cpu_report, "import": cpu_import},
        "cpu_ratio": cpu_ratio,
        "target_ratio": TARGET_RATIO,
        "import_factcheck_s": total,
        "import_offenders": [
            {"module": n, "cumulative_us": c, "self_us": s} for n, c, s in offenders
        ],
    }
    if not args.no_profile:
        prof = report_profile(report, 30)
        print("\nwhere one `factcheck report` run spends its time:")
        print(prof)
        result["report_profile"] = prof
    _common.write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
