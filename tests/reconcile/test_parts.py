"""Parts against wholes of a running total: more lightly injured than injured."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import DiscrepancyKind, Report
from factcheck.reconcile.parts import takes_part
from factcheck.report import report_from


def _report(
    a: str, b: str, lang: str, dates: tuple[str, str] = ("2025-04-12", "2025-04-13")
) -> Report:
    return report_from(
        [
            read_article(a, id="a", language=lang, published=dates[0]),
            read_article(b, id="b", language=lang, published=dates[1]),
        ]
    )


def test_more_lightly_injured_than_injured_later_is_a_finding_de() -> None:
    report = _report(
        "Zwölf Polizisten wurden leicht verletzt.", "Acht Beamte seien verletzt worden.", "de"
    )
    assert sum(map(takes_part, report.claims)) == 2
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert "a part cannot be larger than the whole" in d.explanation


def test_a_whole_as_of_an_earlier_day_is_growth_en() -> None:
    report = _report(
        "Twelve people were seriously injured.",
        "Eight people were injured.",
        "en",
        dates=("2025-04-14", "2025-04-12"),
    )
    assert sum(map(takes_part, report.claims)) == 2
    assert report.discrepancies == ()  # the eight came first; the injured grew since


def test_a_part_within_the_whole_or_of_another_kind_is_no_finding() -> None:
    within = _report(
        "Fünf Polizisten wurden schwer verletzt.", "Acht Beamte wurden verletzt.", "de"
    )
    assert sum(map(takes_part, within.claims)) == 2 and within.discrepancies == ()
    kinds = _report("Twelve firefighters were lightly injured.", "Eight people were injured.", "en")
    assert sum(map(takes_part, kinds.claims)) == 2 and kinds.discrepancies == ()


def test_a_share_of_a_figure_named_before_takes_no_part() -> None:
    """ "29 of them seriously": the role of such a share is read least surely."""
    report = _report("151 people were injured, 29 of them seriously.", "Nobody died.", "en")
    shares = [c for c in report.claims if c.quantity is not None and "29" in c.quote]
    assert shares and not any(map(takes_part, shares))
