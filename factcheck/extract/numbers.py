"""The number engine: numbers with their hedges, scale words and units.

:func:`find_quantities` scans a window of a text and returns
:class:`~factcheck.extract.matches.QuantityMatch` objects with absolute offsets. A match
covers the hedge words, the number (digits or number words), the scale word and the
unit word ("rund 10.000", "bis zu 4,8 Millionen", "rund 300 Kilometer", "knapp
zweitägigen", "$3bn", "about 4,300"), never the counted noun that may follow.

How it works, and why it is fast: everything a language says about numbers is data in
``factcheck/lang/<code>/{numbers,hedges,units}.py``. From it one *master* regular
expression is compiled per language, with every word list turned into a prefix tree
(so the regex engine follows one branch per letter instead of trying each word). The
master expression finds the candidates - digits, number words, vague amounts
("Dutzende"), fractions, ordinals - and swallows dates, clock times and phone numbers
in the same pass. For each candidate a few anchored expressions read what follows
(scale word, range, unit) and one looks back for a hedge, a currency sign or a range
frame ("zwischen"). Words are looked up in dictionaries. pint is never used here: units
are pint *names* taken from the data, and :mod:`factcheck.extract.units` converts
between them when asked.

The interval each quantity admits comes from the hedge table
(:func:`factcheck.models.hedge.interval_for`) through :meth:`Quantity.hedged`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from types import ModuleType

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.lang import get_language
from factcheck.models.hedge import (
    Qualifier,
    approx_half_width,
    precision_of,
)
from factcheck.models.quantity import Direction, Quantity, UnitKind

__all__ = ["TIME_UNITS", "find_quantities", "parse_number"]

TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
"""Pint unit names that make a number a duration."""

TEMPERATURE_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})
"""Units whose numbers keep a leading minus sign ("-5 Grad"); elsewhere a dash before
a number is punctuation."""

_CONNECTOR = -1.0
"""Stands for a connector word ("und", "and") in a sequence of number-word values."""

_SENTENCE_END = re.compile(r"[.!?;:]\s")
_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*([^\W\d_][\w\-'’]*)")
_ID_TAIL = re.compile(r"(?:[ \-/.]?\d+)*")
_QUOTES = "(\"'„“”»«‚‘’["


# ---------------------------------------------------------------------- patterns


_Trie = dict[str, "_Trie"]


def _alternation(keys: Iterable[str]) -> str:
    """A regex matching any of ``keys``, longest first, built as a prefix tree.

    A space in a key matches any run of white space. The tree keeps the regex engine
    from trying every key at every position: it follows one branch per letter.
    """
    trie: _Trie = {}
    for key in keys:
        if not key:
            continue
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    return _emit(trie)


def _emit(node: _Trie) -> str:
    terminal = "" in node
    alts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _emit(node[ch])
        for ch in sorted(k for k in node if k)
    ]
    if not alts:
        return ""
    if len(alts) == 1 and not terminal:
        return alts[0]
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if terminal else body


def _norm(word: str) -> str:
    """Lower-case, runs of white space made single spaces: the key form of words."""
    return " ".join(word.lower().split())


def _norm_symbol(word: str) -> str:
    """Runs of white space made single spaces: the key form of symbols."""
    return " ".join(word.split())


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: UnitKind
    name: str


class _Grammar:
    """The compiled patterns and lookup tables of one language."""

    def __init__(self, code: str, num: ModuleType, hed: ModuleType, uni: ModuleType) -> None:
        self.code = code
        self.cardinals: dict[str, float] = {_norm(k): v for k, v in num.CARDINALS.items()}
        self.connectors = frozenset(_norm(c) for c in num.NUMBER_CONNECTORS)
        self.fused: bool = num.NUMBER_WORDS_FUSED
        self.articles = frozenset(_norm(a) for a in num.ARTICLES_ONE)
        self.scales: dict[str, float] = {_norm(k): v for k, v in num.SCALE_WORDS.items()}
        self.cur_scales: dict[str, float] = {
            **self.scales,
            **{_norm(k): v for k, v in num.CURRENCY_SCALE_ABBREVIATIONS.items()},
        }
        self.ordinal_stems: dict[str, float] = {_norm(k): v for k, v in num.ORDINAL_STEMS.items()}
        self.dot_ordinals: bool = "." in num.ORDINAL_SUFFIXES
        self.ordinal_determiners = frozenset(num.ORDINAL_DETERMINERS)
        self.fractions: dict[str, float] = {_norm(k): v for k, v in num.FRACTIONS.items()}
        self.article_fraction_partitive: bool = num.ARTICLE_FRACTION_NEEDS_PARTITIVE
        self.half_words = frozenset(num.HALF_WORDS)
        self.months = frozenset(num.MONTH_WORDS)
        self.year_context = frozenset(num.YEAR_CONTEXT_WORDS)
        self.year_follow = frozenset(num.YEAR_FOLLOW_WORDS)
        self.nouns_capitalised: bool = num.NOUNS_CAPITALISED
        self.adjective_endings: tuple[str, ...] = tuple(num.ADJECTIVE_ENDINGS)
        self.identifier_words = frozenset(num.IDENTIFIER_WORDS)
        self.time_words = frozenset(_norm(t) for t in num.TIME_WORDS)
        self.decimal_mark: str = num.DECIMAL_MARK
        self.group_marks: str = num.GROUP_MARKS
        self.month_before_day: bool = num.MONTH_BEFORE_DAY

        self.hedges: dict[str, Qualifier] = {_norm(k): v for k, v in hed.HEDGES.items()}
        self.vague: dict[str, tuple[Qualifier, float]] = {
            _norm(k): v for k, v in hed.VAGUE_AMOUNTS.items()
        }
        self.range_frames: dict[str, str] = {
            _norm(k): _norm(v) for k, v in hed.RANGE_FRAMES.items()
        }
        self.change_frames: dict[str, str] = {
            _norm(k): _norm(v) for k, v in hed.CHANGE_FRAMES.items()
        }
        self.glued_scales: dict[str, float] = dict(num.GLUED_SCALES)
        self.ratio_words = frozenset(_norm(w) for w in num.RATIO_WORDS)
        self.every_words = frozenset(num.EVERY_WORDS)
        self.half_adjectives = frozenset(num.HALF_ADJECTIVES)
        self.score_words = frozenset(num.SCORE_WORDS)
        self.name_exempt = frozenset(num.NAME_EXEMPT) | self.ordinal_determiners
        self.one_words = frozenset(num.ONE_WORDS)
        self.one_not_after = frozenset(num.ONE_NOT_AFTER)
        self.one_not_before = frozenset(num.ONE_NOT_BEFORE)
        self.plain_connectors = frozenset(_norm(c) for c in hed.RANGE_CONNECTORS if c[:1].isalpha())
        self.increase = frozenset(hed.INCREASE_WORDS)
        self.decrease = frozenset(hed.DECREASE_WORDS)

        words: dict[str, _Unit] = {}
        for k, v in uni.UNIT_WORDS.items():
            words[_norm(k)] = _Unit(UnitKind.PHYSICAL, v)
        for k, v in uni.CURRENCY_WORDS.items():
            words[_norm(k)] = _Unit(UnitKind.CURRENCY, v)
        for k, v in uni.PERCENT_WORDS.items():
            words[_norm(k)] = _Unit(UnitKind.PERCENT, v)
        symbols: dict[str, _Unit] = {}
        for k, v in uni.UNIT_SYMBOLS.items():
            symbols[_norm_symbol(k)] = _Unit(UnitKind.PHYSICAL, v)
        for k, v in uni.CURRENCY_SYMBOLS.items():
            symbols[_norm_symbol(k)] = _Unit(UnitKind.CURRENCY, v)
        self.unit_words = words
        self.unit_symbols = symbols
        money = frozenset(uni.CURRENCY_SYMBOLS.values()) | frozenset(uni.CURRENCY_WORDS.values())

        def unit(name: str) -> _Unit:
            return _Unit(UnitKind.CURRENCY if name in money else UnitKind.PHYSICAL, name)

        glued: dict[str, _Unit] = {
            k: _Unit(UnitKind.PERCENT, v) for k, v in uni.PERCENT_WORDS.items() if " " not in k
        }
        glued.update(symbols)
        glued.update((k, unit(v)) for k, v in uni.GLUED_UNIT_SYMBOLS.items())
        self.glued = glued
        per_units = {k: v.name for k, v in words.items() if v.kind is UnitKind.PHYSICAL}
        self.per_units: dict[str, str] = per_units
        self.per_symbols: dict[str, str] = {
            **{k: v.name for k, v in symbols.items() if v.kind is UnitKind.PHYSICAL},
            **uni.PER_SYMBOLS,
        }
        self.per_words = frozenset(_norm(w) for w in uni.PER_WORDS)
        self.per_articles = frozenset(_norm(w) for w in uni.PER_ARTICLES)
        self.per_article_nouns = frozenset(uni.PER_ARTICLE_NOUNS)
        self.per_blockers = frozenset(uni.PER_BLOCKERS)
        self.length_followers = frozenset(uni.LENGTH_FOLLOWERS)
        self.currency_symbols: dict[str, str] = {
            _norm_symbol(k): v for k, v in uni.CURRENCY_SYMBOLS.items()
        }
        self.adjectival: dict[str, str] = {_norm(k): v for k, v in uni.ADJECTIVAL_UNITS.items()}
        self.age_adjectives = frozenset(_norm(a) for a in uni.AGE_ADJECTIVES)
        self.age_duration_nouns = frozenset(uni.AGE_DURATION_NOUNS)
        self._compile(num, hed, uni)

    def _compile(self, num: ModuleType, hed: ModuleType, uni: ModuleType) -> None:
        flags = re.IGNORECASE
        card = _alternation(self.cardinals)
        conn = _alternation(self.connectors)
        part = f"(?:{card}|{conn})"
        stems = _alternation(self.ordinal_stems)
        ord_end = f"(?:{_alternation(num.ORDINAL_ENDINGS)})" if num.ORDINAL_ENDINGS else ""
        articles = _alternation(self.articles)
        scales = _alternation(self.scales)
        fractions = _alternation(self.fractions)
        multipliers = _alternation(k for k, v in self.cardinals.items() if v >= 100)
        dets = _alternation(self.ordinal_determiners)
        months = "(?-i:" + _alternation(k[:1].upper() + k[1:] for k in self.months) + ")"
        time_words = _alternation(self.time_words)
        letter_suffixes = [s for s in num.ORDINAL_SUFFIXES if s != "."]
        ordsuf = f"(?:{_alternation(letter_suffixes)})" if letter_suffixes else ""
        day_mark = rf"(?:\.|{ordsuf})?" if ordsuf else r"\.?"
        word_conns = _alternation(
            self.plain_connectors
            | set(self.range_frames.values())
            | set(self.change_frames.values())
        )
        dashes = "".join(re.escape(c) for c in hed.RANGE_CONNECTORS if not c[:1].isalpha())

        g0 = re.escape(self.group_marks[0])
        gs = "".join(re.escape(c) for c in self.group_marks[1:])
        dm = re.escape(self.decimal_mark)
        digits = (
            rf"(?:\d{{1,3}}(?:{g0}\d{{3}})+|\d{{1,3}}(?:[{gs}]\d{{3}})+|\d+)"
            rf"(?:{dm}\d+)?(?![.,]?\d)"
        )
        self.digits_re = re.compile(digits)

        if self.fused:
            words = rf"(?!(?:{articles})(?!\w)){card}{part}*(?!\w)"
            ordinal = rf"(?:{card}(?:{conn})?)*{stems}{ord_end}(?!\w)"
        else:
            sep = rf"(?:\s+|-)(?:{conn}\s+)?"
            words = rf"{card}(?!\w)(?:{sep}{card}(?!\w))*"
            ordinal = rf"(?:{card}{sep})*{stems}{ord_end}(?!\w)"
        self.words_re = re.compile(words, flags)
        self.part_re = re.compile(f"{card}|{conn}", flags)
        self.ordinal_parts_re = re.compile(rf"(?P<pre>.*?)(?P<stem>{stems}){ord_end}", flags)
        self.ordinal_word_re = re.compile(ordinal, flags)
        self.article_re = re.compile(rf"(?:{articles})(?!\w)\s*", flags)

        adjectival = _alternation(self.adjectival)
        adj_end = f"(?:{_alternation(uni.ADJECTIVAL_ENDINGS)})?" if uni.ADJECTIVAL_ENDINGS else ""
        fused_adj = (
            rf"|(?P<adjw>{card}{part}*(?P<adjsuf>{adjectival}){adj_end})(?!\w)"
            if self.fused
            else ""
        )

        skip = [
            r"\d{4}-\d{1,2}-\d{1,2}(?!\d)",
            r"(?:1\d|2[01])\d\d-(?:0?[1-9]|1[0-2])(?![\d.,])",
            rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)(?:\s*(?:{time_words})(?!\w))?",
            rf"\d{{1,2}}(?:[.:]?\d{{2}})?\s*(?:{time_words})(?!\w)",
            r"\d{1,2}:\d(?!\d)(?![.,]\d)",
            r"\d+(?:/\d+)+(?!\d)",
            r"\+\d[\d \-/()]{6,}\d",
            (
                rf"\d{{1,2}}{day_mark}\s*(?:(?:{word_conns}|[{dashes}])\s*\d{{1,2}}{day_mark}\s*)?"
                rf"(?:of\s+)?{months}(?!\w)(?:\s+\d{{4}}(?!\d))?"
            ),
        ]
        if self.decimal_mark != ".":
            skip.append(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)")
        month_first = rf"{months}\.?\s+\d{{4}}(?!\d)"
        if num.MONTH_BEFORE_DAY:
            month_first = (
                rf"{months}\.?\s+\d{{1,2}}{ordsuf}?(?!\d)"
                rf"(?:\s*[{dashes}]\s*\d{{1,2}}{ordsuf}?)?(?:,?\s+\d{{4}}(?!\d))?|{month_first}"
            )

        art = rf"(?P<art>{articles})\s+(?=(?:{scales}|{fractions}|{multipliers})(?!\w))"
        # Every word branch starts with one of these two-letter prefixes: checking them
        # first lets the engine leave most words after two comparisons.
        firsts = (
            list(self.cardinals)
            + list(self.ordinal_stems)
            + list(self.articles)
            + list(self.vague)
            + list(self.half_words)
        )
        starts = {k.lower() for k in [*firsts, *self.months]}
        prefixes = (
            f"(?:{_alternation({k[:3] for k in starts if len(k) >= 3})}"
            f"|(?:{_alternation({k for k in starts if len(k) < 3})})(?!\\w))"
        )
        # digits may touch a currency code before them ("USD10m", "RM23.50")
        codes = sorted(k for k in self.currency_symbols if k[-1:].isalpha())
        lasts = "".join(sorted({re.escape(k[-1]) for k in codes}))
        after_code = (
            f"|(?<=[{lasts}])(?:" + "|".join(f"(?<=(?-i:{re.escape(k)}))" for k in codes) + ")"
            if codes
            else ""
        )
        frac_units = _alternation(
            k for k, u in self.unit_words.items() if u.kind is not UnitKind.PERCENT
        )
        self.master = re.compile(
            rf"(?=[\d+\-−])(?:(?<!\d)(?P<sfrac>(?:(?P<whole>\d{{1,3}})\s+)?(?P<fnum>[1-9])/"
            rf"(?P<fden>1[0-6]|[2-9])(?!\d))(?=\s*(?:{frac_units})(?!\w))"
            rf"|(?<!\d)(?P<skip>{'|'.join(skip)})"
            rf"|(?:(?<![\w.,]){after_code})(?<!\d[.,])(?P<neg>[-−](?=\d))?(?P<digits>{digits}))"
            rf"|(?<!\w)(?={prefixes})(?:(?P<skipm>{month_first})"
            rf"|{art}"
            rf"|(?P<vague>{_alternation(self.vague)})(?!\w)"
            rf"|(?P<halfword>{_alternation(self.half_words)})(?!\w)"
            rf"{fused_adj}"
            rf"|(?P<ordw>{ordinal})"
            rf"|(?P<words>{words}))",
            flags,
        )
        self.det_before_re = re.compile(rf"(?<!\w)(?:{dets})\s+\Z", flags)

        # what follows a number
        glue_scales = _alternation(k for k in self.scales if len(k) <= 3 and k.isalpha())
        glue_units = _alternation(self.glued.keys() | {"%"})
        glued_scales = _alternation(self.glued_scales)
        self.glue_re = re.compile(
            (rf"(?P<ordsuf>(?-i:{ordsuf}))(?!\w)|" if ordsuf else "")
            + rf"(?P<gscale>{glue_scales})(?!\w)"
            rf"|(?P<gunit>(?-i:{glue_units}))(?!\w)"
            + (rf"|(?P<gscale2>(?-i:{glued_scales}))(?!\w)" if self.glued_scales else ""),
            flags,
        )
        per_words = _alternation(self.per_words)
        self.per_unit_re = re.compile(
            rf"(?:\s+(?P<pw>{per_words})\s+(?P<pu>{_alternation(self.per_units)})"
            rf"|\s*/\s*(?P<ps>(?-i:{_alternation(self.per_symbols)})))(?![\w/])",
            flags,
        )
        explicit = _alternation(self.per_words - self.per_articles)
        self.per_far_re = re.compile(
            rf"\s+(?:{_alternation(num.PARTITIVE_WORDS)}\s+)?[^\W\d_][\w\-]*"
            rf"\s+(?:{explicit})\s+(?P<pu>{_alternation(self.per_units)})(?![\w/])",
            flags,
        )
        self.per_hint_re = re.compile(rf"(?<!\w)(?:{per_words})\s", flags)
        self.per_noun_re = re.compile(rf"\s+(?P<pw>{per_words})\s+(?P<noun>[^\W\d_][\w\-]*)", flags)
        cur_alt = _alternation(self.currency_symbols)
        self.cur_after_re = re.compile(rf"(?-i:{cur_alt})\s?(?=\d)")
        self.ratio_re = re.compile(rf"\s+(?:{_alternation(self.ratio_words)})\s+(?=\w)", flags)
        self.cur_glue_re = re.compile(rf"(?P<scale>{_alternation(self.cur_scales)})(?!\w)", flags)
        hyphen_units = _alternation(k for k in self.unit_words if " " not in k)
        self.hyphen_re = re.compile(
            rf"-(?:(?P<adj>{adjectival}){adj_end}|(?P<hunit>{hyphen_units}))(?![\w])", flags
        )
        self.scale_re = re.compile(rf"\s+(?P<scale>{scales})(?!\w)", flags)
        self.cur_scale_re = re.compile(
            rf"\s*(?P<scale>{_alternation(self.cur_scales)})(?!\w)", flags
        )
        partitive = _alternation(num.PARTITIVE_WORDS)
        self.vague_scale_re = re.compile(rf"(?:\s+{partitive})?\s+(?P<scale>{scales})(?!\w)", flags)
        self.partitive_re = re.compile(rf"\s+(?:{partitive})(?!\w)", flags)
        self.fraction_re = re.compile(rf"(?:\s+|-)(?P<frac>{fractions})(?!\w)", flags)
        self.half_scale_re = re.compile(
            rf"(?:\s+(?:{articles}))?\s+(?P<scale>{scales})(?!\w)", flags
        )
        self.half_follow_re = (
            re.compile(rf"\s+(?:{_alternation(num.HALF_FOLLOWERS)})(?!\w)", flags)
            if num.HALF_FOLLOWERS
            else None
        )
        self.unit_re = re.compile(
            rf"\s*(?:(?P<uw>{_alternation(self.unit_words)})"
            rf"|(?P<us>(?-i:{_alternation(self.unit_symbols)})))(?!\w)",
            flags,
        )
        self.age_after_re = re.compile(rf"\s+(?:{_alternation(uni.AGE_AFTER)})(?!\w)", flags)
        self.range_re = re.compile(
            rf"(?:-?\s+(?P<conn>{word_conns})\s+|\s*[{dashes}]\s*)(?=[\w$€£¥₹₽₩₴₺₱₪−-])",
            flags,
        )

        # what precedes a number: the last words of those phrases, and the last characters
        # of signs that may touch the number ("$3", "~40"), for a quick first check
        phrases = [
            *self.hedges,
            *self.range_frames,
            *hed.CHANGE_MARKERS,
            *uni.AGE_BEFORE,
            *num.MINUS_WORDS,
            *(k.lower() for k in self.currency_symbols),
        ]
        self.before_words = frozenset(p.split()[-1] for p in phrases)
        self.before_chars = frozenset(p[-1] for p in [*self.hedges, *self.currency_symbols])
        self.before_words |= frozenset(k.lower() for k in self.currency_symbols)
        self.before_re = re.compile(
            rf"(?<![\w$€£¥])(?:(?P<frame>{_alternation(self.range_frames)})\s+)?"
            rf"(?:(?P<marker>{_alternation(_norm(m) for m in hed.CHANGE_MARKERS)})\s+)?"
            rf"(?:(?P<hedge>{_alternation(self.hedges)})(?:(?<=[.~≈<>≥≤])\s*|\s+))?"
            rf"(?:(?P<age>{_alternation(_norm(a) for a in uni.AGE_BEFORE)})\s+)?"
            rf"(?:(?P<minus>{_alternation(_norm(w) for w in num.MINUS_WORDS)})\s+)?"
            rf"(?:(?P<msign>[-−])?(?P<cur>(?-i:{_alternation(self.currency_symbols)}))\s?)?\Z",
            flags,
        )

    def word_values(self, text: str) -> tuple[list[float], list[int]]:
        """Values of the number-word parts in ``text`` and the end offset of each."""
        values: list[float] = []
        ends: list[int] = []
        for m in self.part_re.finditer(text):
            w = _norm(m.group())
            values.append(_CONNECTOR if w in self.connectors else self.cardinals[w])
            ends.append(m.end())
        return values, ends

    def parse_digits(self, written: str) -> tuple[float, str]:
        """The value of digits as written, and the digits in ``1234.5`` form."""
        t = written
        for c in self.group_marks:
            t = t.replace(c, "")
        t = t.replace(self.decimal_mark, ".")
        return float(t), t


@cache
def _grammar(code: str) -> _Grammar:
    pack = get_language(code)
    return _Grammar(pack.code, pack.numbers, pack.hedges, pack.units)


def _combine(values: list[float]) -> tuple[float, int]:
    """The value of a sequence of number-word values, and how many of them form it.

    Reads the longest valid start: ``[20, 5]`` (twenty-five) is 25, ``[1, C, 20]``
    (ein-und-zwanzig) is 21, ``[3, 100, C, 5]`` (three hundred and five) is 305;
    ``[2, 3]`` stops after the 2.
    """
    total = 0.0
    group = 0.0
    prev = ""
    conn = False
    used = 0
    for i, v in enumerate(values):
        if v == _CONNECTOR:
            if conn or prev not in ("unit", "hundred", "thousand"):
                break
            conn = True
            continue
        if v == 100:
            if conn or prev not in ("", "unit", "teen"):
                break
            group = (group or 1) * 100
            prev = "hundred"
        elif v == 1000:
            if conn or total or prev not in ("", "unit", "teen", "tens", "hundred"):
                break
            total = (group or 1) * 1000
            group = 0
            prev = "thousand"
        elif v >= 20 and v % 10 == 0:
            if prev not in ("", "hundred", "thousand") and not (prev == "unit" and conn):
                break
            group += v
            prev = "tens"
        elif 10 <= v < 20:
            if prev not in ("", "hundred", "thousand"):
                break
            group += v
            prev = "teen"
        elif v == 0.5:
            if conn or prev not in ("unit", "teen", "tens"):
                break
            group += v
            prev = "half"
        elif v == 1.5:
            if prev:
                break
            group += v
            prev = "half"
        else:
            if prev in ("unit", "teen", "half", "tens") and not (prev == "tens" and not conn):
                break
            group += v
            prev = "unit"
        conn = False
        used = i + 1
    return total + group, used


def _written(value: float) -> str:
    """A number-word value written as digits, for :func:`precision_of`."""
    return str(int(value)) if float(value).is_integer() else repr(value)


@lru_cache(maxsize=8192)
def _quantity(
    nominal: float | None,
    qualifier: Qualifier,
    unit: str | None = None,
    unit_kind: UnitKind = UnitKind.NONE,
    precision: float | None = None,
    scale: float = 1.0,
    low: float | None = None,
    high: float | None = None,
    direction: Direction | None = None,
    change: bool = False,
) -> Quantity:
    """:meth:`Quantity.hedged`, cached: news repeats its figures, and a frozen model is
    safe to share between matches."""
    return Quantity.hedged(
        nominal,
        qualifier,
        unit=unit,
        unit_kind=unit_kind,
        precision=precision,
        scale=scale,
        low=low,
        high=high,
        direction=direction,
        change=change,
    )


# ---------------------------------------------------------------------- scanning


@dataclass(slots=True)
class _Num:
    """One number as read: its value before the scale word, how it was written (digits
    in ``1234.5`` form), and where it lies."""

    value: float
    written: str
    start: int
    end: int
    scale: float = 1.0
    scaled_end: int = 0
    words: bool = False

    @property
    def nominal(self) -> float:
        if self.scale != 1 and "." in self.written:
            return float(Decimal(self.written) * Decimal(repr(self.scale)))
        return self.value * self.scale

    @property
    def precision(self) -> float:
        return precision_of(self.written, self.scale)


class _Skip(Exception):
    """Drops a candidate inside the scanner; scanning resumes at ``pos``."""

    def __init__(self, pos: int) -> None:
        super().__init__(pos)
        self.pos = pos


class _Scanner:
    """One scan of one text window with one language's grammar."""

    def __init__(self, g: _Grammar, text: str, lo: int, hi: int) -> None:
        self.g = g
        self.text = text
        self.lo = lo
        self.hi = hi
        self.last_end = lo
        self.out: list[QuantityMatch] = []

    def run(self) -> list[QuantityMatch]:
        text, hi, master = self.text, self.hi, self.g.master
        pos = self.lo
        while True:
            m = master.search(text, pos, hi)
            if m is None:
                return self.out
            if m.group("skip") is not None or m.group("skipm") is not None:
                pos = m.end()
                continue
            try:
                nxt = self.candidate(m)
            except _Skip as skip:
                nxt = skip.pos
            pos = max(nxt, m.start() + 1)

    def candidate(self, m: re.Match[str]) -> int:
        if m.group("digits") is not None:
            return self.digits(m)
        if m.group("sfrac") is not None:
            return self.slash_fraction(m)
        if m.group("art") is not None:
            return self.article(m)
        if m.group("vague") is not None:
            return self.vague(m)
        if m.group("halfword") is not None:
            return self.half(m)
        if self.g.fused and m.group("adjw") is not None:
            return self.fused_adjective(m)
        if m.group("ordw") is not None:
            return self.ordinal_word(m)
        return self.words(m)

    # -- context ---------------------------------------------------------------

    def prev_word(self, pos: int) -> str:
        """The word right before ``pos`` (within the window), without quotes."""
        parts = self.text[max(self.lo, pos - 40) : pos].split()
        return parts[-1].strip(_QUOTES) if parts else ""

    def next_word(self, pos: int) -> str:
        """The word right after ``pos`` if only white space lies between, else ''."""
        m = _NEXT_WORD.match(self.text, pos, self.hi)
        return m.group(1) if m else ""

    def is_month(self, word: str) -> bool:
        return bool(word) and word[0].isupper() and word.lower() in self.g.months

    def at_line_start(self, s: int) -> bool:
        i = s - 1
        text = self.text
        while i >= 0 and text[i] in " \t\u00a0":
            i -= 1
        return i < 0 or text[i] == "\n"

    def before(self, start: int) -> re.Match[str] | None:
        """Hedge, currency sign, range frame or change marker right before ``start``."""
        lo = max(self.last_end, start - 60)
        text, g = self.text, self.g
        # most numbers have none: look at the last word before running the pattern
        words = text[max(lo, start - 24) : start].split()
        if not words:
            return None
        last = words[-1]
        if last.lower() not in g.before_words and last[-1] not in g.before_chars:
            return None
        m = g.before_re.search(text, lo, start)
        return m if m is not None and m.group() else None

    # -- candidates ------------------------------------------------------------

    def digits(self, m: re.Match[str]) -> int:
        text = self.text
        s, e = m.span("digits")
        if s >= 2 and text[s - 1] in "-/" and text[s - 2].isalpha():
            raise _Skip(e)  # glued to a name by a hyphen or slash: "Su-57", "TVN24"
        if s >= 1 and text[s - 1] in "#§№":
            raise _Skip(e)
        prev = self.prev_word(m.start())
        if text[e : e + 1] != "%" and (
            prev.lower() in self.g.identifier_words
            or (self.g.month_before_day and self.is_month(prev))
        ):
            # a reference or phone number, with any digit groups that follow it
            tail = _ID_TAIL.match(text, e, self.hi)
            raise _Skip(tail.end() if tail is not None else e)
        if (
            text[e : e + 1] in (".", ")")
            and text[e + 1 : e + 2] in (" ", "\t", "\n", "")
            and self.at_line_start(m.start())
        ):
            raise _Skip(e + 1)  # a list marker: "1." at the start of a line
        value, written = self.g.parse_digits(m.group("digits"))
        if not math.isfinite(value):
            raise _Skip(e)  # hundreds of digits: no quantity without a value
        num = _Num(value, written, s, e, scaled_end=e)
        neg = m.start("neg") if m.group("neg") is not None else None
        return self.finish(num, neg=neg)

    def slash_fraction(self, m: re.Match[str]) -> int:
        """A fraction written with a slash before a unit: "1/2 pound", "2 1/2 Stunden"."""
        s, e = m.span("sfrac")
        value = int(m.group("fnum")) / int(m.group("fden"))
        if m.group("whole") is not None:
            value += int(m.group("whole"))
        if value >= int(m.group("whole") or 0) + 1:
            raise _Skip(e)  # "5/4" is no fraction of one
        return self.finish(_Num(value, repr(round(value, 6)), s, e, scaled_end=e))

    def words(self, m: re.Match[str]) -> int:
        g = self.g
        s = m.start("words")
        values, ends = g.word_values(m.group("words"))
        value, used = _combine(values)
        if used == 0 or (g.fused and used < len(values)):
            raise _Skip(m.end())
        e = s + ends[used - 1]
        return self.finish(_Num(value, _written(value), s, e, scaled_end=e, words=True))

    def article(self, m: re.Match[str]) -> int:
        """An article that counts as one: "eine Million", "a hundred", "ein Drittel"."""
        g, text = self.g, self.text
        s, art_end = m.span("art")
        w = g.words_re.match(text, m.end(), self.hi)
        if w is not None:
            values, ends = g.word_values(w.group())
            if values and values[0] >= 100:
                value, used = _combine([1.0, *values])
                if used > 1:
                    e = m.end() + ends[used - 2]
                    num = _Num(value, _written(value), s, e, scaled_end=e, words=True)
                    return self.finish(num)
        return self.finish(_Num(1.0, "1", s, art_end, scaled_end=art_end, words=True), article=True)

    def vague(self, m: re.Match[str]) -> int:
        """A vague amount: "Dutzende", "mehrere Millionen", "hundreds of millions of dollars"."""
        g, text, hi = self.g, self.text, self.hi
        s, e = m.span("vague")
        qualifier, scale = g.vague[_norm(m.group("vague"))]
        pos = e
        sm = g.vague_scale_re.match(text, pos, hi)
        if sm is not None:
            scale *= g.scales[_norm(sm.group("scale"))]
            pos = sm.end()
        unit: _Unit | None = None
        pm = g.partitive_re.match(text, pos, hi)
        um = g.unit_re.match(text, pm.end() if pm is not None else pos, hi)
        if um is not None and (pm is not None or text[pos : pos + 1].isspace()):
            unit = self.unit_of(um)
        if unit is not None and um is not None:
            pos = um.end()
        elif pm is not None:
            pos = pm.end()
        role, kind, uname = self.role_of(unit, None, None)
        # "Hunderte Millionen": the hedge table scales every vague plural by its scale word
        q = _quantity(None, qualifier, unit=uname, unit_kind=kind, scale=scale)
        self.add(QuantityMatch(s, pos, q, role, s, e))
        return pos

    def half(self, m: re.Match[str]) -> int:
        """A half: "die Hälfte", "half of", "half a million"."""
        g, text, hi = self.g, self.text, self.hi
        ws, we = m.span("halfword")
        dm = g.det_before_re.search(text, max(self.last_end, ws - 16), ws)
        s = dm.start() if dm is not None else ws  # "die Hälfte"
        prev = self.prev_word(s)
        if prev and (g.ordinal_word_re.fullmatch(prev) or prev[:1].isdigit()):
            raise _Skip(we)  # "die zweite Hälfte", "the second half"
        before = self.before(s)
        sm = g.half_scale_re.match(text, we, hi)
        if sm is not None:
            scale = g.scales[_norm(sm.group("scale"))]
            num = _Num(0.5, "0.5", ws, we, scale=scale, scaled_end=sm.end())
            return self.emit(num, sm.end(), before, None, None, None, span_start=s)
        if _norm(m.group("halfword")) in g.half_adjectives:
            # "eine halbe Stunde": half of the unit that follows; alone it counts nothing
            um = g.unit_re.match(text, we, hi)
            unit = self.unit_of(um) if um is not None else None
            if um is None or unit is None:
                raise _Skip(we)
            num = _Num(0.5, "0.5", ws, we, scaled_end=we)
            return self.emit(num, um.end(), before, unit, None, None, span_start=s)
        if g.half_follow_re is not None and g.half_follow_re.match(text, we, hi) is None:
            raise _Skip(we)
        pm = g.partitive_re.match(text, we, hi)
        end = pm.end() if pm is not None else we
        share = g.fractions[_norm(m.group("halfword"))] * 100
        return self.emit_share(s, share, ws, we, end, before)

    def fused_adjective(self, m: re.Match[str]) -> int:
        """A number word fused with a unit: "zweitägigen", "dreistündige"."""
        g = self.g
        s, e = m.span("adjw")
        numeral = text_part = m.group("adjw")[: m.start("adjsuf") - s]
        values, _ = g.word_values(text_part)
        value, used = _combine(values)
        if used == 0 or used < len(values):
            raise _Skip(e)
        n_end = s + len(numeral)
        num = _Num(value, _written(value), s, n_end, scaled_end=n_end, words=True)
        return self.emit(num, e, self.before(s), None, _norm(m.group("adjsuf")), None)

    def ordinal_word(self, m: re.Match[str]) -> int:
        """An ordinal word: "der siebente", "the seventh", "zum einundzwanzigsten"."""
        g, text = self.g, self.text
        s, e = m.span("ordw")
        om = g.ordinal_parts_re.fullmatch(m.group("ordw"))
        if om is None:  # pragma: no cover - the master pattern guarantees a stem
            raise _Skip(e)
        stem = _norm(om.group("stem"))
        values, _ = g.word_values(om.group("pre"))
        prev = self.prev_word(s)
        pm = g.partitive_re.match(text, e, self.hi)
        if values and stem in g.fractions and pm is not None:
            # "one-third of", "one third of": a share
            count, used = _combine(values)
            if used == len(values) and count * g.fractions[stem] < 1:
                share = count * g.fractions[stem] * 100
                return self.emit_share(s, share, s, e, pm.end(), self.before(s))
        if prev.lower() not in g.ordinal_determiners and prev.lower() not in g.every_words:
            raise _Skip(e)
        values.append(g.ordinal_stems[stem])
        value, used = _combine(values)
        if used < len(values):
            raise _Skip(e)
        if prev.lower() in g.every_words and value > 1:
            # "every fifth child", "jedes fünfte Kind": a share of one in n
            ps = text.rindex(prev, max(self.lo, s - 40), s)
            return self.emit_share(ps, 100 / value, s, e, e, None)
        return self.emit_ordinal(value, s, e, e)

    # -- what follows a number -------------------------------------------------

    def finish(self, num: _Num, *, neg: int | None = None, article: bool = False) -> int:
        """Read what follows a number (suffix, scale, fraction, range, unit), decide
        what it is, and record a match. Returns where scanning goes on."""
        g, text, hi = self.g, self.text, self.hi
        before = self.before(num.start if neg is None else neg)
        cur = before.group("cur") if before is not None else None
        if neg is None and before is not None and before.group("msign"):
            neg = before.start("msign")  # "-€3.4 billion"
        pos = num.end
        unit: _Unit | None = None
        adjective: str | None = None

        if not num.words:
            gm = g.glue_re.match(text, pos, hi)
            if gm is not None and gm.lastgroup == "ordsuf":
                nxt = self.next_word(gm.end())
                if self.is_month(nxt):
                    raise _Skip(gm.end())
                return self.emit_ordinal(num.value, num.start, num.end, gm.end())
            if cur:
                cm = g.cur_glue_re.match(text, pos, hi)
                if cm is not None:
                    num.scale = g.cur_scales[_norm(cm.group("scale"))]
                    pos = num.scaled_end = cm.end()
                    gm = None
            if (
                gm is not None
                and gm.lastgroup == "gunit"
                and gm.group() in g.glued_scales
                and not self.reads_as_length(gm.end())
            ):
                num.scale = g.glued_scales[gm.group()]  # "1.2m tons", "35m of"
                pos = num.scaled_end = gm.end()
                gm = None
            if gm is not None and gm.lastgroup == "gscale":
                num.scale = g.scales[_norm(gm.group())]
                pos = num.scaled_end = gm.end()
            elif gm is not None and gm.lastgroup == "gscale2":
                num.scale = g.glued_scales[gm.group()]  # "25k", "4.3M"
                pos = num.scaled_end = gm.end()
            elif gm is not None and gm.lastgroup == "gunit":
                unit = g.glued.get(gm.group()) or g.unit_words.get(_norm(gm.group()))
                pos = gm.end()
        if unit is None:
            hm = g.hyphen_re.match(text, pos, hi)
            if hm is not None:
                if hm.group("adj") is not None:
                    adjective = _norm(hm.group("adj"))
                else:
                    unit = g.unit_words.get(_norm(hm.group("hunit")))
                pos = hm.end()
            elif not num.words and text[pos : pos + 1].isalnum():
                raise _Skip(pos)  # "11A", "5G", "1990er": digits glued to letters

        nxt = self.next_word(pos)
        if (
            unit is None
            and adjective is None
            and (self.is_month(nxt) or _norm(nxt) in g.time_words)
        ):
            raise _Skip(pos)

        if (
            g.dot_ordinals
            and not num.words
            and unit is None
            and adjective is None
            and text[pos : pos + 1] == "."
            and num.written.isdigit()
            and text[pos + 1 : pos + 2] == " "
            and self.next_word(pos + 1)
            and self.prev_word(num.start).lower() in g.ordinal_determiners
        ):
            if self.is_month(self.next_word(pos + 1)):
                raise _Skip(pos + 1)
            return self.emit_ordinal(num.value, num.start, num.end, pos + 1)

        if unit is None and adjective is None and num.scale == 1:
            sm = (g.cur_scale_re if cur else g.scale_re).match(text, pos, hi)
            if sm is not None:
                num.scale = (g.cur_scales if cur else g.scales)[_norm(sm.group("scale"))]
                pos = num.scaled_end = sm.end()
                hm = g.hyphen_re.match(text, pos, hi)
                if hm is not None and hm.group("adj") is not None:
                    adjective = _norm(hm.group("adj"))
                    pos = hm.end()

        if unit is None and adjective is None and num.scale == 1:
            fm = g.fraction_re.match(text, pos, hi)
            if fm is not None:
                return self.emit_fraction(num, fm, before, article)
        if article and num.scale == 1:
            raise _Skip(num.end)

        if unit is None and adjective is None:
            end = self.range_end(num, pos, before, cur)
            if end is not None:
                return end
            if not cur and num.scale == 1:
                end = self.ratio(num, pos, before)
                if end is not None:
                    return end

        if unit is None and adjective is None and not cur:
            um = g.unit_re.match(text, pos, hi)
            if um is not None:
                unit = self.unit_of(um)
                if unit is not None:
                    pos = um.end()

        if (
            num.words
            and num.value <= 1
            and num.scale == 1
            and adjective is None
            and (unit is None or unit.name in TIME_UNITS or num.value < 1)
            and not (unit is None and self.counts_one(num, pos))
        ):
            # "null", "eins", "one": too often not a count, unless a unit follows
            # ("one per cent"; not "one day")
            raise _Skip(num.end)

        if unit is not None and adjective is None:
            end = self.range_end(num, pos, before, cur, first_unit=unit)
            if end is not None:
                return end

        if (
            unit is None
            and adjective is None
            and not cur
            and num.scale == 1
            and not num.words
            and (self.is_year(num, pos, before) or self.is_name(num, pos, before))
        ):
            raise _Skip(pos)
        per, pos = self.per(pos, unit, cur)
        return self.emit(num, pos, before, unit, adjective, cur, neg=neg, per=per)

    def counts_one(self, num: _Num, pos: int) -> bool:
        """True when a spelled one counts the noun after it ("found one solution"), not
        when it is a pronoun or idiom ("one of them", "no one", "one day")."""
        g, text = self.g, self.text
        if num.value != 1 or text[num.start : num.end].lower() not in g.one_words:
            return False
        if self.prev_word(num.start).lower() in g.one_not_after:
            return False
        nxt = self.next_word(pos)
        if not nxt or not nxt[:1].islower() or text[pos : pos + 1] != " ":
            return False
        return nxt.lower() not in g.one_not_before and not nxt.lower().endswith(("ly", "ing"))

    def reads_as_length(self, pos: int) -> bool:
        """After "300m": True when the m is metres ("300m long", "the 100m race", end of
        sentence), False when it is millions ("1.2m tons", "35m of its devices")."""
        nxt = self.next_word(pos)
        return not nxt or nxt.lower() in self.g.length_followers

    def is_name(self, num: _Num, pos: int, before: re.Match[str] | None) -> bool:
        """True when a bare number is part of a name: "S&P 500", "iPhone 11",
        "Boeing 787", "Teil 3", "Hauptstraße 221", "the 737 Max", "221 Baker Street"."""
        g, text = self.g, self.text
        if before is not None and before.group("hedge"):
            return False
        if text[num.start : num.end] != num.written:
            return False  # a group or decimal mark: "Veranstalter 80.000" is a count
        prev = self.prev_word(num.start)
        if (
            prev
            and prev[-1:].isalnum()
            and not prev.endswith(("'s", "’s"))  # "Tata's 8,000 staff"
            and any(c.isupper() for c in prev)
            and prev.lower() not in g.name_exempt
            and not self.is_month(prev)
        ):
            # a capitalised word right before: a name ("DAX 40 legte zu"), unless a
            # noun follows in a language that capitalises nouns ("in Kiew 12 Menschen")
            nxt = self.next_word(pos)
            return not (g.nouns_capitalised and nxt[:1].isupper())
        if not g.nouns_capitalised:
            nxt = self.next_word(pos)
            if (
                text[pos : pos + 1] == " "
                and nxt[:1].isupper()
                and not nxt.isupper()
                and not nxt.lower().endswith("s")
                and not self.is_month(nxt)
            ):
                return True  # "the 737 Max", "221 Baker Street"
        return False

    def per(self, pos: int, unit: _Unit | None, cur: str | None) -> tuple[str | None, int]:
        """A rate after an amount: "$3,500 a month", "200,000 barrels a day", "45 cents
        per share", "kV/cm", "12 Euro pro Person". Returns the thing per which (a pint
        unit name or the noun's lemma) and where the match ends."""
        g, text, hi = self.g, self.text, self.hi
        if not cur and (unit is None or unit.kind not in (UnitKind.CURRENCY, UnitKind.PHYSICAL)):
            return None, pos
        if unit is not None and unit.name in TIME_UNITS:
            return None, pos
        # most amounts have no rate: a slash or a per-word must come within two words
        window = text[pos : min(hi, pos + 48)]
        if "/" not in window[:3] and g.per_hint_re.search(window) is None:
            return None, pos
        m = g.per_unit_re.match(text, pos, hi) or g.per_far_re.match(text, pos, hi)
        name: str | None = None
        if m is not None:
            if m.lastgroup == "ps":
                name = g.per_symbols[m.group("ps")]
            else:
                name = g.per_units[_norm(m.group("pu"))]
        else:
            m = g.per_noun_re.match(text, pos, hi)
            if m is None:
                return None, pos
            noun = m.group("noun")
            pw = _norm(m.group("pw"))
            if noun.lower().endswith(("ed", "ing")):
                # "per affected household": the participle describes the noun after it
                nm = _NEXT_WORD.match(text, m.end(), hi)
                if nm is None or text[m.end() : m.end() + 1] != " ":
                    return None, pos
                noun = nm.group(1)
                m = nm
            if g.nouns_capitalised != noun[:1].isupper() or "-" in noun:
                return None, pos
            from factcheck.extract.nouns import lemma

            name = lemma(noun if g.nouns_capitalised else noun.lower(), g.code)
            if pw in g.per_articles and name not in g.per_article_nouns:
                return None, pos
        after = self.next_word(m.end())
        if after.lower() in g.per_blockers or text[m.end() : m.end() + 2].strip()[:1].isdigit():
            return None, pos  # "a year ago", "im Jahr 2020"
        return name, m.end()

    def ratio(self, num: _Num, pos: int, before: re.Match[str] | None) -> int | None:
        """ "one in five", "nine out of ten", "neun von zehn": a share in percent."""
        g, text, hi = self.g, self.text, self.hi
        if before is not None and (before.group("frame") or before.group("hedge")):
            return None
        rm = g.ratio_re.match(text, pos, hi)
        if rm is None:
            return None
        second = self.read_number(rm.end(), None)
        if second is None or second.scale != 1 or num.words != second.words:
            return None
        if not num.value < second.value <= 100:
            return None
        end = second.end
        if text[end : end + 1].isalnum() or g.unit_re.match(text, end, hi) is not None:
            return None
        nxt = self.next_word(end)
        if self.is_month(nxt) or _norm(nxt) in g.time_words:
            return None
        return self.emit_share(num.start, num.value / second.value * 100, num.start, end, end, None)

    def unit_of(self, um: re.Match[str]) -> _Unit | None:
        if um.group("uw") is not None:
            return self.g.unit_words.get(_norm(um.group("uw")))
        return self.g.unit_symbols.get(_norm_symbol(um.group("us")))

    def is_year(self, num: _Num, pos: int, before: re.Match[str] | None) -> bool:
        """True when a bare four-digit number reads as a year ("seit 2000", "in 2019,")."""
        g, text = self.g, self.text
        w = num.written
        if len(w) != 4 or not w.isdigit() or not 1000 <= int(w) <= 2199:
            return False
        if text[num.start : num.end] != w:
            return False  # written with a group mark: "2.000" is a count
        prev = self.prev_word(num.start)
        hedge = before.group("hedge") if before is not None else None
        if hedge and _norm(hedge) not in g.year_context:
            return False  # "rund 2000": years are not hedged ("ab 2025" still is one)
        if prev.lower() in g.year_context or self.is_month(prev):
            return True
        if text[num.start - 1 : num.start] == "(" and text[pos : pos + 1] in (")", ",", ";"):
            return True
        nxt = self.next_word(pos)
        if g.nouns_capitalised:
            if nxt[:1].isupper():
                return False
            if nxt[:1].islower() and nxt.lower().endswith(g.adjective_endings):
                # "2000 nordkoreanische Soldaten": an adjective, then a noun
                after = self.next_word(text.index(nxt, pos) + len(nxt))
                if after[:1].isupper():
                    return False
            return True
        if not nxt or not text[pos : pos + 2].lstrip(" ")[:1].isalpha():
            return True
        return nxt.lower() in g.year_follow

    def range_end(
        self,
        num: _Num,
        pos: int,
        before: re.Match[str] | None,
        cur: str | None,
        first_unit: _Unit | None = None,
    ) -> int | None:
        """:meth:`_range_end`, leaving ``num`` as it was when no range is found (a scale
        carried from a second number that turns out not to belong to it is undone)."""
        saved = (num.value, num.written, num.scale)
        end = self._range_end(num, pos, before, cur, first_unit)
        if end is None:
            num.value, num.written, num.scale = saved
        return end

    def _range_end(
        self,
        num: _Num,
        pos: int,
        before: re.Match[str] | None,
        cur: str | None,
        first_unit: _Unit | None = None,
    ) -> int | None:
        """Record "20 bis 30", "20-30", "zwischen 20 und 30", "$10 to $15 billion",
        "5% to 6%", or a change "von 77 auf 789 Millionen Euro" if one starts at ``pos``.

        The scale and unit of the second number carry to the first ("10 to 15 billion",
        "four to five thousand"); a unit or currency written at both ends must agree. A
        change (``CHANGE_FRAMES``: "from A to B", "von A auf B") may go down; its range
        spans both levels and its direction says which way it went."""
        g, text, hi = self.g, self.text, self.hi
        rm = g.range_re.match(text, pos, hi)
        if rm is None:
            return None
        frame = (
            _norm(before.group("frame")) if before is not None and before.group("frame") else None
        )
        conn = rm.group("conn")
        is_change = False
        if conn is not None:
            conn = _norm(conn)
            if frame is not None:
                is_change = g.change_frames.get(frame) == conn
                if not is_change and g.range_frames.get(frame) != conn:
                    return None
            elif conn not in g.plain_connectors:
                return None
        elif frame is not None and frame in g.change_frames and frame not in g.range_frames:
            return None  # "von 5-6" is no change
        npos = rm.end()
        cm = g.cur_after_re.match(text, npos, hi)
        if cm is not None:
            code = g.currency_symbols[_norm_symbol(cm.group().strip())]
            if cur and g.currency_symbols[_norm_symbol(cur)] != code:
                return None
            if first_unit is not None:
                return None
            cur = cur or cm.group().strip()
            npos = cm.end()
        second = self.read_number(npos, cur)
        if second is None:
            return None
        if num.scale == 1 and second.scale != 1:
            if num.value <= second.value or (is_change and num.value < 10 * second.value):
                num.scale = second.scale
        elif num.scale == 1 and num.words and second.words and second.scale == 1:
            # "four to five thousand", "vier- bis fünftausend": the multiplier carries
            parts, _ = g.word_values(text[second.start : second.end])
            mult = parts[-1] if parts else 1
            if mult >= 100 and num.value < mult and second.value >= mult:
                num.value *= mult
                num.written = _written(num.value)
        low, high = num.nominal, second.nominal
        end = second.scaled_end
        if (
            not second.words
            and conn is None
            and not cur
            and first_unit is None
            and self.is_score(num, second, end)
        ):
            raise _Skip(end)  # "2-0", "3-1", "1-1"
        if (
            self.prev_word(num.start).lower() in g.score_words
            and not cur
            and first_unit is None
            and second.value < 100
            and num.value < 100
            and float(num.value).is_integer()
        ):
            raise _Skip(end)  # "voted 60 to 40", "won 2 to 1"
        direction: Direction | None = None
        if is_change:
            direction = Direction.INCREASE if high > low else Direction.DECREASE
            if low > high:
                low, high = high, low
        if low > high:
            if len(num.written) == 4 and len(second.written) == 2 and num.scale == 1:
                raise _Skip(second.end)  # "1990-95", "2023-24": years
            return None
        unit: _Unit | None = None
        if not cur:
            gm = g.glue_re.match(text, end, hi) if not second.words else None
            if gm is not None and gm.lastgroup == "gunit":
                unit = g.glued.get(gm.group()) or g.unit_words.get(_norm(gm.group()))
                if unit is not None:
                    end = gm.end()
            if unit is None:
                if text[end : end + 1].isalnum():
                    raise _Skip(end)
                um = g.unit_re.match(text, end, hi)
                if um is not None:
                    unit = self.unit_of(um)
                    if unit is not None:
                        end = um.end()
        elif text[end : end + 1].isalnum():
            raise _Skip(end)
        if first_unit is not None and (unit is None or unit.name != first_unit.name):
            return None
        nxt = self.next_word(end)
        if unit is None and (self.is_month(nxt) or _norm(nxt) in g.time_words):
            raise _Skip(end)
        if (
            unit is None
            and not cur
            and num.scale == 1
            and len(second.written) in (2, 4)
            and self.is_year(num, end, before)
        ):
            raise _Skip(end)  # "2019-2021", "von 2000 bis 2010"
        qualifier = None
        if before is not None and before.group("hedge"):
            qualifier = g.hedges.get(_norm(before.group("hedge")))
        if qualifier is Qualifier.APPROX:
            # "rund 20 bis 30": both ends are approximate, so the range widens once
            low -= approx_half_width(low, num.precision)
            high += approx_half_width(high, second.precision)
        per, end = self.per(end, unit, cur)
        role, kind, uname = self.role_of(unit, cur, None)
        if per is not None and uname is not None:
            uname = f"{uname}/{per}"
        q = _quantity(
            None,
            Qualifier.RANGE,
            low=low,
            high=high,
            unit=uname,
            unit_kind=kind,
            precision=min(num.precision, second.precision),
            scale=second.scale,
            direction=direction,
        )
        start = self.span_start(before, num.start, with_frame=frame is not None)
        self.add(QuantityMatch(start, end, q, role, num.start, second.end))
        return end

    def is_score(self, num: _Num, second: _Num, end: int) -> bool:
        """ "2-0", "3-1", "1-1": a result, not a range (small whole numbers, the first
        not below the second, or a result word right before)."""
        if not (num.written.isdigit() and second.written.isdigit()):
            return False
        if len(num.written) > 2 or len(second.written) > 2:
            return False
        if self.g.unit_re.match(self.text, end, self.hi) is not None:
            return False
        return num.value >= second.value or self.prev_word(num.start).lower() in self.g.score_words

    def read_number(self, pos: int, cur: str | None) -> _Num | None:
        """The second number of a range at ``pos``, with its scale word."""
        g, text, hi = self.g, self.text, self.hi
        dm = g.digits_re.match(text, pos, hi)
        if dm is not None:
            value, written = g.parse_digits(dm.group())
            if not math.isfinite(value):
                return None
            num = _Num(value, written, pos, dm.end(), scaled_end=dm.end())
            gm = (g.cur_glue_re if cur else g.glue_re).match(text, num.end, hi)
            if gm is not None and (cur or gm.lastgroup == "gscale"):
                scales = g.cur_scales if cur else g.scales
                num.scale = scales[_norm(gm.group())]
                num.scaled_end = gm.end()
                return num
        else:
            wm = g.words_re.match(text, pos, hi)
            if wm is None:
                return None
            values, ends = g.word_values(wm.group())
            value, used = _combine(values)
            if used == 0 or (g.fused and used < len(values)):
                return None
            e = pos + ends[used - 1]
            num = _Num(value, _written(value), pos, e, scaled_end=e, words=True)
        sm = (g.cur_scale_re if cur else g.scale_re).match(text, num.end, hi)
        if sm is not None:
            num.scale = (g.cur_scales if cur else g.scales)[_norm(sm.group("scale"))]
            num.scaled_end = sm.end()
        return num

    # -- recording -------------------------------------------------------------

    def span_start(self, before: re.Match[str] | None, default: int, with_frame: bool) -> int:
        """Where a match starts: at its frame (ranges only), hedge, age phrase or
        currency sign, whichever comes first; a change marker is left out."""
        if before is None:
            return default
        if with_frame and before.group("frame"):
            return before.start("frame")
        for name in ("hedge", "age", "cur"):
            if before.group(name):
                return before.start(name)
        return default

    def role_of(
        self, unit: _Unit | None, cur: str | None, adjective: str | None
    ) -> tuple[NumberRole, UnitKind, str | None]:
        g = self.g
        if cur:
            return NumberRole.MONEY, UnitKind.CURRENCY, g.currency_symbols[_norm_symbol(cur)]
        if adjective is not None:
            name = g.adjectival[adjective]
            if adjective in g.age_adjectives:
                return NumberRole.AGE, UnitKind.PHYSICAL, name
            if name in TIME_UNITS:
                return NumberRole.DURATION, UnitKind.PHYSICAL, name
            return NumberRole.MEASURE, UnitKind.PHYSICAL, name
        if unit is None:
            return NumberRole.AMOUNT, UnitKind.NONE, None
        if unit.kind is UnitKind.CURRENCY:
            return NumberRole.MONEY, UnitKind.CURRENCY, unit.name
        if unit.kind is UnitKind.PERCENT:
            return NumberRole.PERCENT, UnitKind.PERCENT, unit.name
        if unit.name in TIME_UNITS:
            return NumberRole.DURATION, UnitKind.PHYSICAL, unit.name
        return NumberRole.MEASURE, UnitKind.PHYSICAL, unit.name

    def emit(
        self,
        num: _Num,
        end: int,
        before: re.Match[str] | None,
        unit: _Unit | None,
        adjective: str | None,
        cur: str | None,
        *,
        neg: int | None = None,
        span_start: int | None = None,
        per: str | None = None,
    ) -> int:
        g, text = self.g, self.text
        role, kind, uname = self.role_of(unit, cur, adjective)
        if per is not None and uname is not None:
            uname = f"{uname}/{per}"  # "USD/month", "oil_barrel/day"
        number_start = num.start
        value = num.nominal
        if before is not None and before.group("minus") and neg is None:
            neg = before.start("minus")  # "minus 5 Grad"
        if neg is not None and role is not NumberRole.AGE and adjective is None:
            number_start = min(neg, number_start)
            value = -value  # "-1.3%", "$-50.8bn", "minus 130 degrees"
        start = self.span_start(before, number_start if span_start is None else span_start, False)
        qualifier = Qualifier.EXACT
        marker: int | None = None
        if before is not None:
            if before.group("hedge"):
                qualifier = g.hedges[_norm(before.group("hedge"))]
            if before.group("marker"):
                marker = before.start("marker")
            if before.group("age") and (role is NumberRole.AMOUNT or kind is UnitKind.PHYSICAL):
                role, kind, uname = NumberRole.AGE, UnitKind.PHYSICAL, uname or "year"
        if role is NumberRole.DURATION and uname == "year":
            am = g.age_after_re.match(text, end, self.hi)
            if am is not None:  # "71 Jahre alt", "71 years old"
                role = NumberRole.AGE
                end = am.end()
        if (
            role is NumberRole.AGE
            and adjective is not None
            and self.next_word(end).lower() in g.age_duration_nouns
        ):
            role = NumberRole.DURATION  # "dreijährige Haft"
        direction, change = self.change(marker, start, end, role)
        q = _quantity(
            value,
            qualifier,
            unit=uname,
            unit_kind=kind,
            precision=num.precision,
            scale=num.scale,
            direction=direction,
            change=change,
        )
        self.add(
            QuantityMatch(
                start, end, q, role, number_start, num.end, adjectival=adjective is not None
            )
        )
        return end

    def change(
        self, marker: int | None, start: int, end: int, role: NumberRole
    ) -> tuple[Direction | None, bool]:
        """Whether a number is the size of a change ("um 5 Prozent gestiegen")."""
        g, text = self.g, self.text
        if marker is None:
            if role is not NumberRole.PERCENT:
                return None, False
            words = [self.prev_word(start)]  # "rose 5%", "fell 3 percent"
        else:
            left = text[max(self.lo, marker - 60) : marker]
            cuts = [c.end() for c in _SENTENCE_END.finditer(left)]
            if cuts:
                left = left[cuts[-1] :]
            right = text[end : min(self.hi, end + 60)]
            stop = _SENTENCE_END.search(right)
            if stop is not None:
                right = right[: stop.start()]
            words = _LETTERS.findall(left)[::-1] + _LETTERS.findall(right)
        for w in words:
            lw = w.lower()
            if lw in g.increase:
                return Direction.INCREASE, True
            if lw in g.decrease:
                return Direction.DECREASE, True
        return None, False

    def emit_ordinal(self, value: float, start: int, number_end: int, end: int) -> int:
        if not float(value).is_integer():
            raise _Skip(end)
        q = _quantity(value, Qualifier.EXACT, unit_kind=UnitKind.ORDINAL)
        self.add(QuantityMatch(start, end, q, NumberRole.ORDINAL, start, number_end))
        return end

    def emit_fraction(
        self, num: _Num, fm: re.Match[str], before: re.Match[str] | None, article: bool
    ) -> int:
        """A fraction: "zwei Drittel", "ein Viertel", "two thirds of", "a third of"."""
        g, text = self.g, self.text
        word = _norm(fm.group("frac"))
        end = fm.end()
        pm = g.partitive_re.match(text, end, self.hi)
        needs_partitive = word in g.ordinal_stems or (article and g.article_fraction_partitive)
        if needs_partitive and pm is None:
            raise _Skip(num.end)  # "a third time", "a quarter century"
        if pm is not None:
            end = pm.end()
        share = num.value * g.fractions[word] * 100
        return self.emit_share(num.start, share, num.start, fm.end(), end, before)

    def emit_share(
        self,
        start: int,
        share: float,
        number_start: int,
        number_end: int,
        end: int,
        before: re.Match[str] | None,
    ) -> int:
        """Record a fraction as a percentage ("die Hälfte" -> 50 percent)."""
        qualifier = Qualifier.EXACT
        if before is not None and before.group("hedge"):
            qualifier = self.g.hedges[_norm(before.group("hedge"))]
            start = before.start("hedge")
        q = _quantity(round(share, 9), qualifier, unit="percent", unit_kind=UnitKind.PERCENT)
        self.add(QuantityMatch(start, end, q, NumberRole.PERCENT, number_start, number_end))
        return end

    def add(self, match: QuantityMatch) -> None:
        self.out.append(match)
        self.last_end = match.end


# --------------------------------------------------------------------- public API


def find_quantities(
    text: str, lang: str, *, start: int = 0, end: int | None = None
) -> list[QuantityMatch]:
    """Number expressions in ``text[start:end]``, with absolute offsets.

    The matches come sorted and never overlap. Each covers the hedge words, the number,
    its scale word and its unit word, not the counted noun that may follow it (which
    starts at ``match.end``). ``lang`` is a language code (``de``, ``en``); an unknown
    code raises :class:`~factcheck.errors.UnknownNameError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities needs the text as a str, not {type(text).__name__}")
    n = len(text)
    hi = n if end is None else min(end, n)
    if start < 0 or start > hi:
        raise ValueError(
            f"find_quantities: the window start={start}, end={end} does not fit a text "
            f"of {n} characters; give 0 <= start <= end"
        )
    return _Scanner(_grammar(lang), text, start, hi).run()


def parse_number(text: str, lang: str) -> float | None:
    """The value of a number written on its own, or None when ``text`` is not one.

    German ``"10.000"`` -> 10000, ``"4,8"`` -> 4.8; English ``"10,000"`` -> 10000,
    ``"4.8"`` -> 4.8; number words and scale words too: ``"fünf"`` -> 5,
    ``"twenty-five"`` -> 25, ``"eine Million"`` -> 1000000, ``"4,8 Millionen"`` ->
    4800000. Anything else around the number (a hedge, a unit) makes it None.
    """
    g = _grammar(lang)
    s = text.strip()
    sign = 1.0
    if s[:1] in ("-", "−", "+"):
        sign = 1.0 if s[0] == "+" else -1.0
        s = s[1:].lstrip()
    if not s:
        return None
    num: _Num | None = None
    dm = g.digits_re.match(s)
    if dm is not None:
        value, written = g.parse_digits(dm.group())
        if not math.isfinite(value):
            return None
        num = _Num(value, written, 0, dm.end(), scaled_end=dm.end())
        gm = g.glue_re.match(s, num.end)
        if gm is not None and gm.lastgroup == "gscale":
            num.scale = g.scales[_norm(gm.group())]
            num.scaled_end = gm.end()
    else:
        am = g.article_re.match(s)
        pos = am.end() if am is not None else 0
        wm = g.words_re.match(s, pos)
        if wm is not None and (am is None or pos > 0):
            values, ends = g.word_values(wm.group())
            lead = [1.0] if am is not None else []
            value, used = _combine(lead + values)
            if used <= len(lead) or (g.fused and used < len(lead) + len(values)):
                return None
            e = pos + ends[used - len(lead) - 1]
            num = _Num(value, _written(value), 0, e, scaled_end=e, words=True)
        elif am is not None:
            e = len(am.group().rstrip())
            num = _Num(1.0, "1", 0, e, scaled_end=e, words=True)
    if num is None:
        return None
    if num.scale == 1:
        sm = g.scale_re.match(s, num.scaled_end)
        if sm is not None:
            num.scale = g.scales[_norm(sm.group("scale"))]
            num.scaled_end = sm.end()
    if num.scaled_end != len(s):
        return None
    if num.words and num.value == 1 and num.scale == 1 and _norm(s) in g.articles:
        return None
    return sign * num.nominal
