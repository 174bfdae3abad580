"""The scope of a figure (``pipeline.scope``): the places and names it is given for."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


@pytest.mark.parametrize(
    ("text", "lang", "quote", "scope"),
    [
        # the city a local speaker is in is where its figure holds
        ("Police in Madison said 5,000 people marched.", "en", "5,000 people", "city:madison"),
        (
            "In Bonn kamen 300 Menschen. Die Polizei in Köln sagte, 5000 Menschen hätten "
            "demonstriert.",
            "de",
            "5000 Menschen",
            "city:cologne",
        ),
    ],
)
def test_the_city_a_local_speaker_is_in_scopes_its_figure(
    text: str, lang: str, quote: str, scope: str
) -> None:
    claims = {c.quote: c for c in extract_text(text, language=lang, published="2024-03-05")}
    measure = claims[quote].measure
    assert measure is not None and scope in measure.scope


def test_a_governments_seat_does_not_scope_its_figure() -> None:
    text = "The health ministry in Damascus said 403 people died in Syria."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.scope == ("country:SY",)
