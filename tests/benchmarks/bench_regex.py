"""Where extraction's regular-expression time goes: each compiled pattern's calls, replayed.

Run from the repository root, in the project's virtual environment::

    python tests/benchmarks/bench_regex.py                   # English, 200 KB
    python tests/benchmarks/bench_regex.py --lang de --kb 100 --top 30

What it measures
----------------
A profiler places the time of a regular expression badly: ``finditer`` runs inside the
loop that consumes it, and a sampling profiler charges it to that Python function. Here
every pattern that factcheck's own modules compile (``re.compile`` called from a file
under ``factcheck/``) is wrapped before factcheck is imported; one warm pass of
``extract()`` over the benchmark corpus of ``bench_extract.py`` (``--lang``, ``--kb``
thousand characters, articles of about 5 KB) records every call (``search``, ``match``,
``fullmatch``, ``findall``, ``finditer`` with the number of matches its caller took, and
so on) with its arguments. The calls are then replayed on the bare patterns and timed one
by one, so the wrappers' own cost is not counted. It prints, per pattern (where it was
compiled and its first characters), the calls and the CPU time of the replay, largest
first, and the share of all patterns in the pass's time.

Caveats: the pass itself runs with the wrappers, so its time (the denominator) is
inflated by their cost; patterns compiled through ``re.search(str, ...)`` and the like
(``re``'s own cache) are not seen; a pattern compiled by a helper (``_recache``) is
named by the helper's line.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_PACKAGE = str(_HERE.parent.parent / "factcheck")
_compile = re.compile
_CALLS: list[tuple[Any, str, tuple[Any, ...], dict[str, Any], list[int] | None]] = []
_RECORDING = [False]


class _Recorded:
    """A compiled pattern that records its calls (see the module documentation)."""

    __slots__ = ("key", "p")

    def __init__(self, p: re.Pattern[str], where: str) -> None:
        self.p = p
        self.key = (where, p.pattern[:80])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.p, name)

    def __hash__(self) -> int:
        return hash(self.p)

    def __eq__(self, other: object) -> bool:
        return self.p == (other.p if isinstance(other, _Recorded) else other)

    def _call(self, name: str, *a: Any, **k: Any) -> Any:
        if _RECORDING[0]:
            _CALLS.append((self, name, a, k, None))
        return getattr(self.p, name)(*a, **k)

    def search(self, *a: Any, **k: Any) -> Any:
        return self._call("search", *a, **k)

    def match(self, *a: Any, **k: Any) -> Any:
        return self._call("match", *a, **k)

    def fullmatch(self, *a: Any, **k: Any) -> Any:
        return self._call("fullmatch", *a, **k)

    def findall(self, *a: Any, **k: Any) -> Any:
        return self._call("findall", *a, **k)

    def sub(self, *a: Any, **k: Any) -> Any:
        return self._call("sub", *a, **k)

    def split(self, *a: Any, **k: Any) -> Any:
        return self._call("split", *a, **k)

    def finditer(self, *a: Any, **k: Any) -> Iterator[re.Match[str]]:
        taken = [0]
        if _RECORDING[0]:
            _CALLS.append((self, "finditer", a, k, taken))
        for m in self.p.finditer(*a, **k):
            taken[0] += 1
            yield m

    @property
    def pattern(self) -> str:
        return self.p.pattern

    @property
    def flags(self) -> int:
        return self.p.flags

    @property
    def groups(self) -> int:
        return self.p.groups

    @property
    def groupindex(self) -> Any:
        return self.p.groupindex


def _recording_compile(pattern: Any, flags: int = 0) -> Any:
    p = _compile(pattern, flags)
    caller = sys._getframe(1).f_code.co_filename
    if not caller.startswith(_PACKAGE) or not isinstance(p.pattern, str):
        return p
    where = caller[len(_PACKAGE) + 1 :] + ":" + str(sys._getframe(1).f_lineno)
    return _Recorded(p, where)


def _replay() -> dict[tuple[str, str], list[float]]:
    """CPU seconds and calls per pattern, each recorded call run again on the bare
    pattern (a ``finditer`` as far as its caller took it)."""
    cost: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0, 0.0])
    clock = time.process_time
    for rec, name, a, k, taken in _CALLS:
        method = getattr(rec.p, name)
        t = clock()
        if taken is None:
            method(*a, **k)
        else:
            it = method(*a, **k)
            for _ in range(taken[0]):
                next(it)
            if taken[0] == 0:
                next(it, None)
        spent = clock() - t
        row = cost[rec.key]
        row[0] += 1
        row[1] += spent
    return cost


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--lang", default="en", help="de or en")
    ap.add_argument("--kb", type=int, default=200, help="thousand characters of news")
    ap.add_argument("--top", type=int, default=25, help="patterns listed")
    args = ap.parse_args()

    re.compile = _recording_compile  # type: ignore[assignment]
    sys.path.insert(0, str(_HERE))
    import bench_extract

    from factcheck import extract

    articles = bench_extract.build_articles(args.lang, args.kb * 1000, 5000)
    for a in articles:  # loading, compiled patterns, per-phrase caches
        extract(a)
    _RECORDING[0] = True
    t = time.process_time()
    for a in articles:
        extract(a)
    spent = time.process_time() - t
    _RECORDING[0] = False
    cost = _replay()
    total = sum(c[1] for c in cost.values())
    chars = sum(len(a.text) for a in articles)
    print(f"{args.lang}: {chars:,} characters, {len(articles)} articles")
    print(f"one pass (with the recording wrappers): {spent:.2f} CPU s")
    print(f"all patterns, replayed: {total:.2f} CPU s ({100 * total / spent:.0f} % of the pass)")
    print()
    print(f"{'CPU ms':>8} {'calls':>7}  compiled at / pattern")
    for (where, pat), (calls, secs) in sorted(cost.items(), key=lambda kv: -kv[1][1])[: args.top]:
        print(f"{secs * 1000:8.1f} {int(calls):7d}  {where}  {pat!r}")


if __name__ == "__main__":
    main()
