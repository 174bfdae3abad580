"""Sentence splitting keeps dates, ordinals and abbreviations inside sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.sentences import split_sentences


def texts(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


def test_german_dates_and_abbreviations_stay_inside() -> None:
    text = (
        "Am 9. Juni kamen ca. 4,8 Mio. Menschen, z. B. aus Köln. Dr. Meier sprach vom "
        "2. Weltkrieg. Danach ging es weiter!"
    )
    assert texts(text, "de") == [
        "Am 9. Juni kamen ca. 4,8 Mio. Menschen, z. B. aus Köln.",
        "Dr. Meier sprach vom 2. Weltkrieg.",
        "Danach ging es weiter!",
    ]


def test_year_at_sentence_end_splits() -> None:
    assert texts("Das war im Jahr 2000. Es folgte mehr.", "de") == [
        "Das war im Jahr 2000.",
        "Es folgte mehr.",
    ]


def test_english_titles() -> None:
    assert texts("Mr. Smith met Dr. Jones in the U.S. capital. They talked.", "en") == [
        "Mr. Smith met Dr. Jones in the U.S. capital.",
        "They talked.",
    ]


def test_line_breaks_end_headlines() -> None:
    assert texts("Putin in Pjöngjang\nDer Besuch begann.", "de") == [
        "Putin in Pjöngjang",
        "Der Besuch begann.",
    ]


@given(st.text(max_size=300))
def test_sentences_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    prev = 0
    for s in split_sentences(text, "de"):
        assert prev <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        prev = s.end
