"""The moments of a fire out of order: noticed before it broke out.

A fire breaks out, is noticed, is reported and is brought under control, in that order
(``concepts.MOMENT_ORDER``). Two articles may give two of these moments clock times that
cannot both hold: "Besucher bemerkten gegen 20.40 Uhr Flammen" in one, "der Brand brach
kurz nach 21.30 Uhr aus" in the other. The clock comparison (:mod:`factcheck.reconcile.
clock`) sets only times of one moment against each other; this check sets the times of
two moments of the order against each other, across articles, when the later moment's
time lies before the earlier one's by more than :data:`SLACK_MINUTES` beyond both hedges,
on the same day or on days the articles leave open. Times further apart than
:data:`MAX_MINUTES` are not read as one fire's (a day's moments across midnight, another
fire). An article that gives two times for one moment tells of two fires, and its times
of that moment are left alone; each claim takes part in at most :data:`MAX_PARTNERS`
findings, the closest first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.lang.concepts import MOMENT_ORDER
from factcheck.models import Article, Claim, Discrepancy, DiscrepancyKind, Modality, Severity
from factcheck.reconcile.clock import clock_of, clock_text
from factcheck.reconcile.explain import cap, pair_finding, quoted, source_phrase, where
from factcheck.reconcile.moments import places_apart

SLACK_MINUTES = 10
"""Minutes a later moment may lie before an earlier one, beyond the hedges, and still be
read as the same time told loosely."""
MAX_MINUTES = 6 * 60
"""Minutes apart beyond which two moments are not read as one fire's."""
MAX_PARTNERS = 2
"""Findings a claim takes part in at most."""
_STATED = frozenset({Modality.ASSERTED, Modality.REPORTED})
_WORDS = {
    "outbreak": "the fire broke out",
    "discovery": "it was noticed",
    "alarm": "it was reported",
    "contained": "it was under control",
}


def in_sequence(c: Claim) -> bool:
    """True for a stated clock time of a fire's moment (``concepts.MOMENT_ORDER``)."""
    return c.kind == "clock" and _timed(c)


def _timed(c: Claim) -> bool:
    """True for a stated time of a fire's moment, whatever its kind (the distributed run
    hands the check copies of another kind)."""
    return (
        c.event in MOMENT_ORDER
        and c.modality in _STATED
        and c.date is not None
        and c.date.clock is not None
    )


def sequence_findings(
    claims: Iterable[Claim], arts: Mapping[str, Article]
) -> Iterator[Discrepancy]:
    """Findings where one article's time of a later moment lies before another article's
    time of an earlier one (see the module documentation), in a stable order."""
    usable = sorted((c for c in claims if _timed(c)), key=lambda c: c.id)
    times: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for c in usable:
        times[(c.article, c.event or "")].add(clock_of(c))
    several = {k for k, v in times.items() if len(v) > 1}
    usable = [c for c in usable if (c.article, c.event or "") not in several]
    pairs: list[tuple[int, Claim, Claim]] = []
    for first in usable:
        for then in usable:
            if first.article == then.article or not _before(first, then):
                continue
            if not _same_day(first, then) or places_apart(first, then):
                continue
            gap = clock_of(first)[0] - clock_of(then)[1]  # minutes the later lies before
            if SLACK_MINUTES < gap <= MAX_MINUTES:
                pairs.append((gap, first, then))
    count: dict[str, int] = defaultdict(int)
    for gap, first, then in sorted(pairs, key=lambda p: (p[0], p[1].id, p[2].id)):
        if count[first.id] >= MAX_PARTNERS or count[then.id] >= MAX_PARTNERS:
            continue
        count[first.id] += 1
        count[then.id] += 1
        yield _finding(first, then, gap, arts)


def _before(first: Claim, then: Claim) -> bool:
    """True when ``first``'s moment comes before ``then``'s in a fire's order."""
    return MOMENT_ORDER[first.event or ""] < MOMENT_ORDER[then.event or ""]


def _same_day(a: Claim, b: Claim) -> bool:
    """True when both times are of one day, or either leaves its day open, in one zone."""
    da, db = a.date, b.date
    assert da is not None and db is not None
    if (da.zone or "local") != (db.zone or "local"):
        return False
    one_a = da.start is not None and da.start == da.end
    one_b = db.start is not None and db.start == db.end
    return not (one_a and one_b) or da.start == db.start


def _finding(first: Claim, then: Claim, gap: int, arts: Mapping[str, Article]) -> Discrepancy:
    text = (
        f"{cap(where(then, arts))} says {_WORDS[then.event or '']} at {clock_text(then)} "
        f"({quoted(then.quote)}, {source_phrase(then)}), while {where(first, arts)} says "
        f"{_WORDS[first.event or '']} at {clock_text(first)} ({quoted(first.quote)}, "
        f"{source_phrase(first)}): {gap} minutes before it, beyond the hedges of both, "
        "which cannot be."
    )
    return pair_finding(DiscrepancyKind.TIME_CONFLICT, first, then, Severity.MAJOR, text)


__all__ = ["in_sequence", "sequence_findings"]
