"""The reconciliation run: blocking, comparison, classification and explanation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Modality,
    Qualifier,
    Reason,
    ReasonCode,
    Severity,
    discrepancy_id,
)
from factcheck.reconcile import asof as asof_mod
from factcheck.reconcile.explain import interval_phrase, value_phrase, where, who
from factcheck.reconcile.quantities import (
    Comparable,
    agree,
    articles_by_id,
    blocks,
    comparable,
    relative_gap,
    same_thing,
)
from factcheck.reconcile.sources import Relation, relation

_LEVELS = (Severity.INFO, Severity.MINOR, Severity.MAJOR, Severity.CRITICAL)


def _bump(sev: Severity, by: int) -> Severity:
    return _LEVELS[max(0, min(3, sev.rank + by))]


@dataclass(frozen=True, slots=True)
class _SchemaRule:
    temporal: str | None
    tolerance: float


@cache
def _rule(kind: str) -> _SchemaRule:
    from factcheck.registry import schemas

    if kind in schemas:
        s = schemas.get(kind)
        if not getattr(s, "builtin", False):
            return _SchemaRule(str(s.temporal), float(s.tolerance))
    return _SchemaRule(None, 0.0)


def run(claims: list[Claim], articles: Sequence[Article]) -> list[Discrepancy]:
    """All findings among ``claims``, gravest first; independent of input order."""
    unique = {c.id: c for c in claims}
    ordered = [unique[k] for k in sorted(unique)]
    arts = articles_by_id(articles)
    found: dict[str, Discrepancy] = {}
    for d in _quantity_findings(ordered, arts):
        found.setdefault(d.id, d)
    from factcheck.reconcile.events import event_findings
    from factcheck.reconcile.internal import internal_findings

    for d in event_findings(ordered, arts):
        found.setdefault(d.id, d)
    for d in internal_findings(ordered, arts):
        found.setdefault(d.id, d)
    return sorted(found.values(), key=lambda d: (-d.severity.rank, d.kind.value, d.id))


# -- quantities -------------------------------------------------------------------------
def _quantity_findings(
    claims: Iterable[Claim], arts: Mapping[str, Article]
) -> Iterable[Discrepancy]:
    for _key, group in sorted(blocks(claims).items()):
        comps: list[Comparable] = []
        for c in group:
            comp = comparable(c, _rule(c.kind).tolerance)
            if comp is not None:
                comps.append(comp)
        comps.sort(key=lambda x: x.claim.id)
        for i, a in enumerate(comps):
            for b in comps[i + 1 :]:
                if not same_thing(a.claim, b.claim) or agree(a, b):
                    continue
                d = _classify(a, b, arts)
                if d is not None:
                    yield d


_REVISION = re.compile(
    r"(?i)(?<![\w-])(korrigiert\w*|revidiert\w*|berichtigt\w*|corrected|revised|correction)"
)


def _classify(a: Comparable, b: Comparable, arts: Mapping[str, Article]) -> Discrepancy | None:
    # present the pair in a stable order: by article, then position
    if (a.claim.article, a.claim.span.start) > (b.claim.article, b.claim.span.start):
        a, b = b, a
    ca, cb = a.claim, b.claim
    low, high = (a, b) if a.interval.gap(b.interval) and _below(a, b) else (b, a)
    rule = _rule(ca.kind)
    cumulative = bool(
        (ca.measure and ca.measure.cumulative)
        or (cb.measure and cb.measure.cumulative)
        or rule.temporal == "cumulative"
    )
    if rule.temporal == "fixed":
        cumulative = False
    asof_a = asof_mod.as_of(ca, arts)
    asof_b = asof_mod.as_of(cb, arts)
    order = asof_mod.order(asof_a, asof_b)
    reasons: list[Reason] = []
    kind = DiscrepancyKind.VALUE_CONFLICT
    rel = relative_gap(a, b)
    severity = Severity.MINOR if rel < 0.05 else Severity.MAJOR if rel < 0.6 else Severity.CRITICAL

    later_is_high = None
    if order in (-1, 1):
        later = b if order == -1 else a
        later_is_high = later is high
    if cumulative:
        if later_is_high is True:
            return None  # a running total grew between dated reports: an update
        if later_is_high is False:
            reasons.append(
                Reason(
                    code=ReasonCode.REVISION,
                    text=(
                        "a running total cannot fall: the later figure "
                        f"({value_phrase(low.claim)}) is "
                        f"lower than the earlier one ({value_phrase(high.claim)}); one may be a "
                        "correction or count something narrower"
                    ),
                )
            )
        else:
            reasons.append(
                Reason(
                    code=ReasonCode.GROWING_TOTAL,
                    text=(
                        f"the {value_phrase(low.claim)} may be an older count of a growing total"
                    ),
                )
            )
            if order is None:
                reasons.append(
                    Reason(
                        code=ReasonCode.DIFFERENT_AS_OF_DATES,
                        text=(
                            "the figures may describe different dates: "
                            + _dates_phrase(ca, cb, arts)
                        ),
                    )
                )
    elif order in (-1, 1):
        later = b if order == -1 else a
        sentence = later.claim.sentence
        text = arts[later.claim.article].text if later.claim.article in arts else ""
        if sentence is not None and _REVISION.search(text, sentence.start, sentence.end):
            kind = DiscrepancyKind.REVISION
            severity = Severity.INFO
            reasons.append(
                Reason(
                    code=ReasonCode.REVISION,
                    text=(
                        f"the later figure ({value_phrase(later.claim)}) "
                        "is presented as a correction"
                    ),
                )
            )
    if Modality.PLANNED in (ca.modality, cb.modality) and ca.modality is not cb.modality:
        kind = DiscrepancyKind.PLAN_VS_REPORT
        severity = _bump(severity, -1)
        reasons.append(
            Reason(
                code=ReasonCode.PLAN_VS_REPORT,
                text=("one figure is a plan or forecast, the other a report of what happened"),
            )
        )
    rel_src = relation(ca, cb)
    same_article = ca.article == cb.article
    if rel_src >= Relation.SAME_INSTITUTION:
        severity = _bump(severity, 1)
        reasons.append(
            Reason(
                code=ReasonCode.SAME_PRIMARY_SOURCE,
                text=(
                    "both figures trace back to the same primary source"
                    if rel_src is Relation.SAME_SOURCE
                    else "both figures come from the same institution"
                ),
            )
        )
        if same_article and kind is DiscrepancyKind.VALUE_CONFLICT:
            kind = DiscrepancyKind.INTERNAL
            reasons.append(
                Reason(code=ReasonCode.SELF_CONTRADICTION, text="the article contradicts itself")
            )
    elif rel_src is Relation.INDEPENDENT or (ca.attribution.primary and cb.attribution.primary):
        reasons.append(
            Reason(
                code=ReasonCode.DIFFERENT_SOURCES,
                text=(f"different sources: {who(ca)} vs {who(cb)}"),
            )
        )
    vague = {
        ca.quantity.qualifier if ca.quantity else None,
        cb.quantity.qualifier if cb.quantity else None,
    }
    if any(q is not None and q.is_vague for q in vague):
        severity = _bump(severity, -1)
        reasons.append(
            Reason(
                code=ReasonCode.UNCERTAIN_READING,
                text=("one figure is a vague amount whose range is a convention"),
            )
        )
    prec = max((c.quantity.precision or 0) for c in (ca, cb) if c.quantity)
    if prec and a.interval.gap(b.interval) <= prec:
        severity = _bump(severity, -1)
        reasons.append(
            Reason(
                code=ReasonCode.ROUNDING,
                text=("the difference is within the rounding of the stated figures"),
            )
        )
    if _scope_differs(ca, cb):
        reasons.append(
            Reason(
                code=ReasonCode.DIFFERENT_SCOPE,
                text=(
                    f"the counted things are worded differently ({_thing(ca)} vs {_thing(cb)}), "
                    "which may mean different scopes"
                ),
            )
        )
    explanation = (
        f"{_cap(where(ca, arts))} gives {value_phrase(ca)} ({who(ca)}), while "
        f"{where(cb, arts)} gives {value_phrase(cb)} ({who(cb)}): "
        f"{interval_phrase(a.interval)} and {interval_phrase(b.interval)} cannot both hold"
        + (f"; {reasons[0].text}" if reasons else "")
        + "."
    )
    ids = tuple(sorted((ca.id, cb.id)))
    return Discrepancy(
        id=discrepancy_id(kind.value, ids),
        kind=kind,
        severity=severity,
        claims=ids,
        explanation=explanation,
        reasons=tuple(reasons),
        within_article=same_article,
        gap=round(rel, 4),
    )


def _below(a: Comparable, b: Comparable) -> bool:
    return a.interval.high is not None and (
        b.interval.low is not None and a.interval.high <= b.interval.low
    )


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _thing(c: Claim) -> str:
    return (c.measure.surface or c.measure.thing) if c.measure else "?"


def _scope_differs(a: Claim, b: Claim) -> bool:
    ma, mb = a.measure, b.measure
    if ma is None or mb is None:
        return False
    return set(ma.modifiers) != set(mb.modifiers) or ma.surface.casefold() != mb.surface.casefold()


def _dates_phrase(a: Claim, b: Claim, arts: Mapping[str, Article]) -> str:
    def one(c: Claim) -> str:
        art = arts.get(c.article)
        if art is None or not art.published.known:
            return f"article {c.article} is undated"
        return f"article {c.article} is dated {art.published}"

    return f"{one(a)}, {one(b)}"


__all__ = ["Qualifier", "run"]
