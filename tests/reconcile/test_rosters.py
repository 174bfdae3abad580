"""Rosters: lists of ages no kind of person is known for, compared as lists."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import Claim, DiscrepancyKind, Report
from factcheck.reconcile.rosters import is_roster_age
from factcheck.report import report_from


def _report(a: str, b: str, lang: str = "de") -> Report:
    return report_from(
        [
            read_article(a, id="a", language=lang, published="2025-03-02"),
            read_article(b, id="b", language=lang, published="2025-03-04"),
        ]
    )


def _ages(report: Report, article: str) -> list[Claim]:
    return [c for c in report.claims if c.article == article and is_roster_age(c)]


def test_two_lists_that_differ_in_one_age_are_a_finding() -> None:
    report = _report(
        "Bei dem Busunglück starben vier Menschen. Unter den Opfern sind eine 28-Jährige, "
        "eine 44-Jährige, eine 63-Jährige und eine 81-Jährige.",
        "Unter den vier Toten waren eine 27-jährige und eine 44-jährige Frau aus der "
        "Stadt. Außerdem starben eine Frau aus Rheda (63) und eine Frau von 81 Jahren.",
    )
    assert sorted(round(c.quantity.nominal or 0) for c in _ages(report, "a")) == [28, 44, 63, 81]
    assert sorted(round(c.quantity.nominal or 0) for c in _ages(report, "b")) == [27, 44, 63, 81]
    (d,) = [d for d in report.discrepancies if "lists the age" in d.explanation]
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    quotes = {c.quote for c in report.claims if c.id in d.claims}
    assert quotes == {"28-Jährige", "27-jährige"}
    assert "(44, 63, 81)" in d.explanation


def test_lists_of_other_people_are_no_finding() -> None:
    """Two ages apart on each side, or the one left over far apart: other people."""
    opening = "Unter den Opfern sind eine "
    a = opening + "28-Jährige, eine 44-Jährige, eine 63-Jährige und eine 81-Jährige."
    two_apart = opening + "25-Jährige, eine 44-Jährige, eine 60-Jährige und eine 81-Jährige."
    far = opening + "52-Jährige, eine 44-Jährige, eine 63-Jährige und eine 81-Jährige."
    for b in (two_apart, far):
        report = _report(a, b)
        assert len(_ages(report, "a")) == len(_ages(report, "b")) == 4
        assert not [d for d in report.discrepancies if "lists the age" in d.explanation]


def test_two_ages_are_no_roster_in_english() -> None:
    report = _report(
        "A 34-year-old and a 51-year-old died in the crash.",
        "A 33-year-old and a 51-year-old died in the crash.",
        "en",
    )
    assert len(_ages(report, "a")) == len(_ages(report, "b")) == 2
    assert not [d for d in report.discrepancies if "lists the age" in d.explanation]


def test_ages_of_any_kind_but_a_driver_make_the_roster() -> None:
    """ "eine Frau von 19 Jahren, einen 52 Jahre alten Mann": ages of kinds of person
    belong to the list; the driver's age, given in the same paragraph, does not."""
    report = _report(
        "Unter den Toten sind eine 19-Jährige, ein 52-Jähriger und eine 74-Jährige. Der "
        "Fahrer (48) wurde leicht verletzt.",
        "Bei den Toten handelt es sich um eine Frau von 19 Jahren, einen 52 Jahre alten Mann "
        "und eine 71-Jährige.",
    )
    (d,) = [d for d in report.discrepancies if "lists the age" in d.explanation]
    quotes = {c.quote for c in report.claims if c.id in d.claims}
    assert quotes == {"74-Jährige", "71-Jährige"}
