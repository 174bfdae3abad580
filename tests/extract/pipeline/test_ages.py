"""Whose age an age is (``pipeline.ages``): the kind of person, what befell them, and the
gender the word for them says."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text
from factcheck.extract.pipeline.ages import FATE_PREFIX
from factcheck.load import read_article
from factcheck.models import Claim, Measure
from factcheck.report import report_from


def aged(m: Measure) -> str:
    """An age's key with what befell its person (``fate:dead`` in its content) after it, as
    ``age:boy:dead``: the fate is a facet of the content, no part of the key."""
    fate = next((x.partition(":")[2] for x in m.content if x.startswith(FATE_PREFIX)), None)
    return f"{m.key}:{fate}" if fate and m.key.startswith("age:") else m.key


@pytest.mark.parametrize(
    ("text", "key", "content"),
    [
        ("Es handele sich um eine 58 Jahre alte Bewohnerin.", "age:resident", ("female",)),
        ("Ermittelt wird gegen einen 46 Jahre alten Bewohner.", "age:resident", ("male",)),
        ("Die Fahrerin, eine 58-Jährige, wurde verletzt.", "age:driver", ("female",)),
        ("Die Angeklagte ist 58 Jahre alt.", "age:defendant", ()),  # either gender
    ],
)
def test_a_word_for_a_person_says_their_gender(
    text: str, key: str, content: tuple[str, ...]
) -> None:
    (claim,) = [c for c in extract_text(text, language="de") if c.quantity is not None]
    assert claim.measure is not None
    assert (claim.measure.key, claim.measure.content) == (key, content)


def test_ages_of_a_woman_and_a_man_of_one_kind_are_no_conflict() -> None:
    """A 58-year-old resident (a woman, injured) and a 46-year-old one (a man, suspected):
    two people, whatever their kind shares."""
    texts = (
        "Verletzt wurde eine 58 Jahre alte Bewohnerin.",
        "Die Polizei ermittelt gegen einen 46 Jahre alten Bewohner.",
        "Verletzt wurde eine 68 Jahre alte Bewohnerin.",
    )
    a, b, c = (read_article(t, id=i, language="de") for i, t in zip("abc", texts, strict=True))
    assert report_from([a, b]).discrepancies == ()
    assert len(report_from([a, c]).discrepancies) == 1


def test_one_article_keeps_two_people_of_one_kind_and_two_genders() -> None:
    """A pilot and a woman pilot of one article are two people, each of one age: the
    woman's age is set against another article's age of the woman pilot; two women pilots
    of two ages leave open which one is meant."""
    texts = (
        "Der 54-jährige Pilot landete in Bäumen. Die 29 Jahre alte Pilotin starb.",
        "Die 39-jährige Pilotin starb.",
        "Die 29-jährige Pilotin und die 44 Jahre alte Pilotin wurden verletzt.",
    )
    a, b, c = (read_article(t, id=i, language="de") for i, t in zip("abc", texts, strict=True))
    (finding,) = report_from([a, b]).discrepancies
    assert "29" in finding.explanation and "39" in finding.explanation
    assert report_from([b, c]).discrepancies == ()


@pytest.mark.parametrize(
    ("text", "language", "keys"),
    [
        # the tourist's age stands right before the word; the 58-year-old is no tourist
        (
            "Es handelt sich um einen 76-jährigen Urlauber und um die 58-Jährige aus Bonn.",
            "de",
            {"76-jährigen": "age:tourist", "58-Jährige": "age"},
        ),
        (
            "The victims were a 76-year-old tourist and a 58-year-old from Bonn.",
            "en",
            {"76-year-old": "age:tourist", "58-year-old": "age"},
        ),
        # an age standing alone takes the one kind its sentence names
        ("Bei dem toten Mädchen handelt es sich um eine Zwölfjährige.", "de",
         {"Zwölfjährige": "age:girl:dead"}),
        # else the gender its article and ending say (nouns.AGE_NOUN_FORMS), a child's
        # below the adult age, or the kind the same age had before in the article
        ("Die 67-Jährige wurde leblos aus dem Wasser geborgen.", "de",
         {"67-Jährige": "age:woman:dead"}),
        ("Ein 41-Jähriger und die Zehnjährige wurden leicht verletzt.", "de",
         {"41-Jähriger": "age:man:injured", "Zehnjährige": "age:girl:injured"}),
        ("Ein 15 Jahre alter Schüler wurde verletzt. Der 15-Jährige kam ins Krankenhaus.", "de",
         {"alter": "age:student:injured", "15-Jährige": "age:student:injured"}),
    ],
)  # fmt: skip
def test_an_age_takes_no_kind_another_age_stands_before(
    text: str, language: str, keys: dict[str, str]
) -> None:
    got = {
        c.quote.split()[-1]: aged(c.measure)
        for c in extract_text(text, language=language)
        if c.measure is not None and c.measure.thing == "age"
    }
    assert got == keys


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # what befell the sailor is said in the age's own part of the sentence
        ("Von der Besatzung überlebten 22; der 34 Jahre alte Matrose Ramon Vela kam ums Leben.",
         "de", "age:sailor:dead"),
        ("Twenty-two of the crew survived; the 34-year-old seaman Ramon Vela died.",
         "en", "age:sailor:dead"),
    ],
)  # fmt: skip
def test_a_semicolon_bounds_what_befell_a_person_of_an_age(
    text: str, language: str, key: str
) -> None:
    (age,) = [
        aged(c.measure)
        for c in extract_text(text, language=language)
        if c.measure is not None and c.measure.thing == "age"
    ]
    assert age == key


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("Her 12-year-old son was hurt.", "en", "age:son:injured"),
        ("Ihr zwölfjähriger Sohn wurde verletzt.", "de", "age:son:injured"),
        ("Die Tochter, acht Jahre alt, blieb unverletzt.", "de", "age:daughter"),
        ("A 58-year-old worker was killed.", "en", "age:worker:dead"),
        ("Ein 58 Jahre alter Arbeiter starb.", "de", "age:worker:dead"),
        # a pensioner is a man or a woman of their age
        ("Bei dem Toten handelt es sich um einen 76-jährigen Rentner.", "de", "age:man:dead"),
        ("Eine 87 Jahre alte Seniorin ist gestorben.", "de", "age:woman:dead"),
        # a teacher, in the style of an agency ("The teacher, 47, had run ...")
        ("The teacher, 47, had run the demonstration for years.", "en", "age:teacher"),
        ("The teacher, a 52-year-old who has taught there for 19 years, was hurt.", "en",
         "age:teacher:injured"),
        ("Die 41 Jahre alte Lehrerin hatte den Versuch vorbereitet.", "de", "age:teacher"),
        # each trade a kind of its own
        ("Der 41-jährige Gerüstbauer stammte aus dem Nachbarort.", "de", "age:scaffolder"),
        ("Ein 38 Jahre alter Zimmermann wurde schwer verletzt.", "de",
         "age:carpenter:injured"),
        ("A 44-year-old roofer was hurt.", "en", "age:roofer:injured"),
        # past one adjective or noun before the kind
        ("The victim was a 23-year-old apprentice electrician.", "en", "age:electrician"),
        # a stage's technician, by the word alone or in a compound
        ("Ein 43-jähriger Bühnentechniker kam ums Leben.", "de", "age:technician:dead"),
        ("A 34-year-old lighting technician died.", "en", "age:technician:dead"),
        # whose the boat or the house is
        ("Der 68 Jahre alte Bootsbesitzer kam ums Leben.", "de", "age:owner:dead"),
        ("The 63-year-old owner of the houseboat died.", "en", "age:owner:dead"),
    ],
)  # fmt: skip
def test_sons_daughters_and_workers_are_kinds_of_a_person_of_an_age(
    text: str, language: str, key: str
) -> None:
    """Ages of these kinds are compared across articles ("her 12-year-old son" against
    "her 14-year-old son"), never the ages of no kind."""
    (age,) = [
        aged(c.measure)
        for c in extract_text(text, language=language)
        if c.measure is not None and c.measure.thing == "age"
    ]
    assert age == key


def test_what_a_driver_drove_tells_two_drivers_apart() -> None:
    """ "the train's driver, a 58-year-old man" and "the 44-year-old lorry driver" are two
    people of one kind; an age of a driver with nothing said of what they drove may be
    either's."""
    texts = (
        "The train's driver, a 58-year-old man from Wexbridge, died at the scene.",
        "The 44-year-old lorry driver was interviewed under caution.",
        "The 44-year-old driver was interviewed under caution.",
    )
    a, b, c = (read_article(t, id=i, language="en") for i, t in zip("abc", texts, strict=True))
    assert report_from([a, b]).discrepancies == ()
    (finding,) = report_from([a, c]).discrepancies
    assert "58" in finding.explanation and "44" in finding.explanation


def test_what_a_driver_drove_is_read_from_the_first_part_of_a_compound() -> None:
    """German writes what a driver drove into the word: "der 58 Jahre alte Lokführer" and
    "der 44-jährige Lkw-Fahrer" are two drivers; "der 44 Jahre alte Fahrer" may be
    either."""
    texts = (
        "Der 58 Jahre alte Lokführer starb noch an der Unfallstelle.",
        "Der 44-jährige Lkw-Fahrer wurde von der Polizei befragt.",
        "Der 44 Jahre alte Fahrer wurde von der Polizei befragt.",
    )
    a, b, c = (read_article(t, id=i, language="de") for i, t in zip("abc", texts, strict=True))
    assert report_from([a, b]).discrepancies == ()
    (finding,) = report_from([a, c]).discrepancies
    assert "58" in finding.explanation and "44" in finding.explanation


def test_what_befell_a_person_of_an_age_keeps_two_apart_and_an_age_of_no_fate_may_be_either() -> (
    None
):
    """ "the injured 11-year-old boy" and "a 13-year-old boy" are one boy of two ages; the
    dead boy and the injured boy are two boys; a student quoted is no student hurt."""
    texts = (
        "An 11-year-old boy was seriously injured when the section fell.",
        "A 13-year-old boy was riding through that section at the time.",
        "A 14-year-old boy died at the scene.",
        "„Es ging schnell“, sagte eine 23-jährige Studentin, die am Gleis wartete.",
        "Die schwer verletzte 16-jährige Studentin ist außer Lebensgefahr.",
    )
    langs = ("en", "en", "en", "de", "de")
    a, b, c, d, e = (
        read_article(t, id=i, language=lang)
        for i, t, lang in zip("abcde", texts, langs, strict=True)
    )
    (finding,) = report_from([a, b]).discrepancies
    assert "11" in finding.explanation and "13" in finding.explanation
    assert report_from([a, c]).discrepancies == ()
    assert report_from([d, e]).discrepancies == ()


def test_the_hurt_of_any_degree_or_care_are_one_fate_and_an_age_is_no_part() -> None:
    """ "two of the injured were taken to hospital, *including* a nine-year-old boy" and
    "an 11-year-old boy was *kept in hospital*": one boy of two ages (the hurt, however badly
    and wherever cared for, are one fate; an age is no part of a count)."""
    texts = (
        "Two of the injured were taken to hospital, including a nine-year-old boy who "
        "suffered a head injury.",
        "An 11-year-old boy who was hit on the head was kept in hospital overnight.",
        "Ein schwer verletzter neunjähriger Junge kam in eine Klinik.",
        "Verletzt wurde auch ein elfjähriger Junge.",
    )
    langs = ("en", "en", "de", "de")
    a, b, c, d = (
        read_article(t, id=i, language=lang)
        for i, t, lang in zip("abcd", texts, langs, strict=True)
    )
    (finding,) = report_from([a, b]).discrepancies
    assert "9" in finding.explanation and "11" in finding.explanation
    assert len(report_from([c, d]).discrepancies) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Verletzt wurden ein 13-jähriger Spieler und ein Vater.",
        "Schwer verletzt wurden ein 13 Jahre alter Spieler aus Gundelsheim und ein Vater.",
    ],
)
def test_an_age_before_a_noun_of_no_known_kind_is_of_no_other_kind(text: str) -> None:
    """ "ein 13-jähriger *Spieler* und ein Vater": the age is the player's, a kind no list
    knows, read by its lemma (compared with another article's player), never the father's
    the sentence names."""
    (claim,) = [c for c in extract_text(text, language="de") if c.quote.startswith("13")]
    assert claim.measure is not None and claim.measure.key == "age:lemma:spieler"


def test_the_second_driver_is_another_and_a_driver_of_a_vehicle_is_told_apart() -> None:
    """ "der *zweite* Fahrer, der 58-Jährige" is not "der 63 Jahre alte Fahrer", and "der
    Fahrer *des Sattelzugs*, ein 45-Jähriger" is not "der 36-jährige *Bus*fahrer"; the
    plain driver and the bus driver may be one."""
    texts = (
        "Der 63 Jahre alte Fahrer kam ums Leben.",
        "Der zweite Fahrer, der 58-Jährige, muss noch im Krankenhaus bleiben.",
        "Der Fahrer des Sattelzugs, ein 45-Jähriger, wurde leicht verletzt.",
        "Geprüft wird, ob der 36-jährige Busfahrer abgelenkt war.",
        "The second driver, a 58-year-old man, was injured.",
        "The 45-year-old driver of the lorry was unhurt.",
        "The 36-year-old lorry driver was unhurt.",
    )
    langs = ("de", "de", "de", "de", "en", "en", "en")
    a, b, c, d, e, f, g = (
        read_article(t, id=i, language=lang)
        for i, t, lang in zip("abcdefg", texts, langs, strict=True)
    )
    assert report_from([a, b]).discrepancies == ()
    assert report_from([c, d]).discrepancies == ()
    assert len(report_from([a, d]).discrepancies) == 1
    assert report_from([b, d]).discrepancies == ()
    assert report_from([e, g]).discrepancies == ()
    assert len(report_from([f, g]).discrepancies) == 1


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("The woman who died has been named as Ada Morrow, 77, of Elm Road.", "en",
         "age:woman:dead"),
        ("The driver was identified by police as Tom Hale, 41, from Leeds.", "en",
         "age:driver"),
        ("Police named the pilot on Monday as Tom Hale, 58, of Leeds.", "en", "age:pilot"),
        ("Die tote Frau wurde als Erika Brandt (77) aus Uelzen identifiziert.", "de",
         "age:woman:dead"),
        ("Bei dem verletzten Fahrer handelt es sich um Jan Kock (41).", "de", "age:driver"),
        # a name with no naming words before it: the age is the named person's alone
        ("A neighbour, Tom Hale, 41, said the woman had lived there for years.", "en", "age"),
    ],
)  # fmt: skip
def test_an_age_after_a_name_is_of_the_kind_the_sentence_names_by_it(
    text: str, language: str, key: str
) -> None:
    age = _the_age(text, language)
    assert age.measure is not None
    assert aged(age.measure) == key


def _the_age(text: str, language: str) -> Claim:
    """The one age the text gives."""
    (age,) = [
        c for c in extract_text(text, language=language)
        if c.measure is not None and c.measure.thing == "age"
    ]  # fmt: skip
    return age


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # the kind the article set beside the name before
        ("Tributes were paid to Graham Tolley, the pilot who died. Tolley, 45, was a "
         "father of two.", "en", "age:pilot"),
        ("Getötet wurde Jan Kock, der Fahrer des Lastwagens. Kock (41) stammte aus Uelzen.",
         "de", "age:driver"),
        # none named beside it, or two: the named person's alone
        ("Tributes were paid to Graham Tolley. Tolley, 45, was a father of two.", "en", "age"),
        # set before the name in the age's own sentence, past a comma at most
        ("The search for the boat's skipper, Tom Hale, 54, went on.", "en", "age:captain"),
        ("The ship's master, Tom Hale, 57, was devastated.", "en", "age:captain"),
        ("Der Kapitän Jan Kock (61) wurde gerettet.", "de", "age:captain"),
        # an indefinite article: one of several of that kind
        ("A deckhand, Tom Hale, 54, was rescued.", "en", "age"),
        # a name set after the kind the age is of
        ("The search for the 45-year-old skipper, Tom Hale, went on.", "en", "age:captain"),
        ("Gerettet wurde der 61 Jahre alte Kapitän Jan Kock.", "de", "age:captain"),
    ],
)  # fmt: skip
def test_an_age_of_a_name_takes_the_kind_set_beside_the_name_before(
    text: str, language: str, key: str
) -> None:
    age = _the_age(text, language)
    assert age.measure is not None and age.actors
    assert age.measure.key == key


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # past a short relative clause between the person and the copula
        ("The man who died was 67 and lived nearby.", "en", "age:man"),
        ("The woman who was driving was 45.", "en", "age:woman"),
        # a person and "of" before a bare number
        ("A man of 67 from Tarnbeck died at the scene.", "en", "age:man"),
        ("Der Fahrer war 24 und kam aus Bremen.", "de", "age:driver"),
    ],
)  # fmt: skip
def test_a_bare_number_after_a_person_and_a_copula_or_of_is_their_age(
    text: str, language: str, key: str
) -> None:
    (age,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert age.measure is not None
    assert age.measure.key == key


@pytest.mark.parametrize(
    "text", ["The driver of 2 lorries was hurt.", "The driver of two lorries was hurt."]
)
def test_a_count_after_a_person_and_of_is_no_age(text: str) -> None:
    (count,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert count.measure is not None and count.measure.thing != "age"


def test_a_father_of_three_has_children_no_age() -> None:
    text = "The driver, a 49-year-old father of three from Harbrook, was unhurt."
    ages = [
        (c.quote, c.measure.key)
        for c in extract_text(text, language="en")
        if c.measure is not None and c.measure.thing == "age"
    ]
    assert ages == [("49-year-old", "age:driver")]


def test_of_two_named_people_of_one_kind_one_with_no_fate_is_its_names_alone() -> None:
    """Two crew members named in one article: the one whose fate nothing says is no longer
    of the kind (another article's unnamed deckhand may be either), the rescued one
    stays a sailor rescued."""
    text = (
        "The body of crewman Tom Hale, 38, was flown home. The youngest survivor, "
        "21-year-old deckhand Sean Ferris, was rescued by the lifeboat."
    )
    ages = {
        c.quantity.nominal: aged(c.measure)
        for c in extract_text(text, language="en")
        if c.measure is not None and c.measure.thing == "age" and c.quantity is not None
    }
    assert ages == {38.0: "age", 21.0: "age:sailor:rescued"}


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        # a relative after a possessive is someone else: the age is the noun's own
        ("Der 71-Jährige führt das Unternehmen heute gemeinsam mit seinem Sohn.", "age:man", None),
        # after a semicolon, the one person the sentence named before it
        (
            "Es war 1987 von Walter Kessler eröffnet worden; der 71-Jährige führt es heute.",
            "age:man",
            "Walter Kessler",
        ),
        # opening a sentence, the person who opened the sentence before
        ("Jan Kock gewann das Rennen. Der 23-Jährige lief zum dritten Mal.", "age:man", "Jan Kock"),
    ],
)  # fmt: skip
def test_an_age_standing_as_a_noun_is_its_own_person_and_the_one_named_before(
    text: str, key: str, name: str | None
) -> None:
    age = _the_age(text, "de")
    assert age.measure is not None and age.measure.key == key
    assert [a.name for a in age.actors] == ([name] if name else [])


def test_an_age_of_a_pronoun_is_of_the_one_kind_the_sentence_before_names() -> None:
    age = _the_age(
        "Bei dem Todesopfer handelt es sich um einen Matrosen aus Emden. Er war 43 Jahre alt.",
        "de",
    )
    assert age.measure is not None and age.measure.key == "age:sailor"
    # a sentence before that names no kind gives none
    other = _the_age("Es war ein schwerer Unfall. Er war 43 Jahre alt.", "de")
    assert other.measure is not None and other.measure.key == "age"


def test_an_age_of_one_brought_out_is_of_no_fate() -> None:
    """Brought out, hurt or unhurt: compared with the injured woman of another article."""
    age = _the_age("Eine 79-Jährige wurde von der Feuerwehr ins Freie gebracht.", "de")
    assert age.measure is not None and aged(age.measure) == "age:woman"


def test_ages_of_a_noun_no_list_knows_are_compared_by_its_lemma() -> None:
    a = read_article("Eine 47-jährige Tierpflegerin wurde verletzt.", id="a", language="de")
    b = read_article("Die 41 Jahre alte Tierpflegerin erlitt Brandwunden.", id="b", language="de")
    (finding,) = report_from([a, b]).discrepancies
    assert "47" in finding.explanation and "41" in finding.explanation
    # a name after the age is no noun of a kind
    (named,) = [c for c in extract_text("Der 23-jährige Kelvin Kiptum gewann.", language="de")]
    assert named.measure is not None and named.measure.key == "age" and named.actors


def test_a_kind_after_another_age_in_a_list_is_that_ages() -> None:
    """ "eine 45-Jährige ... und ein 62 Jahre alter Fahrer": the driver is the 62-year-old,
    the 45-year-old a woman, by her own word."""
    text = (
        "Drei Menschen starben: ein 71 Jahre alter Berliner, eine 45-Jährige aus der Region "
        "und ein 62 Jahre alter Fahrer aus Polen."
    )
    ages = {
        c.quantity.nominal: c.measure.key
        for c in extract_text(text, language="de")
        if c.measure is not None and c.measure.thing == "age" and c.quantity is not None
    }
    assert ages[45.0] == "age:woman" and ages[62.0] == "age:driver"


def test_a_named_person_quoted_is_a_witness_of_the_kind_no_victim() -> None:
    """ "said resident Tom Hale, 35": a resident who speaks, never set against the
    72-year-old resident who died."""
    age = _the_age('"It was terrifying," said resident Tom Hale, 35.', "en")
    assert age.measure is not None and aged(age.measure) == "age:resident:speaker"
    a = read_article('"It was terrifying," said resident Tom Hale, 35.', id="a", language="en")
    b = read_article("A 72-year-old resident died in the fire.", id="b", language="en")
    assert report_from([a, b]).discrepancies == ()
