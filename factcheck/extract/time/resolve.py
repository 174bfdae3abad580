"""Time expressions, resolution: a spec's bounds against the publication date or an anchor.

Part of :mod:`factcheck.extract.time`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from factcheck.extract.time.grammar import (
    _Cal,
    _Context,
    _Res,
    _Shift,
    _Spec,
    _Week,
    _Weekday,
    _Weekend,
)
from factcheck.models import DatePrecision, PublishedDate, TimeKind, TimeRef
from factcheck.models.time import ABSOLUTE, UNRESOLVED, period_bounds

# --------------------------------------------------------------------- resolution


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _mdays(year: int, month: int) -> int:
    """Days in a month (``calendar.monthrange`` without the weekday it also works out)."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, _mdays(year, month)))


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(days=7 * n)
    if unit == "month":
        return _add_months(d, n)
    return _add_months(d, 12 * n)


def _sub_bounds(lo: dt.date, hi: dt.date, unit: str, sub: str | None) -> tuple[dt.date, dt.date]:
    """Narrow a month, year or decade to its early, middle or late part."""
    if sub is None:
        return lo, hi
    if unit == "month":
        last = hi.day
        spans = {"early": (1, 15), "mid": (8, 23), "late": (16, last)}
        a, b = spans[sub]
        return lo.replace(day=a), lo.replace(day=b)
    if unit == "year":
        y = lo.year
        mspans = {"early": (1, 6), "mid": (4, 9), "late": (7, 12)}
        a, b = mspans[sub]
        return dt.date(y, a, 1), dt.date(y, b, _mdays(y, b))
    if unit == "decade":
        y = lo.year
        yspans = {"early": (0, 4), "mid": (3, 6), "late": (5, 9)}
        a, b = yspans[sub]
        return dt.date(y + a, 1, 1), dt.date(y + b, 12, 31)
    return lo, hi


_SEASON_RELATIONS = frozenset({"last", "next", "this"})
"""The relations a season is placed by against the publication ("im *vergangenen* Winter":
:func:`_season_year`), not by a year written with it."""


def _season_span(first: int, last: int, start_year: int) -> tuple[dt.date, dt.date]:
    """A season beginning in ``start_year`` (a winter ends in the year after)."""
    end_year = start_year + (last < first)
    return dt.date(start_year, first, 1), dt.date(end_year, last, _mdays(end_year, last))


def _season_year(first: int, last: int, pub: dt.date, rel: str) -> int:
    """The year a season named with a relation word begins in, against ``pub``.

    "last" is the latest that has ended before ``pub`` ("im vergangenen Winter" in March is
    the winter a year before); "next" the first that begins after it; "this" the one that
    holds ``pub``, else the nearer of the one just ended and the one ahead ("this summer"
    in March is the coming one, in October the one just gone).
    """
    years = range(pub.year - 2, pub.year + 2)
    spans = {y: _season_span(first, last, y) for y in years}
    if rel == "last":
        return max(y for y, (_, hi) in spans.items() if hi < pub)
    if rel == "next":
        return min(y for y, (lo, _) in spans.items() if lo > pub)
    for y, (lo, hi) in spans.items():
        if lo <= pub <= hi:
            return y

    def gap(y: int) -> int:
        lo, hi = spans[y]
        return (lo - pub).days if lo > pub else (pub - hi).days

    return min(years, key=gap)


def _cal_bounds(c: _Cal, year: int) -> tuple[dt.date, dt.date]:
    if c.season is not None:
        first, last = c.season
        if last >= first or c.rel in _SEASON_RELATIONS:
            return _season_span(first, last, year)
        # a winter: "Winter 2023" may be 2022/23 or 2023/24
        end = dt.date(year + 1, last, _mdays(year + 1, last))
        return dt.date(year - 1, first, 1), end
    if c.decade:
        lo, hi = period_bounds(dt.date(year, 1, 1), DatePrecision.DECADE)
        return _sub_bounds(lo, hi, "decade", c.sub)
    if c.month is None:
        lo, hi = period_bounds(dt.date(year, 1, 1), DatePrecision.YEAR)
        return _sub_bounds(lo, hi, "year", c.sub)
    if c.day is None:
        lo, hi = period_bounds(dt.date(year, c.month, 1), DatePrecision.MONTH)
        return _sub_bounds(lo, hi, "month", c.sub)
    day = dt.date(year, c.month, c.day)
    return day, day


def _pick_year(month: int, day: int | None, pub: dt.date, gran: int, mode: str) -> int:
    """The year that puts ``month``/``day`` nearest ``pub`` in direction ``mode``.

    ``gran`` is the granularity of the comparison (0 day, 1 month, 2 year): a date in
    the publication's own month (gran 1) or year (gran 2) counts as both "not after" and
    "not before" it. ``past``/``future`` allow that tie, ``last``/``next`` do not;
    ``either``/``this`` take the nearer, the later one only when it is less than half as
    far as the earlier one.
    """
    y = pub.year
    if gran >= 2:
        cmp = 0
    elif gran == 1 or day is None:
        cmp = (month > pub.month) - (month < pub.month)
    else:
        dd = min(day, _mdays(y, month))
        cmp = ((month, dd) > (pub.month, pub.day)) - ((month, dd) < (pub.month, pub.day))
    # cmp: where this year's occurrence lies against the publication (-1 before, 0 same,
    # 1 after), at the comparison's granularity.
    if mode == "past":
        return y if cmp <= 0 else y - 1
    if mode == "last":
        return y if cmp < 0 else y - 1
    if mode == "future":
        return y if cmp >= 0 else y + 1
    if mode == "next":
        return y if cmp > 0 else y + 1
    if cmp == 0:
        return y
    # either: this year's occurrence or the one a year before / after, whichever is nearer
    other = y - 1 if cmp > 0 else y + 1
    if gran >= 2:
        return y
    if gran == 1 or day is None:
        d_this = abs(month - pub.month)
        d_other = 12 - d_this
    else:
        occ = dt.date(y, month, min(day, _mdays(y, month)))
        alt = dt.date(other, month, min(day, _mdays(other, month)))
        d_this, d_other = abs((occ - pub).days), abs((alt - pub).days)
    # news tells mostly of the past: the later occurrence wins only when it is less than
    # half as far away as the earlier one (a December article's "on June 12" is the June
    # before; a June article's "on 23 June" or "in July" is the coming one)
    d_future, d_past = (d_this, d_other) if cmp > 0 else (d_other, d_this)
    return max(y, other) if 2 * d_future < d_past else min(y, other)


def _unresolved(precision: DatePrecision, **kw: object) -> _Res:
    return _Res(None, None, precision, UNRESOLVED, **kw)  # type: ignore[arg-type]


def _resolve(spec: _Spec, ctx: _Context, mode: str) -> _Res:
    if isinstance(spec, _Cal):
        return _resolve_cal(spec, ctx, mode)
    if isinstance(spec, _Weekday):
        return _resolve_weekday(spec, ctx, mode)
    if isinstance(spec, _Week):
        return _resolve_week(spec, ctx, mode)
    if isinstance(spec, _Weekend):
        return _resolve_weekend(spec, ctx, mode)
    return _resolve_shift(spec, ctx)


_SATURDAY = 5
_DAY1 = dt.timedelta(days=1)


def _saturday_on_or_before(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=(d.weekday() - _SATURDAY) % 7)


def _weekend_bounds(d: dt.date, how: str) -> tuple[dt.date, dt.date]:
    """Saturday and Sunday of the weekend ``how`` ("past": the latest begun by ``d``;
    "future": the first not over by ``d``; "last": the latest over before ``d``; "next":
    the first begun after ``d``) from day ``d``."""
    if how == "past":
        sat = _saturday_on_or_before(d)
    elif how == "future":
        sat = _saturday_on_or_before(d + _DAY1)  # Sunday's Saturday, else the coming one
        sat = sat if sat + _DAY1 >= d else sat + dt.timedelta(days=7)
    elif how == "last":
        sat = _saturday_on_or_before(d - 2 * _DAY1)  # its Sunday lies before d
    else:  # next
        sat = _saturday_on_or_before(d) + dt.timedelta(days=7)
    return sat, sat + _DAY1


def _resolve_weekend(w: _Weekend, ctx: _Context, mode: str) -> _Res:
    """A weekend: the one its word says ("last", "next"), else the one nearest the
    publication in the sentence's tense; with neither, or "this", either of the two
    nearest (the last begun and the first not over)."""
    if ctx.pub is None:
        return _unresolved(DatePrecision.DAY)
    p1, p2 = ctx.pub
    how = w.rel if w.rel in ("last", "next") else mode
    hows = ("past", "future") if how not in ("past", "future", "last", "next") else (how,)
    lo = min(_weekend_bounds(p1, h)[0] for h in hows)
    hi = max(_weekend_bounds(p2, h)[1] for h in hows)
    return _Res(lo, hi, DatePrecision.DAY, ctx.pub_label)


def _iso_week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    """Monday and Sunday of ISO week ``week`` of ``year``; None when the year has no
    such week (a 53rd week in a year of 52)."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=6)


ISO_LONG_YEAR_GAP = 6
"""The most years between two ISO years that have a 53rd week."""


def _resolve_week(w: _Week, ctx: _Context, mode: str) -> _Res:
    """A calendar week: of the year written, else the week of that number nearest the
    publication in the sentence's tense (the latest begun by publication in the past
    tense, the next not yet over in the future)."""
    if w.year is not None:
        bounds = _iso_week(w.year, w.week)
        if bounds is None:
            return _unresolved(DatePrecision.DAY)
        return _Res(bounds[0], bounds[1], DatePrecision.DAY, ABSOLUTE)
    if ctx.pub is None:
        return _unresolved(DatePrecision.DAY)
    p1, p2 = ctx.pub
    # years around publication, wide enough to hold a 53rd week (one every five or six
    # years): "KW 53" told on 1 January 2000 is the week of 28 December 1998
    reach = 1 if w.week < 53 else ISO_LONG_YEAR_GAP
    weeks = [b for y in range(p1.year - reach, p2.year + reach + 1) if (b := _iso_week(y, w.week))]
    if mode == "past":
        picked = [b for b in weeks if b[0] <= p2][-1:]
    elif mode == "future":
        picked = [b for b in weeks if b[1] >= p1][:1]
    else:
        picked = sorted(weeks, key=lambda b: min(abs((b[0] - p1).days), abs((b[1] - p2).days)))[:1]
    if not picked:
        return _unresolved(DatePrecision.DAY)
    return _Res(picked[0][0], picked[0][1], DatePrecision.DAY, ctx.pub_label)


WEEKDAY_YEAR_REACH = 183
"""Days from publication within which the year next to the one the tense picks is taken
when only that year gives a date its weekday as written."""


def _year_of_weekday(month: int, day: int, weekday: int, year: int, pub: dt.date) -> int:
    """The year of "Wednesday, Oct. 8" written without one: ``year`` (picked by the
    tense) when the date falls on that weekday there, else the year next to it where it
    does and that lies within :data:`WEEKDAY_YEAR_REACH` days of publication ("the strike
    will last until Wednesday, Oct. 8", told on 1 October 2025: 2025, not 2024). A
    weekday that fits neither is left to the check of written weekdays."""
    for y in (year, year - 1, year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and (y == year or abs((d - pub).days) <= WEEKDAY_YEAR_REACH):
            return y
    return year


def _resolve_cal(c: _Cal, ctx: _Context, mode: str) -> _Res:
    if c.decade:
        precision = DatePrecision.DECADE
    elif c.day is not None:
        precision = DatePrecision.DAY
    elif c.month is not None:
        precision = DatePrecision.MONTH
    else:
        precision = DatePrecision.YEAR
    if c.year is not None:
        lo, hi = _cal_bounds(c, c.year)
        return _Res(lo, hi, precision, ABSOLUTE, weekday=c.weekday)
    if c.month is None:
        raise ValueError("a day without a month")
    if ctx.pub is None:
        return _unresolved(precision, weekday=c.weekday)
    p1, p2 = ctx.pub
    if c.year_shift is not None:
        y1, y2 = p1.year + c.year_shift, p2.year + c.year_shift
    elif c.season is not None and c.rel in _SEASON_RELATIONS:
        y1 = _season_year(*c.season, p1, c.rel)
        y2 = _season_year(*c.season, p2, c.rel)
    else:
        gran = max(ctx.pub_gran, 0 if c.day is not None else 1)
        how = c.rel or mode
        y1 = _pick_year(c.month, c.day, p1, gran, how)
        y2 = _pick_year(c.month, c.day, p2, gran, how)
        if y1 == y2 and c.weekday is not None and c.day is not None:
            y1 = y2 = _year_of_weekday(c.month, c.day, c.weekday, y1, p1)
    lo = _cal_bounds(c, min(y1, y2))[0]
    hi = _cal_bounds(c, max(y1, y2))[1]
    return _Res(lo, hi, precision, ctx.pub_label, weekday=c.weekday)


_WEEKDAY_WINDOWS = {
    "past": (-6, 0),
    "last": (-7, -1),
    "future": (0, 6),
    "next": (1, 7),
    "either": (-6, 6),
    "this": (-6, 6),
}


def _resolve_weekday(w: _Weekday, ctx: _Context, mode: str) -> _Res:
    if ctx.pub is None:
        return _unresolved(DatePrecision.DAY, weekday=w.weekday, part=w.part)
    a, b = _WEEKDAY_WINDOWS[w.rel or mode]
    lo = ctx.pub[0] + dt.timedelta(days=a)
    hi = ctx.pub[1] + dt.timedelta(days=b)
    first = lo + dt.timedelta(days=(w.weekday - lo.weekday()) % 7)
    last = hi - dt.timedelta(days=(hi.weekday() - w.weekday) % 7)
    return _Res(first, last, DatePrecision.DAY, ctx.pub_label, weekday=w.weekday, part=w.part)


_UNIT_PRECISION = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.DAY,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
}


YEAR_FROM_PUBLICATION = frozenset({"year"})
"""Units of phrases relative to the time named last (``ANCHOR_PHRASES``: "im Vorjahr",
"the previous year") that count from the publication when no time was named before:
news counts years from its own. Days and weeks do not ("am Vortag" is the day before the
day of the story, which the article has not named)."""


DAY_ANCHOR_SPAN = 6
"""The longest span (days between its first and last day) a part of a day counts from
("that evening", "bis zum Abend"): the evening of a week is an evening of that week, "by
nightfall" after a year names no day."""


def _resolve_shift(s: _Shift, ctx: _Context) -> _Res:
    precision = _UNIT_PRECISION[s.unit]
    window, label = (ctx.pub, ctx.pub_label) if s.base == "pub" else (ctx.anchor, ctx.anchor_label)
    if window is None and s.base == "anchor" and s.unit in YEAR_FROM_PUBLICATION:
        # "im Vorjahr waren es 7,2 Millionen" with no year named before: the year before
        # the publication's (a day before the last day named is not the publication's)
        window, label = ctx.pub, ctx.pub_label
    if window is None or (
        s.base == "anchor"
        and s.unit == "day"
        and s.part is not None
        and (window[1] - window[0]).days > DAY_ANCHOR_SPAN
    ):
        # no time told last, or a part of a day counted from no day ("in 1997 ... by
        # nightfall")
        return _unresolved(precision, part=s.part, years_ago=s.years_ago)
    w1, w2 = window
    if not s.snap or s.unit == "day":
        return _Res(
            _shift(w1, s.n, s.unit),
            _shift(w2, s.n, s.unit),
            precision,
            label,
            part=s.part,
            years_ago=s.years_ago,
        )
    if s.unit == "week":
        lo = _shift(w1, s.n, "week") - dt.timedelta(days=w1.weekday())
        hi = _shift(w2, s.n, "week") + dt.timedelta(days=6 - w2.weekday())
    else:
        p = DatePrecision.MONTH if s.unit == "month" else DatePrecision.YEAR
        a = period_bounds(_shift(w1, s.n, s.unit), p)
        b = period_bounds(_shift(w2, s.n, s.unit), p)
        sub = s.sub if s.sub in ("early", "mid", "late") else None
        lo = _sub_bounds(a[0], a[1], s.unit, sub)[0]
        hi = _sub_bounds(b[0], b[1], s.unit, sub)[1]
    if s.sub == "to_date":
        hi = w2
    elif s.sub == "from_date":
        lo = w1
    return _Res(lo, hi, precision, label, part=s.part, years_ago=s.years_ago)


@lru_cache(maxsize=64)
def _context(published: PublishedDate, anchor: TimeRef | None) -> _Context:
    try:
        bounds = published.bounds()
    except ValueError:  # a decade before year 10 has no bounds in the calendar
        bounds = None
    gran = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1}.get(published.precision, 2)
    a_win: tuple[dt.date, dt.date] | None = None
    a_label = UNRESOLVED
    if anchor is not None and anchor.start is not None and anchor.end is not None:
        a_win = (anchor.start, anchor.end)
        if anchor.start == anchor.end:
            a_label = f"anchor {anchor.start.isoformat()}"
        else:
            a_label = f"anchor {anchor.start.isoformat()}..{anchor.end.isoformat()}"
    return _Context(bounds, str(published), gran, a_win, a_label)


def _ref(res: _Res, kind: TimeKind, phrase: str) -> TimeRef:
    return TimeRef(
        start=res.start,
        end=res.end,
        precision=res.precision,
        kind=kind,
        phrase=phrase,
        resolved_against=res.against,
        weekday=res.weekday,
        part_of_day=res.part,
        years_ago=res.years_ago,
    )
