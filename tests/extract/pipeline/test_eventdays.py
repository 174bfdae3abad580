"""The day of a running total that is the day of what it counts (``pipeline.eventdays``)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text
from factcheck.lang.concepts import EVENT_DAY_SCOPE, SAID_DAY_SCOPE


@pytest.mark.parametrize(
    ("text", "language", "quote", "event_day"),
    [
        # the day the harm happened
        ("Bei der Schlägerei am Sonntagnachmittag wurden sechs Menschen verletzt.", "de",
         "sechs Menschen", True),
        ("Six people were injured in the brawl on Sunday afternoon.", "en", "Six people", True),
        # the day the tally is given as of, or a level it reached that day
        ("Stand Sonntag zählte die Polizei sechs Verletzte.", "de", "sechs Verletzte", False),
        ("As of Sunday, six people had been injured.", "en", "six people", False),
        ("Die Zahl der Toten stieg am Sonntag auf 15.", "de", "15", False),
        # the day of the source's word: the tally stands as of it
        ("Nach Polizeiangaben vom Sonntag wurden sechs Menschen verletzt.", "de",
         "sechs Menschen", False),
        ("Nach Angaben der Polizei vom Sonntag wurden sechs Menschen verletzt.", "de",
         "sechs Menschen", False),
        ("Die Polizei sprach am Sonntag von sechs Verletzten.", "de", "sechs Verletzten", False),
        ("Police said on Sunday that six people were injured.", "en", "six people", False),
        ("Six people were injured, police said Sunday.", "en", "Six people", False),
        # the day before the source is the harm's
        ("Am Sonntag wurden nach Angaben der Polizei sechs Menschen verletzt.", "de",
         "sechs Menschen", True),
        # no running total
        ("Am Sonntag waren 300 Polizisten im Einsatz.", "de", "300 Polizisten", False),
    ],
)  # fmt: skip
def test_the_day_of_a_harm_is_an_event_day(
    text: str, language: str, quote: str, event_day: bool
) -> None:
    (claim,) = [
        c for c in extract_text(text, language=language, published="2026-07-13") if c.quote == quote
    ]
    assert claim.measure is not None
    assert (EVENT_DAY_SCOPE in claim.measure.scope) is event_day


@pytest.mark.parametrize(
    ("text", "language", "quote", "said_day"),
    [
        ("Provincial police said on Friday morning that 21 vehicles had been involved.", "en",
         "21 vehicles", True),
        ("Die Polizei sprach am Freitag von 21 beteiligten Fahrzeugen.", "de",
         "21 beteiligten Fahrzeugen", True),
        # the day of what it counts, or a running total's as-of day
        ("On Thursday, 17 vehicles collided on the highway.", "en", "17 vehicles", False),
        ("Police said on Sunday that six people were injured.", "en", "six people", False),
    ],
)  # fmt: skip
def test_the_day_a_source_spoke_is_no_day_of_a_figure_that_is_no_running_total(
    text: str, language: str, quote: str, said_day: bool
) -> None:
    (claim,) = [
        c for c in extract_text(text, language=language, published="2026-07-13") if c.quote == quote
    ]
    assert claim.measure is not None
    assert (SAID_DAY_SCOPE in claim.measure.scope) is said_day
