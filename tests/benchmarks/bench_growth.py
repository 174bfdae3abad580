"""Growth: does ``extract_text`` stay linear on long sentences, tables and lists?

Run from the repository root, in the project's virtual environment::

    python tests/benchmarks/bench_growth.py                      # 5k, 50k, 500k of each input
    python tests/benchmarks/bench_growth.py --sizes 5000,50000   # quicker
    python tests/benchmarks/bench_growth.py --inputs ones,table --profile 50000

What it measures
----------------
Each input is one long text of the given number of characters, built by repeating a
short piece; most of them hold no sentence end at all, so one "sentence" is the whole
text (the shapes that real articles bring with long tables, lists and live-blog
paragraphs):

* ``container``: "Die Behörden zählten 1 Container, 2 Container, 3 Container, ..." (German);
* ``date``: "am 1. März 2024, am 2. März 2024, ..." (German);
* ``weekday``: "am Montag, am Dienstag, ..." (German);
* ``table``: a results table on one line, "Wahlkreis 1: 1037 Stimmen; Wahlkreis 2: ..."
  (German);
* ``ones``: "1 1 1 1 ..." (German);
* ``en_list``: "officials counted 12 containers, 13 trucks, ..." (English);
* ``news_de``: the German seed articles (metadata line removed) repeated, real text
  with sentence ends;
* ``news_en``: ``tests/benchmarks/data/en_news.txt`` repeated.

Every input and size runs in a fresh subprocess: it imports factcheck, runs
``extract_text`` once untimed on the full text (first-call loading and per-phrase caches
are then warm at every size alike), then times ``extract_text`` on the same text in CPU
seconds of the process (``time.process_time``) ``--runs`` times (default 5; the best run
counts; a size whose runs pass a minute of CPU stops early, which only the 500k sizes
do). Every size gets the same number of runs: the best of twenty cheap runs against the
best of two or three long ones (as the script did until issue 13's second round, when
it timed each size until one CPU second was spent) favours the small size on a loaded
machine. For the same reason a text shorter than 50,000 characters is extracted several
times within one timed run (5k: ten times, all results kept until the clock stops, as a
50k run keeps its claims) and the time divided by the repetitions: a single 5k run
lasts 30 to 60 ms, short enough to fall between two other jobs' slices on a shared
machine and so to come out faster than any 50k run can, which had the growth ratio of
one input move between 9 and 15 from run to run (issue 13, third round). A run that
does not finish within ``--timeout`` seconds is stopped and larger sizes of that input
are skipped.

The growth ratio is the CPU time at one size over the time at the size before it; with
sizes ten times apart a linear extractor gives about 10. Target (issue 13): the time at
50k characters is at most 15 times the time at 5k, for every input.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

TARGET_RATIO = 15.0
RUNS = 5
"""Timed runs per input and size (the best counts); the same at every size."""
MAX_CPU = 60.0
"""A size stops after its first run that brings its CPU seconds past this."""
BATCH_CHARS = 50_000
"""Characters per timed run: a text shorter than this is extracted several times in one
timed run (5k: ten times) and the run's time divided by the repetitions."""

_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def _seed_text() -> str:
    parts = []
    for p in sorted((_common.ROOT / "seeds").iterdir()):
        if p.is_file():
            lines = p.read_text(encoding="utf-8").splitlines()
            parts.append("\n".join(ln for ln in lines if not ln.startswith("#")).strip())
    return "\n\n".join(parts)


def build(name: str, size: int) -> tuple[str, str]:
    """The text of input ``name`` at ``size`` characters, and its language."""
    if name in ("news_de", "news_en"):
        base = _seed_text() if name == "news_de" else (_common.DATA / "en_news.txt").read_text()
        lang = "de" if name == "news_de" else "en"
        text = ""
        while len(text) < size:
            text += base + "\n\n"
        return text[:size], lang
    heads = {
        "container": ("de", "Die Behörden zählten "),
        "date": ("de", "Die Proteste fanden statt "),
        "weekday": ("de", "Die Proteste fanden statt "),
        "table": ("de", "Das Ergebnis: "),
        "ones": ("de", ""),
        "en_list": ("en", "Officials counted "),
    }
    lang, head = heads[name]
    pieces = []
    n = len(head)
    i = 0
    while n < size:
        if name == "container":
            piece = f"{i + 1} Container, "
        elif name == "date":
            piece = f"am {i % 28 + 1}. März 2024, "
        elif name == "weekday":
            piece = f"am {_WEEKDAYS[i % 7]}, "
        elif name == "table":
            piece = f"Wahlkreis {i + 1}: {1000 + (37 * i) % 9000} Stimmen; "
        elif name == "ones":
            piece = "1 "
        else:
            piece = f"{12 + i} {('containers', 'trucks', 'tonnes of grain')[i % 3]}, "
        pieces.append(piece)
        n += len(piece)
        i += 1
    return (head + "".join(pieces))[:size].rstrip(" ,;") + ".", lang


INPUTS = ("container", "date", "weekday", "table", "ones", "en_list", "news_de", "news_en")


def worker(name: str, size: int, profile: bool, n_runs: int = RUNS) -> dict[str, Any]:
    import time

    from factcheck import extract_text

    text, lang = build(name, size)
    # one untimed call on the same text: loading and per-phrase caches are warm at
    # every size alike, so the ratios compare the algorithm, not the first-call work
    extract_text(text, language=lang, published="2024-06-10")
    if profile:
        print(
            _common.profile_call(lambda: extract_text(text, language=lang, published="2024-06-10"))
        )
    best = float("inf")
    spent = 0.0
    runs = 0
    claims: list[Any] = []
    # a small size is extracted several times per timed run, so that every timed run
    # covers about BATCH_CHARS characters at every size (see the module docstring)
    reps = max(1, BATCH_CHARS // max(1, len(text)))
    while runs < max(1, n_runs) and (runs == 0 or spent < MAX_CPU):
        # the previous run's claims are released before the clock starts, as in
        # bench_extract.py: kept alive, they lengthen every garbage collection of the
        # next run by their number, which inflates the larger size's time
        claims = []
        kept: list[Any] = []
        t0 = time.process_time()
        for _ in range(reps):
            claims = extract_text(text, language=lang, published="2024-06-10")
            kept.append(claims)  # released after the clock stops, as at one repetition
        cpu = (time.process_time() - t0) / reps
        del kept
        best = min(best, cpu)
        spent += cpu * reps
        runs += 1
    return {
        "cpu_s": best,
        "runs": runs,
        "chars": len(text),
        "claims": len(claims),
        "rss_mb": _common.peak_rss_mb(),
    }


def run_one(name: str, size: int, timeout: float, n_runs: int) -> dict[str, Any] | None:
    cmd = [sys.executable, __file__, "--worker", name, str(size), str(n_runs)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"worker {name} {size} failed:\n{exc.stderr}") from exc
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="5000,50000,500000", help="comma-separated sizes")
    ap.add_argument("--inputs", default=",".join(INPUTS), help="comma-separated input names")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--profile", type=int, metavar="SIZE", help="profile each input at SIZE")
    ap.add_argument("--json", help="write all figures to this file ('-': standard output)")
    ap.add_argument("--runs", type=int, default=RUNS, help="timed runs per size (the best counts)")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        name, size, n_runs = args.worker
        print(json.dumps(worker(name, int(size), False, int(n_runs))))
        return
    names = [n for n in args.inputs.split(",") if n]
    for n in names:
        if n not in INPUTS:
            raise SystemExit(f"unknown input {n!r}; the inputs are: {', '.join(INPUTS)}")
    if args.profile:
        for n in names:
            print(f"== {n} at {args.profile} characters")
            worker(n, args.profile, True)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    info = _common.machine()
    _common.print_machine(info)
    rows = []
    results: dict[str, Any] = {"machine": info, "inputs": {}}
    worst = 0.0
    for n in names:
        prev: dict[str, Any] | None = None
        per: dict[str, Any] = {}
        for size in sizes:
            r = (
                run_one(n, size, args.timeout, args.runs)
                if (prev is not None or size == sizes[0])
                else None
            )
            if r is None:
                rows.append([n, size, f"> {args.timeout:.0f} s", None, None, None, "-"])
                print(f"  {n} {size:,}: stopped after {args.timeout:.0f} s", flush=True)
                per[str(size)] = None
                prev = None
                continue
            ratio = r["cpu_s"] / prev["cpu_s"] if prev and prev["cpu_s"] > 0 else None
            if ratio is not None and size == sizes[1] and len(sizes) > 1:
                worst = max(worst, ratio)
            rate = r["chars"] / r["cpu_s"] if r["cpu_s"] > 0 else None
            rows.append([n, size, r["cpu_s"], rate, r["claims"], r["rss_mb"], ratio])
            print(f"  {n} {size:,}: {r['cpu_s']:.3f} CPU s", flush=True)
            r["ratio"] = ratio
            per[str(size)] = r
            prev = r
            sys.stdout.flush()
        results["inputs"][n] = per
    print(
        _common.table(
            ["input", "chars", "CPU s", "chars/s", "claims", "peak RSS MB", "growth x"], rows
        )
    )
    if len(sizes) > 1:
        missing = [n for n in names if results["inputs"][n].get(str(sizes[1])) is None]
        label = f"growth {sizes[0]:,} -> {sizes[1]:,}, worst input"
        if missing:
            print(f"{label}: did not finish for {', '.join(missing)}: MISSED")
        else:
            print(
                f"{label} {worst:.1f} x (target <= {TARGET_RATIO:.0f} x): "
                + _common.verdict(worst, TARGET_RATIO, higher_is_better=False)
            )
        results["worst_ratio"] = worst
    _common.write_json(args.json, results)


if __name__ == "__main__":
    main()
