"""As-of dates: the time a figure describes the world at."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from factcheck.models import Article, Claim, TimeKind


def as_of(claim: Claim, articles: Mapping[str, Article]) -> tuple[dt.date, dt.date] | None:
    """First and last day the figure may describe, or None when unknown.

    A running total "since X" is as of the publication date; a figure for a named point
    or period is as of that time's end; otherwise as of publication.
    """
    t = claim.time
    if t is not None and t.kind in (TimeKind.POINT, TimeKind.PERIOD, TimeKind.UNTIL) and t.end:
        return (t.start or t.end, t.end)
    art = articles.get(claim.article)
    if art is None:
        return None
    return art.published.bounds()


def order(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> int | None:
    """-1 when a is surely before b, 1 when after, 0 when they may be the same, None when
    either is unknown."""
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return -1
    if b[1] < a[0]:
        return 1
    return 0
