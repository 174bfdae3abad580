"""Percentage changes keyed by what changed and their base (``pipeline.changes``)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


def _key(text: str, lang: str, quote: str, published: str = "2025-10-28") -> str | None:
    (claim,) = [
        c for c in extract_text(text, language=lang, published=published) if c.quote == quote
    ]
    return claim.measure.key if claim.measure is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "quote", "key"),
    [
        # a subject word before the change, and a base in its clause
        ("Net income rose 12% from a year earlier.", "en", "12%", "change:profit:year"),
        ("Average hourly earnings increased 0.4 percent from the previous month.", "en",
         "0.4 percent", "change:wage:month"),
        ("Die Verbraucherpreise stiegen gegenüber dem Vorjahresmonat um 2,3 Prozent.", "de",
         "2,3 Prozent", "change:inflation:year"),
        # else the thing the nearest level in its sentence counts
        ("It delivered 412,300 vehicles in the third quarter, up 18% from a year earlier.",
         "en", "18%", "change:vehicle:year"),
        # no base said: not keyed ("rose 4% in early trading" and "closed up 2.5%")
        ("Revenue rose 16% to $10.25 billion.", "en", "16%", "share"),
        ("Shares of the company fell 2.1 percent on Monday.", "en", "2.1 percent", "share"),
    ],
)  # fmt: skip
def test_a_change_is_keyed_by_its_subject_and_base(
    text: str, lang: str, quote: str, key: str
) -> None:
    assert _key(text, lang, quote) == key


def test_a_flow_in_the_sentence_is_no_part_of_a_change() -> None:
    """ "up 18% ..., helped by a push into Europe": the change has no destination."""
    text = (
        "Hanwei said it delivered 412,300 vehicles in the third quarter, up 18% from a year "
        "earlier, helped by a push into Europe and Southeast Asia."
    )
    (change,) = [c for c in extract_text(text, language="en") if c.quote == "18%"]
    assert change.measure is not None
    assert change.measure.origin is None and change.measure.destination is None


def test_the_base_of_a_change_is_no_time_of_its_figures() -> None:
    """ "from a year earlier" is what the change is measured against, not its time."""
    text = "Net income rose 12% from a year earlier."
    (change,) = [c for c in extract_text(text, language="en", published="2025-10-28") if c.quantity]
    assert change.time is None


def test_a_change_after_a_date_with_an_ordinal_is_still_a_change() -> None:
    """ "steigen zum 1. Juli um 3,92 Prozent": the ordinal's dot ends no sentence, so the
    verb before the date still makes the figure a change."""
    (claim,) = [
        c
        for c in extract_text("Die Renten steigen zum 1. Juli um 3,92 Prozent.", language="de")
        if c.quantity is not None
    ]
    assert claim.quantity is not None and claim.quantity.change


def test_a_base_in_an_opening_clause_with_no_figure() -> None:
    """ "On a monthly basis, consumer prices rose 0.3%": the opening gives the base; a base
    in the clause of another figure before does not ("up 46% from a year earlier, as
    passenger numbers rose 10%")."""
    assert _key("On a monthly basis, consumer prices rose 0.3%.", "en", "0.3%") == (
        "change:inflation:month"
    )
    text = (
        "The airline reported a profit of 360 million euros, up 46% from a year earlier, as "
        "passenger numbers rose 10% to 55.5 million."
    )
    assert _key(text, "en", "46%") == "change:profit:year"
    assert _key(text, "en", "10%") == "share"


@pytest.mark.parametrize(
    ("text", "lang", "quote", "span"),
    [
        ("Group revenue for the quarter fell to 1.42 billion pounds.", "en",
         "1.42 billion pounds", "scope:span-quarter"),
        ("Total revenue for the first nine months came to £4.3bn.", "en", "£4.3bn",
         "scope:span-nine_months"),
        ("Der Jahresumsatz lag bei 240 Millionen Euro.", "de", "240 Millionen Euro",
         "scope:span-year"),
    ],
)  # fmt: skip
def test_a_sum_says_how_long_a_span_it_is_for(text: str, lang: str, quote: str, span: str) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and span in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "quote", "period"),
    [
        # a change with no period of its own is of the period the article reports on
        ("Im zweiten Quartal stieg der Umsatz auf 9,84 Milliarden Euro. Der Nettogewinn lag "
         "bei 612 Millionen Euro, 3,2 Prozent weniger als im Vorjahresquartal.", "de",
         "3,2 Prozent", ("2025-04-01", "2025-06-30")),
        # the period first named, not one named later ("revised May's gain" in June's report)
        ("US employers added 206,000 jobs in June. The department revised May's gain to "
         "218,000 from 272,000 in May. Average hourly earnings rose 3.9 percent from a year "
         "earlier.", "en", "3.9 percent", ("2025-06-01", "2025-06-30")),
    ],
)  # fmt: skip
def test_a_change_takes_the_period_the_article_reports_on(
    text: str, lang: str, quote: str, period: tuple[str, str]
) -> None:
    (claim,) = [
        c for c in extract_text(text, language=lang, published="2025-07-31") if c.quote == quote
    ]
    assert claim.measure is not None and claim.measure.key.startswith("change:")
    assert claim.time is not None
    assert (str(claim.time.start), str(claim.time.end)) == period


@pytest.mark.parametrize(
    ("text", "language", "quote", "per_year"),
    [
        ("The offer works out to about 4.5% a year.", "en", "4.5%", True),
        ("Die Löhne steigen um 4,5 Prozent pro Jahr.", "de", "4,5 Prozent", True),
        ("The cuts would save $1.2 billion a year.", "en", "$1.2 billion", True),
        # a count is a rate per year right before the word of one
        ("The county typically records about 15 cases a year.", "en", "about 15 cases", True),
        ("Im Kreis gibt es etwa 15 Fälle pro Jahr.", "de", "etwa 15 Fälle", True),
        ("It was the first crash in a year; 12 people died.", "en", "12 people", False),
        # a year before or after a figure is a time, no rate
        ("Unemployment was 4.1 percent a year earlier.", "en", "4.1 percent", False),
        ("Prices rose 3.1 percent from a year earlier.", "en", "3.1 percent", False),
        ("It made a profit of $310 million a year earlier.", "en", "$310 million", False),
    ],
)
def test_a_rate_per_year_is_marked(text: str, language: str, quote: str, per_year: bool) -> None:
    from factcheck import extract_text
    from factcheck.lang.concepts import PER_YEAR_SPAN

    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.measure is not None
    assert (PER_YEAR_SPAN in claim.measure.scope) is per_year


@pytest.mark.parametrize(
    ("text", "language", "quote", "per_day"),
    [
        # right before or right after the figure, a word of a day makes a rate per day
        ("Über die Brücke fahren werktags rund 48.000 Fahrzeuge.", "de", "48.000", True),
        ("Der Betrieb kocht rund 4.200 Essen am Tag.", "de", "4.200", True),
        ("The bridge carries about 48,000 vehicles a day.", "en", "48,000", True),
        ("The center treats about 90 patients daily.", "en", "90 patients", True),
        # a staffing per night is one too
        ("Sie fordert eine Besetzung von fünf Pflegekräften pro Nacht.", "de", "fünf", True),
        ("Unions want five nurses per night on each ward.", "en", "five", True),
        # a day's own count, or a day named elsewhere in the clause, is no rate
        ("Bis zum Abend wurden rund 14.000 Fahrzeuge gezählt.", "de", "14.000", False),
        ("Am Tag des Unglücks entstand ein Schaden von 2 Millionen Euro.", "de", "2 Millionen",
         False),
        ("Am Tag darauf kamen 300 Helfer.", "de", "300", False),
        ("Every day, the team reviews the cases; 12 people died.", "en", "12 people", False),
    ],
)  # fmt: skip
def test_a_rate_per_day_is_marked(text: str, language: str, quote: str, per_day: bool) -> None:
    from factcheck import extract_text
    from factcheck.lang.concepts import PER_DAY_SPAN

    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.measure is not None
    assert (PER_DAY_SPAN in claim.measure.scope) is per_day


def test_a_rate_per_day_is_not_set_against_a_count_of_one_day() -> None:
    from factcheck.load import read_article
    from factcheck.report import report_from

    texts = (
        "Über die Talbrücke fahren werktags rund 48.000 Fahrzeuge.",
        "An der Umleitung wurden am Montag rund 14.000 Fahrzeuge gezählt.",
        "Über die Talbrücke fahren werktags rund 14.000 Fahrzeuge.",
    )
    articles = [
        read_article(t, id=i, language="de", published="2025-09-22")
        for i, t in zip("abc", texts, strict=True)
    ]
    assert report_from(articles[:2]).discrepancies == ()
    # two rates per day still meet
    assert len(report_from([articles[0], articles[2]]).discrepancies) == 1


@pytest.mark.parametrize(
    ("text", "language", "quote", "per_hour"),
    [
        # right after the figure, a word of an hour makes a rate per hour
        ("The system can sort up to 4,500 bags an hour.", "en", "4,500 bags", True),
        ("Die Bahn befördert bis zu 2.400 Personen pro Stunde.", "de", "2.400 Personen", True),
        # a speed's own unit, or an hour elsewhere in the clause, is no rate
        ("The train was travelling at 40 miles an hour.", "en", "40 miles an hour", False),
        ("Within an hour, 12 people were taken to hospital.", "en", "12 people", False),
        ("About 300 people were evacuated an hour later.", "en", "About 300 people", False),
    ],
)  # fmt: skip
def test_a_rate_per_hour_is_marked(text: str, language: str, quote: str, per_hour: bool) -> None:
    from factcheck import extract_text
    from factcheck.lang.concepts import PER_HOUR_SPAN

    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.measure is not None
    assert (PER_HOUR_SPAN in claim.measure.scope) is per_hour
