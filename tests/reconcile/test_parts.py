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


def test_a_part_counted_up_to_a_later_day_is_growth_de() -> None:
    """Saturday's whole and a part counted over the weekend: the part may hold Sunday's
    injured too."""
    report = _report(
        "Am Samstag wurden 14 Menschen verletzt.",
        "19 Menschen wurden am Wochenende leicht verletzt.",
        "de",
        dates=("2026-02-15", "2026-02-16"),
    )
    assert sum(map(takes_part, report.claims)) == 2
    assert report.discrepancies == ()


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


def test_a_part_named_after_its_whole_is_no_conflict_below_another_whole_en() -> None:
    report = _report(
        "Officials attributed at least six deaths to the storm, including two people who "
        "died of carbon monoxide poisoning.",
        "Seven people died in the storm.",
        "en",
    )
    assert report.discrepancies == ()  # the two are a part of the six, and of the seven


def test_a_part_named_after_its_whole_is_no_conflict_below_another_whole_de() -> None:
    report = _report(
        "Die Polizei war mit rund 1.200 Beamten im Einsatz, darunter rund 400 Beamte aus Bayern.",
        "Rund 1.100 Polizisten waren im Einsatz.",
        "de",
    )
    assert report.discrepancies == ()


def test_a_part_cue_of_another_count_leaves_a_figure_whole() -> None:
    """ "Twenty people have been hurt, five police officers among them, and 25 people remain
    unaccounted for": the 25 are no part of the 20 hurt, and are set against 41."""
    report = _report(
        "Twenty people have been hurt, five police officers among them, and 25 people "
        "remain unaccounted for.",
        "Officials said 41 people remain unaccounted for.",
        "en",
        dates=("2025-04-12", "2025-04-12"),
    )
    assert len(report.discrepancies) == 1


def test_a_count_at_the_edge_of_an_event_is_a_part_de() -> None:
    report = _report(
        "Neun Menschen wurden im Umfeld der Gegenkundgebung festgenommen.",
        "Insgesamt zwölf Festnahmen meldete die Polizei.",
        "de",
        dates=("2025-02-09", "2025-02-09"),
    )
    assert report.discrepancies == ()


def test_a_count_at_the_edge_of_an_event_is_a_part_en() -> None:
    report = _report(
        "Police arrested 9 people on the sidelines of the march.",
        "Police said 12 people had been arrested.",
        "en",
        dates=("2025-02-09", "2025-02-09"),
    )
    assert report.discrepancies == ()
