"""Clock times of events: the time, its hedge as minutes, its zone and the moment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.clock import (
    _cover,
    clock_events,
    find_clocks,
    first_reports,
    ticker_stamp,
)
from factcheck.models import Claim


def _clocks(text: str, language: str) -> list[Claim]:
    return [c for c in extract_text(text, language=language) if c.kind == "clock"]


@pytest.mark.parametrize(
    ("text", "language", "event", "clock", "zone"),
    [
        ("The old pier gave way shortly after 1:30 a.m.", "en", "collapse", (90, 105), None),
        # "shortly after" a full hour reaches 20 minutes past it
        ("The roof came down shortly after 9 a.m.", "en", "collapse", (540, 560), None),
        # a word with "ß" is found as written ("Zusammenstoß" folds to "zusammenstoss")
        ("Der Zusammenstoß hatte sich gegen 6.40 Uhr ereignet.", "de", "crash", (397, 403), None),
        ("Die Kollision ereignete sich gegen 4.40 Uhr.", "de", "crash", (277, 283), None),
        (
            "The rocket blew up shortly after its 7:42 a.m. liftoff.",
            "en",
            "start",
            (462, 462),
            None,
        ),
        ("The rocket blew up at 7:44 a.m.", "en", "explosion", (464, 464), None),
        ("The hall came down around 2 a.m. on Friday.", "en", "collapse", (110, 130), None),
        ("The ferry capsized at 10:22 p.m.", "en", "capsize", (1342, 1342), None),
        ("The blast happened shortly after 2 p.m.", "en", "explosion", (840, 860), None),
        ("Der Notruf ging gegen 3.40 Uhr ein.", "de", "alarm", (217, 223), None),
        ("Firefighters were alerted at 4:05 a.m.", "en", "alarm", (245, 245), None),
        # a ship's call for help is the alarm, too
        ("The crew sent a mayday at 1:27 a.m.", "en", "alarm", (87, 87), None),
        ("The captain issued a distress call at 9:10 p.m.", "en", "alarm", (1270, 1270), None),
        ("Die Besatzung setzte um 1.27 Uhr ein Notsignal ab.", "de", "alarm", (87, 87), None),
        # the moment a fire or a crash was reported
        ("Das Feuer war gegen 2.40 Uhr gemeldet worden.", "de", "alarm", (157, 163), None),
        ("Der Brand wurde gegen 2.40 Uhr gemeldet.", "de", "alarm", (157, 163), None),
        ("The fire was reported at about 2:40 a.m.", "en", "alarm", (157, 163), None),
        # first reported, detected, alerted to: the moment it was noticed
        (
            "The leak was first reported at 12:20 p.m., when a worker smelled gas.",
            "en",
            "alarm",
            (740, 740),
            None,
        ),
        ("The attack was detected shortly after 3:30 a.m.", "en", "alarm", (210, 225), None),
        (
            "The first alert was raised by monitoring software at 5:30 a.m.",
            "en",
            "alarm",
            (330, 330),
            None,
        ),
        ("Der Brand wurde erstmals gegen 2.40 Uhr gemeldet.", "de", "alarm", (157, 163), None),
        ("The quake struck at 03:05 GMT.", "en", "strike", (185, 185), "UTC"),
        ("The glider left the airfield at 8 a.m. local time.", "en", "start", (480, 480), "local"),
        ("Die Brücke stürzte gegen 17 Uhr ein.", "de", "collapse", (1010, 1030), None),
        ("Um 7.30 Uhr setzten sich die Busse in Bewegung.", "de", "start", (450, 450), None),
        ("Das Boot kenterte kurz nach 2.50 Uhr.", "de", "capsize", (170, 175), None),
        # a fire starting: its outbreak
        (
            "At 3:52 p.m., a transformer at the substation caught fire.",
            "en",
            "outbreak",
            (952, 952),
            None,
        ),
        ("Der Transformator geriet gegen 15.50 Uhr in Brand.", "de", "outbreak", (947, 953), None),
        ("Der Zug entgleiste gegen 12.15 Uhr.", "de", "derailment", (730, 740), None),
        # a verb whose particle closes the clause
        ("Das Feuer brach gegen 1.50 Uhr im Keller aus.", "de", "outbreak", (107, 113), None),
        ("Die Brücke brach um 17 Uhr zusammen.", "de", "collapse", (1020, 1020), None),
        # a strike's start; an acronym in brackets does not end the clause
        (
            "Um 4 Uhr legten die Lokführer der Bahn (WEB) die Arbeit nieder.",
            "de",
            "start",
            (240, 240),
            None,
        ),
        ("Workers walked off the job at 6 a.m.", "en", "start", (360, 360), None),
        (
            "Am Samstag ist kurz nach 7 Uhr ein Fernbus verunglückt.",
            "de",
            "crash",
            (420, 440),
            None,
        ),
        # a flood's crest
        ("Ihren Scheitel erreichte die Mosel gegen 9 Uhr.", "de", "crest", (530, 550), None),
        ("The river crested at about 2 a.m.", "en", "crest", (110, 130), None),
        (
            "The twister touched down at about 7:40 p.m. Monday.",
            "en",
            "touchdown",
            (1177, 1183),
            None,
        ),
        ("The wreck erupted shortly before 9 a.m.", "en", "start", (520, 540), None),
        # a venue opening its doors
        (
            "Punkt 11 Uhr öffneten sich die Türen der Messehallen.",
            "de",
            "opening",
            (660, 660),
            None,
        ),
        # a levee or a dam failing
        ("The levee breached around 5 a.m. Tuesday.", "en", "collapse", (290, 310), None),
        ("Der Deich ist gegen 5 Uhr gebrochen.", "de", "collapse", (290, 310), None),
        # a vehicle veering off, its verb split around the time
        ("Der Bus kam gegen 5.40 Uhr von der Fahrbahn ab.", "de", "crash", (337, 343), None),
        # an alarm raised, also at the end of a compound
        (
            "Der Brandmeldealarm ging gegen 5.40 Uhr bei der Leitstelle ein.",
            "de",
            "alarm",
            (337, 343),
            None,
        ),
        (
            "Gegen 15.20 Uhr alarmierten Mitarbeiter den Rettungsdienst.",
            "de",
            "alarm",
            (917, 923),
            None,
        ),
        # or skidding: the crash begins
        (
            "Der Lkw kam gegen 5.50 Uhr auf glatter Fahrbahn ins Rutschen.",
            "de",
            "crash",
            (347, 353),
            None,
        ),
        # a call for help and the crews it called out
        ("The group leader called 911 at 3:40 p.m.", "en", "alarm", (940, 940), None),
        ("Firefighters were called at 2.17am.", "en", "alarm", (137, 137), None),
        ("Die Feuerwehr wurde um 2.17 Uhr gerufen.", "de", "alarm", (137, 137), None),
        # a vehicle driven into people
        (
            "Um 15.20 Uhr ist ein Oldtimer in die Zuschauer gefahren.",
            "de",
            "crash",
            (920, 920),
            None,
        ),
        ("A car ploughed into spectators at 3:20 p.m.", "en", "crash", (920, 920), None),
        # vehicles driven into each other, a structure that fell onto something
        (
            "Gegen 13.30 Uhr fuhren nacheinander 38 Fahrzeuge ineinander.",
            "de",
            "crash",
            (803, 817),
            None,
        ),
        ("The gantry fell onto the carriageway at 4.35pm.", "en", "collapse", (995, 995), None),
        # a vehicle running into another, its particle closing the clause or not
        ("Der Bus war um 5.40 Uhr auf einen Lkw geprallt.", "de", "crash", (340, 340), None),
        ("Der Bus fuhr gegen 6.10 Uhr auf einen Lkw auf.", "de", "crash", (367, 373), None),
        ("The outage began at 9:10 a.m. London time.", "en", "start", (550, 550), "UK"),
        # when something was noticed, and the all-clear
        ("Das Fehlen der Männer fiel um 5.45 Uhr auf.", "de", "discovery", (345, 345), None),
        ("Die Flucht sei erst um 7.45 Uhr bemerkt worden.", "de", "discovery", (465, 465), None),
        ("Die IT bemerkte den Angriff um 22 Uhr.", "de", "discovery", (1320, 1320), None),
        ("Die Lawine war gegen 12.40 Uhr abgegangen.", "de", "slide", (757, 763), None),
        ("Der Strom fiel um 3.12 Uhr aus.", "de", "outage", (192, 192), None),
        ("The power went out at 3:12 a.m.", "en", "outage", (192, 192), None),
        ("The empty cell was discovered at 5:45 a.m.", "en", "discovery", (345, 345), None),
        ("Um 14.25 Uhr gab die Stadt Entwarnung.", "de", "all_clear", (865, 865), None),
        ("The bomb was defused at 2:25 p.m.", "en", "all_clear", (865, 865), None),
        # a warning lifted is its all-clear, also beside the evacuation it ends
        (
            "At 2:25 p.m. the agency declared the threat over and let people leave evacuation "
            "centres.",
            "en",
            "all_clear",
            (865, 865),
            None,
        ),
        ("The agency cancelled the warning at 2:25 p.m.", "en", "all_clear", (865, 865), None),
        ("Um 14.25 Uhr wurde die Warnung aufgehoben.", "de", "all_clear", (865, 865), None),
        ("The FAA issued a ground stop at 8:05 p.m.", "en", "start", (1205, 1205), None),
        # a fire's end, not the start named before it
        (
            "The fire that erupted before dawn was declared under control at 1:40 p.m.",
            "en",
            "contained",
            (820, 820),
            None,
        ),
        ("Der Brand war um 13.40 Uhr unter Kontrolle.", "de", "contained", (820, 820), None),
        # an evacuation; a British time with a dot
        ("The school was evacuated at 10.15am.", "en", "evacuation", (615, 615), None),
        ("Gegen 10.15 Uhr wurde die Schule evakuiert.", "de", "evacuation", (610, 620), None),
        # a demand's highest point
        ("Tuesday's demand peaked at 6:45 p.m.", "en", "peak", (1125, 1125), None),
        ("Die Last erreichte um 18.45 Uhr ihren Höhepunkt.", "de", "peak", (1125, 1125), None),
        # a roof that gave way, two paragliders that touched, a pipe an excavator damaged
        ("Das Dach hatte kurz nach 11.30 Uhr nachgegeben.", "de", "collapse", (690, 705), None),
        # a boat that blew up
        (
            "Gegen 21.30 Uhr flog dort ein Hausboot in die Luft.",
            "de",
            "explosion",
            (1283, 1297),
            None,
        ),
        # a tent that fell in on itself
        ("Das Zelt war um 16.20 Uhr in sich zusammengefallen.", "de", "collapse", (980, 980), None),
        ("Die Schirme berührten sich gegen 13.20 Uhr.", "de", "crash", (797, 803), None),
        (
            "Ein Bagger hatte gegen 10.25 Uhr eine Gasleitung beschädigt.",
            "de",
            "damage",
            (622, 628),
            None,
        ),
        ("An excavator ruptured a gas main at 10:25 a.m.", "en", "damage", (625, 625), None),
        # rock that fell ("gestürzt", "Felssturz")
        (
            "Gegen 10.40 Uhr sind Felsmassen auf die Strecke gestürzt.",
            "de",
            "collapse",
            (637, 643),
            None,
        ),
        ("Der Felssturz ereignete sich um 11.40 Uhr.", "de", "collapse", (700, 700), None),
        # lightning striking ("eingeschlagen", "Blitzeinschlag"), as a quake strikes
        ("Der Blitz war gegen 16.50 Uhr eingeschlagen.", "de", "strike", (1007, 1013), None),
        # a crane that toppled, ice that broke under skaters; "kurz nach" is no "nach" of a
        # past event
        ("Der Kran war kurz nach 16 Uhr umgestürzt.", "de", "crash", (960, 980), None),
        ("The crane toppled at about 2:20 p.m.", "en", "crash", (857, 863), None),
        ("Das Kind war gegen 14.30 Uhr eingebrochen.", "de", "collapse", (863, 877), None),
        ("The girl fell through the ice at 2:30 p.m.", "en", "collapse", (870, 870), None),
        # masts that buckled; a fire alarm system
        ("Gegen 5.40 Uhr knickten elf Masten um.", "de", "collapse", (337, 343), None),
        ("Die Brandmeldeanlage hatte um 2.17 Uhr ausgelöst.", "de", "alarm", (137, 137), None),
        ("The fire alarm went off at 2:17 a.m.", "en", "alarm", (137, 137), None),
        # a tram that left the rails; an aircraft that went down
        ("The tram left the rails at 8:12 a.m.", "en", "derailment", (492, 492), None),
        ("The helicopter went down at about 11:05 a.m.", "en", "crash", (662, 668), None),
        # a vessel running aground
        (
            "Das Schiff war gegen 22 Uhr auf eine Kiesbank gelaufen.",
            "de",
            "grounding",
            (1310, 1330),
            None,
        ),
        ("The barge ran aground at about 4:30 a.m.", "en", "grounding", (263, 277), None),
        (
            "The wagon ran on before hitting the buffers at 6:51 a.m.",
            "en",
            "strike",
            (411, 411),
            None,
        ),
        # a fire that started, told in the perfect
        (
            "Gegen 17.40 Uhr hat der hintere Wagen Feuer gefangen.",
            "de",
            "outbreak",
            (1057, 1063),
            None,
        ),
        # an apposition between the verb and its time
        (
            "The blaze started in a flat of Kestrel House, a 24-storey council block, shortly "
            "after 11:40 p.m.",
            "en",
            "start",
            (1420, 1425),
            None,
        ),
    ],
)
def test_a_clock_time_with_its_moment(
    text: str, language: str, event: str, clock: tuple[int, int], zone: str | None
) -> None:
    (c,) = _clocks(text, language)
    assert c.event == event
    assert c.date is not None
    assert c.date.clock == clock
    assert c.date.zone == zone


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The briefing is at 3 p.m. in the town hall.", "en"),
        ("Die Pressekonferenz beginnt morgen.", "de"),
        ("Die Sprecherin zog gegen 18.40 Uhr eine erste Bilanz.", "de"),
        ("The first report came in at 6:34 p.m.", "en"),  # a first report: no subject
        # the time a count is given as of is no moment of the event
        ("No injury was reported as of 10 a.m.", "en"),
        ("Der Brand brach nach Angaben der Feuerwehr aus, Stand 10 Uhr.", "de"),
        # a split verb's particle must end the clause
        ("Die Polizei brach um 17 Uhr die Suche ab, der Einsatz ging weiter.", "de"),
        # rescuers breaking through rubble: no collapse
        ("Rescue teams broke through the last of the rubble at about 4 p.m.", "en"),
        # a moment behind the sentence, past a day's possessive and a modifier
        ("The highway reopened shortly before 2 a.m. on Friday after being closed for "
         "nine hours following Thursday's multi-vehicle crash.", "en"),
    ],
)  # fmt: skip
def test_a_time_with_no_moment_is_no_claim(text: str, language: str) -> None:
    assert _clocks(text, language) == []


def test_each_moment_takes_its_nearest_time() -> None:
    """ "lost contact at 9:45 a.m. ... alerted the harbour at 5:40 p.m.": only 9:45 is the
    loss of contact."""
    text = "The boat lost contact at 9:45 a.m. and the crew alerted the harbour at 5:40 p.m."
    (c,) = _clocks(text, "en")
    assert c.event == "contact_lost" and c.date is not None and c.date.clock == (585, 585)


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Die ersten Meldungen gingen am Montag ein.", "de", "ersten Meldungen"),
        ("Die ersten Vögel hatten Anwohner am Montag gemeldet.", "de", "ersten ... gemeldet"),
        ("The first dead birds were reported on Monday.", "en", "first ... reported"),
    ],
)
def test_a_first_word_and_a_later_report_word_make_a_first_report(
    text: str, language: str, span: str
) -> None:
    ((start, end),) = first_reports(text, 0, len(text), language)
    first, _, last = span.partition(" ... ")
    assert text[start:].startswith(first)
    assert text[:end].endswith(last or first)


def test_no_first_report_without_both_words() -> None:
    assert first_reports("The first train left on Monday.", 0, 31, "en") == []
    assert first_reports("Die Polizei meldete am Montag erste Zahlen.", 0, 43, "de") == []


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        # midnight ends its day: "shortly before midnight" is late that evening ("by
        # midnight", a deadline, is any time up to it)
        ("By midnight, 120 firefighters were at the scene.", "en", 0, 1440),
        ("It derailed shortly before midnight.", "en", 1420, 1440),
        ("The vote was due at noon.", "en", 720, 720),
        ("Gegen Mitternacht waren 120 Einsatzkräfte vor Ort.", "de", 1430, 1450),
        # an hour in words ("kurz vor sechs Uhr"), past noon when "abends" follows
        ("Der Lkw war kurz vor sechs Uhr umgekippt.", "de", 340, 360),
        ("Das Feuer brach gegen acht Uhr abends aus.", "de", 1190, 1210),
        ("Der Zug entgleiste um ein  Uhr.", "de", 60, 60),
        # the half hour before ("halb fünf" is 4.30), never the hour after it
        ("Das Feuer war gegen halb fünf Uhr morgens entdeckt worden.", "de", 263, 277),
    ],
)
def test_a_word_for_a_clock_time_is_one(text: str, language: str, low: int, high: int) -> None:
    (cm,) = find_clocks(text, 0, len(text), language)
    assert (cm.low, cm.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "language", "event"),
    [
        ("Gegen 22.50 Uhr traf eine Böe die Bühne, Sekunden später stürzte das Dach ein.", "de",
         "collapse"),
        ("At 10:15 p.m. the wind picked up sharply, and seconds later the roof collapsed.",
         "en", "collapse"),
        # no such words: the next clause's moment is not the time's
        ("Gegen 22.50 Uhr traf eine Böe die Bühne, am Morgen stürzte das Dach ein.", "de",
         None),
    ],
)  # fmt: skip
def test_a_moment_told_right_after_a_clock_time_is_its_moment(
    text: str, language: str, event: str | None
) -> None:
    """ "Sekunden später": the clause after a clock time's tells its moment when it opens
    with a word of the pack's ``events.SOON_AFTER`` and its own clause names none."""
    clocks = find_clocks(text, 0, len(text), language)
    idx = SentenceIndex(text, 0, len(text), language)
    assert clock_events(text, clocks, idx.clause, language) == [event]


def test_words_for_clock_times_are_sought_only_where_a_word_they_share_stands() -> None:
    """The window test of the words for clock times asks for the few words they share
    ("uhr" for "sechs Uhr" and "halb acht Uhr"), not for one word of each."""
    assert _cover(["sechs uhr", "halb acht uhr abends", "mitternacht"]) == ("uhr", "mitternacht")
    assert _cover(["fünf"]) is None
    text = "Gegen halb fünf Uhr brach das Feuer aus. " + "Drei Menschen wurden verletzt. " * 5
    assert [text[c.start : c.end] for c in find_clocks(text, 0, len(text), "de")] == [
        "Gegen halb fünf Uhr"
    ]


def test_a_time_by_which_something_happened_holds_any_earlier_time() -> None:
    """ "brought under control *by* 9:30 p.m.": at 9:30 or before (the pack's
    ``events.CLOCK_HEDGES``), so "contained at 8 p.m." lies within it."""
    text = "The fire was brought under control by 9:30 p.m."
    (cm,) = find_clocks(text, 0, len(text), "en")
    assert (cm.low, cm.high, cm.hedge) == (0, 1290, "by")


@given(st.integers(1, 12), st.sampled_from([0, 5, 15, 22, 30, 45]))
def test_a_hedged_time_always_contains_the_time_written(hour: int, minute: int) -> None:
    for hedge in ("", "around ", "shortly after ", "shortly before "):
        text = f"It began {hedge}{hour}:{minute:02d} p.m."
        (cm,) = find_clocks(text, 0, len(text), "en")
        at = (hour % 12 + 12) * 60 + minute
        assert cm.low <= at <= cm.high


@pytest.mark.parametrize(
    ("text", "language", "event"),
    [
        ("The plane lost contact at 10:50 a.m. and crashed near the runway.", "en",
         "contact_lost"),
        ("Die Brücke stürzte gegen 17 Uhr ein und begrub drei Autos.", "de", "collapse"),
    ],
)  # fmt: skip
def test_an_event_word_after_a_joiner_is_not_the_times(
    text: str, language: str, event: str
) -> None:
    """ "lost contact at 10:50 a.m. and crashed": the crash is no moment of 10:50."""
    (c,) = _clocks(text, language)
    assert c.event == event


@pytest.mark.parametrize(
    ("line", "lang", "minutes"),
    [
        ("7.30 Uhr: Erste Zahlen der Polizei.", "de", 450),
        ("+++ 16:15 Uhr +++ Neue Zahlen.", "de", 975),
        ("4:15 p.m. - Police confirm one death.", "en", 975),
        ("10:05 a.m. | The road reopens.", "en", 605),
        ("Um 7.30 Uhr: nichts.", "de", None),  # a hedge word: a sentence, no stamp
        ("7.30 Uhr begann der Einsatz.", "de", None),  # no separator
        ("5-10 a.m. were the worst hours.", "en", None),
        ("Police said at 4:15 p.m. - nothing.", "en", None),
    ],
)
def test_a_live_ticker_entry_opens_with_its_clock_time(
    line: str, lang: str, minutes: int | None
) -> None:
    stamp = ticker_stamp(line, 0, len(line), lang)
    assert (stamp.low if stamp else None) == minutes


def test_a_relative_clause_with_its_own_moment_is_no_apposition() -> None:
    """ "Von dem Feuerwehrmann, *der* in der Nacht *kenterte*, fehlt bis heute jede Spur":
    the German relative pronoun is an article, but a clause with a moment word of its own
    is no apposition the time after it reads back past."""
    text = (
        "Von dem Feuerwehrmann, der in der Nacht mit einem Boot kenterte, fehlt bis heute "
        "jede Spur."
    )
    (c,) = [c for c in extract_text(text, language="de") if c.quote == "bis heute"]
    assert c.event is None
