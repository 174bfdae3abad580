"""Ranking a block's disagreements before the per-claim cap, and echoes: one finding for
one disagreement that several reports repeat (see docs/reconciliation.md, "Ranking before
the cap" and "One disagreement, one finding")."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Qualifier,
    ReasonCode,
    UnitKind,
)
from factcheck.reconcile.explain import echoes_sentence
from factcheck.reconcile.quantities import MAX_FINDINGS_PER_CLAIM, in_common_unit


def named_source(c: Claim) -> bool:
    """True when the claim names who says so (ranks its pairs first among equally close
    ones: the finding cites the statements that name their sources)."""
    return bool(c.attribution and c.attribution.chain)


Told = tuple[str, str]
"""When and where a claim was told (:func:`told_in`): its article's publication date (ISO,
"~" when unknown, after every date) and the article's id."""


def told_in(c: Claim, arts: Mapping[str, Article]) -> Told:
    """When and where the claim was told (see :data:`Told`): among pairs equally close the
    finding cites the first reports of its figures, and the later ones that repeat them
    are its echoes."""
    art = arts.get(c.article)
    day = art.published.date if art is not None and art.published.known else None
    return (day.isoformat() if day is not None else "~", c.article)


@dataclass(frozen=True, slots=True)
class Measured:
    """The value class of a physical figure (:func:`value_class`): the figure as written,
    and, not compared for equality, its values in the base unit of its dimension."""

    figure: tuple[object, ...]
    unit: str
    hedge: str
    low: float | None = field(compare=False)
    high: float | None = field(compare=False)

    def converts(self, other: Measured) -> bool:
        """True when the two are one figure told in two units ("25 feet" and "7.5
        metres"): the same hedge, and values that overlap in the base unit."""
        return (
            self.unit != other.unit
            and self.hedge == other.hedge
            and (self.low is None or other.high is None or self.low <= other.high)
            and (other.low is None or self.high is None or other.low <= self.high)
        )


def value_class(c: Claim) -> Hashable:
    """The figure a claim gives ("rund 8.500" and "etwa 8.500 Menschen"; an exact figure
    and its "about" are one, "at least 10,000" is another figure than "about 10,000"):
    claims of one block with one value class repeat one figure (see :func:`capped`). A
    physical figure's class is a :class:`Measured`, which also tells the same figure in
    another unit."""
    q = c.quantity
    if q is None:
        return (c.id,)
    unit = None if q.unit_kind is UnitKind.COUNT else q.unit  # counts: one concept per block
    hedge = "" if q.qualifier in (Qualifier.EXACT, Qualifier.APPROX) else q.qualifier.value
    figure = (q.nominal,) if q.nominal is not None else (q.low, q.high)
    if q.unit_kind is UnitKind.PHYSICAL and q.unit:
        iv, _nominal, _unit = in_common_unit(q, q.interval, q.nominal)
        return Measured(figure, q.unit, hedge, iv.low, iv.high)
    return (*figure, unit, hedge)


def _units_rank(a: Hashable, b: Hashable) -> int:
    """How two value classes rank by their units: -1 for one number told in two units
    ("26 feet" and "26 metres": a unit slipped, the plainest finding), 1 for physical
    figures in two units that must be converted to be compared, else 0."""
    if not isinstance(a, Measured) or not isinstance(b, Measured) or a.unit == b.unit:
        return 0
    return -1 if a.figure == b.figure else 1


def _same_figure(a: Hashable, b: Hashable) -> bool:
    """True when two value classes are one figure, in one unit or two."""
    return a == b or (isinstance(a, Measured) and isinstance(b, Measured) and a.converts(b))


@dataclass(frozen=True, slots=True)
class Ranked:
    """What the ranking reads of a finding: enough to decide whether it is kept, so that
    the engine writes the full finding (sentence, reasons) only for the kept ones."""

    kind: DiscrepancyKind
    gap: float | None
    id: str
    pragmatic: bool
    """The finding holds only in the pragmatic reading of an open hedge."""
    within_article: bool
    claims: tuple[str, ...]
    timed: bool = False
    """The finding's figures are told apart in time (a later one may correct or update
    the other: the reasons :data:`TIMED_REASONS`), so that among pairs equally far apart
    the one stated for the same time is the finding and the rest its echoes."""

    @classmethod
    def of(cls, d: Discrepancy) -> Ranked:
        """What the ranking reads of a finding already written."""
        timed = any(r.code in TIMED_REASONS for r in d.reasons)
        return cls(d.kind, d.gap, d.id, _pragmatic(d), d.within_article, d.claims, timed)


TIMED_REASONS: frozenset[ReasonCode] = frozenset({ReasonCode.REVISION, ReasonCode.GROWING_TOTAL})
"""The reasons that tell two figures apart in time: a correction, an update of a total."""


def capped(
    found: Iterable[tuple[int, int, Discrepancy]],
    per_claim: int = MAX_FINDINGS_PER_CLAIM,
    classes: Sequence[Hashable] | None = None,
    sourced: Sequence[bool] | None = None,
    told: Sequence[Told] | None = None,
) -> Iterator[Discrepancy]:
    """The findings a block keeps, from its disagreeing pairs ``(i, j, finding)`` (sweep
    positions), as :func:`kept` chooses them, with their echoes (the distributed run
    ranks a hot block's chunks together here)."""
    pairs = list(found)
    marks = [(i, j, Ranked.of(d)) for i, j, d in pairs]
    for at, more in kept(marks, per_claim, classes, sourced, told):
        d = pairs[at][2]
        yield with_echoes(d, more) if more else d


def kept(
    found: Sequence[tuple[int, int, Ranked]],
    per_claim: int = MAX_FINDINGS_PER_CLAIM,
    classes: Sequence[Hashable] | None = None,
    sourced: Sequence[bool] | None = None,
    told: Sequence[Told] | None = None,
) -> list[tuple[int, list[str]]]:
    """The findings a block keeps, from its disagreeing pairs ``(i, j, finding)`` (sweep
    positions), as their places in ``found`` in rank order, each with its echoes: ranked
    closest figures first (then by id; pragmatic readings of open hedges after the
    findings that hold by logic), each claim taking part in at most ``per_claim``.
    Among pairs equally close, those stated for one time come before those told apart in
    time (:attr:`Ranked.timed`: "19" and "23" injured on one Sunday is the finding, the
    "19" of three days later its echo).

    With the ``classes`` of the positions (:func:`value_class`), echoes are one finding:
    when several reports repeat the same two figures ("rund 8.500" in three articles,
    "30.000" in two), the first ranked pair is the finding and the claims of the other
    pairs between the two figures are its :attr:`~factcheck.models.Discrepancy.echoes`
    (the claims not in the finding itself, in rank order); a fact-checker reads one
    disagreement, not one per pair of reports. A physical figure told in another unit
    repeats it too (:class:`Measured`); one number told in two units (a unit slipped)
    ranks first, and pairs told in one unit before those that must be converted. Among
    pairs equally close (to a hundredth), those whose claims name their sources
    (``sourced``, :func:`named_source`) come first, and then those of the first reports
    (``told``, :func:`told_in`: the earliest published articles, then by article id), so
    that a figure several reports repeat is cited where it was first told."""

    def rank(at: int) -> tuple[bool, int, float, bool, int, float, tuple[Told, ...], str]:
        i, j, d = found[at]
        gap = d.gap if d.gap is not None else 1.0
        named = (sourced[i] + sourced[j]) if sourced else 0
        units = _units_rank(classes[i], classes[j]) if classes is not None else 0
        first = tuple(sorted((told[i], told[j]))) if told else ()
        return (d.pragmatic, units, round(gap, 2), d.timed, -named, gap, first, d.id)

    count: dict[int, int] = {}
    chosen: list[int] = []
    echoes: dict[tuple[str, frozenset[Hashable]], int] = {}
    measured: list[tuple[str, frozenset[Hashable]]] = []  # the chosen pairs of physical figures
    extra: dict[int, dict[str, None]] = {}
    for at in sorted(range(len(found)), key=rank):
        i, j, d = found[at]
        pair = (
            (d.kind.value, frozenset((classes[i], classes[j])))
            if classes and not d.within_article
            else None
        )
        physical = pair is not None and classes is not None and isinstance(classes[i], Measured)
        if physical and pair is not None and pair not in echoes:
            # the same figures told in other units: only physical pairs are searched
            pair = next((p for p in measured if _told_alike(p, pair)), pair)
        if pair is not None and pair in echoes:
            extra[echoes[pair]].update(dict.fromkeys(d.claims))
            continue
        if count.get(i, 0) >= per_claim or count.get(j, 0) >= per_claim:
            continue
        count[i] = count.get(i, 0) + 1
        count[j] = count.get(j, 0) + 1
        if pair is not None:
            echoes[pair] = len(chosen)
            extra[len(chosen)] = {}
            if physical:
                measured.append(pair)
        chosen.append(at)
    out: list[tuple[int, list[str]]] = []
    for n, at in enumerate(chosen):
        own = found[at][2].claims
        out.append((at, [c for c in extra.get(n, ()) if c not in own]))
    return out


def _told_alike(
    chosen: tuple[str, frozenset[Hashable]], pair: tuple[str, frozenset[Hashable]]
) -> bool:
    """True when a pair of figures repeats a chosen pair's, one of them or both told in
    another unit ("7.5 metres" and "35 feet" after "25 feet" and "35 feet")."""
    if chosen[0] != pair[0] or len(chosen[1]) != 2 or len(pair[1]) != 2:
        return False
    a, b = chosen[1]
    c, d = pair[1]
    return (_same_figure(a, c) and _same_figure(b, d)) or (
        _same_figure(a, d) and _same_figure(b, c)
    )


def with_echoes(d: Discrepancy, more: list[str]) -> Discrepancy:
    """A finding with the claims that repeat its two figures as its echoes."""
    text = d.explanation + echoes_sentence(len(more), "figures")
    return d.model_copy(update={"explanation": text, "echoes": tuple(sorted(more))})


PRAGMATIC_REASON = "an open hedge read pragmatically"
"""The opening of the reason a pragmatic finding carries."""


def _pragmatic(d: Discrepancy) -> bool:
    """True for a finding that holds only in the pragmatic reading of an open hedge:
    ranked after every finding that holds by logic."""
    return any(r.text.startswith(PRAGMATIC_REASON) for r in d.reasons)


__all__ = [
    "PRAGMATIC_REASON",
    "Measured",
    "Ranked",
    "capped",
    "kept",
    "named_source",
    "told_in",
    "value_class",
    "with_echoes",
]
