"""Time expressions, building: a match, its spec resolved, made into a
:class:`~factcheck.models.TimeRef`. Part of :mod:`factcheck.extract.time`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from factcheck.extract.time.grammar import (
    _FINENESS,
    _Cal,
    _Context,
    _Grammar,
    _norm,
    _Res,
    _Shift,
    _Spec,
    _Weekday,
)
from factcheck.extract.time.parse import _number, _parse_core, _parse_part
from factcheck.extract.time.resolve import (
    _UNIT_PRECISION,
    _mdays,
    _ref,
    _resolve,
    _resolve_shift,
    _shift,
    _unresolved,
)
from factcheck.models import DatePrecision, TimeKind, TimeRef
from factcheck.models.time import ABSOLUTE, UNRESOLVED

# ------------------------------------------------------------------------ building


def _month_step(year: int | None, month: int, step: int) -> tuple[int | None, int]:
    """The month before (-1) or after (1), with the year if it is known."""
    y, m = divmod(month - 1 + step, 12)
    return (year + y if year is not None else None), m + 1


def _fill(a: _Spec, b: _Spec) -> tuple[_Spec, _Spec] | None:
    """Give each end of a period the month and year the other names ("3. bis 5. Mai")."""
    if not isinstance(a, _Cal) or not isinstance(b, _Cal):
        if (isinstance(a, _Cal) and a.month is None and a.year is None) or (
            isinstance(b, _Cal) and b.month is None and b.year is None
        ):
            return None
        return a, b
    if a.decade or b.decade:
        return a, b
    if a.month is None and a.day is not None:
        if b.month is None or b.day is None:
            return None
        year, month = b.year, b.month
        if a.day > b.day:  # "vom 28. bis 3. Juni": from 28 May
            year, month = _month_step(year, month, -1)
        a = _Cal(year, month, a.day, rel=b.rel, year_shift=b.year_shift)
    elif b.month is None and b.day is not None:
        if a.month is None or a.day is None:
            return None
        year, month = a.year, a.month
        if b.day < a.day:  # "from December 28 to 3": to 3 January
            year, month = _month_step(year, month, 1)
        b = _Cal(year, month, b.day, rel=a.rel, year_shift=a.year_shift)
    if a.year is None and b.year is not None and a.month is not None and b.month is not None:
        a = _Cal(b.year - (1 if a.month > b.month else 0), a.month, a.day, a.sub, weekday=a.weekday)
    elif b.year is None and a.year is not None and a.month is not None and b.month is not None:
        b = _Cal(a.year + (1 if b.month < a.month else 0), b.month, b.day, b.sub, weekday=b.weekday)
    for c in (a, b):
        if c.month is None and c.year is None:
            return None
        if c.day is not None and c.month is not None:
            year = c.year if c.year is not None else 2000  # a leap year
            if c.day > _mdays(year, c.month):
                return None
    return a, b


def _period(
    g: _Grammar, text: str, m: re.Match[str], ctx: _Context, tense: str, opener: str
) -> TimeRef | None:
    joiner = _norm(m.group("pj") or m.group("pjd") or "")
    if (opener, joiner) not in g.periods:
        return None
    a = _parse_part(g, text, m.start("pa"), m.end("pa"))
    b = _parse_part(g, text, m.start("pb"), m.end("pb"))
    if a is None or b is None:
        return None
    names_year = isinstance(a, _Cal) and a.year is not None and a.month is None
    if not opener and m.group("pby") is not None and not names_year:
        return None  # a bare year may end a period only after a year: "Jahren 2020 bis 2022"
    filled = _fill(a, b)
    if filled is None:
        return None
    ra, rb = _resolve(filled[0], ctx, tense), _resolve(filled[1], ctx, tense)
    ra, rb = _weekdays_in_order(filled, ra, rb, tense)
    precision = min(ra.precision, rb.precision, key=_FINENESS.__getitem__)
    phrase = m.group()
    if UNRESOLVED in (ra.against, rb.against):
        return _ref(_unresolved(precision), TimeKind.PERIOD, phrase)
    assert ra.start and ra.end and rb.start and rb.end
    against = ra.against if ra.against != ABSOLUTE else rb.against
    res = _Res(min(ra.start, rb.start), max(ra.end, rb.end), precision, against)
    return _ref(res, TimeKind.PERIOD, phrase)


_WEEK = dt.timedelta(days=7)


def _weekdays_in_order(
    ends: tuple[_Spec, _Spec], ra: _Res, rb: _Res, tense: str
) -> tuple[_Res, _Res]:
    """The two ends of a period of weekdays, the second after the first: each end alone
    is the weekday nearest the publication in the tense's direction, which may put the
    end before the start ("von Freitag bis Samstag", told on a Friday in the past: the
    Saturday before, so the Friday before that; told of the future: this Friday and the
    Saturday after it)."""
    a, b = ends
    if not (isinstance(a, _Weekday) or isinstance(b, _Weekday)):
        return ra, rb
    if ra.start is None or rb.start is None or rb.start >= ra.start:
        return ra, rb
    if ra.start != ra.end or rb.start != rb.end:
        return ra, rb  # a weekday of either week ("this Friday"): its bounds span both
    if isinstance(a, _Weekday) and (tense in ("past", "last") or not isinstance(b, _Weekday)):
        return replace(ra, start=ra.start - _WEEK, end=ra.end - _WEEK), rb
    return ra, replace(rb, start=rb.start + _WEEK, end=rb.end + _WEEK)


_ROLE_KIND = {"point": TimeKind.POINT, "since": TimeKind.SINCE, "until": TimeKind.UNTIL}


def _build(g: _Grammar, form: str, m: re.Match[str], ctx: _Context, tense: str) -> TimeRef | None:
    text = m.string
    phrase = m.group()
    if form == "core":
        spec = _parse_core(g, text, m.start(), m.end())
        if spec is None:
            return None
        return _ref(_resolve(spec, ctx, tense), TimeKind.POINT, phrase)
    if form == "prep":
        for i in ("1", "2", "3"):
            if m.group("p" + i) is not None:
                prep = _norm(m.group("p" + i))
                s, e = m.start("c" + i), m.end("c" + i)
                break
        role = g.preps[prep][0]
        spec = _parse_part(g, text, s, e)
        if spec is None:
            return None
        mode = "past" if role == "since" else tense
        res = _resolve(spec, ctx, mode)
        if role == "since" and isinstance(spec, _Shift) and spec.base == "pub" and spec.n > 0:
            return None  # "seit morgen": not a span reaching back
        return _ref(res, _ROLE_KIND[role], phrase)
    if form in ("period", "period_free"):
        opener = _norm(m.group("po")) if form == "period" else ""
        return _period(g, text, m, ctx, tense, opener)
    if form == "duration":
        return _duration(g, m, ctx, tense)
    if form == "year":
        years = m.groupdict()  # a language without a form has no group of it
        y = years.get("yp") or years.get("ys") or years.get("ya") or years.get("yl")
        assert y is not None
        return _ref(_resolve(_Cal(int(y)), ctx, tense), TimeKind.POINT, phrase)
    if form == "fallback":
        return _fallback(g.lang, phrase)
    return None  # pragma: no cover


_CLAUSE_END = re.compile(r"[.;:!?,]")


def _duration(g: _Grammar, m: re.Match[str], ctx: _Context, tense: str) -> TimeRef | None:
    phrase = m.group()
    if m.group("so") is not None:
        n = _number(g, m.group("sn"))
        unit = g.units[_norm(m.group("su"))]
        direction = g.span_rel[_norm(m.group("sr"))]
        years = n if unit == "year" else None
        if ctx.pub is None:
            res = _unresolved(_UNIT_PRECISION[unit], years_ago=years)
        else:
            p1, p2 = ctx.pub
            if direction == "last":
                res = _Res(_shift(p1, -n, unit), p2, _UNIT_PRECISION[unit], ctx.pub_label)
                res = _Res(res.start, res.end, res.precision, res.against, years_ago=years)
            else:
                res = _Res(p1, _shift(p2, n, unit), _UNIT_PRECISION[unit], ctx.pub_label)
        return _ref(res, TimeKind.PERIOD, phrase)
    if "sw" in m.re.groupindex and m.group("sw") is not None:
        n = _number(g, m.group("swn"))
        unit = g.units[_norm(m.group("swu"))]
        spec = _Shift(unit, -n, "pub", False, years_ago=n if unit == "year" else None)
        return _ref(_resolve_shift(spec, ctx), TimeKind.SINCE, phrase)
    n = _number(g, m.group("lwn"))
    unit = g.units[_norm(m.group("lwu"))]
    cues: tuple[str, ...] = g.data.SINCE_DURATION_CUES
    if cues:
        before = _CLAUSE_END.split(m.string[max(0, m.start() - 60) : m.start()].lower())[-1]
        if any(c in before for c in cues):
            spec = _Shift(unit, -n, "pub", False, years_ago=n if unit == "year" else None)
            return _ref(_resolve_shift(spec, ctx), TimeKind.SINCE, phrase)
    if tense == "past":
        return None  # "in zwei Jahren" in a past-tense sentence: a duration
    return _ref(_resolve_shift(_Shift(unit, n, "pub", False), ctx), TimeKind.POINT, phrase)


@lru_cache(maxsize=512)
def _fallback(lang: str, phrase: str) -> TimeRef | None:
    """Read "9. Brachmonat 2024"-like spans whose month word is not in the tables."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": True}
    try:
        when = dateparser.parse(phrase, languages=[lang], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if when is None:
        return None
    day = when.date()
    return TimeRef(
        start=day,
        end=day,
        precision=DatePrecision.DAY,
        kind=TimeKind.POINT,
        phrase=phrase,
        resolved_against=ABSOLUTE,
    )
