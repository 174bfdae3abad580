"""What a number counts: lemmas, compounds, measure words, content."""

from __future__ import annotations

import re

import pytest

from factcheck.extract.nouns import analyse, find_counted_noun


def counted(text: str, lang: str) -> tuple[str, str | None, tuple[str, ...], tuple[str, ...]]:
    noun = find_counted_noun(text, 0, len(text), lang)
    assert noun is not None, text
    return noun.head, noun.concept, noun.modifiers, noun.content


@pytest.mark.parametrize(
    ("text", "head", "concept"),
    [
        (" verletzte Polizisten wurden", "Polizist", "police_officer"),
        (" Schiffen und Flugzeugen", "Schiff", "ship"),
        # kinds of ship by what they carry ("Frachter", "Tanker")
        (" Frachter kollidierten", "Frachter", "ship"),
        (" Tanker lagen vor Anker", "Tanker", "ship"),
        (" Kampfpanzer vom Typ", "Panzer", "tank"),
        (" Frachtcontainer mit Getreide", "Container", "container"),
        (" Stück Munition", "Munition", "shell"),
        (" Gäste besuchten das Fest", "Gast", "visitor"),  # guests of a fair are visitors
        # a flight is a trip, no aircraft; a computer by either word
        (" Flüge wurden gestrichen", "Flug", "flight"),
        (" Windows-Rechner fielen aus", "Rechner", "computer"),
        # deaths of a disease are deaths; a suspicion is no confirmed case
        (" Todesfälle wurden gemeldet", "Todesfall", "dead"),
        (" Verdachtsfälle wurden gemeldet", "Verdachtsfall", "suspected_case"),
        # a train's trip and a cancelled train are trains; a water station is no job
        (" Zugfahrten fielen aus", "Zugfahrt", "train"),
        (" Zugausfälle zählte die Bahn", "Zugausfall", "train"),
        # an airport's movements are flights
        (" Starts und Landungen wurden gestrichen", "Start", "flight"),
        (" Flugbewegungen wurden gestrichen", "Flugbewegung", "flight"),
        (" Wasserstellen gab es", "Wasserstelle", None),
        (" Bruchstellen im Deich", "Bruchstelle", None),
        (" Arbeitsstellen fallen weg", "Stelle", "job"),
        # the gender-neutral word for a company's staff
        (" Mitarbeitende beschäftigt der Verbund", "Mitarbeitende", "employee"),
        # "Mann" before a collective noun counts its members ("vier Mann Besatzung")
        (" Mann Besatzung lag im Hafen", "Besatzung", "crew"),
    ],
)
def test_german_heads(text: str, head: str, concept: str) -> None:
    h, c, _, _ = counted(text, "de")
    assert (h, c) == (head, concept)


def test_german_compound_modifier_drops_the_linking_s() -> None:
    _, _, mods, _ = counted(" Schiffscontainer mit Weizen", "de")
    assert mods == ("Schiff",)


def test_german_content_after_mit() -> None:
    _, _, _, content = counted(" Container mit Munition und Waffen", "de")
    assert content == ("Munition", "Waffe")


def test_lowercase_verb_is_no_noun() -> None:
    assert find_counted_noun(" verhaftet worden", 0, 17, "de") is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (" BMA members voted in the ballot", "member"),
        (" soldiers wounded in the attack", "soldier"),
        (" local operators run reef and snorkel tours", "operator"),
        (" workers say they were not paid", "worker"),
    ],
)
def test_a_verbs_form_after_a_plural_ends_the_noun(text: str, head: str) -> None:
    """ "47,600 members *voted*": the verb is no compound's head."""
    assert counted(text, "en")[0] == head


@pytest.mark.parametrize(
    ("text", "head", "concept"),
    [
        (" shipping containers of grain", "container", "container"),
        (" trawlers sank", "trawler", "ship"),
        # a cargo plane as often as a ship
        (" freighters were grounded", "freighter", None),
        (" Ukrainian soldiers were", "soldier", "soldier"),
        (" rounds of artillery ammunition", "ammunition", "shell"),
        (" people joined the march", "people", "person"),
        # an open compound the pack names counts its own thing, not its head's
        (" rescue workers arrived", "worker", "rescue_worker"),
        (" asylum seekers arrived", "seeker", "asylum_seeker"),
        (" police were deployed", "police", "police_officer"),
        (" guests visited the fair", "guest", "visitor"),
        (" flights were cancelled", "flight", "flight"),
        (" Windows computers crashed", "computer", "computer"),
        (" suspected cases were reported", "case", "suspected_case"),
        (" illnesses in seven states", "illness", "case"),
    ],
)
def test_english_heads(text: str, head: str, concept: str) -> None:
    h, c, _, _ = counted(text, "en")
    assert (h, c) == (head, concept)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a preposition, conjunction or pronoun after the noun ends its group
        (" people between the two villages", "people"),
        (" people once it reaches full capacity", "people"),
        (" people like him were detained", "people"),
        (" soldiers whose task was", "soldier"),
        (" parties together won the vote", "party"),
        # a capitalised word after the noun opens another phrase
        (" buildings Turkish officials said were destroyed", "building"),
        # an irregular past form is a verb, as "-ed" ones are
        (" people thought to be displaced", "people"),
        (" people known to have died", "people"),
        (" people ate death cap mushrooms", "people"),
        (" people die on the roads each year", "people"),
        # an acronym is no stop word, whatever it spells
        (" US soldiers were deployed", "soldier"),
        (" IT workers lost their jobs", "worker"),
    ],
)
def test_english_noun_group_ends_at_a_function_word(text: str, head: str) -> None:
    h, _, _, _ = counted(text, "en")
    assert h == head


@pytest.mark.parametrize("text", [" between 2002 and 2023", " plus interest", " once it opens"])
def test_english_function_word_after_a_unit_is_no_noun(text: str) -> None:
    """After "8.2 billion euros" or "$2 billion": no noun of its own, no subject."""
    assert find_counted_noun(text, 0, len(text), "en") is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (" seriously injured people were flown out", "people"),
        (" seriously.", None),
        (" slightly injured", None),
        # after the noun an adverb ends the group
        (" people reportedly died", "people"),
    ],
)
def test_an_english_adverb_after_a_number_is_no_noun(text: str, head: str | None) -> None:
    """ "three *slightly* injured", "two *seriously*": the adverb counts nothing."""
    found = find_counted_noun(text, 0, len(text), "en")
    assert (found.head if found is not None else None) == head


@pytest.mark.parametrize(
    ("text", "measure", "head"),
    [
        # a measure names its material after the partitive word
        (" of cocaine were seized", True, "cocaine"),
        (" of international cargo worth $80 billion", True, "cargo"),
        (" of the drug", True, None),  # a determiner opens another phrase
        # a count does not: "12 of the 40 victims" are the victims' part
        (" of cocaine", False, None),
    ],
)
def test_a_measure_names_its_material_after_a_partitive_word(
    text: str, measure: bool, head: str | None
) -> None:
    """ "312 kilograms *of* cocaine": the figure measures cocaine."""
    found = find_counted_noun(text, 0, len(text), "en", measure)
    assert (found.head if found is not None else None) == head


def test_english_verb_after_number_is_no_noun() -> None:
    assert find_counted_noun(" died in the attack", 0, 19, "en") is None
    assert find_counted_noun(" killed and 900 injured", 0, 23, "en") is None


def test_analyse_is_cached_and_stable() -> None:
    assert analyse("Artilleriegranaten", "de") == analyse("Artilleriegranaten", "de")
    assert analyse("Artilleriegranaten", "de")[2] == "shell"


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("contractors", None),  # no tractor
        ("leadership", None),  # no ship
        ("townships", None),
        ("playgrounds", None),  # no rounds of ammunition
        ("antibodies", None),
        ("suitcases", None),  # no cases of an illness
        ("nonvoters", None),
        ("battleships", "ship"),  # a first part the pack lists
        ("counterattacks", "attack"),
        ("lifeboats", "boat"),  # a head the pack does not restrict
        ("schoolchildren", "child"),
    ],
)
def test_english_words_ending_in_a_head_are_no_compound_of_it(
    word: str, concept: str | None
) -> None:
    assert analyse(word, "en")[2] == concept


def test_german_compounds_split_on_every_head() -> None:
    assert analyse("Frachtschiffe", "de")[2] == analyse("Schiffe", "de")[2] is not None


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("Haushaltsausschuss", None),  # a committee, no shot
        ("Zuschüsse", None),
        ("Verkehrsunfälle", None),  # accidents, no cases
        ("Baustellen", None),  # no posts
        ("Einflüsse", None),  # no river ("Einfluß" folds to "einfluss")
        ("Bundesländer", "state"),  # states, no countries
        ("Grundstücke", None),
        ("Ortschaften", None),  # the suffix -schaft, no prison term
        ("Mannschaften", None),
        ("Untersuchungshaft", "prison_term"),
        ("Nachbarländer", "country"),
        ("Krankheitsfälle", "case"),
        ("Arbeitsstellen", "job"),
        ("Grenzflüsse", "river"),
        # the cars of a train by either word; a police car or a lorry is none
        ("Waggons", "carriage"),
        ("Kesselwagen", "carriage"),
        ("Streifenwagen", None),
        ("Lastwagen", "truck"),
    ],
)
def test_german_endings_that_only_look_like_a_head(word: str, concept: str | None) -> None:
    assert analyse(word, "de")[2] == concept


def test_a_lemma_with_sharp_s_is_split_where_its_folded_form_is() -> None:
    lem, head, _, mods = analyse("Grenzfluß", "de")
    assert (head, mods) == ("Fluss", ("Grenz",)) and lem == "Grenzfluß"


@pytest.mark.parametrize(
    ("word", "concept", "modifier"),
    [
        ("Hochwassertoten", "dead", "Hochwasser"),
        ("Unfallverletzten", "injured", "Unfall"),
        ("Erdbebenopfern", "victim", "Erdbeben"),
        # a feminine plural of a head known in the singular ("Vollzugsbeamtin")
        ("Justizvollzugsbeamtinnen", "employee", "Justiz"),
        # a plural of a changed vowel the lemmatizer knows only alone ("Gäste": "Gast")
        ("Saunagäste", "visitor", "Sauna"),
        ("Ersatzbusse", "bus", "Ersatz"),
    ],
)
def test_a_compound_with_an_inflected_head_is_split_on_it(
    word: str, concept: str, modifier: str
) -> None:
    """ "die Zahl der Hochwasser*toten*": the head stands in the dative plural."""
    _lemma, _head, found, mods = analyse(word, "de")
    assert found == concept
    assert mods[-1] == modifier


def test_a_plural_after_no_known_word_is_no_compound_of_it() -> None:
    """ "Gerüstunfälle": "fälle" is a form of "Fall", but "Gerüstun" is no word."""
    assert analyse("Gerüstunfälle", "de")[2] is None


def test_a_feminine_plural_is_its_singular_when_only_that_is_known() -> None:
    """ "Justizbeamtinnen": the lexicon knows "Justizbeamtin", not the folded base."""
    assert analyse("Justizbeamtinnen", "de")[:3] == ("Justizbeamtin", "Justizbeamtin", "employee")


def test_letters_after_a_head_that_make_another_word_split_nothing() -> None:
    """ "Unfällen", "Bundesländern": a head of a lookalike is no head, inflected or not
    (the states are the lexicon's own word: never countries)."""
    assert analyse("Unfällen", "de")[2] is None
    assert analyse("Bundesländern", "de")[2] == "state"


def test_a_weekday_after_a_number_is_no_noun() -> None:
    """ "put the toll at 248 early Wednesday": Wednesday is when, not what is counted."""
    from factcheck import extract_text

    text = "The agency put the death toll at 248 early Wednesday."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.concept == "dead"


def test_a_body_that_speaks_about_a_number_is_not_what_it_counts() -> None:
    """ "far fewer than the 100,000 organizers had predicted": the organizers predicted
    the number; it counts the marchers, planned."""
    from factcheck import extract_text
    from factcheck.models import Modality

    text = (
        "Police estimated that about 20,000 people took part, far fewer than the 100,000 "
        "organizers had predicted."
    )
    (claim,) = [c for c in extract_text(text, language="en") if c.quote.startswith("100,000")]
    assert claim.measure is not None and claim.measure.concept == "attendance"
    assert claim.modality is Modality.PLANNED


def test_a_verb_before_a_weekdays_possessive_is_no_noun() -> None:
    """ "nine hours following Monday's storm": "following" counts nothing."""
    from factcheck import extract_text

    text = "The road was closed for nine hours following Monday's storm."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and "following" not in (claim.measure.key or "")


def test_a_verb_before_a_weekday_is_no_noun() -> None:
    """ "up from 250 reported Monday": "reported" is the verb, the 250 counts what the
    sentence counts; and "the county said" names the county."""
    from factcheck import extract_text

    text = "The storm destroyed 300 homes, the county said Tuesday, up from 250 reported Monday."
    claims = {c.quote: c for c in extract_text(text, language="en") if c.quantity is not None}
    assert set(claims) == {"300 homes", "250"}
    m = claims["250"].measure
    assert m is not None and m.concept == "building"
    att = claims["300 homes"].attribution
    assert att is not None and att.chain[0].name == "county"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # two modifiers joined before one noun: the noun is counted
        ("about 9.8 million current and former customers", "customer"),
        ("40 domestic or international flights", "flight"),
        # two nouns, or a number after the coordinator: the first noun is counted
        ("300 homes and businesses", "home"),
        ("2,000 men and women", "man"),
        ("12 injured and two dead", None),
    ],
)
def test_coordinated_modifiers_before_one_noun(text: str, head: str | None) -> None:
    pos = next(m.end() for m in re.finditer(r"\d[\d.,]*(?: million)?", text))
    noun = find_counted_noun(text, pos, len(text), "en")
    assert (noun.lemma.casefold() if noun is not None else None) == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("31,000 vehicles cross the bridge", "vehicle"),
        ("211,000 homes either flooded or damaged", "home"),
        ("700 rescue workers", "worker"),  # a compound keeps its head
    ],
)
def test_a_bare_word_after_a_plural_noun_ends_the_group(text: str, head: str) -> None:
    pos = re.match(r"[\d,]+", text)
    assert pos is not None
    noun = find_counted_noun(text, pos.end(), len(text), "en")
    assert noun is not None and noun.lemma.casefold() == head


def test_a_german_preposition_ending_like_an_adjective_ends_the_noun_group() -> None:
    """ "35 Stunden *ohne* Lohnverlust": "ohne" is no adjective before the noun."""
    text = "35 Stunden ohne Lohnverlust"
    assert find_counted_noun(text, len("35 Stunden"), len(text), "de") is None


@pytest.mark.parametrize("text", ["The firm announced 300 job cuts.", "It means 300 job losses."])
def test_job_cuts_count_jobs(text: str) -> None:
    from factcheck import extract_text

    (claim,) = [c for c in extract_text(text, language="en") if c.quantity]
    assert claim.measure is not None and claim.measure.concept == "job"


def test_a_time_after_a_count_is_no_counted_noun() -> None:
    from factcheck import extract_text

    text = "The agency sent 50,000 doses and will deliver another 100,000 next week."
    (claim,) = [c for c in extract_text(text, language="en") if c.quote == "100,000"]
    assert claim.measure is None or claim.measure.thing != "week"


@pytest.mark.parametrize(
    ("text", "lang", "head"),
    [
        # a percentage names its whole after a partitive, a determiner between or not
        (" of its departures were cancelled", "en", "departure"),
        (" of kindergarteners had an exemption", "en", "kindergarteners"),
        (" der Abflüge fielen aus", "de", "Abflug"),
        # a part of the figure before names no whole of its own
        (" of them residential", "en", None),
        (" von ihnen waren Kinder", "de", None),
    ],
)
def test_a_share_names_its_whole_after_a_partitive(text: str, lang: str, head: str | None) -> None:
    """ "60 percent *of its departures*", "60 Prozent *der Abflüge*": what the share is of."""
    found = find_counted_noun(text, 0, len(text), lang, share=True)
    assert (found.head if found is not None else None) == head


def test_a_suspended_compound_counts_the_compound_after_it() -> None:
    """ "48 Fern- und Regionalzüge": the noun is the compound after the coordinator, and
    the quote holds both."""
    from factcheck.extract import extract_text

    (claim,) = [
        c
        for c in extract_text("Es fielen 48 Fern- und Regionalzüge aus.", language="de")
        if c.quantity is not None
    ]
    assert claim.quote == "48 Fern- und Regionalzüge"
    assert claim.measure is not None and claim.measure.key == "lemma:regionalzug"


def test_a_suspect_of_the_deed_is_no_narrower_suspect() -> None:
    """ "Tatverdächtige" are the "Verdächtige": no modifier that would make them a part."""
    assert analyse("Tatverdächtige", "de")[2:] == ("suspect", ())
    assert _two_suspect_reports() == 1


def _two_suspect_reports() -> int:
    from factcheck.load import read_article
    from factcheck.report import report_from

    report = report_from(
        [
            read_article("Ermittler nahmen vier Tatverdächtige fest.", id="a", language="de",
                         published="2025-05-15"),
            read_article("Ermittler nahmen sechs Verdächtige fest.", id="b", language="de",
                         published="2025-05-15"),
        ]
    )  # fmt: skip
    return len(report.discrepancies)


@pytest.mark.parametrize(
    "text",
    ["23 needed hospital treatment", "23 received hospital treatment", "12 suffered burns"],
)
def test_a_past_form_of_what_befell_people_is_no_modifier(text: str) -> None:
    """ "23 *needed* hospital treatment": the verb after a bare number ends its noun group;
    the number counts no treatments."""
    assert find_counted_noun(text, 2, len(text), "en") is None


def test_hospital_treatment_is_a_stay_in_hospital() -> None:
    from factcheck import extract_text

    text = "Police said 23 needed hospital treatment."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.concept == "hospitalised"


def test_a_lemma_the_lemmatizer_gets_wrong_is_fixed_by_the_pack() -> None:
    """ "Halle" is no "Hall": "die Halle" and "die Lagerhalle" name one thing."""
    from factcheck.extract.nouns import analyse

    assert analyse("Halle", "de")[0] == "Halle"
    assert analyse("Hallen", "de")[0] == "Halle"
