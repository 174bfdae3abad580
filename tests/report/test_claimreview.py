"""schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from factcheck.models import Report, Severity
from factcheck.report.claimreview import BEST_RATING, RATINGS, WORST_RATING


def _graph(text: str) -> list[dict[str, Any]]:
    doc = json.loads(text)
    assert doc["@context"] == "https://schema.org"
    graph = doc["@graph"]
    assert isinstance(graph, list)
    return graph


def test_one_review_per_discrepancy_with_required_keys(report: Report) -> None:
    graph = _graph(report.to_claimreview())
    assert [r["identifier"] for r in graph] == [
        d.id for d in sorted(report.discrepancies, key=lambda d: -d.severity.rank)
    ]
    for review in graph:
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        assert review["reviewBody"]
        assert review["author"] == {"@type": "Organization", "name": "factcheck"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert WORST_RATING <= rating["ratingValue"] < BEST_RATING
        assert rating["bestRating"] == BEST_RATING and rating["worstRating"] == WORST_RATING
        assert rating["alternateName"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"] and all(
            w["@type"] == "CreativeWork" and w["identifier"] for w in item["appearance"]
        )
        assert "datePublished" not in review


def test_rating_follows_the_documented_mapping(report: Report) -> None:
    by_id = {r["identifier"]: r for r in _graph(report.to_claimreview())}
    for d in report.discrepancies:
        value, name = RATINGS[d.severity]
        assert by_id[d.id]["reviewRating"]["ratingValue"] == value
        assert by_id[d.id]["reviewRating"]["alternateName"] == name
    # graver findings rate worse, and every severity has a rating
    assert set(RATINGS) == set(Severity)
    ranked = sorted(Severity, key=lambda s: s.rank)
    assert [RATINGS[s][0] for s in ranked] == sorted((v for v, _ in RATINGS.values()), reverse=True)


def test_claim_and_appearances(report: Report) -> None:
    major = _graph(report.to_claimreview())[0]
    assert major["claimReviewed"] == (
        '"etwa 6.700 Container" (Hafenamt via Nordhafener Zeitung, 001_nordhafen) vs. '
        '"More than 10,000 containers" (port authority (spokesperson) via Harbour Weekly, '
        "002_port)"
    )
    first, second = major["itemReviewed"]["appearance"]
    assert first == {
        "@type": "CreativeWork",
        "identifier": "001_nordhafen",
        "url": "https://example.org/nordhafen?a=1&b=2",
        "headline": "Rekord in Nordhafen",
        "datePublished": "2024-06",
        "publisher": {"@type": "Organization", "name": "Nordhafener Zeitung"},
        "inLanguage": "de",
    }
    assert second["identifier"] == "002_port" and "url" not in second
    assert second["datePublished"] == "2024-06-30"
    # the update is within one article: one appearance
    update = _graph(report.to_claimreview())[2]
    assert len(update["itemReviewed"]["appearance"]) == 1


def test_options(report: Report) -> None:
    text = report.render(
        "claimreview",
        publisher="Example Desk",
        publisher_url="https://desk.example",
        date_published="2024-07-01",
        indent=None,
    )
    assert "\n" not in text
    review = _graph(text)[0]
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Desk",
        "url": "https://desk.example",
    }
    assert review["datePublished"] == "2024-07-01"


def test_deterministic(report: Report, make_report: Callable[[], Report]) -> None:
    """The same input gives the same bytes: no timestamps, no ordering by memory."""
    assert make_report().to_claimreview() == report.to_claimreview()


def test_hostile_data_cannot_close_a_script_element(hostile_report: Report) -> None:
    text = hostile_report.to_claimreview()
    assert "<" not in text and ">" not in text and "&" not in text
    graph = _graph(text)
    first = graph[0]["itemReviewed"]["appearance"][0]
    assert first["headline"] == "<script>alert(1)</script>"
    assert "url" not in first  # javascript: is not a URL we cite


def test_empty_report_has_an_empty_graph(empty_report: Report) -> None:
    assert _graph(empty_report.to_claimreview()) == []


def test_review_body_gives_each_reason_once_as_its_own_sentence() -> None:
    from factcheck.report.claimreview import review_body

    explanation = (
        "A gives 5, while B gives 9: 5 and 9 cannot both hold "
        "(possible reason: the 5 may be an older count of a growing total)."
    )
    body = review_body(
        explanation,
        [
            "the 5 may be an older count of a growing total",
            "different sources: A and B",
            "different sources: A and B",
            "the articles are dated 2024-05-01 and 2024-05-09",
        ],
    )
    assert body == (
        explanation + " Different sources: A and B."
        " The articles are dated 2024-05-01 and 2024-05-09."
    )
    assert review_body("No reasons", []) == "No reasons."


def test_review_body_of_every_finding_has_no_repeated_sentence(report: Report) -> None:
    doc = json.loads(report.to_claimreview())
    for review in doc["@graph"]:
        body = review["reviewBody"]
        sentences = [s for s in body.split(". ") if s]
        assert len(sentences) == len(set(sentences)), body
        assert "Possible reasons:" not in body
