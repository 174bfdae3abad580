"""The days of a story's moments: when the dam broke, the boat capsized, the train left
the rails, as each article dates it.

Extraction gives a date the moment its clause names (``Claim.event``, one of
:data:`factcheck.lang.concepts.DATED_MOMENTS`: "Das Boot kenterte am Sonntag" is the
capsizing's day). Two articles that date one moment to days that cannot meet disagree:
"collapsed on Tuesday" against "collapsed on Wednesday". A part of the day narrows the
day to hours (:data:`PART_HOURS`): "am Sonntagmorgen" (05:00 to 12:00) and "am
Sonntagabend" (18:00 to 02:00) cannot meet either.

Only moments of one thing are compared: the noun after a determiner right before the
moment word or right after it ("*the dam* collapsed", "entgleiste *ein Regionalzug*"), the
same in both or one a compound of the other ("Zug", "Regionalzug"); "the mine collapsed"
and "a shaft collapsed" are two collapses, and a moment whose subject is not read is not
compared. An article that gives one moment two days tells of two such moments (an earlier
derailment on the same line), and its dates are not compared. Dates of places told apart
(two dams) are not one moment. Two days that several reports repeat are one finding, set
between the first reports of each (the earliest published), with the rest as its echoes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.lang.concepts import IMPACTS
from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    PartOfDay,
    Severity,
    TimeKind,
)
from factcheck.reconcile.explain import (
    cap,
    echoes_sentence,
    pair_finding,
    quoted,
    source_phrase,
    where,
)
from factcheck.reconcile.heads import heads_meet
from factcheck.reconcile.quantities import STATED_MODALITIES
from factcheck.reconcile.ranking import told_in

PART_HOURS: dict[PartOfDay | None, tuple[int, int]] = {
    None: (0, 24),
    PartOfDay.MORNING: (5, 12),
    PartOfDay.AFTERNOON: (12, 18),
    PartOfDay.EVENING: (18, 26),
    PartOfDay.NIGHT: (-4, 30),
}
"""The hours of a day (from its midnight) each part may mean, generously: an evening
runs past midnight, and a night may be the one before the day ("in der Nacht zum
Sonntag") or after it ("Sunday night")."""
MAJOR_DAYS = 1
"""Dates at least this many days apart beyond their hours make a major finding; closer
ones a minor one: two neighbouring days ("on Tuesday" against "on Wednesday") may be one
moment near midnight or in two time zones, a morning and an evening of one day differ by
hours."""

UNREAD_DAYS = 7
"""A moment whose subject is not read is compared only with a day at most this many days
from its own: "Zuletzt waren 2017 bei einer Explosion ... verletzt worden" tells of
another explosion than the one on Tuesday."""


def moment_of(c: Claim) -> str:
    """The moment a claim's date or time is compared as: its event, an impact's as a
    crash's (``concepts.IMPACTS``: "struck the launch" and "the collision")."""
    event = c.event or ""
    return IMPACTS.get(event, event)


def moment_group(c: Claim) -> str:
    """The block a dated moment is reconciled in (``date|capsize``)."""
    return f"date|{moment_of(c)}"


def moment_findings(claims: Iterable[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    """Findings among the dates of one moment (one block), in a stable order."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.id):
        if _usable(c):
            by_article[c.article].append(c)
    single = sorted(
        (cs[0] for cs in by_article.values() if len({_hours(c) for c in cs}) == 1),
        key=lambda c: (c.article, c.id),
    )
    one = _one_subject(c for cs in by_article.values() for c in cs)
    pairs: list[tuple[Claim, Claim, float]] = []
    for i, a in enumerate(single):
        for b in single[i + 1 :]:
            if moment_of(a) != moment_of(b) or places_apart(a, b) or not _same_subject(a, b, one):
                continue
            if not (_subject(a) and _subject(b)) and not _near(a, b):
                continue  # a moment whose subject is not read: only within a week
            gap = _gap_hours(a, b)
            if gap >= 0:  # the hours are half open: Tuesday ends where Wednesday begins
                pairs.append((a, b, gap))
    # one disagreement, one finding: a pair of days that repeats a kept pair's (the same
    # two days from two more reports, or one side's day again, "9. Mai" beside
    # "Samstagmorgen", against the same claim) is its echo; the finding sets dates written
    # out before days read from a weekday, then the first reports
    kept: list[tuple[Claim, Claim, float, list[str]]] = []
    for a, b, gap in sorted(
        pairs,
        key=lambda p: (
            _relative(p[0]) + _relative(p[1]),
            sorted((told_in(p[0], arts), told_in(p[1], arts))),
        ),
    ):
        found = next((k for k in kept if _told_alike(a, b, k[0], k[1])), None)
        if found is not None:
            found[3].extend(c.id for c in (a, b) if c.id not in found[3])
            continue
        kept.append((a, b, gap, []))
    for a, b, gap, more in kept:
        echoes = tuple(sorted(x for x in more if x not in (a.id, b.id)))
        yield _finding(a, b, gap, arts, echoes)


def _relative(c: Claim) -> int:
    """1 for a day named with no digit, read against the article's date ("am
    Samstagmorgen"), 0 for one written out ("9. Mai")."""
    phrase = c.date.phrase if c.date is not None else ""
    return 0 if any(ch.isdigit() for ch in phrase) else 1


def _told_alike(a: Claim, b: Claim, p: Claim, q: Claim) -> bool:
    """True when the days ``a`` and ``b`` each meet one of a kept pair's ``p`` and ``q``
    (the same claim, or hours that overlap): they repeat that pair's disagreement."""
    return (_meet(a, p) and _meet(b, q)) or (_meet(a, q) and _meet(b, p))


def _meet(a: Claim, b: Claim) -> bool:
    (sa, ea), (sb, eb) = _hours(a), _hours(b)
    return a.id == b.id or (sa < eb and sb < ea)


def _usable(c: Claim) -> bool:
    d = c.date
    return (
        c.kind == "date"
        and c.event is not None
        and c.modality in STATED_MODALITIES
        and d is not None
        and d.resolved
        and d.kind is TimeKind.POINT
        and d.start is not None
        and d.end is not None
        and d.clock is None
    )


def _hours(c: Claim) -> tuple[dt.datetime, dt.datetime]:
    """The hours the date may mean, from the first day's earliest to the last's latest."""
    d = c.date
    assert d is not None and d.start is not None and d.end is not None
    lo, hi = PART_HOURS.get(d.part_of_day, PART_HOURS[None])
    start = dt.datetime.combine(d.start, dt.time()) + dt.timedelta(hours=lo)
    end = dt.datetime.combine(d.end, dt.time()) + dt.timedelta(hours=hi)
    return start, end


def _gap_hours(a: Claim, b: Claim) -> float:
    (sa, ea), (sb, eb) = _hours(a), _hours(b)
    gap = max(sb - ea, sa - eb)
    return gap.total_seconds() / 3600


def _subject(c: Claim) -> tuple[str, ...]:
    return c.measure.content[:1] if c.measure else ()


def _near(a: Claim, b: Claim) -> bool:
    """True when both dates are days at most :data:`UNREAD_DAYS` apart."""
    da, db = a.date, b.date
    assert da is not None and db is not None and da.start is not None and db.start is not None
    return da.is_exact_day and db.is_exact_day and abs((da.start - db.start).days) <= UNREAD_DAYS


def _one_subject(claims: Iterable[Claim]) -> bool:
    """True when every subject the block's dates read names one thing, or none reads
    one: the story tells of one collapse (its dates are still compared only within
    :data:`UNREAD_DAYS`)."""
    subjects = {s for c in claims for s in _subject(c)}
    return all(heads_meet((x,), (y,)) for x in subjects for y in subjects)


def _same_subject(a: Claim, b: Claim, one: bool) -> bool:
    """True when the two moments befell one thing: the same noun, or one a compound of
    the other ("der Zug", "ein Regionalzug"); "the mine collapsed" and "a shaft
    collapsed" are two collapses. A moment whose subject is not read ("beim Einsturz am
    9. Juli") befell the one thing ``one`` says all subjects read name."""
    sa, sb = _subject(a), _subject(b)
    if not sa or not sb:
        return one
    return heads_meet(sa, sb)


def places_apart(a: Claim, b: Claim) -> bool:
    """True when two moments are said of two named things that share no name ("the
    Ridgeway fire" and "the Millbrook fire")."""
    sa = set(a.measure.scope) if a.measure else set()
    sb = set(b.measure.scope) if b.measure else set()
    return bool(sa and sb and not sa & sb)


def _finding(
    a: Claim, b: Claim, gap: float, arts: Mapping[str, Article], echoes: tuple[str, ...] = ()
) -> Discrepancy:
    moment = (a.event or "the moment").replace("_", " ")
    text = (
        f"{cap(where(a, arts))} dates the {moment} to {_day(a)} ({quoted(a.quote)}, "
        f"{source_phrase(a)}), while {where(b, arts)} dates it to {_day(b)} "
        f"({quoted(b.quote)}, {source_phrase(b)}): the two cannot be the same time."
    )
    if gap < 24 * MAJOR_DAYS:
        text += " They lie close: a moment near midnight or a date in another time zone."
    if echoes:
        text += echoes_sentence(len(echoes), "dates")
    severity = Severity.MAJOR if gap >= 24 * MAJOR_DAYS else Severity.MINOR
    return pair_finding(DiscrepancyKind.TIME_CONFLICT, a, b, severity, text, echoes)


def _day(c: Claim) -> str:
    d = c.date
    assert d is not None and d.start is not None and d.end is not None
    day = d.start.isoformat() if d.start == d.end else f"{d.start} to {d.end}"
    return f"{day} ({d.part_of_day.value})" if d.part_of_day else day


__all__ = ["MAJOR_DAYS", "PART_HOURS", "moment_findings", "moment_group"]
