"""Quantity claims: which speak of the same thing, and whether their values agree.

Claims are blocked by their measure key (the counted concept, or the measured thing) so
the work grows near-linearly with the number of claims; within a block, a claim is
compared only with claims of the same identity (compatible content, origin, destination,
period and scope). Two values agree when their hedge intervals, widened by the rounding
their written precision implies and by the schema's tolerance, overlap after conversion
to one unit (pint).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from factcheck.models import (
    Article,
    Claim,
    Interval,
    Modality,
    Qualifier,
    TimeKind,
    UnitKind,
)

COMPARABLE_MODALITIES = frozenset(
    {Modality.ASSERTED, Modality.REPORTED, Modality.ESTIMATED, Modality.PLANNED, Modality.ALLEGED}
)
"""Hypothetical and denied statements are not weighed against facts."""

MIN_CONFIDENCE = 0.6
"""Claims read with less confidence (a number with no known counted thing) are not
compared."""

MAX_BLOCK = 400
"""Blocks larger than this are split further by origin, destination and year."""


@dataclass(frozen=True, slots=True)
class Comparable:
    """A claim ready to compare: its value in a common unit and its identity."""

    claim: Claim
    interval: Interval
    nominal: float | None
    unit: str | None
    tolerance: float


def measure_key(claim: Claim) -> str | None:
    """The blocking key: concept (counts) or thing (measures), with the unit's dimension."""
    m, q = claim.measure, claim.quantity
    if m is None or q is None:
        return None
    if q.unit_kind is UnitKind.COUNT:
        return f"{claim.kind}|count|{m.key}" if m.concept else None
    if ":" not in m.thing and m.thing not in ("age",):
        return None  # a measure with no known subject ("300 Kilometer") is not compared
    if q.unit_kind is UnitKind.PHYSICAL and q.unit:
        return f"{claim.kind}|{dimension_of(q.unit)}|{m.key}"
    return f"{claim.kind}|{q.unit_kind.value}:{q.unit}|{m.key}"


def comparable(claim: Claim, tolerance: float = 0.0) -> Comparable | None:
    """The claim's value in a common unit, or None when it is not to be compared."""
    q = claim.quantity
    if q is None or claim.modality not in COMPARABLE_MODALITIES:
        return None
    if claim.confidence < MIN_CONFIDENCE or q.change:
        return None
    iv = q.interval
    nominal = q.nominal
    unit = q.unit
    if q.unit_kind is UnitKind.PHYSICAL and q.unit:
        base, factor = base_unit(q.unit)
        iv = iv.scaled(factor)
        nominal = None if nominal is None else nominal * factor
        unit = base
        rounding = (q.precision or 0) * factor / 2
    else:
        rounding = (q.precision or 0) / 2
    if q.qualifier is Qualifier.EXACT and rounding > 0:
        iv = iv.widen(rounding)
    return Comparable(claim, iv, nominal, unit, tolerance)


@lru_cache(maxsize=1024)
def dimension_of(unit: str) -> str:
    """The physical dimension of a pint unit ("kilometer" -> "[length]")."""
    from factcheck.extract.units import unit_registry

    return str(unit_registry().Unit(unit).dimensionality)


@lru_cache(maxsize=1024)
def base_unit(unit: str) -> tuple[str, float]:
    """The base unit of ``unit``'s dimension and the factor to convert into it."""
    from factcheck.extract.units import unit_registry

    q = unit_registry().Quantity(1.0, unit).to_base_units()
    return str(q.units), float(q.magnitude)


def blocks(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by measure key; large blocks split by origin, destination, year."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        key = measure_key(c)
        if key is not None:
            out[key].append(c)
    final: dict[str, list[Claim]] = {}
    for key, group in out.items():
        if len(group) <= MAX_BLOCK:
            final[key] = group
            continue
        for c in group:
            m = c.measure
            year = c.time.start.year if c.time and c.time.start else None
            sub = f"{key}|{m.origin if m else None}|{m.destination if m else None}|{year}"
            final.setdefault(sub, []).append(c)
    return final


def same_thing(a: Claim, b: Claim) -> bool:
    """True when two quantity claims (of one block) speak of the same thing."""
    ma, mb = a.measure, b.measure
    if ma is None or mb is None:
        return False
    if a.slots or b.slots:
        from factcheck.registry import schemas

        user = a.kind in schemas and not getattr(schemas.get(a.kind), "builtin", True)
        if user and not identity_compatible(a, b, tuple(schemas.get(a.kind).identity)):
            return False
    if ma.content and mb.content and not set(ma.content) & set(mb.content):
        return False
    for x, y in ((ma.origin, mb.origin), (ma.destination, mb.destination)):
        if x and y and x != y:
            return False
    if bool(ma.origin or ma.destination) != bool(mb.origin or mb.destination) and (
        not ma.content or not mb.content
    ):
        # one side is a flow between parties, the other is not: different scopes
        return False
    ta, tb = a.time, b.time
    same_kind = ta is not None and tb is not None and (
        (ta.kind is TimeKind.SINCE) == (tb.kind is TimeKind.SINCE)
    )
    if same_kind and ta is not None and tb is not None and ta.resolved and tb.resolved and (
        not _overlaps(ta.start, ta.end, tb.start, tb.end)
    ):
        # two running totals since different starts, or two different periods
        return False
    if {a.modality, b.modality} == {Modality.PLANNED} or (
        Modality.PLANNED in (a.modality, b.modality)
        and a.modality is not b.modality
        and a.article == b.article
    ):
        return False
    return _actors_compatible(a, b)


def slot_key(value: object) -> str | None:
    """A comparable key for a schema slot value (a place, entity, quantity or string)."""
    if value is None:
        return None
    key = getattr(value, "key", None)
    if isinstance(key, str):
        return key
    if isinstance(value, str):
        return value.casefold().strip() or None
    return None


def identity_compatible(a: Claim, b: Claim, identity: tuple[str, ...]) -> bool:
    """True when no identity slot of a user schema differs between the two claims; a slot
    missing on either side does not separate them."""
    for name in identity:
        ka, kb = slot_key(a.slots.get(name)), slot_key(b.slots.get(name))
        if ka is not None and kb is not None and ka != kb:
            return False
    return True


def _actors_compatible(a: Claim, b: Claim) -> bool:
    if not a.actors or not b.actors:
        return True
    from factcheck.extract.names import same_name

    return any(same_name(x.name, y.name) for x in a.actors for y in b.actors)


def _overlaps(a0: object, a1: object, b0: object, b1: object) -> bool:
    import datetime as dt

    lo_a = a0 if isinstance(a0, dt.date) else dt.date.min
    hi_a = a1 if isinstance(a1, dt.date) else dt.date.max
    lo_b = b0 if isinstance(b0, dt.date) else dt.date.min
    hi_b = b1 if isinstance(b1, dt.date) else dt.date.max
    return lo_a <= hi_b and lo_b <= hi_a


def relative_gap(a: Comparable, b: Comparable) -> float:
    """How far apart two values lie beyond their intervals, relative to the larger value."""
    gap = a.interval.gap(b.interval)
    scale = max(
        abs(x)
        for x in (
            a.nominal,
            b.nominal,
            a.interval.low,
            a.interval.high,
            b.interval.low,
            b.interval.high,
            1.0,
        )
        if x is not None and not math.isinf(x)
    )
    return gap / scale


def agree(a: Comparable, b: Comparable) -> bool:
    """True when the two values can both hold."""
    tol = max(a.tolerance, b.tolerance)
    if tol > 0:
        scale = max(abs(a.nominal or 0), abs(b.nominal or 0))
        return a.interval.overlaps(b.interval, tolerance=tol * scale)
    return a.interval.overlaps(b.interval)


def articles_by_id(articles: Iterable[Article] | None) -> Mapping[str, Article]:
    """Articles by id (empty when none were given)."""
    return {a.id: a for a in articles or ()}
