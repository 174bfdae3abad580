"""Time references: the date or period a claim speaks of."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import model_validator

from factcheck.models._base import Frozen
from factcheck.models.article import DatePrecision
from factcheck.models.article import period_bounds as period_bounds

UNRESOLVED = "unresolved"
"""``TimeRef.resolved_against`` when a relative expression had no date to resolve against."""
ABSOLUTE = "absolute"
"""``TimeRef.resolved_against`` when the expression needed no anchor (``28. Juni 2024``)."""


class TimeKind(StrEnum):
    """What sort of time reference."""

    POINT = "point"
    """A moment or day; ``start``..``end`` bound where it may lie."""
    PERIOD = "period"
    """A stretch of time from ``start`` to ``end``."""
    SINCE = "since"
    """From ``start`` up to the time of writing ("seit September")."""
    UNTIL = "until"
    """Up to ``end`` ("bis zum 28. Juni")."""


class PartOfDay(StrEnum):
    """Part of a day named in the text ("Mittwochabend")."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


CALENDAR_PERIOD_DAYS = 28
"""How many days a time must cover to be a period figures are counted over (a month, a
quarter, a year: "18,500 permits in March"), rather than the day they are given as of."""


def covers_calendar_period(start: dt.date, end: dt.date) -> bool:
    """True when the days ``start`` to ``end`` (both counted) make a calendar period
    (:data:`CALENDAR_PERIOD_DAYS` or more)."""
    return (end - start).days + 1 >= CALENDAR_PERIOD_DAYS


class TimeRef(Frozen):
    """A date, a period, or a relative time expression and what it resolved to.

    ``start``/``end`` bound the days the expression may mean: a point known to the day
    has ``start == end``; "am Mittwoch" in an article dated only to June 2024 has the
    whole month as bounds and ``weekday=2``. Relative expressions with no publication
    date keep ``start``/``end`` empty and ``resolved_against="unresolved"``: they are
    never resolved against today.
    """

    type: Literal["time"] = "time"
    """Discriminator: this value is a time reference."""
    start: dt.date | None = None
    """First day the expression may mean (or the period's first day)."""
    end: dt.date | None = None
    """Last day the expression may mean (or the period's last day)."""
    precision: DatePrecision = DatePrecision.UNKNOWN
    """How precisely the expression itself names its time (``im September`` -> month)."""
    kind: TimeKind = TimeKind.POINT
    """Point, period, since or until."""
    phrase: str = ""
    """The expression as written."""
    resolved_against: str = ABSOLUTE
    """The publication date it was resolved against (``2024-06``), ``absolute`` when it
    needed none, or ``unresolved`` when it needed one and there was none."""
    weekday: int | None = None
    """Day of the week named in the text (0 = Monday ... 6 = Sunday), if any."""
    part_of_day: PartOfDay | None = None
    """Part of the day named in the text, if any."""
    years_ago: int | None = None
    """For "vor 24 Jahren" / "seit 24 Jahren": the count of years stated."""
    clock: tuple[int, int] | None = None
    """The time of day named in the text, as the minutes after midnight it can lie
    between with its hedge ("shortly after 1:30 a.m." is ``(90, 100)``, "um 7 Uhr"
    ``(420, 420)``), if any."""
    zone: str | None = None
    """The time zone the clock time is given in ("UTC", "local" for the place's own,
    "US-Eastern"), when the text names one."""

    @model_validator(mode="after")
    def _ordered(self) -> TimeRef:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"time start {self.start} after end {self.end}")
        return self

    @property
    def resolved(self) -> bool:
        """True when the expression has known bounds."""
        return self.start is not None or self.end is not None

    @property
    def is_exact_day(self) -> bool:
        """True when the expression pins a single known day."""
        return self.start is not None and self.start == self.end

    def describe(self) -> str:
        """A short human form: ``2024-06-28``, ``2023-09``, ``Wednesday (unresolved)``."""
        if self.start is not None and self.end is not None:
            whole = self.precision in (
                DatePrecision.MONTH,
                DatePrecision.YEAR,
            ) and period_bounds(self.start, self.precision) == (self.start, self.end)
            if self.start == self.end:
                core = self.start.isoformat()
            elif whole and self.precision is DatePrecision.MONTH:
                core = f"{self.start.year:04d}-{self.start.month:02d}"
            elif whole:
                core = f"{self.start.year:04d}"
            else:
                core = f"{self.start.isoformat()}..{self.end.isoformat()}"
        elif self.start is not None:
            core = f"from {self.start.isoformat()}"
        elif self.end is not None:
            core = f"until {self.end.isoformat()}"
        else:
            core = self.phrase or "?"
        if self.weekday is not None:
            core = (
                f"{calendar.day_name[self.weekday]} {core}"
                if self.resolved
                else calendar.day_name[self.weekday]
            )
        if self.resolved_against == UNRESOLVED:
            core += " (unresolved)"
        return core
