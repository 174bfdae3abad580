"""Hedge semantics: what interval of true values a hedged number admits.

This module is the one place that decides how wide "rund", "mindestens", "bis zu",
"about", "at least", "up to"... are. The words themselves live in the language packs
(``factcheck/lang/<code>/hedges.py``); each maps to a :class:`Qualifier` here.

The table (also in docs/concepts.md, checked by a test):

================  ===============================  ======================================
qualifier         interval for nominal n           examples (de / en)
================  ===============================  ======================================
exact             [n, n]                           10.000 / 10,000
approx            [n - w, n + w]                   rund, etwa, ca., annähernd / about
almost            [n - w, n)                       knapp, fast, beinahe / nearly, almost
just_over         [n, n + w]                       gut, knapp über / just over, a good
at_least          [n, inf)                         mindestens, wenigstens / at least
more_than         (n, inf)                         mehr als, über / more than, over
at_most           [0, n]                           höchstens / at most
up_to             (0, n]                           bis zu / up to
less_than         [0, n)                           weniger als, unter / less than, under
range             [a, b]                           20 bis 30, zwischen 20 und 30 / 20 to 30
few               [2s, 6s)                         wenige, ein paar / a few
several           [2s, 10s)                        mehrere, einige / several
dozens            [24s, 200s)                        Dutzende / dozens
hundreds          [200s, 2000s)                      Hunderte / hundreds
thousands         [2000s, 20000s)                    Tausende / thousands
tens_of_thousands [20000s, 200000s)                  Zehntausende / tens of thousands
hundreds_of_thousands [200000s, 2000000s)            Hunderttausende / hundreds of thousands
millions          [2e6s, 2e9s)                       Millionen / millions
================  ===============================  ======================================

``w`` is the *approximation half-width*: ``max(APPROX_RELATIVE * |n|, precision / 2)``,
where the precision is what the written number implies (:func:`precision_of`: a round
number is taken as given to two significant digits, so 10.000 is given to the thousand).
Why: an approximate figure in news is usually rounded to its last significant digit, so
it admits at least half a unit of its stated precision ("rund 10.000" is a number
rounded to the thousand: 9,500-10,500); reporters also say "rund" for figures that
are rounded more coarsely than the digits show, so we admit 10 % either side as well
("rund 10.000" admits 9,000-11,000). Ten percent is the widest reading that still keeps
"about 4,300" and "about 10,000" apart; it is a constant here so callers can see it.
A figure written with decimals to three or more significant digits says more: "rund
83,6 Millionen" or "about 5.84 million" admits at most ``APPROX_DIGITS`` (five) units of
its last digit either side (83.1-84.1 million, 5.79-5.89 million), not ten percent;
whole numbers ("rund 10.000", "about 4,300", "about 205 km/h", which may be a conversion)
and figures of one or two significant digits keep the ten percent.

``s`` is the scale word the vague amount carries ("mehrere *Millionen*": s = 1,000,000;
"Hunderte Millionen": s = 1,000,000; bare "mehrere": s = 1). The vague plurals (dozens,
hundreds...) start at two of their unit and stop where the next plural word would be used
instead.

Lower bounds of at_most / up_to / less_than are 0 for non-negative numbers (counts,
amounts); for negative numbers (temperatures) they are unbounded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

APPROX_RELATIVE = 0.10
"""Relative half-width admitted by approx, almost and just_over (see module docs)."""

APPROX_DIGITS = 5.0
"""Units of its last digit a hedged figure of three or more significant digits admits at
most either side (see module docs)."""


class Qualifier(StrEnum):
    """How a number is hedged in the wording."""

    EXACT = "exact"
    APPROX = "approx"
    ALMOST = "almost"
    JUST_OVER = "just_over"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    RANGE = "range"
    FEW = "few"
    SEVERAL = "several"
    DOZENS = "dozens"
    HUNDREDS = "hundreds"
    THOUSANDS = "thousands"
    TENS_OF_THOUSANDS = "tens_of_thousands"
    HUNDREDS_OF_THOUSANDS = "hundreds_of_thousands"
    MILLIONS = "millions"

    @property
    def is_vague(self) -> bool:
        """True for amounts given without a number ("mehrere", "Dutzende")."""
        return self in VAGUE_RANGES


@dataclass(frozen=True, slots=True)
class Interval:
    """An interval of admitted values; ``None`` bounds are unbounded."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def _below(self, other: Interval) -> bool:
        """True when every value of self lies below every value of other."""
        if self.high is None or other.low is None:
            return False
        return self.high < other.low or (
            self.high == other.low and (self.high_open or other.low_open)
        )

    def gap(self, other: Interval) -> float:
        """Distance between the intervals; 0 when they overlap or touch."""
        if self._below(other):
            assert self.high is not None and other.low is not None
            return other.low - self.high
        if other._below(self):
            assert other.high is not None and self.low is not None
            return self.low - other.high
        return 0.0

    def overlaps(self, other: Interval, tolerance: float = 0.0) -> bool:
        """True when the intervals share a value, or lie at most ``tolerance`` apart."""
        if tolerance > 0:
            return self.gap(other) <= tolerance
        return not (self._below(other) or other._below(self))

    def contains(self, value: float) -> bool:
        """True when ``value`` lies in the interval."""
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return not (
            self.high is not None and (value > self.high or (self.high_open and value == self.high))
        )

    def widen(self, amount: float) -> Interval:
        """The interval grown by ``amount`` on each bounded side (ends become closed)."""
        return Interval(
            None if self.low is None else self.low - amount,
            None if self.high is None else self.high + amount,
        )

    def negated(self) -> Interval:
        """The interval mirrored at zero (a fall of 2 to 3 percent is -3 to -2)."""
        return Interval(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            self.high_open,
            self.low_open,
        )

    def scaled(self, factor: float) -> Interval:
        """The interval with both bounds multiplied by a positive factor."""
        return Interval(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.low_open,
            self.high_open,
        )


VAGUE_RANGES: dict[Qualifier, tuple[float, float]] = {
    Qualifier.FEW: (2, 6),
    Qualifier.SEVERAL: (2, 10),
    Qualifier.DOZENS: (24, 200),
    Qualifier.HUNDREDS: (200, 2_000),
    Qualifier.THOUSANDS: (2_000, 20_000),
    Qualifier.TENS_OF_THOUSANDS: (20_000, 200_000),
    Qualifier.HUNDREDS_OF_THOUSANDS: (200_000, 2_000_000),
    Qualifier.MILLIONS: (2_000_000, 2_000_000_000),
}
"""[low, high) of each vague amount, before multiplying by the scale word."""

SCALED_VAGUE = frozenset(VAGUE_RANGES)
"""Vague amounts multiply a following scale word ("mehrere Millionen", "Hunderte
Millionen", "hundreds of millions")."""


def approx_half_width(nominal: float, precision: float | None, scale: float = 1.0) -> float:
    """``max(APPROX_RELATIVE * |n|, precision / 2)``, for a figure written with decimals
    (its precision finer than its scale: "83,6 Millionen", "5.84 million", "12.5") to
    three or more significant digits at most ``APPROX_DIGITS`` units of its last one: see
    the module documentation."""
    p = precision if precision is not None else 0.0
    w = APPROX_RELATIVE * abs(nominal)
    if 0 < p < scale and abs(nominal) >= 100 * p:
        w = min(w, APPROX_DIGITS * p)  # "rund 83,6 Millionen": not 75 to 92 million
    return max(w, p / 2)


def interval_for(
    qualifier: Qualifier,
    nominal: float | None = None,
    *,
    precision: float | None = None,
    low: float | None = None,
    high: float | None = None,
    scale: float = 1.0,
) -> Interval:
    """The interval a hedged amount admits.

    ``nominal`` is the stated number (after scale words); ``low``/``high`` are the two
    stated ends of a range; ``scale`` multiplies vague amounts ("mehrere Millionen").
    """
    if qualifier in VAGUE_RANGES:
        lo, hi = VAGUE_RANGES[qualifier]
        s = scale if qualifier in SCALED_VAGUE else 1.0
        return Interval(lo * s, hi * s, False, True)
    if qualifier is Qualifier.RANGE:
        if low is None or high is None:
            raise ValueError("a range needs both ends")
        a, b = sorted((low, high))
        return Interval(a, b)
    if nominal is None or math.isnan(nominal):
        raise ValueError(f"qualifier {qualifier.value} needs a number")
    n = nominal
    floor = 0.0 if n >= 0 else None
    w = approx_half_width(n, precision, scale)
    match qualifier:
        case Qualifier.EXACT:
            return Interval(n, n)
        case Qualifier.APPROX:
            return Interval(n - w, n + w)
        case Qualifier.ALMOST:
            return Interval(n - w, n, False, True)
        case Qualifier.JUST_OVER:
            return Interval(n, n + w)
        case Qualifier.AT_LEAST:
            return Interval(n, None)
        case Qualifier.MORE_THAN:
            return Interval(n, None, True, False)
        case Qualifier.AT_MOST:
            return Interval(floor, n)
        case Qualifier.UP_TO:
            return Interval(floor, n, floor is not None, False)
        case Qualifier.LESS_THAN:
            return Interval(floor, n, False, True)
    raise AssertionError(f"unhandled qualifier {qualifier}")  # pragma: no cover


def precision_of(digits: str, scale: float = 1.0) -> float:
    """The precision a written number implies, after its scale word.

    Decimals are given to their last decimal place (``"4,8"`` with scale 1e6 -> 100000).
    A whole number's trailing zeros are read as rounding, but a round number is taken as
    given to at most two significant digits: ``"4.300"`` -> 100 (the hundred),
    ``"10.000"`` -> 1000 (the thousand), ``"300"`` -> 10, ``"71"`` -> 1. ``digits`` is
    the number with its decimal separator normalised to ``.`` and no group separators.
    """
    if "." in digits:
        decimals = len(digits.split(".", 1)[1].rstrip())
        return 10.0 ** (-decimals) * scale
    stripped = digits.strip().lstrip("-+").lstrip("0") or "0"
    zeros = len(stripped) - len(stripped.rstrip("0")) if stripped != "0" else 0
    zeros = min(zeros, max(len(stripped) - 2, 0))
    return 10.0**zeros * scale
