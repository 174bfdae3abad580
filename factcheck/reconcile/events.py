"""Event claims: the same meeting, arrival or signing placed or dated differently.

Two event claims speak of the same event when they have the same event type, share an
actor (names matched across transliterations; when both name two or more, they share
two), and their times can coincide.

A **place conflict** needs two specific places (city level or below) that do not
contain each other and that neither article explains by naming the other place for the
same event; a place that contains the other ("in France" vs "at the Élysée Palace")
never conflicts, and a visit, which spans several places, is never a place
conflict. A **date conflict** needs two different weekdays, or two known days at most
:data:`MAX_DAYS_APART` apart, for one event at related places; further apart, they are
two events. A plan against a report is labelled ``plan_vs_report``.

**Blocking.** Claims are grouped by event type and actor (:class:`ActorIndex` clusters
the names of a run across spellings), then swept in time order: a claim is only compared
with claims whose time can overlap its own, at most :data:`EVENT_WINDOW` of them, and is
set against at most :data:`MAX_PARTNERS` others in findings.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

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
from factcheck.reconcile.explain import cap, join_and, quoted, reasons_clause, where
from factcheck.reconcile.sources import Relation, relation

PLACE_EVENTS = frozenset({"meeting", "arrival", "signing"})
"""Event types that happen at one place (a visit spans several)."""
DATE_EVENTS = frozenset({"meeting", "arrival", "departure", "signing"})
"""Event types that happen on one day."""
MAX_DAYS_APART = 4
"""Two known days further apart than this are two events, not one event dated twice."""
EVENT_WINDOW = 24
"""At most this many later claims of a block (same event type and actor, in time order)
are compared with each claim."""
MAX_PARTNERS = 4
"""A claim is set against at most this many others in place or date findings (the first
in time order): one person's many events on one day in a large corpus would otherwise
pair up quadratically."""

_SKIP = frozenset({Modality.HYPOTHETICAL, Modality.DENIED})
_BROAD = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.SEA})


def related(a: Place, b: Place) -> bool:
    """Same place, or one contains the other."""
    return a.key == b.key or a.contains(b) or b.contains(a)


@lru_cache(maxsize=262144)
def _same(x: str, y: str) -> bool:
    from factcheck.extract.names import same_name

    return same_name(x, y)


class ActorIndex:
    """The actors of a run clustered across spellings and partial names, once.

    Two full names are one actor when their transliteration-folded forms agree, coarsely
    (:func:`factcheck.extract.names.fold` and :func:`~factcheck.extract.names.coarse`:
    "Wolodymyr Selenskyj" and "Volodymyr Zelensky", "Gaddafi" and "Qaddafi"). A single
    name ("Selenskyj", "Selenskyjs") joins the one full name whose last or first word it
    is; when it fits several ("Lee": Lee Jae-myung and Lee Nak-yon), it stays an actor of
    its own. The keys depend on the set of names only, never on
    their order, and building the index costs one pass over the distinct names.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        from factcheck.extract.names import coarse, fold, fold_tokens

        distinct = sorted(set(names))
        self._claims: dict[str, frozenset[str]] = {}
        self._keys: dict[str, str] = {n: coarse(fold(n)) or n for n in distinct}
        parts: dict[str, set[str]] = defaultdict(set)
        singles: list[str] = []
        for n in distinct:
            toks = fold_tokens(n)
            if len(toks) >= 2:
                parts[coarse(toks[-1])].add(self._keys[n])
                parts[coarse(toks[0])].add(self._keys[n])
            else:
                singles.append(n)
        for n in singles:
            k = self._keys[n]
            fits = parts.get(k) or (parts.get(k[:-1]) if k.endswith("s") else None) or set()
            if len(fits) == 1:
                self._keys[n] = next(iter(fits))

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> ActorIndex:
        """The index of every actor named by ``claims``."""
        return cls(a.name for c in claims for a in c.actors)

    def key(self, name: str) -> str:
        """The cluster key of a name (the folded name itself when it was not indexed)."""
        k = self._keys.get(name)
        if k is None:
            from factcheck.extract.names import coarse, fold

            k = self._keys[name] = coarse(fold(name)) or name
        return k

    def keys(self, claim: Claim) -> frozenset[str]:
        """The cluster keys of a claim's actors."""
        ks = self._claims.get(claim.id)
        if ks is None:
            ks = self._claims[claim.id] = frozenset(self.key(a.name) for a in claim.actors)
        return ks


def shared_actor(a: Claim, b: Claim, index: ActorIndex | None = None) -> bool:
    """True when the two claims can be about the same participants: they share an actor
    (names matched across transliterations), and when both name two or more, they share
    two ("Macron meets Scholz" and "Macron meets Meloni" are different meetings). With an
    ``index``, actors are matched by their cluster keys."""
    if index is not None:
        ka, kb = index.keys(a), index.keys(b)
        shared = len(ka & kb)
        return shared > 0 and shared >= min(2, len(ka), len(kb))
    shared = sum(
        1 for x in a.actors if any(x.key == y.key or _same(x.name, y.name) for y in b.actors)
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


@lru_cache(maxsize=65536)
def actor_block_keys(name: str) -> frozenset[str]:
    """Blocking keys of a name that its spellings share: the first two letters of the
    coarse folded name, of its first word and of its last word."""
    from factcheck.extract.names import coarse, fold, fold_tokens

    toks = fold_tokens(name)
    keys = {coarse(fold(name))[:2]}
    if toks:
        keys.add(coarse(toks[0])[:2])
        keys.add(coarse(toks[-1])[:2])
    return frozenset(k for k in keys if k)


def names_of(claims: Iterable[Claim], index: ActorIndex | None = None) -> str:
    """The actors of some claims, each person once across spellings: ``A, B and C``."""
    names: list[str] = []
    keys: set[str] = set()
    for c in claims:
        for a in sorted(c.actors, key=lambda e: e.name):
            if index is not None:
                k = index.key(a.name)
                if k in keys:
                    continue
                keys.add(k)
                names.append(a.name)
            elif not any(a.name == n or _same(a.name, n) for n in names):
                names.append(a.name)
    return join_and(names[:4]) or "the participants"


def _bounds(t: TimeRef | None) -> tuple[dt.date, dt.date]:
    if t is None or not t.resolved:
        return (dt.date.min, dt.date.max)
    return t.start or dt.date.min, t.end or dt.date.max


def candidate_pairs(
    claims: list[Claim],
    when: Callable[[Claim], TimeRef | None],
    *,
    slack_days: int = 0,
    window: int = EVENT_WINDOW,
    index: ActorIndex | None = None,
    across_articles: bool = False,
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims of one event type that share an actor and whose times (``when``)
    can overlap, allowing ``slack_days``; each pair once, the claim of the smaller id
    first. Claims are blocked by event type and actor (cluster keys of ``index``, else
    the names' blocking keys); claims without a resolved time are compared with the
    whole block (up to ``window`` claims). With ``across_articles``, pairs of one article
    are left out. With an ``index``, only pairs that pass :func:`shared_actor` are given."""
    claims = sorted(claims, key=lambda c: c.id)
    arts = [c.article for c in claims]
    lo: list[int] = []
    hi: list[int] = []
    keys: list[frozenset[str]] = []
    by_block: dict[tuple[str, str], list[int]] = defaultdict(list)
    for idx, c in enumerate(claims):
        b = _bounds(when(c))
        lo.append(b[0].toordinal())
        hi.append(b[1].toordinal())
        if index is not None:
            ks = index.keys(c)
        else:
            ks = frozenset(k for actor in c.actors for k in actor_block_keys(actor.name))
        keys.append(ks)
        for k in ks:
            by_block[(c.event or "", k)].append(idx)
    for event, key in sorted(by_block):
        members = sorted(by_block[(event, key)], key=lambda x: (lo[x], x))
        for p, x in enumerate(members):
            limit = hi[x] + slack_days
            for y in members[p + 1 : p + 1 + window]:
                if lo[y] > limit:
                    break
                if across_articles and arts[x] == arts[y]:
                    continue
                shared = keys[x] & keys[y]
                if len(shared) > 1 and min(shared) != key:
                    continue  # the pair is met in the block of its first shared key
                if index is not None and len(shared) < min(2, len(keys[x]), len(keys[y])):
                    continue  # both name two actors but share one: two different events
                yield (claims[x], claims[y]) if x < y else (claims[y], claims[x])


def event_findings(
    claims: list[Claim], arts: Mapping[str, Article], index: ActorIndex | None = None
) -> Iterable[Discrepancy]:
    """Place and date conflicts between event claims of different articles."""
    events = [c for c in claims if c.kind == "event" and c.actors and c.modality not in _SKIP]
    index = index or ActorIndex.of(events)
    yield from _place_conflicts([c for c in events if c.place is not None], arts, index)
    yield from _date_conflicts([c for c in events if c.date is not None], arts, index)


# -- places -------------------------------------------------------------------------------
def _place_conflicts(
    claims: list[Claim], arts: Mapping[str, Article], index: ActorIndex
) -> Iterable[Discrepancy]:
    group = [
        c
        for c in claims
        if c.event in PLACE_EVENTS
        and c.time is not None
        and c.time.resolved
        and c.modality is not Modality.PLANNED
        and c.place is not None
        and c.place.kind not in _BROAD  # a country or region contains, never conflicts
    ]
    places = _PlaceIndex(group, index)
    pairs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    rels: dict[tuple[str, str, str], Relation] = {}
    partners: dict[str, int] = defaultdict(int)
    for a, b in candidate_pairs(group, lambda c: c.time, index=index, across_articles=True):
        if partners[a.id] >= MAX_PARTNERS or partners[b.id] >= MAX_PARTNERS:
            continue
        if not times_can_coincide(a.time, b.time):
            continue
        pa, pb = a.place, b.place
        assert pa is not None and pb is not None
        if pa.kind in _BROAD or pb.kind in _BROAD or related(pa, pb):
            continue
        if places.explains(pb, a) or places.explains(pa, b):
            continue
        art_a, art_b = sorted((a.article, b.article))
        key = (a.event or "", art_a, art_b)
        pairs[key].update((a.id, b.id))
        partners[a.id] += 1
        partners[b.id] += 1
        rels[key] = max(rels.get(key, Relation.INDEPENDENT), relation(a, b))
    by_id = {c.id: c for c in group}
    for (event, art_a, art_b), ids in sorted(pairs.items()):
        cited = [by_id[i] for i in sorted(ids)]
        side_a = [c for c in cited if c.article == art_a]
        side_b = [c for c in cited if c.article == art_b]
        when = side_a[0].time.describe() if side_a[0].time else "the same time"
        reasons = [
            Reason(
                code=ReasonCode.DIFFERENT_SCOPE,
                text="the articles may describe different stages of one visit",
            )
        ]
        if rels[(event, art_a, art_b)] >= Relation.SAME_INSTITUTION:
            reasons.append(
                Reason(
                    code=ReasonCode.SAME_PRIMARY_SOURCE,
                    text="both places trace back to one source",
                )
            )
        text = (
            f"{cap(where(side_a[0], arts))} places the {event} of {names_of(cited, index)} "
            f"({when}) in {_places(side_a)}, while {where(side_b[0], arts)} places it in "
            f"{_places(side_b)}; neither place contains the other{reasons_clause(reasons)}."
        )
        claim_ids = tuple(sorted(ids))
        yield Discrepancy(
            id=discrepancy_id(DiscrepancyKind.PLACE_CONFLICT.value, claim_ids),
            kind=DiscrepancyKind.PLACE_CONFLICT,
            severity=Severity.CRITICAL
            if rels[(event, art_a, art_b)] >= Relation.SAME_INSTITUTION
            else Severity.MAJOR,
            claims=claim_ids,
            explanation=text,
            reasons=tuple(reasons),
        )


def _places(claims: list[Claim]) -> str:
    return join_and(sorted({quoted(c.place.name) for c in claims if c.place is not None}))


class _PlaceIndex:
    """The places each article names for each event and actor, by the place's key and
    by the keys of the places that contain it."""

    def __init__(self, claims: list[Claim], index: ActorIndex) -> None:
        self.index = index
        self.own: dict[tuple[str | None, str, str, str], list[Claim]] = defaultdict(list)
        self.inside: dict[tuple[str | None, str, str, str], list[Claim]] = defaultdict(list)
        for c in claims:
            if c.place is None:
                continue
            for k in index.keys(c):
                self.own[(c.event, c.article, k, c.place.key)].append(c)
                for w in c.place.within:
                    self.inside[(c.event, c.article, k, w)].append(c)

    def explains(self, place: Place, claim: Claim) -> bool:
        """True when the claim's article names ``place``, a place inside it or a place
        containing it (below country level) for the same event with one of the same
        actors at a time that can coincide: the event spans both places."""
        for k in sorted(self.index.keys(claim)):
            ev, art = claim.event, claim.article
            found = [
                *self.own.get((ev, art, k, place.key), ()),
                *self.inside.get((ev, art, k, place.key), ()),
            ]
            for w in place.within:
                found.extend(self.own.get((ev, art, k, w), ()))
            for c in found:
                if c.id != claim.id and times_can_coincide(c.time, claim.time):
                    return True
        return False


# -- dates --------------------------------------------------------------------------------
def _date_conflicts(
    claims: list[Claim], arts: Mapping[str, Article], index: ActorIndex
) -> Iterable[Discrepancy]:
    group = [c for c in claims if c.event in DATE_EVENTS and c.location is not None]
    pairs = candidate_pairs(
        group, lambda c: c.date, slack_days=MAX_DAYS_APART, index=index, across_articles=True
    )
    partners: dict[str, int] = defaultdict(int)
    for a, b in pairs:
        if partners[a.id] >= MAX_PARTNERS or partners[b.id] >= MAX_PARTNERS:
            continue
        assert a.location is not None and b.location is not None
        if not related(a.location, b.location):
            continue
        ta, tb = a.date, b.date
        assert ta is not None and tb is not None
        if not dates_differ(ta, tb):
            continue
        partners[a.id] += 1
        partners[b.id] += 1
        yield _date_finding(a, b, arts, index)


def dates_differ(a: TimeRef, b: TimeRef) -> bool:
    """True when two dates of one event cannot both hold: different weekdays of what can
    be the same week, or two known days at most :data:`MAX_DAYS_APART` apart."""
    if a.is_exact_day and b.is_exact_day:
        assert a.start is not None and b.start is not None
        return a.start != b.start and abs((a.start - b.start).days) <= MAX_DAYS_APART
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return times_can_coincide(a, b) or not (a.resolved and b.resolved)
    return False


def _date_finding(
    a: Claim, b: Claim, arts: Mapping[str, Article], index: ActorIndex
) -> Discrepancy:
    if (a.article, a.span.start) > (b.article, b.span.start):
        a, b = b, a
    ta, tb = a.date, b.date
    assert ta is not None and tb is not None
    planned_a, planned_b = a.modality is Modality.PLANNED, b.modality is Modality.PLANNED
    kind = (
        DiscrepancyKind.PLAN_VS_REPORT if planned_a != planned_b else DiscrepancyKind.DATE_CONFLICT
    )
    reasons = []
    if kind is DiscrepancyKind.PLAN_VS_REPORT:
        reasons.append(
            Reason(
                code=ReasonCode.PLAN_VS_REPORT,
                text="one article gives the plan, the other what happened, and plans change",
            )
        )
    if not (ta.resolved and tb.resolved):
        reasons.append(
            Reason(
                code=ReasonCode.DIFFERENT_AS_OF_DATES,
                text=(
                    "a weekday of an undated article may belong to another week, so the two "
                    "may not be the same trip"
                ),
            )
        )
    rel = relation(a, b)
    if rel >= Relation.SAME_INSTITUTION:
        reasons.append(
            Reason(code=ReasonCode.SAME_PRIMARY_SOURCE, text="both dates trace back to one source")
        )
    event = a.event or "event"
    loc = a.location.name if a.location else "the same place"

    first = (
        f"has the {event} of {names_of([a, b], index)} in {loc} planned for {_day(ta)}"
        if planned_a
        else f"reports the {event} of {names_of([a, b], index)} in {loc} on {_day(ta)}"
    )
    second = f"has it planned for {_day(tb)}" if planned_b else f"reports it on {_day(tb)}"
    text = (
        f"{cap(where(a, arts))} {first}, while {where(b, arts)} {second}{reasons_clause(reasons)}."
    )
    base = Severity.MINOR if kind is DiscrepancyKind.PLAN_VS_REPORT else Severity.MAJOR
    sev = Severity.MAJOR if base is Severity.MINOR else Severity.CRITICAL
    ids = tuple(sorted((a.id, b.id)))
    return Discrepancy(
        id=discrepancy_id(kind.value, ids),
        kind=kind,
        severity=sev if rel >= Relation.SAME_INSTITUTION else base,
        claims=ids,
        explanation=text,
        reasons=tuple(reasons),
    )


def _day(t: TimeRef) -> str:
    part = f" {t.part_of_day.value}" if t.part_of_day else ""
    phrase = f" ({quoted(t.phrase)})" if t.phrase else ""
    if t.weekday is not None:
        day = calendar.day_name[t.weekday]
        if t.is_exact_day and t.start is not None:
            day += f" {t.start.isoformat()}"
        return f"{day}{part}{phrase}"
    return f"{t.describe()}{part}{phrase}"


__all__ = [
    "DATE_EVENTS",
    "EVENT_WINDOW",
    "MAX_DAYS_APART",
    "MAX_PARTNERS",
    "PLACE_EVENTS",
    "ActorIndex",
    "actor_block_keys",
    "candidate_pairs",
    "dates_differ",
    "event_findings",
    "names_of",
    "related",
    "shared_actor",
    "times_can_coincide",
]
