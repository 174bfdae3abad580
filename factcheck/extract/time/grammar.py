"""Time expressions, the grammar: what a parsed expression holds (specs) and the patterns
built from a language pack's ``time`` module. Part of :mod:`factcheck.extract.time`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from factcheck.extract import _recache
from factcheck.extract.heads import heads, may_begin
from factcheck.extract.wordlists import grouped
from factcheck.lang import get_language, spec
from factcheck.models import DatePrecision, PartOfDay

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
    """First and last month of a season named with the year ("im Sommer 2000") or a word of
    relation ("im vergangenen Winter", "this summer"), or of a part of a year ("im dritten
    Quartal")."""


@dataclass(frozen=True, slots=True)
class _Week:
    """A week of the year by its ISO 8601 number ("KW 5", "in der 40. Kalenderwoche 2025")."""

    week: int
    year: int | None = None


@dataclass(frozen=True, slots=True)
class _Weekend:
    """A weekend, Saturday and Sunday ("am Wochenende", "last weekend")."""

    rel: str | None = None
    """last / next / this, as written; None: the one nearest in the sentence's tense."""


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


_Spec = _Cal | _Weekday | _Shift | _Week | _Weekend


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
    return "|".join(_word(w) for w in parts)


def _ci(words: Iterable[str]) -> str:
    """:func:`_alt` ignoring case, its words grouped by their first letters
    (:func:`~factcheck.extract.wordlists.grouped`): under ``re.IGNORECASE`` the engine
    cannot pass over a word by its first letter, and tries every word of a flat
    alternation where it is asked to match; a group's look-ahead passes over all its
    words at once. The same words match, tried in the same order."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    # a word's first character begins every match of it, unless it is a space (\s+)
    alts = [("" if w[:1].isspace() else w[:1], _word(w)) for w in parts]
    return f"(?i:{grouped(alts)})"


def _word(w: str) -> str:
    """A word of :func:`_alt`: escaped, a space matching any white space."""
    return re.escape(w).replace(r"\ ", r"\s+")


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
_WEEKS = 53
"""The most weeks an ISO 8601 year has."""
_WEEK = r"(?:5[0-3]|[1-4]\d|0?[1-9])"
"""A week's number, 1 to 53 (``05`` as written in "KW 05")."""


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


class _Alternatives:
    """An alternation compiled for the token its match begins with: of its alternatives,
    only those that can begin with the token (:func:`~factcheck.extract.heads.may_begin`),
    in their order. At a position whose text begins with the token, it matches what the
    whole alternation matches there (the alternatives left out cannot match), without
    trying the others first. Compiled on first use, once per set of alternatives kept.
    """

    __slots__ = ("_alts", "_by_kept", "_by_token", "_heads")

    def __init__(self, alts: tuple[str, ...]) -> None:
        self._alts = alts
        self._heads: list[frozenset[tuple[tuple[str, int], ...]] | None] | None = None
        self._by_token: dict[str, re.Pattern[str] | None] = {}
        self._by_kept: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def for_token(self, token: str) -> re.Pattern[str] | None:
        """The alternation of the alternatives a match beginning with ``token`` can be
        of; None when there is none (no match can begin there)."""
        if token in self._by_token:
            return self._by_token[token]
        if self._heads is None:
            self._heads = [heads(a) for a in self._alts]
        kept = tuple(i for i, h in enumerate(self._heads) if may_begin(h, token))
        if kept not in self._by_kept:
            alts = [self._alts[i] for i in kept]
            self._by_kept[kept] = _recache.compile(f"(?:{'|'.join(alts)})") if alts else None
        p = self._by_token[token] = self._by_kept[kept]
        return p


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang: str
    data: spec.Time
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
    core: _Alternatives
    """The ``core`` family's alternatives, compiled for the token a match begins with."""
    patterns: _Patterns
    """One pattern per family, compiled on first use (see :class:`_Patterns`);
    ``core_whole`` is the named-group alternation of every form that stands alone (used
    with fullmatch), ``part`` one end of a period: core, bare month, bare year or a bare
    day number."""
    exclusions: tuple[str, ...]
    """Names such as "sunday times" in which a weekday is not a time (lower case)."""
    name_before: tuple[str, ...]
    """Words right before a date that make it part of a name (lower case)."""
    units: dict[str, str]
    numbers: dict[str, int]
    rel: dict[str, str]
    """last/next/this word -> its meaning."""
    span_rel: dict[str, str]
    preps: dict[str, tuple[str, bool, bool]]
    periods: frozenset[tuple[str, str]]
    ordinals: dict[str, int]
    """Ordinal words of a calendar week's number ("fünften" -> 5), lower case."""


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
    seasons = _ci(d.SEASONS) if d.SEASONS else "(?!)"
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
        + rf"\s+(?P<rn_ps>{p_ci}))?|(?P<rn_m>{mf})|(?P<rn_s>{seasons}))(?!\w))",
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
        rf"(?P<ps>(?P<ps_w>{_ci(d.PUBLICATION_SPANS)})(?:\s+(?P<ps_y>{_YEAR}))?)(?!\w)",
    ]
    month_units = [k for k, v in units.items() if v == "month"]
    if d.MONTHS_TO and month_units:
        # "in the three months to September", "in den drei Monaten bis September (2024)"
        alts.append(
            rf"(?P<mt>(?P<mt_n>{num})\s+(?:{_ci(month_units)})\s+(?:{_ci(d.MONTHS_TO)})\s+"
            rf"(?P<mt_m>{mf})(?:,?\s+(?P<mt_y>{_YEAR}))?(?!\w))"
        )
    if d.YEAR_PARTS:
        # "im dritten Quartal (2024 | des Jahres)", "Q3 2024", "the first nine months (of the
        # year)"; not "... des Vorjahres", "... of the war": another year or thing
        alts.append(
            rf"(?P<yp>(?P<yp_s>{_ci(d.YEAR_PARTS)})(?:\s+(?:{link}\s+)?(?:(?P<yp_y>{_YEAR})"
            rf"|(?P<yp_imp>{implicit}))(?!\w)|(?!\w)(?!\s+(?:{link}|{arts})\s)))"
        )
    if d.WEEKEND_WORDS:
        # "am vergangenen Wochenende", "last weekend"; "am Wochenende", "over the weekend"
        we_openers = "|".join(rf"(?<=(?<![\w-]){_word(w)}\s)" for w in d.WEEKEND_OPENERS)
        alts.append(
            rf"(?P<we>(?:(?P<we_r>{rel_rx})\s+|(?i:{we_openers or '(?!)'}))"
            rf"(?P<we_w>{_ci(d.WEEKEND_WORDS)})(?![\w-]))"
        )
    week_words = tuple(d.CALENDAR_WEEK_WORDS)
    ordinal_words: dict[str, int] = {}
    if week_words:
        # "KW 5", "Kalenderwoche 5/2026", "epi week 5"; "die 5. Kalenderwoche (2026)",
        # "the fifth calendar week of 2026": a week of the year by its ISO number
        nums = get_language(code).numbers
        for stem, value in nums.ORDINAL_STEMS.items():
            if value == int(value) and 1 <= value <= _WEEKS:
                for ending in nums.ORDINAL_ENDINGS or ("",):
                    ordinal_words[_norm(stem + ending)] = int(value)

        def cw_year(tag: str) -> str:
            return rf"(?:\s*/\s*|\s+(?:{link}\s+)?)(?P<{tag}>{_YEAR})"

        ord_suffix = _alt(nums.ORDINAL_SUFFIXES) if nums.ORDINAL_SUFFIXES else "(?!)"
        ord_words = _ci(ordinal_words) if ordinal_words else "(?!)"
        alts += [
            rf"(?P<cw>(?P<cw_w>{_ci(week_words)})\s*(?P<cw_n>{_WEEK})(?!\d)"
            rf"(?:{cw_year('cw_y')})?(?![\w/]))",
            rf"(?P<cwo>(?:(?<![\d.,])(?P<cwo_n>{_WEEK})(?:{ord_suffix})|(?P<cwo_o>{ord_words}))"
            rf"\s+(?P<cwo_w>{_ci(week_words)})(?:{cw_year('cwo_y')})?(?![\w/]))",
        ]
    core_rx = "|".join(alts)
    core_alts = tuple(_strip(a) for a in alts)
    core_emb = f"(?:{'|'.join(core_alts)})"
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
        # also a clause's start after a comma or a colon ("441 starben, 2023 waren es 446",
        # "Zum Vergleich: 2023 waren ..."), for a year of this century; round hundreds and
        # fifties are more often counts there ("5000 kamen, 2000 davon", "1870 waren Frauen")
        year_parts.append(
            rf"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|^|(?<=[,:]\s)(?=20)(?!\d\d[05]0(?!\d)))"
            rf"(?P<ys>{_YEAR})(?=\s+[^\W\d_A-ZÄÖÜ])(?!\s+(?:{not_verbs})(?!\w))"
        )
    if d.YEAR_AFTER_VERBS:
        # "hatte 2016 gewarnt": a lower-case word follows that is not an adjective
        # before a noun ("hatte 2016 neue Mitglieder"); round hundreds and fifties are
        # more often counts ("hatte 2000 gezählt")
        # ("waren 2019 *elf* Menschen verletzt": a count after it, so it is none)
        # ("war 2019 *für* 4,6 Millionen Euro saniert worden": after an auxiliary, a
        # preposition that joins no period follows a year)
        aux = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in d.YEAR_AFTER_VERBS)
        counted = rf"(?=\s+{_ci(d.NUMBER_WORDS)}\s)" if d.NUMBER_WORDS else "(?!)"
        joiners = _ci({w for _, j in d.PERIOD_FORMS for w in j.split()})
        year_parts.append(
            rf"(?:{aux})(?!\d\d[05]0(?!\d))(?P<ya>{_YEAR})(?=\s+[^\W\d_A-ZÄÖÜ])"
            rf"(?!\s+(?:{joiners})(?!\w))(?:{counted}|(?!\s+\w+\s+[A-ZÄÖÜ]))"
        )
    # a year that labels a line of a list or a timeline ("- 2023: ...", "2021: ..."): the
    # line's year, in any language
    year_parts.append(rf"(?:(?<=\n)|(?<=\n[-•*–]\s)|^|(?<=^[-•*–]\s))(?P<yl>{_YEAR})(?=:\s)")
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
        | _first(d.YEAR_PARTS)
        | _first(week_words)
        | _first(d.WEEKEND_WORDS)
        | set(ordinal_words)
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

    # a season with a relation word has no digit to trigger on ("im vergangenen Winter")
    trigger_words: set[str] = set(units) | set(parts) | set(d.YEAR_WORDS) | set(d.SEASONS)
    for phrase in (
        list(d.RELATIVE_DAYS)
        + list(d.ANCHOR_PHRASES)
        + list(d.PUBLICATION_SPANS)
        + list(d.YEAR_PARTS)
        + list(week_words)
        + list(d.WEEKEND_WORDS)
    ):
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
        core=_Alternatives(core_alts),
        patterns=patterns,
        exclusions=tuple(_norm(x) for x in d.WEEKDAY_EXCLUSIONS),
        name_before=tuple(_norm(x) for x in d.DATE_NAME_BEFORE),
        units={_norm(k): v for k, v in units.items()},
        numbers=numbers,
        rel={_norm(k): v for k, v in rel.items()},
        span_rel={_norm(k): v for k, v in span_rel.items()},
        preps=preps,
        periods=periods,
        ordinals=ordinal_words,
    )
