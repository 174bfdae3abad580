"""Figures given as of the time of writing (``pipeline.current``)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract_text


def _time(text: str, lang: str) -> tuple[dt.date | None, dt.date | None] | None:
    (claim,) = [c for c in extract_text(text, language=lang, published="2025-06-04") if c.quantity]
    return None if claim.time is None else (claim.time.start, claim.time.end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thirteen workers remain trapped.", "en"),
        ("Two hikers are still missing.", "en"),
        ("About 2,000 soldiers are now deployed in the region.", "en"),
        ("Derzeit sind 2.000 Soldaten im Einsatz.", "de"),
    ],
)
def test_a_count_given_as_of_now_is_the_article_s(text: str, lang: str) -> None:
    """With no time of its own, a count whose clause says it holds now (the packs'
    ``figures.CURRENT_CUES``: "remain", "still", "now", "derzeit") is as of publication."""
    day = dt.date(2025, 6, 4)
    assert _time(text, lang) == (day, day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thirteen workers were trapped.", "en"),
        # a sum or a measure is the estimate of its report, not of a day ("inzwischen")
        ("Die Stadt rechnet inzwischen mit Kosten von 81 Millionen Euro.", "de"),
    ],
)
def test_other_figures_with_no_time_stay_undated(text: str, lang: str) -> None:
    assert _time(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        ("Kran stürzt ein.\n\n16.15 Uhr: Die Polizei meldet zwei Tote.", "de", (975, 975)),
        ("Crane falls.\n\n4:15 p.m. - Police confirm one person has died.", "en", (975, 975)),
        ("Crane falls.\n\nPolice confirm one person has died.", "en", None),
    ],
)
def test_a_count_in_a_live_ticker_s_entry_is_as_of_its_clock_time(
    text: str, lang: str, clock: tuple[int, int] | None
) -> None:
    """With no time of its own, a figure in an entry that opens with a clock time is a
    reading of the article's day at that time."""
    (claim,) = [c for c in extract_text(text, language=lang, published="2025-06-04") if c.quantity]
    assert (claim.time.clock if claim.time else None) == clock
    if clock is not None:
        assert claim.time is not None and claim.time.start == dt.date(2025, 6, 4)


def _earlier(text: str, lang: str) -> dict[str, bool]:
    return {
        c.quote: "scope:earlier" in c.measure.scope
        for c in extract_text(text, language=lang, published="2025-06-04")
        if c.quantity is not None and c.measure is not None
    }


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Vor drei Jahren traf ein ähnlicher Angriff die Nachbarstadt. Dort dauerte es neun "
         "Monate. Die Kosten lagen am Ende bei 3,4 Millionen Euro.\n\nDie bisherigen Kosten "
         "bezifferte er auf 2,3 Millionen Euro.", "de", "3,4 Millionen Euro"),
        ("In 2019 a similar fire hit a warehouse nearby. The damage came to $4 million.\n\n"
         "The damage now stands at $2 million.", "en", "$4 million"),
        # another of its kind, told by its size
        ("In 2017 a smaller sinkhole, about 4 metres wide, opened on Parr Street.\n\n"
         "The new one is about 15 metres wide.", "en", "about 4 metres"),
        ("Im Jahr 2019 hatte sich ein kleinerer Krater, rund 4 Meter breit, geöffnet.\n\n"
         "Der neue Krater ist 15 Meter breit.", "de", "rund 4 Meter"),
    ],
)  # fmt: skip
def test_the_paragraph_of_a_similar_past_event_holds_that_event_s_figures(
    text: str, lang: str, quote: str
) -> None:
    """A sentence naming an event like the story's, months before the article, opens that
    event's part of its paragraph: its figures are no figures of the story."""
    earlier = _earlier(text, lang)
    assert earlier[quote]
    assert [q for q, e in earlier.items() if not e]  # the next paragraph is the story's


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the similar event in a later clause: the sentence is about the story
        ("The storm was the worst since 2007, when a similar storm hit. About 40,000 homes "
         "lost power.", "en"),
        # a recent time ends the other event's part
        ("In 2019 a similar fire hit a warehouse. On Monday 40 homes lost power.", "en"),
        # no past time: no other event
        ("Vergleichbare Fälle gibt es immer wieder. Die Kosten liegen bei 3,4 Millionen "
         "Euro.", "de"),
    ],
)  # fmt: skip
def test_no_other_event_without_a_past_similar_event_opening_the_sentence(
    text: str, lang: str
) -> None:
    earlier = _earlier(text, lang)
    assert earlier and not any(earlier.values())


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        ("By 9 a.m. fire officers had confirmed three deaths.", "en", (540, 540)),
        ("Bis 9 Uhr hatte die Feuerwehr drei Tote bestätigt.", "de", (540, 540)),
        ("Erkrankte insgesamt: 112 (Stand 14 Uhr)", "de", (840, 840)),
        # a deadline, no reading
        ("Rund 1.200 Bewohner müssen ihre Wohnungen bis 18 Uhr verlassen.", "de", None),
        # the end of a span, no reading
        ("Die Bahn musste 14 Linien umleiten, die Strecke war von 12.30 Uhr bis 18 Uhr "
         "gesperrt.", "de", None),
    ],
)  # fmt: skip
def test_a_count_given_as_of_a_clock_time_is_a_reading_of_the_article_s_day(
    text: str, lang: str, clock: tuple[int, int] | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang, published="2025-06-04") if c.quantity]
    got = claim.time.clock if claim.time is not None else None
    assert got == clock
    if clock is not None:
        assert claim.time is not None and claim.time.start == dt.date(2025, 6, 4)


@pytest.mark.parametrize(
    ("text", "lang", "dated"),
    [
        # a toll told in passing in a relative clause on the event: as of the article
        ("The tornado that killed three people on Monday was an EF3.", "en", False),
        ("Der Tornado, der am Montag drei Menschen tötete, war ein EF3.", "de", False),
        # the toll of the day itself, and an article opening a sentence
        ("A tornado killed three people on Monday.", "en", True),
        ("Die drei bereits am Montag geborgenen Toten sind Frauen.", "de", True),
    ],
)
def test_a_toll_in_a_relative_clause_on_its_event_is_as_of_the_article(
    text: str, lang: str, dated: bool
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang, published="2025-06-04") if c.quantity]
    assert (claim.time is not None) is dated


@pytest.mark.parametrize(
    ("text", "lang", "quote", "earlier"),
    [
        # a word pointing back in time governs its clause, however far the number stands
        ("Schon 2024 war der Antrag gestellt worden. Die Mehrheit lehnte das damals mit "
         "Verweis auf Kosten von 180.000 Euro ab.", "de", "180.000 Euro", True),
        ("The council rejected the plan back then over costs of about $180,000.", "en",
         "about $180,000", True),
        # not across a comma: "at the time" of the event, then another clause
        ("Nineteen people were hiking in the canyon at the time, and 13 survivors were "
         "pulled from ledges.", "en", "13 survivors", False),
    ],
)  # fmt: skip
def test_a_word_pointing_back_in_time_makes_the_rest_of_its_clause_earlier(
    text: str, lang: str, quote: str, earlier: bool
) -> None:
    assert _earlier(text, lang)[quote] is earlier
