"""Hand-built reports for the renderer tests.

``report``: two articles (one German, one English) with a value conflict, a date conflict
and an update, one figure (the three container counts), plus one input error.
``hostile_report``: the same shape, but every piece of article text and metadata tries
to inject markup or script into the rendered output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.models import (
    Article,
    Attribution,
    Claim,
    DatePrecision,
    Discrepancy,
    DiscrepancyKind,
    Figure,
    FigureClaim,
    InputProblem,
    Modality,
    PublishedDate,
    Qualifier,
    Quantity,
    Reason,
    ReasonCode,
    Report,
    Severity,
    Source,
    SourceKind,
    Span,
    TimeRef,
    UnitKind,
    claim_id,
    discrepancy_id,
)

GERMAN = (
    "date 2024-06 Die Werft in Nordhafen meldet einen Rekord. "
    "Nach Angaben des Hafenamts wurden seit März etwa 6.700 Container verladen. "
    "Die Eröffnung des neuen Terminals war am 14. Mai. "
    "Weitere Lieferungen sollen folgen."
)
ENGLISH = (
    "---\ntitle: Port breaks record\nsource: Harbour Weekly\n---\n"
    "The port of Nordhafen says it has had a record spring. "
    "More than 10,000 containers were loaded since March, the port authority said. "
    "The new terminal opened on 21 May, officials said. "
    "By the end of June, 12,000 containers had been loaded."
)


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start=start, end=start + len(needle))


def _sentence(text: str, span: Span) -> Span:
    lo = max(text.rfind(". ", 0, span.start) + 2, text.rfind("\n", 0, span.start) + 1)
    hi = text.find(". ", span.end)
    return Span(start=lo, end=(hi + 1) if hi != -1 else len(text))


def _quantity_claim(
    article: Article,
    needle: str,
    quantity: Quantity,
    attribution: Attribution,
    modality: Modality = Modality.REPORTED,
) -> Claim:
    span = _span(article.text, needle)
    return Claim(
        id=claim_id(article.id, "quantity", span),
        article=article.id,
        span=span,
        quote=article.quote(span),
        sentence=_sentence(article.text, span),
        kind="quantity",
        quantity=quantity,
        time=TimeRef(
            start=dt.date(2024, 3, 1),
            end=dt.date(2024, 3, 31),
            precision=DatePrecision.MONTH,
            phrase="seit März",
        ),
        attribution=attribution,
        modality=modality,
    )


def _date_claim(article: Article, needle: str, day: dt.date, source: Attribution) -> Claim:
    span = _span(article.text, needle)
    return Claim(
        id=claim_id(article.id, "date", span),
        article=article.id,
        span=span,
        quote=article.quote(span),
        sentence=_sentence(article.text, span),
        kind="event",
        event="opening",
        date=TimeRef(start=day, end=day, precision=DatePrecision.DAY, phrase=needle),
        attribution=source,
    )


def _source(name: str, kind: SourceKind = SourceKind.GOVERNMENT, role: str | None = None) -> Source:
    return Source(name=name, key=name.casefold(), kind=kind, role=role)


def build_report(
    *,
    german: str = GERMAN,
    english: str = ENGLISH,
    title: str | None = "Rekord in Nordhafen",
    url: str | None = "https://example.org/nordhafen?a=1&b=2",
    source: str | None = "Nordhafener Zeitung",
    authority: str = "Hafenamt",
    explanation_suffix: str = "",
    error_message: str = "the bytes are not valid UTF-8. Save the file as UTF-8.",
    figure_label: str = "Container",
) -> Report:
    """A report over two articles; the keyword arguments let tests inject hostile data."""
    a = Article(
        id="001_nordhafen",
        path="articles/001_nordhafen.txt",
        text=german,
        body_start=13,
        published=PublishedDate(date=dt.date(2024, 6, 1), precision=DatePrecision.MONTH),
        source=source,
        url=url,
        title=title,
        language="de",
    )
    b = Article(
        id="002_port",
        path="articles/002_port.md",
        text=english,
        body_start=english.index("The port"),
        published=PublishedDate(date=dt.date(2024, 6, 30), precision=DatePrecision.DAY),
        source="Harbour Weekly",
        title="Port breaks record",
        language="en",
    )
    a_num = next(w for w in german.split() if w[:1].isdigit() and "." in w)  # "6.700"
    a_qty = _quantity_claim(
        a,
        f"etwa {a_num} Container",
        Quantity.hedged(
            6700, Qualifier.APPROX, unit="Container", unit_kind=UnitKind.COUNT, precision=100
        ),
        Attribution(
            chain=(_source("Nordhafener Zeitung", SourceKind.OUTLET), _source(authority)),
            phrase="Nach Angaben",
        ),
    )
    b_qty = _quantity_claim(
        b,
        "More than 10,000 containers",
        Quantity.hedged(
            10000, Qualifier.MORE_THAN, unit="Container", unit_kind=UnitKind.COUNT, precision=1000
        ),
        Attribution(
            chain=(
                _source("Harbour Weekly", SourceKind.OUTLET),
                _source("port authority", role="spokesperson"),
            ),
            phrase="said",
        ),
    )
    b_qty2 = _quantity_claim(
        b,
        "12,000 containers",
        Quantity.hedged(12000, unit="Container", unit_kind=UnitKind.COUNT, precision=1000),
        Attribution(),
        modality=Modality.ASSERTED,
    )
    a_date = _date_claim(a, "am 14. Mai", dt.date(2024, 5, 14), Attribution())
    b_date = _date_claim(
        b, "on 21 May", dt.date(2024, 5, 21), Attribution(chain=(_source("officials"),))
    )
    claims = [a_qty, a_date, b_qty, b_date, b_qty2]

    def disc(
        kind: DiscrepancyKind,
        severity: Severity,
        members: list[Claim],
        explanation: str,
        reasons: tuple[Reason, ...] = (),
        gap: float | None = None,
    ) -> Discrepancy:
        ids = tuple(sorted(c.id for c in members))
        return Discrepancy(
            id=discrepancy_id(kind.value, ids),
            kind=kind,
            severity=severity,
            claims=ids,
            explanation=explanation,
            reasons=reasons,
            gap=gap,
        )

    discrepancies = [
        disc(
            DiscrepancyKind.DATE_CONFLICT,
            Severity.MINOR,
            [a_date, b_date],
            "001_nordhafen dates the terminal opening to 2024-05-14, "
            "002_port to 2024-05-21." + explanation_suffix,
        ),
        disc(
            DiscrepancyKind.VALUE_CONFLICT,
            Severity.MAJOR,
            [a_qty, b_qty],
            f"{authority} (001_nordhafen) says about 6,700 containers were loaded since March; "
            "the port authority (002_port) says more than 10,000." + explanation_suffix,
            reasons=(
                Reason(
                    code=ReasonCode.DIFFERENT_SOURCES,
                    text=f"The figures come from different sources: {authority}, port authority.",
                ),
                Reason(
                    code=ReasonCode.DIFFERENT_AS_OF_DATES,
                    text="The articles were published a month apart.",
                ),
            ),
            gap=0.33,
        ),
        disc(
            DiscrepancyKind.UPDATE,
            Severity.INFO,
            [b_qty, b_qty2],
            "002_port gives a running total that grew from more than 10,000 to 12,000.",
            reasons=(Reason(code=ReasonCode.GROWING_TOTAL, text="A running total grew."),),
        ),
    ]
    errors = [
        InputProblem(path="articles/003_broken.txt", code="encoding", message=error_message),
    ]

    def point(c: Claim, day: dt.date, end: dt.date | None = None) -> FigureClaim:
        q = c.quantity
        assert q is not None
        return FigureClaim(
            claim=c.id,
            article=c.article,
            as_of_start=day,
            as_of_end=end or day,
            nominal=q.nominal,
            low=q.low,
            high=q.high,
        )

    figure = Figure(
        id="figure-containers",
        measure="quantity|count|container",
        label=figure_label,
        claims=(
            point(a_qty, dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
            point(b_qty, dt.date(2024, 6, 30)),
            point(b_qty2, dt.date(2024, 6, 30)),
        ),
        discrepancies=tuple(sorted(d.id for d in discrepancies if d.kind.value != "date_conflict")),
    )
    return Report.build(
        articles=[a, b],
        claims=claims,
        discrepancies=discrepancies,
        errors=errors,
        figures=[figure],
    )


HOSTILE_SCRIPT = "<script>window.__pwned = 1; document.title = 'pwned'; alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror="window.__pwned=2;alert(2)">'


def build_hostile_report() -> Report:
    """Every article-derived string tries to break out of its context."""
    german = (
        GERMAN.replace("Die Werft in", "Die Werft ![x](javascript:alert(3)) in")
        .replace("des Hafenamts wurden", f"des *Hafenamts* {HOSTILE_SCRIPT} | wurden")
        .replace("Die Eröffnung des", f"Die Eröffnung {HOSTILE_IMG} des")
    )
    english = ENGLISH.replace(
        "were loaded since March", "were <iframe src='javascript:alert(4)'></iframe> loaded"
    )
    return build_report(
        german=german,
        english=english,
        title="<script>alert(1)</script>",
        url="javascript:alert(1)",
        source='Zeitung "Nord" <img src=x onerror="window.__pwned=3">',
        authority="Hafen|amt <svg onload=alert(5)> [red]",
        explanation_suffix=" </script><script>window.__pwned=4</script>",
        error_message="<b onmouseover=alert(6)>bad</b> | file",
        figure_label="<svg onload=alert(7)> *Con|tainer*",
    )


@pytest.fixture
def report() -> Report:
    return build_report()


@pytest.fixture
def make_report() -> Callable[..., Report]:
    """:func:`build_report` itself, for tests that need a fresh or varied report."""
    return build_report


@pytest.fixture
def hostile_report() -> Report:
    return build_hostile_report()


@pytest.fixture
def empty_report() -> Report:
    return Report.build(articles=[], claims=[], discrepancies=[])
