"""Time expressions: find dates, periods and relative times in text and resolve them.

:func:`find_times` scans a window of text with compiled regular expressions built from
the language pack's ``time`` module (``factcheck/lang/<code>/time.py``) and returns
:class:`~factcheck.extract.matches.TimeMatch` objects with absolute offsets, sorted and
non-overlapping (the longest match wins).

Semantics of the :class:`~factcheck.models.TimeRef` it returns
---------------------------------------------------------------
``start``..``end`` bound the days the expression may mean:

- ``POINT``: where the point may lie ("am 9. Juni" -> that day; "im Juli" -> the month;
  "am Mittwoch" in an article dated only to June 2024 -> from the first to the last
  Wednesday it can mean).
- ``SINCE``: the bounds of the *starting* point ("seit September", published 2024-06
  -> 2023-09-01..2023-09-30).
- ``UNTIL``: the bounds of the *end* point ("bis zum 28. Juni" -> 2024-06-28).
- ``PERIOD``: the period itself ("vom 3. bis 5. Mai 2024" -> 2024-05-03..2024-05-05).

``precision`` says how precisely the expression itself names its time (a weekday is
``DAY`` even when its bounds span weeks; "vor 24 Jahren" is ``YEAR``).

Resolution against the publication date (``published``), whose precision is honoured:

- A date in the publication's own period counts as both "not after" and "not before"
  it: with a publication dated 2024-06, "am 9. Juni" in a past-tense sentence is
  2024-06-09 (June 2024 is not after June 2024). More generally a day-month or month
  without a year gets the year that puts it nearest the publication in the given
  ``direction`` ("past": not after; "future": not before; "either": nearest, ties to
  the past), comparing at the coarser of the publication's precision and the
  expression's (day for "9. Juni", month for "im März").
- "letzten September" / "last September" is the most recent September *strictly before*
  the publication's month (2024-06 -> 2023-09; 2023-10 -> 2023-09; 2023-09 -> 2022-09);
  "kommenden März" / "next March" the first one strictly after.
- Weekdays: past -> the most recent such day on or before the publication day (news
  agencies name the weekday even for the day of publication), future -> the next one on
  or after it, either -> both; "letzten/last Friday" is strictly before (1-7 days),
  "kommenden/next Friday" strictly after. With a publication known only to the month,
  every publication day of that month is possible, so the bounds run from the first to
  the last Wednesday in ``[first - 6 days, last]`` (past), ``[first, last + 6 days]``
  (future) or both (either).
- Counts: "vor 24 Jahren" / "24 years ago" shift the publication's bounds (2024-06 ->
  2000-06-01..2000-06-30, ``years_ago=24``); "seit 24 Jahren" is the same start point
  as a ``SINCE``; "letztes Jahr" / "last year" is the whole calendar year before.
- Without a publication date relative expressions stay visibly unresolved:
  ``start=end=None`` and ``resolved_against="unresolved"``, with weekday, part of day and
  ``years_ago`` kept. They are never resolved against today. Expressions that name their
  year are ``resolved_against="absolute"``.

Parts of a period overlap on purpose, since writers place them loosely: "Anfang/Mitte/
Ende Juni" are days 1-15, 8-23 and 16-end; of a year January-June, April-September and
July-December; "Winter 2023" runs from December 2022 to February 2024.

Expressions relative to a time mentioned before ("zwei Tage zuvor", "two days later",
"am Tag darauf", "the same day") shift ``anchor``'s bounds; without an anchor (or with an
unresolved one) they are unresolved. Their ``resolved_against`` reads
``anchor 2023-09-15`` (or ``anchor 2023-09-01..2023-09-29``).

Why dateparser only on found spans: asked to search running text, dateparser returns
function words ("die", "am", "in") as dates and is far too slow for news at scale. Common
forms are parsed here with compiled regexes and dictionary lookups; dateparser (imported
lazily) only reads a span that already looks like "day + unknown month word + year",
with the article's language given.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Literal

from factcheck.extract import _recache
from factcheck.extract.matches import TimeMatch
from factcheck.lang import get_language
from factcheck.models import DatePrecision, PartOfDay, PublishedDate, TimeKind, TimeRef
from factcheck.models.time import ABSOLUTE, UNRESOLVED, period_bounds

__all__ = ["Tense", "TimeScan", "find_times", "scan_times", "times_in"]

Tense = Literal["past", "future", "either"]
"""The tense of the sentence a time expression stands in."""

_TENSES: tuple[str, ...] = ("past", "future", "either")

# How far before its first trigger token (a digit, a month or weekday name, a unit word...)
# a match may start: "zwischen dem 3.", "at the beginning of last year". The full patterns
# are tried only at start tokens this close before a trigger.
_LEFT = 40

_FINENESS = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.YEAR: 2,
    DatePrecision.DECADE: 3,
    DatePrecision.UNKNOWN: 4,
}


# --------------------------------------------------------------------------- specs


@dataclass(frozen=True, slots=True)
class _Cal:
    """Calendar fields as written ("9. Juni", "im September 2023", "Ende 2023")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    sub: str | None = None
    """early / mid / late ("Anfang Juni")."""
    decade: bool = False
    rel: str | None = None
    """last / next / this for a month named without year ("letzten September")."""
    year_shift: int | None = None
    """Year relative to publication ("September letzten Jahres" -> -1)."""
    weekday: int | None = None
    season: tuple[int, int] | None = None
    """First and last month of a season named with the year ("im Sommer 2000")."""


@dataclass(frozen=True, slots=True)
class _Weekday:
    weekday: int
    part: PartOfDay | None = None
    rel: str | None = None


@dataclass(frozen=True, slots=True)
class _Shift:
    """A count of units from the publication date or from the anchor."""

    unit: str
    n: int
    base: str
    """``pub`` or ``anchor``."""
    snap: bool
    """True: the whole calendar unit ("letztes Jahr"); False: an exact shift ("vor 24
    Jahren" shifts the publication's bounds)."""
    sub: str | None = None
    part: PartOfDay | None = None
    years_ago: int | None = None


_Spec = _Cal | _Weekday | _Shift


@dataclass(frozen=True, slots=True)
class _Res:
    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision
    against: str
    weekday: int | None = None
    part: PartOfDay | None = None
    years_ago: int | None = None


@dataclass(frozen=True, slots=True)
class _Context:
    pub: tuple[dt.date, dt.date] | None
    pub_label: str
    pub_gran: int
    """0 day, 1 month, 2 year (decade publications compare by year)."""
    anchor: tuple[dt.date, dt.date] | None
    anchor_label: str


# ------------------------------------------------------------------------ grammar


def _alt(words: Iterable[str]) -> str:
    """Alternation of literal words, longest first; a space matches any white space."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)


def _ci(words: Iterable[str]) -> str:
    return f"(?i:{_alt(words)})"


def _names(words: Iterable[str]) -> str:
    """Capitalised or all-caps forms of lower-case names (``Juni``, ``JUNI``)."""
    forms: set[str] = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return f"(?:{_alt(forms)})"


def _after(words: Iterable[str]) -> str:
    """A look-behind: the text before is one of ``words`` and a space ("am 3.6.")."""
    forms = {f for w in words for f in _variants(w, False)}
    if not forms:
        return "(?!)"
    return "(?:" + "|".join(f"(?<={re.escape(f)} )" for f in sorted(forms)) + ")"


def _strip(rx: str) -> str:
    """The pattern with its named groups made non-capturing, for embedding."""
    return re.sub(r"\(\?P<\w+>", "(?:", rx)


_PAUSE = r"(?=\s*(?:[,.;:!?)\]»«“”\"']|$))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?<![\d.,])(?:1\d{3}|20\d\d|21\d\d)(?!\w|[.,]\d)"


class _Patterns:
    """The grammar's pattern families by name, each compiled when first asked for.

    The families are large alternations (every month, weekday, unit and preposition of
    the language, embedded in each other), and compiling them all costs about a second
    of pure-Python work in ``re``; most texts need only a few (a text without "bis",
    "from ... to" or a dash never needs the period patterns), so each is compiled on its
    first use and kept.
    """

    __slots__ = ("_compiled", "_sources")

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, family: str) -> re.Pattern[str]:
        p = self._compiled.get(family)
        if p is None:
            p = self._compiled[family] = _recache.compile(self._sources[family])
        return p

    def compiled(self) -> list[str]:
        """The families compiled so far (for tests and benchmarks)."""
        return sorted(self._compiled)


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang: str
    data: ModuleType
    months: dict[str, int]
    trigger: re.Pattern[str]
    """Tokens every match contains at least one of: digits, month and weekday names,
    unit words, relative-day words. A trie of literals, so the regex engine skips
    other text in C."""
    starts: re.Pattern[str]
    """Tokens a match can begin with (prepositions, names, digits...), also a trie."""
    families: dict[str, tuple[str, ...]]
    """Lower-cased start token -> the pattern families that can begin with it."""
    digit_families: tuple[str, ...]
    patterns: _Patterns
    """One pattern per family, compiled on first use (see :class:`_Patterns`);
    ``core_whole`` is the named-group alternation of every form that stands alone (used
    with fullmatch), ``part`` one end of a period: core, bare month, bare year or a bare
    day number."""
    exclusions: tuple[str, ...]
    """Names such as "sunday times" in which a weekday is not a time (lower case)."""
    units: dict[str, str]
    numbers: dict[str, int]
    rel: dict[str, str]
    """last/next/this word -> its meaning."""
    span_rel: dict[str, str]
    preps: dict[str, tuple[str, bool, bool]]
    periods: frozenset[tuple[str, str]]


def _variants(word: str, name: bool) -> set[str]:
    forms = {word[:1].upper() + word[1:], word.upper()}
    if not name:
        forms.add(word)
    return forms


_Node = dict[str, "_Node"]


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (case-sensitive) or a run of digits, as a trie.

    Every branch starts with a literal character, so ``re`` gets a first-character set
    to skip through other text quickly and tries few alternatives where it stops.
    """
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    alts = [re.escape(ch) + emit(root[ch]) for ch in sorted(root)]
    return "|".join(alts + [rf"{n}\d*" for n in range(10)])


def _first(phrases: Iterable[str]) -> set[str]:
    """The first word of each phrase."""
    return {p.split()[0] for p in phrases}


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


@cache
def _grammar(lang: str) -> _Grammar:
    code = get_language(lang).code
    d = get_language(code).time

    months_full: dict[str, int] = dict(d.MONTHS)
    months_all = {**d.MONTH_ABBREVIATIONS, **months_full}
    weekdays: dict[str, int] = dict(d.WEEKDAYS)
    parts: dict[str, PartOfDay] = dict(d.PARTS_OF_DAY)
    units: dict[str, str] = dict(d.UNITS)
    rel: dict[str, str] = {}
    for w in d.LAST_WORDS:
        rel[w] = "last"
    for w in d.NEXT_WORDS:
        rel[w] = "next"
    for w in d.THIS_WORDS:
        rel[w] = "this"
    span_rel: dict[str, str] = {w: "last" for w in d.SPAN_LAST_WORDS}
    span_rel.update({w: "next" for w in d.NEXT_WORDS})

    mf = rf"{_names(months_full)}(?!\w)"
    ma = rf"{_names(d.MONTH_ABBREVIATIONS)}(?:\.|(?!\w))"
    month_any = f"(?:{mf}|{ma})"
    wd = _names(weekdays)
    p_ci = _ci(parts)
    p_fused = _alt(parts)
    rel_rx = _ci(rel)
    unit_rx = _ci(units)
    unit_big = _ci(k for k, v in units.items() if v != "day" and k not in d.UNIT_PLURALS)
    unit_year = _ci(k for k, v in units.items() if v == "year" and k not in d.UNIT_PLURALS)
    num = rf"(?:\d{{1,3}}(?![\d]|[.,]\d)|{_ci(d.NUMBER_WORDS)}(?!\w))"
    arts = _ci(d.ARTICLES)
    suffix = _alt(d.DAY_SUFFIXES)
    dsuf = f"(?:{suffix})" if d.DAY_SUFFIX_REQUIRED else f"(?:{suffix})?"
    day = rf"(?<![\d.,]){_DAY}{dsuf}"
    dayonly = rf"{day}(?!\d)"
    low = set(d.LOWERCASE_ONLY)
    reldays = [k for k in d.RELATIVE_DAYS if k not in low]
    lowdays = [k for k in d.RELATIVE_DAYS if k in low]
    relday_rx = _ci(reldays) if not lowdays else f"(?:{_ci(reldays)}|{_alt(lowdays)})"
    subs = _ci(d.SUB_PERIODS)
    implicit = _ci(d.THIS_UNIT_IMPLICIT)
    decade = rf"(?:1\d\d0|20\d0)(?i:{_alt(d.DECADE_SUFFIXES)})(?!\w)"
    nopause_anchor = [w for w in (d.ANCHOR_BEFORE_WORDS | d.ANCHOR_AFTER_WORDS)]
    pause = set(d.ANCHOR_WORDS_NEED_PAUSE)
    anchor_free = [w for w in nopause_anchor if w not in pause]
    anchor_pause = [w for w in nopause_anchor if w in pause]
    anchor_word = f"(?:{_ci(anchor_free)}(?!\\w)" if anchor_free else "(?:(?!)"
    if anchor_pause:
        anchor_word += f"|{_ci(anchor_pause)}{_PAUSE}"
    anchor_word += ")"
    phrases_free = [p for p in d.ANCHOR_PHRASES if p.split()[-1] not in pause]
    phrases_pause = [p for p in d.ANCHOR_PHRASES if p.split()[-1] in pause]
    anchor_phrase = f"(?:{_ci(phrases_free)}(?!\\w)" if phrases_free else "(?:(?!)"
    if phrases_pause:
        anchor_phrase += f"|{_ci(phrases_pause)}{_PAUSE}"
    anchor_phrase += ")"
    wd_pre = _ci(d.PART_OF_DAY_PREFIXES) if d.PART_OF_DAY_PREFIXES else "(?!)"
    link = _ci(d.MONTH_LINKERS) if d.MONTH_LINKERS else "(?!)"
    day_arts = _ci(d.DAY_ARTICLES) if d.DAY_ARTICLES else "(?!)"

    def date_prefix(tag: str) -> str:
        return rf"(?:(?P<{tag}_w>{wd}),?\s+(?:{arts}\s+)?)?"

    alts: list[str] = [
        r"(?P<iso>(?<![\d.-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d-]))",
        r"(?P<dot>(?<![\d.,])(?P<dot_d>" + _DAY + r")\.(?P<dot_m>0?[1-9]|1[0-2])\."
        r"(?P<dot_y>\d{4})(?!\d))",
        r"(?P<dot2>(?<![\d.,])(?P<dot2_d>[0-3]\d)\.(?P<dot2_m>[01]\d)\.(?P<dot2_y>\d\d)"
        r"(?!\d|[.,]\d))",
        r"(?P<dmn>" + _after(d.NUMERIC_DAY_MONTH_AFTER) + r"(?P<dmn_d>" + _DAY + r")\."
        r"(?P<dmn_m>0?[1-9]|1[0-2])\.(?!\d|[.,]\d))",
        r"(?P<sl>(?<![\d/])(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4}|\d\d)(?![\d/]))",
    ]
    if d.DAY_BEFORE_MONTH:
        alts.append(
            rf"(?P<dm>{date_prefix('dm')}(?:{day_arts}\s+)?(?<![\d.,])(?P<dm_d>{_DAY}){dsuf}(?:\s+{link})?\s*"
            rf"(?P<dm_m>{month_any})(?:,?\s+(?P<dm_y>{_YEAR}))?)"
        )
    if d.MONTH_BEFORE_DAY:
        alts.append(
            rf"(?P<md>{date_prefix('md')}(?P<md_m>{month_any})\s+(?P<md_d>{_DAY})"
            rf"(?:{suffix})?(?![\d\w])(?:,?\s+(?P<md_y>{_YEAR}))?)"
        )
    mry = (
        rf"(?P<mry>(?P<mry_m>{mf})\s+(?:{link}\s+)?(?:{arts}\s+)?(?P<mry_r>{rel_rx})\s+"
        rf"(?P<mry_u>{unit_year})(?!\w))"
    )
    relunit = rf"(?P<ru>(?P<ru_r>{rel_rx})\s+(?P<ru_u>{unit_big})(?!\w))"
    alts += [
        rf"(?P<my>(?P<my_m>{month_any}),?\s+(?:{link}\s+)?(?P<my_y>{_YEAR}))",
        mry,
        rf"(?P<rn>(?P<rn_r>{rel_rx})\s+(?:(?P<rn_w>{wd})(?:"
        + (f"(?P<rn_pf>{p_fused})|" if d.WEEKDAY_PART_COMPOUNDS else "")
        + rf"\s+(?P<rn_ps>{p_ci}))?|(?P<rn_m>{mf}))(?!\w))",
        rf"(?P<sub>(?P<sub_s>{subs})(?:\s+|-)(?:{arts}\s+)?(?:(?P<sub_my>{month_any},?\s+"
        rf"{_YEAR})|(?P<sub_mry>{_strip(mry)})|(?P<sub_ru>{_strip(relunit)})|"
        rf"(?P<sub_imp>{implicit})(?!\w)|(?P<sub_m>{mf})|(?P<sub_dec>{decade})|"
        rf"(?P<sub_y>{_YEAR})))",
        relunit,
        rf"(?P<ap>{anchor_phrase})",
    ]
    if d.AGO_BEFORE:
        alts.append(
            rf"(?P<ab>(?P<ab_w>{_ci(d.AGO_BEFORE)})\s+(?P<ab_n>{num})\s+(?P<ab_u>{unit_rx})"
            r"(?!\w))"
        )
    if d.AGO_AFTER:
        alts.append(
            rf"(?P<aa>(?P<aa_n>{num})\s+(?P<aa_u>{unit_rx})\s+(?P<aa_w>{_ci(d.AGO_AFTER)})"
            r"(?!\w))"
        )
    alts += [
        rf"(?P<an>(?P<an_n>{num})\s+(?P<an_u>{unit_rx})\s+(?P<an_w>{anchor_word}))",
        rf"(?P<dec>(?P<dec_y>1\d\d0|20\d0)(?i:{_alt(d.DECADE_SUFFIXES)})(?!\w))",
        rf"(?P<yw>(?P<yw_w>{_ci(d.YEAR_WORDS)})\s+(?P<yw_y>{_YEAR}))",
        rf"(?P<wd>(?:(?P<wd_pre>{wd_pre})\s+)?(?P<wd_w>{wd})(?:"
        + (f"(?P<wd_pf>{p_fused})|" if d.WEEKDAY_PART_COMPOUNDS else "")
        + rf"\s+(?P<wd_ps>{p_ci}))?(?!\w))",
        rf"(?P<rd>(?P<rd_w>{relday_rx})(?:\s+(?P<rd_p>{p_ci}))?(?!\w))",
        rf"(?P<sea>(?P<sea_s>{_ci(d.SEASONS)})\s+(?:(?:{link}|{arts})\s+)?(?P<sea_y>{_YEAR}))",
        rf"(?P<ps>{_ci(d.PUBLICATION_SPANS)})(?!\w)",
    ]
    core_rx = "|".join(alts)
    core_emb = f"(?:{_strip(core_rx)})"
    part_rx = rf"(?P<c>{_strip(core_rx)})|(?P<m>{mf})|(?P<y>{_YEAR})|(?P<dd>{_DAY}){dsuf}(?!\d)"

    preps: dict[str, tuple[str, bool, bool]] = {_norm(k): v for k, v in d.PREPOSITIONS.items()}
    p_all = _ci(preps)
    p_month = _ci(k for k, v in preps.items() if v[1])
    p_year = _ci(k for k, v in preps.items() if v[2])
    prep_rx = (
        rf"(?<!\w)(?:(?P<p1>{p_all})\s+(?:{arts}\s+)?(?P<c1>{core_emb})"
        rf"|(?P<p2>{p_month})\s+(?:{arts}\s+)?(?P<c2>{mf})"
        rf"|(?P<p3>{p_year})\s+(?:{arts}\s+)?(?P<c3>{_YEAR}))"
    )

    periods = frozenset((_norm(a), _norm(b)) for a, b in d.PERIOD_FORMS)
    openers = {a for a, _ in periods if a}
    joins_words = {b for _, b in periods if b[:1].isalpha()}
    joins_dash = {b for _, b in periods if not b[:1].isalpha()}
    join_rx = f"(?:\\s+(?P<pj>{_ci(joins_words)})\\s+|\\s*(?P<pjd>{_alt(joins_dash)})\\s*)"
    end_rx = f"(?:{core_emb}|{mf}|{_YEAR}|{dayonly})"
    period_open_rx = (
        rf"(?<!\w)(?P<po>{_ci(openers)})\s+(?:{arts}\s+)?(?P<pa>{end_rx}){join_rx}"
        rf"(?:{arts}\s+)?(?P<pb>{end_rx})"
    )
    free_joins = {b for a, b in periods if not a}
    fj_words = {b for b in free_joins if b[:1].isalpha()}
    fj_dash = {b for b in free_joins if not b[:1].isalpha()}
    free_join_rx = (
        f"(?:\\s+(?P<pj>{_ci(fj_words) if fj_words else '(?!)'})\\s+"
        f"|\\s*(?P<pjd>{_alt(fj_dash) if fj_dash else '(?!)'})\\s*)"
    )
    free_end = f"(?:{core_emb}|{dayonly})"
    free_b = f"(?:{core_emb}|{dayonly}|(?P<pby>{_YEAR}))"
    free_gate_rx = rf"(?:{dayonly})?{free_join_rx}"
    period_free_rx = rf"(?P<pa>{free_end}){free_join_rx}(?:{arts}\s+)?(?P<pb>{free_b})"

    span_words = _ci(span_rel)
    dur_parts = [
        rf"(?<!\w)(?P<so>{_ci(d.SPAN_OPENERS)})\s+(?P<sr>{span_words})\s+(?P<sn>{num})\s+"
        rf"(?P<su>{unit_rx})(?!\w)"
    ]
    if d.SINCE_DURATION_WORDS:
        dur_parts.append(
            rf"(?<!\w)(?P<sw>{_ci(d.SINCE_DURATION_WORDS)})\s+(?P<swn>{num})\s+"
            rf"(?P<swu>{unit_rx})(?!\w)"
        )
    if d.LATER_DURATION_WORDS:
        dur_parts.append(
            rf"(?<!\w)(?P<lw>{_ci(d.LATER_DURATION_WORDS)})\s+(?P<lwn>{num})\s+"
            rf"(?P<lwu>{unit_rx})(?!\w)"
        )
    duration_rx = "|".join(f"(?:{p})" for p in dur_parts)

    year_parts = [rf"(?<=\()(?P<yp>{_YEAR})(?=\))"]
    # "1500 bis 2000 Soldaten": a joiner or preposition after the number is no verb
    not_verbs = _ci({w for _, j in d.PERIOD_FORMS for w in j.split()} | _first(preps))
    if d.YEAR_AT_SENTENCE_START:
        year_parts.append(
            rf"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|^)(?P<ys>{_YEAR})"
            rf"(?=\s+[^\W\d_A-ZÄÖÜ])(?!\s+(?:{not_verbs})(?!\w))"
        )
    years_rx = "|".join(f"(?:{p})" for p in year_parts)

    if d.DAY_BEFORE_MONTH:
        fallback_rx = rf"(?<![\d.,])(?P<fb>{_DAY}{dsuf}\s*[^\W\d_]{{2,12}}\.?\s+{_YEAR})"
    else:
        fallback_rx = rf"(?<![\d.,])(?P<fb>{_DAY}{dsuf},?\s+{_YEAR})(?!)"

    core_starts = (
        _first(d.ARTICLES)
        | _first(rel)
        | _first(d.SUB_PERIODS)
        | _first(d.ANCHOR_PHRASES)
        | _first(d.AGO_BEFORE)
        | _first(d.NUMBER_WORDS)
        | _first(d.YEAR_WORDS)
        | _first(d.PART_OF_DAY_PREFIXES)
        | _first(d.RELATIVE_DAYS)
        | _first(d.SEASONS)
        | _first(d.PUBLICATION_SPANS)
    )
    names = set(months_all) | set(weekdays)
    fams: dict[str, set[str]] = {}

    def add(words: Iterable[str], family: str) -> None:
        for w in words:
            fams.setdefault(w.lower(), set()).add(family)

    add(core_starts | names, "core")
    add(core_starts | names, "period_free")
    add(_first(preps), "prep")
    add(_first(o for o, _ in d.PERIOD_FORMS if o), "period")
    add(
        _first(d.SPAN_OPENERS) | _first(d.SINCE_DURATION_WORDS) | _first(d.LATER_DURATION_WORDS),
        "duration",
    )
    order = ("prep", "period", "duration", "core", "period_free", "year", "fallback")
    families = {w: tuple(f for f in order if f in fs) for w, fs in fams.items()}
    digit_families = ("core", "period_free", "year", "fallback")

    start_forms: set[str] = set()
    for w in fams:
        start_forms |= _variants(w, w in names)
    starts_rx = _trie(start_forms)

    trigger_words: set[str] = set(units) | set(parts) | set(d.YEAR_WORDS)
    for phrase in list(d.RELATIVE_DAYS) + list(d.ANCHOR_PHRASES) + list(d.PUBLICATION_SPANS):
        words = phrase.split()
        if not trigger_words.intersection(words):  # "the day before" has "day" already
            trigger_words.add(max(words, key=len))
    trigger_forms: set[str] = set()
    for w in trigger_words:
        trigger_forms |= _variants(w, False)
    for w in names:
        trigger_forms |= _variants(w, True)

    patterns = _Patterns(
        {
            "prep": prep_rx,
            "period": period_open_rx,
            "period_free": period_free_rx,
            "duration": duration_rx,
            "core": core_emb,
            "year": years_rx,
            "fallback": fallback_rx,
            "free_gate": free_gate_rx,
            "core_whole": core_rx,
            "part": part_rx,
        }
    )
    numbers: dict[str, int] = {_norm(k): v for k, v in d.NUMBER_WORDS.items()}
    return _Grammar(
        lang=code,
        data=d,
        months=dict(months_all),
        trigger=_recache.compile(_trie(trigger_forms)),
        starts=_recache.compile(starts_rx),
        families=families,
        digit_families=digit_families,
        patterns=patterns,
        exclusions=tuple(_norm(x) for x in d.WEEKDAY_EXCLUSIONS),
        units={_norm(k): v for k, v in units.items()},
        numbers=numbers,
        rel={_norm(k): v for k, v in rel.items()},
        span_rel={_norm(k): v for k, v in span_rel.items()},
        preps=preps,
        periods=periods,
    )


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
    if form == "ps":
        unit, side = g.data.PUBLICATION_SPANS[_norm(gr("ps"))]
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


def _cal_bounds(c: _Cal, year: int) -> tuple[dt.date, dt.date]:
    if c.season is not None:
        first, last = c.season
        if last >= first:
            end = dt.date(year, last, _mdays(year, last))
            return dt.date(year, first, 1), end
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
    ``either``/``this`` take the nearest, ties to the past.
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
    if d_this < d_other:
        return y
    if d_other < d_this:
        return other
    return min(y, other)  # a tie goes to the past


def _unresolved(precision: DatePrecision, **kw: object) -> _Res:
    return _Res(None, None, precision, UNRESOLVED, **kw)  # type: ignore[arg-type]


def _resolve(spec: _Spec, ctx: _Context, mode: str) -> _Res:
    if isinstance(spec, _Cal):
        return _resolve_cal(spec, ctx, mode)
    if isinstance(spec, _Weekday):
        return _resolve_weekday(spec, ctx, mode)
    return _resolve_shift(spec, ctx)


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
    else:
        gran = max(ctx.pub_gran, 0 if c.day is not None else 1)
        how = c.rel or mode
        y1 = _pick_year(c.month, c.day, p1, gran, how)
        y2 = _pick_year(c.month, c.day, p2, gran, how)
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


def _resolve_shift(s: _Shift, ctx: _Context) -> _Res:
    precision = _UNIT_PRECISION[s.unit]
    window, label = (ctx.pub, ctx.pub_label) if s.base == "pub" else (ctx.anchor, ctx.anchor_label)
    if window is None:
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
    precision = min(ra.precision, rb.precision, key=_FINENESS.__getitem__)
    phrase = m.group()
    if UNRESOLVED in (ra.against, rb.against):
        return _ref(_unresolved(precision), TimeKind.PERIOD, phrase)
    assert ra.start and ra.end and rb.start and rb.end
    against = ra.against if ra.against != ABSOLUTE else rb.against
    res = _Res(min(ra.start, rb.start), max(ra.end, rb.end), precision, against)
    return _ref(res, TimeKind.PERIOD, phrase)


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
        y = m.group("yp") or m.group("ys")
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


# ------------------------------------------------------------------------- public


def find_times(
    text: str,
    lang: str,
    published: PublishedDate,
    *,
    start: int = 0,
    end: int | None = None,
    direction: Literal["past", "future", "either"] = "either",
    anchor: TimeRef | None = None,
) -> list[TimeMatch]:
    """Time expressions in ``text[start:end]``, resolved against ``published``.

    Returns matches with absolute offsets into ``text``, sorted and non-overlapping (the
    longest expression wins). ``direction`` is the tense of the sentence, used for bare
    weekdays and months ("am Mittwoch", "im März"); ``anchor`` is the last resolved time
    mentioned before, for "zwei Tage zuvor" and "the next day". See the module docstring
    for the resolution rules.
    """
    _check_direction(direction)
    scan = scan_times(text, lang, start=start, end=end)
    return _resolve_found(scan, scan.candidates, published, direction, anchor)


def _check_direction(direction: str) -> None:
    if direction not in _TENSES:
        raise ValueError(
            f"direction {direction!r} is not one of {', '.join(_TENSES)}; "
            "pass the tense of the sentence"
        )


@dataclass(frozen=True, slots=True)
class TimeScan:
    """The pattern work of :func:`find_times` over one window of a text, before any date
    is resolved: every candidate expression (start, end, pattern family, match) and the
    offsets of the trigger tokens. Resolving depends on the publication date, the tense
    and the anchor; the scan does not, so one scan of an article serves every sentence
    (:func:`times_in`)."""

    text: str
    lang: str
    start: int
    end: int
    candidates: list[tuple[int, int, str, re.Match[str]]]
    triggers: list[int]


def scan_times(text: str, lang: str, *, start: int = 0, end: int | None = None) -> TimeScan:
    """Candidate time expressions in ``text[start:end]`` (see :class:`TimeScan`)."""
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ValueError(
            f"window [{start}, {end}) does not fit a text of {len(text)} characters; "
            "pass 0 <= start <= end <= len(text)"
        )
    g = _grammar(lang)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    triggers: list[int] = []
    done = start  # start tokens before this offset have been tried
    starts, families, patterns = g.starts, g.families, g.patterns
    gate = patterns["free_gate"]
    for t in g.trigger.finditer(text, start, stop):
        ts = t.start()
        triggers.append(ts)
        for st in starts.finditer(text, max(done, ts - _LEFT), stop):
            pos = st.start()
            if pos > ts:
                break
            if pos > 0 and text[pos - 1].isalnum():
                continue  # inside a word or a number
            tok = st.group()
            fams = g.digit_families if tok[0].isdigit() else families.get(tok.lower(), ())
            first_end = pos  # where the core match here ends, for the period gate
            for form in fams:
                if form == "period_free" and not gate.match(text, first_end, stop):
                    continue  # no "bis" / "to" / dash after the first end: no period
                if form == "fallback" and first_end > pos:
                    continue  # the tables read a date here: no need to ask dateparser
                m = patterns[form].match(text, pos, stop)
                if form == "core" and m is not None:
                    first_end = m.end()
                if m is None or m.end() == pos:
                    continue
                if _count_context(g, text, form, m):
                    continue  # "1500 bis 2000 Soldaten": numbers, not years
                found.append((pos, m.end(), form, m))
        done = max(done, ts + 1)
    return TimeScan(text, lang, start, stop, found, triggers)


def times_in(
    scan: TimeScan,
    published: PublishedDate,
    *,
    start: int,
    end: int,
    direction: Literal["past", "future", "either"] = "either",
    anchor: TimeRef | None = None,
) -> list[TimeMatch]:
    """``find_times(scan.text, scan.lang, published, start=start, end=end, ...)`` for a
    window inside the scanned one (a sentence of a scanned article), from the scan's
    candidates instead of a new pass over the window.

    The candidates kept are those a scan of the window alone would have tried: starting
    in the window, within reach (``_LEFT``) of a trigger token in the window. Where a
    scan of the window alone could differ (a candidate reaching the window's end, or a
    window ending inside a word, where "end of text" lookaheads such as the pause after
    "zuvor" would read differently), the window is scanned anew.
    """
    _check_direction(direction)
    text = scan.text
    if (start, end) == (scan.start, scan.end):
        return _resolve_found(scan, scan.candidates, published, direction, anchor)
    if not scan.start <= start <= end <= scan.end:
        raise ValueError(
            f"window [{start}, {end}) is not inside the scanned [{scan.start}, {scan.end})"
        )
    cands = scan.candidates
    lo = bisect.bisect_left(cands, start, key=lambda c: c[0])
    hi = bisect.bisect_left(cands, end, key=lambda c: c[0])
    inside = cands[lo:hi]
    if (end > start and (text[end - 1].isalnum() or text[end - 1] == "_")) or any(
        c[1] >= end for c in inside
    ):
        return find_times(
            text, scan.lang, published, start=start, end=end, direction=direction, anchor=anchor
        )
    trig = scan.triggers
    kept = []
    for c in inside:
        i = bisect.bisect_left(trig, c[0])  # first trigger at or after the candidate
        if i < len(trig) and trig[i] < end and trig[i] - _LEFT <= c[0]:
            kept.append(c)
    return _resolve_found(scan, kept, published, direction, anchor)


def _resolve_found(
    scan: TimeScan,
    cands: list[tuple[int, int, str, re.Match[str]]],
    published: PublishedDate,
    direction: str,
    anchor: TimeRef | None,
) -> list[TimeMatch]:
    g = _grammar(scan.lang)
    text = scan.text
    ctx = _context(published, anchor)
    built = _built(g.lang, ctx, direction)
    found: list[tuple[int, int, int, TimeRef]] = []
    for pos, m_end, form, m in cands:
        key = (form, m.group())
        if key in built:
            ref = built[key]
        else:
            try:
                ref = _build(g, form, m, ctx, direction)
            except (ValueError, OverflowError, KeyError):
                ref = None  # an impossible date ("31. Februar 2024") or out of range
            if form != "duration":  # "in 24 years" depends on the words before it
                built[key] = ref
        if ref is not None and not (ref.weekday is not None and _excluded(g, text, pos, m_end)):
            found.append((pos, m_end, _PRIORITY[form], ref))
    return _select(found)


_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s+\Z")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][^\W\d_-]*)")
_BARE_YEAR = re.compile(r"\d{4}")


def _count_context(g: _Grammar, text: str, form: str, m: re.Match[str]) -> bool:
    """True when bare years here are more likely counts of things.

    "20 bis 2000": a number right before "bis 2000". "zwischen 1000 und 2000 Soldaten":
    in a language that capitalises nouns, a capitalised word (not a month or weekday)
    right after a period of two bare years.
    """
    if form == "prep" and m.group("c3") is not None:
        return _NUMBER_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
    if form == "period" and g.data.NOUNS_CAPITALISED:
        if not (_BARE_YEAR.fullmatch(m.group("pa")) and _BARE_YEAR.fullmatch(m.group("pb"))):
            return False
        after = _WORD_AFTER.match(text, m.end())
        if after is None:
            return False
        word = after.group(1)
        return (
            word[0].isupper()
            and word.lower() not in g.months
            and word.lower() not in (g.data.WEEKDAYS)
        )
    return False


def _excluded(g: _Grammar, text: str, s: int, e: int) -> bool:
    """True when a weekday in ``text[s:e]`` is part of a name ("Good Friday")."""
    lo = max(0, s - 24)
    window = text[lo : e + 24].lower()
    for name in g.exclusions:
        i = window.find(name)
        while i >= 0:
            if lo + i < e and s < lo + i + len(name):
                return True
            i = window.find(name, i + 1)
    return False


_BUILT: dict[tuple[str, _Context, str], dict[tuple[str, str], TimeRef | None]] = {}


def _built(lang: str, ctx: _Context, direction: str) -> dict[tuple[str, str], TimeRef | None]:
    """Results by (pattern family, phrase) for one language, publication, anchor and
    tense: news repeats "am Mittwoch" and "seit 24 Jahren" many times."""
    key = (lang, ctx, direction)
    bucket = _BUILT.get(key)
    if bucket is None or len(bucket) > 4096:
        if len(_BUILT) > 64:
            _BUILT.clear()
        bucket = _BUILT[key] = {}
    return bucket


_PRIORITY = {
    f: i
    for i, f in enumerate(("prep", "period", "period_free", "duration", "core", "year", "fallback"))
}


def _select(found: list[tuple[int, int, int, TimeRef]]) -> list[TimeMatch]:
    """Longest first, then the earlier pattern family; drop what overlaps a kept match."""
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    starts: list[int] = []
    kept: list[tuple[int, int, TimeRef]] = []
    for s, e, _prio, ref in found:
        i = bisect.bisect_left(starts, e)
        if i and kept[i - 1][1] > s:
            continue  # overlaps the kept match that starts last before our end
        starts.insert(i, s)
        kept.insert(i, (s, e, ref))
    return [TimeMatch(s, e, ref) for s, e, ref in kept]
