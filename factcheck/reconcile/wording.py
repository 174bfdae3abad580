"""The words of a quantity finding: the phrases for each claim, the reasons, the severity
and the sentence, written once the engine has decided that two figures disagree and the
ranking has kept their pair (see :func:`factcheck.reconcile.engine.block_findings`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Interval,
    Modality,
    Qualifier,
    Reason,
    ReasonCode,
    Severity,
    UnitKind,
)
from factcheck.reconcile import asof as asof_mod
from factcheck.reconcile.agreement import digit_slipped, whole_values
from factcheck.reconcile.cues import has_revision_cue
from factcheck.reconcile.explain import (
    cap,
    figure_phrase,
    interval_phrase,
    quoted,
    reasons_clause,
    source_phrase,
    value_phrase,
    where,
)
from factcheck.reconcile.quantities import Comparable, base_unit
from factcheck.reconcile.ranking import PRAGMATIC_REASON, Ranked
from factcheck.reconcile.severity import severity
from factcheck.reconcile.sources import Relation, primary


class Phrases:
    """The words for each claim (where, value, source, figure, revision cue), made once
    per run: a claim often takes part in several findings."""

    def __init__(self, arts: Mapping[str, Article]) -> None:
        self.arts = arts
        self._where: dict[str, str] = {}
        self._value: dict[str, str] = {}
        self._source: dict[str, str] = {}
        self._cue: dict[tuple[str, int, int], bool] = {}
        self._gives: dict[tuple[str, bool], str] = {}
        self._interval: dict[tuple[str, float | None, float | None], str] = {}

    def where(self, c: Claim) -> str:
        w = self._where.get(c.article)  # the same for every claim of an article
        if w is None:
            w = self._where[c.article] = where(c, self.arts)
        return w

    def value(self, c: Claim) -> str:
        v = self._value.get(c.id)
        if v is None:
            v = self._value[c.id] = value_phrase(c)
        return v

    def source(self, c: Claim) -> str:
        v = self._source.get(c.id)
        if v is None:
            v = self._source[c.id] = source_phrase(c)
        return v

    def gives(self, c: Claim, planned: bool) -> str:
        """``article 003 (undated) gives about 4,300 Container, according to "..."``."""
        key = (c.id, planned)
        v = self._gives.get(key)
        if v is None:
            mark = " as planned" if planned else ""
            v = self._gives[key] = f"{self.where(c)} gives {self.value(c)}{mark}, {self.source(c)}"
        return v

    def interval(self, comp: Comparable) -> str:
        """The compared interval in words, with the unit for measures and money."""
        # keyed by the interval too: a figure is compared in its logical reading and, for
        # an open hedge, in its pragmatic one
        key = (comp.claim.id, comp.interval.low, comp.interval.high)
        v = self._interval.get(key)
        if v is None:
            v = self._interval[key] = interval_phrase(*_in_own_unit(comp))
        return v

    def figure(self, c: Claim) -> str:
        """The figure alone, for reasons: ``4,300``; a range or vague amount in words."""
        return figure_phrase(c)

    def revision_cue(self, c: Claim) -> bool:
        """Whether the claim's sentence presents it as a correction (once per sentence)."""
        if c.sentence is None:
            return False
        key = (c.article, c.sentence.start, c.sentence.end)
        v = self._cue.get(key)
        if v is None:
            art = self.arts.get(c.article)
            v = False
            if art is not None:
                lang = art.language.split("-")[0].lower()
                v = has_revision_cue(art.text, c.sentence.start, c.sentence.end, lang)
            self._cue[key] = v
        return v


@lru_cache(maxsize=65536)
def _reason(code: ReasonCode, text: str) -> Reason:
    """A reason; equal reasons are one shared (frozen) object, which saves memory when
    a million claims give hundreds of thousands of findings."""
    return Reason(code=code, text=text)


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding decided (by ``factcheck.reconcile.engine._decide``) but not yet
    written: what :func:`~factcheck.reconcile.ranking.kept` ranks it by, and what
    :func:`write` needs to write it."""

    ranked: Ranked
    a: Comparable
    b: Comparable
    low: Comparable
    high: Comparable
    later: Comparable | None
    earlier: Comparable | None
    cumulative: bool
    same_day: bool
    asof: asof_mod.AsOf | None
    """The first figure's as-of time, for a sentence on two figures of one day."""
    plan: bool
    source: Relation
    rel: float
    bounds: bool


def write(p: Draft, arts: Mapping[str, Article], w: Phrases) -> Discrepancy:
    """The decided finding with its reasons, severity and sentence (the second half of
    :func:`factcheck.reconcile.engine.classify`)."""
    a, b, low, high, later, earlier = p.a, p.b, p.low, p.high, p.later, p.earlier
    ca, cb = a.claim, b.claim
    cumulative, kind, rel_src = p.cumulative, p.ranked.kind, p.source
    reasons: list[Reason] = []

    if kind is DiscrepancyKind.REVISION and later is not None and earlier is not None:
        reasons.append(
            _reason(
                ReasonCode.REVISION,
                f"the {w.figure(later.claim)} is presented as a correction of "
                f"the {w.figure(earlier.claim)}",
            )
        )
    elif cumulative and later is low:
        reasons.append(
            _reason(
                ReasonCode.REVISION,
                f"a running total cannot fall: the later {w.figure(low.claim)} may correct "
                f"the earlier {w.figure(high.claim)}",
            )
        )
    elif cumulative and not p.same_day:
        reasons.append(
            _reason(
                ReasonCode.GROWING_TOTAL,
                f"the {w.figure(low.claim)} may be an older count of a growing total",
            )
        )
        reasons.append(_reason(ReasonCode.DIFFERENT_AS_OF_DATES, _dates(ca, cb, arts)))
    elif later is not None and earlier is not None and not cumulative:
        reasons.append(
            _reason(
                ReasonCode.REVISION,
                f"the later {w.figure(later.claim)} may correct the earlier "
                f"{w.figure(earlier.claim)}",
            )
        )

    if p.plan:
        reasons.append(
            _reason(
                ReasonCode.PLAN_VS_REPORT,
                "one figure is a plan or forecast, the other a report of what happened",
            )
        )

    if rel_src >= Relation.SAME_INSTITUTION:
        reasons.append(_reason(ReasonCode.SAME_PRIMARY_SOURCE, _same_source(ca, cb, rel_src)))
        if kind is DiscrepancyKind.INTERNAL:
            reasons.append(_reason(ReasonCode.SELF_CONTRADICTION, "the article contradicts itself"))
    elif primary(ca.attribution) is not None and primary(cb.attribution) is not None:
        reasons.append(
            _reason(
                ReasonCode.DIFFERENT_SOURCES,
                f"different sources: {_src_names(ca)} and {_src_names(cb)}",
            )
        )

    vague = False
    for c in (ca, cb):
        if c.quantity is not None and c.quantity.qualifier.is_vague:
            vague = True
            reasons.append(
                _reason(
                    ReasonCode.UNCERTAIN_READING,
                    f'"{c.quote}" is a vague amount whose range is a convention',
                )
            )
    gap = a.interval.gap(b.interval)
    prec = max(_precision_in_base(a), _precision_in_base(b))
    # an approximate figure's range already holds its rounding ("rund 12.000" against
    # "etwa 15.000" is no rounding of one figure)
    exact = any(
        c.quantity is not None and c.quantity.qualifier is Qualifier.EXACT for c in (ca, cb)
    )
    # for two counts written to their last unit the gap is their difference: "2 dead" and
    # "3 dead" are no rounding of one figure; nor are two ages ("40" and "41")
    if whole_values(a, b) and a.nominal is not None and b.nominal is not None:
        gap = abs(a.nominal - b.nominal)
    within_rounding = bool(prec) and gap <= prec / 2 and exact
    if within_rounding:
        reasons.append(
            _reason(ReasonCode.ROUNDING, "the gap is within the rounding of the stated figures")
        )
    if digit_slipped(a, b):
        reasons.append(
            _reason(
                ReasonCode.TRANSLATION_OR_TRANSCRIPTION,
                "the figures are a power of ten apart, as a slipped zero or decimal place "
                "would make them",
            )
        )
    if _scope_differs(ca, cb):
        reasons.append(
            _reason(
                ReasonCode.DIFFERENT_SCOPE,
                f'"{_thing(ca)}" and "{_thing(cb)}" may count different things',
            )
        )
    sev = severity(
        p.rel,
        rel_src,
        within_rounding=within_rounding,
        vague=vague,
        plan_vs_report=p.plan,
        revision=kind is DiscrepancyKind.REVISION,
    )
    if p.ranked.pragmatic:
        sev = Severity.MINOR
        reasons.append(
            _reason(
                ReasonCode.UNCERTAIN_READING,
                f"{PRAGMATIC_REASON}: the figures can both hold by logic, "
                + (
                    f'but "{ca.quote}" and "{cb.quote}" name different bounds'
                    if p.bounds
                    else f"but no careful writer gives {w.figure(low.claim)} for "
                    f"{w.figure(high.claim)}"
                ),
            )
        )
    if kind is DiscrepancyKind.REVISION and later is not None and earlier is not None:
        text = _revision_sentence(later, earlier, w, reasons)
    else:
        text = _sentence(a, b, w, reasons, p.asof)
    r = p.ranked
    return Discrepancy(
        id=r.id,
        kind=kind,
        severity=sev,
        claims=r.claims,
        explanation=text,
        reasons=tuple(reasons),
        within_article=r.within_article,
        gap=r.gap,
    )


def _revision_sentence(
    later: Comparable, earlier: Comparable, w: Phrases, reasons: list[Reason]
) -> str:
    cl, ce = later.claim, earlier.claim
    return (
        f"{cap(w.where(cl))} gives {w.value(cl)}, {w.source(cl)}, correcting "
        f"{w.value(ce)} in {w.where(ce)}, {w.source(ce)}{reasons_clause(reasons)}."
    )


def _sentence(
    a: Comparable,
    b: Comparable,
    w: Phrases,
    reasons: list[Reason],
    same_day: asof_mod.AsOf | None,
) -> str:
    ca, cb = a.claim, b.claim
    why = reasons_clause(reasons)
    planned_a, planned_b = ca.modality is Modality.PLANNED, cb.modality is Modality.PLANNED
    when = f"as of {same_day[0].isoformat()}, " if same_day is not None else ""
    if ca.article == cb.article:
        plan_a = " as planned" if planned_a and not planned_b else ""
        plan_b = " as planned" if planned_b and not planned_a else ""
        head = (
            f"{cap(w.where(ca))} gives both {w.value(ca)}{plan_a}, {w.source(ca)}, "
            f"and {w.value(cb)}{plan_b}, {w.source(cb)}"
        )
    else:
        head = (
            f"{cap(w.gives(ca, planned_a and not planned_b))}, "
            f"while {w.gives(cb, planned_b and not planned_a)}"
        )
    return f"{head}: {when}{w.interval(a)} and {w.interval(b)} cannot both hold{why}."


def _in_own_unit(c: Comparable) -> tuple[Interval, str]:
    """The compared interval in the unit the claim was written in ("67.5-68.5 year", not
    two billion seconds; "295-305 meter" stays as it is), with that unit's name."""
    q = c.claim.quantity
    unit = _unit(c)
    if q is None or q.unit_kind is not UnitKind.PHYSICAL or not q.unit or q.unit == unit:
        return c.interval, unit
    _base, factor = base_unit(q.unit)
    if not factor:
        return c.interval, unit
    return c.interval.scaled(1 / factor), q.unit


def _unit(c: Comparable) -> str:
    """The unit the compared interval is in, for measures and money; none for counts."""
    q = c.claim.quantity
    if q is None or q.unit_kind in (UnitKind.COUNT, UnitKind.NONE):
        return ""
    return c.unit or ""


def _precision_in_base(c: Comparable) -> float:
    q = c.claim.quantity
    if q is None or not q.precision:
        return 0.0
    if q.nominal and c.nominal is not None:
        return q.precision * abs(c.nominal / q.nominal)
    return q.precision


def _same_source(a: Claim, b: Claim, rel: Relation) -> str:
    pa, pb = primary(a.attribution), primary(b.attribution)
    if pa is None or pb is None:
        return "both figures are the article's own"
    if rel is Relation.SAME_SOURCE:
        return f"both figures trace back to one source, {quoted(pa.name)}"
    return f"both figures come from one institution: {quoted(pa.name)} and {quoted(pb.name)}"


def _src_names(c: Claim) -> str:
    p = primary(c.attribution)
    return quoted(p.name) if p is not None else "the article"


def _thing(c: Claim) -> str:
    return (c.measure.surface or c.measure.thing) if c.measure else "?"


def _scope_differs(a: Claim, b: Claim) -> bool:
    """The counted things are narrowed differently ("Frachtcontainer" vs "Container"), or,
    with no concept to tie them, named differently."""
    ma, mb = a.measure, b.measure
    if ma is None or mb is None:
        return False
    if {m.casefold() for m in ma.modifiers} != {m.casefold() for m in mb.modifiers}:
        return True
    return not (ma.concept and mb.concept) and ma.thing.casefold() != mb.thing.casefold()


def _dates(a: Claim, b: Claim, arts: Mapping[str, Article]) -> str:
    """Why the figures may be as of different dates, from the articles' dates."""

    def dated(c: Claim) -> str | None:
        art = arts.get(c.article)
        return str(art.published) if art is not None and art.published.known else None

    da, db = dated(a), dated(b)
    if da is None and db is None:
        return "neither article is dated, so the figures may be as of different dates"
    if da is None or db is None:
        missing = a.article if da is None else b.article
        return f"article {missing} is undated, so the figures may be as of different dates"
    if da == db:
        return f"both articles are dated only to {da}, so the figures may be as of different days"
    return f"the articles are dated {da} and {db}, so the figures may be as of different dates"


__all__ = ["Draft", "Phrases", "write"]
