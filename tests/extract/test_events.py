"""Event claims: type, participants, place and date, in German and English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.lang import get_language
from factcheck.models import Claim, Modality


def events(text: str, lang: str, published: str = "2024-05-10") -> list[Claim]:
    return [c for c in extract_text(text, language=lang, published=published) if c.kind == "event"]


def test_german_meeting_place_date_and_participants() -> None:
    text = (
        "Bundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten "
        "Emmanuel Macron in Straßburg."
    )
    found = events(text, "de")
    place = [c for c in found if c.place is not None]
    date = [c for c in found if c.date is not None]
    assert place and place[0].event == "meeting" and place[0].place is not None
    assert place[0].place.key == "city:strasbourg"
    assert {a.name for a in place[0].actors} == {"Olaf Scholz", "Emmanuel Macron"}
    assert date and date[0].date is not None and date[0].date.weekday == 1
    assert date[0].location is not None and date[0].location.key == "city:strasbourg"


def test_english_arrival_plan_and_departure() -> None:
    text = (
        "President Emmanuel Macron will arrive in Berlin on Monday. "
        "Macron will leave for Warsaw on Tuesday."
    )
    found = events(text, "en")
    arrival = [c for c in found if c.event == "arrival" and c.place is not None]
    departure = [c for c in found if c.event == "departure" and c.place is not None]
    assert arrival and arrival[0].modality is Modality.PLANNED
    assert arrival[0].place is not None and arrival[0].place.key == "city:berlin"
    assert departure and departure[0].place is not None
    assert departure[0].place.key == "city:warsaw"
    assert departure[0].slots.get("place_role") == "destination"


def test_pronoun_points_to_the_last_person() -> None:
    text = "Die Außenministerin Annalena Baerbock kam am Montag an, bevor sie in Kiew eintraf."
    found = [c for c in events(text, "de") if c.place is not None]
    assert found and all("Annalena Baerbock" in {a.name for a in c.actors} for c in found)


def _triggers_unguarded(text: str, lang: str) -> list[tuple[int, int, str]]:
    """find_triggers as it was written first: the stems' alternation alone, the stems
    sorted for every match."""
    import re

    from factcheck.extract.events import _trigger_pattern

    _, by_stem = _trigger_pattern(lang)
    alts = sorted(by_stem, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(a) + r"[\w]*" for a in alts) + ")", re.I
    )
    exceptions = get_language(lang).events.EVENT_TRIGGER_EXCEPTIONS
    out = []
    for m in pattern.finditer(text):
        word = m.group(1).casefold()
        if word.startswith(exceptions):
            continue
        for stem in sorted(by_stem, key=len, reverse=True):
            if word.startswith(stem):
                out.append((m.start(), m.end(), by_stem[stem]))
                break
    return out


@pytest.mark.parametrize(
    ("text", "lang", "events_found"),
    [
        # a stem begins them, but they announce no event
        ("The report went to the Department of Labor.", "en", []),
        ("Visitors tripled as the signal turned green.", "en", []),
        ("Die Besucher und Reisenden warteten.", "de", []),
        ("The pier is 360 metres long and its meter reads 40.", "en", []),
        # the stems still find their own words
        ("The minister departed and visited the site.", "en", ["departure", "visit"]),
        ("Der Besuch des Kanzlers begann.", "de", ["visit"]),
    ],
)
def test_trigger_exceptions_announce_no_event(
    text: str, lang: str, events_found: list[str]
) -> None:
    from factcheck.extract.events import find_triggers

    assert [t.event for t in find_triggers(text, 0, len(text), lang)] == events_found


@given(
    st.lists(
        st.sampled_from(
            [
                "Treffen",
                "Besucher",
                "Department",
                "traf ein",
                "besuchte",
                "Besuch",
                "met",
                "visited",
                "talks with",
                "Sitzung",
                "ſigned",
                "K",
                " ",
                "-",
                ",",
                "x",
                "Arrived",
                "ÄRZTE",
                "in",
                "ı",
                "İ",
                "ß",
                "Ä",
                "_",
                "2",
                "SS",
                "Ab",
                "REISE",
                "ſtaatsbeſuch",
                "Kamen",
                "é",
            ]
        ),
        max_size=25,
    ),
    st.sampled_from(["de", "en"]),
)
@settings(max_examples=200, deadline=None)
def test_triggers_as_the_plain_alternation_finds_them(parts: list[str], lang: str) -> None:
    from factcheck.extract.events import find_triggers

    text = "".join(parts)
    found = [(t.start, t.end, t.event) for t in find_triggers(text, 0, len(text), lang)]
    assert found == _triggers_unguarded(text, lang)


_PIECES = [
    "a",
    "A",
    "ab",
    "Ab",
    "s",
    "S",
    "ſ",
    "ı",
    "i",
    "I",
    "İ",
    "k",
    "K",
    "ä",
    "Ä",
    "ß",
    "-",
    " ",
]


@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5), max_size=8),
    st.lists(st.sampled_from([*_PIECES, "_", "2", ","]), max_size=30),
)
@settings(max_examples=600, deadline=None)
def test_first_letter_pattern_finds_what_the_plain_alternation_finds(
    stems: list[list[str]], parts: list[str]
) -> None:
    import re

    from factcheck.extract.events import _first_letter_pattern

    alts = sorted({"".join(s).casefold().strip() for s in stems}, key=len, reverse=True)
    alts = [a for a in alts if a]
    fast = _first_letter_pattern(alts) if alts else None
    if fast is None:
        return
    plain = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) + r"[\w]*" for a in alts) + ")", re.I)
    text = "".join(parts)
    want = [(m.span(), m.group(1)) for m in plain.finditer(text)]
    assert [(m.span(), m.group(1)) for m in re.finditer(fast, text)] == want


def test_first_letter_pattern_declines_letters_that_match_each_other() -> None:
    from factcheck.extract.events import _first_letter_pattern

    assert _first_letter_pattern(["ıst", "ist"]) is None
    assert _first_letter_pattern(["ist", "bst"]) is not None
