"""Admissions (``pipeline.admissions``): people taken into hospital are a running total,
the patients in hospital a current level."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text
from factcheck.load import read_article
from factcheck.report import report_from


@pytest.mark.parametrize(
    ("text", "lang", "cumulative"),
    [
        ("Eight people were taken to hospital.", "en", True),
        ("Nine people are in hospital.", "en", None),
        ("Six were still in hospital after they had been taken to hospital.", "en", None),
        ("Acht Verletzte kamen in umliegende Krankenhäuser.", "de", True),
        ("18 Besucher wurden in Krankenhäuser gebracht.", "de", True),
        ("Zwei Verletzte liegen noch im Krankenhaus.", "de", None),
        # a whole described by its relative clause
        ("Von den acht Menschen, die in Kliniken gebracht worden waren, sind fünf zu Hause.",
         "de", True),
    ],
)  # fmt: skip
def test_the_hospitalised_taken_in_are_a_running_total(
    text: str, lang: str, cumulative: bool | None
) -> None:
    claim = next(c for c in extract_text(text, language=lang) if c.quantity is not None)
    assert claim.measure is not None and claim.measure.concept == "hospitalised"
    assert claim.measure.cumulative is cumulative


def _report(texts: list[str], dates: list[str], lang: str = "de") -> int:
    arts = [
        read_article(t, id=f"a{i}", language=lang, published=d)
        for i, (t, d) in enumerate(zip(texts, dates, strict=True))
    ]
    return len(report_from(arts).discrepancies)


def test_fewer_taken_in_later_is_a_finding_and_fewer_left_in_hospital_is_none() -> None:
    taken = "18 Besucher wurden in Krankenhäuser gebracht."
    fewer = "Acht Menschen waren in Kliniken gebracht worden."
    left = "Noch fünf Menschen liegen im Krankenhaus."
    assert _report([taken, fewer], ["2026-06-21", "2026-06-22"]) == 1
    assert _report([taken, left], ["2026-06-21", "2026-06-22"]) == 0
    grown = ["19 people have been hospitalized.", "23 people needed hospital treatment."]
    assert _report(grown, ["2024-09-17", "2024-09-19"], "en") == 0
