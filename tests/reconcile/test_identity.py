"""Which figures speak of the same thing: scope, current levels, magnitude and ranking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Attribution, Claim, Qualifier, Source, SourceKind, UnitKind
from factcheck.reconcile import reconcile
from factcheck.reconcile.agreement import (
    MAX_RATIO,
    plausibly_same,
)
from factcheck.reconcile.quantities import (
    comparable,
)
from tests.reconcile._build import article, day, quantity

DAY = [article("a", "2024-05-04"), article("b", "2024-05-04"), article("c", "2024-05-04")]


def test_figures_for_two_places_count_different_things() -> None:
    bavaria = quantity("a", 12, "dead", concept="dead", scope=("region:DE-BY",))
    hesse = quantity("b", 3, "dead", concept="dead", scope=("region:DE-HE",))
    bavaria_too = quantity("b", 9, "dead", concept="dead", scope=("region:DE-BY",))
    assert reconcile([bavaria, hesse], articles=DAY) == []
    assert len(reconcile([bavaria, bavaria_too], articles=DAY)) == 1


def test_a_figure_with_no_scope_is_compared_with_a_scoped_one() -> None:
    named = quantity("a", 4_218, "building", scope=("ridgeway",))
    plain = quantity("b", 4_213, "building")
    (d,) = reconcile([named, plain], articles=DAY)
    assert set(d.claims) == {named.id, plain.id}


def test_the_missing_of_two_days_are_no_conflict_but_of_one_day_are() -> None:
    days = [article("a", "2024-05-04"), article("b", "2024-05-06"), article("c", "2024-05-04")]
    early = quantity("a", 40, "missing", concept="missing")
    later = quantity("b", 12, "missing", concept="missing")  # people were found
    same_day = quantity("c", 25, "missing", concept="missing")
    assert reconcile([early, later], articles=days) == []
    assert len(reconcile([early, same_day], articles=days)) == 1


def test_figures_an_order_of_magnitude_apart_count_different_things() -> None:
    house = quantity("a", 3, "building")
    town = quantity("b", 16_000, "building")
    assert reconcile([house, town], articles=DAY) == []
    near = quantity("b", 5, "building")
    assert len(reconcile([house, near], articles=DAY)) == 1


@given(st.floats(1, 1e6), st.floats(1, 1e6))
def test_plausibility_is_symmetric_and_bounded_by_the_ratio(x: float, y: float) -> None:
    a = comparable(quantity("a", x, "vehicle", qualifier=Qualifier.APPROX))
    b = comparable(quantity("b", y, "vehicle", qualifier=Qualifier.APPROX))
    assert a is not None and b is not None
    assert plausibly_same(a, b) == plausibly_same(b, a)
    assert plausibly_same(a, b) == (max(x, y) / min(x, y) <= MAX_RATIO)


def test_neighbouring_written_figures_do_not_touch() -> None:
    """28 and 29 are two counts, not two roundings of one number."""
    a = quantity("a", 28, "dead", concept="dead", precision=1)
    b = quantity("b", 29, "dead", concept="dead", precision=1)
    assert len(reconcile([a, b], articles=DAY)) == 1
    rounded = quantity("a", 10_000, "vehicle", precision=1000)
    close = quantity("b", 9_600, "vehicle", precision=100)
    assert reconcile([rounded, close], articles=DAY) == []


def test_a_claims_findings_go_to_its_closest_counterparts_first() -> None:
    """An outlier disagrees with every figure; the cap keeps the closest pairs, so the
    real counterpart of a figure is never crowded out by the outlier."""
    arts = [article(x, "2024-05-04") for x in "abcde"]
    fig = quantity("a", 1_000, "vehicle", precision=1)
    near = quantity("b", 1_100, "vehicle", precision=1)
    far = [quantity(x, 3_000 + i, "vehicle", precision=1) for i, x in enumerate("cde")]
    found = reconcile([fig, near, *far], articles=arts)
    assert any(set(d.claims) == {fig.id, near.id} for d in found)
    assert sum(fig.id in d.claims for d in found) <= 2


def test_an_open_hedge_is_read_pragmatically_with_a_minor_finding() -> None:
    """ "More than 50,000" admits 180,000 by logic, but nobody writes it for 180,000."""
    from factcheck.models import ReasonCode, Severity

    over = quantity("a", 50_000, "attendance", qualifier=Qualifier.MORE_THAN, precision=1000)
    far = quantity("b", 180_000, "attendance", precision=1000)
    near = quantity("b", 70_000, "attendance", precision=1000)
    (d,) = reconcile([over, far], articles=DAY)
    assert d.severity is Severity.MINOR
    assert ReasonCode.UNCERTAIN_READING in {r.code for r in d.reasons}
    assert "read pragmatically" in d.explanation
    assert reconcile([over, near], articles=DAY) == []  # within twice the figure


def test_up_to_is_read_pragmatically_too() -> None:
    up_to = quantity("a", 3_000, "police_officer", qualifier=Qualifier.UP_TO, precision=100)
    few = quantity("b", 900, "police_officer", precision=100)
    close = quantity("b", 2_700, "police_officer", precision=100)
    assert len(reconcile([up_to, few], articles=DAY)) == 1
    assert reconcile([up_to, close], articles=DAY) == []


def test_two_bounds_of_one_direction_name_different_figures() -> None:
    """ "Up to 4 billion" and "up to 5 billion" for one cost agree by logic, but they
    are two estimates; "up to 4" and "up to 4.1" are one."""
    from factcheck.models import Severity

    four = quantity("a", 4e9, "cost", qualifier=Qualifier.UP_TO, precision=1e9)
    five = quantity("b", 5e9, "cost", qualifier=Qualifier.UP_TO, precision=1e9)
    near = quantity("b", 4.1e9, "cost", qualifier=Qualifier.UP_TO, precision=1e8)
    (d,) = reconcile([four, five], articles=DAY)
    assert d.severity is Severity.MINOR and "name different bounds" in d.explanation
    assert reconcile([four, near], articles=DAY) == []


def test_a_lower_bound_of_a_running_total_that_grew_is_no_finding() -> None:
    days = [article("a", "2024-05-04"), article("b", "2024-05-05"), article("c", "2024-05-04")]
    early = quantity("a", 1_280, "dead", qualifier=Qualifier.MORE_THAN, cumulative=True)
    late = quantity("b", 1_400, "dead", qualifier=Qualifier.MORE_THAN, cumulative=True)
    same = quantity("c", 1_400, "dead", qualifier=Qualifier.MORE_THAN, cumulative=True)
    assert len([c for c in (early, late) if c.quantity is not None]) == 2
    assert reconcile([early, late], articles=days) == []
    assert len(reconcile([early, same], articles=days)) == 1  # same day, no order


def test_one_disagreement_echoed_by_several_reports_is_one_finding() -> None:
    """Police 8,500 in three reports, organisers 30,000 in two: one finding, the other
    reports' claims its echoes (not six findings, one per pair of reports)."""
    five = [article(x, "2024-05-04") for x in "abcde"]
    police = [quantity(x, 8_500, "attendance", qualifier=Qualifier.APPROX) for x in "abc"]
    organisers = [quantity(x, 30_000, "attendance", qualifier=Qualifier.APPROX) for x in "de"]
    (d,) = reconcile([*police, *organisers], articles=five)
    cited = {*d.claims, *d.echoes}
    assert cited == {c.id for c in [*police, *organisers]}
    assert len(d.claims) == 2 and not set(d.claims) & set(d.echoes)
    assert "3 more statements repeat" in d.explanation


@pytest.mark.parametrize("first", ["a", "b", "c"])
def test_an_echoed_disagreement_cites_the_first_reports(first: str) -> None:
    """Of three reports of 8,500 and two of 30,000, the finding cites the earliest
    published of each figure; the others are its echoes."""
    days = {x: "2024-05-05" for x in "abc"} | {first: "2024-05-04", "d": "2024-05-08"}
    days["e"] = "2024-05-07"
    arts = [article(x, day) for x, day in days.items()]
    high = {x: quantity(x, 8_500, "attendance", qualifier=Qualifier.APPROX) for x in "abc"}
    low = {x: quantity(x, 30_000, "attendance", qualifier=Qualifier.APPROX) for x in "de"}
    (d,) = reconcile([*high.values(), *low.values()], articles=arts)
    assert set(d.claims) == {high[first].id, low["e"].id}


def test_a_figure_with_another_hedge_is_no_echo() -> None:
    """ "at least 10,000" is another figure than "about 10,000": both disagree with
    "about 6,700" on their own."""
    about = quantity("a", 10_000, "container", qualifier=Qualifier.APPROX)
    least = quantity("b", 10_000, "container", qualifier=Qualifier.AT_LEAST)
    low = quantity("c", 6_700, "container", qualifier=Qualifier.APPROX)
    found = reconcile([about, least, low], articles=DAY)
    assert len(found) == 2
    assert all(not d.echoes for d in found)


def _depth(article_id: str, nominal: float, unit: str, precision: float) -> Claim:
    return quantity(
        article_id,
        nominal,
        "depth:hole",
        unit=unit,
        unit_kind=UnitKind.PHYSICAL,
        precision=precision,
    )


def test_one_disagreement_told_in_two_units_is_one_finding() -> None:
    """25 feet in one report and 7.5 metres in another are one depth; both disagree with
    35 feet, and that is one finding, cited in one unit, with the other its echo."""
    feet = _depth("a", 25, "foot", 1)
    metres = _depth("b", 7.5, "meter", 0.1)
    other = _depth("c", 35, "foot", 1)
    (d,) = reconcile([metres, feet, other], articles=DAY)
    assert set(d.claims) == {feet.id, other.id}
    assert d.echoes == (metres.id,)


def test_one_number_told_in_two_units_is_the_finding_its_conversion_echoes() -> None:
    """8 metres, 26 feet and 26 metres: the 26 metres disagree with both, and the pair
    that tells one number in two units (a unit slipped) is the finding, the 8 metres its
    echo."""
    metres = _depth("a", 8, "meter", 1)
    feet = _depth("b", 26, "foot", 1)
    slipped = _depth("c", 26, "meter", 1)
    (d,) = reconcile([metres, feet, slipped], articles=DAY)
    assert set(d.claims) == {feet.id, slipped.id}
    assert d.echoes == (metres.id,)


def test_two_figures_in_two_units_that_do_not_convert_are_two_findings() -> None:
    """22 feet is not 7.5 metres (6.7 m): each disagrees with 35 feet on its own."""
    feet = _depth("a", 22, "foot", 1)
    metres = _depth("b", 7.5, "meter", 0.1)
    other = _depth("c", 35, "foot", 1)
    found = reconcile([metres, feet, other], articles=DAY)
    assert len(found) == 3 and all(not d.echoes for d in found)


def test_the_echoed_finding_cites_the_statements_that_name_their_sources() -> None:
    said = Attribution(chain=(Source(name="Polizei", key="polizei", kind=SourceKind.ORGANISATION),))
    plain = quantity("a", 8_500, "attendance", qualifier=Qualifier.APPROX)
    named = quantity("b", 8_500, "attendance", qualifier=Qualifier.APPROX, attribution=said)
    other = quantity("c", 30_000, "attendance", qualifier=Qualifier.APPROX)
    (d,) = reconcile([plain, named, other], articles=DAY)
    assert set(d.claims) == {named.id, other.id}
    assert d.echoes == (plain.id,)


def test_the_echoed_finding_cites_the_statements_of_one_time() -> None:
    """19 and 23 injured officers on one Sunday is the disagreement; the 19 a named source
    gave three days later, which might correct the 23, is its echo."""
    said = Attribution(chain=(Source(name="Polizei", key="polizei", kind=SourceKind.ORGANISATION),))
    days = [article("a", "2025-10-19"), article("b", "2025-10-19"), article("c", "2025-10-22")]
    early = quantity("a", 19, "injured", cumulative=True)
    other = quantity("b", 23, "injured", cumulative=True, attribution=said)
    later = quantity("c", 19, "injured", cumulative=True, attribution=said)
    (d,) = reconcile([early, other, later], articles=days)
    assert set(d.claims) == {early.id, other.id}
    assert d.echoes == (later.id,)


def test_a_bare_count_far_from_a_figure_is_another_thing() -> None:
    """ "16" whose thing is read from its role is compared only with figures near it:
    far from "more than 40 people" it more likely counts something else."""
    bare = quantity("a", 16, "dead", concept="dead", inferred=True)
    far = quantity("b", 40, "dead", concept="dead", qualifier=Qualifier.MORE_THAN)
    near = quantity("c", 21, "dead", concept="dead")
    assert reconcile([bare, far], articles=DAY) == []
    assert len(reconcile([bare, near], articles=DAY)) == 1
    named = quantity("a", 16, "dead", concept="dead")  # "16 Tote": its own noun
    assert len(reconcile([named, far], articles=DAY)) == 1


def test_a_number_with_no_noun_is_marked_inferred() -> None:
    from factcheck import extract_text

    claims = extract_text(
        "Die Polizei zählte 50.000 Demonstrierende, die Veranstalter 80.000.", language="de"
    )
    marks = {c.quote: c.measure.inferred for c in claims if c.measure and c.quantity}
    assert marks == {"50.000 Demonstrierende": False, "80.000": True}


def test_a_total_and_a_part_count_different_things() -> None:
    total = quantity("a", 16_000, "building", scope=("scope:all",))
    part = quantity("b", 6_800, "building", scope=("ridgeway",))
    plain = quantity("c", 9_000, "building")
    other_total = quantity("c", 12_000, "building", scope=("scope:all",))
    assert reconcile([total, part], articles=DAY) == []
    assert len(reconcile([total, plain], articles=DAY)) == 1
    assert len(reconcile([total, other_total], articles=DAY)) == 1


def test_storeys_told_on_two_days_are_one_thing() -> None:
    days = [article("a", "2024-05-04"), article("b", "2024-06-20")]
    twelve = quantity("a", 12, "storey", concept="storey", time=day("2024-05-04"))
    thirteen = quantity("b", 13, "storey", concept="storey", time=day("2024-06-20"))
    (d,) = reconcile([twelve, thirteen], articles=days)
    assert set(d.claims) == {twelve.id, thirteen.id}


def test_capacities_told_years_apart_are_one_thing() -> None:
    """What a hall holds does not change with the day its sentence names ("Der Saal mit
    seinen 240 Sitzplätzen war ... vor vier Jahren modernisiert worden")."""
    days = [article("a", "2026-01-18"), article("b", "2026-01-23")]
    seats = quantity("a", 180, "Platz", concept="capacity", time=day("2026-01-18"))
    more = quantity("b", 240, "Platz", concept="capacity", time=day("2022-01-23"))
    (d,) = reconcile([seats, more], articles=days)
    assert set(d.claims) == {seats.id, more.id}


def test_figures_for_areas_held_by_two_sides_count_different_things() -> None:
    occupied = quantity("a", 8, "dead", concept="dead", scope=("held:russian",))
    free = quantity("b", 4, "dead", concept="dead", scope=("region:ua-kherson",))
    same_side = quantity("c", 5, "dead", concept="dead", scope=("held:russian",))
    assert reconcile([occupied, free], articles=DAY) == []
    assert len(reconcile([occupied, same_side], articles=DAY)) == 1


def test_a_subset_is_not_set_against_another_articles_whole() -> None:
    women = quantity("a", 97, "dead", concept="dead", scope=("scope:subset",))
    toll = quantity("b", 154, "dead", concept="dead")
    other_women = quantity("c", 98, "dead", concept="dead", scope=("scope:subset",))
    assert reconcile([women, toll], articles=DAY) == []
    assert len(reconcile([women, other_women], articles=DAY)) == 1


def test_an_open_hedge_of_a_growing_total_weeks_earlier_is_no_finding() -> None:
    """ "More than 1,500 homes destroyed" on the first day and 4,900 a month later: the
    pragmatic reading of the open hedge says nothing about a total that keeps growing."""
    days = [article("a", "2024-05-04"), article("b", "2024-06-04"), article("c", "2024-05-04")]
    early = quantity("a", 1_500, "building", qualifier=Qualifier.MORE_THAN, cumulative=True)
    later = quantity("b", 4_900, "building", qualifier=Qualifier.APPROX, cumulative=True)
    same_day = quantity("c", 4_900, "building", qualifier=Qualifier.APPROX, cumulative=True)
    assert reconcile([early, later], articles=days) == []
    assert len(reconcile([early, same_day], articles=days)) == 1


def test_a_figure_for_two_places_is_their_total_not_one_of_them() -> None:
    both = quantity("a", 8_200, "dead", concept="dead", scope=("country:EC", "country:PE"))
    one = quantity("b", 6_900, "dead", concept="dead", scope=("country:PE",))
    both_too = quantity("b", 7_800, "dead", concept="dead", scope=("country:EC", "country:PE"))
    assert reconcile([both, one], articles=DAY) == []
    assert len(reconcile([both, both_too], articles=DAY)) == 1


def test_the_area_one_side_holds_is_not_the_whole_country() -> None:
    held = quantity("a", 1_900, "dead", concept="dead", scope=("country:EC", "held:opposition"))
    country = quantity("b", 2_600, "dead", concept="dead", scope=("country:EC",))
    held_too = quantity("b", 1_100, "dead", concept="dead", scope=("country:EC", "held:opposition"))
    assert reconcile([held, country], articles=DAY) == []
    assert len(reconcile([held, held_too], articles=DAY)) == 1


def test_crowds_on_days_that_cannot_be_the_same_are_two_occasions() -> None:
    days = [article("a", "2024-06-15"), article("b", "2024-06-30"), article("c", "2024-06-18")]
    friday = quantity("a", 35_000, "attendance", concept="attendance", precision=1000)
    later = quantity(
        "b", 48_000, "attendance", concept="attendance", precision=1000, time=day("2024-06-29")
    )
    weekly = quantity("c", 60_000, "attendance", concept="attendance", precision=1000)
    assert reconcile([friday, later], articles=days) == []  # 29 June is after a's article
    # a weekly's figure with no day of its own may be the same day's crowd
    assert len(reconcile([friday, weekly], articles=days)) == 1


def test_a_capacity_is_set_against_a_capacity_whatever_the_modality() -> None:
    from factcheck.models import Modality

    planned = quantity("a", 40_000, "capacity", concept="capacity", modality=Modality.PLANNED)
    stated = quantity("b", 20_000, "capacity", concept="capacity", qualifier=Qualifier.AT_MOST)
    assert len(reconcile([planned, stated], articles=DAY)) == 1


def test_a_superseded_figure_is_not_set_against_other_reports() -> None:
    old = quantity("a", 88, "dead", concept="dead", scope=("scope:earlier",))
    other = quantity("b", 71, "dead", concept="dead")
    assert reconcile([old, other], articles=DAY) == []
    assert len(reconcile([quantity("a", 88, "dead", concept="dead"), other], articles=DAY)) == 1


def test_a_figure_just_below_a_vague_amount_is_no_conflict() -> None:
    dozens = quantity("a", None, "community", qualifier=Qualifier.DOZENS)
    near = quantity("b", 19, "community")
    far = quantity("b", 500, "community")
    assert reconcile([dozens, near], articles=DAY) == []
    assert len(reconcile([dozens, far], articles=DAY)) == 1


def test_two_parties_seats_are_two_counts_whoever_names_them() -> None:
    """ "CDU 12 Sitze" in one report and "die FDP hatte drei Sitze" in another, which never
    names the CDU: seats are their holder's, so two holders are two counts; a name only one
    report uses tells other figures nothing apart."""
    days = [
        article("a", "2025-03-16", text="CDU 12 Sitze, FDP drei Sitze."),
        article("b", "2025-03-16", text="Die FDP hatte drei Sitze."),
    ]
    cdu = quantity("a", 12, "seat", scope=("cdu",))
    fdp = quantity("b", 3, "seat", scope=("fdp",))
    assert reconcile([cdu, fdp], articles=days) == []
    fire = quantity("a", 12, "dead", scope=("cdu",))
    other = quantity("b", 3, "dead", scope=("fdp",))
    assert len(reconcile([fire, other], articles=days)) == 1


def test_a_figure_told_as_the_level_it_fell_to_updates_an_earlier_higher_one() -> None:
    """ "FDP drei Sitze" on election night and, a week on, "die FDP fällt auf zwei Sitze
    zurück": the change that followed, no conflict; the same fall told the same day, or a
    running total that falls (a correction), stays a finding."""
    from factcheck.lang.concepts import FALLEN_SCOPE

    days = [article("a", "2025-03-16"), article("b", "2025-03-24"), article("c", "2025-03-16")]
    before = quantity("a", 3, "seat", scope=("fdp",))
    after = quantity("b", 2, "seat", scope=("fdp", FALLEN_SCOPE))
    same_day = quantity("c", 2, "seat", scope=("fdp", FALLEN_SCOPE))
    assert reconcile([before, after], articles=days) == []
    assert len(reconcile([before, same_day], articles=days)) == 1
    toll = quantity("a", 30, "dead", cumulative=True)
    lower = quantity("b", 20, "dead", cumulative=True, scope=(FALLEN_SCOPE,))
    assert len(reconcile([toll, lower], articles=days)) == 1


def _height(article_id: str, metres: float, noun: str) -> Claim:
    return quantity(
        article_id,
        metres,
        "measure:height",
        unit="meter",
        unit_kind=UnitKind.PHYSICAL,
        content=(noun,),
    )


def test_a_height_of_a_compound_meets_the_height_of_its_head() -> None:
    tower, church_tower = _height("a", 62, "turm"), _height("b", 68, "kirchturm")
    water_tower = _height("c", 40, "wasserturm")
    assert len(reconcile([tower, church_tower], articles=DAY)) == 1
    assert reconcile([church_tower, water_tower], articles=DAY) == []
