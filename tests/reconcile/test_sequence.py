"""The moments of a fire out of order (``reconcile.sequence``)."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import DiscrepancyKind, Report
from factcheck.reconcile.sequence import in_sequence, sequence_findings
from factcheck.report import report_from


def _report(a: str, b: str, lang: str = "de") -> Report:
    return report_from(
        [
            read_article(a, id="a", language=lang, published="2026-11-13"),
            read_article(b, id="b", language=lang, published="2026-11-13"),
        ]
    )


def test_noticed_before_it_broke_out_is_a_finding() -> None:
    report = _report(
        "Ein Nachbar hatte gegen 2.30 Uhr Flammen bemerkt.",
        "Der Brand brach kurz nach 4 Uhr im Katzenhaus aus.",
    )
    assert {c.event for c in report.claims if in_sequence(c)} == {"discovery", "outbreak"}
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT
    assert "before it" in d.explanation


def test_under_control_before_the_alarm_is_a_finding_en() -> None:
    report = _report(
        "The fire was declared under control at 1:40 a.m.",
        "Firefighters were called at 3:15 a.m.",
        "en",
    )
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT


def test_moments_in_order_or_close_are_no_finding() -> None:
    # in order
    assert not _report(
        "Der Brand brach gegen 2.10 Uhr aus.", "Ein Nachbar bemerkte gegen 2.30 Uhr Flammen."
    ).discrepancies
    # a later moment a few minutes before, within the slack: one time told loosely
    assert not _report(
        "Der Brand brach gegen 2.30 Uhr aus.", "Ein Nachbar bemerkte um 2.25 Uhr Flammen."
    ).discrepancies
    # hours apart: not read as one fire's
    assert not _report(
        "Ein Nachbar bemerkte um 2 Uhr Flammen.", "Der Brand brach gegen 20 Uhr aus."
    ).discrepancies


def test_an_article_with_two_times_of_one_moment_is_left_alone() -> None:
    """Two outbreaks in one article tell of two fires."""
    report = _report(
        "Ein Nachbar bemerkte gegen 2.30 Uhr Flammen.",
        "Der erste Brand brach um 1 Uhr aus. Der zweite Brand brach um 4 Uhr aus.",
    )
    arts = {a.id: a for a in report.articles}
    taken = [c for c in report.claims if in_sequence(c)]
    assert len(taken) == 3
    assert list(sequence_findings(taken, arts)) == []
