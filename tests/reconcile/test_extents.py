"""Extents: a pair of dimensions against one dimension, or another pair."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import DiscrepancyKind, Report, Severity
from factcheck.reconcile.extents import is_extent
from factcheck.report import report_from


def _report(*texts: tuple[str, str]) -> Report:
    return report_from(
        [
            read_article(t, id=chr(ord("a") + i), language=lang, published="2025-05-01")
            for i, (t, lang) in enumerate(texts)
        ]
    )


_PAIR = ("Die 50 mal 12 Meter große Leinwand steht vor dem Rathaus.", "de")


def test_a_dimension_near_one_side_of_a_pair_is_a_finding() -> None:
    report = _report(("Vor dem Rathaus steht eine Leinwand, 48 Meter breit.", "de"), _PAIR)
    assert sum(map(is_extent, report.claims)) == 3
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT and d.severity is Severity.MINOR
    assert "the width as" in d.explanation and '"50" by "12 Meter"' in d.explanation


def test_a_dimension_that_matches_either_side_or_neither_is_no_finding() -> None:
    """12 m is the other side; 3 m (a depth) lies far from both."""
    for single in ("Die Leinwand ist 12 Meter hoch.", "Die Leinwand ist 3 Meter tief."):
        report = _report((single, "de"), _PAIR)
        assert sum(map(is_extent, report.claims)) == 3
        assert report.discrepancies == ()


def test_two_pairs_compare_side_by_side() -> None:
    report = _report(_PAIR, ("The screen by the town hall measures 12 by 56 metres.", "en"))
    (d,) = report.discrepancies
    assert d.severity is Severity.MAJOR  # 50 against 56, the 12s agree
    assert "the size as" in d.explanation


def test_extents_of_two_things_or_of_one_article_are_not_compared() -> None:
    two_things = _report(("Die 48 Meter breite Bühne steht am Markt.", "de"), _PAIR)
    assert sum(map(is_extent, two_things.claims)) == 3
    assert two_things.discrepancies == ()  # a stage and a screen
    one = _report(("Die 50 mal 12 Meter große Leinwand ist 48 Meter breit.", "de"))
    assert one.discrepancies == ()
