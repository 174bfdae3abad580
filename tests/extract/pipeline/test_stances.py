"""Demands and offers of a negotiation are kept apart."""

from __future__ import annotations

import pytest

from factcheck import extract_text
from factcheck.load import read_article
from factcheck.report import report_from


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        (
            "Die Gewerkschaft fordert eine Erhöhung von 11 Prozent bei einer Laufzeit von "
            "12 Monaten.",
            "de",
            ["demanded", "demanded"],
        ),
        ("Die Bahn bietet eine Erhöhung von 5 Prozent.", "de", ["offered"]),
        ("The union is seeking a pay rise of 25 per cent.", "en", ["demanded"]),
        ("The government offered a rise of 3 per cent.", "en", ["offered"]),
        ("The rise of 4 per cent took effect in May.", "en", [None]),
        # a ransom demand, and a ransom paid
        ("Die Lösegeldforderung belaufe sich auf drei Millionen Euro.", "de", ["demanded"]),
        ("The ransom demand was $3 million.", "en", ["demanded"]),
        ("The company paid a $22 million ransom.", "en", [None]),
        # a share sale's price and the sale itself put nothing forward
        ("Shares closed 39% above their offer price.", "en", [None]),
        ("The initial public offering raised $612 million.", "en", [None]),
        ("Die Aktie schloss 12 Prozent über dem Ausgabepreis.", "de", [None]),
        ("Meridian raised its wage offer to 18%.", "en", ["offered"]),
        # a goal, of any figure: in its clause or in the sentence's first
        ("Das Ziel der Regierung von 400.000 Wohnungen im Jahr rückt in die Ferne.", "de",
         ["target"]),
        ("Die Regierung hatte sich zum Ziel gesetzt, jährlich 400.000 Wohnungen zu bauen.",
         "de", ["target"]),
        ("The government has a target of 400,000 new homes a year.", "en", ["target"]),
        ("Die Bauindustrie rechnet mit 235.000 Wohnungen.", "de", [None]),
        # a finish line is no goal
        ("Ins Ziel kamen 12.000 Läufer.", "de", [None]),
        # a quorum or a threshold is a level required, no result
        ("Das nötige Quorum von 20 Prozent der Stimmberechtigten wurde erreicht.", "de",
         ["target"]),
        ("The measure needed a quorum of 25 percent of voters.", "en", ["target"]),
        ("Die Landesregierung strebt jährlich rund 20.000 neue Wohnungen an.", "de", ["target"]),
        # a draft proposes what is decided later
        ("Im Entwurf klafft ein Defizit von 86,4 Millionen Euro.", "de", ["offered"]),
        ("Das beschlossene Defizit liegt bei 82,9 Millionen Euro.", "de", [None]),
        ("The draft budget foresees a deficit of $86.4 million.", "en", ["offered"]),
    ],
)  # fmt: skip
def test_a_demand_or_an_offer_is_the_figures_state(
    text: str, language: str, states: list[str | None]
) -> None:
    figures = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert [c.measure.state if c.measure else None for c in figures] == states


def test_a_demand_is_not_set_against_an_offer() -> None:
    report = report_from(
        [
            read_article(
                "Die Gewerkschaft fordert eine Erhöhung von 11 Prozent.", id="a", language="de"
            ),
            read_article("Die Bahn bietet eine Erhöhung von 5 Prozent.", id="b", language="de"),
        ]
    )
    assert sum(c.quantity is not None for c in report.claims) == 2
    assert report.discrepancies == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Lösegeldforderung belaufe sich auf drei Millionen Euro.", "de"),
        ("Die Angreifer fordern ein Lösegeld von fünf Millionen Euro.", "de"),
        ("Die Angreifer fordern fünf Millionen Euro Lösegeld.", "de"),
        ("The hackers demanded $5 million in ransom.", "en"),
        ("The company paid a $22 million ransom.", "en"),
    ],
)
def test_a_ransom_is_what_its_sum_measures(text: str, language: str) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.key == "money:ransom"


def test_a_draft_is_not_set_against_what_was_passed() -> None:
    report = report_from(
        [
            read_article(
                "Im Entwurf klafft ein Defizit von 86,4 Millionen Euro.",
                id="a",
                language="de",
                published="2025-12-10",
            ),
            read_article(
                "Das beschlossene Defizit liegt bei 82,9 Millionen Euro.",
                id="b",
                language="de",
                published="2025-12-12",
            ),
        ]
    )
    assert len(report.claims) == 2
    assert report.discrepancies == ()


def test_an_offer_told_two_ways_is_one_figure() -> None:
    """ "has offered 11%" and "the latest offer of 14%": the noun of the offer says who
    puts the figure forward, not what it is of, so the two are compared."""
    report = report_from(
        [
            read_article(
                "Cascadia has offered 11% over the same period.",
                id="a",
                language="en",
                published="2025-11-04",
            ),
            read_article(
                "Cascadia's latest offer of 14% over three years was rejected by the union.",
                id="b",
                language="en",
                published="2025-11-04",
            ),
        ]
    )
    keys = {c.quote: c.measure.key for c in report.claims if c.measure and c.quantity}
    assert keys["11%"] == keys["14%"]
    assert len(report.discrepancies) == 1


@pytest.mark.parametrize(
    ("text", "lang", "quote", "state"),
    [
        # a verbless clause goes on with the demand or offer before it
        ("Verdi fordert 8 Prozent mehr Lohn, mindestens aber 350 Euro im Monat, bei einer "
         "Laufzeit von zwölf Monaten.", "de", "zwölf Monaten", "demanded"),
        ("Verdi fordert 8 Prozent mehr Lohn, mindestens aber 350 Euro im Monat.", "de",
         "350 Euro im Monat", "demanded"),
        ("Die Arbeitgeber bieten 5 Prozent, verteilt über eine Laufzeit von 27 Monaten.", "de",
         "27 Monaten", "offered"),
        ("The union is demanding a 14% raise, plus a $3,000 bonus.", "en", "$3,000", "demanded"),
        # an aside between dashes right after the stance's noun
        ("Das Angebot der Bahn – elf Prozent mehr Lohn bei einer Laufzeit von 24 Monaten – "
         "sei eine Mogelpackung.", "de", "24 Monaten", "offered"),
        # a clause with a verb of its own, or a dash far from the stance, does not
        ("Verdi fordert 8 Prozent, die Inflation lag zuletzt bei 2,3 Prozent.", "de",
         "2,3 Prozent", None),
        ("Residents are demanding answers after the blackout — and some homes were without "
         "power for more than a day.", "en", "more than a day", None),
    ],
)  # fmt: skip
def test_a_clause_that_goes_on_with_a_stance_takes_it(
    text: str, lang: str, quote: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and claim.measure.state == state


def test_a_clause_after_a_dash_aside_ends_its_search_for_a_stance() -> None:
    """A clause after an aside between dashes looks back once per clause before it and
    stops at the sentence's first; it once looked back at the same clause for ever."""
    text = (
        "The offer of about €61.20 per share in cash – $70 at current exchange rates – "
        "amounts to a 31% premium to the last closing price."
    )
    figures = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert [c.measure.state if c.measure else None for c in figures] == ["offered", None, None]


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        # the most a thing takes is its capacity, no measure of what happened
        ("Die Becken sind für 25.000 Kubikmeter ausgelegt.", "de", "capacity"),
        ("Die Kanalisation ist auf 30 Liter pro Quadratmeter ausgelegt.", "de", "capacity"),
        ("The drains are designed for 30 millimetres of rain an hour.", "en", "capacity"),
        ("Rund 40.000 Kubikmeter Material gingen ab.", "de", None),
        # a sum of money named with a capacity word stays a sum
        ("Für den Bau sind 30 Millionen Euro vorgesehen.", "de", None),
    ],
)
def test_a_measure_a_thing_is_designed_for_is_its_capacity(
    text: str, lang: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.state == state


def test_a_capacity_is_never_set_against_what_happened() -> None:
    report = report_from(
        [
            read_article("Rund 40.000 Kubikmeter Material gingen ab.", id="a", language="de"),
            read_article(
                "Die Rückhaltebecken sind für 25.000 Kubikmeter Material ausgelegt.",
                id="b",
                language="de",
            ),
        ]
    )
    assert report.discrepancies == ()
