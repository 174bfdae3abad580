"""The ages of one named person across the blocks of kinds (``reconcile.named``)."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import DiscrepancyKind, Report
from factcheck.reconcile.named import is_named_age, named_age_findings
from factcheck.reconcile.quantities import measure_key
from factcheck.report import report_from


def _report(a: str, b: str, lang: str = "en") -> Report:
    return report_from(
        [
            read_article(a, id="a", language=lang, published="2026-01-22"),
            read_article(b, id="b", language=lang, published="2026-01-23"),
        ]
    )


def test_one_persons_ages_of_a_kind_and_of_none_are_compared() -> None:
    report = _report(
        "The search for the boat's skipper, Tom Hale, 54, went on.",
        "Tom Hale, 45, has not been found.",
    )
    ages = [c for c in report.claims if is_named_age(c)]
    assert len({measure_key(c) for c in ages}) == 2  # two blocks: a kind's and no kind's
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.VALUE_CONFLICT
    assert {c.quote for c in report.claims if c.id in d.claims} == {"54", "45"}


def test_one_persons_age_in_german_blocks_of_a_noun_and_a_name() -> None:
    report = _report(
        "Es war 1987 von Walter Kessler eröffnet worden; der 71-Jährige führt es heute.",
        "Seniorchef Walter Kessler (78) hat das Haus aufgebaut.",
        "de",
    )
    (d,) = report.discrepancies
    assert {c.quote for c in report.claims if c.id in d.claims} == {"71-Jährige", "78"}


def test_two_peoples_ages_are_not_compared() -> None:
    report = _report(
        "The search for the boat's skipper, Tom Hale, 54, went on.",
        "Sean Ferris, 45, has not been found.",
    )
    assert report.discrepancies == ()


def test_one_article_or_one_block_is_left_to_its_block() -> None:
    """Ages of one name in one article are not compared here (the article's own checks
    weigh them); two of one block are compared once, in their block."""
    report = _report(
        "The skipper, Tom Hale, 54, went missing. Tom Hale, 45, had sailed for years.",
        "The crew searched all night.",
    )
    ages = [c for c in report.claims if is_named_age(c)]
    assert len(ages) == 2
    arts = {a.id: a for a in report.articles}
    assert list(named_age_findings(ages, arts)) == []
    one_block = _report("Tom Hale, 54, went missing.", "Tom Hale, 45, has not been found.")
    ages = [c for c in one_block.claims if is_named_age(c)]
    assert list(named_age_findings(ages, {a.id: a for a in one_block.articles})) == []
    assert len(one_block.discrepancies) == 1


def test_a_kind_given_a_name_is_that_persons_too() -> None:
    """ "has been named as Darren Okafor, 36": the dead man's age and Okafor's, set against
    the delivery driver Okafor's of another article."""
    report = _report(
        "The man killed when the gantry fell has been named as Darren Okafor, 36.",
        "The gantry collapsed, killing delivery driver Darren Okafor, 39.",
    )
    ages = [c for c in report.claims if is_named_age(c)]
    assert {a.name for c in ages for a in c.actors} == {"Darren Okafor"}
    (d,) = report.discrepancies
    assert {c.quote for c in report.claims if c.id in d.claims} == {"36", "39"}
