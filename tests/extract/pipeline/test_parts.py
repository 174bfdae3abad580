"""A party's part of a body: the bare number before the seats a body has (``parts``)."""

from __future__ import annotations

import pytest

from factcheck import extract_text


def _measures(text: str, language: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {
        c.quote: (c.measure.key, c.measure.scope) if c.measure else (None, ())
        for c in extract_text(text, language=language, published="2024-07-05")
        if c.quantity is not None
    }


@pytest.mark.parametrize(
    ("text", "language", "part", "holder"),
    [
        ("Labour took 412 of the 650 seats.", "en", "412", "labour"),
        ("The Conservatives won 121 of 650 seats.", "en", "121", "conservatives"),
        ("Die CDU erhielt 41 der 120 Sitze.", "de", "41", "cdu"),
        ("Die CDU erhielt 41 von 120 Sitzen.", "de", "41", "cdu"),
    ],
)
def test_a_part_of_the_seats_a_body_has_is_the_seats_its_holder_won(
    text: str, language: str, part: str, holder: str
) -> None:
    measures = _measures(text, language)
    assert measures[part] == ("seat", (holder,))
    # the whole is what the body has
    (whole,) = [q for q in measures if q != part]
    assert measures[whole][0] == "capacity"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The party won 52 of 151 seats.", "52"),  # whose, is not said
        ("Labour won 412 seats and 33.7 percent of 650 votes cast.", "33.7 percent"),
    ],
)
def test_a_part_with_no_holder_or_no_whole_right_after_it_stays_bare(text: str, part: str) -> None:
    key, scope = _measures(text, "en")[part]
    assert key != "seat" or scope == ()


@pytest.mark.parametrize(
    ("text", "language", "quote", "key"),
    [
        ("Firefighters evacuated 46 guests and staff from the hotel.", "en", "46 guests",
         "evacuated"),
        ("Zwölf Schüler und Mitarbeiter wurden verletzt.", "de", "Zwölf Schüler", "injured"),
        # another clause's harm is no second kind of people
        ("The blast killed three workers and injured dozens more.", "en", "three workers",
         "dead:employee"),
        ("Four workers and a pedestrian were killed.", "en", "Four workers", "dead:employee"),
    ],
)  # fmt: skip
def test_people_of_two_kinds_together_are_counted_as_people(
    text: str, language: str, quote: str, key: str
) -> None:
    """ "46 guests and staff" were evacuated: the people evacuated, of whatever kind."""
    assert _measures(text, language)[quote][0] == key


@pytest.mark.parametrize(
    ("text", "language", "quote", "joint"),
    [
        ("Russia fired more than 200 missiles and drones.", "en", "more than 200 missiles", True),
        ("Russland griff mit mehr als 200 Raketen und Drohnen an.", "de",
         "mehr als 200 Raketen", True),
        # one kind, or people of two kinds, or homes and businesses an outage counts alike
        ("Russia fired 127 missiles and 109 drones.", "en", "127 missiles", False),
        ("Some 300 police officers and firefighters were deployed.", "en",
         "Some 300 police officers", False),
        ("The storm left 400,000 homes and businesses without power.", "en",
         "400,000 homes", False),
        # a noun outside the lexicon heading a list of single nouns counts them all
        ("In der Halle waren etwa 40 Spieler, Trainer und Betreuer.", "de",
         "etwa 40 Spieler", True),
        ("About 40 players, coaches and staff were in the rink.", "en", "About 40 players",
         True),
        # but not a list of counts
        ("Es waren 18 Spieler, drei Trainer und zwei Betreuer da.", "de", "18 Spieler",
         False),
        # nor what one mass is made of
        ("Rund 3.000 Kubikmeter Erde, Geröll und Baumstämme rutschten ab.", "de",
         "Rund 3.000 Kubikmeter", False),
    ],
)  # fmt: skip
def test_a_count_of_two_kinds_of_things_together_is_a_joint_count(
    text: str, language: str, quote: str, joint: bool
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert claim.measure is not None
    assert ("scope:joint" in claim.measure.scope) is joint


@pytest.mark.parametrize(
    ("text", "language", "part", "key"),
    [
        ("Twelve of the 30 injured were taken to hospital.", "en", "Twelve", "hospitalised"),
        ("Three of the injured later died.", "en", "Three", "dead"),
        ("Five of the injured were in critical condition.", "en", "Five", "seriously_injured"),
        ("Zwölf der 30 Verletzten kamen ins Krankenhaus.", "de", "Zwölf", "hospitalised"),
        ("Drei der Verletzten starben später.", "de", "Drei", "dead"),
        ("Fünf der Verletzten schweben in Lebensgefahr.", "de", "Fünf", "seriously_injured"),
        # past the whole's own harm right after its noun
        ("Two of the 11 people taken to hospital were in critical condition.", "en", "Two",
         "seriously_injured"),
        ("Four of the nine crew are confirmed dead and one remains missing.", "en", "Four",
         "dead"),
    ],
)  # fmt: skip
def test_a_part_of_a_harmed_set_counts_what_its_clause_says_befell_it(
    text: str, language: str, part: str, key: str
) -> None:
    # "five of the injured in critical condition" and "three of the injured died" are
    # two parts, not two counts of injured to compare; each stays a part
    assert _measures(text, language)[part] == (key, ("scope:subset",))


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("Five of the injured were children.", "en", "Five"),
        ("Fünf der Verletzten sind Kinder.", "de", "Fünf"),
    ],
)
def test_a_part_whose_clause_names_no_other_harm_keeps_the_whole_s(
    text: str, language: str, part: str
) -> None:
    # (of the kind its verb of being names: injured children)
    assert _measures(text, language)[part] == ("injured:child", ("scope:subset",))


def _key(text: str, language: str, quote_start: str) -> str | None:
    (claim,) = [
        c
        for c in extract_text(text, language=language, published="2025-08-07")
        if c.quote.startswith(quote_start)
    ]
    return claim.measure.key if claim.measure else None


@pytest.mark.parametrize(
    ("text", "language", "quote", "key"),
    [
        # the people after a place noun live there: the role of the clause is not theirs
        (
            "Officials expect 150,000 visitors to pour into the county of about 12,000 residents.",
            "en",
            "about 12,000",
            "inhabitant",
        ),
        (
            "Castleford, a town of 2,900 people, was evacuated on Monday.",
            "en",
            "2,900",
            "inhabitant",
        ),
        (
            "Tausende Besucher strömten in die Gemeinde mit 3.000 Einwohnern.",
            "de",
            "3.000",
            "inhabitant",
        ),
        ("Die Kreisstadt mit 12.000 Menschen wurde geräumt.", "de", "12.000", "inhabitant"),
        # a possessive after "with"/"mit" makes them the holder's people, whatever its name
        (
            "Ebersfield, with its 4,800 residents, has been without water for days.",
            "en",
            "4,800",
            "inhabitant",
        ),
        (
            "Ebersfelde mit seinen rund 4.800 Einwohnern ist seit Tagen ohne Wasser.",
            "de",
            "rund 4.800",
            "inhabitant",
        ),
        # without a place noun before them the role stays
        ("About 1,200 residents were evacuated.", "en", "About 1,200", "evacuated"),
        ("Rund 1.200 Einwohner mussten evakuiert werden.", "de", "Rund 1.200", "evacuated"),
        ("Der Zug mit 80 Fahrgästen entgleiste.", "de", "80", "passenger"),
    ],
)
def test_people_counted_after_a_place_noun_are_its_population(
    text: str, language: str, quote: str, key: str
) -> None:
    assert _key(text, language, quote) == key


@pytest.mark.parametrize(
    ("text", "language", "quote", "key"),
    [
        # what befell the whole, said in its own noun phrase, is its
        ("Two of the nine miners trapped in the colliery were rescued.", "en", "nine miners",
         "trapped:employee"),
        ("Four of the 14 people taken to hospital remain there.", "en", "14", "hospitalised"),
        ("Zwei der fünf verletzten Tiere wurden eingeschläfert.", "de", "fünf",
         "injured:lemma:tier"),
        # the verb of the clause is the part's
        ("150 of the village's 1,800 residents were killed.", "en", "1,800", "inhabitant"),
        ("150 der 1.800 Einwohner starben.", "de", "1.800", "inhabitant"),
        # "all of" them is no part: the whole takes the verb
        ("All of the school's 520 students were evacuated.", "en", "520", "evacuated:student"),
        ("Alle der 80 Bewohner wurden evakuiert.", "de", "80", "evacuated"),
        # a set the sentence opens with: its relative clause or its place on board names
        # what befell it, the main clause's verb is the part's
        ("Of the 104 people who fell ill, 23 were hospitalized.", "en", "104", "case"),
        ("Of the 30 people who were injured, 12 were hospitalized.", "en", "30", "injured"),
        ("Of the 30 people on board, 12 were injured.", "en", "30", "aboard"),
        # or treated: all those cared for, of whom some stayed in hospital
        ("Of the 27 employees treated, five were still in hospital.", "en", "27",
         "treated:employee"),
        ("Among the 40 injured were three children.", "en", "40", "injured"),
        ("Von den 104 Menschen, die erkrankten, mussten 23 ins Krankenhaus.", "de", "104",
         "case"),
        ("Von den 30 Menschen an Bord wurden zwölf verletzt.", "de", "30", "aboard"),
        # past no relative clause, the verb after the noun is the part's
        ("Von den 1800 Einwohnern starben 150.", "de", "1800", "inhabitant"),
        ("Of the 1,800 residents, 150 were killed.", "en", "1,800", "inhabitant"),
    ],
)  # fmt: skip
def test_a_whole_takes_the_harm_its_own_noun_phrase_names(
    text: str, language: str, quote: str, key: str
) -> None:
    assert _key(text, language, quote) == key


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        ("Von ihren 14 Besatzungsmitgliedern konnten neun geborgen werden.", "de", "14"),
        ("Of its 14 crew, nine were rescued.", "en", "14"),
    ],
)
def test_a_set_owned_by_whom_the_sentence_is_about_is_a_whole(
    text: str, language: str, quote: str
) -> None:
    """ "Von *ihren* 14 Besatzungsmitgliedern", "Of *its* 14 crew": all of them, whom a
    part is taken from, and the figure after the comma is that part."""
    claims = [c for c in extract_text(text, language=language) if c.quantity is not None]
    (whole,) = [c for c in claims if c.quote.startswith(quote)]
    assert whole.measure is not None and "scope:whole" in whole.measure.scope
    (part,) = [c for c in claims if c is not whole]
    assert part.measure is not None and "scope:subset" in part.measure.scope


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        ("The vessel is one of three ferries serving the island.", "en", "three"),
        ("Die Fähre ist eine von drei Fähren der Insel.", "de", "drei"),
    ],
)
def test_the_set_one_of_a_number_is_taken_from_is_a_whole(
    text: str, language: str, quote: str
) -> None:
    """ "one of three ferries": all the ferries, never set against "one ferry out of
    action" as a count of them."""
    (whole,) = [
        c for c in extract_text(text, language=language) if c.quantity and c.quote.startswith(quote)
    ]
    assert whole.measure is not None and "scope:whole" in whole.measure.scope


def _state(
    text: str, language: str, quote_start: str
) -> tuple[str | None, str | None, tuple[str, ...]]:
    (claim,) = [
        c
        for c in extract_text(text, language=language, published="2025-09-16")
        if c.quote.startswith(quote_start)
    ]
    assert claim.measure is not None
    return claim.measure.key, claim.measure.state, claim.measure.scope


@pytest.mark.parametrize(
    ("text", "language", "quote", "key", "state", "scope"),
    [
        # a bare part of a counted whole of things counts those things, and the clause's
        # verb befell the part: all the things in that state, no part of another count
        (
            "Thirty-one of the train's 112 cars left the tracks.",
            "en",
            "Thirty-one",
            "lemma:car",
            "derailed",
            (),
        ),
        (
            "31 der 112 Waggons sprangen aus den Gleisen.",
            "de",
            "31",
            "carriage",
            "derailed",
            (),
        ),
        ("It shot down 102 of the 127 missiles.", "en", "102", "missile", "destroyed", ()),
        # with no state the part stays a part of the set named
        (
            "Five of the company's 20 stores were in the city.",
            "en",
            "Five",
            "lemma:store",
            None,
            ("scope:subset",),
        ),
        # a whole of no number too
        (
            "The chain has closed 32 of its restaurants in two states.",
            "en",
            "32",
            "lemma:restaurant",
            "closed",
            (),
        ),
        # the whole's number in words too
        (
            "Only two of the stadium's six gates were open.",
            "en",
            "two",
            "lemma:gate",
            None,
            ("scope:subset",),
        ),
        (
            "Nur drei der sechs Tore waren geöffnet.",
            "de",
            "drei",
            "lemma:tor",
            None,
            ("scope:subset",),
        ),
        # a part of people takes the role of its clause, as before
        (
            "Three of the 40 passengers were hurt.",
            "en",
            "Three",
            "injured",
            None,
            ("scope:subset",),
        ),
    ],
)
def test_a_bare_part_of_a_counted_whole_counts_its_things(
    text: str, language: str, quote: str, key: str, state: str | None, scope: tuple[str, ...]
) -> None:
    assert _state(text, language, quote) == (key, state, scope)


@pytest.mark.parametrize(
    ("text", "quote", "language", "subset"),
    [
        # a threshold after the noun keeps only the things above it
        ("The USGS has registered at least 15 aftershocks of magnitude 4.5 or greater.",
         "15", "en", True),
        ("The IGP said it had recorded more than 120 aftershocks.", "120", "en", False),
        ("Der Erdbebendienst registrierte 15 Nachbeben der Stärke 4 und mehr.", "15", "de",
         True),
        ("Es gab 12 Nachbeben mit einer Stärke von mindestens 4,5.", "12", "de", True),
        ("Es gab 120 Nachbeben.", "120", "de", False),
    ],
)  # fmt: skip
def test_a_threshold_after_the_noun_makes_a_subset(
    text: str, quote: str, language: str, subset: bool
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.measure is not None
    assert ("scope:subset" in claim.measure.scope) is subset


@pytest.mark.parametrize(
    ("text", "quote", "language", "part"),
    [
        # a cue that lists the parts after the whole makes no part of the whole
        ("The storm killed 12 people, including a child.", "12", "en", False),
        ("The bridge is about 1,900 feet long in total including its approach spans.",
         "1,900", "en", False),
        ("Bei dem Unglück starben 12 Menschen, darunter ein Kind.", "12", "de", False),
        ("Etwa 30 Fahrgäste trugen Verletzungen davon.", "30", "de", False),
        # right after its number, or before it, it does
        ("Es gab 31 Verletzte, 15 davon schwer.", "15", "de", True),
        ("The storm killed 12 people, including three children.", "three", "en", True),
    ],
)  # fmt: skip
def test_a_list_of_parts_after_a_whole_leaves_it_whole(
    text: str, quote: str, language: str, part: bool
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.measure is not None
    assert ("scope:part" in claim.measure.scope) is part


@pytest.mark.parametrize(
    ("text", "lang", "key", "subset"),
    [
        ("Two injured people died in hospital on Thursday.", "en", "dead", True),
        ("Five wounded soldiers died of their injuries.", "en", "dead:soldier", True),
        ("Four injured workers suffered severe burns.", "en", "seriously_injured:employee", False),
        ("Zwei Verletzte starben später im Krankenhaus.", "de", "dead", True),
        ("Vier Verletzte erlitten schwere Verbrennungen.", "de", "seriously_injured", False),
        ("14 Verletzte wurden ins Klinikum gebracht.", "de", "hospitalised", False),
        # the trapped and the missing who were rescued or found dead
        ("Drei Verschüttete wurden lebend geborgen.", "de", "rescued", False),
        ("Five trapped miners were rescued on Thursday.", "en", "rescued:employee", False),
        ("Two missing hikers were found dead.", "en", "dead:lemma:hiker", True),
        # another figure between: the later harm is that figure's
        ("Bei dem Unfall gab es 40 Verletzte und drei Tote.", "de", "injured", False),
        ("The crash left 40 injured and three dead.", "en", "injured", False),
    ],
)
def test_people_named_by_a_harm_count_what_befell_them_later(
    text: str, lang: str, key: str, subset: bool
) -> None:
    """ "two injured people died": dead, a part of the dead (others died at once); "Vier
    Verletzte erlitten schwere Verbrennungen": the seriously injured, all of them injured."""
    claim = next(c for c in extract_text(text, language=lang) if c.measure and c.quantity)
    assert claim.measure is not None
    assert claim.measure.key == key
    assert ("scope:subset" in claim.measure.scope) is subset


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Four of the dead were minors.", "en", "dead:child"),
        ("Two of the dead were foreigners.", "en", "dead:lemma:foreigner"),
        ("Drei der Toten waren Kinder.", "de", "dead:child"),
        ("Zwei der Verletzten waren Feuerwehrleute.", "de", "injured:firefighter"),
        # no noun right after the verb: what befell the part, as before
        ("Twelve of the injured were taken to hospital.", "en", "hospitalised"),
        # a role word after the verb is what befell the part, no kind
        ("Three of the passengers were hurt.", "en", "injured"),
    ],
)
def test_a_part_of_the_harmed_said_to_be_a_kind_counts_that_kind(
    text: str, lang: str, key: str
) -> None:
    """ "Four of the dead were minors": dead minors, a part of the dead, not to be set
    against "two of the dead were foreigners" (the packs' ``nouns.PART_COPULAS``)."""
    claim = next(c for c in extract_text(text, language=lang) if c.measure and c.quantity)
    assert claim.measure is not None
    assert claim.measure.key == key
    assert "scope:subset" in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("| Children among dead | 13 |", "dead:child"),
        ("Children among dead: 13", "dead:child"),
        ("Dead: 21", "dead"),
    ],
)
def test_a_label_that_names_a_kind_of_people_counts_that_kind(text: str, key: str) -> None:
    """A bare count of harmed people in a list or table line is of the kind its label
    names: "Children among dead" are dead children, never the toll."""
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "language", "quote", "part"),
    [
        # picked by where it lies (``nouns.POSITION_WORDS``): some of the floors, no size
        ("The crane's arm tore through the roof and upper two floors.", "en", "two floors", True),
        ("Die oberen zwei Stockwerke brannten aus.", "de", "zwei Stockwerke", True),
        ("The bodies of the last two missing residents were recovered.", "en",
         "two missing residents", True),
        ("The arm hit a six-story office building.", "en", "six-story", False),
        ("Two floors of the building burned out.", "en", "Two floors", False),
        # of a unit of a site named by a letter or a number: that unit's, a part
        ("Nachts sind für die 180 Gefangenen im Hafthaus B vier Bedienstete im Dienst.", "de",
         "180 Gefangenen", True),
        ("The 40 inmates in Block C refused to return to their cells.", "en", "40 inmates",
         True),
        ("On Tuesday, 140 inmates from Unit C were transferred.", "en", "140 inmates", True),
        ("Derzeit sitzen dort 488 Gefangene ein.", "de", "488 Gefangene", False),
        # or of a plant's unit, named in the genitive
        ("Für die rund 180 Beschäftigten der Papiermaschine 2 ruht die Arbeit.", "de",
         "rund 180 Beschäftigten", True),
        ("Die Papierfabrik ist mit 420 Beschäftigten ein großer Arbeitgeber.", "de",
         "420 Beschäftigten", False),
        ("The 40 inmates in the new block refused to return.", "en", "40 inmates", False),
        # still in hospital (``figures.STILL_CUES`` on ``concepts.STILL_CONCEPTS``): the
        # rest of those taken there
        ("All three people who remained in hospital on Sunday are in stable condition.",
         "en", "three people", True),
        ("Two people are still in hospital.", "en", "Two people", True),
        ("Zwei Verletzte liegen noch im Krankenhaus.", "de", "Zwei Verletzte", True),
        ("Twelve people were taken to hospital.", "en", "Twelve people", False),
    ],
)  # fmt: skip
def test_a_count_picked_by_position_or_left_over_is_a_part(
    text: str, language: str, quote: str, part: bool
) -> None:
    assert ("scope:subset" in _measures(text, language)[quote][1]) is part


@pytest.mark.parametrize(
    ("text", "quote", "whole"),
    [
        ("The co-op employs 42 people.", "42 people", True),
        ("The plant employs about 1,800 workers.", "about 1,800 workers", True),
        ("Fourteen employees were at the facility at the time.", "Fourteen employees", False),
        # a prison holds its inmates: all of them
        (
            "The facility, which held roughly 1,850 inmates, remained on lockdown.",
            "roughly 1,850 inmates",
            True,
        ),
        ("About 120 inmates had joined in.", "About 120 inmates", False),
    ],
)
def test_a_workforce_is_all_of_a_body_s_employees(text: str, quote: str, whole: bool) -> None:
    """ "employs 42 people" is the whole workforce, which those at work one morning are
    part of (``concepts.WHOLE_SCOPE``)."""
    assert ("scope:whole" in _measures(text, "en")[quote][1]) is whole
