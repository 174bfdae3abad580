"""The pipeline's event claims: where an event happens."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_text

_EVENTS = importlib.import_module("factcheck.extract.pipeline.events")


def _event_places(text: str, language: str) -> list[str]:
    return [
        c.place.name
        for c in extract_text(text, language=language, published="2024-06-19")
        if c.kind == "event" and c.place is not None
    ]


def test_a_place_after_a_preposition_and_an_adjective_is_where_the_event_is() -> None:
    assert _event_places("Die Minister trafen sich am Montag im bayerischen München.", "de") == [
        "München"
    ]


def test_the_preposition_before_the_adjective_comes_from_the_pack() -> None:
    de, en = _EVENTS._adjective_place("de"), _EVENTS._adjective_place("en")
    assert de.search("trafen sich im bayerischen ")
    assert not de.search("trafen sich vor dem bayerischen ")
    assert en.search("they met in the Alpine ")
    assert en.search("they met at Alpine ")
    assert not en.search("they met near the Alpine ")


@given(
    st.sampled_from(["de", "en"]),
    st.lists(
        st.sampled_from(
            ["die", "beiden", "beide", "the", "two", "both", "leaders", " ", "x", "_", "-", "."]
        ),
        max_size=10,
    ).map("".join),
)
@settings(max_examples=300, deadline=None)
def test_the_both_pattern_finds_a_phrase_when_a_phrase_pattern_does(lang: str, clause: str) -> None:
    import re

    from factcheck.lang import get_language

    phrases = get_language(lang).text.BOTH
    one = any(re.search(rf"(?<!\w){re.escape(ph)}(?!\w)", clause) for ph in phrases)
    assert bool(_EVENTS._both(lang).search(clause)) == one
