"""Lists of parts: one count named for several subjects in a row, its verb left out."""

from __future__ import annotations

import pytest

from factcheck import extract_text
from factcheck.lang.concepts import BREAKDOWN_SCOPE


def _breakdown(text: str, language: str) -> list[bool]:
    return [
        c.measure is not None and BREAKDOWN_SCOPE in c.measure.scope
        for c in extract_text(text, language=language, published="2024-06-05")
        if c.quantity is not None
    ]


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        # a gapped list: each figure is one subject's, none is the whole
        ("Health care added 68,000 jobs, government 43,000 and leisure and hospitality "
         "42,000.", "en", [True, True, True]),
        ("Der Handel strich 12.000 Stellen, die Industrie 8.000.", "de", [True, True]),
        # two sources, two days, two states: no list of parts
        ("Die Polizei zählte 8.500 Teilnehmer, der Bauernverband 30.000.", "de",
         [False, False]),
        ("Am Samstag kamen 4.000 Menschen, am Sonntag 6.000.", "de", [False, False]),
        ("The fire destroyed 6,837 structures and damaged 1,017 more.", "en", [False, False]),
        # a total and its parts named with their own words are told apart elsewhere
        ("US employers added 272,000 jobs in May.", "en", [False]),
    ],
)  # fmt: skip
def test_the_figures_of_a_gapped_list_are_parts(
    text: str, language: str, parts: list[bool]
) -> None:
    assert _breakdown(text, language) == parts
