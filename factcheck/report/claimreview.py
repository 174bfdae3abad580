"""schema.org ClaimReview JSON-LD: one review per discrepancy.

The output is one JSON object ``{"@context": "https://schema.org", "@graph": [...]}``
holding a ``ClaimReview`` for each discrepancy, gravest first:

- ``claimReviewed``: the disputed statements as quoted, each with its source:
  ``"etwa 4.300 Container" (Hafenamt, 001_nordhafen) vs. "More than 10,000 containers"
  (port authority, 002_port)``;
- ``reviewBody``: the finding's explanation, then each reason it does not already
  state, as a sentence of its own (never repeated);
- ``itemReviewed``: a ``Claim`` whose ``appearance`` lists a ``CreativeWork`` for each
  article cited (``identifier`` = the article id, ``url`` when the article has an http(s)
  URL, ``headline``, ``datePublished`` when known, ``publisher`` = the article's source);
- ``author``: the ``Organization`` that publishes the review (option ``publisher``,
  default ``factcheck``, and ``publisher_url``);
- ``reviewRating``: a ``Rating`` from :data:`RATINGS` (below), on a scale from
  ``worstRating`` 1 to ``bestRating`` 5;
- ``datePublished`` only when the option ``date_published`` is given, so that the same
  report always gives the same bytes.

Severity to rating (5 would be "Consistent", which a discrepancy never is):

========  ===========  =========================================
severity  ratingValue  alternateName
========  ===========  =========================================
info      4            Consistent with minor differences
minor     3            Partly inconsistent
major     2            Conflicting reports
critical  1            Contradictory
========  ===========  =========================================

``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e``, ``\\u0026`` (still the same
JSON), so the output can be pasted into a ``<script type="application/ld+json">`` element
without article text closing it.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models.finding import Severity
from factcheck.models.report import Report
from factcheck.report._view import ClaimView, DiscrepancyView, ReportView, one_line, safe_href

__all__ = ["BEST_RATING", "RATINGS", "WORST_RATING", "review_body", "to_claimreview"]

RATINGS: dict[Severity, tuple[int, str]] = {
    Severity.INFO: (4, "Consistent with minor differences"),
    Severity.MINOR: (3, "Partly inconsistent"),
    Severity.MAJOR: (2, "Conflicting reports"),
    Severity.CRITICAL: (1, "Contradictory"),
}
"""``severity -> (ratingValue, alternateName)``; documented in docs/reports.md."""
BEST_RATING = 5
"""The rating of claims that agree ("Consistent")."""
WORST_RATING = 1
"""The rating of claims that contradict each other outright."""


def to_claimreview(
    report: Report,
    *,
    publisher: str = "factcheck",
    publisher_url: str | None = None,
    date_published: str | None = None,
    indent: int | None = 2,
) -> str:
    """Render ``report`` as ClaimReview JSON-LD (see the module docs)."""
    view = ReportView(report)
    author: dict[str, Any] = {"@type": "Organization", "name": publisher}
    if publisher_url:
        author["url"] = publisher_url
    graph = [_review(view, d, author, date_published) for d in view.discrepancies()]
    doc = {"@context": "https://schema.org", "@graph": graph}
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _review(
    view: ReportView, d: DiscrepancyView, author: dict[str, Any], date_published: str | None
) -> dict[str, Any]:
    disc = d.discrepancy
    value, name = RATINGS[disc.severity]
    body = review_body(disc.explanation, [r.text for r in disc.reasons])
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": disc.id,
        "name": f"{disc.severity.value}: {disc.kind.value.replace('_', ' ')}",
        "claimReviewed": " vs. ".join(_statement(c) for c in d.claims),
        "reviewBody": body,
        "itemReviewed": {
            "@type": "Claim",
            "appearance": _appearances(view, d.claims),
        },
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
        },
    }
    if date_published:
        review["datePublished"] = date_published
    return review


def review_body(explanation: str, reasons: list[str]) -> str:
    """The explanation, then each reason it does not already state as a sentence of its
    own (capitalised, ending in a full stop), each reason once."""
    head = one_line(explanation)
    sentences = [head if head.endswith((".", "!", "?")) or not head else head + "."]
    seen: set[str] = set()
    for text in reasons:
        t = one_line(text).rstrip(" .;")
        if not t or t.casefold() in seen or t in head:
            continue
        seen.add(t.casefold())
        sentences.append(t[:1].upper() + t[1:] + ".")
    return " ".join(s for s in sentences if s)


def _statement(c: ClaimView) -> str:
    who = c.source if c.claim is not None and c.claim.attribution.chain else (c.outlet or "")
    where = ", ".join(x for x in (who, c.article_id) if x)
    return f'"{c.quote}"' + (f" ({where})" if where else "")


def _appearances(view: ReportView, claims: tuple[ClaimView, ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for c in claims:
        if not c.article_id or c.article_id in seen:
            continue
        seen.add(c.article_id)
        work: dict[str, Any] = {"@type": "CreativeWork", "identifier": c.article_id}
        article = view.article(c.article_id)
        if article is not None:
            href = safe_href(article.url)
            if href:
                work["url"] = href
            if article.title:
                work["headline"] = one_line(article.title)
            if article.published.known:
                work["datePublished"] = str(article.published)
            if article.source:
                work["publisher"] = {"@type": "Organization", "name": one_line(article.source)}
            if article.language != "und":
                work["inLanguage"] = article.language
        out.append(work)
    return out
