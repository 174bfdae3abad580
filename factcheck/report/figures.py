"""Figures: the claims that state one figure (a toll, a cost, a crowd), as a timeline.

A figure is two or more quantity claims of one measure: the same thing, place and scope,
as the reconciliation decides it. The grouping reuses the reconciliation's own notion
(:mod:`factcheck.reconcile.quantities`): claims are blocked by their measure key
(:func:`~factcheck.reconcile.quantities.measure_key`), only claims the reconciliation
would compare count (:func:`~factcheck.reconcile.quantities.comparable`), and within a
block two claims belong to one figure when nothing tells their things apart
(:func:`~factcheck.reconcile.quantities.compatible`: identity slots, content, origin and
destination, periods, occasions, actors) among the pairs the reconciliation would weigh
(:func:`~factcheck.reconcile.quantities.candidate_pairs`, so the cost stays linear in the
number of claims). A figure is a connected group of such pairs.

Each claim is placed at its as-of date (:func:`factcheck.reconcile.asof.as_of`: its own
time, else the article's publication), with its value and hedge interval in the figure's
unit (physical quantities in the unit the articles use most, so ``1.2 km`` and
``900 m`` line up as 1.2 and 0.9 kilometre).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck.models import Article, Claim, Discrepancy, UnitKind
from factcheck.models.report import Figure, FigureClaim

if TYPE_CHECKING:
    from factcheck.reconcile.quantities import Comparable

__all__ = ["block_figures", "figures_of", "ordered", "with_findings"]


def figures_of(
    claims: Iterable[Claim],
    articles: Sequence[Article],
    discrepancies: Sequence[Discrepancy] = (),
) -> list[Figure]:
    """The figures among ``claims``: groups of two or more claims of one measure, each
    with its claims in as-of order and the ids of the ``discrepancies`` among them.
    Independent of the input order."""
    from factcheck.reconcile.quantities import articles_by_id, blocks

    arts = articles_by_id(articles)
    unique = {c.id: c for c in claims if c.quantity is not None}
    found_in = _by_claim(discrepancies)
    out: list[Figure] = []
    for key, group in sorted(blocks(unique[k] for k in sorted(unique)).items()):
        out.extend(block_figures(key, group, arts, found_in))
    return ordered(out)


def block_figures(
    key: str,
    group: Sequence[Claim],
    arts: Mapping[str, Article],
    found_in: Mapping[str, list[Discrepancy]] | None = None,
) -> list[Figure]:
    """The figures of one block: ``group`` is the block of measure key ``key`` (its
    claims by id, as :func:`figures_of` blocks them); ``found_in`` gives each claim's
    findings (without it, the figures list none: see :func:`with_findings`). The
    distributed run calls it on the workers, block by block."""
    from factcheck.reconcile.asof import as_of
    from factcheck.reconcile.quantities import (
        HORIZON_DAYS,
        WINDOW,
        comparable,
        compatible,
        identity_slots,
        sweep_arrays,
    )

    slots: dict[str, tuple[str, ...] | None] = {}

    def slot_lookup(kind: str) -> tuple[str, ...] | None:
        if kind not in slots:
            slots[kind] = identity_slots(kind)
        return slots[kind]

    comps = []
    for c in group:
        comp = comparable(c, asof=as_of(c, arts), slots=slot_lookup)
        if comp is not None and comp.identity is not None:
            comps.append(comp)
    if len(comps) < 2:
        return []
    order, starts, ends = sweep_arrays(comps)
    parent = list(range(len(order)))
    n = len(order)
    # the pairs of candidate_pairs, walked inline; a pair already in one group needs no
    # comparison (copies of one article's figures join at their first pair)
    for i in range(n):
        limit = ends[i] + HORIZON_DAYS
        a = order[i].identity
        for j in range(i + 1, min(n, i + 1 + WINDOW)):
            if starts[j] > limit:
                break
            ri, rj = _root(parent, i), _root(parent, j)
            if ri == rj:
                continue
            b = order[j].identity
            if a is not None and b is not None and compatible(a, b):
                parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = {}
    for i in range(len(order)):
        members.setdefault(_root(parent, i), []).append(i)
    return [
        _figure(key, [order[i] for i in idx], found_in or {})
        for idx in members.values()
        if len(idx) >= 2
    ]


def with_findings(figures: Iterable[Figure], discrepancies: Sequence[Discrepancy]) -> list[Figure]:
    """Figures made without findings (:func:`block_figures` without ``found_in``), with
    the ids of the ``discrepancies`` among their claims, as :func:`figures_of` gives them."""
    found_in = _by_claim(discrepancies)
    out = []
    for f in figures:
        found = _found_among([p.claim for p in f.claims], found_in)
        out.append(f.model_copy(update={"discrepancies": found}) if found else f)
    return out


def ordered(figures: Iterable[Figure]) -> list[Figure]:
    """Figures in report order: most claims first, then by label and id."""
    return sorted(figures, key=lambda f: (-len(f.claims), f.label.casefold(), f.id))


def _by_claim(discrepancies: Sequence[Discrepancy]) -> dict[str, list[Discrepancy]]:
    found_in: dict[str, list[Discrepancy]] = {}
    for d in discrepancies:
        for cid in d.claims:
            found_in.setdefault(cid, []).append(d)
    return found_in


def _found_among(ids: Sequence[str], found_in: Mapping[str, list[Discrepancy]]) -> tuple[str, ...]:
    """The ids of the findings all of whose claims are among ``ids``."""
    members = set(ids)
    found: set[str] = set()
    for cid in ids:
        for d in found_in.get(cid, ()):
            if members.issuperset(d.claims):
                found.add(d.id)
    return tuple(sorted(found))


def _root(parent: list[int], i: int) -> int:
    """The representative of ``i``'s group (union-find, with path halving)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _figure(
    key: str,
    comps: list[Comparable],
    found_in: Mapping[str, list[Discrepancy]],
) -> Figure:
    claims = [comp.claim for comp in comps]
    unit, factors = _units(claims)
    points = []
    for comp in comps:
        c, q, when = comp.claim, comp.claim.quantity, comp.asof
        assert q is not None
        factor = factors.get(c.id, 1.0)

        def scaled(x: float | None, factor: float = factor) -> float | None:
            return None if x is None else x * factor

        points.append(
            FigureClaim(
                claim=c.id,
                article=c.article,
                as_of_start=when[0] if when else None,
                as_of_end=when[1] if when else None,
                nominal=scaled(q.nominal),
                low=scaled(q.low),
                high=scaled(q.high),
            )
        )
    position = {c.id: (c.article, c.span.start) for c in claims}
    points.sort(
        key=lambda p: (
            p.as_of_start is None,
            p.as_of_start or 0,
            p.as_of_end or 0,
            position[p.claim],
            p.claim,
        )
    )
    ids = {c.id for c in claims}
    digest = hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12]
    return Figure(
        id=f"figure-{digest}",
        measure=key,
        label=_label(claims, unit),
        unit=unit,
        claims=tuple(points),
        discrepancies=_found_among([c.id for c in claims], found_in),
    )


def _units(claims: list[Claim]) -> tuple[str | None, dict[str, float]]:
    """The unit a figure's values are written in, and for each claim the factor from
    its own unit into it. Physical quantities are written in the unit the articles use
    most (then the first by name), so 1.2 km and 900 m stand on one axis in kilometres;
    counts have no unit, money keeps its currency (one per figure: currencies are
    blocked apart)."""
    from factcheck.reconcile.quantities import base_unit

    q = claims[0].quantity
    if q is None or q.unit_kind in (UnitKind.COUNT, UnitKind.NONE):
        return None, {}
    if q.unit_kind is not UnitKind.PHYSICAL:
        return q.unit, {}
    used: dict[str, int] = {}
    for c in claims:
        if c.quantity is not None and c.quantity.unit:
            used[c.quantity.unit] = used.get(c.quantity.unit, 0) + 1
    if not used:
        return None, {}
    shown = min(used, key=lambda u: (-used[u], u))
    into = base_unit(shown)[1]
    factors = {}
    for c in claims:
        if c.quantity is not None and c.quantity.unit:
            factors[c.id] = base_unit(c.quantity.unit)[1] / into
    return shown, factors


def _label(claims: list[Claim], unit: str | None) -> str:
    """The counted or measured thing in words: the most common way the articles wrote
    it (then the shortest), else what it measures ("money:price": "price"), else the
    unit."""
    seen: dict[str, int] = {}
    for c in claims:
        m = c.measure
        if m is None:
            continue
        word = m.surface or m.thing.rpartition(":")[2].replace("_", " ")
        if word:
            seen[word] = seen.get(word, 0) + 1
    if seen:
        return min(seen, key=lambda w: (-seen[w], len(w), w))
    return unit or "figure"
