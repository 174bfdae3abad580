"""How a figure stands, by the cue words of its clause (``figure_cues``)."""

from __future__ import annotations

import pytest

from factcheck.extract.figure_cues import (
    fraction_before,
    in_projection,
    is_current,
    is_each,
    is_earlier_figure,
    is_increment,
    is_occurrence,
    is_part,
    is_peak,
    is_running,
    is_total,
    list_label_end,
    names_its_count,
    names_segment,
    part_or_total,
    reaches_level,
    scope_before,
    tells_of_another_event,
)
from factcheck.lang.concepts import ALL_SCOPE, PART_SCOPE


@pytest.mark.parametrize(
    ("text", "number", "language", "reached"),
    [
        ("The death toll rose to 14 on Friday.", "14", "en", True),
        ("Die Zahl der Toten stieg auf 14.", "14", "de", True),
        ("Die Zahl der Toten ist auf 14 gestiegen.", "14", "de", True),
        ("Officials went to 14 villages.", "14", "en", False),
        ("Two more bodies were found, bringing the death toll to five.", "five", "en", True),
        ("Twelve people were brought to 3 hospitals.", "3", "en", False),
        ("16 kamen ums Leben.", "16", "de", False),
    ],
)
def test_the_level_a_change_reached(text: str, number: str, language: str, reached: bool) -> None:
    """ "the death toll rose to 14": the toll names what 14 counts, as a noun would."""
    at = text.index(number)
    assert reaches_level(text, at, at + len(number), language) is reached


@pytest.mark.parametrize(
    ("text", "language", "peak"),
    [
        ("At its peak, the outage left 310,000 customers without power.", "en", True),
        ("Zu Spitzenzeiten waren 80.000 Haushalte ohne Strom.", "de", True),
        ("Some 180,000 customers remained in the dark.", "en", False),
    ],
)
def test_a_peak_cue_gives_the_highest_level(text: str, language: str, peak: bool) -> None:
    assert is_peak(text, 0, len(text), language) is peak


@pytest.mark.parametrize(
    ("text", "number", "language", "added"),
    [
        ("weitere 15.000 Menschen", "15.000", "de", True),
        # the rest of a set
        ("die übrigen drei Geiseln", "drei", "de", True),
        ("the remaining three hostages", "three", "en", True),
        # what is left after a loss
        ("die verbliebenen sechs Felder der Brücke", "sechs", "de", True),
        ("im letzten Jahr 11 Milliarden Euro", "11", "de", False),
        ("800 weitere Soldaten", "800", "de", True),
        ("20 more people", "20", "en", True),
        ("15.000 Menschen", "15.000", "de", False),
    ],
)
def test_an_increment_word_next_to_a_number_adds_it(
    text: str, number: str, language: str, added: bool
) -> None:
    at = text.index(number)
    assert is_increment(text, at, at + len(number), language) is added


@pytest.mark.parametrize(
    ("text", "language", "scope"),
    [
        ("In Frankfurt allein fielen 600 Flüge aus.", "de", PART_SCOPE),
        ("In Arequipa province alone, 21 people died.", "en", PART_SCOPE),
        ("Insgesamt fielen 1100 Flüge aus.", "de", ALL_SCOPE),
        ("Together the fires destroyed 12,000 buildings.", "en", ALL_SCOPE),
        ("1100 Flüge fielen aus.", "de", None),
    ],
)
def test_a_part_cue_wins_over_a_total_cue(text: str, language: str, scope: str | None) -> None:
    assert part_or_total(text, 0, len(text), language) == scope
    assert is_part(text, 0, len(text), language) is (scope == PART_SCOPE)
    assert is_total(text, 0, len(text), language) is (scope == ALL_SCOPE)


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        # one alone said of a day is the day's whole, not a part of the story
        ("Some 2,400 flights were cancelled on Friday alone.", "en", False),
        ("Allein am Freitag fielen 300 Flüge aus.", "de", False),
        # of a place, it is a part, whatever day follows
        ("More than 3,000 flights were cancelled in the United States alone on Friday.", "en",
         True),
        ("Allein in Frankfurt fielen am Freitag 300 Flüge aus.", "de", True),
    ],
)  # fmt: skip
def test_one_alone_of_a_day_is_no_part(text: str, language: str, part: bool) -> None:
    assert is_part(text, 0, len(text), language) is part


@pytest.mark.parametrize(
    ("text", "language", "average"),
    [
        ("Im Schnitt kamen die Betriebe auf 43 Dezitonnen je Hektar.", "de", True),
        ("Wages averaged $31 an hour.", "en", True),
        ("On average, 52 bushels were harvested.", "en", True),
        ("Beim Roggen kamen die Betriebe auf 41 Dezitonnen je Hektar.", "de", False),
        # what an ordinary day brings is a norm, no figure of the event
        ("An einem normalen Wintermorgen zählt das Präsidium 30 bis 40 Unfälle.", "de", True),
        ("The state typically records about 140 cases a year.", "en", True),
        # a word of a name is no cue
        ("The Dow Jones Industrial Average fell 1,034 points.", "en", False),
    ],
)
def test_an_average_cue_makes_an_average(text: str, language: str, average: bool) -> None:
    from factcheck.extract.figure_cues import is_average

    assert is_average(text, 0, len(text), language) is average


@pytest.mark.parametrize(
    ("text", "lang", "segment"),
    [
        ("The health care sector added 68,000 jobs.", "en", True),
        ("Sales at its hardware division fell 3%.", "en", True),
        ("Die Baubranche verlor 12.000 Stellen.", "de", True),
        ("Im Gesundheitssektor entstanden 68.000 Stellen.", "de", True),
        ("US employers added 272,000 jobs.", "en", False),
        ("Die Wirtschaft verlor 48.000 Stellen.", "de", False),
        # a word that only contains one ("insectors") is none
        ("Inspectors found 40 violations.", "en", False),
    ],
)
def test_a_sector_named_before_a_figure_makes_it_a_part(
    text: str, lang: str, segment: bool
) -> None:
    at = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert names_segment(text, 0, at, lang) is segment


def test_a_paragraph_that_gives_a_projection_makes_its_figures_projections() -> None:
    text = (
        "Laut der Hochrechnung von 18.45 Uhr kam die CDU auf 30,5 Prozent.\n\n"
        "Die Grünen lagen bei 8,3 Prozent. Das reichte nach der Hochrechnung.\n\n"
        "Das Endergebnis: Die SPD kam auf 27,9 Prozent."
    )
    for number, projected in (("30,5", True), ("8,3", True), ("27,9", False)):
        assert in_projection(text, text.index(number), "de") is projected, number


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("Die Zahl der Toten stieg auf 95.", "de", True),
        ("Number of arrests at the rally: 95", "en", True),
        ("The number of arrests rose to 95.", "en", True),
        ("Arrests rose to 95.", "en", False),
    ],
)
def test_a_count_named_before_its_figure_is_read_in_any_case(
    text: str, language: str, named: bool
) -> None:
    """A count named by "the number of" counts that thing, also at a line's start."""
    assert names_its_count(text, 0, len(text), language) is named


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("By comparison, the 2019 storm killed 12 people.", "en", True),
        ("The last storm to cause such outages left 1.3 million in the dark.", "en", True),
        ("Zum Vergleich: 2014 blieb der Rhein 19 Tage gesperrt.", "de", True),
        # "then": the time the sentence before named, another event's
        ("Damals starben zwei Menschen, 23 wurden verletzt.", "de", True),
        ("Back then, 23 people were injured.", "en", True),
        # the story's own figures
        ("The storm left 400,000 homes in the dark.", "en", False),
        ("Der Rhein bleibt mindestens drei Tage gesperrt.", "de", False),
    ],
)
def test_a_sentence_set_beside_another_event_tells_of_it(text: str, lang: str, other: bool) -> None:
    """ "By comparison, ...", "Zum Vergleich: ...": its figures are another event's."""
    assert tells_of_another_event(text, 0, lang) is other


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("- Leipzig: 480 Stellen", "- Leipzig"),
        ("- Leipzig: rund 620 Stellen", "- Leipzig"),  # the figure's hedge before it
        ("Total: about 1,450 jobs", "Total"),
        ("Beginn: Montag, 4. November", None),  # a word, then no number
        ("Ursache: ein Kabelbrand im Jahr 2019", None),
        ("- Leipzig:\n620 Stellen", "- Leipzig"),
        ("- Leipzig: rund\n620 Stellen", None),  # a hedge stands on its figure's line
        ("Wahlkreis 3: 1037 Stimmen", None),  # a digit in the label
    ],
)
def test_a_list_line_label_is_followed_by_its_figure(line: str, label: str | None) -> None:
    end = list_label_end(line, 0)
    assert (None if end is None else line[:end]) == label


@pytest.mark.parametrize(
    ("text", "language", "current"),
    [
        ("Bislang wurden 27 Schafe getötet.", "de", True),
        ("Inzwischen mussten 310 Menschen ihre Häuser verlassen.", "de", True),
        ("Die Zahl der bislang erfassten Fälle stieg auf 40.", "de", True),
        # the cue is said of the superlative after it, not of the count
        ("Bei dem bislang schwersten Übergriff wurden 27 Schafe getötet.", "de", False),
        ("Es ist der bisher größte Einsatz mit 400 Kräften.", "de", False),
    ],
)
def test_a_running_cue_before_a_superlative_is_the_superlative_s(
    text: str, language: str, current: bool
) -> None:
    assert is_current(text, 0, len(text), language) is current
    assert is_running(text, 0, len(text), language) is current


@pytest.mark.parametrize(
    ("text", "language", "occurrence"),
    [
        ("Diesmal wurden acht Schafe getötet.", "de", True),
        ("This time eight sheep were killed.", "en", True),
        ("Eight sheep were killed.", "en", False),
    ],
)
def test_this_time_gives_one_occurrence_s_figure(
    text: str, language: str, occurrence: bool
) -> None:
    assert is_occurrence(text, 0, len(text), language) is occurrence


@pytest.mark.parametrize(
    ("text", "number", "language", "each"),
    [
        ("two fatal accidents, each killing two people", "two people", "en", True),
        ("the two towers each held 40 people", "40", "en", True),
        ("zwei Unfälle mit jeweils zwei Toten", "zwei Toten", "de", True),
        ("je zwei Tote", "zwei Tote", "de", True),
        # a partitive after the word counts the whole; no word right before: none
        ("Each of 12 miners received a medal.", "12", "en", False),
        ("Each year 20 people die on the road.", "20", "en", False),
        ("each crash was bad, and 12 people died", "12", "en", False),
        ("Je nach Lage kamen 200 Menschen.", "200", "de", False),
    ],
)  # fmt: skip
def test_a_figure_after_each_is_one_of_several(
    text: str, number: str, language: str, each: bool
) -> None:
    """ "*each* killing two people": the figure of each of several things, never a total."""
    assert is_each(text, text.index(number), language) is each


def test_a_figure_after_each_is_kept_apart_from_a_total() -> None:
    from factcheck import extract_text

    (c,) = [
        c
        for c in extract_text("There were two crashes, each killing two people.", language="en")
        if c.quote == "two people"
    ]
    assert c.measure is not None and "scope:each" in c.measure.scope


@pytest.mark.parametrize(
    ("text", "number", "language", "scope"),
    [
        ("All but one have since been released.", "one", "en", "scope:subset"),
        ("Alle bis auf 2 sind entlassen.", "2", "de", "scope:subset"),
        ("two crashes, each killing two people", "two people", "en", "scope:each"),
        # "bis auf" alone is "up to"
        ("Das Wasser stieg bis auf 5 Meter.", "5", "de", None),
        ("Two have since been released.", "Two", "en", None),
    ],
)  # fmt: skip
def test_the_words_right_before_a_figure_give_its_scope(
    text: str, number: str, language: str, scope: str | None
) -> None:
    """ "*All but* one have been released": those left out, a part of the group."""
    assert scope_before(text, text.index(number), language) == scope


@pytest.mark.parametrize(
    ("text", "number", "language", "scope"),
    [
        ("Each train had six cars and was carrying roughly 450 passengers.", "roughly 450",
         "en", "scope:each"),
        ("Jeder Zug war mit rund 450 Fahrgästen besetzt.", "rund 450", "de", "scope:each"),
        # its first clause only
        ("Each barge was loaded with soybeans, and its crew of eight was tested.", "eight",
         "en", None),
        ("The train was carrying roughly 450 passengers.", "roughly 450", "en", None),
    ],
)  # fmt: skip
def test_a_sentence_opened_by_each_gives_each_one_s_figures(
    text: str, number: str, language: str, scope: str | None
) -> None:
    assert scope_before(text, text.index(number), language, 0) == scope


@pytest.mark.parametrize(
    ("text", "figure", "language", "part"),
    [
        ("Half of the penalty, about $6.25 million, goes to customers.", "about", "en", True),
        ("Die Hälfte der Strafe, rund 6,25 Millionen Euro, geht an die Kunden.", "rund", "de",
         True),
        ("Half of the victims, 12 people, were children.", "12", "en", True),
        # a part of a time is no part of a figure
        ("In the first half of the year, 300 people died.", "300", "en", False),
        ("For half an hour, 200 people were trapped.", "200", "en", False),
        # a pronoun's fraction restated as a share is the share itself
        ("More than two thirds of it, 68 per cent, lies on the left bank.", "68", "en", False),
    ],
)  # fmt: skip
def test_a_figure_restating_a_fraction_of_a_whole_is_a_part(
    text: str, figure: str, language: str, part: bool
) -> None:
    at = text.index(figure)
    assert fraction_before(text, at, language) is part
    assert (part_or_total(text, 0, len(text), language, at) == PART_SCOPE) is part


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # to a comma past the words the time opens, or to the clause's end
        ("nach neun Stunden frei, teils ohne Heizung", "nach neun Stunden frei"),
        ("After two hours, the crew were trapped", "After two hours, the crew were trapped"),
    ],
)  # fmt: skip
def test_the_words_a_time_elapsed_opens_end_at_a_comma_past_them(text: str, kept: str) -> None:
    from factcheck.extract.figure_cues import elapsed_end

    end = text.index("Stunden") + 7 if "Stunden" in text else text.index("hours") + 5
    assert text[: elapsed_end(text, end, len(text))] == kept


def test_a_total_cue_before_another_number_is_that_numbers() -> None:
    text = "It fell across all four lanes and struck three vehicles."
    at = text.index("three")
    assert part_or_total(text, 0, len(text), "en", at) is None
    # right before the figure it is the figure's
    own = "Across all 40 lanes the traffic stopped."
    assert part_or_total(own, 0, len(own), "en", own.index("40")) == ALL_SCOPE


@pytest.mark.parametrize(
    ("text", "quote", "language", "earlier"),
    [
        ("41 Tote, nach zuvor 12 am Vormittag.", "12", "de", True),
        ("Die Zahl stieg auf 41, zuvor 30.", "30", "de", True),
        # an adverb of a perfect's verb: when it happened, no earlier figure
        ("Das Schiff hatte zuvor 2.800 Tonnen Benzin entladen.", "2.800", "de", False),
        ("The ship had previously unloaded 2,800 tonnes of fuel.", "2,800", "en", False),
    ],
)
def test_a_cue_of_an_earlier_figure_after_a_perfect_auxiliary_is_the_verbs(
    text: str, quote: str, language: str, earlier: bool
) -> None:
    assert is_earlier_figure(text, text.index(quote), language) is earlier
