"""Figures: claims of one measure grouped into a timeline (factcheck.report.figures)."""

from __future__ import annotations

import datetime as dt
import random

from factcheck.models import Qualifier, Report
from factcheck.reconcile import reconcile
from factcheck.report.figures import figures_of
from tests.reconcile._build import article, quantity


def _case() -> tuple[list, list]:  # type: ignore[type-arg]
    arts = [
        article("a1", "2024-05-02"),
        article("a2", "2024-05-04"),
        article("a3", "2024-05-03"),
        article("a4"),
    ]
    claims = [
        quantity("a2", 900, "Tote", concept="death", cumulative=True),
        quantity("a1", 400, "Tote", concept="death", qualifier=Qualifier.AT_LEAST),
        quantity("a3", 650, "Todesopfer", concept="death"),
        quantity("a4", 700, "Tote", concept="death"),
        quantity("a1", 3, "Brücke", concept="bridge"),  # alone: no figure
        quantity("a2", 12, "Schiff", concept="ship"),
        quantity("a3", 15, "Schiff", concept="ship"),
    ]
    return arts, claims


def test_claims_of_one_measure_form_a_figure_in_as_of_order() -> None:
    arts, claims = _case()
    found = reconcile(claims, articles=arts)
    figs = figures_of(claims, arts, found)
    assert [len(f.claims) for f in figs] == [4, 2]
    deaths = figs[0]
    assert deaths.label == "Tote"
    assert deaths.measure.endswith("|death")
    assert [p.article for p in deaths.claims] == ["a1", "a3", "a2", "a4"]
    assert deaths.claims[0].as_of_start == dt.date(2024, 5, 2)
    assert deaths.claims[-1].as_of_start is None  # undated last
    assert deaths.claims[0].low == 400 and deaths.claims[0].high is None
    ids = {p.claim for p in deaths.claims}
    for did in deaths.discrepancies:
        d = next(x for x in found if x.id == did)
        assert set(d.claims) <= ids
    # every finding between two claims of the figure is listed
    assert {d.id for d in found if set(d.claims) <= ids} == set(deaths.discrepancies)


def test_figures_do_not_depend_on_input_order() -> None:
    arts, claims = _case()
    first = figures_of(claims, arts)
    for seed in range(5):
        shuffled = list(claims)
        random.Random(seed).shuffle(shuffled)
        assert figures_of(shuffled, list(reversed(arts))) == first


def test_things_told_apart_are_two_figures() -> None:
    arts = [article("b1", "2024-05-02"), article("b2", "2024-05-02")]
    claims = [
        quantity("b1", 10, "Container", content=("Munition",)),
        quantity("b2", 12, "Container", content=("Munition",)),
        quantity("b1", 300, "Container", content=("Getreide",)),
        quantity("b2", 320, "Container", content=("Getreide",)),
    ]
    figs = figures_of(claims, arts)
    assert sorted(sorted(p.nominal or 0 for p in f.claims) for f in figs) == [
        [10, 12],
        [300, 320],
    ]


def test_the_report_holds_its_figures_and_counts_them() -> None:
    from factcheck.load import read_article
    from factcheck.report import report_from

    text_a = "date 2024-05-02\nAt least 400 people died in the flood, officials said."
    text_b = "date 2024-05-04\nThe flood killed 900 people, officials said on Saturday."
    report = report_from([read_article(text_a, id="fa"), read_article(text_b, id="fb")])
    assert isinstance(report, Report)
    assert report.summary.figures == len(report.figures) == 1
    assert [p.article for p in report.figures[0].claims] == ["fa", "fb"]
    for f in report.figures:
        assert len(f.claims) >= 2
        known = {c.id for c in report.claims}
        assert all(p.claim in known for p in f.claims)


def test_physical_figures_are_written_in_the_unit_most_used() -> None:
    from factcheck.models import UnitKind

    arts = [article("k1", "2024-05-02"), article("k2", "2024-05-03"), article("k3", "2024-05-04")]
    kw = {"unit_kind": UnitKind.PHYSICAL, "concept": None}
    claims = [
        quantity("k1", 1.2, "length:bridge", unit="kilometer", **kw),  # type: ignore[arg-type]
        quantity("k2", 900, "length:bridge", unit="meter", **kw),  # type: ignore[arg-type]
        quantity("k3", 1.5, "length:bridge", unit="kilometer", **kw),  # type: ignore[arg-type]
    ]
    (fig,) = figures_of(claims, arts)
    assert fig.unit == "kilometer"
    assert [round(p.nominal or 0, 6) for p in fig.claims] == [1.2, 0.9, 1.5]


def test_figures_made_block_by_block_then_given_their_findings_are_the_same() -> None:
    """What the distributed run does (figures per block on the workers, without
    findings; findings added and the figures ordered on the client) gives figures_of."""
    from factcheck.reconcile.quantities import blocks
    from factcheck.report.figures import block_figures, ordered, with_findings

    arts, claims = _case()
    found = reconcile(claims, articles=arts)
    by_id = {a.id: a for a in arts}
    unique = sorted(claims, key=lambda c: c.id)
    made = [f for k, g in sorted(blocks(unique).items()) for f in block_figures(k, g, by_id)]
    assert all(not f.discrepancies for f in made)
    whole = figures_of(claims, arts, found)
    assert any(f.discrepancies for f in whole)  # the case has findings inside a figure
    assert ordered(with_findings(made, found)) == whole
