"""Writing a decided finding: the ranking reads the same of the draft as of the finding
written from it (so the engine can rank before it writes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Attribution, Claim, Modality, Qualifier, SourceKind
from factcheck.reconcile.engine import _decide
from factcheck.reconcile.quantities import comparable
from factcheck.reconcile.ranking import Ranked
from factcheck.reconcile.wording import Phrases, write
from tests.reconcile._build import article, quantity, said, source

ARTS = {
    a.id: a
    for a in (
        article("a1", "2024-05-01"),
        article("a2", "2024-05-03"),
        article("a3"),
    )
}
SOURCES = [
    Attribution(),
    said(source("Police", "XX:police", country="XX")),
    said(source("Interior Ministry", "XX:interior", kind=SourceKind.GOVERNMENT, country="XX")),
]


@st.composite
def counts(draw: st.DrawFn, start: int) -> Claim:
    return quantity(
        draw(st.sampled_from(sorted(ARTS))),
        draw(st.sampled_from([10.0, 12.0, 100.0, 130.0])),
        "dead",
        qualifier=draw(st.sampled_from([Qualifier.EXACT, Qualifier.APPROX, Qualifier.MORE_THAN])),
        precision=draw(st.sampled_from([None, 1.0, 10.0])),
        cumulative=draw(st.sampled_from([None, True])),
        attribution=draw(st.sampled_from(SOURCES)),
        modality=draw(st.sampled_from([Modality.ASSERTED, Modality.PLANNED])),
        start=start,
    )


@given(counts(0), counts(1), st.booleans(), st.booleans())
def test_the_ranking_reads_the_same_of_a_draft_and_of_its_finding(
    x: Claim, y: Claim, pragmatic: bool, bounds: bool
) -> None:
    a, b = comparable(x), comparable(y)
    assert a is not None and b is not None
    words = Phrases(ARTS)
    draft = _decide(a, b, ARTS, None, words=words, pragmatic=pragmatic, bounds=bounds)
    if draft is None:
        return
    d = write(draft, ARTS, words)
    assert Ranked.of(d) == draft.ranked
    assert d.id == draft.ranked.id and d.claims == (min(x.id, y.id), max(x.id, y.id))
