"""Two numbers of one thing's dimensions ("64 mal 26 Meter") become one extent."""

from __future__ import annotations

import pytest

from factcheck import extract_text
from factcheck.lang.concepts import EXTENT
from factcheck.models import Claim
from factcheck.reconcile.quantities import measure_key


def _figures(text: str, language: str) -> list[Claim]:
    return [c for c in extract_text(text, language=language) if c.quantity is not None]


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        ("Die 50 mal 12 Meter große Leinwand steht vor dem Rathaus.", "de", ("leinwand",)),
        ("Das Spielfeld misst 105 x 68 Meter.", "de", ()),
        ("The pitch measures 105 by 68 metres.", "en", ()),
    ],
)
def test_the_first_number_takes_the_second_ones_unit(
    text: str, language: str, subject: tuple[str, ...]
) -> None:
    first, second = _figures(text, language)
    assert first.quantity is not None and second.quantity is not None
    assert first.quantity.unit == second.quantity.unit == "meter"
    assert first.confidence == second.confidence
    for c in (first, second):
        assert c.measure is not None and c.measure.thing == EXTENT
        assert c.measure.content == subject
        assert measure_key(c) is None  # never in a block of its own


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prices rose by 5 percent to 40 metres of cable.", "en"),
        ("Das Spiel endete 2 zu 1.", "de"),
        ("Die Halle ist 120 Meter lang und 30 Meter breit.", "de"),
    ],
)
def test_no_extent_without_a_joiner_and_a_length(text: str, language: str) -> None:
    for c in _figures(text, language):
        assert c.measure is None or c.measure.thing != EXTENT
