"""Time expressions, parsing: a matched span read into a spec.

Part of :mod:`factcheck.extract.time`.
"""

from __future__ import annotations

import re

from factcheck.extract.time.grammar import (
    _Cal,
    _Grammar,
    _norm,
    _Shift,
    _Spec,
    _Week,
    _Weekday,
    _Weekend,
)
from factcheck.models import PartOfDay

# ------------------------------------------------------------------------ parsing


def _month_of(g: _Grammar, word: str) -> int:
    return g.months[word.rstrip(".").lower()]


def _number(g: _Grammar, word: str) -> int:
    if word.isdigit():
        return int(word)
    return g.numbers[_norm(word)]


def _weekday_of(g: _Grammar, word: str | None) -> int | None:
    if word is None:
        return None
    wd: dict[str, int] = g.data.WEEKDAYS
    return wd[word.lower()]


def _part_of(g: _Grammar, word: str | None) -> PartOfDay | None:
    if word is None:
        return None
    parts: dict[str, PartOfDay] = g.data.PARTS_OF_DAY
    return parts[word.lower()]


def _parse_core(g: _Grammar, text: str, s: int, e: int) -> _Spec | None:
    """The spec of the core expression that exactly covers ``text[s:e]``, if valid."""
    spec = _read_core(g, text, s, e)
    if isinstance(spec, _Cal) and not (
        (spec.month is None or 1 <= spec.month <= 12)
        and (spec.day is None or 1 <= spec.day <= 31)
        and (spec.year is None or 1 <= spec.year <= 9999)
    ):
        return None  # "2024-13-45", "31/12/1999" read month-first
    return spec


def _read_core(g: _Grammar, text: str, s: int, e: int) -> _Spec | None:
    m = g.patterns["core_whole"].fullmatch(text, s, e)
    if m is None:
        return None
    form = m.lastgroup
    gr = m.group
    if form == "iso":
        return _Cal(int(gr("iso_y")), int(gr("iso_m")), int(gr("iso_d")))
    if form == "dot":
        return _Cal(int(gr("dot_y")), int(gr("dot_m")), int(gr("dot_d")))
    if form == "dot2":
        return _Cal(2000 + int(gr("dot2_y")), int(gr("dot2_m")), int(gr("dot2_d")))
    if form == "dmn":
        return _Cal(None, int(gr("dmn_m")), int(gr("dmn_d")))
    if form == "sl":
        a, b, y = int(gr("sl_a")), int(gr("sl_b")), int(gr("sl_y"))
        if y < 100:
            y += 2000
        if g.data.SLASH_DATE_ORDER == "MDY" and a <= 12:
            a, b = b, a
        return _Cal(y, b, a)
    if form == "dm":
        dd = int(gr("dm_d"))
        dm_y = gr("dm_y")
        return _Cal(
            int(dm_y) if dm_y else None,
            _month_of(g, gr("dm_m")),
            dd,
            weekday=_weekday_of(g, gr("dm_w")),
        )
    if form == "md":
        md_y = gr("md_y")
        return _Cal(
            int(md_y) if md_y else None,
            _month_of(g, gr("md_m")),
            int(gr("md_d")),
            weekday=_weekday_of(g, gr("md_w")),
        )
    if form == "my":
        return _Cal(int(gr("my_y")), _month_of(g, gr("my_m")))
    if form == "mry":
        shift = {"last": -1, "next": 1, "this": 0}[g.rel[_norm(gr("mry_r"))]]
        return _Cal(month=_month_of(g, gr("mry_m")), year_shift=shift)
    if form == "rn":
        r = g.rel[_norm(gr("rn_r"))]
        if gr("rn_m"):
            return _Cal(month=_month_of(g, gr("rn_m")), rel=r)
        if gr("rn_s"):
            first, last = g.data.SEASONS[_norm(gr("rn_s"))]
            return _Cal(month=first, rel=r, season=(first, last))
        return _Weekday(
            _weekday_of(g, gr("rn_w")) or 0,
            _part_of(g, gr("rn_pf") if g.data.WEEKDAY_PART_COMPOUNDS else None)
            or _part_of(g, gr("rn_ps")),
            r,
        )
    if form == "sub":
        return _parse_sub(g, m)
    if form == "ru":
        r = g.rel[_norm(gr("ru_r"))]
        return _Shift(
            g.units[_norm(gr("ru_u"))], {"last": -1, "next": 1, "this": 0}[r], "pub", True
        )
    if form == "ap":
        n, unit, part = g.data.ANCHOR_PHRASES[_norm(gr("ap"))]
        return _Shift(unit, n, "anchor", True, part=part)
    if form in ("ab", "aa"):
        n = _number(g, gr(f"{form}_n"))
        unit = g.units[_norm(gr(f"{form}_u"))]
        return _Shift(unit, -n, "pub", False, years_ago=n if unit == "year" else None)
    if form == "an":
        n = _number(g, gr("an_n"))
        unit = g.units[_norm(gr("an_u"))]
        word = _norm(gr("an_w"))
        sign = -1 if word in g.data.ANCHOR_BEFORE_WORDS else 1
        return _Shift(unit, sign * n, "anchor", False)
    if form == "dec":
        return _Cal(int(gr("dec_y")), decade=True)
    if form == "yw":
        return _Cal(int(gr("yw_y")))
    if form == "wd":
        pre = gr("wd_pre")
        part = None
        if pre:
            part = g.data.PART_OF_DAY_PREFIXES[_norm(pre)]
        pf = gr("wd_pf") if g.data.WEEKDAY_PART_COMPOUNDS else None
        part = _part_of(g, pf) or _part_of(g, gr("wd_ps")) or part
        return _Weekday(_weekday_of(g, gr("wd_w")) or 0, part)
    if form == "sea":
        season: tuple[int, int] = g.data.SEASONS[_norm(gr("sea_s"))]
        return _Cal(int(gr("sea_y")), season[0], season=season)
    if form == "mt":
        n, last = _number(g, gr("mt_n")), _month_of(g, gr("mt_m"))
        if last is None or not 1 <= n <= last:
            return None  # months running into the year before: not read
        year = gr("mt_y")
        return _Cal(int(year) if year else None, last - n + 1, rel=None if year else "past",
                    season=(last - n + 1, last))  # fmt: skip
    if form == "yp":
        first, last = g.data.YEAR_PARTS[_norm(gr("yp_s"))]
        year = gr("yp_y")
        if year:
            return _Cal(int(year), first, season=(first, last))
        # without a year: the latest such part that has begun by publication
        return _Cal(None, first, rel="past", season=(first, last))
    if form == "we":
        rel = gr("we_r")
        return _Weekend(g.rel[_norm(rel)] if rel else None)
    if form in ("cw", "cwo"):
        digits = gr(f"{form}_n")
        week = int(digits) if digits else g.ordinals[_norm(gr("cwo_o"))]
        year = gr(f"{form}_y")
        return _Week(week, int(year) if year else None)
    if form == "ps":
        unit, side = g.data.PUBLICATION_SPANS[_norm(gr("ps_w"))]
        year = gr("ps_y")
        if year and unit == "year" and side in ("early", "mid", "late"):
            return _Cal(int(year), sub=side)  # "Jahresende 2024": that year's, not this one's
        return _Shift(unit, 0, "pub", True, sub=side)
    if form == "rd":
        n, part = g.data.RELATIVE_DAYS[_norm(gr("rd_w"))]
        return _Shift("day", n, "pub", True, part=part or _part_of(g, gr("rd_p")))
    return None  # pragma: no cover - every alternative is named above


def _parse_sub(g: _Grammar, m: re.Match[str]) -> _Spec | None:
    sub = g.data.SUB_PERIODS[_norm(m.group("sub_s"))]
    text = m.string
    if m.group("sub_imp"):
        unit = g.data.THIS_UNIT_IMPLICIT[_norm(m.group("sub_imp"))]
        return _Shift(unit, 0, "pub", True, sub=sub)
    if m.group("sub_m"):
        return _Cal(month=_month_of(g, m.group("sub_m")), sub=sub)
    if m.group("sub_y"):
        return _Cal(int(m.group("sub_y")), sub=sub)
    for name in ("sub_my", "sub_mry", "sub_ru", "sub_dec"):
        if m.group(name):
            inner = _parse_core(g, text, m.start(name), m.end(name))
            if isinstance(inner, _Cal):
                return _Cal(
                    inner.year,
                    inner.month,
                    None,
                    sub,
                    inner.decade,
                    inner.rel,
                    inner.year_shift,
                )
            if isinstance(inner, _Shift) and inner.unit in ("year", "month"):
                return _Shift(inner.unit, inner.n, inner.base, True, sub=sub)
            return None
    return None


def _parse_part(g: _Grammar, text: str, s: int, e: int) -> _Spec | None:
    """One end of a period: a core expression, a bare month, year or day number."""
    m = g.patterns["part"].fullmatch(text, s, e)
    if m is None:
        return None
    if m.group("c") is not None:
        return _parse_core(g, text, s, e)
    if m.group("m") is not None:
        return _Cal(month=_month_of(g, m.group("m")))
    if m.group("y") is not None:
        return _Cal(int(m.group("y")))
    return _Cal(day=int(m.group("dd")))
