"""Event claims: the same meeting, arrival or signing placed or dated differently.

Two event claims speak of the same event when they have the same event type, share an
actor (names matched across transliterations), and their times can coincide. A place
conflict needs two specific places (city level or below) that do not contain each other
and that neither article explains by naming the other place for the same event; a place
that contains the other ("in Russia" vs "at the Vostochny cosmodrome") never conflicts.
A visit spans several places and is never a place conflict. A date conflict needs two
different weekdays or days for one event at related places; a plan against a report is
labelled ``plan_vs_report``.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Mapping

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Modality,
    Place,
    PlaceKind,
    Reason,
    ReasonCode,
    Severity,
    TimeRef,
    discrepancy_id,
)
from factcheck.reconcile.explain import where

PLACE_EVENTS = frozenset({"meeting", "arrival", "signing"})
DATE_EVENTS = frozenset({"meeting", "arrival", "departure", "signing"})
_SKIP = frozenset({Modality.HYPOTHETICAL, Modality.DENIED})
_BROAD = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.SEA})


def related(a: Place, b: Place) -> bool:
    """Same place, or one contains the other."""
    return a.key == b.key or a.contains(b) or b.contains(a)


def shared_actor(a: Claim, b: Claim) -> bool:
    """True when the two claims can be about the same participants: they share an actor
    (names matched across transliterations), and when both name two or more, they share
    two ("Putin meets Kim" and "Putin meets Lukashenko" are different meetings)."""
    from factcheck.extract.names import same_name

    shared = sum(
        1 for x in a.actors if any(x.key == y.key or same_name(x.name, y.name) for y in b.actors)
    )
    return shared >= min(2, len(a.actors), len(b.actors)) and shared > 0


def times_can_coincide(a: TimeRef | None, b: TimeRef | None) -> bool:
    """False only when both times are resolved and their bounds are disjoint."""
    if a is None or b is None or not a.resolved or not b.resolved:
        return True
    lo_a, hi_a = a.start or a.end, a.end or a.start
    lo_b, hi_b = b.start or b.end, b.end or b.start
    assert lo_a and hi_a and lo_b and hi_b
    return lo_a <= hi_b and lo_b <= hi_a


def _actors(claims: Iterable[Claim]) -> str:
    names: list[str] = []
    for c in claims:
        for a in c.actors:
            if not any(a.name == n for n in names):
                names.append(a.name)
    return " and ".join(names[:3]) or "the participants"


def event_findings(claims: list[Claim], arts: Mapping[str, Article]) -> Iterable[Discrepancy]:
    """Place and date conflicts between event claims of different articles."""
    events = [c for c in claims if c.kind == "event" and c.actors and c.modality not in _SKIP]
    yield from _place_conflicts([c for c in events if c.place is not None], arts)
    yield from _date_conflicts([c for c in events if c.date is not None], arts)


def _place_conflicts(claims: list[Claim], arts: Mapping[str, Article]) -> Iterable[Discrepancy]:
    by_type: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.event in PLACE_EVENTS and c.time is not None and c.time.resolved:
            by_type[c.event].append(c)
    for event, group in sorted(by_type.items()):
        pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (
                    a.article == b.article
                    or a.modality is Modality.PLANNED
                    or (b.modality is Modality.PLANNED)
                ):
                    continue
                if not shared_actor(a, b) or not times_can_coincide(a.time, b.time):
                    continue
                pa, pb = a.place, b.place
                assert pa is not None and pb is not None
                if pa.kind in _BROAD or pb.kind in _BROAD or related(pa, pb):
                    continue
                if _explained(pb, a, group) or _explained(pa, b, group):
                    continue
                key = tuple(sorted((a.article, b.article)))
                pairs[(key[0], key[1])].update((a.id, b.id))
        for (art_a, art_b), ids in sorted(pairs.items()):
            cited = [c for c in group if c.id in ids]
            side_a = [c for c in cited if c.article == art_a]
            side_b = [c for c in cited if c.article == art_b]
            when = side_a[0].time.describe() if side_a[0].time else "the same time"
            text = (
                f"The {event} of {_actors(cited)} ({when}) is placed at "
                f"{', '.join(sorted({c.place.name for c in side_a if c.place}))} by "
                f"{where(side_a[0], arts)} and at "
                f"{', '.join(sorted({c.place.name for c in side_b if c.place}))} by "
                f"{where(side_b[0], arts)}; neither place contains the other."
            )
            claim_ids = tuple(sorted(ids))
            yield Discrepancy(
                id=discrepancy_id("place_conflict", claim_ids),
                kind=DiscrepancyKind.PLACE_CONFLICT,
                severity=Severity.MAJOR,
                claims=claim_ids,
                explanation=text,
                reasons=(
                    Reason(
                        code=ReasonCode.DIFFERENT_SOURCES,
                        text="the articles may describe different stages of one visit",
                    ),
                ),
            )


def _explained(place: Place, claim: Claim, group: list[Claim]) -> bool:
    """True when the claim's article names ``place`` (or a place related to it, below
    country level) for the same event: the event spans both places."""
    for c in group:
        if c.article != claim.article or c.id == claim.id or c.place is None:
            continue
        if c.place.kind in _BROAD:
            continue
        if related(c.place, place) and times_can_coincide(c.time, claim.time):
            return True
    return False


def _date_conflicts(claims: list[Claim], arts: Mapping[str, Article]) -> Iterable[Discrepancy]:
    by_type: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.event in DATE_EVENTS and c.location is not None:
            by_type[c.event or ""].append(c)
    for event, group in sorted(by_type.items()):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.article == b.article or not shared_actor(a, b):
                    continue
                assert a.location is not None and b.location is not None
                if not related(a.location, b.location):
                    continue
                ta, tb = a.date, b.date
                assert ta is not None and tb is not None
                if not _dates_differ(ta, tb):
                    continue
                yield _date_finding(event, a, b, arts)


def _dates_differ(a: TimeRef, b: TimeRef) -> bool:
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        # different weekdays of what could be the same week
        return times_can_coincide(a, b) or not (a.resolved and b.resolved)
    if a.is_exact_day and b.is_exact_day:
        return a.start != b.start
    return False


def _date_finding(event: str, a: Claim, b: Claim, arts: Mapping[str, Article]) -> Discrepancy:
    ta, tb = a.date, b.date
    assert ta is not None and tb is not None
    planned = {a.modality is Modality.PLANNED, b.modality is Modality.PLANNED}
    kind = (
        DiscrepancyKind.PLAN_VS_REPORT
        if planned == {True, False}
        else (DiscrepancyKind.DATE_CONFLICT)
    )
    reasons = []
    if kind is DiscrepancyKind.PLAN_VS_REPORT:
        reasons.append(
            Reason(
                code=ReasonCode.PLAN_VS_REPORT,
                text=("one article gives the plan, the other what happened; plans change"),
            )
        )
    if not (ta.resolved and tb.resolved):
        reasons.append(
            Reason(
                code=ReasonCode.DIFFERENT_AS_OF_DATES,
                text=(
                    "at least one date is a weekday of an undated article, so the two may not "
                    "refer to the same week"
                ),
            )
        )

    def say(c: Claim, t: TimeRef) -> str:
        verb = "planned for" if c.modality is Modality.PLANNED else "on"
        day = _day(t)
        return f"{verb} {day} by {where(c, arts)}"

    loc = a.location.name if a.location else "the same place"
    text = f"The {event} of {_actors([a, b])} in {loc} is {say(a, ta)} and {say(b, tb)}."
    ids = tuple(sorted((a.id, b.id)))
    return Discrepancy(
        id=discrepancy_id(kind.value, ids),
        kind=kind,
        severity=Severity.MINOR if kind is DiscrepancyKind.PLAN_VS_REPORT else Severity.MAJOR,
        claims=ids,
        explanation=text,
        reasons=tuple(reasons),
    )


def _day(t: TimeRef) -> str:
    part = f" {t.part_of_day.value}" if t.part_of_day else ""
    if t.weekday is not None:
        return f"{calendar.day_name[t.weekday]}{part} ({t.phrase})"
    return f"{t.describe()} ({t.phrase})"
