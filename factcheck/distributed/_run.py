"""The client side of a distributed run: plan the parts, submit the tasks, gather what
the output needs.

Every task is submitted from the client with its inputs, so a result lost with a worker
is computed again by Dask from the same inputs (no scattered data that could be lost).
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.distributed import _tasks as t
from factcheck.distributed._inputs import CHUNK_BYTES, Unit
from factcheck.models import Article, Claim, Discrepancy, Figure, InputProblem

if TYPE_CHECKING:
    from distributed import Client, Future

ProgressCallback = Callable[[int, int, str], None]

PART_BYTES = 1 << 20
"""Input bytes read and extracted by one task (small files are grouped)."""
HOT_BLOCK = 50_000
"""A measure key with more claims than this is a hot key: its block is cut along the
time sweep into chunks of about this many claims, each reconciled on its own worker."""
SAMPLE = 256
"""Sweep keys per part and hot key sent to the client to place the cuts."""


@dataclass(frozen=True, slots=True)
class Options:
    """How to run: the loader's settings, the user schemas, and the sizes of the parts."""

    language: str | None = None
    published: Any = None
    schemas: tuple[Any, ...] = ()
    cache: str | None = None
    """Folder that keeps fetched pages (``http``/``https`` inputs)."""
    chunk_bytes: int = CHUNK_BYTES
    """JSON Lines files larger than this are read in byte ranges of about this size."""
    part_bytes: int = PART_BYTES
    """Small files are read together, in parts of about this many bytes (fewer when
    that gives fewer than four parts per worker)."""
    hot_block: int = HOT_BLOCK
    partitions: int | None = None
    """Reconciliation partitions (default: twice the workers, at least 2)."""


@dataclass(slots=True)
class Extracted:
    """The parts of a run, extracted and held on the workers, in input order, with
    what the client knows of them."""

    parts: list[Future[Any]]
    summaries: list[t.Summary]


def _workers(client: Client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def extract_parts(
    client: Client,
    paths: Sequence[str],
    options: Options,
    progress: ProgressCallback | None = None,
) -> Extracted:
    """Read and extract every input part on the workers; the claims stay there."""
    from distributed import as_completed

    from factcheck.distributed import _inputs
    from factcheck.load._files import _arguments

    language, default = _arguments(options.language, options.published)
    units = _split(client, _inputs.plan(list(paths), options.cache), options.chunk_bytes)
    groups = _inputs.group(units, options.part_bytes, 4 * _workers(client))
    schemas = options.schemas

    def submit(group: list[Unit], renames: dict[int, str]) -> Future[Any]:
        return client.submit(t.extract_part, group, language, default, renames, schemas, pure=False)

    parts = [submit(g, {}) for g in groups]
    if progress is not None and parts:
        label = {p.key: g[-1].path for p, g in zip(parts, groups, strict=True)}
        for done, fut in enumerate(as_completed(parts), 1):
            progress(done, len(parts), label.get(fut.key, ""))
    described = client.gather([client.submit(t.describe, p) for p in parts])
    renames = _inputs.unique_renames([ids for ids, _s in described])
    for i, r in enumerate(renames):
        if r:  # ids shared across inputs: extract the part again under its new ids
            parts[i] = submit(groups[i], r)
    return Extracted(parts, [s for _ids, s in described])


def _split(client: Client, units: list[Unit], chunk_bytes: int) -> list[Unit]:
    """Large JSON Lines files cut into byte ranges, counted on the workers."""
    from factcheck.distributed import _inputs

    big = [u for u in units if _inputs.is_splittable(u, chunk_bytes)]
    if not big:
        return units
    ranges = {u.path: _inputs.byte_ranges(u.path, chunk_bytes) for u in big}
    counts = {
        path: client.gather(
            [client.submit(_inputs.count_range, path, a, b, pure=False) for a, b in rs]
        )
        for path, rs in ranges.items()
    }
    out: list[Unit] = []
    for u in units:
        if u in big:
            out.extend(_inputs.split_ranges(u, ranges[u.path], counts[u.path]))
        else:
            out.append(u)
    return out


@dataclass(slots=True)
class Reconciled:
    """What the reconciliation of a run gives the client."""

    findings: list[Discrepancy]
    """The findings, as :func:`factcheck.reconcile.reconcile` over all claims gives them."""
    figures: list[Figure]
    """The figures of the blocks reconciled on the workers, without their findings
    (none unless asked for)."""
    hot: list[str]
    """The measure keys whose blocks were cut along the sweep: their figures are not
    among :attr:`figures` (a figure needs its whole block)."""


def reconcile_parts(
    client: Client,
    run: Extracted,
    options: Options,
    *,
    figures: bool = False,
    release: bool = False,
) -> Reconciled:
    """The findings of the run, reconciled block by block on the workers; only the
    findings (and with ``figures``, the blocks' figures) come back. The same findings,
    in the same order, as :func:`factcheck.reconcile.reconcile` over all claims.

    With ``release``, the parts are routed as compact records (:class:`~._tasks.Packed`)
    and ``run.parts`` is emptied once the routing is submitted: a part is let go as soon
    as it is routed (and whatever else was submitted on it is done), unless the caller
    holds it otherwise."""
    parts = run.parts
    if not parts:
        return Reconciled([], [], [])
    schemas = options.schemas
    counts: dict[str, int] = defaultdict(int)
    names: set[str] = set()
    for s in run.summaries:
        for k, n in s.keys.items():
            counts[k] += n
        names |= s.names
    index = client.submit(t.actor_index, sorted(names), pure=False)
    hot = frozenset(k for k, n in counts.items() if n > options.hot_block)
    cuts = _cuts(client, parts, hot, options) if hot else {}
    partitions = options.partitions or max(2, 2 * _workers(client))
    routed = [
        client.submit(t.route, p, i, index, partitions, cuts, schemas, release, pure=False)
        for i, p in enumerate(parts)
    ]
    if release:
        run.parts.clear()  # `parts` is that list
    by_bucket: dict[t.Bucket, list[Future[Any]]] = defaultdict(list)
    for i, (r, s) in enumerate(zip(routed, run.summaries, strict=True)):
        wanted: set[t.Bucket] = {("q", "", i % partitions)}
        for k in s.keys:
            if k in cuts:
                wanted.update(("h", k, c) for c in range(len(cuts[k]) + 1))
            else:
                wanted.add(("q", "", t.partition_of(k, partitions)))
        wanted.update(("q", "", t.partition_of(f"event|{e}", partitions)) for e in s.events)
        for b in sorted(wanted):
            by_bucket[b].append(client.submit(t.pick, r, b))
    found_f = [
        client.submit(t.partition_bucket, index, schemas, *fs, figures=figures, pure=False)
        for b, fs in sorted(by_bucket.items())
        if b[0] == "q"
    ]
    hot_f = [_hot_block(client, k, len(cuts[k]) + 1, by_bucket, schemas) for k in sorted(cuts)]
    results: list[t.Found] = client.gather(found_f)
    keyed: list[tuple[str, list[Discrepancy]]] = [kf for r in results for kf in r.keyed]
    keyed.extend(zip(sorted(cuts), client.gather(hot_f), strict=True))
    keyed.sort(key=lambda kf: kf[0])
    found: dict[str, Discrepancy] = {}
    for group in [
        *(ds for _k, ds in keyed),
        *(r.events for r in results),
        *(r.internal for r in results),
    ]:
        for d in group:
            found.setdefault(d.id, d)
    return Reconciled(
        sorted(found.values(), key=lambda d: (-d.severity.rank, d.kind.value, d.id)),
        [f for r in results for f in r.figures],
        sorted(cuts),
    )


def _cuts(
    client: Client, parts: Sequence[Future[Any]], hot: frozenset[str], options: Options
) -> dict[str, list[t.SweepKey]]:
    """Where to cut each hot block along its sweep: sweep keys at even steps of a sample
    drawn on the workers."""
    samples = client.gather(
        [client.submit(t.hot_sample, p, hot, options.schemas, SAMPLE, pure=False) for p in parts]
    )
    total: dict[str, int] = defaultdict(int)
    pooled: dict[str, list[t.SweepKey]] = defaultdict(list)
    for s in samples:
        for k, (n, keys) in s.items():
            total[k] += n
            pooled[k].extend(keys)
    cuts: dict[str, list[t.SweepKey]] = {}
    for k in sorted(pooled):
        keys = sorted(pooled[k])
        chunks = max(1, math.ceil(total[k] / options.hot_block))
        step = len(keys) / chunks
        marks = sorted({keys[int(step * c)] for c in range(1, chunks) if int(step * c) < len(keys)})
        cuts[k] = marks
    return cuts


def _hot_block(
    client: Client,
    key: str,
    chunks: int,
    by_bucket: dict[t.Bucket, list[Future[Any]]],
    schemas: tuple[Any, ...],
) -> Future[Any]:
    """Reconcile one hot block chunk by chunk: each chunk looks ahead to the first
    claims of the chunks after it; the per-claim limit is applied last, in sweep order."""
    collected = [
        client.submit(t.hot_collect, schemas, *by_bucket.get(("h", key, c), []), pure=False)
        for c in range(chunks)
    ]
    after: list[Future[Any] | None] = [None] * chunks
    for c in range(chunks - 2, -1, -1):
        after[c] = client.submit(t.hot_head, collected[c + 1], after[c + 1], pure=False)
    found = [
        client.submit(t.hot_findings, schemas, collected[c], after[c], pure=False)
        for c in range(chunks)
    ]
    return client.submit(t.hot_cap, *found, pure=False)


@dataclass(slots=True)
class Gathered:
    """What a report needs from the workers: articles by id, claims by article then
    position, and the problems in input order."""

    articles: list[Article]
    claims: list[Claim]
    problems: list[InputProblem]
    warnings: list[InputProblem]


def gather_parts(client: Client, parts: Sequence[Future[Any]]) -> Gathered:
    articles: list[Article] = []
    by_article: dict[str, list[Claim]] = defaultdict(list)
    problems: list[InputProblem] = []
    warnings: list[InputProblem] = []
    for p in client.gather(list(parts)):
        articles.extend(p.articles)
        problems.extend(p.problems)
        warnings.extend(p.warnings)
        for c in p.claims:
            by_article[c.article].append(c)
    articles.sort(key=lambda a: a.id)
    claims = [c for a in articles for c in by_article.get(a.id, ())]
    return Gathered(articles, claims, problems, warnings)


def note(message: str) -> None:
    """A line on stderr (the dashboard address, what runs where)."""
    print(f"factcheck: {message}", file=sys.stderr, flush=True)


__all__ = [
    "HOT_BLOCK",
    "Extracted",
    "Gathered",
    "Options",
    "Reconciled",
    "extract_parts",
    "gather_parts",
    "note",
    "reconcile_parts",
]
