"""The pipeline, event days: the day of a running total that is the day of what it counts
("am Sonntagnachmittag wurden sechs Menschen verletzt"), not the day it was counted, and
the day a source spoke ("police said on Friday that 21 vehicles had been involved"), not
the day of what its figure counts.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

from factcheck.extract.figure_cues import is_as_of
from factcheck.extract.pipeline.state import marked
from factcheck.lang.concepts import (
    EARLIER_SCOPE,
    EVENT_DAY_SCOPE,
    RISEN_SCOPE,
    SAID_DAY_SCOPE,
    TO_DATE_SCOPE,
)
from factcheck.models import Claim, DatePrecision, TimeKind, UnitKind

_TALLIED = frozenset({RISEN_SCOPE, TO_DATE_SCOPE, EARLIER_SCOPE})
"""Scopes of a total given as of its day: a level reached ("rose to 15 on Sunday"), a
total so far, an earlier figure."""


def event_days_marked(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each running total of people (a cumulative count) whose time is one
    day, named in its sentence with no word that makes it the day of the count (the packs'
    ``figures.AS_OF_CUES``: "Stand Sonntag", "as of Sunday"), marked
    ``concepts.EVENT_DAY_SCOPE``: the day is when what it counts happened, and the tally
    stands as of its report. A day right after the claim's source is the day of its word,
    no event day; for a figure that is no running total, such a day is marked
    ``concepts.SAID_DAY_SCOPE`` ("police said on Friday that 21 vehicles had been
    involved": of the crash the day before too)."""
    out = []
    for c in claims:
        m, q, t, sentence = c.measure, c.quantity, c.time, c.sentence
        if (
            m is None
            or q is None
            or t is None
            or sentence is None
            or t.kind is not TimeKind.POINT
            or not t.phrase
        ):
            out.append(c)
            continue
        if not m.cumulative:
            at = text.find(t.phrase, sentence.start, sentence.end)
            if at >= 0 and _source_day(c, text, at):
                c = marked(c, SAID_DAY_SCOPE)  # "police said on Friday that 21 vehicles"
        elif (
            q.unit_kind is UnitKind.COUNT
            and t.precision is DatePrecision.DAY
            and _TALLIED.isdisjoint(m.scope)
        ):
            at = text.find(t.phrase, sentence.start, sentence.end)
            if at >= 0 and not is_as_of(text, at, lang) and not _source_day(c, text, at):
                c = marked(c, EVENT_DAY_SCOPE)
        out.append(c)
    return out


def _source_day(claim: Claim, text: str, at: int) -> bool:
    """True when the day at ``at`` follows the claim's source, with at most one
    lower-case word between ("*Nach Polizeiangaben vom* Sonntag", "*Police said on*
    Sunday", "police said Sunday"): the day of the source's word, as of which the tally
    stands."""
    span = claim.attribution.span if claim.attribution is not None else None
    if span is None or not 0 <= at - span.end <= 12:
        return False
    gap = text[span.end : at].split()
    return len(gap) <= 1 and all(w.isalpha() and w.islower() for w in gap)
