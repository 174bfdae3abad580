"""Quantity findings from hand-built multi-article examples, German and English."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import (
    Attribution,
    Claim,
    DiscrepancyKind,
    Modality,
    Qualifier,
    ReasonCode,
    Severity,
    SourceKind,
    Span,
    TimeKind,
    UnitKind,
)
from factcheck.reconcile import reconcile
from factcheck.reconcile.engine import CRITICAL_GAP, MINOR_GAP, block_findings, severity
from factcheck.reconcile.quantities import MAX_FINDINGS_PER_CLAIM
from factcheck.reconcile.ranking import capped, named_source, told_in, value_class
from factcheck.reconcile.sources import Relation
from tests.reconcile._build import article, month, quantity, said, source


def _codes(d) -> set[ReasonCode]:  # type: ignore[no-untyped-def]
    return {r.code for r in d.reasons}


# -- crowd counts -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("police_name", "organisers_name", "thing", "language"),
    [
        ("police", "organisers", "people", "en"),
        ("Polizei", "Veranstaltern", "Menschen", "de"),
    ],
)
def test_police_and_organisers_crowd_counts_conflict(
    police_name: str, organisers_name: str, thing: str, language: str
) -> None:
    arts = [article("police", "2024-05-04", language=language), article("orgs", "2024-05-04")]
    police = quantity(
        "police",
        5_000,
        thing,
        concept="attendance",
        qualifier=Qualifier.APPROX,
        precision=1000,
        attribution=said(source(police_name)),
    )
    orgs = quantity(
        "orgs",
        20_000,
        thing,
        concept="attendance",
        qualifier=Qualifier.MORE_THAN,
        precision=1000,
        attribution=said(source(organisers_name)),
    )
    (d,) = reconcile([police, orgs], articles=arts)
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert set(d.claims) == {police.id, orgs.id}
    assert f'"{police_name}"' in d.explanation and f'"{organisers_name}"' in d.explanation
    assert "about 5,000" in d.explanation and "more than 20,000" in d.explanation
    text = d.explanation.casefold()
    assert "article police" in text and "article orgs" in text
    assert ReasonCode.DIFFERENT_SOURCES in _codes(d)
    assert d.severity is Severity.CRITICAL  # 4,500-5,500 vs more than 20,000: far apart


def test_overlapping_crowd_counts_agree() -> None:
    a = quantity("a", 5_000, "attendance", qualifier=Qualifier.APPROX, precision=1000)
    b = quantity("b", 5_400, "attendance", precision=100)
    far = quantity("b", 9_000, "attendance", precision=100)
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    assert len(reconcile([a, far], articles=arts)) == 1  # the two are compared at all
    assert reconcile([a, b], articles=arts) == []


def test_people_with_no_role_are_not_compared() -> None:
    """ "15.000 Menschen" and "3 Menschen" rarely count the same thing: a count of
    people is compared only once its clause says what they are (dead, attendance...)."""
    a = quantity("a", 15_000, "Mensch", concept="person")
    b = quantity("b", 3, "Mensch", concept="person")
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    assert reconcile([a, b], articles=arts) == []


# -- running totals -------------------------------------------------------------------------
def _toll(art: str, n: float, *, thing: str = "dead") -> Claim:
    return quantity(art, n, thing, concept="dead", cumulative=True)


def test_a_death_toll_rising_over_a_week_is_no_finding() -> None:
    arts = [article(f"d{i}", f"2024-05-0{i}") for i in (1, 3, 5, 8)]
    claims = [_toll("d1", 120), _toll("d3", 150), _toll("d5", 180), _toll("d8", 210)]
    assert reconcile(claims, articles=arts) == []


def test_a_sum_grown_by_a_slipped_decimal_is_no_update() -> None:
    """A damage estimate told as 4.5 million one day and 45 million the next has a digit
    slipped, not grown tenfold: the two conflict. A toll grown tenfold has not: deaths may
    rise so."""
    arts = [article("d1", "2024-05-01"), article("d3", "2024-05-03")]
    kw = {"unit": "EUR", "unit_kind": UnitKind.CURRENCY, "cumulative": True}
    early = quantity("d1", 4_500_000, "money:damage", concept="money:damage", **kw)  # type: ignore[arg-type]
    late = quantity("d3", 45_000_000, "money:damage", concept="money:damage", **kw)  # type: ignore[arg-type]
    (d,) = reconcile([early, late], articles=arts)
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert reconcile([_toll("d1", 12), _toll("d3", 120)], articles=arts) == []


def test_a_later_lower_toll_is_a_conflict() -> None:
    arts = [article("d1", "2024-05-01"), article("d3", "2024-05-03")]
    early, late = _toll("d1", 150), _toll("d3", 90)
    (d,) = reconcile([early, late], articles=arts)
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert ReasonCode.REVISION in _codes(d)
    assert "cannot fall" in d.explanation


def test_two_tolls_as_of_the_same_date_conflict() -> None:
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    a, b = _toll("a", 150), _toll("b", 210)
    (d,) = reconcile([a, b], articles=arts)
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert "as of 2024-05-04" in d.explanation
    assert ReasonCode.GROWING_TOTAL not in _codes(d)


def test_two_tolls_of_unknown_dates_are_no_finding() -> None:
    """A casualty toll moves by the hour: with no as-of date for either figure, the lower
    one may simply be older."""
    a, b = _toll("a", 150), _toll("b", 210)
    dated = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    assert len(reconcile([a, b], articles=dated)) == 1  # the same pair, dated, conflicts
    assert reconcile([a, b], articles=[article("a"), article("b")]) == []


def test_two_running_totals_since_a_date_of_unknown_dates_may_be_a_growing_total() -> None:
    kw = {"cumulative": True, "time": month(2023, 9, kind=TimeKind.SINCE)}
    a = quantity("a", 150, "Container", concept="container", **kw)  # type: ignore[arg-type]
    b = quantity("b", 210, "Container", concept="container", **kw)  # type: ignore[arg-type]
    (d,) = reconcile([a, b], articles=[article("a"), article("b")])
    assert {ReasonCode.GROWING_TOTAL, ReasonCode.DIFFERENT_AS_OF_DATES} <= _codes(d)
    assert "the 150 may be an older count of a growing total" in d.explanation


# -- the seed pattern: about 6,700 vs at least 10,000 / about 10,000 -------------------------
def _containers(art: str, n: float, q: Qualifier, src: str, country: str, role: str | None):  # type: ignore[no-untyped-def]
    kind = SourceKind.PERSON if role else SourceKind.GOVERNMENT
    return quantity(
        art,
        n,
        "Container",
        concept="container",
        qualifier=q,
        precision=100 if n == 6_700 else 1000,
        content=("military",),
        origin="country:KP",
        destination="country:RU",
        cumulative=True,
        time=month(2023, 9, kind=TimeKind.SINCE),
        attribution=said(source(src, kind=kind, country=country, role=role)),
    )


def test_about_6700_vs_at_least_10000_and_about_10000() -> None:
    arts = [article("us", "2024-06", language="de"), article("kr", language="de")]
    arts.append(article("shin", language="de"))
    ministry = _containers(
        "kr", 6_700, Qualifier.APPROX, "südkoreanischen Verteidigungsministerium", "KR", None
    )
    minister = _containers(
        "shin", 10_000, Qualifier.AT_LEAST, "Shin Wonsik", "KR", "Verteidigungsminister"
    )
    us = _containers("us", 10_000, Qualifier.APPROX, "US-Erkenntnissen", "US", None)
    found = reconcile([ministry, minister, us], articles=arts)
    pairs = {frozenset(d.claims): d for d in found}
    assert set(pairs) == {
        frozenset({ministry.id, minister.id}),
        frozenset({ministry.id, us.id}),
    }  # about 10,000 and at least 10,000 agree
    same_institution = pairs[frozenset({ministry.id, minister.id})]
    independent = pairs[frozenset({ministry.id, us.id})]
    assert ReasonCode.SAME_PRIMARY_SOURCE in _codes(same_institution)
    assert ReasonCode.DIFFERENT_SOURCES in _codes(independent)
    assert same_institution.severity > independent.severity
    for d in found:
        assert "the 6,700 may be an older count of a growing total" in d.explanation
        assert "about 6,700" in d.explanation
        assert '"südkoreanischen Verteidigungsministerium"' in d.explanation


# -- severity -------------------------------------------------------------------------------
def test_one_source_contradicting_itself_is_graver_than_two_sources() -> None:
    arts = [article(x, "2024-05-04") for x in ("a", "b", "c", "d")]
    ministry = source("Interior Ministry", "XX:interior", kind=SourceKind.GOVERNMENT, country="XX")
    one_a = quantity("a", 100, "arrest", attribution=said(ministry))
    one_b = quantity("b", 150, "arrest", attribution=said(ministry))
    src_c = source("Police", "XX:police", country="XX")
    src_d = source("Rights group", "YY:rights", country="YY")
    two_c = quantity("c", 100, "arrest", attribution=said(src_c))
    two_d = quantity("d", 150, "arrest", attribution=said(src_d))
    (same,) = reconcile([one_a, one_b], articles=arts)
    (indep,) = reconcile([two_c, two_d], articles=arts)
    assert same.gap == indep.gap
    assert same.severity > indep.severity
    assert ReasonCode.SAME_PRIMARY_SOURCE in _codes(same)


def test_two_figures_of_one_article_are_its_story_not_a_conflict() -> None:
    """News gives figures as they develop ("100 arrests by noon ... 150 by the
    evening") or in parts: two figures of one thing in one article are not flagged; the
    same two in two articles are."""
    a = quantity("a", 100, "arrest")
    b = quantity("a", 150, "arrest")
    other = quantity("b", 150, "arrest")
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    assert reconcile([a, b], articles=arts) == []
    (d,) = reconcile([a, other], articles=arts)
    assert not d.within_article


@pytest.mark.parametrize(
    ("gap", "rel", "expected"),
    [
        (MINOR_GAP / 2, Relation.INDEPENDENT, Severity.MINOR),
        (0.3, Relation.INDEPENDENT, Severity.MAJOR),
        (CRITICAL_GAP, Relation.INDEPENDENT, Severity.CRITICAL),
        (MINOR_GAP / 2, Relation.SAME_SOURCE, Severity.MAJOR),
        (0.3, Relation.SAME_INSTITUTION, Severity.CRITICAL),
        (0.3, Relation.UNKNOWN, Severity.MAJOR),
    ],
)
def test_severity_by_gap_and_sources(gap: float, rel: Relation, expected: Severity) -> None:
    assert severity(gap, rel) is expected


def test_innocent_explanations_lower_the_severity() -> None:
    base = severity(0.3, Relation.INDEPENDENT)
    assert severity(0.3, Relation.INDEPENDENT, within_rounding=True) < base
    assert severity(0.3, Relation.INDEPENDENT, vague=True) < base
    assert severity(0.3, Relation.INDEPENDENT, plan_vs_report=True) < base
    assert severity(0.9, Relation.SAME_SOURCE, revision=True) is Severity.INFO


def test_severity_never_leaves_the_scale() -> None:
    assert severity(0.9, Relation.SAME_SOURCE) is Severity.CRITICAL
    low = severity(
        0.01, Relation.INDEPENDENT, within_rounding=True, vague=True, plan_vs_report=True
    )
    assert low is Severity.INFO


def test_a_vague_amount_lowers_the_severity() -> None:
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    dozens = quantity("a", None, "missile", qualifier=Qualifier.DOZENS)
    exact = quantity("b", 600, "missile", precision=10)
    (d,) = reconcile([dozens, exact], articles=arts)
    assert ReasonCode.UNCERTAIN_READING in _codes(d)
    assert d.severity is Severity.MAJOR  # 67 % apart: critical, one level down


@pytest.mark.parametrize(
    ("qualifier", "reading", "value", "flagged"),
    [
        # a vague word is a floor: a figure a little above its top reading agrees
        (Qualifier.SEVERAL, (2, 10), 15, False),
        (Qualifier.DOZENS, (24, 200), 300, False),
        (Qualifier.THOUSANDS, (2_000, 20_000), 43_700, False),
        # far above it, it is told
        (Qualifier.SEVERAL, (2, 10), 40, False),  # "several" has no top in use
        (Qualifier.DOZENS, (24, 200), 600, True),
        # below a vague amount's lowest reading by less than half
        (Qualifier.DOZENS, (24, 200), 19, False),
    ],
)
def test_a_figure_near_a_vague_amount_is_no_finding(
    qualifier: Qualifier, reading: tuple[int, int], value: int, flagged: bool
) -> None:
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    vague = quantity("a", None, "missile", qualifier=qualifier, low=reading[0], high=reading[1])
    exact = quantity("b", value, "missile")
    assert bool(reconcile([vague, exact], articles=arts)) is flagged


# -- currencies and units --------------------------------------------------------------------
def test_a_cost_in_two_currencies_is_not_compared() -> None:
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    eur = quantity("a", 2.5e9, "cost:bridge", unit="EUR", unit_kind=UnitKind.CURRENCY)
    usd = quantity("b", 3.9e9, "cost:bridge", unit="USD", unit_kind=UnitKind.CURRENCY)
    assert reconcile([eur, usd], articles=arts) == []


def test_a_cost_in_one_currency_and_two_scales_is_compared() -> None:
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    bn = quantity("a", 2.5e9, "cost:bridge", unit="EUR", unit_kind=UnitKind.CURRENCY, precision=1e8)
    mn = quantity("b", 2_500e6, "cost:bridge", unit="EUR", unit_kind=UnitKind.CURRENCY)
    far = quantity("b", 3.9e9, "cost:bridge", unit="EUR", unit_kind=UnitKind.CURRENCY)
    assert reconcile([bn, mn], articles=arts) == []
    (d,) = reconcile([bn, far], articles=arts)
    assert "2.5 billion" in d.explanation and "3.9 billion" in d.explanation


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ((300, "meter", 1), (0.3, "kilometer", 0.1), False),
        ((300, "meter", 1), (0.5, "kilometer", 0.1), True),
        ((60_000, "tonne", 1000), (60_000_000, "kilogram", 1e6), False),
        ((60, "tonne", 1), (59_600, "kilogram", 100), False),
        ((60, "tonne", 1), (59_000, "kilogram", 1000), True),  # two written values
        ((60, "tonne", 1), (80_000, "kilogram", 1000), True),
    ],
)
def test_a_length_or_weight_in_two_units(
    a: tuple[float, str, float], b: tuple[float, str, float], conflict: bool
) -> None:
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    ca = quantity("a", a[0], "size:ship", unit=a[1], unit_kind=UnitKind.PHYSICAL, precision=a[2])
    cb = quantity("b", b[0], "size:ship", unit=b[1], unit_kind=UnitKind.PHYSICAL, precision=b[2])
    found = reconcile([ca, cb], articles=arts)
    assert bool(found) is conflict


# -- revisions and plans ------------------------------------------------------------------------
def _with_sentence(text: str, art: str, published: str, n: float, **kw):  # type: ignore[no-untyped-def]
    a = article(art, published, text=text, language=kw.pop("language", "en"))
    c = quantity(
        art, n, kw.pop("thing", "person"), start=0, sentence=Span(start=0, end=len(text)), **kw
    )
    return a, c


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police later corrected the number of participants to 8,000.", "en"),
        ("Die Polizei korrigierte die Zahl der Teilnehmer nach oben.", "de"),
        ("Die amtliche Zahl lag bei 8.000 Teilnehmern.", "de"),
        ("The official count was 8,000.", "en"),
    ],
)
def test_a_later_correction_of_a_fixed_figure_is_a_revision(text: str, language: str) -> None:
    first = quantity("a", 5_000, "participant", precision=1000)
    art_b, second = _with_sentence(
        text, "b", "2024-05-06", 8_000, thing="participant", precision=1000, language=language
    )
    found = reconcile([first, second], articles=[article("a", "2024-05-04"), art_b])
    (d,) = found
    assert d.kind is DiscrepancyKind.REVISION
    assert d.severity is Severity.INFO
    assert "correcting 5,000 participant in article a" in d.explanation


def test_a_later_different_fixed_figure_without_a_cue_is_a_conflict() -> None:
    first = quantity("a", 5_000, "participant", precision=1000)
    second = quantity("b", 8_000, "participant", precision=1000)
    (d,) = reconcile(
        [first, second], articles=[article("a", "2024-05-04"), article("b", "2024-05-06")]
    )
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert ReasonCode.REVISION in _codes(d)  # a candidate reason, not the verdict


def test_a_lowered_toll_presented_as_a_correction_is_a_revision() -> None:
    early = _toll("a", 150)
    art_b, late = _with_sentence(
        "Die Zahl der Toten wurde nach unten korrigiert.",
        "b",
        "2024-05-06",
        120,
        thing="dead",
        concept="dead",
        cumulative=True,
        language="de",
    )
    (d,) = reconcile([early, late], articles=[article("a", "2024-05-04"), art_b])
    assert d.kind is DiscrepancyKind.REVISION


def test_a_raised_toll_presented_as_a_correction_is_an_update() -> None:
    early = _toll("a", 150)
    art_b, late = _with_sentence(
        "The toll was revised upwards.",
        "b",
        "2024-05-06",
        200,
        thing="dead",
        concept="dead",
        cumulative=True,
    )
    assert reconcile([early, late], articles=[article("a", "2024-05-04"), art_b]) == []


def test_a_planned_cost_against_the_reported_cost_is_no_finding() -> None:
    """A plan, a forecast or an expectation and the outcome are two statements: a cost
    overrun is news, not sources contradicting each other."""
    arts = [article("a", "2024-01-10"), article("b", "2024-02-01")]
    kw = {"unit": "EUR", "unit_kind": UnitKind.CURRENCY, "precision": 1e8}
    plan = quantity("a", 2.5e9, "cost:bridge", modality=Modality.PLANNED, **kw)  # type: ignore[arg-type]
    spent = quantity("b", 3.1e9, "cost:bridge", **kw)  # type: ignore[arg-type]
    other = quantity("a", 3.9e9, "cost:bridge", **kw)  # type: ignore[arg-type]
    assert len(reconcile([other, spent], articles=arts)) == 1  # compared when both report
    assert reconcile([plan, spent], articles=arts) == []


def test_two_planned_costs_that_differ_conflict() -> None:
    arts = [article("a", "2024-01-10"), article("b", "2024-01-12")]
    kw = {
        "unit": "EUR",
        "unit_kind": UnitKind.CURRENCY,
        "modality": Modality.PLANNED,
        "precision": 1e8,
    }
    a = quantity("a", 2.5e9, "cost:bridge", **kw)  # type: ignore[arg-type]
    b = quantity("b", 3.1e9, "cost:bridge", **kw)  # type: ignore[arg-type]
    (d,) = reconcile([a, b], articles=arts)
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT


# -- determinism ----------------------------------------------------------------------------------
def test_findings_do_not_depend_on_input_order() -> None:
    arts = [article(x, "2024-05-04") for x in "abcd"]
    claims = [
        quantity("a", 100, "arrest"),
        quantity("b", 150, "arrest"),
        quantity("c", 400, "arrest", qualifier=Qualifier.AT_LEAST),
        quantity("d", 120, "arrest", qualifier=Qualifier.APPROX, precision=10),
    ]
    first = reconcile(claims, articles=arts)
    assert first
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        arts_shuffled = arts[:]
        random.Random(seed).shuffle(arts_shuffled)
        assert reconcile(shuffled, articles=arts_shuffled) == first


def test_a_claim_given_twice_is_counted_once() -> None:
    a, b = quantity("a", 100, "arrest"), quantity("b", 150, "arrest")
    arts = [article("a", "2024-05-04"), article("b", "2024-05-04")]
    assert reconcile([a, b, a, b], articles=arts) == reconcile([a, b], articles=arts)


# -- writing only the kept findings ---------------------------------------------------------
_ARTS = [
    article("a1", "2024-05-01"),
    article("a2", "2024-05-03"),
    article("a3"),
    article("a4", "2024-05-03", language="de"),
]
_SOURCES = [
    Attribution(),
    said(source("Police", "XX:police", country="XX")),
    said(source("Interior Ministry", "XX:interior", kind=SourceKind.GOVERNMENT, country="XX")),
]


@st.composite
def _block(draw: st.DrawFn) -> list[Claim]:
    """Claims of one block: a few repeated figures (echoes), open hedges (pragmatic
    readings), plans and running totals, more than a claim's cap of partners."""
    n = draw(st.integers(2, 6 * MAX_FINDINGS_PER_CLAIM))
    figures = draw(
        st.lists(st.sampled_from([90.0, 100.0, 130.0, 400.0, 410.0]), min_size=2, unique=True)
    )
    out = []
    for k in range(n):
        out.append(
            quantity(
                draw(st.sampled_from([a.id for a in _ARTS])),
                draw(st.sampled_from(figures)),
                "dead",
                qualifier=draw(
                    st.sampled_from(
                        [Qualifier.EXACT, Qualifier.APPROX, Qualifier.MORE_THAN, Qualifier.UP_TO]
                    )
                ),
                cumulative=draw(st.sampled_from([None, None, True])),
                attribution=draw(st.sampled_from(_SOURCES)),
                modality=draw(
                    st.sampled_from([Modality.ASSERTED, Modality.ASSERTED, Modality.PLANNED])
                ),
                start=k,
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(_block())
def test_writing_only_the_kept_findings_keeps_the_findings_of_writing_them_all(
    claims: list[Claim],
) -> None:
    """block_findings writes a finding only once the ranking keeps its pair; writing
    every disagreeing pair's finding first and ranking the findings (as the distributed
    run ranks a hot block's chunks) keeps the same findings, echoes and words."""
    arts = {a.id: a for a in _ARTS}
    cheap = list(block_findings(claims, arts))
    pos = {c.id: k for k, c in enumerate(claims)}
    every = [
        (*sorted(pos[c] for c in d.claims), d)
        for d in block_findings(claims, arts, per_claim=1 << 30, merge=False)
    ]
    full = capped(
        [(i, j, d) for i, j, d in every],
        classes=[value_class(c) for c in claims],
        sourced=[named_source(c) for c in claims],
        told=[told_in(c, arts) for c in claims],
    )
    assert cheap == list(full)


def _two(a: str, b: str, lang: str) -> list[str]:
    from factcheck.load import read_article
    from factcheck.report import report_from

    report = report_from(
        [
            read_article(a, id="a", language=lang, published="2024-07-08"),
            read_article(b, id="b", language=lang, published="2024-07-08"),
        ]
    )
    return [d.explanation for d in report.discrepancies]


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # the people on board are the passengers and the crew
        (
            "A passenger jet carrying 176 people landed.",
            "It had 168 passengers on board.",
            "en",
            False,
        ),
        ("Im Bus befanden sich 23 Menschen.", "Im Bus saßen 21 Fahrgäste.", "de", False),
        # more on board than the crew explains, or fewer than the passengers: a conflict
        ("Im Zug saßen rund 140 Menschen.", "Im Zug waren etwa 60 Passagiere.", "de", True),
        ("The jet had 150 people on board.", "It had 168 passengers on board.", "en", True),
        # a cruise ship's crew is a third of the people on board
        (
            "The ship has about 4,000 people on board.",
            "The ship carried 3,100 passengers.",
            "en",
            False,
        ),
        # two counts of the people on board are compared as they are
        (
            "A passenger jet carrying 176 people landed.",
            "The plane had 174 people on board.",
            "en",
            True,
        ),
    ],
)
def test_people_on_board_include_the_crew(a: str, b: str, lang: str, flagged: bool) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # far apart, and only one said of a place, a name or the whole: two things
        ("At least 100 people were injured, officials said.",
         "Officials said 29 people were injured in Sulphur.", "en", False),
        ("Bundesweit demonstrierten mehr als 1,4 Millionen Menschen.",
         "Die Veranstalter sprachen von 320.000 Teilnehmern.", "de", False),
        # far apart with nothing to tell them apart: a conflict
        ("Die Polizei zählte 8.500 Teilnehmer.", "Der Bauernverband zählte 30.000 Teilnehmer.",
         "de", True),
        # near, one with a place: compared as before
        ("At least 100 people were injured.", "80 people were injured in Sulphur.", "en", True),
        # maxima of a measure add nothing up: a name with one of them makes no part
        ("Cracks up to 1.5 metres long were found on Tuesday.",
         "Cracks in the Harnley Viaduct run up to five metres long.", "en", True),
        # nor does a width, however far apart
        ("Cracks up to 2mm wide were found on Tuesday.",
         "Cracks 0.2mm wide were found in the Harnley Viaduct on Tuesday.", "en", True),
    ],
)  # fmt: skip
def test_a_part_or_whole_far_from_a_plain_figure_is_another_thing(
    a: str, b: str, lang: str, flagged: bool
) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # a part said to be one of several lies below the whole: no conflict
        (
            "Mehr als 170 Feuerwehrleute waren im Einsatz.",
            "Allein die Bottroper Feuerwehr schickte rund 120 Kräfte.",
            "de",
            False,
        ),
        (
            "More than 170 firefighters were deployed.",
            "The city's fire department alone sent about 120 firefighters.",
            "en",
            False,
        ),
        # above the whole, it conflicts
        (
            "Rund 100 Feuerwehrleute waren im Einsatz.",
            "Allein die Bottroper Feuerwehr schickte rund 180 Kräfte.",
            "de",
            True,
        ),
        # one day's figure alone lies below a figure of no day told (of several days)
        (
            "Allein am Sonntag kamen rund 6.000 Besucher.",
            "Zu dem zweitägigen Treffen waren rund 15.000 Besucher gekommen.",
            "de",
            False,
        ),
        # but not below another figure of that day: that day's whole
        (
            "Some 2,400 flights were cancelled on Friday alone.",
            "Airlines cancelled 3,100 flights on Friday.",
            "en",
            True,
        ),
    ],
)
def test_a_part_alone_is_compared_with_a_whole_only_above_it(
    a: str, b: str, lang: str, flagged: bool
) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        (
            "Als die ersten Kräfte eintrafen, stand die rund 5000 Quadratmeter große Halle "
            "bereits in Vollbrand.",
            "Die etwa 8000 Quadratmeter große Halle brannte völlig aus.",
            "de",
        ),
        (
            "When the first crews arrived, the 50,000-square-foot warehouse was ablaze.",
            "The 80,000-square-foot warehouse burned down.",
            "en",
        ),
    ],
)
def test_the_size_of_a_thing_is_no_early_count(a: str, b: str, lang: str) -> None:
    # "bereits", "the first crews" mark an early count, but a hall's size does not grow
    assert _two(a, b, lang)


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # two articles' figures for one union's demand conflict, with no base or period
        ("Die GDL fordert 7,5 Prozent mehr Lohn.", "Die GDL fordert 9,5 Prozent mehr Geld.",
         "de", True),
        ("Die GDL fordert 7,5 Prozent mehr Lohn.", "Die GDL fordert 7,5 Prozent mehr Geld.",
         "de", False),
        # a demand is no offer
        ("Die GDL fordert 7,5 Prozent mehr Lohn.", "Die Bahn bietet 4,5 Prozent mehr Geld.",
         "de", False),
        # flights delayed and flights cancelled are two counts
        ("More than 5,400 flights were delayed on Friday.",
         "About 1,200 flights were cancelled on Friday.", "en", False),
        ("Knapp 460 Zugfahrten fielen am Montag aus.", "Rund 800 Zugausfälle gab es am Montag.",
         "de", True),
    ],
)  # fmt: skip
def test_demands_and_disrupted_trips(a: str, b: str, lang: str, flagged: bool) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("Der Bus war mit 52 Fahrgästen besetzt und auf dem Weg von Hamburg nach München.",
         "An Bord befanden sich nach Polizeiangaben 47 Fahrgäste.", "de"),
        ("The bus, carrying 52 passengers from Boston to New York, overturned.",
         "Police said 47 passengers were on board.", "en"),
    ],
)  # fmt: skip
def test_the_people_on_board_travel_their_route_and_are_compared(a: str, b: str, lang: str) -> None:
    assert _two(a, b, lang)


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # a river's level rises and falls: two days' readings are no conflict
        ("Am Samstagmorgen hatte der Pegel Trier bei 7,35 Metern gelegen.",
         "Der Pegel Trier stand bei 8,42 Metern.", "de", False),
        # the same day's readings are compared
        ("Am Samstagmorgen hatte der Pegel Trier 7,85 Meter gezeigt.",
         "Am Samstagmorgen hatte der Pegel Trier bei 7,35 Metern gelegen.", "de", True),
        # a crest is one figure of the whole flood
        ("The river crested at 21.3 feet on Sunday.", "The river crested at 23.9 feet.", "en",
         True),
    ],
)  # fmt: skip
def test_a_river_level_is_compared_as_of_one_time(a: str, b: str, lang: str, flagged: bool) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # what the counted do is no narrower kind of them
        ("More than 89,000 fans packed into the stadium.",
         "Some 76,000 screaming fans crammed into the stadium.", "en"),
        ("Mehr als 89.000 Fans kamen ins Stadion.", "Rund 76.000 jubelnde Fans kamen ins Stadion.",
         "de"),
        # a nationality in the clause is no name the figure is given for
        ("Hale performed for a crowd of about 90,000 in what the American singer called her "
         "best night.", "Only 70,000 fans saw the show.", "en"),
    ],
)  # fmt: skip
def test_a_descriptive_word_or_a_nationality_does_not_narrow_a_crowd(
    a: str, b: str, lang: str
) -> None:
    assert _two(a, b, lang)


def test_a_participle_of_place_narrows_the_noun() -> None:
    """ "two *neighbouring* buildings" (``nouns.PLACE_PARTICIPLES``) are some of the
    buildings, below "three buildings" as a part."""
    assert not _two(
        "Police evacuated 350 people from the tower and two neighbouring buildings.",
        "About 350 people were evacuated from three buildings.",
        "en",
    )


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # a building's storeys are what it had, whatever befell it
        ("Part of a seven-story apartment building collapsed on Thursday.",
         "The eight-story building was nearly finished.", "en"),
    ],
)  # fmt: skip
def test_storeys_of_a_collapsed_building(a: str, b: str, lang: str) -> None:
    assert _two(a, b, lang)


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        # a part of the figure before ("two of them") lies below another article's whole
        ("Police said three people were arrested on Sunday.",
         "Police said five people had now been arrested. Two of them were arrested on Sunday "
         "evening.", "en"),
        ("Die Polizei nahm drei Menschen fest.",
         "Inzwischen wurden fünf Menschen festgenommen, zwei davon am Sonntagabend.", "de"),
    ],
)  # fmt: skip
def test_a_part_of_the_figure_before_lies_below_a_whole(a: str, b: str, lang: str) -> None:
    assert not any("gives 2 " in x or "gives two" in x for x in _two(a, b, lang))


# -- parts of one day -------------------------------------------------------------------
def _two_reports(a: str, b: str, published: str = "2025-10-16"):  # type: ignore[no-untyped-def]
    from factcheck.load import read_article
    from factcheck.report import report_from

    return report_from(
        [
            read_article(a, id="a", language="en", published=published),
            read_article(b, id="b", language="en", published=published),
        ]
    )


def test_a_toll_told_for_a_later_part_of_the_day_may_have_grown() -> None:
    report = _two_reports(
        "The death toll from the bridge collapse rose to seven on Thursday, officials said.",
        "The death toll from the bridge collapse rose to eight on Thursday evening, officials "
        "said.",
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()


def test_a_toll_lower_in_the_evening_than_in_the_morning_is_a_finding() -> None:
    report = _two_reports(
        "Officials said on Thursday morning that eight people had died.",
        "Officials said on Thursday evening that six people had died.",
    )
    assert len(report.discrepancies) == 1


@pytest.mark.parametrize(
    ("ticker", "other"),
    [
        ("Crane falls downtown.\n\n4:15 p.m. - Police confirm one person has died.",
         "The crane collapse killed two people, officials said."),
        ("Sturm über der Stadt.\n\n8.15 Uhr – Mindestens sieben Menschen sind verletzt.",
         "Mindestens acht Menschen wurden verletzt, teilte das Ministerium mit."),
    ],
)  # fmt: skip
def test_a_toll_at_a_ticker_s_clock_time_may_have_grown_that_day(ticker: str, other: str) -> None:
    """A live ticker's entry ("4:15 p.m. - ...") is a reading at its clock time: a higher
    toll that day with no time of its own may be later."""
    from factcheck.load import read_article
    from factcheck.report import report_from

    lang = "de" if "Uhr" in ticker else "en"
    report = report_from(
        [
            read_article(ticker, id="a", language=lang, published="2025-10-16"),
            read_article(other, id="b", language=lang, published="2025-10-16"),
        ]
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()


def test_a_toll_falling_between_two_ticker_entries_of_one_day_is_a_finding() -> None:
    report = _two_reports(
        "Crane falls.\n\n4:15 p.m. - Police confirm three people have died.",
        "Crane falls.\n\n6:30 p.m. - Police confirm two people have died.",
    )
    assert len(report.discrepancies) == 1


def test_the_missing_at_two_moments_of_a_day_are_no_finding() -> None:
    report = _two_reports(
        "Six people remain missing on Thursday, officials said.",
        "Five people were still missing on Thursday evening, officials said.",
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()


def test_the_missing_late_on_a_day_and_in_its_earlier_report_are_no_finding() -> None:
    report = _two_reports(
        "Nine people were still missing, the fire service said.",
        "Two people were still missing late on Thursday, the fire service said.",
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()


def test_more_people_treated_in_a_later_report_are_no_finding() -> None:
    from factcheck.load import read_article
    from factcheck.report import report_from

    report = report_from(
        [
            read_article(
                "Fourteen residents were treated for eye irritation on Friday, officials said.",
                id="a",
                language="en",
                published="2026-05-15",
            ),
            read_article(
                "In all, 22 residents were treated for irritation, officials said.",
                id="b",
                language="en",
                published="2026-05-17",
            ),
        ]
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()


def test_two_kinds_of_one_thing_are_no_finding() -> None:
    report = _two_reports(
        "Wildlife officials said at least 210 dead birds had been recovered.",
        "About 180 oiled birds have been taken to a rehabilitation centre.",
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()


def test_one_kind_of_a_thing_is_compared() -> None:
    report = _two_reports(
        "Wildlife officials said at least 210 dead birds had been recovered.",
        "Wildlife officials said 120 dead birds had been recovered.",
    )
    assert len(report.discrepancies) == 1


def test_the_crew_of_a_craft_travel_its_route() -> None:
    """The crew aboard is no flow between parties: "from Lisbon with ... eight crew" and
    "six crew" count the same people."""
    report = _two_reports(
        "The Airbus, arriving from Lisbon, had 168 passengers and eight crew members on board.",
        "The aircraft was carrying 168 passengers and six crew, the airline said.",
    )
    assert len(report.discrepancies) == 1


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # one sector's count and the whole economy's, far apart: two things
        (
            "US employers added 272,000 jobs in May.",
            "In May, the health care sector added 68,000 jobs.",
            "en",
            False,
        ),
        (
            "In Deutschland gingen im Mai 48.000 Stellen verloren.",
            "Im Mai verlor die Baubranche 12.000 Stellen.",
            "de",
            False,
        ),
        # a part named by its cue and the whole, far apart: the whole does not contradict it
        (
            "Police deployed 1,200 officers on Saturday.",
            "On Saturday, 1,200 people marched, including 300 officers.",
            "en",
            False,
        ),
        # two counts of one sector do conflict
        (
            "In May, the health care sector added 68,000 jobs.",
            "In May, the health care sector added 41,000 jobs.",
            "en",
            True,
        ),
    ],
)
def test_a_part_far_below_a_whole_is_no_contradiction(
    a: str, b: str, lang: str, flagged: bool
) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        ("A 44-year-old man died on Tuesday.", "A man in his 50s died on Tuesday.", "en", True),
        ("A 54-year-old man died on Tuesday.", "A man in his 50s died on Tuesday.", "en", False),
        ("Ein 44 Jahre alter Mann starb am Dienstag.", "Ein Mann Mitte 50 starb am Dienstag.",
         "de", True),
    ],
)  # fmt: skip
def test_an_age_by_its_decade_is_compared_as_its_years(
    a: str, b: str, lang: str, flagged: bool
) -> None:
    assert bool(_two(a, b, lang)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged"),
    [
        # an election night's projection and the result: an estimate and a count
        (
            "Laut der Hochrechnung von 18.45 Uhr kam die SPD auf 28,4 Prozent.",
            "Nach dem vorläufigen Endergebnis kam die SPD auf 27,9 Prozent.",
            "de",
            False,
        ),
        (
            "According to exit polls, Labour won 36 percent.",
            "Labour won 34 percent, the final count showed.",
            "en",
            False,
        ),
        # two projections of one evening, or two results, are compared
        (
            "Laut der Hochrechnung kam die SPD auf 28,4 Prozent.",
            "Laut der Hochrechnung kam die SPD auf 25,1 Prozent.",
            "de",
            True,
        ),
    ],
)
def test_a_projection_is_set_against_projections_only(
    a: str, b: str, lang: str, flagged: bool
) -> None:
    assert bool(_two(a, b, lang)) is flagged


def test_two_kinds_of_people_hold_two_shares() -> None:
    """ "Children accounted for 24 percent" and "Women accounted for 27 percent" of the
    same arrivals: two shares, whether or not each article names both kinds."""
    assert not _two(
        "Children accounted for 24 percent of all arrivals.",
        "Women accounted for 27 percent of arrivals.",
        "en",
    )
    assert _two(
        "Women accounted for 24 percent of all arrivals.",
        "Women accounted for 27 percent of arrivals.",
        "en",
    )


def test_a_height_said_of_a_name_is_no_part_of_one_said_of_none() -> None:
    """42 metres and 42 feet high: one dam's height told in the wrong unit (a ratio above
    SCOPE_GAP sets a place's count apart from a total, never a height)."""
    from factcheck.load import read_article
    from factcheck.report import report_from

    texts = (
        "The 42-meter-high dam on the Pomba River holds the reservoir.",
        "The dam wall, which is 42 feet high, has shown no new seepage.",
    )
    articles = [read_article(t, id=i, language="en") for i, t in zip("ab", texts, strict=True)]
    assert len(report_from(articles).discrepancies) == 1


def test_homes_left_in_an_evacuation_are_a_level_not_a_running_total() -> None:
    """ "120 homes were evacuated" and, a day later, "300 people from 210 homes": one
    evacuation told two ways, no total that grew."""
    from factcheck.load import read_article
    from factcheck.report import report_from

    report = report_from(
        [
            read_article(
                "Police set up a cordon and 120 homes were evacuated.",
                id="a",
                language="en",
                published="2026-10-03",
            ),
            read_article(
                "Around 300 people from 210 homes spent the night at the leisure centre.",
                id="b",
                language="en",
                published="2026-10-04",
            ),
        ]
    )
    assert len(report.discrepancies) == 1
