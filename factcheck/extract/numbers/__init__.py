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
from dataclasses import replace
from functools import cache

from factcheck.extract.literals import pack_prefiltered
from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.numbers.grammar import (
    _CONNECTOR as _CONNECTOR,
)
from factcheck.extract.numbers.grammar import (
    TEMPERATURE_UNITS as TEMPERATURE_UNITS,
)
from factcheck.extract.numbers.grammar import (
    TIME_UNITS as TIME_UNITS,
)
from factcheck.extract.numbers.grammar import (
    _alternation as _alternation,
)
from factcheck.extract.numbers.grammar import (
    _combine as _combine,
)
from factcheck.extract.numbers.grammar import (
    _grammar as _grammar,
)
from factcheck.extract.numbers.grammar import (
    _norm,
    _quantity,
    _written,
)
from factcheck.extract.numbers.record import (
    _Num,
)
from factcheck.extract.numbers.scan import (
    _Scanner,
)
from factcheck.lang import get_language
from factcheck.models.hedge import Qualifier
from factcheck.models.quantity import UnitKind

__all__ = ["TIME_UNITS", "find_quantities", "parse_number", "trailing_hedge", "unit_before"]


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
    found = _joined_durations(_Scanner(_grammar(lang), text, start, hi).run(), text, lang)
    return _with_decade_ages(found, text, start, hi, lang)


def _with_decade_ages(
    found: list[QuantityMatch], text: str, start: int, end: int, lang: str
) -> list[QuantityMatch]:
    """``found`` with the ages told by their decade (the pack's ``numbers.
    AGE_DECADE_PATTERN``: "in his 50s" is 50 to 59 years, "in her early 30s" 30 to 33,
    "Mitte 50" 53 to 56), where no other match stands."""
    pattern = pack_prefiltered(lang, "numbers", "AGE_DECADE_PATTERN")
    if pattern is None:
        return found
    parts = get_language(lang).numbers.AGE_DECADE_PARTS
    ages: list[QuantityMatch] = []
    for m in pattern.finditer(text, start, end):
        years = parts.get((m.group("part") or "").casefold())
        if years is None or any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        decade = int(m.group("decade"))
        q = _quantity(
            None,
            Qualifier.RANGE,
            unit="year",
            unit_kind=UnitKind.PHYSICAL,
            low=decade + years[0],
            high=decade + years[1],
        )
        a, b = m.span("decade")
        ages.append(QuantityMatch(m.start(), m.end(), q, NumberRole.AGE, a, b))
    return sorted([*found, *ages], key=lambda q: q.start) if ages else found


def trailing_hedge(text: str, pos: int, end: int, lang: str) -> tuple[Qualifier, int] | None:
    """The bound a trailing hedge (the pack's ``hedges.TRAILING_HEDGES``) right at ``pos``
    puts on the number before it, and where the hedge ends: for the counted noun's end
    ("20 people or more"); right after the number or its unit the scanner reads it
    itself ("50 or more people")."""
    g = _grammar(lang)
    m = g.trailing_re.match(text, pos, end) if g.trailing_re is not None else None
    return None if m is None else (g.trailing[_norm(m.group("th"))], m.end())


def unit_before(text: str, start: int, end: int, lang: str) -> str | None:
    """The unit a price at ``end`` is for, named before it with an article that counts one
    ("*eine Kilowattstunde* Gas kostet 10,3 Cent", "*a gallon* of regular costs $3.20"):
    the last such unit in ``text[start:end]`` with no digit after it; None when there is
    none. A pint unit name, as a rate after the amount gives it ("pro Kilowattstunde")."""
    pattern = _one_unit(lang)
    last: re.Match[str] | None = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    if last is None or any(c.isdigit() for c in text[last.end() : end]):
        return None
    unit = _grammar(lang).unit_words.get(_norm(last.group("u")))
    if unit is None or unit.kind is not UnitKind.PHYSICAL:
        return None
    return unit.name


@cache
def _one_unit(lang: str) -> re.Pattern[str]:
    """An article or word that counts one, then a physical unit's word ("eine
    Kilowattstunde", "a gallon"), for :func:`unit_before`."""
    g = _grammar(lang)
    ones = _ones(lang)
    # not a unit of time: "vor *einem Jahr* waren es 11,2 Cent" names a time, no unit sold
    units = (
        k
        for k, u in g.unit_words.items()
        if u.kind is UnitKind.PHYSICAL and u.name not in TIME_UNITS
    )
    return re.compile(
        rf"(?<!\w)(?:{_alternation(ones)})\s+(?P<u>{_alternation(units)})(?!\w)", re.IGNORECASE
    )


@cache
def _ones(lang: str) -> frozenset[str]:
    """The articles and the words that count one ("eine", "a"; the pack's
    ``numbers.ONE_WORDS``), normalised as the number grammar reads words."""
    g = _grammar(lang)
    return frozenset({*g.articles, *(_norm(w) for w in get_language(lang).numbers.ONE_WORDS)})


def _joined_durations(found: list[QuantityMatch], text: str, lang: str) -> list[QuantityMatch]:
    """``found`` with each exact duration joined to the smaller one right after it by a
    coordinator (the pack's ``syntax.COORDINATORS``) as one duration in the larger unit:
    "sieben Jahren und sechs Monaten" is 7.5 years, "two hours and 30 minutes" 2.5 hours."""
    if not found:
        return found
    joiners = get_language(lang).syntax.COORDINATORS
    out: list[QuantityMatch] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and q.role is NumberRole.DURATION
            and nxt.role is NumberRole.DURATION
            and q.quantity.qualifier is Qualifier.EXACT
            and nxt.quantity.qualifier is Qualifier.EXACT
            and q.quantity.nominal is not None
            and nxt.quantity.nominal is not None
            and q.quantity.unit
            and nxt.quantity.unit
            and q.quantity.unit != nxt.quantity.unit
        ):
            between = text[q.end : nxt.start].split()
            added = _in_unit(nxt.quantity.nominal, nxt.quantity.unit, q.quantity.unit)
            if (
                len(between) == 1
                and between[0].casefold() in joiners
                and added is not None
                and added < 1  # the smaller unit after the larger: "Jahre und Monate"
            ):
                value = q.quantity.nominal + added
                step = _in_unit(1, nxt.quantity.unit, q.quantity.unit)
                quantity = q.quantity.model_copy(
                    update={"nominal": value, "low": value, "high": value, "precision": step}
                )
                out.append(replace(q, end=nxt.end, quantity=quantity))
                i += 2
                continue
        out.append(_one_before(q, text, lang) or q)
        i += 1
    return out


def _one_before(q: QuantityMatch, text: str, lang: str) -> QuantityMatch | None:
    """The exact duration ``q`` joined to one larger unit named before it with an article
    and a coordinator ("einem Jahr und zehn Monaten" is 1 5/6 years, "a year and six
    months" 1.5 years), or None when none stands there."""
    unit, nominal = q.quantity.unit, q.quantity.nominal
    if q.role is not NumberRole.DURATION or q.quantity.qualifier is not Qualifier.EXACT:
        return None
    if not unit or nominal is None:
        return None
    m = _one_and(lang).search(text, max(0, q.start - 40), q.start)
    word = _grammar(lang).unit_words.get(_norm(m.group("u"))) if m is not None else None
    if m is None or word is None or word.name not in TIME_UNITS:
        return None
    added = _in_unit(nominal, unit, word.name)
    step = _in_unit(1, unit, word.name)
    if added is None or step is None or not 0 < added < 1:
        return None
    value = 1 + added
    quantity = q.quantity.model_copy(
        update={"nominal": value, "low": value, "high": value, "precision": step, "unit": word.name}
    )
    return replace(q, start=m.start(), number_start=m.start(), quantity=quantity)


@cache
def _one_and(lang: str) -> re.Pattern[str]:
    """An article or word that counts one, a unit of time and a coordinator, right before
    a duration ("*einem Jahr und* zehn Monaten", "*a year and* six months")."""
    g = _grammar(lang)
    ones = _ones(lang)
    units = (k for k, u in g.unit_words.items() if u.name in TIME_UNITS)
    joiners = get_language(lang).syntax.COORDINATORS
    return re.compile(
        rf"(?<!\w)(?:{_alternation(ones)})\s+(?P<u>{_alternation(units)})\s+"
        rf"(?:{_alternation(joiners)})\s+\Z",
        re.IGNORECASE,
    )


def _in_unit(value: float, unit: str, to: str) -> float | None:
    from factcheck.errors import FactcheckError
    from factcheck.extract.units import convert

    try:
        return convert(value, unit, to)
    except FactcheckError:
        return None


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
