"""The pipeline's moments of a story: what the moment a day gives befell."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


def _moments(text: str, language: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [
        (c.event, c.measure.content)
        for c in extract_text(text, language=language, published="2025-06-08")
        if c.kind == "date" and c.measure is not None
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Das Boot kenterte am Sonntag vor der Küste.", ("capsize", ("boot",))),
        ("en", "A passenger train derailed on Monday.", ("derailment", ("train",))),
        ("en", "The first reports of dead fish came on Tuesday.", ("first_report", ("fish",))),
    ],
)
def test_a_moment_is_dated_with_what_it_befell(
    language: str, text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _moments(text, language) == [expected]


def test_a_moment_with_no_determiner_before_a_noun_is_not_dated_as_a_moment() -> None:
    assert all(event is None for event, _ in _moments("Exploded on Sunday.", "en"))
