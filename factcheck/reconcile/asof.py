"""As-of dates: the time a figure describes the world at.

A figure for a named point or period ("am 9. Juni", "im Mai", "bis Freitag") is as of
that time (its bounds, which for a weekday of an article dated to the month span the
weeks it may mean); a running total "since X", and a figure with no time, is as of the
article's publication. As-of dates are ranges (first and last day possible): an article
dated to the month makes every day of that month possible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from factcheck.lang.concepts import EVENT_DAY_SCOPE
from factcheck.models import Article, Claim, TimeKind

AsOf = tuple[dt.date, dt.date]
"""First and last day a figure may describe."""


EVENT_DAY_REPORTED = dt.timedelta(days=3)
"""How long after the day of an event (``concepts.EVENT_DAY_SCOPE``) a report still counts
its tally as of the report: later, the day is more likely the day of a tally it quotes."""


def as_of(claim: Claim, articles: Mapping[str, Article]) -> AsOf | None:
    """First and last day the figure may describe, or None when unknown."""
    t = claim.time
    art = articles.get(claim.article)
    published = art.published.bounds() if art is not None else None
    if t is not None and t.kind in (TimeKind.POINT, TimeKind.PERIOD, TimeKind.UNTIL) and t.end:
        start = t.start or t.end
        m = claim.measure
        if (
            m is not None
            and EVENT_DAY_SCOPE in m.scope
            and published is not None
            and t.end <= published[0] <= t.end + EVENT_DAY_REPORTED
        ):
            # "am Sonntag wurden sechs Menschen verletzt", told on Monday: the day of the
            # harm, not of the count, which stands as of the report (a day told long
            # before it is a tally's: "gave 25 dead on June 16", told in December)
            return published
        if published is not None and start <= published[1] < t.end:
            # a period still running when the article appeared ("25 deaths this year",
            # written in July): the figure stands as of the publication
            return published
        return (start, t.end)
    return published


def order(a: AsOf | None, b: AsOf | None) -> int | None:
    """-1 when a is surely before b, 1 when after, 0 when they may be the same, None when
    either is unknown."""
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return -1
    if b[1] < a[0]:
        return 1
    return 0


def same_day(a: AsOf | None, b: AsOf | None) -> bool:
    """True when both figures are as of one known day."""
    return a is not None and b is not None and a[0] == a[1] == b[0] == b[1]


def describe(a: AsOf | None) -> str:
    """``2024-06-03``, ``2024-06-01..2024-06-30`` or ``unknown``."""
    if a is None:
        return "unknown"
    return a[0].isoformat() if a[0] == a[1] else f"{a[0].isoformat()}..{a[1].isoformat()}"


__all__ = ["AsOf", "as_of", "describe", "order", "same_day"]
