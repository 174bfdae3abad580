"""Tests of :mod:`factcheck.extract.pipeline.sources`: sentences that carry the
attribution of the sentence before."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_text
from factcheck.extract.pipeline.sources import carries_over


def test_carry_over_by_demnach_and_subjunctive() -> None:
    assert carries_over("Demnach wurden 5 Boote gesichtet.", 0, 33, "de")
    assert carries_over("Es habe 5 Tote gegeben.", 0, 23, "de")
    assert not carries_over("Es gab 5 Tote.", 0, 14, "de")


@given(
    st.lists(
        st.sampled_from(["habe", "sei", "seien", "Sei", "x", " ", "-", "_", "2", "."]), max_size=12
    ),
    st.integers(0, 6),
)
@settings(max_examples=200, deadline=None)
def test_reported_speech_is_found_as_the_word_set_finds_it(parts: list[str], lead: int) -> None:
    import re

    from factcheck.lang import get_language

    text = "x" * lead + "".join(parts)
    forms = get_language("de").attribution.SUBJUNCTIVE
    words = set(re.findall(r"\w+", text[lead:]))
    want = any(f in words for f in forms) or any(
        text[lead:].startswith(w) for w in get_language("de").text.DEMONSTRATIVE_CARRY
    )
    assert carries_over(text, lead, len(text), "de") == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("At least 42 people were killed, he said.", "en", True),
        ("At least 42 people were killed, it said on Monday.", "en", True),
        ("At least 42 people were killed, she said, adding that more were missing.", "en", True),
        ("At least 42 people were killed, they told reporters in the capital.", "en", True),
        ("At least 42 people were killed, he said, a minister confirmed.", "en", True),
        ("The rescue, he argued, was far too slow.", "en", False),
        ("At least 42 people were killed, the ministry said.", "en", False),
        ("Rund 2.500 Häuser wurden beschädigt, sagte sie.", "de", True),
        ("Rund 2.500 Häuser wurden beschädigt, teilte er am Abend mit.", "de", True),
        ("Rund 2.500 Häuser wurden beschädigt, sagte der Sprecher.", "de", False),
        ("Die Evakuierung von 500 Bewohnern bleibe bestehen.", "de", True),  # Konjunktiv I
        ("Die Evakuierung von 500 Bewohnern bleibt bestehen.", "de", False),
    ],
)
def test_a_pronoun_speaker_at_the_end_carries(text: str, language: str, want: bool) -> None:
    assert carries_over(text, 0, len(text), language) is want


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "The interior ministry said rescue work went on. "
            "At least 42 people were killed, it said on Monday.",
            "en",
            "interior ministry",
        ),
        (
            '"We expect more victims," a spokesman for the agency told reporters. '
            "About 2,500 homes were damaged, he said.",
            "en",
            "spokesman for the agency",
        ),
        (
            "Die Polizei teilte mit, die Lage sei ruhig. "
            "Rund 2.500 Häuser wurden beschädigt, sagte sie am Abend.",
            "de",
            "Polizei",
        ),
    ],
)
def test_the_figure_gets_the_source_of_the_sentence_before(
    text: str, language: str, source: str
) -> None:
    claims = [c for c in extract_text(text, language=language) if c.quantity]
    assert claims and claims[-1].attribution is not None
    assert claims[-1].attribution.chain[0].name == source


def test_the_day_a_source_spoke_and_a_dateline_do_not_date_the_figures() -> None:
    """ "X said on Tuesday it delivered ... in the third quarter": Tuesday dates the report;
    so does the dateline before a month, a quarter or a year ("SHENZHEN, Oct 28 - ...")."""
    import datetime as dt

    for text in (
        "Hanwei Auto said on Tuesday it delivered 412,300 vehicles in the third quarter.",
        "SHENZHEN, Oct 28 - Hanwei Auto said on Tuesday it delivered 412,300 vehicles in "
        "the third quarter.",
    ):
        (count,) = [
            c for c in extract_text(text, language="en", published="2025-10-28") if c.quantity
        ]
        assert count.time is not None, text
        assert (count.time.start, count.time.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    # the day a source spoke about what happened that day still dates its figures
    (one,) = [
        c
        for c in extract_text(
            "Police said on Tuesday 12 people were hurt.", language="en", published="2025-10-29"
        )
        if c.quantity
    ]
    assert one.time is not None and one.time.start == dt.date(2025, 10, 28)


@pytest.mark.parametrize(
    "text",
    [
        # a period right after the speech verb names what the figure is of
        "Norvance reported third-quarter revenue of $14.2 billion on Thursday.",
        # a period right before the figure dates it, whatever day the sentence names
        "Norvance on Thursday reported third-quarter revenue of $14.2 billion.",
        "On Thursday, Norvance said its revenue in the third quarter was $14.2 billion.",
    ],
)
def test_a_period_named_at_the_figure_dates_it_not_the_day_of_the_report(text: str) -> None:
    import datetime as dt

    (money,) = [c for c in extract_text(text, language="en", published="2025-10-23") if c.quantity]
    assert money.time is not None, text
    assert (money.time.start, money.time.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))


def test_a_speaker_after_a_dateline_is_the_source() -> None:
    text = "SHENZHEN, Oct 28 - Hanwei Auto said it delivered 412,300 vehicles."
    (count,) = [c for c in extract_text(text, language="en") if c.quantity]
    assert count.attribution is not None
    assert [s.name for s in count.attribution.chain] == ["Hanwei Auto"]


def test_the_base_of_a_change_is_no_medium() -> None:
    """ "stiegen gegenüber dem Vorjahresmonat": a base, not whom a speaker told."""
    text = "Die Preise stiegen gegenüber dem Vorjahresmonat um 2,3 Prozent."
    (claim,) = [c for c in extract_text(text, language="de") if c.quantity]
    assert claim.attribution is None or not claim.attribution.chain


def test_a_firm_named_with_an_ampersand_speaks() -> None:
    text = "Marks & Spencer said it would close 27 stores."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity]
    assert claim.attribution is not None
    assert [s.name for s in claim.attribution.chain] == ["Marks & Spencer"]
    # a future told in reported speech is a plan, and so is "is to"
    assert claim.modality.value == "planned"
    (plan,) = [
        c for c in extract_text("Harwell & Finch is to close 32 stores.", language="en")
        if c.quantity
    ]  # fmt: skip
    assert plan.modality.value == "planned"


@pytest.mark.parametrize(
    ("text", "language", "quote", "phrase"),
    [
        # a clause of its own, joined by "and", tells its own time
        ("Nineteen workers were hospitalized, and Dale Hensley, a 58-year-old technician, "
         "died early on Tuesday.", "en", "Nineteen workers", None),
        ("Police had closed roads for about 1,000 feet around the branch, and businesses "
         "stayed shut on Friday.", "en", "about 1,000 feet", None),
        ("Beim Baustart im Februar 2010 lag die Kalkulation bei rund drei Milliarden Euro, "
         "und als Termin stand eine Inbetriebnahme im Dezember 2019 im Plan.", "de",
         "rund drei Milliarden Euro", "im Februar 2010"),
        # as is one after a semicolon
        ("Die Feuerwehr war am Mittwoch mit rund 180 Kräften im Einsatz; Brandwachen "
         "blieben bis Donnerstagfrüh vor Ort.", "de", "rund 180 Kräften", "am Mittwoch"),
        # "or" only restates the figure: its time is the figure's
        ("The fire had burned 18,900 acres, or about 7,650 hectares, by Wednesday morning.",
         "en", "18,900 acres", "by Wednesday morning"),
        # the day the whole sentence was said on stays
        ("Thirty-seven people have fallen ill, and six of them have been admitted to hospital, "
         "the agency said on Wednesday.", "en", "Thirty-seven people", "on Wednesday"),
    ],
)  # fmt: skip
def test_a_joined_clause_of_its_own_does_not_date_the_figures_before_it(
    text: str, language: str, quote: str, phrase: str | None
) -> None:
    (claim,) = [
        c for c in extract_text(text, language=language, published="2026-06-11") if c.quote == quote
    ]
    assert (claim.time.phrase if claim.time is not None else None) == phrase
