"""An article against itself: a weekday that does not match its date, and an actor who
leaves before an event they are to attend later in the same week."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Mapping

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Reason,
    ReasonCode,
    Severity,
    discrepancy_id,
)
from factcheck.reconcile.events import related, shared_actor

_LATER_EVENTS = frozenset({"signing", "meeting", "visit", "arrival"})
MAX_DAYS_APART = 4
"""Weekdays more than this many days apart are not read as the same week."""


def internal_findings(claims: list[Claim], arts: Mapping[str, Article]) -> Iterable[Discrepancy]:
    """Contradictions of each article with itself."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    for _art, group in sorted(by_article.items()):
        yield from _weekday_vs_date(group, arts)
        yield from _leaves_before(group, arts)


def _weekday_vs_date(group: list[Claim], arts: Mapping[str, Article]) -> Iterable[Discrepancy]:
    for c in group:
        t = c.date or c.time
        if t is None or t.weekday is None or not t.is_exact_day or t.start is None:
            continue
        if t.start.weekday() != t.weekday:
            ids = (c.id,)
            yield Discrepancy(
                id=discrepancy_id("internal", ids),
                kind=DiscrepancyKind.INTERNAL,
                severity=Severity.MAJOR,
                claims=ids,
                explanation=(
                    f"Article {c.article} names {calendar.day_name[t.weekday]} for "
                    f"{t.start.isoformat()}, which is a {calendar.day_name[t.start.weekday()]}."
                ),
                reasons=(
                    Reason(
                        code=ReasonCode.SELF_CONTRADICTION, text="the weekday and the date disagree"
                    ),
                ),
                within_article=True,
            )


def _leaves_before(group: list[Claim], arts: Mapping[str, Article]) -> Iterable[Discrepancy]:
    events = [
        c
        for c in group
        if c.kind == "event" and c.date is not None and c.date.weekday is not None and c.actors
    ]
    departures = [c for c in events if c.event == "departure"]
    for d in departures:
        dest = d.location or d.place
        assert d.date is not None and d.date.weekday is not None
        for e in events:
            if e.event not in _LATER_EVENTS or e.id == d.id:
                continue
            assert e.date is not None and e.date.weekday is not None
            gap = (e.date.weekday - d.date.weekday) % 7
            if not 0 < gap <= MAX_DAYS_APART or e.date.weekday < d.date.weekday:
                continue
            if not shared_actor(d, e):
                continue
            if dest is not None and e.location is not None and related(dest, e.location):
                continue
            ids = tuple(sorted((d.id, e.id)))
            where_to = f" for {dest.name}" if dest is not None else ""
            who = d.actors[0].name
            yield Discrepancy(
                id=discrepancy_id("internal", ids),
                kind=DiscrepancyKind.INTERNAL,
                severity=Severity.MAJOR,
                claims=ids,
                explanation=(
                    f"Article {d.article} has {who} leave{where_to} on "
                    f"{calendar.day_name[d.date.weekday]} ({d.quote!r}), yet the {e.event} "
                    f"with {who} is set for {calendar.day_name[e.date.weekday]} "
                    f"({e.quote!r}), after the departure."
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
