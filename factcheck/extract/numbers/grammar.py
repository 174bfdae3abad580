"""Numbers, the grammar: the master pattern and the anchored ones compiled per language from
the pack's data, and the quantity a reading makes. Part of :mod:`factcheck.extract.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.lang import get_language, spec
from factcheck.models.hedge import Qualifier
from factcheck.models.quantity import Direction, Quantity, UnitKind

TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
"""Pint unit names that make a number a duration."""

TEMPERATURE_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})
"""Units whose numbers keep a leading minus sign ("-5 Grad"); elsewhere a dash before
a number is punctuation."""

_CONNECTOR = -1.0
"""Stands for a connector word ("und", "and") in a sequence of number-word values."""

_SENTENCE_END = re.compile(r"(?<!\d)[.!?;:]\s")  # not "zum 1. Juli"
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

    def __init__(
        self,
        code: str,
        num: spec.Numbers,
        hed: spec.Hedges,
        uni: spec.Units,
        month_linkers: tuple[str, ...] = (),
        anchors: frozenset[str] = frozenset(),
    ) -> None:
        """``month_linkers``: the words between a day and its month (``time.MONTH_LINKERS``,
        English "the 9th *of* June"), so that such a date is not read as a number;
        ``anchors``: the words after a time unit that make it a point in time ("ein Jahr
        *zuvor*", "a year *ago*"; the time pack's anchor and ago words)."""
        self.code = code
        self.month_linkers = tuple(month_linkers)
        self.anchors = frozenset(w.casefold() for w in anchors)
        self.cardinals: dict[str, float] = {_norm(k): v for k, v in num.CARDINALS.items()}
        self.connectors = frozenset(_norm(c) for c in num.NUMBER_CONNECTORS)
        self.fused: bool = num.NUMBER_WORDS_FUSED
        self.articles = frozenset(_norm(a) for a in num.ARTICLES_ONE)
        self.one_after = bool(num.ONE_AFTER or num.ONE_BEFORE)
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
        self.address = re.compile(num.ADDRESS_NUMBER, re.IGNORECASE) if num.ADDRESS_NUMBER else None
        self.time_words = frozenset(_norm(t) for t in num.TIME_WORDS)
        self.decimal_mark: str = num.DECIMAL_MARK
        self.group_marks: str = num.GROUP_MARKS
        self.month_before_day: bool = num.MONTH_BEFORE_DAY

        self.hedges: dict[str, Qualifier] = {_norm(k): v for k, v in hed.HEDGES.items()}
        self.span_hedges = frozenset(_norm(w) for w in hed.SPAN_HEDGES)
        self.governed_hedges: dict[str, frozenset[str]] = {
            _norm(k): frozenset(w.casefold() for w in v) for k, v in hed.GOVERNED_HEDGES.items()
        }
        self.trailing: dict[str, Qualifier] = {_norm(k): v for k, v in hed.TRAILING_HEDGES.items()}
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
        pack = get_language(code)
        self.scope_prepositions = frozenset(w.casefold() for w in pack.nouns.SCOPE_PREPOSITIONS)
        self.coordinators = frozenset(w.casefold() for w in pack.syntax.COORDINATORS)
        self.increase = frozenset(hed.INCREASE_WORDS)
        self.decrease = frozenset(hed.DECREASE_WORDS)
        self.sum_change = frozenset(hed.SUM_CHANGE_WORDS)
        # "500.000 *weniger als* im Vorjahr", "100 *more than* in 2023": the hedges of more
        # and less, written as words, right after a number (or its noun) make it a change
        comparisons = {
            _norm(k): v
            for k, v in hed.HEDGES.items()
            if v in (Qualifier.MORE_THAN, Qualifier.LESS_THAN) and " " in k.strip()
        }
        self.comparison_of = comparisons
        self.comparison_words_re = (
            re.compile(rf"(?<![\w-])(?:{_alternation(comparisons)})(?![\w-])", re.IGNORECASE)
            if comparisons
            else None
        )
        """The comparisons alone, searched once per window (see ``comparison_after``)."""
        self.comparison_re = (
            re.compile(
                rf"(?:\s+[^\W\d_][\w-]*)?\s+(?P<cmp>{_alternation(comparisons)})(?![\w-])",
                re.IGNORECASE,
            )
            if comparisons
            else None
        )

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
        # "75 million pounds": sterling after a scale word (see units.SCALED_CURRENCIES)
        self.scaled_money = {
            _norm(k): _Unit(UnitKind.CURRENCY, v) for k, v in uni.SCALED_CURRENCIES.items()
        }
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

    def _compile(self, num: spec.Numbers, hed: spec.Hedges, uni: spec.Units) -> None:
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
        # a clock word right after a number: "10 a.m." (the next word alone reads "a")
        self.time_after_re = re.compile(rf"[ \t\u00a0]*(?:{time_words})(?!\w)", flags)
        self.time_heads = frozenset(
            m.group(1).lower() for t in self.time_words if (m := _NEXT_WORD.match(t))
        )
        letter_suffixes = [s for s in num.ORDINAL_SUFFIXES if s != "."]
        ordsuf = f"(?:{_alternation(letter_suffixes)})" if letter_suffixes else ""
        day_mark = rf"(?:\.|{ordsuf})?" if ordsuf else r"\.?"
        linkers = self.month_linkers
        of_month = rf"(?:(?:{_alternation(linkers)})\s+)?" if linkers else ""
        word_conns = _alternation(
            self.plain_connectors
            | set(self.range_frames.values())
            | set(self.change_frames.values())
        )
        dash_chars = "".join(re.escape(c) for c in hed.RANGE_CONNECTORS if not c[:1].isalpha())
        dashes = f"[{dash_chars}]" if dash_chars else "(?!)"  # a new pack may list none yet

        g0 = re.escape(self.group_marks[0])
        gs = "".join(re.escape(c) for c in self.group_marks[1:])
        dm = re.escape(self.decimal_mark)
        other_groups = rf"|\d{{1,3}}(?:[{gs}]\d{{3}})+" if gs else ""  # a pack may have one mark
        digits = rf"(?:\d{{1,3}}(?:{g0}\d{{3}})+{other_groups}|\d+)(?:{dm}\d+)?(?![.,]?\d)"
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
                rf"\d{{1,2}}{day_mark}\s*(?:(?:{word_conns}|{dashes})\s*\d{{1,2}}{day_mark}\s*)?"
                rf"{of_month}{months}(?!\w)(?:\s+\d{{4}}(?!\d))?"
            ),
        ]
        if self.decimal_mark != ".":
            skip.append(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)")
        month_first = rf"{months}\.?\s+\d{{4}}(?!\d)"
        if num.MONTH_BEFORE_DAY:
            month_first = (
                rf"{months}\.?\s+\d{{1,2}}{ordsuf}?(?!\d)"
                rf"(?:\s*{dashes}\s*\d{{1,2}}{ordsuf}?)?(?:,?\s+\d{{4}}(?!\d))?|{month_first}"
            )

        # "etwa eine Stunde", "nearly a week": an article before a time unit is one when a
        # hedge stands before it (checked by the scanner; "a year ago" is none)
        times = _alternation(k for k, u in self.unit_words.items() if u.name in TIME_UNITS)
        art = (
            rf"(?P<art>{articles})\s+"
            rf"(?=(?:{scales}|{fractions}|{multipliers}|{times})(?!\w))"
        )
        ones = []
        if num.ONE_AFTER:
            # "weiterhin ein Feuerwehrmann": an article after these words counts one
            after = "|".join(rf"(?<=(?<!\w){re.escape(w)}\s)" for w in num.ONE_AFTER)
            ones.append(rf"(?:{after})(?:{articles})(?=\s+(?-i:[A-ZÄÖÜ]))")
        if num.ONE_BEFORE:
            # "einen Toten und elf Verletzte": an article before a noun of harm counts one
            ones.append(rf"(?:{articles})(?=\s+(?-i:{_alternation(num.ONE_BEFORE)})(?!\w))")
        if ones:
            art += rf"|(?P<one>{'|'.join(ones)})\s+"
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
            rf"(?:(?:\s+|-)(?P<pw>{per_words})(?:\s+|-)(?P<pu>{_alternation(self.per_units)})"
            rf"|\s*/\s*(?P<ps>(?-i:{_alternation(self.per_symbols)})))(?![\w/])",
            flags,
        )
        explicit = _alternation(self.per_words - self.per_articles)
        self.per_far_re = re.compile(
            rf"\s+(?:{_alternation(num.PARTITIVE_WORDS)}\s+)?[^\W\d_][\w\-]*"
            rf"(?:\s+[^\W\d_][\w\-]*)?\s+(?:{explicit})\s+(?P<pu>{_alternation(self.per_units)})(?![\w/])",
            flags,
        )
        self.per_hint_re = re.compile(rf"(?<!\w)(?:{per_words})[\s-]", flags)
        self.per_noun_re = re.compile(rf"\s+(?P<pw>{per_words})\s+(?P<noun>[^\W\d_][\w\-]*)", flags)
        cur_alt = _alternation(self.currency_symbols)
        self.cur_after_re = re.compile(rf"(?-i:{cur_alt})\s?(?=\d)")
        # "one in five", "one in *every* five": the pack's word for each may stand between
        self.ratio_re = re.compile(
            rf"\s+(?:{_alternation(self.ratio_words)})\s+(?:(?:{_alternation(self.every_words)})\s+)?(?=\w)",
            flags,
        )
        self.cur_glue_re = re.compile(rf"(?P<scale>{_alternation(self.cur_scales)})(?!\w)", flags)
        # a unit of several words is glued with hyphens: "a 50,000-square-foot warehouse"
        hyphen_units = _alternation(k.replace(" ", "-") for k in self.unit_words)
        self.hyphen_re = re.compile(
            rf"-(?:(?P<adj>{adjectival}){adj_end}|(?P<hunit>{hyphen_units}))(?![\w])", flags
        )
        # a scale word may be glued by a hyphen: "a $48.2-billion deficit"
        self.scale_re = re.compile(rf"(?:\s+|-)(?P<scale>{scales})(?!\w)", flags)
        self.cur_scale_re = re.compile(
            rf"(?:\s*|-)(?P<scale>{_alternation(self.cur_scales)})(?!\w)", flags
        )
        partitive = _alternation(num.PARTITIVE_WORDS)
        self.vague_scale_re = re.compile(rf"(?:\s+{partitive})?\s+(?P<scale>{scales})(?!\w)", flags)
        self.partitive_re = re.compile(rf"\s+(?:{partitive})(?!\w)", flags)
        self.part_of_words = frozenset(w.casefold() for w in num.PART_OF_WORDS)
        part_of = _alternation(num.PART_OF_WORDS) if num.PART_OF_WORDS else r"(?!)"
        self.part_of_re = re.compile(rf"\s+(?:{part_of})\s+\d", flags)
        self.fraction_re = re.compile(rf"(?:\s+|-)(?P<frac>{fractions})(?!\w)", flags)
        self.half_scale_re = re.compile(
            rf"(?:\s+(?:{articles}))?\s+(?P<scale>{scales})(?!\w)", flags
        )
        # "six and a half years", "zwei und eine halbe Stunde": a half added to the number
        # (a connector, an article that counts one, a half word: the pack's own words)
        conns = _alternation(_norm(c) for c in num.NUMBER_CONNECTORS)
        self.and_half_re = (
            re.compile(
                rf"\s+(?:{conns})\s+(?:{articles})\s+(?:{_alternation(self.half_words)})(?!\w)",
                flags,
            )
            if num.NUMBER_CONNECTORS and self.articles and self.half_words
            else None
        )
        self.half_follow_re = (
            re.compile(rf"\s+(?:{_alternation(num.HALF_FOLLOWERS)})(?!\w)", flags)
            if num.HALF_FOLLOWERS
            else None
        )
        # a unit word that opens a hyphenated compound is none ("two *night*-shift
        # workers": workers, no two nights), but for a rate glued by hyphens
        # ("310,000 barrel-per-day")
        per = _alternation(_norm(w) for w in uni.PER_WORDS) if uni.PER_WORDS else "(?!)"
        self.unit_re = re.compile(
            rf"\s*(?:(?P<uw>{_alternation(self.unit_words)})(?!-(?!(?:{per})-)[^\W\d_])"
            rf"|(?P<us>(?-i:{_alternation(self.unit_symbols)})))(?!\w)",
            flags,
        )
        self.age_after_re = re.compile(rf"\s+(?:{_alternation(uni.AGE_AFTER)})(?!\w)", flags)
        # an age phrase right before a range's frame ("aged between 17 and 29")
        self.age_before_frame_re = re.compile(
            rf"(?<!\w)(?:{_alternation(_norm(a) for a in uni.AGE_BEFORE)})\s+\Z", flags
        )
        self.trailing_re = (
            re.compile(rf"\s+(?P<th>{_alternation(self.trailing)})(?!\w)", flags)
            if self.trailing
            else None
        )
        self.range_re = re.compile(
            rf"(?:-?\s+(?P<conn>{word_conns})\s+|\s*{dashes}\s*)(?=[\w$€£¥₹₽₩₴₺₱₪−-])",
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
    t = pack.time
    # the words after a time unit that make it a point in time ("ein Jahr zuvor", "a year
    # ago"), not a duration
    anchors = t.ANCHOR_BEFORE_WORDS | t.ANCHOR_AFTER_WORDS | t.AGO_AFTER
    return _Grammar(pack.code, pack.numbers, pack.hedges, pack.units, t.MONTH_LINKERS, anchors)


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
