"""Sentence splitting keeps dates, ordinals and abbreviations inside sentences."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.sentences import MAX_SENTENCE, split_sentences


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


def test_a_small_number_ends_an_english_sentence_but_is_a_german_ordinal() -> None:
    assert texts("The minister put the missing at 41. By June 17 it was 31.", "en") == [
        "The minister put the missing at 41.",
        "By June 17 it was 31.",
    ]
    assert len(texts("Die Feier war am 9. August in Köln.", "de")) == 1


def test_a_number_with_a_separator_ends_a_sentence() -> None:
    assert texts("Angemeldet waren 2.500. Der Zug startete am Markt.", "de") == [
        "Angemeldet waren 2.500.",
        "Der Zug startete am Markt.",
    ]
    assert texts("The count stood at 1,250. Officials said more were missing.", "en") == [
        "The count stood at 1,250.",
        "Officials said more were missing.",
    ]


def test_a_time_abbreviation_ends_a_sentence_before_a_new_one() -> None:
    """A "p.m." before a capitalised word that is no weekday, month or zone ends it."""
    text = "The bus left the road shortly after 6:40 p.m. Local officials said four died."
    assert [text[s.start : s.end] for s in split_sentences(text, "en")] == [
        "The bus left the road shortly after 6:40 p.m.",
        "Local officials said four died.",
    ]
    for goes_on in (
        "It happened at 6 p.m. Monday.",
        "It happened at 6 p.m. EST on Monday.",
        "The outage began at 4:10 a.m. Eastern time, the airline said.",
        "The outage began at 9:10 a.m. London time on Thursday.",
    ):
        assert len(split_sentences(goes_on, "en")) == 1


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


# -- bounded windows ----------------------------------------------------------------------
def test_long_run_without_sentence_end_is_cut_at_clause_breaks() -> None:
    text = "Ergebnis: " + "".join(f"Wahlkreis {i}: {1000 + i} Stimmen; " for i in range(400))
    parts = split_sentences(text, "de")
    assert len(parts) > 1
    assert all(p.end - p.start <= MAX_SENTENCE for p in parts)
    assert all(text[p.end - 1] == ";" for p in parts[:-1])


def test_short_sentences_are_not_cut() -> None:
    text = "Die Polizei zählte 300 Teilnehmer, " * 20 + "so die Polizei."
    assert len(text) < MAX_SENTENCE
    assert texts(text, "de") == [text]


@given(
    st.lists(
        st.sampled_from(["1", "Container", "am", "3.", "März", ",", ";", "x" * 30]),
        min_size=1,
        max_size=800,
    ),
    st.sampled_from(["de", "en"]),
)
def test_windows_are_bounded_and_cover_the_text(words: list[str], lang: str) -> None:
    text = " ".join(words)
    parts = split_sentences(text, lang)
    assert all(0 < p.end - p.start <= MAX_SENTENCE for p in parts)
    assert all(a.end <= b.start for a, b in pairwise(parts))
    # nothing but whitespace is left out between the windows
    covered = "".join(text[p.start : p.end] for p in parts)
    assert covered.replace(" ", "") == text.replace(" ", "")


@given(st.text(alphabet=" a\nb.\t\u00a0", max_size=10), st.data())
def test_word_before_answers_as_the_pattern(text: str, data: st.DataObject) -> None:
    from factcheck.extract import sentences

    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    m = sentences._WORD_BEFORE.search(text, s, e)
    assert sentences._word_before(text, s, e) == (m.group(1) if m else None)


_OLD_BOUNDARY = (
    r"""(?P<end>[.!?…]+["'“”„»«)\]]*)(?=\s+["'“„»«(\[]?[A-ZÄÖÜ0-9])"""
    r"""|(?P<nl>\n\s*\n|\n)"""
)


@given(
    st.lists(
        st.sampled_from(
            [".", "!", "?", "…", "\n", " ", "\t", "A", "a", "Ä", "7", '"', "„", ")", "]", "(", "x."]
        ),
        max_size=30,
    ),
    st.data(),
)
@settings(max_examples=400, deadline=None)
def test_the_boundary_pattern_finds_what_its_two_branch_form_finds(
    parts: list[str], data: st.DataObject
) -> None:
    import re

    from factcheck.extract.sentences import _BOUNDARY

    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))

    def ends(m: re.Match[str]) -> tuple[int, int, int | None]:
        return m.start(), m.end(), m.end("end") if m.group("end") is not None else None

    want = [ends(m) for m in re.compile(_OLD_BOUNDARY).finditer(text, s, e)]
    assert [ends(m) for m in _BOUNDARY.finditer(text, s, e)] == want


def test_a_unit_letter_after_a_number_may_end_a_sentence() -> None:
    """ "43 C." is a temperature at a sentence's end; "John F. Kennedy" keeps its initial."""
    assert texts("It was 43 C. Officials said 25 people died.", "en") == [
        "It was 43 C.",
        "Officials said 25 people died.",
    ]
    assert len(texts("In 1963 John F. Kennedy spoke to them.", "en")) == 1
