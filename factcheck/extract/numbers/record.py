"""Numbers, the scanner's base: its state, the context around a position, and how matches
are recorded. Part of :mod:`factcheck.extract.numbers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.numbers.grammar import (
    _LETTERS,
    _NEXT_WORD,
    _QUOTES,
    _SENTENCE_END,
    TIME_UNITS,
    _Grammar,
    _norm,
    _norm_symbol,
    _quantity,
    _Unit,
)
from factcheck.models.hedge import Qualifier, precision_of
from factcheck.models.quantity import Direction, UnitKind

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
    one: bool = False
    """An article read as one after a pack's ``numbers.ONE_AFTER`` word."""

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


class _ScanBase:
    """One scan of one text window with one language's grammar: its state, the context
    around a position, and how matches are recorded."""

    def __init__(self, g: _Grammar, text: str, lo: int, hi: int) -> None:
        self.g = g
        self.text = text
        self.lo = lo
        self.hi = hi
        self.last_end = lo
        self.out: list[QuantityMatch] = []
        self._comparisons: list[int] | None = None
        """Where the window's comparisons ("weniger als") start, found on first need."""

    def comparison_after(self, end: int) -> re.Match[str] | None:
        """A comparison ("500.000 *weniger als*", "100 Straftaten *mehr als*") right after
        a number ending at ``end``: the window's comparison words are found once, and a
        number looks for one near it by position."""
        g = self.g
        if g.comparison_re is None or g.comparison_words_re is None:
            return None
        if self._comparisons is None:
            self._comparisons = _starts_of(self.text, self.lo, self.hi, g)
        i = bisect_left(self._comparisons, end)
        if i == len(self._comparisons) or self._comparisons[i] > end + COMPARISON_REACH:
            return None
        return g.comparison_re.match(self.text, end, min(self.hi, end + COMPARISON_REACH))

    # -- context ---------------------------------------------------------------

    def prev_word(self, pos: int) -> str:
        """The word right before ``pos`` (within the window), without quotes."""
        parts = self.text[max(self.lo, pos - 40) : pos].split()
        return parts[-1].strip(_QUOTES) if parts else ""

    def next_word(self, pos: int) -> str:
        """The word right after ``pos`` if only white space lies between, else ''."""
        m = _NEXT_WORD.match(self.text, pos, self.hi)
        return m.group(1) if m else ""

    def clock_after(self, pos: int, nxt: str) -> bool:
        """True when a clock word follows ``pos`` ("10 *a.m.*", "19 *Uhr*"); ``nxt`` is
        :meth:`next_word` there (which reads "a" of "a.m.")."""
        return (
            nxt.lower() in self.g.time_heads
            and self.g.time_after_re.match(self.text, pos, self.hi) is not None
        )

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

    # -- recording -------------------------------------------------------------

    def governed(self, before: re.Match[str]) -> bool:
        """True when the hedge word of ``before`` is the preposition the word before it
        governs (the pack's ``hedges.GOVERNED_HEDGES``: "verfügt *über* 62 Kabinen")."""
        verbs = self.g.governed_hedges.get(_norm(before.group("hedge")))
        return verbs is not None and self.prev_word(before.start("hedge")).casefold() in verbs

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
        start = min(start, number_start)  # "-£0": the minus before the currency sign
        qualifier = Qualifier.EXACT
        marker: int | None = None
        if before is not None:
            if before.group("hedge") and self.governed(before):
                start = max(start, before.end("hedge"))  # "verfügt über 62": no hedge
                start += len(text[start:number_start]) - len(text[start:number_start].lstrip())
            elif before.group("hedge"):
                qualifier = g.hedges[_norm(before.group("hedge"))]
            if before.group("marker"):
                marker = before.start("marker")
            if before.group("age") and (role is NumberRole.AMOUNT or kind is UnitKind.PHYSICAL):
                role, kind, uname = NumberRole.AGE, UnitKind.PHYSICAL, uname or "year"
        if (
            role is NumberRole.DURATION
            and before is not None
            and before.group("hedge")
            and _norm(before.group("hedge")) in g.span_hedges
            and self.spread_over(before.start("hedge"))
        ):
            qualifier = Qualifier.EXACT  # "19.1 percent over three years": a span, no bound
        if role is NumberRole.DURATION and uname == "year":
            am = g.age_after_re.match(text, end, self.hi)
            if am is not None:  # "71 Jahre alt", "71 years old"
                role = NumberRole.AGE
                end = am.end()
        tm = g.trailing_re.match(text, end, self.hi) if g.trailing_re is not None else None
        if tm is not None:  # "50 or more", "110 degrees or higher", "65 oder älter"
            if qualifier is Qualifier.EXACT:  # "some 50 or more" keeps its hedge
                qualifier = g.trailing[_norm(tm.group("th"))]
            end = tm.end()
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

    def spread_over(self, hedge_start: int) -> bool:
        """True when a figure ends shortly before the hedge at ``hedge_start``, in the same
        clause ("raises of 19.1 percent *over* three years", "$1 billion over five
        years"): the span after the hedge is the one that figure is spread over."""
        if not self.out:
            return False
        last = self.out[-1]
        gap = self.text[last.end : hedge_start]
        return len(gap) <= SPREAD_GAP and not any(c in gap for c in ".;:!?,")

    def change(
        self, marker: int | None, start: int, end: int, role: NumberRole
    ) -> tuple[Direction | None, bool]:
        """Whether a number is the size of a change ("um 5 Prozent gestiegen")."""
        g, text = self.g, self.text
        if marker is None and not _year_like(text, start, end):
            m = self.comparison_after(end)
            if m is not None:  # "500.000 weniger als im Vorjahr": a difference, no level
                more = g.comparison_of[_norm(m.group("cmp"))] is Qualifier.MORE_THAN
                return (Direction.INCREASE if more else Direction.DECREASE), True
        if marker is None:
            if role is NumberRole.MONEY:
                # "the average price rose 6 cents to $2.94": a verb of moving makes a sum
                # a change ("raised $612 million" is a sum raised)
                words = [w for w in [self.prev_word(start)] if w.lower() in g.sum_change]
            elif role is not NumberRole.PERCENT:
                return None, False
            else:  # "rose 5%", "fell 3 percent"; "11 Prozent mehr Geld", "5 percent more"
                words = [self.prev_word(start), self.next_word(end)]
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


def _starts_of(text: str, lo: int, hi: int, g: _Grammar) -> list[int]:
    """Where the comparisons of ``text[lo:hi]`` start, in order: the phrases found with
    ``str.find`` in the lower-cased window (a pattern with case folding and a look-behind
    tries every position), each then checked by the pattern where it stands."""
    assert g.comparison_words_re is not None
    window = text[lo:hi]
    low = window.lower()
    if len(low) != len(window):  # lower-casing moved offsets: the pattern, as it is
        return [m.start() for m in g.comparison_words_re.finditer(text, lo, hi)]
    starts: set[int] = set()
    for phrase in g.comparison_of:
        at = low.find(phrase)
        while at >= 0:
            if g.comparison_words_re.match(text, lo + at, hi) is not None:
                starts.add(lo + at)
            at = low.find(phrase, at + 1)
    return sorted(starts)


SPREAD_GAP = 24
"""How far before a span hedge ("over three years") the figure spread over it may end."""

COMPARISON_REACH = 40
"""How far after a number its comparison may start (a noun may stand between)."""


def _year_like(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is written as a year ("2023"): "In 2023 more than
    1,000 died" compares nothing."""
    written = text[start:end]
    return len(written) == 4 and written.isdigit() and 1800 <= int(written) <= 2099
