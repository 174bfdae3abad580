"""The reconciliation run: blocking, comparison, classification and explanation.

:func:`run` gathers three kinds of findings and returns them gravest first:

* quantity findings (:func:`quantity_findings`): two figures for one thing whose
  intervals do not overlap, classified by :func:`classify` into a value conflict, a
  revision, a plan against a report, or an article contradicting itself;
* event findings (:mod:`factcheck.reconcile.events`): one event placed or dated
  differently;
* within-article findings (:mod:`factcheck.reconcile.internal`).

Severity (:func:`severity`) starts from how far the intervals lie apart and moves with
how the sources relate and with what could explain the gap (see docs/reconciliation.md).
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from factcheck.lang.concepts import (
    EARLIER_SCOPE,
    HELD_CONCEPTS,
    POPULATION,
)
from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Modality,
    Qualifier,
    discrepancy_id,
)
from factcheck.reconcile import asof as asof_mod
from factcheck.reconcile.agreement import (
    BARE_RATIO,
    EXACT_AND_APPROX,
    MAX_RATIO,
    agree,
    agree_facts,
    bare_count,
    bound_readings,
    digit_slipped,
    magnitude_ratio,
    plausibly_same,
    pragmatic_reading,
    relative_gap,
    slipped_sum,
    unit_slipped,
    value_facts,
    without_double_rounding,
)
from factcheck.reconcile.checks import CrossCheck
from factcheck.reconcile.quantities import (
    HORIZON_DAYS,
    MAX_FINDINGS_PER_CLAIM,
    WINDOW,
    Comparable,
    articles_by_id,
    blocks,
    comparable,
    compatible,
    flows_apart,
    identity_slots,
    sweep_arrays,
)
from factcheck.reconcile.ranking import (
    Ranked,
    capped,
    kept,
    named_source,
    told_in,
    value_class,
    with_echoes,
)
from factcheck.reconcile.readings import (
    RECOVERY_SHARE,
    day_of_total,
    deployed,
    died_since,
    earlier_reading,
    fallen,
    later_day_part,
    later_in_the_day,
    reading_of_the_day,
    recovering,
    risen,
    toll,
    two_moments,
)
from factcheck.reconcile.scopes import (
    SCOPE_GAP,
    alone_below,
    crew_apart,
    harmed_part,
    intensive,
    maxima,
    names_apart,
    narrowed,
    narrowed_apart,
    narrower_noun,
    rate_of_a_place,
    said_of_a_part,
    since_above,
    whole_above,
    within_longer,
)
from factcheck.reconcile.severity import CRITICAL_GAP as CRITICAL_GAP
from factcheck.reconcile.severity import LEVELS as LEVELS
from factcheck.reconcile.severity import MINOR_GAP as MINOR_GAP
from factcheck.reconcile.severity import bump as bump
from factcheck.reconcile.severity import severity as severity
from factcheck.reconcile.sources import Relation, relation
from factcheck.reconcile.told import told_as_earlier, told_as_part, told_by_both
from factcheck.reconcile.wording import Draft, Phrases, write

INTERIM_GROWTH = 3.0
"""An early count ("bereits", "so far") may lie up to this factor below another figure and
still be the same count growing: 3,000 in the morning, 6,000 by noon."""


@dataclass(frozen=True, slots=True)
class SchemaRule:
    """What a claim's schema says about comparing its claims."""

    temporal: str | None
    """``cumulative`` or ``fixed`` for user schemas; None to follow the measure."""
    tolerance: float
    """Relative difference tolerated beyond the hedges."""


class _Rules:
    """Schema rules and identity slots, looked up once per kind and run (schemas can be
    registered between runs)."""

    def __init__(self) -> None:
        self._rules: dict[str, SchemaRule] = {}
        self._slots: dict[str, tuple[str, ...] | None] = {}

    def rule(self, kind: str) -> SchemaRule:
        r = self._rules.get(kind)
        if r is None:
            r = self._rules[kind] = _lookup_rule(kind)
        return r

    def slots(self, kind: str) -> tuple[str, ...] | None:
        if kind not in self._slots:
            self._slots[kind] = identity_slots(kind)
        return self._slots[kind]


def _lookup_rule(kind: str) -> SchemaRule:
    from factcheck.registry import schemas

    if kind in schemas:
        s = schemas.get(kind)
        if not getattr(s, "builtin", False):
            return SchemaRule(str(s.temporal), float(s.tolerance))
    return SchemaRule(None, 0.0)


def run(
    claims: list[Claim], articles: Sequence[Article], checks: Sequence[CrossCheck]
) -> list[Discrepancy]:
    """All findings among ``claims``, gravest first; independent of input order.

    The cyclic garbage collector is paused during the run: the run makes many small
    objects and no reference cycles, and with a million claims alive each collection
    would walk them all again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(claims, articles, checks)
    finally:
        if enabled:
            gc.enable()


def _run(
    claims: list[Claim], articles: Sequence[Article], checks: Sequence[CrossCheck]
) -> list[Discrepancy]:
    from factcheck.reconcile.events import ActorIndex, event_findings
    from factcheck.reconcile.internal import internal_findings
    from factcheck.registry import comparators

    unique = {c.id: c for c in claims}
    arts = articles_by_id(sorted(articles, key=lambda a: a.id))
    # one pass routes each claim to the checks that can use it (with a million claims,
    # every pass over all of them costs seconds of memory traffic)
    figures: list[Claim] = []
    events: list[Claim] = []
    dated: list[Claim] = []
    crossed: list[list[Claim]] = [[] for _ in checks]
    # the checks of figures are asked of figures alone, the others of the other claims
    of_figures = [(x.takes, t) for x, t in zip(checks, crossed, strict=True) if x.figures]
    of_others = [(x.takes, t) for x, t in zip(checks, crossed, strict=True) if not x.figures]
    kinds = dict(comparators.items())
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for k in sorted(unique):
        c = unique[k]
        for takes, taken in of_figures if c.quantity is not None else of_others:
            if takes(c):
                taken.append(c)
        if c.quantity is not None:
            figures.append(c)
        if c.kind == "event":
            events.append(c)
        elif c.kind in kinds:  # a kind with a registered comparator (clock times...)
            grouped.setdefault((c.kind, kinds[c.kind].group(c)), []).append(c)
        t = c.date or c.time
        if t is not None and t.weekday is not None and c.quantity is None:
            dated.append(c)
    found: dict[str, Discrepancy] = {}
    for d in quantity_findings(figures, arts):
        found.setdefault(d.id, d)
    actors = ActorIndex.of(events)
    for d in event_findings(events, arts, actors):
        found.setdefault(d.id, d)
    for kind, key in sorted(grouped):
        for d in kinds[kind].findings(grouped[kind, key], arts):
            found.setdefault(d.id, d)
    for check, taken in zip(checks, crossed, strict=True):
        for d in check.findings(taken, arts):
            found.setdefault(d.id, d)
    within = sorted([*figures, *dated], key=lambda c: c.id)
    for d in internal_findings(within, arts, actors):
        found.setdefault(d.id, d)
    return sorted(found.values(), key=lambda d: (-d.severity.rank, d.kind.value, d.id))


# -- quantities -------------------------------------------------------------------------


def quantity_findings(
    claims: Iterable[Claim], arts: Mapping[str, Article]
) -> Iterator[Discrepancy]:
    """Findings between quantity claims of one measure key (see
    :mod:`factcheck.reconcile.quantities` for blocking and agreement), block by block in
    key order: :func:`block_findings` does the work of one block (the distributed run in
    :mod:`factcheck.distributed` calls it too, on each block's worker)."""
    rules = _Rules()
    words = Phrases(arts)
    for _key, group in sorted(blocks(claims).items()):
        yield from block_findings(group, arts, rules=rules, words=words)


def block_findings(
    group: Iterable[Claim],
    arts: Mapping[str, Article],
    *,
    rules: _Rules | None = None,
    words: Phrases | None = None,
    rows: int | None = None,
    per_claim: int = MAX_FINDINGS_PER_CLAIM,
    merge: bool = True,
) -> Iterator[Discrepancy]:
    """Findings among the claims of one block (one measure key), swept in time order.

    The block's disagreements are ranked before the per-claim cap applies, the closest
    figures first (an outlier far from every figure is rarely the same thing), so that
    noise never uses up a claim's findings before its real counterpart is reached.

    ``rows`` and ``per_claim`` serve a block split along the sweep: only the first ``rows``
    claims in sweep order start pairs (the rest are the next part's first claims, looked
    ahead to), and ``per_claim`` is the number of findings a claim takes part in (the
    default, :data:`~factcheck.reconcile.quantities.MAX_FINDINGS_PER_CLAIM`, for a whole
    block); ``merge=False`` keeps echoes apart (a split block merges them once its parts
    are ranked together, see :func:`capped`)."""
    rules = rules or _Rules()
    words = words or Phrases(arts)
    inf = math.inf
    window, horizon = WINDOW, HORIZON_DAYS
    comps: list[Comparable] = []
    for c in group:
        comp = comparable(
            c,
            rules.rule(c.kind).tolerance,
            asof=asof_mod.as_of(c, arts),
            slots=rules.slots,
        )
        if comp is not None and comp.identity is not None:
            comps.append(comp)
    ordered, starts, ends = sweep_arrays(comps)
    los = [-inf if c.interval.low is None else c.interval.low for c in ordered]
    his = [inf if c.interval.high is None else c.interval.high for c in ordered]
    readings = [pragmatic_reading(c) for c in ordered]
    opens = [r is not c for r, c in zip(readings, ordered, strict=True)]
    facts = [value_facts(c) for c in ordered]  # what agree() reads of each
    # an exact figure against an approximate one drops its rounding (agreement.agree)
    hedges = [f.hedge for f in facts]
    found: list[tuple[int, int, Ranked]] = []
    drafts: list[Draft] = []
    texts = _folded_texts(arts)
    n = len(ordered)
    idents = [c.identity for c in ordered]  # every one has an identity (comps above)
    origins = [x.origin if x is not None else None for x in idents]
    dests = [x.destination if x is not None else None for x in idents]
    # what compatible() reads first, once per claim: a flow against a figure that is none,
    # a plan against a report
    flows = [x is not None and bool(x.origin or x.destination) for x in idents]
    contents = [x is not None and bool(x.content) for x in idents]
    plans = [x is not None and x.planned for x in idents]
    bare = [bare_count(c) for c in ordered]
    units = [c.claim.quantity.unit if c.claim.quantity else None for c in ordered]
    # seats and votes: two holders named are two things (scopes.names_apart)
    m0 = ordered[0].claim.measure if ordered else None
    held = m0 is not None and (m0.key in HELD_CONCEPTS or m0.key == POPULATION)
    # the states of things one article gives a running count of ("26 cars derailed, three
    # more than first reported"): the story's other counts in that state are readings too
    grown = {x.state for x in idents if x is not None and x.state is not None and x.cumulative}
    # each article's figures it gives as earlier ones ("zunächst war von rund 40 die Rede")
    earlier: dict[str, list[Comparable]] = {}
    for comp in ordered:
        if comp.claim.measure is not None and EARLIER_SCOPE in comp.claim.measure.scope:
            earlier.setdefault(comp.claim.article, []).append(comp)
    # the pairs of quantities.candidate_pairs, walked inline (a million claims)
    for i in range(n if rows is None else min(rows, n)):
        lo_i, hi_i, limit = los[i], his[i], ends[i] + horizon
        oi, di = origins[i], dests[i]
        for j in range(i + 1, min(n, i + 1 + window)):
            if starts[j] > limit:
                break
            if (
                los[j] < hi_i
                and his[j] > lo_i
                and not (opens[i] or opens[j])
                and hedges[i] + hedges[j] != EXACT_AND_APPROX
                and (units[i] == units[j] or not unit_slipped(ordered[i], ordered[j]))
            ):
                continue  # the intervals overlap inside: they agree (unless a unit slipped)
            oj, dj = origins[j], dests[j]
            if (oi and oj and oi != oj and flows_apart(oi, oj)) or (
                di and dj and di != dj and flows_apart(di, dj)
            ):
                continue  # flows between other parties (checked again by compatible)
            if (flows[i] != flows[j] and not (contents[i] and contents[j])) or (
                plans[i] != plans[j]
            ):
                continue  # two different statements (as compatible reads them)
            # plausibly_same from the stated numbers (ValueFacts.size, 0 when none)
            mi, mj = facts[i].size, facts[j].size
            if mi and mj:
                limit_ij = BARE_RATIO if bare[i] or bare[j] else MAX_RATIO
                if (mi / mj if mi > mj else mj / mi) > limit_ij and not digit_slipped(
                    ordered[i], ordered[j]
                ):
                    continue  # too far apart to count one thing (as plausibly_same reads it)
                sized = True
            else:
                sized = False
            # the value tests first: they are cheaper than compatible and rule out
            # most pairs (all the tests are pure, their order does not change a finding)
            a, b = ordered[i], ordered[j]
            pragmatic = two_bounds = False
            slipped = units[i] != units[j] and unit_slipped(a, b)
            if agree_facts(facts[i], facts[j]) and not slipped:  # agree(a, b)
                pa, pb = readings[i], readings[j]
                if (pa is a and pb is b) or agree(pa, pb):
                    bounds = bound_readings(a, b)
                    if bounds is None or agree(*bounds):
                        continue
                    pa, pb = bounds  # "bis zu 9" and "bis zu 10 Milliarden"
                    two_bounds = True
                a, b, pragmatic = pa, pb, True  # "über 50.000" for 180,000
            if not sized and not plausibly_same(a, b):
                continue
            assert a.identity is not None and b.identity is not None
            if (
                not compatible(a.identity, b.identity)
                or names_apart(a.identity, b.identity, texts, held=held)
                or told_by_both(a.claim, b.claim, texts)
                or told_as_part(a.claim, b.claim, arts)
                or (earlier and told_as_earlier(a, b, earlier))
            ):
                continue
            draft = _decide(
                a,
                b,
                arts,
                rules.rule(a.claim.kind),
                words=words,
                pragmatic=pragmatic,
                bounds=two_bounds,
                grown=a.identity.state in grown and a.identity.state == b.identity.state,
            )
            if draft is not None:
                found.append((i, j, draft.ranked))
                drafts.append(draft)
    if not found:
        return  # most blocks: nothing to rank
    # the findings are written (sentence, reasons) only for the pairs the ranking keeps
    classes = [value_class(c.claim) for c in ordered] if merge else None
    sourced = [named_source(c.claim) for c in ordered]
    told = [told_in(c.claim, arts) for c in ordered]
    for at, more in kept(found, per_claim, classes, sourced, told):
        d = write(drafts[at], arts, words)
        yield with_echoes(d, more) if more else d


_FOLDED: dict[int, tuple[Mapping[str, Article], dict[str, str]]] = {}


def _folded_texts(arts: Mapping[str, Article]) -> dict[str, str]:
    """The articles' texts, case-folded, made once per mapping of articles."""
    hit = _FOLDED.get(id(arts))
    if hit is not None and hit[0] is arts:
        return hit[1]
    texts = {k: a.text.casefold() for k, a in arts.items()}
    _FOLDED.clear()
    _FOLDED[id(arts)] = (arts, texts)
    return texts


def _position(c: Claim) -> tuple[str, int, str]:
    return (c.article, c.span.start, c.id)


VAGUE_RATIO = 2.0
"""A figure below a vague amount ("dozens", "mehrere") conflicts with it only when the
vague amount's lowest reading is at least this factor above the figure."""

VAGUE_ABOVE_RATIO = 2.5
"""A figure above a vague amount conflicts with it only when it is at least this factor
above the vague amount's highest reading (where the next vague word would start: "dozens"
up to 200): news uses vague words as floors ("*thousands of* employees" of a firm of
43,700), while "dozens of missiles" beside 600 is still told. "Several" and "a few" have no
top in use at all (:data:`_OPEN_VAGUE`)."""


_OPEN_VAGUE = frozenset({Qualifier.FEW, Qualifier.SEVERAL})
"""Vague words with no upper reading in use ("mehrere", "einige", "several", "a few"): a
figure above them never conflicts with them ("several counties", "more than 12 counties").
"Dozens" or "hundreds" still stop where the next plural word starts."""


def _vague_near(a: Comparable, b: Comparable) -> bool:
    """True when a figure lies below a vague amount by less than :data:`VAGUE_RATIO`
    ("19 villages" and "dozens of villages"), or above one by less than
    :data:`VAGUE_ABOVE_RATIO` ("mehrere Verletzte" and "15 Verletzte")."""
    low, high = (a, b) if _below(a, b) else (b, a)
    top = low.interval.high if low.interval.high is not None else low.nominal
    bottom = high.interval.low if high.interval.low is not None else high.nominal
    if top is None or bottom is None or top <= 0:
        return False
    qh, ql = high.claim.quantity, low.claim.quantity
    if qh is not None and qh.qualifier.is_vague:
        return bottom / top < VAGUE_RATIO
    if ql is not None and ql.qualifier in _OPEN_VAGUE:
        return True  # "Mehrere Überlebende berichteten ..." and 38 survivors
    if ql is not None and ql.qualifier.is_vague:
        return bottom / top < VAGUE_ABOVE_RATIO
    return False


def classify(
    a: Comparable,
    b: Comparable,
    arts: Mapping[str, Article],
    rule: SchemaRule | None = None,
    *,
    words: Phrases | None = None,
    pragmatic: bool = False,
    bounds: bool = False,
) -> Discrepancy | None:
    """The finding for two figures of one thing that do not agree, or None when the
    difference is an update (a running total that grew between dated reports).

    ``pragmatic``: the two agree only by the logic of an open hedge ("more than 50,000"
    admits 180,000) and are compared in their pragmatic reading (see
    :func:`~factcheck.reconcile.agreement.pragmatic_reading`): the finding is ``minor``
    and says so. ``bounds``: the two are open the same way ("up to 9 billion", "up to 10
    billion") and are read as the bounds they name (see
    :func:`~factcheck.reconcile.agreement.bound_readings`).

    The kind: ``revision`` when the later figure is presented as a correction (by date,
    or by its wording when the dates are unknown), ``plan_vs_report`` when one figure is
    a plan and the other is not, ``internal`` when one source contradicts itself within
    one article, else ``value_conflict``.
    """
    w = words or Phrases(arts)
    draft = _decide(a, b, arts, rule, words=w, pragmatic=pragmatic, bounds=bounds)
    return None if draft is None else write(draft, arts, w)


def _floor(claim: Claim) -> bool:
    """True when the claim's figure is a floor ("mindestens fünf", "more than 40")."""
    q = claim.quantity
    return q is not None and q.qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN)


def _decide(
    a: Comparable,
    b: Comparable,
    arts: Mapping[str, Article],
    rule: SchemaRule | None,
    *,
    words: Phrases,
    pragmatic: bool,
    bounds: bool,
    grown: bool = False,
) -> Draft | None:
    """The first half of :func:`classify`: whether the two figures make a finding, and
    its kind, id and gap (what the ranking reads); the words come later, in
    :func:`~factcheck.reconcile.wording.write`, for the findings the ranking keeps.
    ``grown``: the block gives a running count of the pair's state, so the pair is read as
    one too."""
    a, b = without_double_rounding(a, b)  # as agree() read them
    if _position(a.claim) > _position(b.claim):
        a, b = b, a
    ca, cb = a.claim, b.claim
    rule = rule or SchemaRule(None, 0.0)
    low, high = (a, b) if _below(a, b) else (b, a)
    cumulative = rule.temporal == "cumulative" or (
        rule.temporal != "fixed"
        and (
            grown
            or bool(
                (ca.measure and ca.measure.cumulative) or (cb.measure and cb.measure.cumulative)
            )
        )
    )
    asof_a = a.asof if a.asof is not None else asof_mod.as_of(ca, arts)
    asof_b = b.asof if b.asof is not None else asof_mod.as_of(cb, arts)
    order = asof_mod.order(asof_a, asof_b)
    same_day = asof_mod.same_day(asof_a, asof_b)
    later: Comparable | None = None
    if order in (-1, 1):
        later = b if order == -1 else a
    if cumulative and later is high and not same_day and not slipped_sum(a, b):
        return None  # a running total grew between dated reports: an update
    if cumulative and later is low and not same_day and died_since(low, high):
        return None  # "133 injured" and a day on "154 dead, 132 hurt": one died of them
    if not cumulative and later is not high and died_since(low, high):
        return None  # "vier vermisst", that evening "drei Tote ... zwei vermisst": found dead
    if (
        not cumulative
        and not same_day
        and ((later is low and fallen(low.claim)) or (later is high and risen(high.claim)))
    ):
        return None  # "drei Sitze" on election night, "fällt auf zwei Sitze" a week on
    if same_day and cumulative and later_in_the_day(high.claim, low.claim):
        return None  # "seven on Thursday", "eight on Thursday evening": it grew that day
    if same_day and cumulative and earlier_reading(low.claim, high.claim):
        return None  # "4:15 p.m. - one person has died" in a ticker, "killing two" that day
    if same_day and cumulative and risen(high.claim) and reading_of_the_day(low.claim):
        return None  # "31 Verletzte" and "die Zahl der Verletzten stieg auf 34": it grew
    if same_day and deployed(ca) and deployed(cb) and two_moments(ca, cb):
        return None  # "by midnight, about 120 firefighters", "150 on Tuesday morning"
    moving = any(x.identity is not None and x.identity.current for x in (a, b))
    if same_day and moving and (later_in_the_day(ca, cb) or later_in_the_day(cb, ca)):
        return None  # the missing "on Thursday" and "on Thursday evening": two moments
    if (
        low.claim.measure is not None
        and low.claim.measure.interim
        and not (high.claim.measure is not None and high.claim.measure.interim and same_day)
        and (magnitude_ratio(a, b) <= INTERIM_GROWTH or _floor(low.claim))
        and not intensive(ca)
    ):
        # an early or partial count below the other figure: the count that followed
        # (a count that grows to three times itself is another story, unless it was given
        # as a floor, "nach ersten Angaben mindestens fünf"; two early counts
        # of one day are two readings of one moment, "34 by midday" and "43 by midday";
        # a speed or a height adds nothing up: "preliminary data show around 60 km/h" is
        # no part of "about 60 mph")
        return None
    if cumulative and (day_of_total(low.claim, high) or later_day_part(low.claim, high)):
        # "four hostages were released on Saturday" and "so far seven have been freed":
        # one day's count is a part of the total to date; "Two of the men were arrested
        # late Sunday" after "three had been recaptured by Saturday": that day's part
        return None
    if bounds and cumulative and later is high:
        # "more than 1,280" in the morning and "more than 1,400" at night: the bound grew
        return None
    if pragmatic and cumulative and later is not low and not same_day:
        # "more than 1,500 homes destroyed" and 4,900 weeks (or an unknown time) apart:
        # an open hedge read pragmatically says little about a total that keeps growing
        return None
    if rate_of_a_place(a, b):
        # "die Arbeitslosenquote im Freistaat lag bei 3,9 Prozent" and "6,2 Prozent": a rate
        # of one place's people and one of nobody named differ however close they are
        return None
    one_narrowed = narrowed(a) != narrowed(b) or said_of_a_part(a) != said_of_a_part(b)
    if (
        one_narrowed
        and magnitude_ratio(a, b) >= SCOPE_GAP
        and not intensive(ca)
        and not maxima(a, b)
    ):
        # "29 injured in Sulphur" and "at least 100 injured", "1.4 million nationwide" and
        # 320,000, "the health care sector added 68,000" and 272,000: far apart, and only
        # one said of a part or a whole, they count two things
        return None
    if harmed_part(low, high):
        # "Das Murachtal zählt mit rund 1.900 Hektar Rebfläche zu den kleineren
        # Anbaugebieten" and "Reben auf 420 Hektar beschädigt": the land and the part of
        # it harmed
        return None
    if within_longer(low, high):
        # "412 deaths from 3 to 9 August" and "780 deaths between 3 and 11 August": a count
        # over a span inside the other's longer span is a part of it
        return None
    if since_above(low, high) and not intensive(ca):
        # "Seit Jahresbeginn ... mehr als vier Tonnen" and "gut zwei Tonnen" (one seizure):
        # a running total since a date holds whatever single count it is above (a radius or
        # a height adds nothing up: "die seit Freitag geltende Zone mit einem Radius von 15
        # Kilometern" holds since then, no total)
        return None
    if narrower_noun(low, high):
        # "12 specialist cave divers" and "more than 30 divers": the narrowed noun counts
        # a part of what the bare one counts, and a part may be smaller
        return None
    if narrowed_apart(a, b):
        # "210 dead birds" and "180 oiled birds": two kinds of birds
        return None
    if alone_below(low, high):
        # "allein die Bottroper Feuerwehr schickte rund 120 Kräfte" and "mehr als 170
        # Feuerwehrleute": one of several parts lies below the whole
        return None
    if whole_above(low, high):
        # "200 of the city's roughly 1,100 computers" and "about 230 computers had been
        # affected": the whole set against what befell a part of it
        return None
    if crew_apart(a, b):
        # "176 people on board" and "168 passengers": the eight more are the crew
        return None
    if _vague_near(a, b):
        # "dozens of villages" and 19: a vague word is no count to check, unless the
        # figures lie far apart
        return None
    if (
        later is low
        and not same_day
        and recovering(ca)
        and recovering(cb)
        and magnitude_ratio(a, b) <= 1 / RECOVERY_SHARE
    ):
        # "36 of them seriously" on Sunday and 29 on Tuesday: patients recover; a fall
        # to a fifth within a day is no recovery but a figure to check
        return None
    if order is None and toll(ca) and toll(cb):
        # a casualty toll moves by the hour: with the as-of time of one figure unknown
        # the lower one may simply be older, and nothing tells which came first
        return None
    cue_a, cue_b = words.revision_cue(ca), words.revision_cue(cb)
    if later is None and cue_a != cue_b:
        later = a if cue_a else b  # the figure presented as a correction is the newer one
    if cumulative and later is high and not same_day and not slipped_sum(a, b):
        return None
    corrected = later is not None and (cue_a if later is a else cue_b)
    earlier = None if later is None else (b if later is a else a)
    kind = DiscrepancyKind.VALUE_CONFLICT
    if corrected and later is not None and earlier is not None:
        kind = DiscrepancyKind.REVISION
    plan = (ca.modality is Modality.PLANNED) != (cb.modality is Modality.PLANNED)
    if plan and kind is DiscrepancyKind.VALUE_CONFLICT:
        kind = DiscrepancyKind.PLAN_VS_REPORT
    rel_src = relation(ca, cb)
    same_article = ca.article == cb.article
    if (
        rel_src >= Relation.SAME_INSTITUTION
        and same_article
        and kind is DiscrepancyKind.VALUE_CONFLICT
    ):
        kind = DiscrepancyKind.INTERNAL
    rel = relative_gap(a, b)
    ids = (ca.id, cb.id) if ca.id < cb.id else (cb.id, ca.id)
    # told apart in time when wording.write gives a reason of time (a correction, an update)
    timed = (
        kind is DiscrepancyKind.REVISION
        or (cumulative and (later is low or not same_day))
        or (later is not None and not cumulative)
    )
    ranked = Ranked(
        kind, round(rel, 4), discrepancy_id(kind.value, ids), pragmatic, same_article, ids, timed
    )
    return Draft(
        ranked,
        a,
        b,
        low,
        high,
        later,
        earlier,
        cumulative,
        same_day,
        asof_a if same_day else None,
        plan,
        rel_src,
        rel,
        bounds,
    )


def _below(a: Comparable, b: Comparable) -> bool:
    """True when a's interval lies below b's (a is the lower figure)."""
    return (
        a.interval.high is not None
        and b.interval.low is not None
        and a.interval.high <= b.interval.low
    )


__all__ = [
    "CRITICAL_GAP",
    "LEVELS",
    "MINOR_GAP",
    "SchemaRule",
    "block_findings",
    "bump",
    "capped",
    "classify",
    "quantity_findings",
    "run",
    "severity",
]
