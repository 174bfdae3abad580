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


def _clock_events(text: str, language: str) -> list[str | None]:
    return [
        c.event
        for c in extract_text(text, language=language, published="2025-03-12")
        if c.kind == "clock"
    ]


def test_an_accident_named_without_its_kind_takes_the_kind_its_article_names_first() -> None:
    """ "Das Unglück ereignete sich gegen 7.40 Uhr" in an article on a derailment is the
    derailment's moment; with no kind named it is a crash's."""
    told = "Der Zug entgleiste. Das Unglück ereignete sich am Montag gegen 7.40 Uhr."
    assert _clock_events(told, "de") == ["derailment"]
    assert _clock_events("Das Unglück ereignete sich gegen 7.40 Uhr.", "de") == ["crash"]
    told = "A ferry capsized off the coast. The accident happened at about 6:40 a.m."
    assert _clock_events(told, "en") == ["capsize"]
    # the first kind named wins: the headline and the lead say what happened
    told = "Regionalzug entgleist. Zwei Wagen stürzten um. Das Unglück geschah gegen 7 Uhr."
    assert _clock_events(told, "de") == ["derailment"]


def test_a_clock_time_reads_past_an_aside_in_brackets_to_its_moment() -> None:
    told = (
        "Der Zug sprang gegen 6.40 Uhr hinter dem Bahnhof Finnentrop (Kreis Olpe) aus den Gleisen."
    )
    assert _clock_events(told, "de") == ["derailment"]


def test_the_day_of_a_figure_is_no_day_of_the_event_named_with_it() -> None:
    """ "The death toll from a bus crash rose to 24 on Tuesday morning": Tuesday is the
    toll's day, not the crash's; "the quake struck at 01:17 GMT on Monday" is the quake's."""
    from factcheck import extract_text

    toll = "The death toll from a bus crash in Peru rose to 24 on Tuesday morning."
    quake = "The first quake struck at 01:17 GMT on Monday, officials said."
    dated = [c for c in extract_text(toll, language="en", published="2025-06-10") if c.event]
    assert not [c for c in dated if c.kind == "date"]
    struck = [c for c in extract_text(quake, language="en", published="2025-06-10") if c.event]
    assert any(c.kind == "date" for c in struck)


def test_a_day_before_that_is_the_sayings_not_the_events_after_it() -> None:
    """ "Police said *on Saturday night that* 75 people had been hurt, as ... a fault that
    left hundreds of fans stranded": the day is the saying's, no day of a departure;
    "said on Friday that the investigators would visit the site" dates no visit."""
    for text, published in (
        (
            "Police said on Saturday night that 75 people had been hurt, as questions mounted "
            "over a fault that left hundreds of fans stranded outside the stadium.",
            "2026-09-13",
        ),
        ("Officials said on Friday that the investigators would visit the site.", "2026-05-16"),
    ):
        assert not [c for c in extract_text(text, language="en", published=published) if c.event]
