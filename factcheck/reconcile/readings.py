"""Running totals read over a day and over days: which of two readings of one count is
the later one, and which figure is a day's part of a total to date. Part of
:mod:`factcheck.reconcile` (the engine's :func:`~factcheck.reconcile.engine._decide`
asks these)."""

from __future__ import annotations

from factcheck.lang.concepts import (
    ALL_SCOPE,
    CUMULATIVE_CONCEPTS,
    DEATHS_PREFIX,
    DYING_CONCEPTS,
    FALLEN_SCOPE,
    FOUND_DEAD_CONCEPTS,
    RECOVERING_CONCEPTS,
    RISEN_SCOPE,
    STAFF_CONCEPTS,
    SUBSET_SCOPE,
    TO_DATE_SCOPE,
)
from factcheck.models import Claim, PartOfDay, TimeKind
from factcheck.reconcile.moments import PART_HOURS
from factcheck.reconcile.quantities import Comparable

_DAY_PARTS = (PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING, PartOfDay.NIGHT)


def part_of_day(c: Claim) -> int | None:
    """Where in its day the figure's time lies (0 morning ... 3 night), None when unsaid."""
    part = c.time.part_of_day if c.time is not None else None
    return None if part is None else _DAY_PARTS.index(part)


_LATE = _DAY_PARTS.index(PartOfDay.EVENING)


def deployed(c: Claim) -> bool:
    """True for a count of staff on duty, no harm done to them (``concepts.STAFF_CONCEPTS``:
    firefighters, police officers at the scene): a number that changes through a day."""
    return c.measure is not None and c.measure.key in STAFF_CONCEPTS


def two_moments(x: Claim, y: Claim) -> bool:
    """True when both figures' times name a moment of their day, a clock time or a part of
    the day, and the moments cannot meet: "*by midnight*, about 120 firefighters" and "more
    than 150 firefighters on Tuesday *morning*" are two readings. A part of the day means
    the hours :data:`~factcheck.reconcile.moments.PART_HOURS` gives it (half open)."""
    cx = x.time.clock if x.time is not None else None
    cy = y.time.clock if y.time is not None else None
    if cx is not None and cy is not None:
        return cx[1] < cy[0] or cy[1] < cx[0]
    mx, my = _minutes(x, cx), _minutes(y, cy)
    return mx is not None and my is not None and (mx[1] <= my[0] or my[1] <= mx[0])


def _minutes(c: Claim, clock: tuple[int, int] | None) -> tuple[int, int] | None:
    """The minutes of its day a figure's time may mean: its clock time, else the hours of
    its part of the day; None when it names neither."""
    if clock is not None:
        return clock
    part = c.time.part_of_day if c.time is not None else None
    if part is None:
        return None
    lo, hi = PART_HOURS[part]
    return lo * 60, hi * 60


def later_in_the_day(x: Claim, y: Claim) -> bool:
    """True when ``x``'s time names the evening or the night and ``y``'s names no part of
    the day or an earlier one: of one day, ``x`` is likely the later figure ("rose to eight
    on Thursday *evening*" and "rose to seven on Thursday", told at a morning briefing). A
    morning against a day with no part said tells nothing ("am Dienstagmorgen 78
    Zentimeter" and "am Dienstag um 6 Uhr 87"), nor does a night against an evening: "late
    on Sunday" and "on Sunday night" may be one hour."""
    px, py = part_of_day(x), part_of_day(y)
    return px is not None and px >= _LATE and (py is None or py < _LATE)


def earlier_reading(x: Claim, y: Claim) -> bool:
    """True when ``x`` is a reading at a clock time of its day (a live ticker's entry:
    "4:15 p.m. - Police confirm one person has died") and ``y``'s time names no clock time
    or a later one: of one day, ``x`` may well be the earlier figure."""
    cx = x.time.clock if x.time is not None else None
    if cx is None:
        return False
    cy = y.time.clock if y.time is not None else None
    return cy is None or cy[0] > cx[1]


def risen(c: Claim) -> bool:
    """True for a figure given as the level it rose to (``concepts.RISEN_SCOPE``)."""
    return c.measure is not None and RISEN_SCOPE in c.measure.scope


def fallen(c: Claim) -> bool:
    """True for a figure given as the level it fell to (``concepts.FALLEN_SCOPE``)."""
    return c.measure is not None and FALLEN_SCOPE in c.measure.scope


def reading_of_the_day(c: Claim) -> bool:
    """True for a running total told as it stood: neither the level it rose to, nor a
    total the words make complete ("in total the storms killed eight people") or current
    ("Sixteen people are *now* known to have died")."""
    m = c.measure
    return m is not None and not {RISEN_SCOPE, ALL_SCOPE, TO_DATE_SCOPE} & set(m.scope)


def toll(c: Claim) -> bool:
    """True for a running total by its concept (the dead, the injured, arrests)."""
    return c.measure is not None and c.measure.key in CUMULATIVE_CONCEPTS


def day_of_total(low: Claim, high: Comparable) -> bool:
    """True when ``high`` is a running total to date (``concepts.TO_DATE_SCOPE``) and
    ``low`` a count of one day no later than the total's time, not itself to date."""
    hm, lm, t = high.claim.measure, low.measure, low.time
    if hm is None or lm is None or TO_DATE_SCOPE not in hm.scope or TO_DATE_SCOPE in lm.scope:
        return False
    if t is None or t.kind is TimeKind.SINCE or t.start is None or t.start != t.end:
        return False
    return high.asof is None or t.start <= high.asof[1]


def later_day_part(low: Claim, high: Comparable) -> bool:
    """True when ``low`` is a part told of one day ("*Two of the men* were arrested *late
    Sunday*": ``concepts.SUBSET_SCOPE`` and a time of one day) after the day ``high`` is
    as of: what was added that day, not the total to date."""
    lm, t = low.measure, low.time
    if lm is None or SUBSET_SCOPE not in lm.scope or t is None or t.kind is not TimeKind.POINT:
        return False
    if t.start is None or t.start != t.end or high.asof is None:
        return False
    return t.start > high.asof[1]


def recovering(c: Claim) -> bool:
    """True for a count of people who may leave it again (the seriously injured)."""
    return c.measure is not None and c.measure.key in RECOVERING_CONCEPTS


RECOVERY_SHARE = 0.5
"""The least share of a recovering count (:data:`~factcheck.lang.concepts.
RECOVERING_CONCEPTS`) a later dated report may give without a finding: a fall below it
is more than recovery between two reports."""


def _deaths(c: Claim) -> float | None:
    """The toll the article gives beside a count of the injured or the missing
    (``concepts.DEATHS_PREFIX``), None when it gives none."""
    for x in c.measure.scope if c.measure is not None else ():
        if x.startswith(DEATHS_PREFIX):
            return float(x[len(DEATHS_PREFIX) :])
    return None


def died_since(low: Comparable, high: Comparable) -> bool:
    """True when the later, lower count of the injured or hospitalised
    (``concepts.DYING_CONCEPTS``) or of the missing (``concepts.FOUND_DEAD_CONCEPTS``) fell
    by no more than its article's toll rose over the earlier one's (no toll beside the
    earlier count: none): those who died of their injuries or were found dead left the
    count ("133 injured" beside 153 dead, "132 hurt" beside 154)."""
    m, ql, qh = low.claim.measure, low.claim.quantity, high.claim.quantity
    if m is None or ql is None or qh is None:
        return False
    if m.key not in DYING_CONCEPTS and m.key not in FOUND_DEAD_CONCEPTS:
        return False
    if ql.nominal is None or qh.nominal is None:
        return False
    later = _deaths(low.claim)
    if later is None:
        return False
    return 0 < qh.nominal - ql.nominal <= later - (_deaths(high.claim) or 0)
