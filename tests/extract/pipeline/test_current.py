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
