"""The work done on the workers: pure functions of their arguments (a task lost with its
worker is simply run again), each over one part of the input or one block of claims.

Extraction runs per input part (:func:`extract_part`); reconciliation runs per block of
the local engine's blocking keys: quantity claims by measure key
(:func:`quantity_bucket`, calling :func:`factcheck.reconcile.engine.block_findings`, the
very function the local run calls per block), a hot key's block cut along the time sweep
(:func:`hot_collect`, :func:`hot_findings`, :func:`hot_cap`), event claims by event type
(:func:`event_bucket`), and within-article checks with their articles
(:func:`internal_part`).
"""

from __future__ import annotations

import bisect
import zlib
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from factcheck.distributed import _codec
from factcheck.distributed._inputs import Unit
from factcheck.models import Article, Claim, Discrepancy, Figure, InputProblem

if TYPE_CHECKING:
    from factcheck.reconcile.engine import _Rules
    from factcheck.reconcile.events import ActorIndex
    from factcheck.schema import ClaimSchema

SweepKey = tuple[int, int, str]
"""A claim's place in its block's time sweep: first and last day (ordinals), id."""
Bucket = tuple[str, str, int]
"""Where a claim goes: ``("q", "", partition)`` for quantity blocks hashed into
partitions, ``("h", key, chunk)`` for a chunk of a hot block, ``("e", event, 0)`` for the
event claims of one event type."""
UNCAPPED = 1 << 30
"""The per-claim limit of findings while a hot block's chunks are swept apart (the
limit is applied afterwards, in sweep order, by :func:`hot_cap`)."""


CLAIM_BYTES = 2_000
"""Memory a claim takes (rebuilt from a compact record; more as first extracted)."""


def _size(claims: Sequence[Claim], articles: Iterable[Article]) -> int:
    """What a part or shipment holds in memory, roughly: Dask's scheduler weighs moving
    a result by it (without it, Dask counts a few hundred bytes and moves whole parts
    to run a small task on an idle worker)."""
    return CLAIM_BYTES * len(claims) + sum(1_000 + 2 * len(a.text) for a in articles)


@dataclass(slots=True)
class Part:
    """One input part after extraction: its articles, their claims, its problems."""

    articles: list[Article]
    claims: list[Claim]
    problems: list[InputProblem]
    warnings: list[InputProblem] = field(default_factory=list)
    read: list[tuple[str, str]] = field(default_factory=list)
    """``(id, path)`` of every article read, as read (before renaming and extraction)."""

    def __reduce__(self) -> Any:
        return _codec.packed(
            Part, self.articles, self.claims, self.problems, self.warnings, self.read
        )

    def __sizeof__(self) -> int:
        return _size(self.claims, self.articles)


@dataclass(slots=True)
class Shipment:
    """Claims sent to one block task, with the articles they come from."""

    claims: list[Claim] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)
    found: list[Discrepancy] = field(default_factory=list)
    """Within-article findings made with the part, passed through to the client."""

    def __reduce__(self) -> Any:
        return _codec.packed(Shipment, self.claims, self.articles, self.found)

    def __sizeof__(self) -> int:
        return _size(self.claims, self.articles.values())

    def add(self, claim: Claim, article: Article | None) -> None:
        self.claims.append(claim)
        if article is not None:
            self.articles[article.id] = article


@dataclass(slots=True)
class Packed:
    """A shipment as one compact record, unpacked by the block task that takes it: a
    routed part then holds bytes (about 250 per claim) instead of claim objects, so the
    part's claims can be let go once routed."""

    data: bytes

    def __sizeof__(self) -> int:
        return 64 + len(self.data)

    def unpack(self) -> Shipment:
        claims, articles, found = _codec.loads(self.data)
        return Shipment(claims, articles, found)


@dataclass(slots=True)
class Summary:
    """What the client needs to plan the reconciliation: claims per measure key, event
    types, and the names of the actors of event claims (for the run's actor index)."""

    keys: dict[str, int]
    events: set[str]
    names: set[str]


# -- set-up ------------------------------------------------------------------------------
@lru_cache(maxsize=16)
def _resolved(items: tuple[Any, ...]) -> tuple[type[ClaimSchema], ...]:
    from factcheck.schema import resolve_schemas

    return tuple(resolve_schemas(list(items)))


def schemas_of(items: Sequence[Any]) -> list[type[ClaimSchema]]:
    """The user schemas, resolved (and registered) once per worker process."""
    return list(_resolved(tuple(items)))


# -- loading and extraction --------------------------------------------------------------
def extract_part(
    units: Sequence[Unit],
    language: str | None,
    default: Any,
    renames: Mapping[int, str],
    schema_items: Sequence[Any],
) -> Part:
    """Read the units of a part and extract their articles' claims, in input order
    (the ``renames`` give articles the ids the loader gives them across all inputs, by
    index in the part). An article whose extraction fails is left out with an error,
    as in the local run."""
    from factcheck.distributed._inputs import read_unit
    from factcheck.extract import extract
    from factcheck.report.build import extraction_failed

    schemas = schemas_of(schema_items)
    read: list[Article] = []
    problems: list[InputProblem] = []
    warnings: list[InputProblem] = []
    for u in units:
        got = read_unit(u, language, default)
        read.extend(got.articles)
        problems.extend(got.problems)
        warnings.extend(got.warnings)
    articles: list[Article] = []
    claims: list[Claim] = []
    for k, a in enumerate(read):
        if k in renames:
            a = a.model_copy(update={"id": renames[k]})
        try:
            claims.extend(extract(a, schemas=schemas))
            articles.append(a)
        except Exception as exc:  # one article's failure must not cost the others
            problems.append(extraction_failed(a, exc))
    return Part(articles, claims, problems, warnings, [(a.id, a.path) for a in read])


def describe(part: Part) -> tuple[list[tuple[str, str]], Summary]:
    """The part's articles as ``(id, path)`` (to make ids unique across the run, as the
    loader does) and its :class:`Summary`."""
    return part.read, summarize(part)


def summarize(part: Part) -> Summary:
    from factcheck.reconcile.clock import clock_group
    from factcheck.reconcile.crosschecks import CROSS_CHECKS
    from factcheck.reconcile.moments import moment_group
    from factcheck.reconcile.quantities import measure_key

    keys: dict[str, int] = defaultdict(int)
    events: set[str] = set()
    names: set[str] = set()
    for c in part.claims:
        if c.quantity is not None:
            k = measure_key(c)
            if k is not None:
                keys[k] += 1
        if c.kind == "event":
            events.add(c.event or "")
            names.update(a.name for a in c.actors)
        elif c.kind == "clock":
            events.add(clock_group(c))
        elif c.kind == "date" and c.event:
            events.add(moment_group(c))
        events.update(check.key for check in CROSS_CHECKS if check.takes(c))
    return Summary(dict(keys), events, names)


def actor_index(names: list[str]) -> ActorIndex:
    """The run's actor index, from every event actor name of the run."""
    from factcheck.reconcile.events import ActorIndex

    return ActorIndex(names)


# -- routing -------------------------------------------------------------------------------
# The checks across blocks (:mod:`factcheck.reconcile.crosschecks`: rosters, extents)
# route copies of their claims, of the kind ``cross:<name>``, to the partition of
# ``event|cross|<name>``: the copies take part in that check only, never in a block (the
# claims themselves go to their blocks' partitions).


def partition_of(key: str, partitions: int) -> int:
    """The quantity partition of a measure key (a hash stable across processes)."""
    return zlib.crc32(key.encode("utf-8")) % partitions


def _rules() -> _Rules:
    from factcheck.reconcile.engine import _Rules

    return _Rules()


def sweep_key(c: Claim, arts: Mapping[str, Article], rules: _Rules) -> SweepKey | None:
    """Where the claim sorts in its block's sweep, or None when it is not compared (as
    :func:`factcheck.reconcile.engine.block_findings` builds its comparables)."""
    from factcheck.reconcile import asof
    from factcheck.reconcile.quantities import comparable, sweep_span

    comp = comparable(c, rules.rule(c.kind).tolerance, asof=asof.as_of(c, arts), slots=rules.slots)
    if comp is None or comp.identity is None:
        return None
    lo, hi = sweep_span(comp)
    return (lo.toordinal(), hi.toordinal(), c.id)


def hot_sample(
    part: Part, hot: frozenset[str], schema_items: Sequence[Any], most: int
) -> dict[str, tuple[int, list[SweepKey]]]:
    """For each hot key: how many of the part's claims are compared, and at most
    ``most`` of their sweep keys, evenly spaced (to cut the block into chunks)."""
    from factcheck.reconcile.quantities import measure_key

    schemas_of(schema_items)
    arts = {a.id: a for a in part.articles}
    rules = _rules()
    found: dict[str, list[SweepKey]] = defaultdict(list)
    for c in part.claims:
        if c.quantity is None:
            continue
        k = measure_key(c)
        if k in hot:
            sk = sweep_key(c, arts, rules)
            if sk is not None:
                found[k].append(sk)
    out: dict[str, tuple[int, list[SweepKey]]] = {}
    for k, keys in found.items():
        keys.sort()
        step = max(1, len(keys) // most)
        out[k] = (len(keys), keys[::step])
    return out


def route(
    part: Part,
    number: int,
    index: ActorIndex,
    partitions: int,
    cuts: Mapping[str, list[SweepKey]],
    schema_items: Sequence[Any],
    pack: bool = False,
) -> dict[Bucket, Shipment | Packed]:
    """The part's claims by the block task that takes them: quantity claims by measure
    key (hot keys by chunk of their sweep, cut at ``cuts``), event claims by event type,
    clock claims by moment; and the part's within-article findings (made here, with its
    articles), passed on. With ``pack``, each shipment as a :class:`Packed` record."""
    from factcheck.reconcile.clock import clock_group
    from factcheck.reconcile.crosschecks import CROSS_CHECKS
    from factcheck.reconcile.moments import moment_group
    from factcheck.reconcile.quantities import measure_key

    schemas_of(schema_items)
    arts = {a.id: a for a in part.articles}
    rules = _rules()
    out: dict[Bucket, Shipment] = defaultdict(Shipment)
    for c in part.claims:
        if c.quantity is not None:
            k = measure_key(c)
            if k is not None:
                if k in cuts:
                    sk = sweep_key(c, arts, rules)
                    if sk is not None:
                        out[("h", k, bisect.bisect_right(cuts[k], sk))].add(c, arts.get(c.article))
                else:
                    out[("q", "", partition_of(k, partitions))].add(c, arts.get(c.article))
        if c.kind == "event":
            out[("q", "", partition_of(f"event|{c.event or ''}", partitions))].add(
                c, arts.get(c.article)
            )
        elif c.kind == "clock":
            out[("q", "", partition_of(f"event|{clock_group(c)}", partitions))].add(
                c, arts.get(c.article)
            )
        elif c.kind == "date" and c.event:
            out[("q", "", partition_of(f"event|{moment_group(c)}", partitions))].add(
                c, arts.get(c.article)
            )
        for check in CROSS_CHECKS:
            if check.takes(c):  # a check's claims of all articles meet in one partition,
                # as copies of another kind (the claim itself goes to its block's partition)
                out[("q", "", partition_of(f"event|{check.key}", partitions))].add(
                    c.model_copy(update={"kind": check.kind}), arts.get(c.article)
                )
    out[("q", "", number % partitions)].found.extend(internal_part(part, index))
    if pack:
        return {b: Packed(_codec.dumps((s.claims, s.articles, s.found))) for b, s in out.items()}
    return dict(out)


def pick(routed: Mapping[Bucket, Shipment | Packed], bucket: Bucket) -> Shipment | Packed:
    """One bucket of a routed part (empty when the part sends nothing there)."""
    return routed.get(bucket) or Shipment()


def _merge(shipments: Iterable[Shipment | Packed]) -> Shipment:
    out = Shipment()
    for s in shipments:
        if isinstance(s, Packed):
            s = s.unpack()
        out.claims.extend(s.claims)
        out.articles.update(s.articles)
        out.found.extend(s.found)
    return out


# -- block tasks -----------------------------------------------------------------------------
@dataclass(slots=True)
class Found:
    """The findings of one partition: quantity findings by measure key, event findings,
    and the within-article findings passed through."""

    keyed: list[tuple[str, list[Discrepancy]]]
    events: list[Discrepancy]
    internal: list[Discrepancy]
    figures: list[Figure] = field(default_factory=list)
    """The figures of the partition's blocks, without their findings (the client adds
    them: findings of other tasks may fall inside a figure)."""

    def __reduce__(self) -> Any:
        return _codec.packed(Found, self.keyed, self.events, self.internal, self.figures)


def partition_bucket(
    index: ActorIndex,
    schema_items: Sequence[Any],
    *shipments: Shipment | Packed,
    figures: bool = True,
) -> Found:
    """Reconcile one partition: each measure key's block with
    :func:`factcheck.reconcile.engine.block_findings` as in the local run, and the event
    claims of each event type, the clock claims of each moment; and unless ``figures``
    is false, the figures of each block (:func:`factcheck.report.figures.block_figures`,
    as the local report groups them)."""
    from factcheck.reconcile.clock import clock_findings, clock_group
    from factcheck.reconcile.crosschecks import CROSS_CHECKS
    from factcheck.reconcile.engine import block_findings
    from factcheck.reconcile.events import event_findings
    from factcheck.reconcile.moments import moment_findings, moment_group
    from factcheck.reconcile.quantities import blocks
    from factcheck.reconcile.wording import Phrases
    from factcheck.report.figures import block_figures

    schemas_of(schema_items)
    s = _merge(shipments)
    copies = {check.kind: check for check in CROSS_CHECKS}
    unique = {c.id: c for c in s.claims if c.kind not in copies}
    crossed: dict[str, dict[str, Claim]] = {k: {} for k in copies}
    for c in s.claims:
        if c.kind in copies:
            crossed[c.kind][c.id] = c
    measured: list[Claim] = []
    events: dict[str, list[Claim]] = defaultdict(list)
    clocks: dict[str, list[Claim]] = defaultdict(list)
    moments: dict[str, list[Claim]] = defaultdict(list)
    for k in sorted(unique):
        c = unique[k]
        if c.quantity is not None:
            measured.append(c)
        if c.kind == "event":
            events[c.event or ""].append(c)
        elif c.kind == "clock":
            clocks[clock_group(c)].append(c)
        elif c.kind == "date" and c.event:
            moments[moment_group(c)].append(c)
    rules = _rules()
    words = Phrases(s.articles)
    keyed = []
    shown: list[Figure] = []
    for key, group in sorted(blocks(measured).items()):
        keyed.append((key, list(block_findings(group, s.articles, rules=rules, words=words))))
        if figures:
            shown.extend(block_figures(key, group, s.articles))
    found = [d for e in sorted(events) for d in event_findings(events[e], s.articles, index)]
    found += [d for k in sorted(clocks) for d in clock_findings(clocks[k], s.articles)]
    found += [d for k in sorted(moments) for d in moment_findings(moments[k], s.articles)]
    for kind, check in copies.items():
        taken = crossed[kind]
        found += check.findings([taken[k] for k in sorted(taken)], s.articles)
    return Found(keyed, found, s.found, shown)


def internal_part(part: Part, index: ActorIndex) -> list[Discrepancy]:
    """Within-article findings of the part's articles (each article is whole in one
    part), with the run's actor index."""
    from factcheck.reconcile.internal import internal_findings

    arts = {a.id: a for a in part.articles}
    within = sorted(
        (c for c in part.claims if c.quantity is not None or _dated(c)), key=lambda c: c.id
    )
    return list(internal_findings(within, arts, index))


def _dated(c: Claim) -> bool:
    t = c.date or c.time
    return t is not None and t.weekday is not None


# -- a hot block, cut along the sweep ----------------------------------------------------------
def hot_collect(schema_items: Sequence[Any], *shipments: Shipment | Packed) -> Shipment:
    """One chunk of a hot block: its compared claims in sweep order."""
    schemas_of(schema_items)
    s = _merge(shipments)
    rules = _rules()
    keyed = []
    for c in {c.id: c for c in s.claims}.values():
        sk = sweep_key(c, s.articles, rules)
        if sk is not None:
            keyed.append((sk, c))
    keyed.sort(key=lambda kc: kc[0])
    return Shipment([c for _k, c in keyed], s.articles)


def hot_head(chunk: Shipment, after: Shipment | None) -> Shipment:
    """The first claims of the sweep from this chunk on (as many as one claim is
    compared with): what the chunk before looks ahead to."""
    from factcheck.reconcile.quantities import WINDOW

    out = Shipment()
    for c in [*chunk.claims, *(after.claims if after is not None else ())][:WINDOW]:
        art = chunk.articles.get(c.article) or (
            after.articles.get(c.article) if after is not None else None
        )
        out.add(c, art)
    return out


HotChunk = tuple[
    int, list[tuple[int, int, Discrepancy]], list[Hashable], list[bool], list[tuple[str, str]]
]
"""A hot block's chunk: its size, its disagreeing pairs, its claims' value classes,
whether each names its source and when and where each was told."""


def hot_findings(schema_items: Sequence[Any], chunk: Shipment, after: Shipment | None) -> HotChunk:
    """Every finding a claim of the chunk starts in the sweep (pairs reaching into the
    next chunks included), with no per-claim limit and echoes not merged, as
    ``(i, j, finding)`` by sweep position in the chunk; the chunk's size; and the value
    class of each of its claims (see :func:`factcheck.reconcile.ranking.capped`)."""
    from factcheck.reconcile.engine import block_findings
    from factcheck.reconcile.ranking import named_source, told_in, value_class

    schemas_of(schema_items)
    claims = [*chunk.claims, *(after.claims if after is not None else ())]
    arts = dict(chunk.articles)
    if after is not None:
        arts.update(after.articles)
    pos = {c.id: i for i, c in enumerate(claims)}
    out = []
    for d in block_findings(claims, arts, rows=len(chunk.claims), per_claim=UNCAPPED, merge=False):
        a, b = sorted(pos[i] for i in d.claims)
        out.append((a, b, d))
    own = chunk.claims
    return (
        len(own),
        out,
        [value_class(c) for c in own],
        [named_source(c) for c in own],
        [told_in(c, arts) for c in own],
    )


def hot_cap(*chunks: HotChunk) -> list[Discrepancy]:
    """A hot block's findings as the whole-block sweep keeps them: the chunks' pairs
    (positions made block-wide) ranked and limited per claim by
    :func:`factcheck.reconcile.ranking.capped`, as in the local run."""
    from factcheck.reconcile.ranking import capped

    found: list[tuple[int, int, Discrepancy]] = []
    classes: list[Hashable] = []
    sourced: list[bool] = []
    told: list[tuple[str, str]] = []
    offset = 0
    for size, triples, values, named, when in chunks:
        found.extend((offset + i, offset + j, d) for i, j, d in triples)
        classes.extend(values)
        sourced.extend(named)
        told.extend(when)
        offset += size
    return list(capped(found, classes=classes, sourced=sourced, told=told))


def warm_up() -> int:
    """Load the extraction and reconciliation engines and their tables in the worker
    (before timing it): what every worker process does once, on its first task."""
    import os

    from factcheck.extract import extract_text
    from factcheck.reconcile import reconcile
    from factcheck.report.figures import figures_of

    claims = [
        *extract_text("Am 3. Mai 2024 kamen 1.200 Menschen nach Berlin.", language="de"),
        *extract_text("On 3 May 2024, 1,500 people came to Berlin.", language="en", id="en"),
    ]
    reconcile(claims)
    figures_of(claims, [])
    summarize(Part([], claims, []))
    return os.getpid()


__all__ = [
    "Bucket",
    "Found",
    "Packed",
    "Part",
    "Shipment",
    "Summary",
    "SweepKey",
    "actor_index",
    "describe",
    "extract_part",
    "hot_cap",
    "hot_collect",
    "hot_findings",
    "hot_head",
    "hot_sample",
    "internal_part",
    "partition_bucket",
    "partition_of",
    "pick",
    "route",
    "summarize",
    "sweep_key",
    "warm_up",
]
