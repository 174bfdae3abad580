"""Quantity claims: which speak of the same thing, and whether their values agree.

**Blocking.** Claims are grouped by their measure key (:func:`measure_key`: the schema,
the counted concept or the measured thing, and the unit's dimension), so a claim is
never weighed against claims of another thing. Within a block, claims are sorted by
the days they concern (:func:`sweep_span`: their own time and their as-of date) and
each is compared with the claims after it that lie within :data:`HORIZON_DAYS`, at most
:data:`WINDOW` of them (:func:`candidate_pairs`): a small block is compared pair by
pair, a large one (a generic concept across a big corpus) in a sliding window over
time, so the cost grows linearly with the number of claims. A claim takes part in at
most :data:`MAX_FINDINGS_PER_CLAIM` value findings.

**Same thing.** Two claims of one block speak of the same thing (:func:`same_thing`)
unless something tells them apart: a user schema's identity slot, what the things
carry (containers "with ammunition" vs "with grain"), where they come from or go to
(wheat shipped from Ukraine to Egypt vs wheat shipped from Russia to Egypt), a flow
against a non-flow, two periods that do not overlap, figures with no time of their own
published more than :data:`HORIZON_DAYS` apart, actors with different names, or a plan
and a report within one article.

**Agreement.** A value becomes an interval by its hedge (see
:mod:`factcheck.models.hedge`); an exact figure is widened by half its written precision
(10.000 -> 9,500-10,500), since news figures are rounded; physical units are converted
to their base unit with pint (1.2 km and 1,200 m are both 1,200 m). Two values agree
when their intervals overlap, or lie within the schema's relative tolerance of each
other (see :mod:`factcheck.reconcile.agreement`). Currencies are not converted: there is
no exchange rate in a news article, so amounts in two currencies fall into two blocks and
are never compared.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.lang.concepts import (
    ABOARD,
    ALL_SCOPE,
    ALONE_SCOPE,
    AVERAGE_SCOPE,
    BREAKDOWN_SCOPE,
    CAPACITY,
    CHANGE_PREFIX,
    CURRENT_CONCEPTS,
    EACH_SCOPE,
    EARLIER_SCOPE,
    EVENT_DAY_SCOPE,
    EXCEPT_PREFIX,
    EXPANDED,
    EXTENT,
    FALLEN_SCOPE,
    FIXED_CONCEPTS,
    FIXED_MEASURES,
    GENERIC_PERSONS,
    HOLDER_UNTOLD,
    INCREMENT_SCOPE,
    JOINT_SCOPE,
    KIND_PREFIX,
    LEAKED,
    OBJECT_ROLES,
    OCCASION_CONCEPTS,
    OFFSET,
    PART_SCOPE,
    PASSENGER,
    PEAK_SCOPE,
    PLAN_FREE_MEASURES,
    POPULATION,
    PROJECTION_SCOPE,
    RATE_SPANS,
    READINGS,
    RECOVERED,
    RISEN_SCOPE,
    SAID_DAY_SCOPE,
    SPAN_SCOPE,
    STANCES,
    SUBSET_SCOPE,
    TO_DATE_SCOPE,
    WHOLE_SCOPE,
)
from factcheck.models import (
    Article,
    Claim,
    DatePrecision,
    Direction,
    Interval,
    Measure,
    Modality,
    Qualifier,
    Quantity,
    TimeKind,
    UnitKind,
    is_place_key,
)
from factcheck.models.time import covers_calendar_period
from factcheck.reconcile.heads import contents_apart

COMPARABLE_MODALITIES = frozenset(
    {Modality.ASSERTED, Modality.REPORTED, Modality.ESTIMATED, Modality.PLANNED, Modality.ALLEGED}
)
"""Hypothetical and denied statements are not weighed against facts."""
STATED_MODALITIES = frozenset({Modality.ASSERTED, Modality.REPORTED})
"""What an article states as having happened (no plan, estimate or allegation): the
modalities the checks of moments, rosters and extents compare."""

MIN_CONFIDENCE = 0.6
"""Claims read with less confidence (a number with no known counted thing) go uncompared."""

WINDOW = 16
"""Each claim is compared with at most this many claims that follow it in time order
within its block: blocks of up to ``WINDOW + 1`` claims are compared all pairs."""

MAX_FINDINGS_PER_CLAIM = 2
"""A claim takes part in at most this many value findings; further disagreements (an
outlier in a dense block disagrees with every neighbour) are left out. The findings of a
block are ranked first, closest figures first, so that noise never uses up a claim's
findings before its real counterpart is reached."""

HORIZON_DAYS = 31
"""Two figures with no time of their own whose as-of dates (publication) lie further
apart than this are taken to describe two different occasions ("5,000 people" at two
protests a year apart)."""

ROUNDING_SHARE = 0.499
"""An exact figure stands for the values that round to it: it is widened by this share
of its written precision on each side (just under a half, so that two neighbouring
written values never touch)."""

AsOf = tuple[dt.date, dt.date]
_EMPTY: frozenset[str] = frozenset()
SlotLookup = Callable[[str], tuple[str, ...] | None]
"""For a claim kind: the identity slots of its user schema, or None for built-in kinds."""


@dataclass(slots=True)
class Identity:
    """What tells a quantity claim's thing apart from another's of the same block (read
    only; not frozen because a frozen dataclass is several times slower to build, and a
    million are built)."""

    slots: tuple[str | None, ...] | None
    """Keys of the user schema's identity slots, in the schema's order; None for built-ins."""
    content: frozenset[str]
    origin: str | None
    destination: str | None
    since: bool | None
    """Whether the claim's time is a running "since"; None when the claim has no time."""
    period: tuple[dt.date, dt.date] | None
    """The claim's resolved time bounds (open ends as date.min/max), or None."""
    planned: bool
    article: str
    actors: tuple[str, ...]
    asof: AsOf | None = None
    """The as-of date of the figure, when known."""
    scope: frozenset[str] = _EMPTY
    """Places and names the figure is given for (see :attr:`Measure.scope`)."""
    state: str | None = None
    """What happened to the counted things (destroyed, damaged), when said."""
    cumulative: bool = False
    """The figure is a running total: its own day is its as-of date, not a different
    occasion."""
    current: bool = False
    """The figure is a current level that moves either way (the missing, the evacuated):
    figures as of different days are not compared."""
    occasion: bool = False
    """The figure counts one occasion (a crowd, a deployment): figures as of days that
    cannot be the same are two occasions."""


@dataclass(slots=True)
class Comparable:
    """A claim ready to compare: its value in a common unit and its identity (read only)."""

    claim: Claim
    interval: Interval
    nominal: float | None
    unit: str | None
    tolerance: float
    identity: Identity | None = None
    asof: AsOf | None = None


DURATION_OFFSET = f"duration:{OFFSET}"
"""The measure key of a length of time that tells a moment (``concepts.OFFSET``)."""


SCOPE_MARK = "scope:"
"""How the marks of a figure's scope begin (``concepts.ALL_SCOPE``, ``SUBSET_SCOPE``...):
no place nor name the figure is given for."""


def named_population(m: Measure) -> bool:
    """True for the population of a place it names ("*Fenwick Cross*, home to some 900
    people", "*Oberdorf*, eine Gemeinde mit 3.000 Einwohnern"): compared with another of
    that name only (see :func:`factcheck.reconcile.scopes.names_apart`); a population of
    no name is not compared."""
    return m.key == POPULATION and any(not x.startswith(SCOPE_MARK) for x in m.scope)


def measure_key(claim: Claim) -> str | None:
    """The blocking key: schema, concept (counts) or thing (measures), and the unit's
    dimension (``quantity|count|container``, ``quantity|[length]|measure:long``); None
    when the claim is not compared (no measure, or a measure with no known subject)."""
    m, q = claim.measure, claim.quantity
    if m is None or q is None or m.thing == EXTENT:
        return None  # a pair of dimensions: compared by reconcile.extents only
    if HOLDER_UNTOLD in m.scope:
        return None  # "(12 Sitze)" among a party's seats: whose, not told
    if q.unit_kind is UnitKind.COUNT:
        if not m.concept or (m.key in GENERIC_PERSONS and not named_population(m)):
            return None  # people with no role ("15.000 Menschen") count nothing definite
        # people on board and passengers are one block (see concepts.ABOARD)
        return f"{claim.kind}|count|{PASSENGER if m.key == ABOARD else m.key}"
    if ":" not in m.thing and m.thing not in ("age",) and not m.scope and m.state not in STANCES:
        return None  # no known subject ("300 Kilometer"), nor demanded ("fordern 1,8 Mio.")
    if (
        ":" not in m.thing
        and m.thing != "age"
        and q.unit_kind is UnitKind.PHYSICAL
        and all(x.startswith(SCOPE_MARK) for x in m.scope)
    ):
        return None  # nor one whose scope is only marks ("within 1.6 kilometres", a part)
    if m.key == DURATION_OFFSET:
        return None  # "vier Stunden vor dem Anpfiff": a moment, no length (concepts.OFFSET)
    if claim.time is None and m.thing.startswith("measure:") and m.key[8:] in READINGS:
        return None  # a temperature of no time told: one reading of many (concepts.READINGS)
    if m.thing == "age" and not claim.actors and not m.key.startswith("age:"):
        return None  # the age of whom? ages of unnamed people of no kind are not compared
    key = m.key
    if ":" not in m.thing and m.thing != "age":
        # no subject but a named scope: the Ridgeway fire; by its names alone when it has
        # some (the places beside them are weighed by compatible(): "the Kestrel-2 rocket"
        # and "the Kestrel-2 rocket ... in California")
        names = [x for x in m.scope if ":" not in x]
        key = f"{m.key}@{'+'.join(names or m.scope)}"
    if q.unit_kind is UnitKind.PHYSICAL and q.unit:
        from factcheck.extract.units import OFFSET_DIMENSIONS

        dim = dimension_of(q.unit)
        if q.unit in OFFSET_DIMENSIONS:
            dim = f"{dim}:{q.unit}"  # one temperature scale per block: see base_unit
        return f"{claim.kind}|{dim}|{key}"
    return f"{claim.kind}|{q.unit_kind.value}:{q.unit}|{key}"


def comparable(
    claim: Claim,
    tolerance: float = 0.0,
    *,
    asof: AsOf | None = None,
    slots: SlotLookup | None = None,
) -> Comparable | None:
    """The claim's value in a common unit, or None when it is not to be compared
    (hypothetical or denied, read with low confidence, a change rather than a level). A
    change with a subject and a base (``change:<subject>:<base>``) is compared by its signed
    size: a fall of 2 percent is -2; so is a change demanded or offered by a holder named
    (:func:`_put_forward`)."""
    q = claim.quantity
    if q is None or claim.modality not in COMPARABLE_MODALITIES:
        return None
    if claim.confidence < MIN_CONFIDENCE or (
        q.change and not _keyed_change(claim) and not _put_forward(claim)
    ):
        return None
    iv = q.interval
    nominal = q.nominal
    if (
        claim.measure is not None
        and claim.measure.key == CAPACITY
        and q.qualifier in _LIMITS
        and nominal is not None
    ):
        # "für maximal 250 Passagiere zugelassen", "room for up to 5,000": a capacity is its
        # limit, the most and no less
        iv = Interval(nominal, nominal)
    if q.change and q.direction is Direction.DECREASE:
        iv, nominal = iv.negated(), None if nominal is None else -nominal
    iv, nominal, unit = in_common_unit(q, iv, nominal)
    return Comparable(claim, iv, nominal, unit, tolerance, identity(claim, slots, asof), asof)


def in_common_unit(
    q: Quantity, iv: Interval, nominal: float | None
) -> tuple[Interval, float | None, str | None]:
    """A quantity's interval ``iv`` and ``nominal`` value in the base unit of its
    dimension (a physical figure: "25 feet" in metres), with its unit; an exact figure
    widened to the values that round to it."""
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
        # just under half the written precision: "28" and "29", "7,7" and "7,6 Milliarden"
        # are two different figures, not two roundings of one
        iv = iv.widen(2 * rounding * ROUNDING_SHARE)  # rounding is half the precision
    return iv, nominal, unit


_LIMITS = frozenset({Qualifier.AT_MOST, Qualifier.UP_TO})
"""Hedges that give the most there may be ("maximal", "up to"): said of a capacity, its
limit."""


def _spans_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two sums are given for spans of two lengths (``concepts.SPAN_SCOPE``), or
    one is a rate (per year, per day: ``concepts.RATE_SPANS``) and the other not that."""
    if any((rate in a) != (rate in b) for rate in RATE_SPANS):
        return True
    if not a or not b:
        return False
    sa = {x for x in a if x.startswith(SPAN_SCOPE)}
    sb = {x for x in b if x.startswith(SPAN_SCOPE)}
    return bool(sa and sb and not sa & sb)


def _keyed_change(claim: Claim) -> bool:
    """True for a change keyed by its subject and base (``concepts.CHANGE_PREFIX``) and
    given for a calendar period (a month, a quarter, a year: ``covers_calendar_period``): a
    monthly statistic's change is compared only with one for the same month, never with
    last month's ("wages grew 4.1 percent" in June's report, 3.9 percent in July's)."""
    m, t = claim.measure, claim.time
    if m is None or not m.key.startswith(_CHANGE) or t is None:
        return False
    return _calendar_period(None if t.start is None or t.end is None else (t.start, t.end))


_CHANGE = f"{CHANGE_PREFIX}:"


def _put_forward(claim: Claim) -> bool:
    """True for a change demanded or offered by a holder named (``concepts.STANCES``, a
    scope): "Die GDL fordert 7,5 Prozent mehr Lohn" is a figure of the negotiation, with
    no base or period to tell, and another article's "9,5 Prozent" demand conflicts."""
    m = claim.measure
    return m is not None and m.state in STANCES and bool(m.scope)


@lru_cache(maxsize=1024)
def dimension_of(unit: str) -> str:
    """The physical dimension of a pint unit ("kilometer" -> "[length]")."""
    from factcheck.extract.units import dimension

    return dimension(unit)


@lru_cache(maxsize=1024)
def base_unit(unit: str) -> tuple[str, float]:
    """The base unit of ``unit``'s dimension and the factor to convert into it. A
    temperature scale (an offset unit: °C, °F) is its own base: no factor takes one
    scale into another (100 °F is 37.8 °C, not 100 times a factor), so figures are
    compared within one scale and :func:`measure_key` keeps the scales apart."""
    from factcheck.extract.units import OFFSET_DIMENSIONS, to_base

    if unit in OFFSET_DIMENSIONS:
        return unit, 1.0
    return to_base(unit)


def blocks(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by :func:`measure_key`, each group in input order."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        key = measure_key(c)
        if key is not None:
            out[key].append(c)
    return dict(out)


def sweep_span(c: Comparable) -> tuple[dt.date, dt.date]:
    """The days a figure may concern, for the sweep: its own time and its as-of date
    together ("since September", published in June: September to June); unknown ends
    are open."""
    lo, hi = dt.date.max, dt.date.min
    ident = c.identity
    if ident is not None and ident.period is None and ident.asof is None:
        return (dt.date.min, dt.date.max)  # timeless (the storeys of a building)
    for rng in (ident.period if ident is not None else None, c.asof):
        if rng is not None:
            lo, hi = min(lo, rng[0]), max(hi, rng[1])
    if lo > hi:
        return (dt.date.min, dt.date.max)
    return (lo, hi)


def sweep_order(comps: Iterable[Comparable]) -> list[Comparable]:
    """Comparables in sweep order: by the start and end of :func:`sweep_span`, then id."""
    return sweep_arrays(comps)[0]


def sweep_arrays(
    comps: Iterable[Comparable],
) -> tuple[list[Comparable], list[int], list[int]]:
    """The comparables in sweep order, with the first and last day of each one's
    :func:`sweep_span` as ordinals."""
    keyed = []
    for c in comps:
        lo, hi = sweep_span(c)
        keyed.append((lo.toordinal(), hi.toordinal(), c.claim.id, c))
    keyed.sort(key=lambda k: (k[0], k[1], k[2]))
    return [k[3] for k in keyed], [k[0] for k in keyed], [k[1] for k in keyed]


def candidate_pairs(
    ordered: Sequence[Comparable],
    window: int = WINDOW,
    horizon_days: int = HORIZON_DAYS,
) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of a block in :func:`sweep_order` worth comparing:
    each claim with the claims after it whose span starts at most ``horizon_days`` after
    its own span ends, at most ``window`` of them. A block of up to ``window + 1`` claims
    within the horizon is compared all pairs. The pairs depend on the claims' times and
    ids only, never on the input order or on the values."""
    starts = [sweep_span(c)[0].toordinal() for c in ordered]
    ends = [sweep_span(c)[1].toordinal() for c in ordered]
    n = len(ordered)
    for i in range(n):
        limit = ends[i] + horizon_days
        for j in range(i + 1, min(n, i + 1 + window)):
            if starts[j] > limit:
                break
            yield i, j


# -- same thing ---------------------------------------------------------------------------
def identity_slots(kind: str) -> tuple[str, ...] | None:
    """The identity slots of the user schema ``kind``; None for built-in or unknown kinds."""
    from factcheck.registry import schemas

    if kind not in schemas:
        return None
    s = schemas.get(kind)
    if getattr(s, "builtin", True):
        return None
    return tuple(getattr(s, "identity", ()))


def identity(
    claim: Claim, slots: SlotLookup | None = None, asof: AsOf | None = None
) -> Identity | None:
    """What tells the claim's thing apart; None when it has no measure."""
    m = claim.measure
    if m is None:
        return None
    names = (slots or identity_slots)(claim.kind) if claim.slots else None
    slot_keys = None if names is None else tuple(slot_key(claim.slots.get(n)) for n in names)
    t = claim.time
    if m.key in FIXED_CONCEPTS or m.key in FIXED_MEASURES:
        # "a 12-story tower" in May is a 12-story tower in June; "die 38 Meter lange
        # Fähre stammt aus dem Jahr 1989" is 38 metres long today
        t = asof = None
    elif (m.thing == "age" or (m.key == HEIGHT and m.content)) and (
        t is not None and t.precision is DatePrecision.DAY
    ):
        # "The man, 47, ... detained on Sunday, police said on Monday": the day told is an
        # event's, not the age's; a person is the same age on both days, and a thing named
        # the same height ("das 24 Meter hohe Gerüst sei am 2. März geprüft worden")
        t = None
    period = None
    if t is not None and t.resolved:
        period = (t.start or dt.date.min, t.end or dt.date.max)
        if SAID_DAY_SCOPE in m.scope and not m.cumulative:
            period = (dt.date.min, period[1])  # "police said on Friday that 21 vehicles"
    return Identity(
        slot_keys,
        frozenset(m.content) if m.content else _EMPTY,
        m.origin,
        m.destination,
        None if t is None else t.kind is TimeKind.SINCE,
        period,
        claim.modality is Modality.PLANNED and m.key not in PLAN_FREE_MEASURES,
        claim.article,
        tuple(sorted(a.name for a in claim.actors)) if claim.actors else (),
        asof,
        # the day of an event is the as-of's business (reconcile.asof), no scope to weigh
        frozenset(m.scope) - _DAY_MARKS if m.scope else _EMPTY,
        m.state,
        bool(m.cumulative),
        # the peak of a current level is a fact of the whole event, whatever its date; a
        # running total of one ("taken to hospital": pipeline.admissions) is none
        (m.key in CURRENT_CONCEPTS or m.state in CURRENT_CONCEPTS)
        and PEAK_SCOPE not in m.scope
        and not m.cumulative,
        m.key in OCCASION_CONCEPTS and not m.cumulative,
    )


def compatible(a: Identity, b: Identity, *, same_article: bool = False) -> bool:
    """True when nothing tells the two things apart (see the module documentation).

    Two figures of one article are two things (its story over time, or its parts)
    unless ``same_article`` asks to compare within an article (a breakdown against its
    total)."""
    if a.slots is not None and b.slots is not None and len(a.slots) == len(b.slots):
        for x, y in zip(a.slots, b.slots, strict=True):
            if x is not None and y is not None and x != y:
                return False
    if a.content and b.content and contents_apart(a.content, b.content):
        return False  # "der Turm" and "der Kirchturm" can be one; "Turm" and "Glocke" not
    if a.state != b.state and (
        (a.state and b.state)
        or EXPANDED in (a.state, b.state)
        or RECOVERED in (a.state, b.state)
        or LEAKED in (a.state, b.state)
        or CAPACITY in (a.state, b.state)
        or STANCES & {a.state, b.state}
        or (a.state in OBJECT_ROLES) != (b.state in OBJECT_ROLES)
    ):
        # "9,000 destroyed" and "2,000 damaged"; a zone before and after; oil recovered
        # and oil spilled; what a place is built for and what it holds ("designed for
        # 1,400 men", "held about 1,850"); a figure put forward and one that is not
        # ("zehn Jahre Haft gefordert", "zu acht Jahren Haft");
        # what befell some things and all of them ("38 cars derailed", "a train with 141
        # cars")
        return False
    if a.article != b.article and (EARLIER_SCOPE in a.scope or EARLIER_SCOPE in b.scope):
        return False  # "up from 4,130 reported last Tuesday": the article's own history
    if (PROJECTION_SCOPE in a.scope) != (PROJECTION_SCOPE in b.scope):
        return False  # "laut der Hochrechnung 28,4 Prozent": an estimate, not the result
    if a.article != b.article and (SUBSET_SCOPE in a.scope) != (SUBSET_SCOPE in b.scope):
        return False  # "97 of the dead were women" is no count of the dead
    if (EACH_SCOPE in a.scope) != (EACH_SCOPE in b.scope):
        return False  # "140 Bodennägel mit bis zu zwölf Metern Länge": each one's size
    if (AVERAGE_SCOPE in a.scope) != (AVERAGE_SCOPE in b.scope):
        return False  # "im Schnitt 43 Dezitonnen" and "beim Roggen 41 Dezitonnen"
    if a.article != b.article and (INCREMENT_SCOPE in a.scope or INCREMENT_SCOPE in b.scope):
        return False  # "weitere 15.000" and "weitere 20.000": two articles' additions
    if (JOINT_SCOPE in a.scope) != (JOINT_SCOPE in b.scope):
        return False  # "200 missiles and drones" together, "127 missiles" alone
    if _part_and_total(a.scope, b.scope) or _part_and_total(b.scope, a.scope):
        return False  # "together the fires destroyed 12,000" and "the Ridgeway fire 6,800"
    ka, kb = _kinds(a.scope), _kinds(b.scope)
    if ka and kb and ka != kb:
        return False  # "Women accounted for 27 percent", "Children for 24 percent"
    pa, pb = _places(a.scope), _places(b.scope)
    if (pb and _excepted(a.scope) & pb) or (pa and _excepted(b.scope) & pa):
        return False  # its article gives that place's figure apart: not this one
    if (not pa and BREAKDOWN_SCOPE in b.scope) or (not pb and BREAKDOWN_SCOPE in a.scope):
        return False  # one place of a breakdown against a figure for no place said
    if pa and pb and not pa & pb:
        # given for two places: "12 Tote in Bayern", "3 in Hessen"
        return False
    if pa and pb and _held(pa) != _held(pb):
        # the opposition-held part of a country and the country, or two sides' areas
        return False
    if flows_apart(a.origin, b.origin) or flows_apart(a.destination, b.destination):
        return False
    if _spans_apart(a.scope, b.scope):
        return False  # "revenue for the quarter" and "for the first nine months"
    if bool(a.origin or a.destination) != bool(b.origin or b.destination) and (
        not a.content or not b.content
    ):
        # one side is a flow between parties, the other is not: different scopes
        return False
    if (
        a.since is not None
        and a.since == b.since
        and not (a.cumulative and b.cumulative and not a.since)
        and a.period is not None
        and b.period is not None
        and (a.period[0] > b.period[1] or b.period[0] > a.period[1])
    ):
        # two running totals since different starts, or two different periods
        return False
    if a.since != b.since and a.period is not None and b.period is not None:
        since, other = (a.period, b.period) if a.since else (b.period, a.period)
        if other[1] < since[0]:
            # "seit Jahresbeginn zwölf" and "im vergangenen Jahr 23": a running total
            # since a start and a count over a period ended before it
            return False
    if (
        not (a.since or b.since or a.cumulative or b.cumulative)
        and a.period != b.period
        and _calendar_period(a.period)
        and _calendar_period(b.period)
    ):
        # "18,500 in March" and "53,800 in the first quarter": counts over two periods
        return False
    if (
        a.period is None
        and b.period is None
        and a.asof is not None
        and b.asof is not None
        and max(a.asof[0], b.asof[0]).toordinal() - min(a.asof[1], b.asof[1]).toordinal()
        > HORIZON_DAYS
    ):
        # no time of their own, published far apart: two occasions
        return False
    if a.planned != b.planned:
        # a plan, an expectation or a forecast and a report of what happened are two
        # statements, not two readings of one figure ("angemeldet waren 10.000")
        return False
    if a.article == b.article and a.slots is None and not same_article:
        # one article's figures of one thing are its story over time or its parts
        # ("16 dead, 12 of them in ..."): news reports figures as they develop
        return False
    if (a.occasion or b.occasion) and _apart(_occasion(a), _occasion(b)):
        # a crowd on Friday and one on Saturday: two occasions
        return False
    if (PEAK_SCOPE in a.scope) != (PEAK_SCOPE in b.scope) and (
        a.current or b.current or a.occasion or b.occasion
    ):
        # "310,000 at the peak" and "180,000 remained in the dark"; a crowd or an audience
        # at its peak and on average ("peaked at 137.7 million", "an average of 127.7
        # million"); a storm's top wind is one figure however it is told ("reached",
        # "peaked at")
        return False
    if (a.current or b.current) and not (
        a.asof is not None and b.asof is not None and a.asof == b.asof
    ):
        # a current level (the missing) moves either way: only figures as of one time
        # can conflict
        return False
    return _actors_compatible(a.actors, b.actors)


HEIGHT = "measure:height"
"""The height of a thing: of one named (its content), a fixed size whatever day its
sentence names (:func:`identity`)."""

_DAY_MARKS = frozenset({EVENT_DAY_SCOPE, SAID_DAY_SCOPE})  # what a day is of, no part
_SPECIAL = frozenset(
    {
        ALL_SCOPE, ALONE_SCOPE, PART_SCOPE, SUBSET_SCOPE, EARLIER_SCOPE, BREAKDOWN_SCOPE,
        INCREMENT_SCOPE, PEAK_SCOPE, TO_DATE_SCOPE, JOINT_SCOPE, AVERAGE_SCOPE, RISEN_SCOPE,
        WHOLE_SCOPE, FALLEN_SCOPE,
        PROJECTION_SCOPE, EACH_SCOPE,
    }
)  # fmt: skip


def _calendar_period(period: tuple[dt.date, dt.date] | None) -> bool:
    """True for a bounded time that makes a calendar period (``covers_calendar_period``)."""
    if period is None or dt.date.min in period or dt.date.max in period:
        return False
    return covers_calendar_period(*period)


def _part_and_total(total: frozenset[str], part: frozenset[str]) -> bool:
    """True when ``total`` is a total over the story's parts and ``part`` names one
    part (one place or one name; a figure given for two places or more is a total too)."""
    if not part or ALL_SCOPE in part:
        return False
    if PART_SCOPE in part and not _places(total) and _places(part):
        return True  # "allein in Frankfurt 600": one place's share of a figure for none
    if ALL_SCOPE in total:
        return len(_places(part)) < 2
    if len(total) < 2:
        return False  # most figures: no scope or one place (asked for every pair)
    # given for two places of one kind ("in Peru and Ecuador") against one of them
    pt, pp = _places(total), _places(part)
    for kind in {k.partition(":")[0] for k in pt}:
        of_kind = {k for k in pt if k.startswith(kind + ":")}
        mine = {k for k in pp if k.startswith(kind + ":")}
        if len(of_kind) >= 2 and len(mine) == 1 and mine < of_kind:
            return True
    return False


def _occasion(x: Identity) -> tuple[dt.date, dt.date] | None:
    """The days an occasion's figure may describe: its own time, else any day up to its
    article's (a weekly reports Monday's rally on Thursday)."""
    if x.period is not None:
        return x.period
    if x.asof is not None:
        return (dt.date.min, x.asof[1])
    return None


def _apart(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])


def _kinds(scope: frozenset[str]) -> frozenset[str]:
    """The kinds of people a share is held by (see ``concepts.KIND_PREFIX``)."""
    if not scope:
        return _EMPTY
    return frozenset(x for x in scope if x.startswith(KIND_PREFIX))


def _excepted(scope: frozenset[str]) -> frozenset[str]:
    """The places a figure is not given for (see ``concepts.EXCEPT_PREFIX``)."""
    if not scope:
        return _EMPTY
    return frozenset(x[len(EXCEPT_PREFIX) :] for x in scope if x.startswith(EXCEPT_PREFIX))


def _held(places: frozenset[str]) -> frozenset[str]:
    held = _HELD.get(places)
    if held is None:
        if len(_HELD) >= _MEMO_SIZE:
            _HELD.clear()
        held = _HELD[places] = frozenset(x for x in places if x.startswith("held:"))
    return held


def _places(scope: frozenset[str]) -> frozenset[str]:
    if not scope:
        return _EMPTY
    places = _PLACES.get(scope)  # asked several times per compared pair; scopes recur
    if places is None:
        if len(_PLACES) >= _MEMO_SIZE:
            _PLACES.clear()
        places = _PLACES[scope] = frozenset(x for x in scope if is_place_key(x))
    return places


_MEMO_SIZE = 4096
_PLACES: dict[frozenset[str], frozenset[str]] = {}
_HELD: dict[frozenset[str], frozenset[str]] = {}


def same_thing(a: Claim, b: Claim) -> bool:
    """True when two quantity claims (of one block) speak of the same thing."""
    ia, ib = identity(a), identity(b)
    return ia is not None and ib is not None and compatible(ia, ib)


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


@lru_cache(maxsize=4096)
def flows_apart(a: str | None, b: str | None) -> bool:
    """True when two origins (or two destinations) of a flow are both named and name two
    places neither of which lies within the other: "aus Ecuador" and "aus Südamerika" may
    be one shipment's origin (the gazetteer puts each country within its continent), "from
    Colombia" and "from Ecuador" are two."""
    if not a or not b or a == b:
        return False
    from factcheck.extract.places.lookup import place_by_key, related

    pa, pb = place_by_key(a), place_by_key(b)
    return pa is None or pb is None or not related(pa, pb)


@lru_cache(maxsize=65536)
def _actors_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    from factcheck.extract.names import same_name

    return any(same_name(x, y) for x in a for y in b)


def articles_by_id(articles: Iterable[Article] | None) -> Mapping[str, Article]:
    """Articles by id (empty when none were given)."""
    return {a.id: a for a in articles or ()}


__all__ = [
    "COMPARABLE_MODALITIES",
    "HORIZON_DAYS",
    "MAX_FINDINGS_PER_CLAIM",
    "MIN_CONFIDENCE",
    "WINDOW",
    "Comparable",
    "Identity",
    "articles_by_id",
    "base_unit",
    "blocks",
    "candidate_pairs",
    "comparable",
    "compatible",
    "dimension_of",
    "identity",
    "identity_compatible",
    "identity_slots",
    "in_common_unit",
    "measure_key",
    "same_thing",
    "slot_key",
    "sweep_arrays",
    "sweep_order",
    "sweep_span",
]
