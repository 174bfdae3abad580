"""How grave a disagreement of two figures is: the severity scale and its rule (shared by the
engine and the within-article checks, which import it from here rather than from each
other)."""

from __future__ import annotations

from factcheck.models import Severity
from factcheck.reconcile.sources import Relation

LEVELS = (Severity.INFO, Severity.MINOR, Severity.MAJOR, Severity.CRITICAL)
"""Severities from the least to the gravest."""

MINOR_GAP = 0.05
"""Intervals apart by less than this share of the larger value: a minor finding."""
CRITICAL_GAP = 0.6
"""Intervals apart by this share of the larger value or more: a critical finding."""


def bump(sev: Severity, by: int) -> Severity:
    """The severity ``by`` levels higher (negative: lower), kept within info..critical."""
    return LEVELS[max(0, min(3, sev.rank + by))]


def severity(
    gap: float,
    rel: Relation,
    *,
    within_rounding: bool = False,
    vague: bool = False,
    plan_vs_report: bool = False,
    revision: bool = False,
) -> Severity:
    """How grave a disagreement of two figures is.

    ``gap`` is how far the intervals lie apart relative to the larger value: below
    :data:`MINOR_GAP` minor, from :data:`CRITICAL_GAP` critical, major between. One level
    up when both figures come from one source or one institution (a source contradicting
    itself is graver than two sources disagreeing); one level down for each innocent
    explanation: the gap is within the rounding of the stated figures, one figure is a
    vague amount, or one is a plan and the other a report. A presented correction is
    ``info``.
    """
    if revision:
        return Severity.INFO
    base = (
        Severity.MINOR
        if gap < MINOR_GAP
        else Severity.MAJOR
        if gap < CRITICAL_GAP
        else Severity.CRITICAL
    )
    by = 1 if rel >= Relation.SAME_INSTITUTION else 0
    by -= int(within_rounding) + int(vague) + int(plan_vs_report)
    return bump(base, by)
