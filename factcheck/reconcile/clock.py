"""Clock times of one moment that cannot both hold ("gave way shortly after 1:30 a.m."
against "came down around 2 a.m.").

Two clock claims (kind ``clock``, see :mod:`factcheck.extract.clock`) speak of the same
moment when they give the same moment of the event (collapse, start, loss of contact),
in two articles, on the same day or on a day one of them leaves open, in the same time
zone (a time "local" and one in UTC are not compared: the conversion needs the place's
zone), and for the same scope (the Ridgeway fire's start is not the Millbrook fire's).
They conflict when their hedged intervals do not touch.

An article that gives two different times for one moment tells of two such moments
(the first fire and the second, each "began", or a convoy that set off and a rally that
began): each of its times is set only against the other article's time nearest to it, when
it is the nearest in turn and at most :data:`SEVERAL_MINUTES` away. Plans ("planmäßige
Ankunft um 13.26 Uhr") are not compared with what happened, and each claim is set against
at most :data:`MAX_PARTNERS` others, the closest first; other reports repeating one of the
two times are the finding's echoes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Modality,
    Severity,
    discrepancy_id,
)
from factcheck.reconcile.explain import (
    cap,
    echoes_sentence,
    pair_finding,
    quoted,
    source_phrase,
    where,
)
from factcheck.reconcile.moments import moment_of, places_apart
from factcheck.reconcile.ranking import named_source

MAX_PARTNERS = 2
"""A clock claim takes part in at most this many findings (the closest first)."""
CLOCK_WINDOW = 64
"""Each clock claim is compared with at most this many claims after it in clock order."""
SEVERAL_MINUTES = 60
"""An article giving several times of one moment tells of several things (two fires
began): each of its times is set only against the nearest time of the other article, when
that one is nearest to it in turn and no more than this many minutes apart."""
MAJOR_MINUTES = 30
"""Times at least this many minutes apart (beyond their hedges) are a major finding."""
_SKIP = frozenset({Modality.HYPOTHETICAL, Modality.DENIED, Modality.PLANNED})


def clock_group(c: Claim) -> str:
    """The block a clock claim is reconciled in: its moment (``clock|collapse``,
    :func:`~factcheck.reconcile.moments.moment_of`)."""
    return f"clock|{moment_of(c)}"


def clock_findings(claims: Iterable[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    """Findings among the clock claims of one block (one moment), by claim id order."""
    usable = sorted(
        (c for c in claims if c.kind == "clock" and c.date and c.date.clock and _usable(c)),
        key=lambda c: c.id,
    )
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in usable:
        by_article[c.article].append(c)
    # in clock order, each claim against its next CLOCK_WINDOW (a large corpus has many
    # claims of one moment: the sweep stays linear, and far times are rarely one moment)
    several = {art for art, cs in by_article.items() if _ambiguous(cs)}
    ordered = sorted(usable, key=lambda c: (clock_of(c)[0], c.id))
    pairs: list[tuple[int, str, Claim, Claim]] = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + CLOCK_WINDOW]:
            if a.article == b.article or not _same_moment(a, b):
                continue
            apart = _apart(a, b)
            if apart <= 0:
                continue
            if (a.article in several or b.article in several) and not (
                apart <= SEVERAL_MINUTES
                and _nearest(a, by_article[b.article]) is b
                and _nearest(b, by_article[a.article]) is a
            ):
                continue
            pairs.append((-apart, discrepancy_id("time_conflict", [a.id, b.id]), a, b))
    # closest first: a time far from every other is rarely the same moment; among pairs
    # equally close, those whose claims name their sources (the echoes are the rest)
    pairs.sort(key=lambda p: (-p[0], -(named_source(p[2]) + named_source(p[3])), p[1]))
    count: dict[str, int] = defaultdict(int)
    Key = tuple[tuple[int, int], tuple[int, int]]
    kept: dict[Key, tuple[Claim, Claim, list[str]]] = {}
    sides: dict[str, list[Key]] = defaultdict(list)  # the kept pairs each claim is a side of
    for _neg, _id, a, b in pairs:
        va, vb = clock_of(a), clock_of(b)
        key: Key = (min(va, vb), max(va, vb))
        if key not in kept:
            # a time that touches one side of a kept pair against the same claim as its
            # other side ("kurz vor 18 Uhr" beside "um 17.50 Uhr", both against one "gegen
            # 16.50 Uhr"): one disagreement
            key = next(
                (k for k in (*sides[a.id], *sides[b.id]) if _told_alike(a, b, *kept[k][:2])),
                key,
            )
        if key in kept:
            p, q, more = kept[key]
            if _width(a) + _width(b) < _width(p) + _width(q):
                # the finding sets the two most precise times against each other ("um 17.50
                # Uhr", not "kurz vor 18 Uhr"); the others are its echoes
                kept[key] = (a, b, more)
                sides[a.id].append(key)
                sides[b.id].append(key)
                a, b = p, q
            more.extend(x.id for x in (a, b) if x.id not in more)
            continue
        if count[a.id] >= MAX_PARTNERS or count[b.id] >= MAX_PARTNERS:
            continue
        count[a.id] += 1
        count[b.id] += 1
        kept[key] = (a, b, [])
        sides[a.id].append(key)
        sides[b.id].append(key)
    for a, b, more in kept.values():
        echoes = tuple(sorted(x for x in more if x not in (a.id, b.id)))
        yield _finding(a, b, echoes, arts)


def _told_alike(a: Claim, b: Claim, p: Claim, q: Claim) -> bool:
    """True when the times ``a`` and ``b`` each touch one of a kept pair's ``p`` and ``q``
    (the same claim, or times that overlap): they repeat that pair's disagreement. Only the
    kept pairs that share a claim with ``a`` and ``b`` are asked, so a moment with many
    times is not swept once per pair."""

    def touch(x: Claim, y: Claim) -> bool:
        return x is y or _apart(x, y) <= 0

    return (touch(a, p) and touch(b, q)) or (touch(a, q) and touch(b, p))


def _width(c: Claim) -> int:
    """How many minutes a time's wording leaves open ("um 17.50 Uhr" none, "kurz vor 18
    Uhr" twenty)."""
    lo, hi = clock_of(c)
    return hi - lo


def _usable(c: Claim) -> bool:
    return c.modality not in _SKIP


def clock_of(c: Claim) -> tuple[int, int]:
    """The minutes after midnight a clock claim's time spans, from first to last."""
    assert c.date is not None and c.date.clock is not None
    return c.date.clock


def _ambiguous(claims: list[Claim]) -> bool:
    """True when an article gives two times for one moment that do not touch."""
    spans = [clock_of(c) for c in claims]
    lo = max(a for a, _b in spans)
    hi = min(b for _a, b in spans)
    return lo > hi


def _nearest(c: Claim, others: list[Claim]) -> Claim:
    """The claim of ``others`` (one article's times of the moment) nearest ``c``'s time."""
    return min(others, key=lambda o: (_apart(c, o), o.id))


def _apart(a: Claim, b: Claim) -> int:
    (alo, ahi), (blo, bhi) = clock_of(a), clock_of(b)
    shift = _days_apart(a, b) * MINUTES_PER_DAY  # "11:20 p.m. on Sunday", "1 a.m. on Monday"
    blo, bhi = blo + shift, bhi + shift
    return max(blo - ahi, alo - bhi, 0)


MINUTES_PER_DAY = 1440
ACROSS_MIDNIGHT = 360
"""Minutes two times of one moment on two days in a row may lie apart and still be read as
one moment told two ways ("at around 11:20 p.m. on Sunday" and "shortly after 1 a.m. on
Monday"); further apart they are two moments."""


def _day(c: Claim) -> dt.date | None:
    """The one day a clock claim is dated to, or None."""
    d = c.date
    return d.start if d is not None and d.start is not None and d.start == d.end else None


def _days_apart(a: Claim, b: Claim) -> int:
    """Days from ``a``'s date to ``b``'s (0 when either is not one day)."""
    da, db = _day(a), _day(b)
    return 0 if da is None or db is None else (db - da).days


def _zone(c: Claim) -> str:
    assert c.date is not None
    return c.date.zone or "local"


def _same_moment(a: Claim, b: Claim) -> bool:
    if moment_of(a) != moment_of(b) or _zone(a) != _zone(b):
        return False
    days = _days_apart(a, b)
    if days and (abs(days) > 1 or _apart(a, b) > ACROSS_MIDNIGHT):
        return False  # two days, unless close across one midnight
    # "the Ridgeway fire began" and "the Millbrook fire began" are two moments
    return not places_apart(a, b)


def clock_text(c: Claim) -> str:
    """A clock claim's time as written in a finding: "02:23-02:37", or "15:20"."""
    lo, hi = clock_of(c)
    return _hhmm(lo) if lo == hi else f"{_hhmm(lo)}-{_hhmm(hi)}"


def _hhmm(minutes: int) -> str:
    m = minutes % 1440
    return f"{m // 60:02d}:{m % 60:02d}"


_MOMENTS = {
    "collapse": "the collapse",
    "start": "the start",
    "outbreak": "the start",
    "contact_lost": "the loss of contact",
    "strike": "the quake",
    "derailment": "the derailment",
    "capsize": "the capsizing",
    "explosion": "the explosion",
    "landfall": "the landfall",
    "crash": "the crash",
    "alarm": "the alarm",
    "crest": "the crest",
    "peak": "the peak",
    "touchdown": "the touchdown",
    "opening": "the opening",
    "discovery": "the discovery",
    "all_clear": "the all-clear",
    "evacuation": "the evacuation",
    "contained": "the fire's end",
    "damage": "the damage",
}


def _finding(
    a: Claim, b: Claim, echoes: tuple[str, ...], arts: Mapping[str, Article]
) -> Discrepancy:
    apart = _apart(a, b)
    moment = _MOMENTS.get(a.event or "", "the same moment")
    text = (
        f"{cap(where(a, arts))} puts {moment} at {clock_text(a)} ({quoted(a.quote)}, "
        f"{source_phrase(a)}), while {where(b, arts)} puts it at {clock_text(b)} "
        f"({quoted(b.quote)}, {source_phrase(b)}): at least {apart} minutes apart, "
        "beyond the hedges of both."
    )
    if echoes:
        text += echoes_sentence(len(echoes), "times")
    severity = Severity.MAJOR if apart >= MAJOR_MINUTES else Severity.MINOR
    return pair_finding(DiscrepancyKind.TIME_CONFLICT, a, b, severity, text, echoes)
