"""End-to-end cases of our own (invented events, written for these tests): several short
articles each, the pairs a fact-checker would raise and those they would not. Every "no
finding" first checks that the claims it compares were extracted."""

from __future__ import annotations

import datetime as dt

from factcheck.models import Article, Claim, DatePrecision, PublishedDate
from factcheck.report import report_from


def _article(aid: str, text: str, lang: str, day: str) -> Article:
    published = PublishedDate(date=dt.date.fromisoformat(day), precision=DatePrecision.DAY)
    return Article(id=aid, path=f"{aid}.txt", text=text, language=lang, published=published)


def _claim(claims: list[Claim], article: str, quote: str) -> Claim:
    hits = [c for c in claims if c.article == article and quote in c.quote]
    assert hits, f"{quote!r} not extracted from {article}"
    return hits[0]


def _pairs(report) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return {frozenset(d.claims) for d in report.discrepancies}


def test_a_flood_in_german() -> None:
    arts = [
        _article(
            "a", "Beim Hochwasser in Talheim sind nach Angaben der Polizei zwei Menschen "
            "gestorben. Rund 400 Bewohner wurden in Sicherheit gebracht. Bereits am Morgen "
            "waren 150 Einsatzkräfte vor Ort.", "de", "2025-03-10",
        ),
        _article(
            "b", "In Talheim kamen beim Hochwasser drei Menschen ums Leben, teilte die "
            "Stadt mit. Etwa 400 Menschen wurden evakuiert. Am Abend waren 320 "
            "Einsatzkräfte im Einsatz.", "de", "2025-03-10",
        ),
        _article(
            "c", "Die Stadt Talheim hatte mit 1000 Einsatzkräften gerechnet.", "de",
            "2025-03-10",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    dead_a, dead_b = _claim(report.claims, "a", "zwei"), _claim(report.claims, "b", "drei")
    assert dead_a.measure and dead_a.measure.concept == "dead"
    assert dead_b.measure and dead_b.measure.concept == "dead"
    early, late = _claim(report.claims, "a", "150"), _claim(report.claims, "b", "320")
    plan = _claim(report.claims, "c", "1000")
    evac_a, evac_b = _claim(report.claims, "a", "400"), _claim(report.claims, "b", "400")
    pairs = _pairs(report)
    assert frozenset({dead_a.id, dead_b.id}) in pairs  # two against three dead, same day
    assert frozenset({early.id, late.id}) not in pairs  # a morning count, then the evening
    assert frozenset({plan.id, late.id}) not in pairs  # expected, then deployed
    assert frozenset({evac_a.id, evac_b.id}) not in pairs  # the same figure
    assert len(report.discrepancies) == 1


def test_a_rally_in_english() -> None:
    arts = [
        _article(
            "police", "Police said about 4,000 people joined the rally in Eastport on "
            "Saturday. Organisers had registered 2,500 participants.", "en", "2025-04-12",
        ),
        _article(
            "organisers", "Organisers said more than 12,000 people took part in the rally "
            "in Eastport. Some 200 officers were on duty.", "en", "2025-04-12",
        ),
        _article(
            "town", "The town of Eastport has about 60,000 people.", "en", "2025-04-12",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    police = _claim(report.claims, "police", "4,000")
    orgs = _claim(report.claims, "organisers", "12,000")
    registered = _claim(report.claims, "police", "2,500")
    town = _claim(report.claims, "town", "60,000")
    officers = _claim(report.claims, "organisers", "200")
    pairs = _pairs(report)
    assert frozenset({police.id, orgs.id}) in pairs  # a source disagreement
    assert frozenset({registered.id, orgs.id}) not in pairs  # registered is a plan
    assert not any(town.id in p for p in pairs)  # residents with no role
    assert not any(officers.id in p for p in pairs)  # staff are not the crowd
