"""Instructions per warm pass: a machine-independent figure for comparing two versions.

Run from the repository root, in the project's virtual environment, with valgrind
installed (Debian: ``apt-get install valgrind``)::

    python tests/benchmarks/bench_instructions.py                    # this tree, all jobs
    python tests/benchmarks/bench_instructions.py --jobs extract-en  # one job
    python tests/benchmarks/bench_instructions.py --base main        # this tree vs main

Why
---
The wall and CPU figures of the other scripts move by up to 20 % between two runs of
the same code on a shared machine, which hides the 1-5 % that a single change to the
extraction gains or loses. The number of machine instructions the Python process
executes does not depend on the load: valgrind's cachegrind counts them, and two runs of
the same tree agree within about 0.5 %. The figure is not a speed (an instruction that
misses the cache costs more than one that hits), but for the same interpreter running
the same kind of work, fewer instructions is faster.

What it measures
----------------
Each job runs in a fresh process under ``valgrind --tool=cachegrind --cache-sim=no``
with ``PYTHONHASHSEED=0``, twice: once doing only its set-up and one untimed warm-up
pass (imports, lazy loading of language packs and caches, building the input), and
once doing the same followed by ``--passes`` further passes. The difference divided by
the number of passes is the cost of one warm pass, without start-up and loading. Each
tree has a cache folder of its own (``$FACTCHECK_CACHE_DIR``), filled by an uncounted run
first, so no counted run writes a cache entry.

* ``extract-de``, ``extract-en``: ``factcheck.extract`` over ``--kb`` thousand
  characters of the benchmark corpus of tests/benchmarks/bench_extract.py (the German
  seeds, the English wire copy), cut into articles of about 3,000 characters;
* ``reconcile``: ``factcheck.reconcile`` over ``--claims`` synthetic claims of
  tests/benchmarks/bench_reconcile.py.

With ``--base REV`` the same jobs run on the files of git revision ``REV`` as well, and
the table shows both and the change. The counts depend a little on the folder the code
is read from (file names are part of what the interpreter handles: the same code measured
from two folders of different path lengths differed by 4 %), so both trees are copied
into two sibling folders whose paths have the same length (``.../base`` and
``.../this``): this tree as its working files (tracked files, uncommitted changes
included), the base as ``git archive REV``. Both run with this environment's Python and
installed dependencies; the factcheck package of the copied folder is the one imported
(the worker checks it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

JOBS = ("extract-de", "extract-en", "reconcile")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _work(job: str, kb: int, claims: int, tree: Path) -> Any:
    """Set-up of one job; returns a function doing one pass."""
    bench = tree / "tests" / "benchmarks"
    sys.path.insert(0, str(bench if bench.is_dir() else Path(__file__).resolve().parent))
    import factcheck

    if job.startswith("extract-"):
        import bench_extract

        articles = bench_extract.build_articles(job.split("-")[1], kb * 1000, 3000)
        return lambda: [factcheck.extract(a) for a in articles]
    if job == "reconcile":
        import bench_reconcile

        built, pools = bench_reconcile.build_claims(claims, 1, 3000, 500)
        return lambda: factcheck.reconcile(built, articles=pools.articles)
    raise SystemExit(f"unknown job {job!r}; the jobs are {', '.join(JOBS)}")


def worker(job: str, passes: int, kb: int, claims: int, tree: str) -> None:
    """What runs under valgrind: set-up, one warm-up pass, ``passes`` more passes."""
    root = Path(tree).resolve()
    sys.path.insert(0, str(root))
    import factcheck

    where = Path(factcheck.__file__).resolve().parents[1]
    if where != root:
        raise SystemExit(f"imported factcheck from {where}, not from the tree measured, {root}")
    one = _work(job, kb, claims, root)
    one()
    for _ in range(passes):
        one()


def count(
    tree: Path, job: str, passes: int, args: argparse.Namespace, *, counted: bool = True
) -> int:
    """Instructions of one worker run in ``tree`` (valgrind's ``I refs``); with
    ``counted`` False the worker runs without valgrind (to fill the caches) and 0 is
    returned."""
    script = tree / "tests" / "benchmarks" / Path(__file__).name
    if not script.exists():  # a base revision older than this script
        script = Path(__file__).resolve()
    valgrind = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ]
    cmd = [
        *(valgrind if counted else []),
        sys.executable,
        str(script),
        "--worker",
        job,
        str(passes),
        "--kb",
        str(args.kb),
        "--claims",
        str(args.claims),
        "--tree",
        str(tree),
    ]
    # each tree its own cache folder: two versions sharing one would rewrite each other's
    # entries (a gazetteer, pint's definitions), and a rewrite inside a counted run spoils
    # the difference (it once made a base's pass cost -968 M instructions)
    cache = tree.parent / f"cache-{tree.name}"
    env = dict(
        os.environ,
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        FACTCHECK_CACHE_DIR=str(cache),
    )
    env.pop("PYTHONPATH", None)
    done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=False)
    if not counted:
        if done.returncode != 0:
            raise SystemExit(f"{job} in {tree} failed (exit {done.returncode}):\n{done.stderr}")
        return 0
    refs = _REFS.search(done.stderr)
    if done.returncode != 0 or refs is None:
        tail = "\n".join(done.stderr.strip().splitlines()[-8:])
        raise SystemExit(f"{job} in {tree} failed (exit {done.returncode}):\n{tail}")
    return int(refs.group(1).replace(",", ""))


def per_pass(tree: Path, job: str, args: argparse.Namespace) -> float:
    """Instructions of one warm pass of ``job`` in ``tree``, in millions."""
    count(tree, job, 0, args, counted=False)  # fills the tree's caches, uncounted
    setup = count(tree, job, 0, args)
    more = count(tree, job, args.passes, args)
    return (more - setup) / args.passes / 1e6


def _copy_tree(dest: Path) -> None:
    """This tree's tracked files, as they are in the working tree, into ``dest``."""
    listed = subprocess.run(
        ["git", "-C", str(_common.ROOT), "ls-files", "-z"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        src = _common.ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def _archive(rev: str, dest: Path) -> None:
    """The files of git revision ``rev`` into ``dest``."""
    dest.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(_common.ROOT), "archive", rev], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise SystemExit(f"git archive {rev} failed: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--jobs", default=",".join(JOBS), help=f"comma-separated: {', '.join(JOBS)}")
    ap.add_argument("--kb", type=int, default=50, help="thousand characters per extract job")
    ap.add_argument("--claims", type=int, default=20000, help="claims of the reconcile job")
    ap.add_argument("--passes", type=int, default=2, help="warm passes counted")
    ap.add_argument("--base", metavar="REV", help="also measure git revision REV and compare")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-': stdout)")
    ap.add_argument("--worker", nargs=2, metavar=("JOB", "PASSES"), help=argparse.SUPPRESS)
    ap.add_argument("--tree", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(args.worker[0], int(args.worker[1]), args.kb, args.claims, args.tree)
        return 0
    jobs = [j.strip() for j in args.jobs.split(",") if j.strip()]
    unknown = [j for j in jobs if j not in JOBS]
    if unknown:
        ap.error(f"unknown job(s) {', '.join(unknown)}; the jobs are {', '.join(JOBS)}")
    if args.passes < 1:
        ap.error("--passes must be at least 1")
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    info = _common.machine()
    _common.print_machine(info)
    result: dict[str, Any] = {"machine": info, "kb": args.kb, "claims": args.claims, "jobs": {}}
    with tempfile.TemporaryDirectory(prefix="factcheck-instr-") as tmp:
        trees = {"this": _common.ROOT}
        if args.base:
            trees = {"base": Path(tmp) / "base", "this": Path(tmp) / "this"}
            _archive(args.base, trees["base"])
            _copy_tree(trees["this"])
        rows = []
        for job in jobs:
            figures = {name: per_pass(tree, job, args) for name, tree in trees.items()}
            result["jobs"][job] = figures
            if args.base:
                change = (figures["this"] / figures["base"] - 1) * 100
                rows.append([job, figures["base"], figures["this"], f"{change:+.1f} %"])
            else:
                rows.append([job, figures["this"]])
    headers = ["job", f"base {args.base} (M)", "this tree (M)", "change"] if args.base else []
    print(f"million instructions per warm pass ({args.passes} passes counted)")
    print(_common.table(headers or ["job", "this tree (M)"], rows))
    _common.write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
