"""Attribution and sources, German and English (sentences written for the tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.extract.actors import classify_source, find_attribution
from factcheck.extract.names import name_key
from factcheck.models import SourceKind


def attribution(text: str, lang: str) -> list[tuple[str, SourceKind]]:
    att = find_attribution(text, 0, len(text), lang)
    assert att is not None, text
    return [(s.name, s.kind) for s in att.chain]


@pytest.mark.parametrize(
    ("text", "primary", "kind"),
    [
        (
            "Laut Innenministerium in Wien wurden 40 Menschen festgenommen.",
            "Innenministerium in Wien",
            SourceKind.GOVERNMENT,
        ),
        (
            "Dem bayerischen Gesundheitsministerium zufolge gibt es 12 Fälle.",
            "bayerischen Gesundheitsministerium",
            SourceKind.GOVERNMENT,
        ),
        ("Nach Angaben der Feuerwehr brannten drei Häuser.", "Feuerwehr", SourceKind.UNKNOWN),
        (
            "Wie die Nachrichtenagentur dpa berichtete, kamen 300 Menschen.",
            "Nachrichtenagentur dpa",
            SourceKind.AGENCY,
        ),
        (
            "Bundeskanzler Olaf Scholz sagte, es gebe keine Pläne.",
            "Bundeskanzler Olaf Scholz",
            SourceKind.PERSON,
        ),
        (
            "Es seien 20 Panzer geliefert worden, sagte Verteidigungsminister Boris Pistorius.",
            "Verteidigungsminister Boris Pistorius",
            SourceKind.PERSON,
        ),
        (
            "Nach britischen Geheimdienstinformationen sind 500 Soldaten dort.",
            "britischen Geheimdienstinformationen",
            SourceKind.DOCUMENT,
        ),
        # perfect tense: an auxiliary and a few words between speaker and verb
        (
            "Die Polizei hatte am Montag gesagt, es seien 500 Menschen gekommen.",
            "Polizei",
            SourceKind.ORGANISATION,
        ),
        (
            "Der Landesrechnungshof hatte 2021 gewarnt, der Tunnel werde teurer.",
            "Landesrechnungshof",
            SourceKind.ORGANISATION,
        ),
        (
            "Nach Einschätzung des Rechnungshofs wird der Tunnel teurer.",
            "Rechnungshofs",
            SourceKind.UNKNOWN,
        ),
        # the owner of the figures is the source, not the figures ("Angaben")
        ("Laut Angaben der Polizei kamen 2000 Menschen.", "Polizei", SourceKind.ORGANISATION),
        (
            "Laut Schätzungen der Veranstalter kamen 5000 Menschen.",
            "Veranstalter",
            SourceKind.ORGANISATION,
        ),
        # a place after the source that is a role cue is where people were taken, while
        # a town's name is the source's place
        (
            "Zwölf Menschen wurden nach Angaben der Polizei in Kliniken gebracht.",
            "Polizei",
            SourceKind.ORGANISATION,
        ),
        (
            "Nach Angaben der Polizei in Köln wurden 18 Menschen verletzt.",
            "Polizei in Köln",
            SourceKind.ORGANISATION,
        ),
    ],
)
def test_german_sources(text: str, primary: str, kind: SourceKind) -> None:
    chain = attribution(text, "de")
    name, k = chain[-1]
    assert name == primary
    if kind is not SourceKind.UNKNOWN:
        assert k is kind


@pytest.mark.parametrize(
    ("text", "primary", "kind"),
    [
        (
            "According to the health ministry, 40 people died.",
            "the health ministry",
            SourceKind.GOVERNMENT,
        ),
        # the press spoken to is no source; officials speak for the government
        (
            "Local officials told reporters that 40 people died.",
            "Local officials",
            SourceKind.GOVERNMENT,
        ),
        # a bare "agency" is a body (FEMA, a weather agency); a news agency says so
        ("The agency had earlier said that 40 people died.", "agency", SourceKind.ORGANISATION),
        ("The news agency had earlier said that 40 people died.", "news agency", SourceKind.AGENCY),
        ("Police said 300 people were arrested.", "Police", SourceKind.ORGANISATION),
        ("The toll rose to 40, as officials said on Monday.", "officials", SourceKind.GOVERNMENT),
        ("Twelve soldiers were killed, the army said.", "the army", SourceKind.GOVERNMENT),
        (
            "Foreign Minister Annalena Baerbock told reporters that talks would go on.",
            "Foreign Minister Annalena Baerbock",
            SourceKind.PERSON,
        ),
        # a place after the speaker; an outlet named by a title; an authority
        (
            "Police in Boston said 75,000 people marched.",
            "Police in Boston",
            SourceKind.ORGANISATION,
        ),
        (
            "Officials in New York City said 75,000 people marched.",
            "Officials in New York City",
            SourceKind.GOVERNMENT,
        ),
        ("The Chicago Tribune said 150,000 people rallied.", "Chicago Tribune", SourceKind.OUTLET),
        (
            "That march drew 500,000 people, the Los Angeles Times reported.",
            "Los Angeles Times",
            SourceKind.OUTLET,
        ),
        (
            "The transport authority said 600,000 people used the metro.",
            "transport authority",
            SourceKind.ORGANISATION,
        ),
        # "of the ...", "for the ...": what the speaker belongs to
        (
            "The General Staff of the Ukrainian army reported that 186 battles took place.",
            "General Staff of the Ukrainian army",
            SourceKind.GOVERNMENT,
        ),
        (
            "The head of the regional administration said 40 people died.",
            "head of the regional administration",
            SourceKind.ORGANISATION,
        ),
        # an organisation of several words is not the role one of them names
        (
            "The Ukrainian General Staff said 40 soldiers died.",
            "Ukrainian General Staff",
            SourceKind.GOVERNMENT,
        ),
        (
            "Five people died, the U.S. Coast Guard said.",
            "U.S. Coast Guard",
            SourceKind.ORGANISATION,
        ),
        # an organisation's findings in two words, as "Polizeiangaben" in one
        (
            "About 40,000 people joined, according to police estimates.",
            "police",
            SourceKind.ORGANISATION,
        ),
        (
            "About 40,000 people joined, according to ministry figures.",
            "ministry",
            SourceKind.GOVERNMENT,
        ),
    ],
)
def test_english_sources(text: str, primary: str, kind: SourceKind) -> None:
    chain = attribution(text, "en")
    name, k = chain[-1]
    assert name.lower().removeprefix("the ") == primary.lower().removeprefix("the ")
    assert k is kind


def test_as_with_no_reporting_verb_names_no_source() -> None:
    """ "as crews battled the flames": "as" opens a clause, it names no source."""
    text = "The fire has burned 500 acres, as crews battled the flames."
    assert find_attribution(text, 0, len(text), "en") is None


def test_chain_puts_the_medium_outside_the_speaker() -> None:
    text = "Es gebe keine Einigung, sagte Außenminister Lawrow laut der Agentur Interfax."
    chain = attribution(text, "de")
    assert chain[0][1] is SourceKind.AGENCY and chain[-1][1] is SourceKind.PERSON


@pytest.mark.parametrize(
    ("text", "language", "chain"),
    [
        # a speaker tagged on after another speaker's words reports them
        ("Police said 30 people were arrested, the Associated Press reported.",
         "en", ["Associated Press", "Police"]),
        ("The health ministry said 40 people were killed, Reuters reported.",
         "en", ["Reuters", "health ministry"]),
        ("Der Minister sagte, 30 Menschen seien gestorben, berichtete die dpa.",
         "de", ["dpa", "Minister"]),
        # the source a speaker cites is the speaker's source: an inner link
        ("Reuters reported, citing a ministry spokesman, that 40 people were killed.",
         "en", ["Reuters", "ministry spokesman"]),
        ("State media reported that 40 people were killed, citing the health ministry.",
         "en", ["State media", "health ministry"]),
        ("Die dpa berichtete unter Berufung auf die Polizei von 30 Festnahmen.",
         "de", ["dpa", "Polizei"]),
        # the marker's source stays outermost where it carries the sentence
        ("According to Reuters, the health ministry said 40 people were killed.",
         "en", ["Reuters", "health ministry"]),
        ("Wie der Spiegel berichtet, sagte ein Polizeisprecher, 30 Menschen seien verletzt.",
         "de", ["Spiegel", "Polizeisprecher"]),
    ],
)  # fmt: skip
def test_chain_runs_from_the_reporter_to_the_source_it_reports(
    text: str, language: str, chain: list[str]
) -> None:
    assert [name for name, _ in attribution(text, language)] == chain


@pytest.mark.parametrize(
    ("text", "language", "chain"),
    [
        # the medium a speaker talked to reports the speaker
        ('"We counted 300 dead," the mayor told Reuters.', "en", ["Reuters", "mayor"]),
        ('"We counted 300 dead," the mayor told the Times of Israel.', "en",
         ["Times of Israel", "mayor"]),
        ('"Wir zählten 300 Tote", sagte der Bürgermeister gegenüber dem Spiegel.', "de",
         ["Spiegel", "Bürgermeister"]),
        # an audience is no source
        ('"We will cut 3 billion euros," the chief executive told analysts.', "en",
         ["chief executive"]),
        ('"We counted 300 dead," the mayor told investors.', "en", ["mayor"]),
        # a speaker after a relative pronoun, an agent after a participle
        ("The government stood firm after the protest, which police said drew 38,000"
         " people.", "en", ["police"]),
        # what "confirmed" or "announced" is followed by is its object, not a speaker
        ("The final count confirmed the Social Democrats as the largest party with 31"
         " percent, the election commission said.", "en", ["election commission"]),
        # a figure's subject is no source
        ("The toll rose to 78, while the number of survivors stands at 104, the coast guard"
         " said.", "en", ["coast guard"]),
        ('"Wir zählten 300 Tote", sagte der Bürgermeister gegenüber der Polizei.', "de",
         ["Bürgermeister"]),
    ],
)  # fmt: skip
def test_a_speaker_talks_to_a_medium_or_to_an_audience(
    text: str, language: str, chain: list[str]
) -> None:
    assert [name for name, _ in attribution(text, language)] == chain


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chief executive Lena Marsh spoke. Marsh said 300 jobs were cut.", "en"),
        ("Landrat Klaus Fischer sprach. Fischer sagte, 300 Menschen seien evakuiert.", "de"),
    ],
)
def test_a_surname_that_is_also_a_word_speaks_once_the_person_is_named(
    text: str, language: str
) -> None:
    second = text.index(". ") + 2
    assert find_attribution(text[second:], 0, len(text) - second, language) is None  # alone
    att = find_attribution(text, second, len(text), language)
    assert att is not None and att.chain[0].kind is SourceKind.PERSON
    given = text[: text.index(" " + att.chain[0].name)].split()[-1]
    assert att.chain[0].key == name_key(f"{given} {att.chain[0].name}")  # the full name's


@pytest.mark.parametrize(
    ("text", "language", "sources"),
    [
        ("Laut Polizei zogen etwa 5.000 Menschen durch die Stadt, die Veranstalter zählten 8.000.",
         "de", {"5.000": "Polizei", "8.000": "Veranstalter"}),
        ("Die Polizei sprach von 7.500 Teilnehmern, der Bauernverband von rund 20.000.",
         "de", {"7.500": "Polizei", "20.000": "Bauernverband"}),
        ("Die Polizei zählte 40.000 Demonstrierende, die Veranstalter 70.000.",
         "de", {"40.000": "Polizei", "70.000": "Veranstalter"}),
        ("Police said about 4,000 people marched, while organisers put the number at 7,000.",
         "en", {"4,000": "Police", "7,000": "organisers"}),
        ("Police said 4,000 people marched, organisers 7,000.",
         "en", {"4,000": "Police", "7,000": "organisers"}),
    ],
)  # fmt: skip
def test_each_clause_keeps_its_own_source(
    text: str, language: str, sources: dict[str, str]
) -> None:
    from factcheck import extract_text

    claims = [c for c in extract_text(text, language=language) if c.quantity is not None]
    for figure, source in sources.items():
        (claim,) = [c for c in claims if figure in c.quote]
        assert [s.name for s in claim.attribution.chain] == [source], claim.quote


def test_media_carrying_a_sentence_stay_in_each_clauses_chain() -> None:
    from factcheck import extract_text

    text = "Wie die dpa berichtet, zählte die Polizei 6.000 Menschen."
    (claim,) = [c for c in extract_text(text, language="de") if c.quantity is not None]
    assert [s.kind for s in claim.attribution.chain] == [
        SourceKind.AGENCY,
        SourceKind.ORGANISATION,
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Nach Polizeiangaben kamen 4.500 Menschen.", "Polizei", SourceKind.ORGANISATION),
        ("Nach Regierungsangaben starben 12 Menschen.", "Regierung", SourceKind.GOVERNMENT),
        ("Nach Veranstalterangaben kamen 9.000.", "Veranstalter", SourceKind.ORGANISATION),
        # with an adjective before it, with a hyphen, with its day after it
        ("Nach ersten Polizeiangaben kamen 4.500.", "Polizei", SourceKind.ORGANISATION),
        ("Nach Polizei-Angaben kamen 4.500 Menschen.", "Polizei", SourceKind.ORGANISATION),
        ("Nach Polizeiangaben vom Montag kamen 4.500.", "Polizei", SourceKind.ORGANISATION),
        # a country's adjective before it keeps it a document of that country
        ("Nach britischen Geheimdienstinformationen kamen 4.500.",
         "britischen Geheimdienstinformationen", SourceKind.DOCUMENT),
    ],
)  # fmt: skip
def test_a_compound_of_an_organisation_and_a_findings_word_names_the_organisation(
    text: str, name: str, kind: SourceKind
) -> None:
    att = find_attribution(text, 0, len(text), "de")
    assert att is not None
    (src,) = att.chain
    assert (src.name, src.kind) == (name, kind)


_CLAUSES = {
    "de": {
        "opener": ["", "und ", "während ", "aber "],
        "source": ["Die Polizei", "Polizeisprecher Max Muster", "der Bauernverband", "dpa"],
        "verb": [" sagte", " hatte am Montag gesagt", " von 30.000", " berichtete", ""],
        "tail": ["", " 9.000 Menschen", " etwas"],
    },
    "en": {
        "opener": ["", "while ", "and ", "but "],
        "source": ["The police", "police spokesman John Smith", "organisers", "Reuters"],
        "verb": [" said", " had earlier said", " 7,000", " told", ""],
        "tail": ["", " 9,000 people", " that"],
    },
}
_BREAKS = [", ", "; ", ": ", " – ", " — ", ",\u00a0", ",", " ", ". ", ",\n"]


@st.composite
def _clause_sentences(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(["de", "en"]))
    parts = _CLAUSES[lang]
    out = []
    for _ in range(draw(st.integers(1, 5))):
        if out:
            out.append(draw(st.sampled_from(_BREAKS)))
        out.extend(draw(st.sampled_from(parts[k])) for k in ("opener", "source", "verb", "tail"))
    return lang, "".join(out)


@given(_clause_sentences(), st.data())
@settings(max_examples=400, deadline=None)
def test_clause_opening_patterns_are_tried_where_they_can_begin(
    sample: tuple[str, str], data: st.DataObject
) -> None:
    # find_attribution tries the speaker patterns that begin a clause only at the
    # sentence's start and after a clause break: the same matches as finditer
    from factcheck.extract import actors
    from factcheck.extract.clauses import after_breaks, matches_at

    lang, text = sample
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    pats = actors._patterns(lang)
    sentence = text[s:e]
    opens = [0, *after_breaks(sentence, 0, len(sentence), actors._OPENING_BREAKS)]
    for key in ("verb_before", "verb_perfect"):
        want = [m.span() for m in pats[key].finditer(sentence)]
        assert [m.span() for m in matches_at(pats[key], sentence, opens, len(sentence))] == want
    gaps = after_breaks(text, s, e, actors._GAP_BREAKS)
    want = [m.span() for m in pats["gapped"].finditer(text, s, e)]
    assert [m.span() for m in matches_at(pats["gapped"], text, gaps, e)] == want


def test_a_bare_speaker_speaks_for_the_organisation_named_before() -> None:
    from factcheck import extract_text

    text = (
        "Die Polizei hat am Sonntag Bilanz gezogen. Am Samstag hätten etwa 9.000 Menschen "
        "demonstriert, sagte ein Sprecher."
    )
    (figure,) = [c for c in extract_text(text, language="de") if c.quantity is not None]
    assert figure.attribution.chain[-1].name == "Polizei"
    assert figure.attribution.chain[-1].kind is SourceKind.ORGANISATION
    two = (
        "Polizei und Feuerwehr zogen Bilanz. Am Samstag seien 9.000 Menschen gekommen, "
        "sagte ein Sprecher."
    )
    (open_,) = [c for c in extract_text(two, language="de") if c.quantity is not None]
    assert open_.attribution.chain[-1].name == "Sprecher"  # whose is not said


@pytest.mark.parametrize(
    ("text", "language", "chain"),
    [
        ("Die Polizei war nach eigenen Angaben mit mehr als 1600 Beamten im Einsatz.",
         "de", ["Polizei"]),
        ("Mehr als 300 Menschen hat die Feuerwehr nach eigenen Angaben gerettet.",
         "de", ["Feuerwehr"]),
        # an organisation named by a whole word, ahead of one the sentence before names
        ("Die GDL streikt. Die Bahn bietet nach eigenen Angaben 20 Prozent der Züge an.",
         "de", ["Bahn"]),
        ("Police arrested 30 people, a spokeswoman said.", "en", ["Police"]),
        # a link of the chain already names it: the speaker stays as written
        ("Laut Polizei sagte ein Sprecher, 30 Menschen seien festgenommen worden.",
         "de", ["Polizei", "Sprecher"]),
    ],
)  # fmt: skip
def test_a_bare_speaker_speaks_for_the_organisation_named_before_it_in_its_sentence(
    text: str, language: str, chain: list[str]
) -> None:
    from factcheck import extract_text

    (claim,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert [s.name for s in claim.attribution.chain] == chain


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("50.000 Teilnehmer hatte die Polizei bei der Kundgebung gezählt.", "50.000", "Polizei"),
        ("Am Montag hatte die Polizei von 300 Festnahmen gesprochen.", "300", "Polizei"),
        ("Zuvor hatten die Behörden von über 40 Verletzten gesprochen.", "40", "Behörden"),
    ],
)
def test_a_speaker_after_its_auxiliary_is_found(text: str, figure: str, source: str) -> None:
    """German puts the auxiliary before the speaker when something else opens the
    sentence: "50.000 hatte *die Polizei* ... gezählt"."""
    from factcheck import extract_text

    (claim,) = [c for c in extract_text(text, language="de") if figure in c.quote]
    assert [s.name for s in claim.attribution.chain] == [source]


def test_a_participle_without_a_speaker_names_no_source() -> None:
    from factcheck import extract_text

    (claim,) = extract_text("Es wurden 300 Teilnehmer gezählt.", language="de")
    assert claim.attribution.chain == ()


_CUED = [
    "Laut",
    "laut",
    "LAUT",
    "nach Angaben der",
    "nach Angaben",
    " Polizei",
    " Olaf Scholz",
    " dpa",
    "sagte",
    "Sagte",
    "berichtete",
    "xsagte",
    "sagte-",
    " ",
    ", ",
    "-",
    "ä",
    "ſ",
    "according to",
    " Reuters",
    "said",
    " police",
]


@given(st.lists(st.sampled_from(_CUED), max_size=14), st.sampled_from(["de", "en"]), st.data())
@settings(max_examples=400, deadline=None)
def test_cue_word_patterns_tried_at_cue_words_find_what_finditer_finds(
    parts: list[str], lang: str, data: st.DataObject
) -> None:
    # "before" and "verb_after" are tried where a word of their cue family stands: the
    # same attribution as with every position tried (lowered answering None forces that)
    from unittest import mock

    from factcheck.extract import actors, clauses

    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    got = actors.find_attribution(text, s, e, lang)
    with mock.patch.object(clauses, "lowered", lambda *_: None):
        want = actors.find_attribution(text, s, e, lang)
    assert got == want


@pytest.mark.parametrize(
    ("lang", "phrase", "name", "country"),
    [
        ("de", "einen Sprecher", "Sprecher", None),  # the pack's articles, not the engine's
        ("de", "die Behörden in Kiew", "Behörden in Kiew", "UA"),
        ("de", "Beamte aus Kiew", "Beamte aus Kiew", "UA"),
        ("en", "an official", "official", None),
        ("en", "the officials of Kyiv", "officials of Kyiv", "UA"),
    ],
)
def test_articles_and_place_prepositions_of_a_source_come_from_the_pack(
    lang: str, phrase: str, name: str, country: str | None
) -> None:
    from factcheck.extract.actors import classify_source

    src = classify_source(phrase, 0, len(phrase), lang, explicit=True)
    assert src is not None
    assert (src.name, src.country) == (name, country)


def test_the_press_spoken_to_in_a_place_is_no_source() -> None:
    chain = attribution("The governor told reporters in Vienna that 40 people died.", "en")
    assert [name for name, _ in chain] == ["governor"]


def test_an_outlet_named_by_a_title_is_its_own_source() -> None:
    """Two papers called "Tribune" are two sources; a city in the title is no country."""
    a = classify_source("The Chicago Tribune", 0, 19, "en")
    b = classify_source("The Salt Lake Tribune", 0, 21, "en")
    la = classify_source("the Los Angeles Times", 0, 21, "en")
    assert a is not None and b is not None and la is not None
    assert a.key != b.key
    assert la.kind is SourceKind.OUTLET and la.country is None
    # where every noun is capitalised, a capital names no title
    de = classify_source("die Zeitung", 0, 11, "de")
    assert de is not None and de.key == "?:zeitung"


def test_an_organisation_of_several_words_ends_its_phrase() -> None:
    """ "emergency services evacuated" (a gapped clause's words) names no source."""
    assert classify_source("emergency services evacuated", 0, 28, "en") is None
    staff = classify_source("the Ukrainian General Staff", 0, 27, "en")
    assert staff is not None and staff.role is None and staff.key == "UA:general staff"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told a news conference that 40 people died.",
        "The governor told a press conference that 40 people died.",
    ],
)
def test_a_title_word_in_lower_case_names_no_outlet(text: str) -> None:
    chain = attribution(text, "en")
    assert [k for _, k in chain] == [SourceKind.PERSON]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Insgesamt zählte die Polizei am Samstag 12.000 Teilnehmer.", ["Polizei"]),
        ("Insgesamt meldete das Ministerium 12.000 Teilnehmer.", ["Ministerium"]),
        ("Insgesamt zählte man am Samstag 12.000 Teilnehmer.", []),
        ("Allesamt meldeten sie 12.000 Teilnehmer.", []),
        ("Das Bundesamt meldete 12.000 Teilnehmer.", ["Bundesamt"]),
    ],
)
def test_an_adverb_ending_like_an_office_is_no_source(text: str, sources: list[str]) -> None:
    """The adverb "Insgesamt" ends like "Bundesamt", but it is no noun (NAME_EXEMPT)."""
    att = find_attribution(text, 0, len(text), "de")
    assert ([s.name for s in att.chain] if att is not None else []) == sources


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # English capitalises names only: capitalised known words that speak are a name
        ("The fire destroyed 5,000 structures, Cal Fire said.", "Cal Fire",
         SourceKind.ORGANISATION),
        ("Amnesty International said 300 people had been detained.", "Amnesty International",
         SourceKind.ORGANISATION),
        ("The fire destroyed 50 homes, Smith said.", "Smith", SourceKind.PERSON),
    ],
)  # fmt: skip
def test_capitalised_words_that_speak_are_a_name(text: str, name: str, kind: SourceKind) -> None:
    assert attribution(text, "en") == [(name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Apple said it would cut 1,800 jobs.",  # one known word opening a sentence
        "VIENNA, Sept. 16 - Floods forced 12,000 people from their homes.",  # a date line
    ],
)
def test_a_capitalised_word_that_makes_no_name_is_no_source(text: str) -> None:
    att = find_attribution(text, 0, len(text), "en")
    assert att is None or all(s.name not in ("Apple", "Sept.", "Sept") for s in att.chain)


def test_a_speaker_after_though_is_the_clauses_own() -> None:
    from factcheck import extract_text

    text = (
        "The march drew an estimated 250,000 people, according to organizers, though police "
        "said the figure was closer to 80,000."
    )
    (claim,) = [c for c in extract_text(text, language="en") if "80,000" in c.quote]
    assert [s.name for s in claim.attribution.chain] == ["police"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        # a parenthesis or an apposition between the speaker and its verb
        ("Polizeipräsidentin Anna Berg (58) berichtete, bis zu 2700 Beamte seien im Einsatz.",
         "de", "Polizeipräsidentin Anna Berg", SourceKind.PERSON),
        ("Innenministerin Nancy Faeser (SPD) hatte gesagt, 300 Menschen seien festgenommen.",
         "de", "Innenministerin Nancy Faeser", SourceKind.PERSON),
        ("Die Polizei (LKA) teilte mit, 30 Häuser seien zerstört.", "de", "Polizei",
         SourceKind.ORGANISATION),
        ("Police Commissioner Jane Doe, 58, said up to 2,700 officers were deployed.", "en",
         "Police Commissioner Jane Doe", SourceKind.PERSON),
        ("John Smith, the county fire chief, said 30 homes were destroyed.", "en", "John Smith",
         SourceKind.PERSON),
        # a speaker after the quotation it said
        ('"We now have 30 confirmed deaths," Sheriff Jane Doe said.', "en",
         "Sheriff Jane Doe", SourceKind.PERSON),
        ("'We now have 30 confirmed deaths,' John Smith, the county sheriff, told a briefing.",
         "en", "John Smith", SourceKind.PERSON),
        # the apposition names the speaker when the phrase before it names none
        ("Müller, Sprecher der Feuerwehr, sagte, 30 Häuser seien zerstört.", "de",
         "Sprecher der Feuerwehr", SourceKind.PERSON),
    ],
)  # fmt: skip
def test_a_speaker_is_found_across_a_parenthesis_or_an_apposition(
    text: str, lang: str, name: str, kind: SourceKind
) -> None:
    assert attribution(text, lang) == [(name, kind)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At least 16 people died, state and local officials said.", "state and local officials"),
        ("Federal and state officials said 16 people died.", "Federal and state officials"),
        ("U.S. and Israeli officials said 30 hostages were freed.", "U.S. and Israeli officials"),
    ],
)
def test_a_speaker_with_two_joined_modifiers(text: str, name: str) -> None:
    """ "state *and* local officials": one speaker, its two modifiers joined."""
    assert [n for n, _kind in attribution(text, "en")] == [name]


def test_a_clause_between_commas_names_no_speaker() -> None:
    # "who heads the agency" is no noun phrase: it is not read as the speaker
    text = "Smith, who heads the agency, said 12 died."
    att = find_attribution(text, 0, len(text), "en")
    assert att is None or all("agency" not in s.name for s in att.chain)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Ein Sprecher der Polizei sagte, 30 Häuser seien zerstört.", "Sprecher der Polizei",
         "?:polizei"),
        ("30 Häuser seien zerstört, sagte ein Sprecher des Innenministeriums.",
         "Sprecher des Innenministeriums", "?:innenministerium"),
    ],
)  # fmt: skip
def test_a_spokesperson_named_with_the_body_speaks_for_it(text: str, name: str, key: str) -> None:
    """ "ein Sprecher *der Polizei*": the spokesperson's key is the body's, the one "die
    Polizei" has, so both count as one source across articles."""
    att = find_attribution(text, 0, len(text), "de")
    assert att is not None
    (src,) = att.chain
    assert (src.name, src.kind, src.key) == (name, SourceKind.PERSON, key)
    police = "Die Polizei sagte, 30 Häuser seien zerstört."
    body = find_attribution(police, 0, len(police), "de")
    assert body is not None and body.chain[0].key == "?:polizei"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the paper spoken to is no owner of the speaker
        ("30 Häuser seien zerstört, sagte Innenministerin Nancy Faeser der Bild-Zeitung.",
         "Innenministerin Nancy Faeser"),
        # a given name and capitalised words after it make a person even of known words
        ("30 Häuser seien zerstört, sagte Max Muster.", "Max Muster"),
        # a word cut short before "und" belongs to the role after it
        ("Rund 2000 Fans kamen, sagte Innen- und Sportsenatorin Iris Spranger.",
         "Innen- und Sportsenatorin Iris Spranger"),
        # "Landrat" is a role though it ends like the council "Rat"
        ("30 Häuser seien zerstört, sagte Landrat Otto Krahl.", "Landrat Otto Krahl"),
        # the present tense of news ("spricht", "zählt", "nennen")
        ("Landrat Otto Krahl spricht inzwischen von 30 zerstörten Häusern.",
         "Landrat Otto Krahl"),
    ],
)  # fmt: skip
def test_german_speakers_with_names_roles_and_recipients(text: str, name: str) -> None:
    assert attribution(text, "de") == [(name, SourceKind.PERSON)]


@given(st.text(alphabet="abcdeilmnorstuäß", min_size=1, max_size=14))
@settings(max_examples=200, deadline=None)
def test_a_role_head_ends_in_a_role_word(word: str) -> None:
    from factcheck.extract.persons import role_head
    from factcheck.lang import get_language

    for lang in ("de", "en"):
        att = get_language(lang).attribution
        assert not role_head(word, lang) or word.endswith(att.ROLE_WORDS)
        assert role_head("sprecher" + word, "de") or not ("sprecher" + word).endswith("sprecher")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Die Polizei spricht von 70.000 Teilnehmern, während die Veranstalter von 200.000 "
         "sprechen.", {"70.000": "Polizei", "200.000": "Veranstalter"}),
        ("Die Veranstalter nennen 200.000 Teilnehmer, die Polizei 70.000.",
         {"200.000": "Veranstalter", "70.000": "Polizei"}),
    ],
)  # fmt: skip
def test_german_speakers_in_the_present_tense(text: str, figures: dict[str, str]) -> None:
    from factcheck import extract_text

    got = {
        q: c.attribution.chain[-1].name
        for c in extract_text(text, language="de")
        for q in figures
        if c.quantity is not None and q in c.quote and c.attribution is not None
    }
    assert got == figures


@pytest.mark.parametrize(
    ("phrase", "lang", "kind"),
    [
        # "agency" is a body unless a medium is said: a news agency, or a known one
        ("the Federal Emergency Management Agency", "en", SourceKind.ORGANISATION),
        ("the state news agency", "en", SourceKind.AGENCY),
        ("state media", "en", SourceKind.OUTLET),
        ("die Bundesagentur für Arbeit", "de", SourceKind.ORGANISATION),
        ("die Nachrichtenagentur", "de", SourceKind.AGENCY),
    ],
)
def test_an_agency_is_a_medium_only_when_its_words_say_so(
    phrase: str, lang: str, kind: SourceKind
) -> None:
    src = classify_source(phrase, 0, len(phrase), lang, explicit=True)
    assert src is not None and src.kind is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At least 30 people have died, per the state health department.",
         "state health department"),
        ("Figures released by the health ministry show 30 deaths.", "health ministry"),
        ("A tally by the Associated Press counted 30 deaths.", "Associated Press"),
        # after "according to" the whole marker is read, not "figures" as the source
        ("The toll rose to 2,662, according to combined figures from the government in "
         "Damascus.", "government in Damascus"),
        # a plural possessive belongs to the phrase
        ("The toll rose to 1,800, according to figures released by the two countries' "
         "authorities.", "two countries' authorities"),
    ],
)  # fmt: skip
def test_english_markers_of_whose_figures(text: str, name: str) -> None:
    """ "per the X", "figures released by X show": the source, without the verb after it."""
    att = find_attribution(text, 0, len(text), "en")
    assert att is not None and [s.name for s in att.chain] == [name]


def test_per_without_an_article_names_no_source() -> None:
    text = "Prices rose 3 per cent, and 30 per day were sold."
    assert find_attribution(text, 0, len(text), "en") is None


@pytest.mark.parametrize(
    "text",
    [
        "Bei dem Unglück kamen nach ersten Erkenntnissen mindestens zwölf Menschen ums Leben.",
        "Nach bisherigen Erkenntnissen starben zwölf Menschen.",
    ],
)
def test_findings_of_no_one_name_no_source(text: str) -> None:
    assert find_attribution(text, 0, len(text), "de") is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # their own findings are the body's named before
        ("Die Veranstalter verlängerten die Zone. Nach ihren Angaben standen dort 55.000 "
         "Menschen.", "55.000", "Veranstalter"),
        # a place after "von" belongs to the speaker; a weekday after "vom" is no owner
        ("Der Bürgermeister von Köln, Otto Krahl, sagte, zwölf Menschen seien gestorben.",
         "zwölf", "Bürgermeister von Köln"),
        ("Nach Angaben eines Polizeisprechers vom Sonntag starben zwölf Menschen.", "zwölf",
         "Polizeisprechers"),
    ],
)  # fmt: skip
def test_german_speakers_by_possessive_place_and_day(text: str, figure: str, source: str) -> None:
    from factcheck import extract_text

    (claim,) = [c for c in extract_text(text, language="de") if figure in c.quote]
    assert claim.attribution is not None
    assert claim.attribution.chain[-1].name == source


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a speaker opening a later clause speaks for the figure after it only
        ("Tens of thousands marched on Saturday, with organisers claiming 300,000 attended.",
         {"Tens of thousands": None, "300,000": "organisers"}),
        ("Thousands marched, while police said 35,000 attended.",
         {"Thousands": None, "35,000": "police"}),
        # a speaker tagged on speaks for the figures before it
        ("30 people were arrested, police said.", {"30 people": "police"}),
    ],
)  # fmt: skip
def test_a_speaker_opening_a_later_clause_speaks_for_its_own_figure(
    text: str, figures: dict[str, str | None]
) -> None:
    from factcheck import extract_text

    got = {
        q: (c.attribution.chain[-1].name if c.attribution and c.attribution.chain else None)
        for c in extract_text(text, language="en")
        for q in figures
        if c.quantity is not None and c.quote.startswith(q)
    }
    assert got == figures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zwölf Menschen wurden verletzt, hieß es von der Polizei.", "Polizei"),
        ("Zwölf Menschen wurden verletzt, teilte der Landkreis mit.", "Landkreis"),
        ("Auf rund 80 Millionen Euro beziffert der Senat die Kosten.", "Senat"),
    ],
)
def test_german_bodies_and_hiess_es_von(text: str, name: str) -> None:
    att = find_attribution(text, 0, len(text), "de")
    assert att is not None and [s.name for s in att.chain] == [name]


def _names(text: str, language: str) -> list[str]:
    att = find_attribution(text, 0, len(text), language)
    assert att is not None
    return [s.name for s in att.chain]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # companies and utilities speak for themselves
        ("About 300 flights were cancelled, the airline said.", "en", "airline"),
        ("The utility said 40,000 customers were without power.", "en", "utility"),
        ("Fewer than 60,000 customers were without power, utilities said.", "en", "utilities"),
        ("Insured losses could reach $20 billion, insurers said.", "en", "insurers"),
        ("About 80 percent of trains were cancelled, the railway said.", "en", "railway"),
        ("Rund 300 Flüge fielen aus, teilte die Fluggesellschaft mit.", "de", "Fluggesellschaft"),
        ("Nach Angaben der Stadtwerke waren 4000 Haushalte ohne Strom.", "de", "Stadtwerke"),
        # a body that speaks only as a whole word
        ("Rund 300 Züge fielen aus, teilte die Bahn mit.", "de", "Bahn"),
        ("Die Stadt teilte mit, 300 Bäume seien gefällt worden.", "de", "Stadt"),
        ("The repairs will cost $5 million, the city said.", "en", "city"),
        # an adverb between speaker and verb is no part of the name
        ("The ministry also said 40 people were injured.", "en", "ministry"),
        ("Police later said 12 people had been arrested.", "en", "Police"),
        ("The company now says that 2.1 million customers were affected.", "en", "company"),
        ("The agency separately reported 15 deaths.", "en", "agency"),
        # a count after "said" is what is said
        ("The same day, the mayor said five residents of the town had died.", "en", "mayor"),
        # a title in quotation marks, a medium's report, a medium spoken to
        ("Laut „Bild“ wurden 300 Beamte eingesetzt.", "de", "Bild"),
        ("Wie der \"Spiegel\" berichtet, wurden 300 Beamte eingesetzt.", "de", "Spiegel"),
        ("Laut einem Bericht des Spiegel wurden 300 Beamte eingesetzt.", "de", "Spiegel"),
        ("Es gebe 12 Verletzte, sagte ein Polizeisprecher der Deutschen Presse-Agentur.", "de",
         "Polizeisprecher"),
        ("Es gebe 12 Verletzte, sagte ein Sprecher der Polizei.", "de", "Sprecher der Polizei"),
        # a known source before a findings word; "von einer Zahl ausgehen"
        ("Nach dpa-Informationen wurden 12 Menschen verletzt.", "de", "dpa"),
        ("Die Polizei geht von rund 5000 Teilnehmern aus.", "de", "Polizei"),
        # a report by an outlet is the outlet's; "put attendance at"
        ("According to a report by The New York Times, 300 officers were deployed.", "en",
         "New York Times"),
        ("Organizers put attendance at 20,000.", "en", "Organizers"),
        # a German outlet's name declined
        ("Laut einem Bericht der Süddeutschen Zeitung wurden 300 Beamte eingesetzt.", "de",
         "Süddeutschen Zeitung"),
        # a body of two capitalised words after "von"
        ("Es sei der sechste Ausstand, sagte ein Sprecher von Pro Bahn.", "de",
         "Sprecher von Pro Bahn"),
    ],
)  # fmt: skip
def test_speakers_read_whole(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


def test_a_place_word_is_no_body_a_bare_speaker_speaks_for() -> None:
    """ "Autobahn" ends like "Bahn", which is therefore no organisation word: the speaker
    stays a bare spokesman."""
    text = "Auf der Autobahn stauten sich die Autos auf 12 Kilometern, sagte ein Sprecher."
    (claim,) = [c for c in extract_text(text, language="de") if c.quantity is not None]
    assert claim.attribution is not None
    assert [s.name for s in claim.attribution.chain] == ["Sprecher"]


def test_a_whole_word_body_inside_a_name_does_not_key_it() -> None:
    """ "State" inside "the State Emergency Service" is no head: the name keys the body."""
    text = "The State Emergency Service said 40 people were rescued."
    att = find_attribution(text, 0, len(text), "en")
    assert att is not None and att.chain[-1].key != "?:state"


def test_the_noun_after_a_participle_of_saying_is_not_its_speaker() -> None:
    text = "Hobbs welcomed the decision, saying the state had drawn $100 billion in investment."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    names = [s.name for s in claim.attribution.chain] if claim.attribution else []
    assert "state" not in names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Witnesses said at least 20 shots were fired.", "en", "Witnesses"),
        ("The family said 3 children were missing.", "en", "family"),
        ("Augenzeugen berichteten von mindestens 20 Schüssen.", "de", "Augenzeugen"),
        ("Laut Anwohnern stand das Wasser 2 Meter hoch.", "de", "Anwohnern"),
    ],
)
def test_people_who_saw_or_lived_it_are_sources(text: str, language: str, name: str) -> None:
    att = find_attribution(text, 0, len(text), language)
    assert att is not None and [s.name for s in att.chain] == [name]
    assert att.chain[0].kind is SourceKind.PERSON


def test_a_declined_outlet_name_is_keyed_as_the_outlet() -> None:
    text = "Laut einem Bericht der Süddeutschen Zeitung wurden 300 Beamte eingesetzt."
    att = find_attribution(text, 0, len(text), "de")
    assert att is not None and att.chain[-1].key == "sz"


def test_a_figure_counted_by_an_agent_is_the_agent_s() -> None:
    from factcheck.extract import extract_text

    text = "Organisers said 150,000 joined, far more than the 40,000 counted by police."
    sources = {
        c.quote: c.attribution.chain[0].name
        for c in extract_text(text, language="en")
        if c.quantity and c.attribution
    }
    assert sources == {"150,000": "Organisers", "40,000": "police"}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Semiconductor maker Norvex", "Norvex"),
        ("utility company Evergy", "Evergy"),
        ("Carmaker Velora", "Velora"),  # a describing noun that opens the sentence
        ("rights group Open Borders Watch", "Open Borders Watch"),
    ],
)
def test_a_firm_described_before_its_name_is_the_organisation_named(phrase: str, name: str) -> None:
    src = classify_source(phrase, 0, len(phrase), "en")
    assert src is not None
    assert src.kind is SourceKind.ORGANISATION
    assert src.key == name_key(name)  # the same speaker as "Norvex said" alone


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Republican lawmaker Tom Reeve", SourceKind.PERSON),  # a role, not a firm
        ("bank Governor Ada Brill", SourceKind.PERSON),
        ("Airline Pilots Association", SourceKind.ORGANISATION),  # one name, kept whole
    ],
)
def test_a_role_or_a_whole_name_is_no_described_firm(phrase: str, kind: SourceKind) -> None:
    src = classify_source(phrase, 0, len(phrase), "en")
    assert src is not None
    assert src.kind is kind
    if kind is SourceKind.ORGANISATION:
        assert src.key != name_key("Pilots Association")


def test_a_described_firm_that_speaks_makes_its_would_a_plan() -> None:
    claims = extract_text(
        "Chip maker Norvex said on Thursday it would cut about 4,000 jobs.",
        language="en",
        published="2025-02-20",
    )
    jobs = next(c for c in claims if c.quantity is not None)
    assert [s.key for s in jobs.attribution.chain] == [name_key("Norvex")]
    assert jobs.modality.value == "planned"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The company, which employs roughly 50,000 people, said it would cut 300 jobs.",
            SourceKind.ORGANISATION,
        ),
        ("Jane Roe, who led 1,200 rescuers, said 40 people were saved.", SourceKind.PERSON),
    ],
)
def test_an_aside_with_a_thousands_comma_still_stands_between_speaker_and_verb(
    text: str, kind: SourceKind
) -> None:
    found = find_attribution(text, 0, len(text), "en")
    assert found is not None
    assert found.chain[-1].kind is kind


@pytest.mark.parametrize(
    ("described", "bare"),
    [
        ("Laut dem Vergleichsportal Verivox kostet Gas 10,3 Cent.",
         "Laut Verivox kostet Gas 10 Cent."),
        ("Laut dem Energiekonzern RWE fallen 300 Stellen weg.",
         "Laut RWE fallen 300 Stellen weg."),
        ("Semiconductor maker Norvex said it would cut 4,000 jobs.",
         "Norvex said it would cut 4,000 jobs."),
    ],
)  # fmt: skip
def test_a_german_firm_described_before_its_name_is_that_firm(described: str, bare: str) -> None:
    """ "Vergleichsportal Verivox" and "Verivox" are one source (one key), so two of its
    figures are not told apart as "different sources"."""
    from factcheck import extract_text

    def key(text: str) -> str:
        lang = "en" if " said " in text else "de"
        claim = next(c for c in extract_text(text, language=lang) if c.quantity is not None)
        assert claim.attribution is not None and claim.attribution.chain
        return claim.attribution.chain[-1].key

    assert key(described) == key(bare)


def test_who_was_told_is_no_speaker() -> None:
    """ "Officials told residents within 2 miles ...": the residents heard it; "told
    Reuters" still names the medium."""
    from factcheck.extract.actors import find_attribution

    text = "County officials told residents within 2 miles of the plant to stay inside."
    found = find_attribution(text, 0, len(text), "en")
    assert found is not None and [s.name for s in found.chain] == ["County officials"]
    text = "Twelve people died, the mayor told Reuters."
    found = find_attribution(text, 0, len(text), "en")
    assert found is not None and [s.name for s in found.chain] == ["Reuters", "mayor"]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # a name in quotation marks between the speaker's noun and its verb
        (
            "Das veranstaltende Bündnis „Dresden für alle“ sprach dagegen von mehr als "
            "50.000 Teilnehmern.",
            "de",
            "?:bündnis",
        ),
        ('The union "Unite" said more than 100,000 people took part.', "en", "?:union"),
    ],
)
def test_a_quoted_name_after_the_speaker(text: str, lang: str, key: str) -> None:
    att = find_attribution(text, 0, len(text), lang)
    assert att is not None
    (src,) = att.chain
    assert src.key == key
    assert sum(src.name.count(q) for q in '"„“”') % 2 == 0  # no quotation mark left open


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        (
            "It came ashore near the village, as a Category 4 storm with winds of 140 "
            "mph, the National Hurricane Center said.",
            "en",
            ["National Hurricane Center"],
        ),
        (
            "Police counted 50,000 marchers, organisers 80,000.",
            "en",
            ["Police", "organisers"],
        ),
        (
            "Der Sturm traf als Kategorie 3 mit 180 Kilometern pro Stunde auf, "
            "teilte der Wetterdienst mit.",
            "de",
            ["Wetterdienst"],
        ),
        (
            "SKERROW BAY, Nov 16 (WNA) - At least 62 pilot whales stranded, rescuers said.",
            "en",
            ["rescuers"],
        ),
    ],
)
def test_a_label_before_its_number_is_no_gapped_speaker(
    text: str, lang: str, sources: list[str]
) -> None:
    """ "as a Category 4 storm": the word before a number that names a thing (an
    identifier word of the numbers pack) or a month before its day is no speaker whose
    verb was left out, as the organisers are in "police counted 50,000, organisers
    80,000"."""
    att = find_attribution(text, 0, len(text), lang)
    assert att is not None
    assert sorted(s.name for s in att.chain) == sorted(sources)
