"""Figures given as of the time of writing (``pipeline.current``)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract_text


def _time(text: str, lang: str) -> tuple[dt.date | None, dt.date | None] | None:
    (claim,) = [c for c in extract_text(text, language=lang, published="2025-06-04") if c.quantity]
    return None if claim.time is None else (claim.time.start, claim.time.end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thirteen workers remain trapped.", "en"),
        ("Two hikers are still missing.", "en"),
        ("About 2,000 soldiers are now deployed in the region.", "en"),
        ("Derzeit sind 2.000 Soldaten im Einsatz.", "de"),
    ],
)
def test_a_count_given_as_of_now_is_the_article_s(text: str, lang: str) -> None:
    """With no time of its own, a count whose clause says it holds now (the packs'
    ``figures.CURRENT_CUES``: "remain", "still", "now", "derzeit") is as of publication."""
    day = dt.date(2025, 6, 4)
    assert _time(text, lang) == (day, day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thirteen workers were trapped.", "en"),
        # a sum or a measure is the estimate of its report, not of a day ("inzwischen")
        ("Die Stadt rechnet inzwischen mit Kosten von 81 Millionen Euro.", "de"),
    ],
)
def test_other_figures_with_no_time_stay_undated(text: str, lang: str) -> None:
    assert _time(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        ("Kran stürzt ein.\n\n16.15 Uhr: Die Polizei meldet zwei Tote.", "de", (975, 975)),
        ("Crane falls.\n\n4:15 p.m. - Police confirm one person has died.", "en", (975, 975)),
        ("Crane falls.\n\nPolice confirm one person has died.", "en", None),
    ],
)
def test_a_count_in_a_live_ticker_s_entry_is_as_of_its_clock_time(
    text: str, lang: str, clock: tuple[int, int] | None
) -> None:
    """With no time of its own, a figure in an entry that opens with a clock time is a
    reading of the article's day at that time."""
    (claim,) = [c for c in extract_text(text, language=lang, published="2025-06-04") if c.quantity]
    assert (claim.time.clock if claim.time else None) == clock
    if clock is not None:
        assert claim.time is not None and claim.time.start == dt.date(2025, 6, 4)
