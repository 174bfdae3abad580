"""Rosters: the ages an article lists for people it does not tell apart.

An article that reports a disaster often lists the ages of the victims in one paragraph
("Unter den Opfern sind eine 32-Jährige, eine 39-Jährige, eine 51-Jährige und eine
70-Jährige"). Most ages there say no more than a kind of person, so few are compared with another
article's age on their own (:func:`factcheck.reconcile.quantities.measure_key` gives an
age of no kind no key). Two such lists are still comparable as lists: when two articles list ages
that all match but one on each side ("32, 39, 51, 70" against "30, 39, 51, 70"), the two
left over are most likely one person given two ages, and that is a finding.

Every age of the paragraph takes part, of a kind of person or of none ("eine Frau von
19 Jahren, ein 52 Jahre alter Mann und eine 71-Jährige"). A roster needs
:data:`ROSTER_MIN` ages, the two lists :data:`SHARED_MIN` ages in common, and the two left
over may lie no further apart than :data:`MAX_GAP_YEARS`: lists that differ more list
other people.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.lang.concepts import ROLE_FREE_PERSONS
from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Severity,
)
from factcheck.reconcile.explain import cap, pair_finding, quoted, source_phrase, where
from factcheck.reconcile.quantities import STATED_MODALITIES

ROSTER_MIN = 3
"""The fewest ages one paragraph must list to be a roster."""
SHARED_MIN = 2
"""The fewest ages two rosters must have in common to list the same people."""
MAX_GAP_YEARS = 5
"""How far apart the one age left over on each side may lie to be one person's."""


def is_roster_age(c: Claim) -> bool:
    """True for an age an article states (of a kind of person or of none), except the age
    of a driver, a pilot or a suspect (``concepts.ROLE_FREE_PERSONS``: one person of the
    story, compared on its own and no member of a list of victims)."""
    m, q = c.measure, c.quantity
    return (
        m is not None
        and q is not None
        and m.thing == "age"
        and q.nominal is not None
        and c.modality in STATED_MODALITIES
        and _person(m.key) not in ROLE_FREE_PERSONS
    )


def _person(key: str) -> str:
    """The kind of person of an age's key (``age:driver`` -> ``driver``; ``age`` -> "")."""
    parts = key.split(":")
    return parts[1] if len(parts) > 1 else ""


def roster_findings(claims: Iterable[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
    """Findings between the rosters of different articles (see the module documentation),
    in a stable order."""
    rosters: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.id):
        if is_roster_age(c):
            rosters[(c.article, _paragraph(c, arts))].append(c)
    lists = sorted((k, v) for k, v in rosters.items() if len(v) >= ROSTER_MIN)
    for i, ((art_a, _pa), a) in enumerate(lists):
        for (art_b, _pb), b in lists[i + 1 :]:
            if art_a == art_b:
                continue
            found = _left_over(a, b)
            if found is None:
                continue
            x, y, shared = found
            yield _finding(x, y, shared=shared, arts=arts)


def _paragraph(c: Claim, arts: Mapping[str, Article]) -> int:
    art = arts.get(c.article)
    return 0 if art is None else art.text.count("\n\n", 0, c.span.start)


def _age(c: Claim) -> int:
    assert c.quantity is not None and c.quantity.nominal is not None
    return round(c.quantity.nominal)


def _left_over(a: list[Claim], b: list[Claim]) -> tuple[Claim, Claim, list[int]] | None:
    """The one age of each list the other does not hold, when all the others match, and
    the ages both hold."""
    common = Counter(map(_age, a)) & Counter(map(_age, b))
    if sum(common.values()) < SHARED_MIN:
        return None
    rest_a = _without(a, common)
    rest_b = _without(b, common)
    if len(rest_a) != 1 or len(rest_b) != 1:
        return None
    x, y = rest_a[0], rest_b[0]
    if abs(_age(x) - _age(y)) > MAX_GAP_YEARS:
        return None
    return x, y, sorted(common.elements())


def _without(claims: list[Claim], common: Counter[int]) -> list[Claim]:
    left = Counter(common)
    out = []
    for c in claims:
        if left[_age(c)] > 0:
            left[_age(c)] -= 1
        else:
            out.append(c)
    return out


def _finding(a: Claim, b: Claim, *, shared: list[int], arts: Mapping[str, Article]) -> Discrepancy:
    gap = abs(_age(a) - _age(b))
    others = ", ".join(str(x) for x in shared)
    text = (
        f"{cap(where(a, arts))} lists the age {_age(a)} ({quoted(a.quote)}, "
        f"{source_phrase(a)}) where {where(b, arts)} lists {_age(b)} ({quoted(b.quote)}, "
        f"{source_phrase(b)}): the other ages both list agree ({others}), so these are "
        "most likely one person given two ages."
    )
    severity = Severity.MAJOR if gap > 1 else Severity.MINOR
    return pair_finding(DiscrepancyKind.VALUE_CONFLICT, a, b, severity, text)


__all__ = ["MAX_GAP_YEARS", "ROSTER_MIN", "SHARED_MIN", "is_roster_age", "roster_findings"]
