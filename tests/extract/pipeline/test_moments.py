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
        # a discovery befalls what was found, said actively or not
        (
            "en",
            "The utility first detected the intrusion on Oct. 19.",
            ("discovery", ("intrusion",)),
        ),
        ("en", "The body was discovered on Monday by a jogger.", ("discovery", ("body",))),
        ("de", "Der Hausmeister entdeckte das Leck am Montag.", ("discovery", ("leck",))),
    ],
)
def test_a_moment_is_dated_with_what_it_befell(
    language: str, text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _moments(text, language) == [expected]


def test_a_moment_with_no_determiner_before_a_noun_is_dated_with_no_subject() -> None:
    assert _moments("Exploded on Sunday.", "en") == [("explosion", ())]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a noun after a preposition is no subject while another stands before it
        (
            "de",
            "Der Turmhelm war am Mittwoch, 8. Juli, während der Sanierung eingestürzt.",
            ("collapse", ("turmhelm",)),
        ),
        ("en", "The spire collapsed on Wednesday during the renovation.", ("collapse", ("spire",))),
        # a moment noun befalls what is linked to it right after, and nothing else
        ("de", "Beim Einsturz des Turms am 9. Juli starb ein Mann.", ("collapse", ("turm",))),
        (
            "en",
            "In the collapse of the tower on Wednesday, one man died.",
            ("collapse", ("tower",)),
        ),
        (
            "de",
            "Beim Einsturz am 9. Juli war ein Gerüstbauer ums Leben gekommen.",
            ("collapse", ()),
        ),
        ("en", "A worker died in the collapse on Wednesday.", ("collapse", ())),
    ],
)
def test_what_a_moment_befell_is_its_subject_not_a_noun_around_it(
    language: str, text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert _moments(text, language) == [expected]


def test_a_day_after_a_moment_the_clause_follows_is_not_its_day() -> None:
    text = (
        "Nach der Explosion in einem Chemiewerk haben die Behörden die Warnung am Montagabend "
        "aufgehoben."
    )
    assert _moments(text, "de") == []
    assert _moments("Nach der Explosion am Montag wurde gewarnt.", "de") == [("explosion", ())]


def _events(text: str, language: str) -> list[str | None]:
    return [
        c.event
        for c in extract_text(text, language=language, published="2025-06-08")
        if c.kind == "date"
    ]


@pytest.mark.parametrize(
    ("language", "text", "event"),
    [
        # an event behind what the sentence tells is not dated by its time
        ("en", "Five miners trapped by a roof collapse at the mine were brought to the "
         "surface alive on Thursday evening.", None),
        ("en", "Rescuers heard tapping early Thursday from the section where six men have "
         "been trapped since a roof collapse.", None),
        ("de", "Die seit dem Einsturz eingeschlossenen Bergleute wurden am Donnerstagabend "
         "gerettet.", None),
        # a time right after it is its own
        ("en", "The six men have been trapped since a roof collapse on Tuesday.", "collapse"),
        ("de", "Die Bergleute sind seit dem Einsturz am Dienstag eingeschlossen.", "collapse"),
        # and the time of a clause after "after" that has one of its own is not the main
        # clause's
        ("en", "Six miners were trapped on Wednesday after part of the roof collapsed late "
         "Tuesday night.", None),
    ],
)  # fmt: skip
def test_a_moment_behind_the_sentence_is_not_dated_by_its_time(
    language: str, text: str, event: str | None
) -> None:
    events = _events(text, language)
    assert events[0] == event


def test_a_day_with_a_comma_of_its_own_keeps_its_moment() -> None:
    """ "am Mittwoch, 4. Juni, während der Sanierung eingestürzt": the day's clause goes on
    after the comma that closes it."""
    text = "Der Turmhelm war am Mittwoch, 4. Juni, während der Sanierung eingestürzt."
    assert [event for event, _what in _moments(text, "de")] == ["collapse"]


def test_a_closed_compound_ending_in_a_moment_word_gives_its_moment_de() -> None:
    assert _moments("Der Brückeneinsturz am Dienstag forderte zwei Tote.", "de") == [
        ("collapse", ())
    ]


def test_an_accidents_day_in_a_planned_sentence_is_past_de() -> None:
    """Told on 11 May: "8. Mai" is this year's, though a plan governs the sentence."""
    text = "Drei Tage nach der Gasexplosion vom 8. Mai will die Familie weitermachen."
    (claim,) = [
        c for c in extract_text(text, language="de", published="2026-05-11") if c.kind == "date"
    ]
    assert claim.event == "explosion"
    assert claim.date is not None and str(claim.date.start) == "2026-05-08"


@pytest.mark.parametrize(
    ("language", "text", "event"),
    [
        ("en", "Two people died in Wednesday's mudslide.", "landslide"),
        ("en", "The mudslide happened on Wednesday night.", "landslide"),
        ("de", "Der Erdrutsch am Mittwochabend begrub sieben Autos.", "landslide"),
        # prices slide and elections are won by a landslide: no moment of a slope
        ("en", "Shares slid on Monday.", None),
        ("de", "Der Erdrutschsieg am Sonntag überraschte.", None),
    ],
)
def test_a_landslide_by_its_noun_is_a_dated_moment(
    language: str, text: str, event: str | None
) -> None:
    dates = [c for c in extract_text(text, language=language, published="2026-01-18")]
    assert [c.event for c in dates if c.kind == "date"] == [event]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # people a train or a carriage struck, in the passive
        ("Zwei Arbeiter waren in der Nacht zum Donnerstag von einem ICE erfasst worden.", "strike"),
        # the active is as often a count's record
        ("Die Polizei erfasste am Montag 300 Verstöße.", None),
    ],
)
def test_people_struck_in_the_passive_date_a_strike(text: str, event: str | None) -> None:
    dates = extract_text(text, language="de", published="2026-09-18")
    assert [c.event for c in dates if c.kind == "date"] == [event]
