"""The scope of a figure (``pipeline.scope``): the places and names it is given for."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


@pytest.mark.parametrize(
    ("text", "lang", "quote", "scope"),
    [
        # the city a local speaker is in is where its figure holds
        ("Police in Madison said 5,000 people marched.", "en", "5,000 people", "city:madison"),
        (
            "In Bonn kamen 300 Menschen. Die Polizei in Köln sagte, 5000 Menschen hätten "
            "demonstriert.",
            "de",
            "5000 Menschen",
            "city:cologne",
        ),
        # so does the region a speaker is in
        ("Die Behörden in Rheinland-Pfalz bestätigten mehr als 50 Tote, das Innenministerium "
         "in Nordrhein-Westfalen 41 Tote.", "de", "mehr als 50 Tote", "region:de-rp"),
        ("Die Behörden in Rheinland-Pfalz bestätigten mehr als 50 Tote, das Innenministerium "
         "in Nordrhein-Westfalen 41 Tote.", "de", "41 Tote", "region:de-nw"),
        # named before the officials too, who are a government
        ("Alabama officials said about 140 homes were destroyed.", "en", "about 140 homes",
         "region:us-al"),
    ],
)  # fmt: skip
def test_the_city_a_local_speaker_is_in_scopes_its_figure(
    text: str, lang: str, quote: str, scope: str
) -> None:
    claims = {c.quote: c for c in extract_text(text, language=lang, published="2024-03-05")}
    measure = claims[quote].measure
    assert measure is not None and scope in measure.scope


@pytest.mark.parametrize(
    "text",
    ["Ecuador has confirmed 890 deaths.", "Ecuador, across the border, has confirmed 890 deaths."],
)
def test_a_country_that_speaks_scopes_its_figure(text: str) -> None:
    """The place is the whole source: what it counts is counted in it, also when an
    apposition stands between it and its verb."""
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.attribution is not None and claim.attribution.chain[0].name == "Ecuador"
    assert claim.measure is not None and "country:EC" in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # the region a speaker's name opens with, or ends with, is the speaker's
        ("The Ohio State Highway Patrol said 30 crashes were reported.", ("region:us-oh",)),
        ("NHS England said 175,000 appointments were rescheduled.", ("region:gb-england",)),
        # a place with words of a longer name before and after it is a word of the name
        ("According to Great Lakes & Ohio Valley Railroad, the train hauled 16 tank cars.", ()),
    ],
)
def test_a_region_inside_a_speakers_name(text: str, scope: tuple[str, ...]) -> None:
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.scope == scope


def test_a_governments_seat_does_not_scope_its_figure() -> None:
    text = "The health ministry in Damascus said 403 people died in Syria."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.scope == ("country:SY",)


@pytest.mark.parametrize(
    ("text", "lang", "holders"),
    [
        ("Labour won 33.7 percent of the vote.", "en", {"33.7": "labour"}),
        # a holder after the figure before it is that share's own
        ("The Conservatives won 23.7 percent of the vote, Reform UK 14.3 percent.", "en",
         {"23.7": "conservatives", "14.3": "reform uk"}),
        ("Die AfD erreichte 30,6 Prozent, die SPD 7,3 Prozent.", "de",
         {"30,6": "afd", "7,3": "spd"}),
        ("Die Grünen erreichten im Bund 12 Prozent und die Linke 4,9 Prozent.", "de",
         {"12": "grünen", "4,9": "linke"}),
        # no holder after a preposition, an article and adjectives between
        ("Die CDU erreichte bei der Landtagswahl 32,9 Prozent.", "de", {"32,9": "cdu"}),
        ("Nach dem vorläufigen Endergebnis wurde die CDU mit 31,9 Prozent stärkste Kraft.",
         "de", {"31,9": "cdu"}),
        ("Die Wahlbeteiligung lag bei 74,4 Prozent.", "de", {"74,4": "wahlbeteiligung"}),
        # a noun after a preposition and a number is none (in German); a name is
        ("Die GSN fordert für die rund 1.400 Beschäftigten 7,5 Prozent.", "de",
         {"7,5": "gsn"}),
        # a body's kind before its name: the name holds it
        ("Die Gewerkschaft GSN verlangt 5,8 Prozent mehr Geld.", "de", {"5,8": "gsn"}),
        ("The yield on the 10-year Treasury note fell to 4.26 percent.", "en",
         {"4.26": "treasury"}),
        # a source is no holder
        ("Laut Forsa kommt die Union auf 30 Prozent.", "de", {"30": "union"}),
        # the possessive is the holder's
        ("Labour's vote share was 33.8 percent, the Conservatives' 23.7 percent.", "en",
         {"33.8": "labour", "23.7": "conservatives"}),
    ],
)  # fmt: skip
def test_a_share_is_scoped_by_the_name_that_holds_it(
    text: str, lang: str, holders: dict[str, str]
) -> None:
    claims = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    for figure, holder in holders.items():
        (claim,) = [c for c in claims if figure in c.quote]
        assert claim.measure is not None
        names = [x for x in claim.measure.scope if ":" not in x]
        assert names == [holder], claim.quote


@pytest.mark.parametrize(
    "text",
    [
        "About 40 percent of the homes were destroyed.",
        "Am Ende lag sie bei 16 Prozent.",
        "Sie fordert 9,5 Prozent mehr Geld.",  # a pronoun names no holder
        # a capital that only opens the sentence, of a word the text writes in lower case
        "Budget documents put the shortfall at about 1.7 per cent. The budget was tabled.",
    ],
)
def test_a_share_with_no_name_before_it_has_no_holder(text: str) -> None:
    lang = "en" if text.startswith(("About", "Budget")) else "de"  # the others are German
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None
    assert [x for x in claim.measure.scope if ":" not in x] == []


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        # a clause opener is no preposition; a relative clause holds for the name before it
        ("The People's Party came second, while the nationalist Homeland Party took 14.5"
         " percent.", "14.5", "homeland party"),
        ("The big winner was the Homeland Party, which took 15.4 percent.", "15.4",
         "homeland party"),
        # a weekday in the possessive names no holder
        ("The Social Democrats won Sunday's election with 31.2 percent.", "31.2",
         "social democrats"),
    ],
)  # fmt: skip
def test_a_share_s_holder_across_a_clause_opener_or_a_relative_pronoun(
    text: str, figure: str, holder: str
) -> None:
    (claim,) = [c for c in extract_text(text, language="en") if figure in c.quote]
    assert claim.measure is not None
    assert holder in claim.measure.scope and "sunday's" not in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "quote", "scope"),
    [
        # a list of places after the figure's stretch is its scope, all of it
        ("Durchsucht wurden 38 Objekte in Nordrhein-Westfalen, Niedersachsen und Hessen.",
         "de", "38 Objekte", ("region:de-he", "region:de-ni", "region:de-nw")),
        ("Police searched 38 properties in Texas, Oklahoma and Kansas.", "en",
         "38 properties", ("region:us-ks", "region:us-ok", "region:us-tx")),
        # one figure for places together is no breakdown by place
        ("In Bayern und Hessen starben 12 Menschen.", "de", "12 Menschen",
         ("region:de-by", "region:de-he")),
        # a place inside the one before lists nothing
        ("A quake struck Japan's Niigata prefecture, killing 12 people.", "en", "12 people",
         ("country:JP",)),
    ],
)  # fmt: skip
def test_a_figure_for_a_list_of_places_is_given_for_all_of_them(
    text: str, lang: str, quote: str, scope: tuple[str, ...]
) -> None:
    assert _places_of(text, lang, quote) == scope


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a place in the genitive scopes the figure as "in" does
        ("Auf Deutschlands Straßen starben 2.830 Menschen.", "2.830 Menschen", ("country:DE",)),
        ("Auf den Straßen Bayerns starben 472 Menschen.", "472 Menschen", ("region:de-by",)),
        ("In Deutschland starben 2.830 Menschen.", "2.830 Menschen", ("country:DE",)),
    ],
)
def test_a_place_in_the_genitive_scopes_its_figure(
    text: str, quote: str, scope: tuple[str, ...]
) -> None:
    assert _places_of(text, "de", quote) == scope


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a city named by its adjective after a scoping preposition
        ("Am Frankfurter Flughafen fielen 689 Flüge aus.", "689 Flüge",
         ("city:frankfurt-am-main",)),
        ("In der Kölner Innenstadt mussten 12.000 Menschen ihre Wohnungen verlassen.",
         "12.000 Menschen", ("city:cologne",)),
        # not a newspaper or a body named after the city
        ("Die Frankfurter Allgemeine berichtet von 300 Toten.", "300 Toten", ()),
    ],
)  # fmt: skip
def test_a_city_adjective_after_a_preposition_scopes_its_figure(
    text: str, quote: str, scope: tuple[str, ...]
) -> None:
    assert _places_of(text, "de", quote) == scope


def _places_of(text: str, lang: str, quote: str) -> tuple[str, ...]:
    """The scope of the one claim quoting ``quote``, without the ``scope:`` marks."""
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None
    return tuple(x for x in claim.measure.scope if not x.startswith("scope:"))


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        # a list that names each place before its figure
        ("In Polen starben sieben Menschen, in Österreich fünf und in Tschechien vier.", "de",
         {"sieben Menschen": "country:PL", "fünf": "country:AT", "vier": "country:CZ"}),
        ("The outbreak is the worst in Kenya in 70 years and in Ethiopia in 25 years.", "en",
         {"70 years": "country:KE", "25 years": "country:ET"}),
        # and one that names it after
        ("Seven people died in Romania, six in Poland and three in the Czech Republic.", "en",
         {"Seven people": "country:RO", "six": "country:PL", "three": "country:CZ"}),
        # a place before the first figure and none between: the opening place governs
        ("In Ecuador, the ministry counted 640 dead and 2,000 injured.", "en",
         {"640 dead": "country:EC", "2,000": "country:EC"}),
    ],
)  # fmt: skip
def test_each_figure_of_a_list_takes_the_place_on_its_side(
    text: str, lang: str, places: dict[str, str]
) -> None:
    claims = {c.quote: c for c in extract_text(text, language=lang) if c.quantity is not None}
    for quote, place in places.items():
        measure = claims[quote].measure
        assert measure is not None
        assert [x for x in measure.scope if x.startswith(("country:", "region:"))] == [place]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "region"),
    [
        ("Am stärksten betroffen war die Provinz Al-Haouz mit 1293 Toten.", "de", "1293 Toten",
         "region:alhaous"),
        ("In der Provinz Al-Haouz starben mindestens 1351 Menschen.", "de",
         "mindestens 1351 Menschen", "region:alhaous"),
        ("Im Gebiet des Landkreises Ahrweiler starben 135 Menschen.", "de", "135 Menschen",
         "region:ahrveiler"),
        ("Al Haouz province accounted for 1,293 of the deaths.", "en", "1,293",
         "region:alhaous"),
        ("In the province of Hatay, 20,000 people died.", "en", "20,000 people",
         "region:hatai"),
        # a district, and a police authority's area
        ("Im Kreis Olpe wurden 12 Menschen verletzt.", "de", "12 Menschen", "region:olpe"),
        ("Allein im Bereich des Polizeipräsidiums Mittelhessen gab es 243 Unfälle.", "de",
         "243 Unfälle", "region:mitelhesen"),
        # a measuring site and its name: where the reading was taken
        ("Am Pegel Kaub wurden 78 Zentimeter gemessen.", "de", "78 Zentimeter", "site:kaub"),
        ("The Kaub gauge read 78 centimetres on Tuesday.", "en", "78 centimetres",
         "site:kaub"),
    ],
)  # fmt: skip
def test_an_administrative_area_and_its_name_scope_a_figure(
    text: str, lang: str, quote: str, region: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and region in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "quote", "region"),
    [
        ("Cases began in the Orley School District. In the district, 78% of pupils are "
         "vaccinated.", "en", "78%", "region:orlei"),
        ("Im Landkreis Olpe gab es 12 Fälle. Im Landkreis wurden 90 Menschen geimpft.", "de",
         "90 Menschen", "region:olpe"),
    ],
)  # fmt: skip
def test_an_area_noun_after_the_names_the_area_named_last(
    text: str, lang: str, quote: str, region: str
) -> None:
    """ "in *the district*" after "the Orley School District": that district's figure."""
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and region in claim.measure.scope


def test_an_area_noun_after_a_names_no_area() -> None:
    """ "in *a* district": not the one named before."""
    text = "Cases began in the Orley School District. In a district nearby, 78% are vaccinated."
    (claim,) = [c for c in extract_text(text, language="en") if c.quote == "78%"]
    assert claim.measure is not None and not any(
        x.startswith("region:") for x in claim.measure.scope
    )


def test_a_circle_of_people_is_no_district() -> None:
    """ "im Kreis der Familie": no name follows the noun, so no region."""
    (guests,) = [c for c in extract_text("Im Kreis der Familie feierten 30 Gäste.", language="de")]
    assert guests.measure is not None and not guests.measure.scope


def test_several_areas_name_no_region() -> None:
    claims = [c for c in extract_text("Three provinces reported 40 deaths.", language="en")]
    assert all(
        not any(x.startswith("region:") for x in c.measure.scope) for c in claims if c.measure
    )


@pytest.mark.parametrize(
    ("text", "lang", "quote", "place"),
    [
        ("Die Quote lag bei 3,9 Prozent, wie die Regionaldirektion Bayern mitteilte.", "de",
         "3,9 Prozent", "region:de-by"),
        ("At least four people died, the Missouri State Highway Patrol said.", "en",
         "At least four people", "region:us-mo"),
    ],
)  # fmt: skip
def test_a_local_body_that_speaks_gives_its_place_to_figures_without_one(
    text: str, lang: str, quote: str, place: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and place in claim.measure.scope


def test_a_persons_title_gives_no_place() -> None:
    """ "Maryland Governor Wes Moore said": a person speaks, no body of the place."""
    text = "The ship carried nearly 4,700 containers, Maryland Governor Wes Moore said."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and "region:us-md" not in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a name with a word of a body names the body, not what the figure is about
        ("A report filed with the Office for Civil Rights put the number of victims at 3,100.", ()),
        ("Crews of the Ridgeway Fire Department saved 300 homes.", ()),
        # an event's name narrows its figure
        ("The Ridgeway Fire destroyed 300 homes.", ("ridgeway",)),
        ("In the Harbour Towers, 40 people were hurt.", ("harbour", "towers")),
    ],
)
def test_a_bodys_name_is_no_scope(text: str, scope: tuple[str, ...]) -> None:
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.scope == scope


@pytest.mark.parametrize(
    "text",
    [
        # a nationality is no name, also as the first part of a hyphenated word
        "The Liberian-flagged tanker drifted about 3 miles.",
        "Crews searched the Russian-occupied bank for 40 people.",
        "The American team won 30 medals.",
    ],
)
def test_a_nationality_is_no_scope(text: str) -> None:
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None
    assert not [x for x in claim.measure.scope if not x.startswith(("scope:", "held:"))]


def test_a_possessive_before_a_partys_name_is_its_owner() -> None:
    """ "Baptiste's United Progressive Party took 13 seats": the party holds them, by the
    name other articles use for it."""
    (seats, *_) = [
        c
        for c in extract_text(
            "Baptiste's United Progressive Party took 13 seats, down from 20.", language="en"
        )
        if c.quantity is not None
    ]
    assert seats.measure is not None and "united progressive party" in seats.measure.scope


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        # a share of one country's people is that country's
        ("The company is to cut 20 percent of its Irish employees.", "en", "country:IE"),
        ("Der Konzern streicht 20 Prozent seiner deutschen Beschäftigten.", "de", "country:DE"),
    ],
)
def test_a_share_of_a_nations_people_is_that_countrys(
    text: str, language: str, country: str
) -> None:
    (share,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert share.measure is not None and country in share.measure.scope


@pytest.mark.parametrize(
    ("text", "quote", "place"),
    [
        # "dort" stands for the place named before it in the sentence
        (
            "Spitzenreiter blieb Bayern: Dort wurden 48.900 Wohnungen fertig.",
            "48.900",
            "region:de-by",
        ),
        ("In Hamburg gab es 30 Verletzte, dort starben zwei Menschen.", "zwei", "city:hamburg"),
        # or in the sentence before; "Freistaat" stands for a region only
        ("An der Spitze steht Bayern. Der Freistaat meldete 54.900 fertiggestellte Wohnungen.",
         "54.900", "region:de-by"),
    ],
)  # fmt: skip
def test_a_place_anaphor_takes_the_place_before(text: str, quote: str, place: str) -> None:
    (claim,) = [c for c in extract_text(text, language="de") if quote in c.quote]
    assert claim.measure is not None and place in claim.measure.scope


def test_a_figures_own_name_outranks_the_sentences_subject() -> None:
    """ "The Dow shed 1,200 points, while the S&P 500 fell 198 points": the 198 are the
    S&P 500's, the 1,200 the Dow's."""
    claims = extract_text(
        "The Dow shed more than 1,200 points, while the S&P 500 fell 198 points.", language="en"
    )
    scopes = {c.quote: c.measure.scope for c in claims if c.measure is not None}
    assert scopes["more than 1,200 points"] == ("dow",)
    assert scopes["198 points"] == ("s&p",)


def test_a_region_anaphor_skips_a_city() -> None:
    """ "In Regensburg stieg das Wasser. Für Schäden stellt der Freistaat 100 Millionen Euro
    bereit": the Freistaat is no city."""
    (claim,) = [
        c
        for c in extract_text(
            "In Regensburg stieg das Wasser weiter. Für Schäden stellt der Freistaat "
            "100 Millionen Euro bereit.",
            language="de",
        )
        if c.quantity is not None
    ]
    assert claim.measure is not None and "city:regensburg" not in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a kind of people holding a share, also opening a sentence in lower-case English
        ("More women came this year. Women accounted for 27 percent of arrivals.", "en",
         "kind:woman"),
        ("Children accounted for 24 percent of all arrivals.", "en", "kind:child"),
        ("Frauen machten 17 Prozent der Ankommenden aus.", "de", "kind:woman"),
    ],
)  # fmt: skip
def test_a_share_held_by_a_kind_of_people_is_that_kind_s(text: str, lang: str, kind: str) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity]
    assert claim.measure is not None and kind in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Das Ministerium meldete für Schleswig-Holstein Schäden von etwa sechs Millionen Euro.",
            "de",
            "region:de-sh",
        ),
        ("The ministry reported damage of about $6 million for Florida.", "en", "region:us-fl"),
    ],
)
def test_a_figure_given_for_a_place_is_that_places(text: str, lang: str, place: str) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None and place in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "quote", "place"),
    [
        ("- GIZ Nord (Göttingen): 96 Anfragen", "de", "96 Anfragen", "city:gottingen"),
        ("- GIZ Erfurt: 118 Anfragen", "de", "118 Anfragen", "city:erfurt"),
        ("Bayern: 54.900 Wohnungen", "de", "54.900 Wohnungen", "region:de-by"),
        ("• Berlin: 81 calls", "en", "81 calls", "city:berlin"),  # a capital, not its government
    ],
)
def test_a_place_in_a_list_lines_label_scopes_its_figure(
    text: str, lang: str, quote: str, place: str
) -> None:
    """ "- GIZ Erfurt: 118 Anfragen": the line's label, before the colon, names the place."""
    claims = {c.quote: c for c in extract_text(text, language=lang, published="2025-10-13")}
    measure = claims[quote].measure
    assert measure is not None and place in measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "quote", "place", "not_place"),
    [
        ("Das Giftinformationszentrum in Erfurt, das für Thüringen und Sachsen zuständig "
         "ist, registrierte 181 Anfragen.", "de", "181 Anfragen", "city:erfurt",
         "region:de-sn"),
    ],
)  # fmt: skip
def test_a_place_in_a_relative_clause_does_not_scope_the_figure_after_it(
    text: str, lang: str, quote: str, place: str, not_place: str
) -> None:
    """The places a relative clause names describe the noun before it: the figure after
    the clause has the place of the main clause."""
    claims = {c.quote: c for c in extract_text(text, language=lang, published="2025-10-08")}
    measure = claims[quote].measure
    assert measure is not None and place in measure.scope and not_place not in measure.scope
    shares = extract_text(
        "Shares in the club, which are listed in New York, rose as much as 9 percent.",
        language="en",
        published="2024-03-05",
    )
    (share,) = [c for c in shares if c.quantity is not None]
    assert share.measure is not None and "city:new-york-city" not in share.measure.scope


def _scopes(text: str, lang: str = "de") -> dict[str, tuple[str, ...]]:
    return {
        c.quote: c.measure.scope
        for c in extract_text(text, language=lang, published="2026-02-12")
        if c.measure is not None
    }


def test_a_paragraph_about_one_place_goes_on_with_its_figures() -> None:
    """A count with no place of its own, in a later sentence of the paragraph whose last
    count was given for a city the sentence opened with, is that city's."""
    scopes = _scopes(
        "In Düsseldorf strichen die Airlines etwa 470 Flüge. Der Flughafen sprach von "
        "etwa 57.000 betroffenen Passagieren."
    )
    assert "city:dusseldorf" in scopes["etwa 57.000 betroffenen Passagieren"]
    scopes = _scopes(
        "In Seoul, 132 people were injured on Saturday. Another 40 people were taken to hospital.",
        "en",
    )
    assert "city:seoul" in scopes["40 people"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a new paragraph
        ("In Düsseldorf strichen die Airlines 470 Flüge.\n\nBetroffen waren 57.000 Passagiere.",
         "57.000 Passagiere"),
        # a total
        ("In Düsseldorf strichen die Airlines 470 Flüge. Insgesamt waren 150.000 Reisende "
         "betroffen.", "150.000 Reisende"),
        # a country frames a statistic as often as it is the topic
        ("In Deutschland starben 2024 rund 2.800 Menschen im Verkehr. Bei dem Unfall wurden "
         "zwölf Menschen verletzt.", "zwölf Menschen"),
        # a city named after the figure is not the sentence's topic
        ("Rund 470 Flüge fielen aus, die meisten in Düsseldorf. Betroffen waren 57.000 "
         "Passagiere.", "57.000 Passagiere"),
        # a measure does not go on with a count's place
        ("In Kiel rückte die Feuerwehr zu 310 Einsätzen aus. Die Wetterstation maß Böen von "
         "142 Kilometern pro Stunde.", "142 Kilometern pro Stunde"),
    ],
)  # fmt: skip
def test_a_paragraphs_place_does_not_go_on(text: str, quote: str) -> None:
    scope = _scopes(text)[quote]
    assert not [k for k in scope if k.startswith(("city:", "country:"))], scope


def test_a_total_word_right_before_the_next_figure_is_that_figures() -> None:
    """ "121 Anlagen mit *zusammen* 640 Megawatt", "16 Goldmedaillen und *insgesamt* 65":
    the later figure is the total, not the first."""
    scopes = _scopes("Schleswig-Holstein nahm 121 Anlagen mit zusammen 640 Megawatt in Betrieb.")
    assert "scope:all" not in scopes["121 Anlagen"]
    assert "scope:all" in scopes["640 Megawatt"]
    scopes = _scopes("Frankreich gewann 16 Goldmedaillen und insgesamt 65 Medaillen.")
    assert "scope:all" not in scopes["16 Goldmedaillen"]


def test_a_city_adjective_in_the_opening_subject_scopes_the_figures() -> None:
    """ "Der Hamburger Flughafen meldete 260 gestrichene Flüge", "Die Kölner Polizei zählte
    12 Festnahmen": the subject is the city's, and its paragraph goes on about it."""
    scopes = _scopes(
        "Der Hamburger Flughafen meldete 260 gestrichene Flüge. Betroffen seien rund "
        "40.000 Passagiere."
    )
    assert "city:hamburg" in scopes["260 gestrichene Flüge"]
    assert "city:hamburg" in scopes["rund 40.000 Passagiere"]
    assert "city:cologne" in _scopes("Die Kölner Polizei zählte 12 Festnahmen.")["12 Festnahmen"]
    # an adjective of no city, or of a newspaper's name, scopes nothing
    assert not _scopes("Die neue Halle fasst 5.000 Menschen.")["5.000 Menschen"]
    assert not _scopes("Die Berliner Zeitung berichtet von 300 Toten.")["300 Toten"]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "scope"),
    [
        ("An den deutschen Standorten arbeiten derzeit rund 2.400 Beschäftigte.", "de",
         "rund 2.400 Beschäftigte", ("country:DE",)),
        ("In den polnischen Werken fallen 300 Stellen weg.", "de", "300 Stellen",
         ("country:PL",)),
        ("About 2,400 people work at its German plants.", "en", "About 2,400 people",
         ("country:DE",)),
        # the adjective of no site is no place
        ("In den deutschen Medien war von 300 Toten die Rede.", "de", "300 Toten", ()),
    ],
)  # fmt: skip
def test_a_bodys_sites_named_by_their_country_scope_its_figure(
    text: str, lang: str, quote: str, scope: tuple[str, ...]
) -> None:
    assert _places_of(text, lang, quote) == scope


def test_a_day_before_the_comma_is_no_name_a_population_is_given_for() -> None:
    """A population's apposition follows the name before its comma ("Fenwick Cross, home
    to some 900 people"); a day there is none."""
    text = "The town was dry on Wednesday, and the town's 8,000 residents were asked to save."
    assert _scopes(text, "en")["8,000 residents"] == ()
    named = _scopes("Fenwick Cross, home to some 900 people, was emptied first.", "en")
    assert named["some 900 people"] == ("fenwick cross",)
