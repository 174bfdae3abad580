"""An article against itself: weekday against date, leaving before the event, parts
against the total."""

from __future__ import annotations

from factcheck.models import DiscrepancyKind, Modality, Qualifier, ReasonCode, Severity, Span
from factcheck.reconcile import reconcile
from factcheck.reconcile.internal import sum_mismatch
from tests.reconcile._build import (
    PYONGYANG,
    article,
    day,
    event,
    person,
    quantity,
    said,
    source,
    weekday,
)

ART = article("a", "2024-05-04")


def _sentence(n: int) -> Span:
    return Span(start=1000 * n, end=1000 * n + 200)


def test_a_weekday_that_does_not_match_its_date() -> None:
    # 13 September 2023 was a Wednesday
    signed = event(
        "a",
        "signing",
        (person("Vladimir Putin"),),
        date=day("2023-09-13", weekday=1, phrase="on Tuesday, 13 September 2023"),
    )
    (d,) = reconcile([signed], articles=[ART])
    assert d.kind is DiscrepancyKind.INTERNAL
    assert d.within_article
    assert (
        'names Tuesday for 2023-09-13 ("on Tuesday, 13 September 2023"), which is a Wednesday'
        in (d.explanation)
    )


def test_a_matching_weekday_is_fine() -> None:
    signed = event("a", "signing", (person("Vladimir Putin"),), date=day("2023-09-13", weekday=2))
    assert reconcile([signed], articles=[ART]) == []


def test_one_wrong_date_shared_by_several_claims_is_one_finding() -> None:
    wrong = day("2023-09-13", weekday=1, phrase="am Dienstag, 13. September")
    date_claim = event("a", "signing", (person("Putin"),), date=wrong)
    figure = quantity("a", 3, "agreement", time=wrong)
    found = reconcile([date_claim, figure], articles=[ART])
    assert len(found) == 1
    assert found[0].claims == (date_claim.id,)


def test_leaving_before_the_signing() -> None:
    putin = person("Wladimir Putin")
    leaves = event(
        "a",
        "departure",
        (putin,),
        date=weekday(2, phrase="Am Mittwoch"),
        location=None,
        modality=Modality.PLANNED,
    )
    signs = event(
        "a",
        "signing",
        (putin,),
        date=weekday(3, phrase="am Donnerstag"),
        location=PYONGYANG,
        modality=Modality.PLANNED,
    )
    (d,) = reconcile([leaves, signs], articles=[ART])
    assert d.kind is DiscrepancyKind.INTERNAL
    assert "after the departure" in d.explanation


def test_signing_before_leaving_is_fine() -> None:
    putin = person("Wladimir Putin")
    signs = event("a", "signing", (putin,), date=weekday(1), location=PYONGYANG)
    leaves = event("a", "departure", (putin,), date=weekday(2))
    assert reconcile([leaves, signs], articles=[ART]) == []


# -- parts against the total -----------------------------------------------------------------
def _parts_and_total(  # type: ignore[no-untyped-def]
    dead: float,
    injured: float,
    total: float,
    *,
    q_dead: Qualifier = Qualifier.EXACT,
    q_injured: Qualifier = Qualifier.EXACT,
    q_total: Qualifier = Qualifier.EXACT,
):
    s1, s2 = _sentence(1), _sentence(2)
    return [
        quantity("a", dead, "dead", qualifier=q_dead, cumulative=True, sentence=s1),
        quantity("a", injured, "injured", qualifier=q_injured, cumulative=True, sentence=s1),
        quantity("a", total, "victim", qualifier=q_total, cumulative=True, sentence=s2),
    ]


def test_at_least_37_injured_plus_2_dead_agree_with_at_least_39_victims() -> None:
    claims = _parts_and_total(2, 37, 39, q_injured=Qualifier.AT_LEAST, q_total=Qualifier.AT_LEAST)
    assert list(sum_mismatch(claims, {"a": ART})) == []
    assert reconcile(claims, articles=[ART]) == []


def test_25_dead_and_10_injured_against_30_victims_in_total() -> None:
    claims = _parts_and_total(25, 10, 30)
    (d,) = reconcile(claims, articles=[ART])
    assert d.kind is DiscrepancyKind.SUM_MISMATCH
    assert d.within_article
    assert set(d.claims) == {c.id for c in claims}
    assert "a total of 30 victim" in d.explanation
    assert "the parts add up to 35, more than the total allows (30)" in d.explanation
    assert d.severity >= Severity.MAJOR


def test_a_total_above_a_complete_breakdown_is_minor() -> None:
    claims = _parts_and_total(25, 10, 50)
    (d,) = reconcile(claims, articles=[ART])
    assert d.kind is DiscrepancyKind.SUM_MISMATCH
    assert d.severity is Severity.MINOR
    assert ReasonCode.DIFFERENT_SCOPE in {r.code for r in d.reasons}


def test_a_total_above_an_incomplete_breakdown_is_fine() -> None:
    s1, s2 = _sentence(1), _sentence(2)
    dead = quantity("a", 25, "dead", cumulative=True, sentence=s1)
    total = quantity("a", 50, "victim", cumulative=True, sentence=s2)
    assert reconcile([dead, total], articles=[ART]) == []


def test_one_part_above_the_total_is_a_mismatch() -> None:
    s1, s2 = _sentence(1), _sentence(2)
    dead = quantity("a", 45, "dead", cumulative=True, sentence=s1)
    total = quantity("a", 30, "victim", cumulative=True, sentence=s2, scope=("scope:all",))
    (d,) = reconcile([dead, total], articles=[ART])
    assert d.kind is DiscrepancyKind.SUM_MISMATCH


def test_one_part_against_victims_not_called_a_total_is_no_mismatch() -> None:
    """ "9 dead" and "four victims were found today": victims need not be a total."""
    s1, s2 = _sentence(1), _sentence(2)
    dead = quantity("a", 9, "dead", cumulative=True, sentence=s1)
    found = quantity("a", 4, "victim", cumulative=True, sentence=s2)
    assert reconcile([dead, found], articles=[ART]) == []


def test_a_superseded_total_is_no_total() -> None:
    s1, s2 = _sentence(1), _sentence(2)
    parts = _parts_and_total(25, 10, 30)[:2]
    old = quantity("a", 30, "victim", sentence=s2, scope=("scope:earlier",))
    assert list(sum_mismatch([*parts, old], {"a": ART})) == []
    assert s1 != s2


def test_parts_of_another_incident_are_not_summed() -> None:
    s1, s2 = _sentence(1), _sentence(2)
    dead = quantity("a", 25, "dead", origin="country:UA", destination="country:RU", sentence=s1)
    injured = quantity(
        "a", 10, "injured", origin="country:UA", destination="country:RU", sentence=s1
    )
    total = quantity("a", 30, "victim", sentence=s2)
    assert reconcile([dead, injured, total], articles=[ART]) == []


def test_parts_from_a_source_against_a_total_from_the_same_source_is_graver() -> None:
    s1, s2 = _sentence(1), _sentence(2)
    police = said(source("Polizei", "DE:polizei", country="DE"))
    parts = [
        quantity("a", 20, "dead", sentence=s1, attribution=police),
        quantity("a", 10, "injured", sentence=s1, attribution=police),
    ]
    total = quantity("a", 25, "victim", sentence=s2, attribution=police)
    (d,) = reconcile([*parts, total], articles=[ART])
    assert d.severity is Severity.CRITICAL
    assert '"Polizei"' in d.explanation
