"""An article against itself.

* **Weekday against date**: "am Dienstag, dem 13. September 2023" when the 13th is a
  Wednesday.
* **Leaves before the event**: an actor who leaves on Wednesday for somewhere else,
  while an event with them is set for Thursday of the same week.
* **Parts against the total** (:func:`sum_mismatch`): the parts of a breakdown ("25 dead
  and 10 injured") against the stated total ("30 victims in all"). The parts are summed
  as intervals, so "at least 37 injured" and "2 dead" make "39 or more", which agrees
  with "at least 39 victims". A total below the sum of its parts is a contradiction; a
  total above the sum of a complete breakdown (dead and injured both given) is a minor
  finding, since the total may count others (the missing) the article does not list.

Two figures of one thing in one article that disagree are found by the quantity
comparison (:mod:`factcheck.reconcile.engine`) and labelled ``internal`` there.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.lang.concepts import ALL_SCOPE, EARLIER_SCOPE
from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Interval,
    Reason,
    ReasonCode,
    Severity,
    TimeRef,
    discrepancy_id,
)
from factcheck.reconcile.events import MAX_PARTNERS, ActorIndex, related, shared_actor
from factcheck.reconcile.explain import (
    cap,
    interval_phrase,
    join_and,
    reasons_clause,
    source_phrase,
    value_phrase,
    where,
)
from factcheck.reconcile.quantities import Comparable, comparable, compatible

_LATER_EVENTS = frozenset({"signing", "meeting", "visit", "arrival"})
MAX_DAYS_APART = 4
"""Weekdays more than this many days apart are not read as the same week."""

PARTS_OF: dict[str, tuple[str, ...]] = {"victim": ("dead", "injured", "missing")}
"""Concepts whose counts are parts of a total concept (language-neutral concept keys)."""
COMPLETE_BREAKDOWN: dict[str, frozenset[str]] = {"victim": frozenset({"dead", "injured"})}
"""Parts that, given together, make a breakdown the total should match from above too."""
_SUMMED = frozenset(PARTS_OF) | frozenset(p for ps in PARTS_OF.values() for p in ps)


def internal_findings(
    claims: list[Claim], arts: Mapping[str, Article], index: ActorIndex | None = None
) -> Iterable[Discrepancy]:
    """Contradictions of each article with itself. Only the claims a check can use are
    grouped by article: those with a weekday, events with a weekday, and counts of the
    parts and totals of :data:`PARTS_OF`."""
    weekdays: dict[str, list[Claim]] = defaultdict(list)
    events: dict[str, list[Claim]] = defaultdict(list)
    counts: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        t = c.date or c.time
        if t is not None and t.weekday is not None:
            weekdays[c.article].append(c)
            if c.kind == "event" and c.date is not None and c.date.weekday is not None:
                events[c.article].append(c)
        m = c.measure
        if m is not None and m.concept is not None and m.key in _SUMMED:
            counts[c.article].append(c)
    if index is None:
        index = ActorIndex.of(c for c in claims if c.kind == "event")
    for art in sorted(set(weekdays) | set(counts)):
        yield from _weekday_vs_date(weekdays.get(art, []), arts)
        yield from _leaves_before(events.get(art, []), arts, index)
        yield from sum_mismatch(counts.get(art, []), arts)


# -- weekday against date -----------------------------------------------------------------
def _weekday_vs_date(group: list[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    wrong: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    refs: dict[tuple[str, str], TimeRef] = {}
    for c in group:
        t = c.date or c.time
        if t is None or t.weekday is None or not t.is_exact_day or t.start is None:
            continue
        if t.start.weekday() != t.weekday:
            key = (t.start.isoformat(), t.phrase)
            wrong[key].append(c)
            refs[key] = t
    for key, cs in sorted(wrong.items()):
        t = refs[key]
        assert t.start is not None and t.weekday is not None
        own = [c for c in cs if c.date is not None] or cs
        ids = tuple(sorted(c.id for c in own))
        phrase = f' ("{t.phrase}")' if t.phrase else ""
        yield Discrepancy(
            id=discrepancy_id(DiscrepancyKind.INTERNAL.value, ids),
            kind=DiscrepancyKind.INTERNAL,
            severity=Severity.MAJOR,
            claims=ids,
            explanation=(
                f"{cap(where(own[0], arts))} names {calendar.day_name[t.weekday]} for "
                f"{t.start.isoformat()}{phrase}, which is a "
                f"{calendar.day_name[t.start.weekday()]}."
            ),
            reasons=(
                Reason(
                    code=ReasonCode.SELF_CONTRADICTION, text="the weekday and the date disagree"
                ),
            ),
            within_article=True,
        )


# -- leaves before the event -----------------------------------------------------------------
def _leaves_before(
    group: list[Claim], arts: Mapping[str, Article], index: ActorIndex
) -> Iterator[Discrepancy]:
    events = [
        c
        for c in group
        if c.kind == "event" and c.date is not None and c.date.weekday is not None and c.actors
    ]
    departures: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in events:
        if c.event == "departure":
            assert c.date is not None and c.date.weekday is not None
            for k in index.keys(c):
                departures[(k, c.date.weekday)].append(c)
    if not departures:
        return
    seen: set[tuple[str, str]] = set()
    partners: dict[str, int] = defaultdict(int)
    for e in events:
        if e.event not in _LATER_EVENTS:
            continue
        assert e.date is not None and e.date.weekday is not None
        for k in sorted(index.keys(e)):
            for before in range(1, MAX_DAYS_APART + 1):
                w = e.date.weekday - before
                if w < 0:
                    break
                for d in departures.get((k, w), ()):
                    if (d.id, e.id) in seen or max(partners[d.id], partners[e.id]) >= MAX_PARTNERS:
                        continue
                    seen.add((d.id, e.id))
                    found = _leaves_before_pair(d, e, arts, index)
                    if found is not None:
                        partners[d.id] += 1
                        partners[e.id] += 1
                        yield found


def _leaves_before_pair(
    d: Claim, e: Claim, arts: Mapping[str, Article], index: ActorIndex
) -> Discrepancy | None:
    dest = d.location or d.place
    assert d.date is not None and d.date.weekday is not None
    assert e.date is not None and e.date.weekday is not None
    gap = (e.date.weekday - d.date.weekday) % 7
    if not 0 < gap <= MAX_DAYS_APART or e.date.weekday < d.date.weekday:
        return None
    if not shared_actor(d, e, index):
        return None
    if dest is not None and e.location is not None and related(dest, e.location):
        return None
    ids = tuple(sorted((d.id, e.id)))
    where_to = f" for {dest.name}" if dest is not None else ""
    who = d.actors[0].name
    return Discrepancy(
        id=discrepancy_id(DiscrepancyKind.INTERNAL.value, ids),
        kind=DiscrepancyKind.INTERNAL,
        severity=Severity.MAJOR,
        claims=ids,
        explanation=(
            f"{cap(where(d, arts))} has {who} leave{where_to} on "
            f'{calendar.day_name[d.date.weekday]} ("{d.quote}"), yet the {e.event} '
            f"with {who} is set for {calendar.day_name[e.date.weekday]} "
            f'("{e.quote}"), after the departure.'
        ),
        reasons=(
            Reason(
                code=ReasonCode.SELF_CONTRADICTION,
                text="the article's own schedule does not fit together",
            ),
            Reason(
                code=ReasonCode.PLAN_VS_REPORT,
                text="both are plans; one of them may have changed",
            ),
        ),
        within_article=True,
    )


# -- parts against the total ------------------------------------------------------------------
def _concept(c: Claim) -> str | None:
    m = c.measure
    if m is None or c.quantity is None or m.concept is None:
        return None
    return m.key


def _sum(parts: list[Comparable]) -> Interval:
    low = 0.0
    high: float | None = 0.0
    for p in parts:
        low += max(p.interval.low or 0.0, 0.0)
        if high is not None:
            high = None if p.interval.high is None else high + p.interval.high
    return Interval(low, high)


def sum_mismatch(claims: list[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    """Breakdowns of one article whose parts do not add up to its stated total.

    A breakdown is the part counts (:data:`PARTS_OF`) named in one sentence, one figure
    per part; it is set against each total of the article that speaks of the same thing
    (same origin, destination, period, as in
    :func:`factcheck.reconcile.quantities.compatible`).
    """
    totals: dict[str, list[Comparable]] = defaultdict(list)
    part_total = {p: t for t, ps in PARTS_OF.items() for p in ps}
    sentences: dict[tuple[str, int], dict[str, list[Comparable]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for c in claims:
        concept = _concept(c)
        if concept is None:
            continue
        if concept in PARTS_OF or concept in part_total:
            comp = comparable(c)
            if comp is None or comp.identity is None:
                continue
            if concept in PARTS_OF:
                totals[concept].append(comp)
            else:
                start = c.sentence.start if c.sentence is not None else c.span.start
                sentences[(part_total[concept], start)][concept].append(comp)
    for (total_concept, _start), by_part in sorted(sentences.items()):
        if any(len(v) != 1 for v in by_part.values()):
            continue  # two figures for one part in a sentence: not a simple breakdown
        parts = [v[0] for _k, v in sorted(by_part.items())]
        if not totals.get(total_concept):
            continue
        summed = _sum(parts)
        complete = COMPLETE_BREAKDOWN.get(total_concept, frozenset()) <= set(by_part)
        for total in sorted(totals.get(total_concept, ()), key=lambda t: t.claim.id):
            assert total.identity is not None
            if EARLIER_SCOPE in total.identity.scope:
                continue  # "the count had stood at 11": the article's own history
            if len(parts) == 1 and ALL_SCOPE not in total.identity.scope:
                # "18 dead" and "six victims were found": with one part, only a count
                # the article calls a total ("30 victims in all") is the total of it
                continue
            if not all(
                p.identity is not None and compatible(total.identity, p.identity, same_article=True)
                for p in parts
            ):
                continue
            d = _sum_finding(total, parts, summed, complete, arts)
            if d is not None:
                yield d


def _sum_finding(
    total: Comparable,
    parts: list[Comparable],
    summed: Interval,
    complete: bool,
    arts: Mapping[str, Article],
) -> Discrepancy | None:
    from factcheck.reconcile.severity import severity
    from factcheck.reconcile.sources import relation

    t = total.interval
    below = t.high is not None and summed.low is not None and t.high < summed.low
    above = complete and summed.high is not None and t.low is not None and t.low > summed.high
    if not (below or above):
        return None
    gap = t.gap(summed)
    scale = max(abs(x) for x in (t.low, t.high, summed.low, summed.high, 1.0) if x is not None)
    rel = relation(total.claim, parts[0].claim)
    reasons: list[Reason] = [
        Reason(code=ReasonCode.SELF_CONTRADICTION, text="the article's figures do not add up")
    ]
    if above:
        reasons.append(
            Reason(
                code=ReasonCode.DIFFERENT_SCOPE,
                text="the total may count others (such as the missing) that the parts leave out",
            )
        )
    sev = severity(gap / scale, rel)
    if above:
        sev = Severity.MINOR if sev > Severity.MINOR else sev
    part_words = join_and([value_phrase(p.claim) for p in parts])
    relation_words = "more" if below else "less"
    head = (
        f"{cap(where(total.claim, arts))} gives {part_words}, {source_phrase(parts[0].claim)}, "
        f"and a total of {value_phrase(total.claim)}, {source_phrase(total.claim)}: the parts "
        f"add up to {interval_phrase(summed)}, {relation_words} than the total allows "
        f"({interval_phrase(t)})"
    )
    ids = tuple(sorted([total.claim.id, *(p.claim.id for p in parts)]))
    return Discrepancy(
        id=discrepancy_id(DiscrepancyKind.SUM_MISMATCH.value, ids),
        kind=DiscrepancyKind.SUM_MISMATCH,
        severity=sev,
        claims=ids,
        explanation=f"{head}{reasons_clause(reasons)}.",
        reasons=tuple(reasons),
        within_article=True,
        gap=round(gap / scale, 4),
    )


__all__ = [
    "COMPLETE_BREAKDOWN",
    "MAX_DAYS_APART",
    "PARTS_OF",
    "internal_findings",
    "sum_mismatch",
]
