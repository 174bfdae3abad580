"""Parts against wholes of a running total: more lightly injured than injured.

"Zwölf Polizisten wurden leicht verletzt" in one article and "Acht Beamte seien verletzt
worden" in another cannot both hold: the lightly injured are part of the injured
(``concepts.PART_OF_ROLES``), so a part larger than the whole is a conflict. The counts
are running totals, so the whole must be as of the part's day or later (the last day of
a part counted over days, "am Wochenende"): an earlier whole lower than a later part is
growth, not a finding. The two must count people of one kind
(police officers, or people of no kind) and nothing else must tell them apart (places,
subsets), as for any two figures (:func:`factcheck.reconcile.quantities.compatible`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.lang.concepts import PART_OF_ROLES, PART_SCOPE, SUBSET_SCOPE
from factcheck.models import Article, Claim, Discrepancy, DiscrepancyKind, Severity
from factcheck.reconcile import asof as asof_mod
from factcheck.reconcile.explain import cap, pair_finding, quoted, source_phrase, where
from factcheck.reconcile.quantities import Comparable, comparable, compatible, measure_key
from factcheck.reconcile.severity import MINOR_GAP

_WHOLES = frozenset(PART_OF_ROLES.values())
"""The roles whose counts hold the parts (``injured``)."""


def _role_kind(c: Claim) -> tuple[str, str] | None:
    """``("lightly_injured", "police_officer")`` for ``lightly_injured:police_officer``."""
    m = c.measure
    if m is None or not m.concept:
        return None
    role, _, kind = m.concept.partition(":")
    return (role, kind) if role in PART_OF_ROLES or role in _WHOLES else None


def takes_part(c: Claim) -> bool:
    """True for a count of the harmed that is a part or a whole of ``PART_OF_ROLES``, with
    a noun of its own and not itself a share of a figure named before ("29 of them
    seriously", "davon 15 schwer": where the role is read least surely)."""
    m = c.measure
    return (
        c.quantity is not None
        and m is not None
        and not m.inferred
        and not {SUBSET_SCOPE, PART_SCOPE} & set(m.scope)
        and _role_kind(c) is not None  # the cheaper test first: most claims fail it
        and measure_key(c) is not None
    )


def part_findings(claims: Iterable[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    """Findings where a part of one article exceeds the whole of another (see the module
    documentation), in a stable order."""
    parts: dict[tuple[str, str], list[Comparable]] = defaultdict(list)
    wholes: dict[tuple[str, str], list[Comparable]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.id):
        rk = _role_kind(c) if takes_part(c) else None
        if rk is None:
            continue
        x = comparable(c, asof=asof_mod.as_of(c, arts))
        if x is None or x.identity is None:
            continue
        role, kind = rk
        if role in PART_OF_ROLES:
            parts[(PART_OF_ROLES[role], kind)].append(x)
        else:
            wholes[(role, kind)].append(x)
    for key in sorted(parts):
        for p in parts[key]:
            for w in wholes.get(key, []):
                if p.claim.article == w.claim.article:
                    continue
                assert p.identity is not None and w.identity is not None  # kept only with one
                if not compatible(p.identity, w.identity):
                    continue
                if w.asof is not None and p.asof is not None and w.asof[1] < p.asof[1]:
                    # an earlier whole, or a part counted up to a later day ("am
                    # Wochenende" against Saturday's whole): the total grew since
                    continue
                if p.interval.low is None or w.interval.high is None:
                    continue
                if p.interval.low <= w.interval.high:
                    continue
                yield _finding(p, w, arts)


def _finding(p: Comparable, w: Comparable, arts: Mapping[str, Article]) -> Discrepancy:
    part = (p.claim.measure.concept if p.claim.measure else "") or "part"
    whole = (w.claim.measure.concept if w.claim.measure else "") or "whole"
    text = (
        f"{cap(where(p.claim, arts))} counts {quoted(p.claim.quote)} "
        f"({part.replace('_', ' ').replace(':', ', ')}; {source_phrase(p.claim)}), while "
        f"{where(w.claim, arts)} counts only {quoted(w.claim.quote)} "
        f"({whole.replace('_', ' ').replace(':', ', ')}; {source_phrase(w.claim)}) as of "
        "the same day or later: a part cannot be larger than the whole."
    )
    assert p.interval.low is not None and w.interval.high is not None
    gap = (p.interval.low - w.interval.high) / max(abs(p.nominal or 1.0), 1.0)
    severity = Severity.MINOR if gap < MINOR_GAP else Severity.MAJOR
    return pair_finding(DiscrepancyKind.VALUE_CONFLICT, p.claim, w.claim, severity, text)


__all__ = ["part_findings", "takes_part"]
