"""Whether two figures of one thing agree: their intervals, hedges and magnitudes.

The figures come from :func:`factcheck.reconcile.quantities.comparable` (a value in a
common unit, an interval by its hedge, see :mod:`factcheck.models.hedge`). Two figures
agree (:func:`agree`) when their intervals overlap or lie within the schema's tolerance;
figures too far apart to count one thing are not compared at all (:func:`plausibly_same`);
open hedges are also read pragmatically (:func:`pragmatic_reading`: "more than 50,000" is
not said of 180,000) and two bounds of one direction as the figures they name
(:func:`bound_readings`). The engine's sweep reads what these tests need once per claim
(:func:`value_facts`) and compares the pairs from those.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from factcheck.lang.concepts import PEAK_SUBJECTS, SPREAD_SUBJECTS, WHOLE_MEASURES
from factcheck.models import Qualifier, UnitKind
from factcheck.models.hedge import Interval
from factcheck.reconcile.quantities import Comparable, base_unit, dimension_of

MAX_RATIO = 8.0
"""Two figures of one concept further apart than this factor (3 structures and 16,000
structures, 5 residents and 300 people) are taken to count different things (a part
and a whole, one house and a town): no careful writer gives 16,000 for 3."""


def relative_gap(a: Comparable, b: Comparable) -> float:
    """How far apart two values lie beyond their intervals, relative to the largest finite
    magnitude of either (0.26 = the gap is 26 % of the larger value). Two counts written
    to their last unit, or two ages, lie as far apart as their values
    (:func:`whole_values`: "2 dead" and "3 dead" are a third apart, though the values
    that round to them touch)."""
    if whole_values(a, b):
        assert a.nominal is not None and b.nominal is not None
        return abs(a.nominal - b.nominal) / max(abs(a.nominal), abs(b.nominal), 1.0)
    gap = a.interval.gap(b.interval)
    scale = 1.0
    for x in (
        a.nominal,
        b.nominal,
        a.interval.low,
        a.interval.high,
        b.interval.low,
        b.interval.high,
    ):
        if x is not None:
            ax = abs(x)
            if ax > scale and ax != math.inf:
                scale = ax
    return gap / scale


def whole_values(a: Comparable, b: Comparable) -> bool:
    """True for two figures that are no roundings: counts written to their last unit
    (:func:`unit_counts`) or two exact measures told in whole units
    (``concepts.WHOLE_MEASURES``: "62-jähriger" and "63 Jahre alt", "acht" and "sieben
    Jahre Haft")."""
    return unit_counts(a, b) or all(
        c.nominal is not None
        and c.claim.measure is not None
        and _whole_measure(c.claim.measure.concept or "")
        and c.claim.quantity is not None
        and c.claim.quantity.qualifier is Qualifier.EXACT
        for c in (a, b)
    )


def _whole_measure(concept: str) -> bool:
    return concept in WHOLE_MEASURES or concept.split(":")[0] in WHOLE_MEASURES


def unit_counts(a: Comparable, b: Comparable) -> bool:
    """True when both figures are exact counts written to their last unit ("3 dead",
    "2,662 dead"): a count of people or things is the number it says, no rounding of it."""
    for c in (a, b):
        q = c.claim.quantity
        if (
            q is None
            or c.nominal is None
            or q.qualifier is not Qualifier.EXACT
            or q.precision != 1
            or q.unit_kind is not UnitKind.COUNT
        ):
            return False
    return True


def plausibly_same(a: Comparable, b: Comparable) -> bool:
    """False when the two figures lie so far apart (more than :data:`MAX_RATIO` times)
    that they must count different things; vague amounts and open ends are measured by
    their bounded end. A bare count (a number with no noun of its own, whose thing is
    read from its role or its neighbour: "16", "zwei") is the same thing only within
    :data:`BARE_RATIO`. Two measures a power of ten apart are one thing with a digit
    slipped (:func:`decimal_slip`), however far apart."""
    if digit_slipped(a, b):
        return True
    limit = BARE_RATIO if bare_count(a) or bare_count(b) else MAX_RATIO
    return magnitude_ratio(a, b) <= limit


SLIP_FACTORS = (10.0, 100.0, 1000.0)
"""The factors by which a slipped zero or decimal place moves a figure ("40" for "400",
"400.000" for "4 Millionen", "12" for "120 Quadratmeter")."""


def decimal_slip(x: float, y: float) -> bool:
    """True when two positive numbers differ by exactly one of :data:`SLIP_FACTORS`: one
    string of digits with a zero or a decimal place slipped, the mark of a slip of the
    pen or of the unit, never of two things that happen to be a round factor apart."""
    if x <= 0 or y <= 0:
        return False
    ratio = x / y if x > y else y / x
    return any(abs(ratio - f) <= f * 1e-9 for f in SLIP_FACTORS)


def slip_prone(c: Comparable) -> bool:
    """True for a figure whose digits a slip may move by a power of ten and still name
    its thing (see :func:`decimal_slip`): a measure with a unit (a mass, a length, an
    area, a sum of money), its thing named. Counts are not (three houses and 30 houses
    are a part and a whole as often as a slip), nor are durations and ages (a child of
    4 and a mother of 40, "vor zehn Jahren" and "vor einem Jahr")."""
    q, m = c.claim.quantity, c.claim.measure
    if q is None or m is None or m.inferred or c.unit is None:
        return False
    if q.unit_kind is UnitKind.CURRENCY:
        return True
    return (
        q.unit_kind is UnitKind.PHYSICAL
        and dimension_of(c.unit) != "[time]"
        and not _whole_measure(m.concept or "")
    )


def digit_slipped(a: Comparable, b: Comparable) -> bool:
    """True when the stated numbers of two measures that a slip may move
    (:func:`slip_prone`), or of two counts with one string of digits
    (:func:`_count_slipped`), lie a power of ten apart (:func:`decimal_slip`): the one test
    the sweep, :func:`plausibly_same` and the finding's reasons ask (the arithmetic
    first)."""
    return decimal_slip(_size(a), _size(b)) and (
        (slip_prone(a) and slip_prone(b)) or _count_slipped(a, b)
    )


def slipped_sum(a: Comparable, b: Comparable) -> bool:
    """True when two measures a slip may move (:func:`slip_prone`: a sum of money, a
    mass) lie a power of ten apart (:func:`decimal_slip`): a running figure of them told
    as 4.5 million one day and 45 million the next has a digit slipped, not grown
    tenfold. Counts are not asked: a toll may rise from 12 to 120."""
    return slip_prone(a) and slip_prone(b) and decimal_slip(_size(a), _size(b))


UNIT_SLIP_RATIO = 1.25
"""How far apart (as a ratio) one stated number told in two units must lie to be read as
a unit slipped (:func:`unit_slipped`)."""


def unit_slipped(a: Comparable, b: Comparable) -> bool:
    """True when two physical measures state one number in two units of one dimension
    that lie at least :data:`UNIT_SLIP_RATIO` apart ("a one-*mile* radius" and "a
    one-*kilometre* radius"): the number was copied with the wrong unit, however far the
    roundings of a small number reach."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None or not qa.unit or not qb.unit or qa.unit == qb.unit:
        return False
    if qa.unit_kind is not UnitKind.PHYSICAL or qb.unit_kind is not UnitKind.PHYSICAL:
        return False
    if qa.nominal is None or qa.nominal != qb.nominal or qa.qualifier != qb.qualifier:
        return False
    (ua, fa), (ub, fb) = base_unit(qa.unit), base_unit(qb.unit)
    if ua != ub or not fa or not fb:
        return False
    return max(fa, fb) / min(fa, fb) >= UNIT_SLIP_RATIO


COUNT_SLIP_FLOOR = 100
"""The least count a slipped zero is read in (:func:`_count_slipped`)."""


def _count_slipped(a: Comparable, b: Comparable) -> bool:
    """True for two counts of a named thing, both at least :data:`COUNT_SLIP_FLOOR`, whose
    digits are one string of at least two digits that are not trailing zeros ("rund 1.100
    Haushalte" and "rund 110 Haushalte"): a zero slipped; "100" and "1,000", round
    figures, are a part and a whole as often, and so are three houses and 30."""
    digits = []
    for c in (a, b):
        q, m = c.claim.quantity, c.claim.measure
        if q is None or m is None or m.inferred or q.unit_kind is not UnitKind.COUNT:
            return False
        if c.nominal is None or c.nominal < COUNT_SLIP_FLOOR or c.nominal != int(c.nominal):
            return False
        digits.append(_significant(c.nominal))
    return digits[0] == digits[1] and len(digits[0]) >= 2


def _significant(n: float) -> str:
    """The digits of a whole number ``n`` without its trailing zeros ("1,100" -> "11",
    "600,000" -> "6"): what a slipped zero keeps, and how round a figure is."""
    return str(int(n)).rstrip("0")


def _size(c: Comparable) -> float:
    return abs(c.nominal) if c.nominal is not None else 0.0


BARE_RATIO = 2.0
"""How far apart a bare count may lie from a figure it is compared with (see
:func:`plausibly_same`): what such a number counts is inferred, and far from the other
figure it is more likely another thing than a contradiction."""


def bare_count(c: Comparable) -> bool:
    """True for a number whose thing is inferred, not named (see :func:`plausibly_same`)."""
    m = c.claim.measure
    return m is not None and m.inferred


PRAGMATIC_FACTOR = 2.0
"""How far an open hedge reaches in its pragmatic reading: "mehr als 50.000" is read as
50,000 to 100,000 and "bis zu 3.000" as 1,500 to 3,000 (see docs/concepts.md)."""

_OPEN_UP = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.JUST_OVER})
_OPEN_DOWN = frozenset({Qualifier.UP_TO, Qualifier.AT_MOST, Qualifier.LESS_THAN})


def pragmatic_reading(c: Comparable) -> Comparable:
    """The figure as a careful writer means it: an open hedge bounded at
    :data:`PRAGMATIC_FACTOR` times its number ("über 50.000" is not said of 180,000);
    the figure itself when its hedge is not open."""
    q = c.claim.quantity
    iv = c.interval
    if q is None:
        return c
    if q.qualifier in _OPEN_UP and iv.low is not None and iv.low > 0:
        high = iv.low * PRAGMATIC_FACTOR
        if iv.high is not None and iv.high <= high:
            return c
        new = Interval(iv.low, high)
    elif q.qualifier in _OPEN_DOWN and iv.high is not None and iv.high > 0:
        if _spread(c):
            return c  # "bis zu 80 Zentimeter" in the lowest streets: the highest anywhere
        low = iv.high / (1 + BOUND_SLACK if _peak(c) else PRAGMATIC_FACTOR)
        if iv.low is not None and iv.low >= low:
            return c
        new = Interval(low, iv.high)
    else:
        return c
    return Comparable(c.claim, new, c.nominal, c.unit, c.tolerance, c.identity, c.asof)


def _peak(c: Comparable) -> bool:
    """True for a measure whose subject is a peak by nature (``concepts.PEAK_SUBJECTS``:
    "Böen bis zu 162 km/h" names the strongest gust, 154-162 km/h in this reading)."""
    m = c.claim.measure
    return m is not None and m.key.startswith("measure:") and m.key[8:] in PEAK_SUBJECTS


def _spread(c: Comparable) -> bool:
    """True for a measure whose subject varies from place to place of one event
    (``concepts.SPREAD_SUBJECTS``: the water in the streets)."""
    m = c.claim.measure
    return m is not None and m.key.startswith("measure:") and m.key[8:] in SPREAD_SUBJECTS


BOUND_SLACK = 0.05
"""How far a bound reaches in the reading of two bounds of one direction: "bis zu 9
Milliarden" against "bis zu 10 Milliarden" is read as 8.6-9 against 9.5-10 billion."""


def bound_readings(a: Comparable, b: Comparable) -> tuple[Comparable, Comparable] | None:
    """Two open hedges of one direction read as the figures they name ("up to 9 billion"
    and "up to 10 billion" are two estimates of one cost that logic lets agree; "above
    39,000" and "more than 41,000" two tolls), a floor of one significant digit as far as
    its pragmatic reading reaches (:func:`_round`: "mehr als eine Million" and "mindestens
    1,5 Millionen" agree), or None when the hedges are not open the same way."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None:
        return None
    if qa.qualifier in _OPEN_UP and qb.qualifier in _OPEN_UP:
        up = True
    elif qa.qualifier in _OPEN_DOWN and qb.qualifier in _OPEN_DOWN:
        up = False
    else:
        return None
    out: list[Comparable] = []
    for c in (a, b):
        iv = c.interval
        bound = iv.low if up else iv.high
        if bound is None or bound <= 0:
            return None
        if up and _round(c):
            # a floor in one figure is a writer's rounding down ("mehr als eine Million" of
            # "mindestens 1,5 Millionen"): its pragmatic reach
            new = Interval(bound, bound * PRAGMATIC_FACTOR)
        elif up:
            new = Interval(bound, bound * (1 + BOUND_SLACK))
        else:
            new = Interval(bound / (1 + BOUND_SLACK), bound)
        out.append(Comparable(c.claim, new, c.nominal, c.unit, c.tolerance, c.identity, c.asof))
    return out[0], out[1]


def _round(c: Comparable) -> bool:
    """True for a figure of one significant digit ("eine Million", "einer halben Million",
    "600.000", "300"; not "1,5 Millionen" nor "39,000")."""
    q = c.claim.quantity
    n = None if q is None else q.nominal
    if n is None or n <= 0 or n != int(n):
        return False
    return len(_significant(n)) == 1


def magnitude_ratio(a: Comparable, b: Comparable) -> float:
    """The larger figure over the smaller (1.0 when either is unknown or not positive);
    vague amounts and open ends are measured by their bounded end."""
    xa, xb = _magnitude(a), _magnitude(b)
    if xa is None or xb is None or xa <= 0 or xb <= 0:
        return 1.0
    return max(xa, xb) / min(xa, xb)


def _magnitude(c: Comparable) -> float | None:
    if c.nominal is not None:
        return abs(c.nominal)
    iv = c.interval
    if iv.low is not None and iv.high is not None:
        return (abs(iv.low) + abs(iv.high)) / 2
    return None if iv.low is None else abs(iv.low)


FLOAT_SLACK = 1e-9
"""Relative slack for floating-point noise of unit conversion (1.001 km is 1000.9999... m)."""


def agree(a: Comparable, b: Comparable) -> bool:
    """True when the two values can both hold: their intervals overlap, or lie no further
    apart than the schema's tolerance (relative to the larger nominal value) or than
    floating-point noise. An exact figure set against an approximate one is read as the
    number it states (:func:`without_double_rounding`), and two hedged figures (neither
    exact) that share a single value only do not agree: "rund 3.000" (2,700-3,300) and
    "bis zu 2.700" meet at the approximate figure's farthest reach and the bound's, which
    no writer of either means. Two bounds of one stated number do ("more than 250,000"
    and "as many as 250,000", "mindestens 40" and "bis zu 40"): both writers put the
    figure there."""
    return agree_facts(value_facts(a), value_facts(b))


class ValueFacts(NamedTuple):
    """What :func:`agree` reads of a figure, read once per claim by the engine's sweep."""

    interval: Interval
    point: Interval
    """The stated number alone (the interval when there is none): see
    :func:`without_double_rounding`."""
    hedge: int
    """:func:`hedge_class`."""
    hedged: bool
    """A quantity with a hedge other than exact (two hedged figures that meet at one end
    only do not agree: see :func:`agree`)."""
    tolerance: float
    reaches: bool
    """A bound that may reach its stated number (:data:`REACHING`): two such bounds of one
    number agree (see :func:`agree`)."""
    size: float
    """The stated number's magnitude (0 when there is none or it is zero). Open hedges and
    bound readings keep the stated number (:func:`pragmatic_reading`,
    :func:`bound_readings`), so for two figures with a size, :func:`plausibly_same` is
    the ratio of their sizes against its limit, whichever reading is compared: the
    engine's sweep drops the pairs too far apart before any other test."""


def value_facts(c: Comparable) -> ValueFacts:
    """The facts of ``c`` that :func:`agree_facts` compares."""
    q = c.claim.quantity
    n = c.nominal
    return ValueFacts(
        c.interval,
        c.interval if n is None else Interval(n, n),
        hedge_class(c),
        q is not None and q.qualifier is not Qualifier.EXACT,
        c.tolerance,
        q is not None and q.qualifier in REACHING,
        abs(n or 0),
    )


def agree_facts(a: ValueFacts, b: ValueFacts) -> bool:
    """:func:`agree` from the facts of the two figures."""
    x, y = a.interval, b.interval
    if a.hedge + b.hedge == EXACT_AND_APPROX:  # without_double_rounding
        if a.hedge == 1:
            x = a.point
        else:
            y = b.point
    # two bounds of one stated number meet where both writers put it ("more than 250,000"
    # and "as many as 250,000")
    same = a.reaches and b.reaches and a.size > 0 and a.point == b.point
    if x.overlaps(y):
        # two hedged figures that meet at one end only (see agree)
        return same or not (
            a.hedged
            and b.hedged
            and (
                (x.high is not None and x.high == y.low) or (y.high is not None and y.high == x.low)
            )
        )
    gap = x.gap(y)  # 0 when they only touch at an excluded end
    if gap == 0:
        return same
    return gap <= max(a.tolerance, b.tolerance, FLOAT_SLACK) * max(a.size, b.size)


def without_double_rounding(a: Comparable, b: Comparable) -> tuple[Comparable, Comparable]:
    """An exact figure set against an approximate one is read as the number it states:
    "rund 1.800" already admits the roundings of 1,800, and widening "2.000" by its own
    rounding as well would let the two meet (1,980 and 1,950)."""
    ha, hb = hedge_class(a), hedge_class(b)
    if ha + hb != EXACT_AND_APPROX:
        return a, b
    return (_point(a), b) if ha == 1 else (a, _point(b))


REACHING = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.AT_MOST, Qualifier.UP_TO})
"""Bounds that put a figure at their number and beyond it ("more than 250,000", "as many as
250,000"), unlike "almost" or "fewer than", which say it was not reached."""

EXACT_AND_APPROX = 3
"""The sum of two :func:`hedge_class` values of an exact figure and an approximate one."""


def hedge_class(c: Comparable) -> int:
    """1 for an exact figure, 2 for an approximate one, 0 else (see
    :func:`without_double_rounding`; the engine's sweep reads the classes once per claim)."""
    q = c.claim.quantity
    if q is None:
        return 0
    return 1 if q.qualifier is Qualifier.EXACT else 2 if q.qualifier is Qualifier.APPROX else 0


def _point(c: Comparable) -> Comparable:
    if c.nominal is None:
        return c
    iv = Interval(c.nominal, c.nominal)
    return Comparable(c.claim, iv, c.nominal, c.unit, c.tolerance, c.identity, c.asof)


__all__ = [
    "BARE_RATIO",
    "BOUND_SLACK",
    "EXACT_AND_APPROX",
    "FLOAT_SLACK",
    "MAX_RATIO",
    "PRAGMATIC_FACTOR",
    "REACHING",
    "ValueFacts",
    "agree",
    "agree_facts",
    "bare_count",
    "bound_readings",
    "hedge_class",
    "magnitude_ratio",
    "plausibly_same",
    "pragmatic_reading",
    "relative_gap",
    "value_facts",
    "without_double_rounding",
]
