"""Extents: a thing's dimensions as a pair of numbers against one dimension, or another pair.

One article gives a screen's size as "64 mal 26 Meter", another says it is "63 Meter
breit". Which of the pair is the width is not said, so the pair's members
(``concepts.EXTENT``, made by :mod:`factcheck.extract.pipeline.extents`) have no block
of their own. They are compared here instead:

- a single dimension (``concepts.DIMENSIONS``: a width, length, height or depth) against
  another article's pair: when it matches neither number, and the nearer lies within
  :data:`NEAR_RATIO` of it, the two are most likely one dimension given two values (63
  against 64); a dimension far from both is another dimension (a depth), not a finding;
- two pairs of different articles, the larger number against the larger, the smaller
  against the smaller, under the same rule.

Both must be of one thing where both name it ("Tor", "Fußballtor": the same noun or a
compound of it), and stated (not planned, not denied).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.lang.concepts import DIMENSIONS, EXTENT
from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Severity,
    UnitKind,
)
from factcheck.reconcile.explain import cap, pair_finding, quoted, source_phrase, where
from factcheck.reconcile.quantities import (
    STATED_MODALITIES,
    Comparable,
    comparable,
    dimension_of,
)
from factcheck.reconcile.severity import MINOR_GAP

NEAR_RATIO = 1.2
"""How far (as a ratio) a dimension may lie from the nearer number of a pair and still be
read as the same dimension given another value."""


def is_extent(c: Claim) -> bool:
    """True for a stated length that is one dimension of a thing or a member of a pair."""
    m, q = c.measure, c.quantity
    return (
        m is not None
        and q is not None
        and (m.thing == EXTENT or m.concept in DIMENSIONS)
        and q.unit_kind is UnitKind.PHYSICAL
        and bool(q.unit)
        and c.modality in STATED_MODALITIES
        and dimension_of(q.unit or "") == "[length]"
    )


def extent_findings(claims: Iterable[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    """Findings between single dimensions and pairs, and between pairs, of different
    articles (see the module documentation), in a stable order."""
    singles: list[Comparable] = []
    members: dict[tuple[str, int], list[Comparable]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.id):
        if not is_extent(c):
            continue
        x = comparable(c)
        if x is None or x.nominal is None:
            continue
        assert c.measure is not None
        if c.measure.thing == EXTENT:
            sentence = c.sentence.start if c.sentence else c.span.start
            members[(c.article, sentence)].append(x)
        else:
            singles.append(x)
    pairs = [
        sorted(v, key=lambda x: x.claim.span.start)
        for _, v in sorted(members.items())
        if len(v) == 2
    ]
    for s in singles:
        for p in pairs:
            if s.claim.article == p[0].claim.article or not _same_thing(s, p[0]):
                continue
            if any(s.interval.overlaps(x.interval) for x in p):
                continue
            near = min(p, key=lambda x: _ratio(s, x))
            if _ratio(s, near) <= NEAR_RATIO:
                yield _finding(s, near, None, p, arts)
    for i, p in enumerate(pairs):
        for q in pairs[i + 1 :]:
            if p[0].claim.article == q[0].claim.article or not _same_thing(p[0], q[0]):
                continue
            for x, y in zip(_by_size(p), _by_size(q), strict=True):
                if not x.interval.overlaps(y.interval) and _ratio(x, y) <= NEAR_RATIO:
                    yield _finding(x, y, p, q, arts)
                    break


def _by_size(pair: list[Comparable]) -> list[Comparable]:
    return sorted(pair, key=lambda x: (x.nominal or 0.0, x.claim.id))


def _ratio(a: Comparable, b: Comparable) -> float:
    x, y = abs(a.nominal or 0.0), abs(b.nominal or 0.0)
    if min(x, y) == 0:
        return float("inf")
    return max(x, y) / min(x, y)


def _subject(c: Claim) -> str:
    """What the dimension measures, where read ("tor"; "" where not)."""
    m = c.measure
    return m.content[0].casefold() if m is not None and m.content else ""


def _same_thing(a: Comparable, b: Comparable) -> bool:
    """True unless both name what they measure and the names differ (one may be a
    compound of the other: "Tor", "Fußballtor")."""
    x, y = _subject(a.claim), _subject(b.claim)
    return not x or not y or x.endswith(y) or y.endswith(x)


def _finding(
    a: Comparable,
    b: Comparable,
    own: list[Comparable] | None,
    pair: list[Comparable],
    arts: Mapping[str, Article],
) -> Discrepancy:
    """``a`` (a single dimension, or a member of the pair ``own``) against ``b``, the
    member of ``pair`` nearest to it."""
    text = (
        f"{cap(where(a.claim, arts))} gives {_what(a, own)} ({source_phrase(a.claim)}), "
        f"while {where(b.claim, arts)} gives the size as {_size(pair)} "
        f"({source_phrase(b.claim)}): {quoted(a.claim.quote)} and {quoted(b.claim.quote)} "
        "most likely measure the same side, given two values."
    )
    gap = a.interval.gap(b.interval) / max(abs(a.nominal or 0.0), abs(b.nominal or 0.0))
    severity = Severity.MINOR if gap < MINOR_GAP else Severity.MAJOR
    return pair_finding(DiscrepancyKind.VALUE_CONFLICT, a.claim, b.claim, severity, text)


def _what(a: Comparable, own: list[Comparable] | None) -> str:
    """ "the width as "63 Meter"", or "the size as "64" by "26 Meter""."""
    if own is not None:
        return f"the size as {_size(own)}"
    m = a.claim.measure
    dim = m.concept.split(":", 1)[1] if m is not None and m.concept else "dimension"
    return f"the {dim} as {quoted(a.claim.quote)}"


def _size(pair: list[Comparable]) -> str:
    return " by ".join(quoted(x.claim.quote) for x in pair)


__all__ = ["NEAR_RATIO", "extent_findings", "is_extent"]
