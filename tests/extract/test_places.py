"""The gazetteer: countries, exonyms, metonymy, containment, adjectives, no false hits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import UnknownNameError
from factcheck.extract.matches import PlaceMatch
from factcheck.extract.places import (
    contains,
    country_of,
    country_of_adjective,
    country_place,
    find_places,
    lookup_place,
    nationality_of,
    place_by_key,
    related,
    stands_for,
)
from factcheck.models import PlaceKind


def keys(text: str, lang: str = "de") -> list[str]:
    return [m.place.key for m in find_places(text, lang)]


def only(text: str, lang: str = "de") -> PlaceMatch:
    found = find_places(text, lang)
    assert len(found) == 1, found
    return found[0]


def by_key(text: str, key: str, lang: str = "de") -> PlaceMatch:
    found = [m for m in find_places(text, lang) if m.place.key == key]
    assert found, (text, key, find_places(text, lang))
    return found[0]


# --- countries -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Die Regierung von Russland protestierte.", "country:RU"),
        ("Die Armee Russlands rückte vor.", "country:RU"),
        ("Nordkoreas Diktator reiste ab.", "country:KP"),
        ("Er flog nach Südkorea.", "country:KR"),
        ("Die Gespräche mit den USA stocken.", "country:US"),
        ("Die Vereinigten Staaten reagierten.", "country:US"),
        ("Der Botschafter reiste nach Großbritannien.", "country:GB"),
        ("Sie lebt in Weißrussland.", "country:BY"),
        ("Sie lebt in Belarus.", "country:BY"),
        ("Der Krieg in der Ukraine dauert an.", "country:UA"),
        ("Die Türkei vermittelt.", "country:TR"),
        ("Er sprach über Syrien und den Iran.", "country:SY"),
        ("Die Lage im Kosovo bleibt ruhig.", "country:XK"),
        ("Die Vereinigten Arabischen Emirate investieren.", "country:AE"),
        ("Die Tschechische Republik stimmte zu.", "country:CZ"),
    ],
)
def test_german_country_names(text: str, key: str) -> None:
    assert key in keys(text, "de")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Russia said on Monday it would respond.", "country:RU"),
        ("Russia's army advanced.", "country:RU"),
        ("He travelled to North Korea.", "country:KP"),
        ("Talks with the United States stalled.", "country:US"),
        ("Britain and France agreed.", "country:GB"),
        ("Exports from Vietnam rose.", "country:VN"),
        ("The talks in Turkey failed.", "country:TR"),
        ("Fighting in the Gaza Strip continued.", "region:gaza-strip"),
        ("Settlers in the West Bank protested.", "region:west-bank"),
    ],
)
def test_english_country_names(text: str, key: str) -> None:
    assert key in keys(text, "en")


def test_genitive_keeps_span_but_drops_ending_in_name() -> None:
    text = "Die Straßen Pjöngjangs sind leer."
    m = only(text)
    assert text[m.start : m.end] == "Pjöngjangs"
    assert m.place.name == "Pjöngjang"
    assert m.place.key == "city:pyongyang"


def test_genitive_of_a_multiword_name() -> None:
    m = only("Die Sprecherin des Weißen Hauses sagte nichts.")
    assert m.place.key == "site:white-house"
    assert m.place.name == "Weißen Haus"


# --- exonyms and transliterations -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Moskau", "city:moscow"),
        ("Pjöngjang", "city:pyongyang"),
        ("Wladiwostok", "city:vladivostok"),
        ("Peking", "city:beijing"),
        ("Kiew", "city:kyiv"),
        ("Kyjiw", "city:kyiv"),
        ("Warschau", "city:warsaw"),
        ("Rom", "city:rome"),
        ("Mailand", "city:milan"),
        ("Sotschi", "city:sochi"),
        ("Chabarowsk", "city:khabarovsk"),
        ("Charkiw", "city:kharkiv"),
        ("Köln", "city:cologne"),
        ("München", "city:munich"),
        ("Lemberg", "city:lviv"),
        ("Danzig", "city:gdansk"),
    ],
)
def test_german_exonyms(name: str, key: str) -> None:
    m = only(f"Die Delegation reiste nach {name}.")
    assert m.place.key == key
    assert m.place.kind is PlaceKind.CITY


def test_english_spellings_of_the_same_cities() -> None:
    text = "Flights from Moscow, Pyongyang, Vladivostok, Beijing and Kyiv were cancelled."
    assert keys(text, "en") == [
        "city:moscow",
        "city:pyongyang",
        "city:vladivostok",
        "city:beijing",
        "city:kyiv",
    ]


def test_multiword_names() -> None:
    assert by_key("Sie trafen sich im Kosmodrom Wostotschny.", "site:vostochny-cosmodrome")
    assert by_key("Er besuchte Komsomolsk am Amur.", "city:komsomolsk-on-amur")
    assert by_key("Die Feier auf dem Kim-Il-Sung-Platz.", "site:kim-il-sung-square")
    assert by_key("Er urlaubt am Schwarzen Meer.", "sea:black-sea")
    assert by_key("Sie trafen sich in der Region Amur.", "region:ru-amur")
    m = by_key("They met at the Vostochny Cosmodrome.", "site:vostochny-cosmodrome", "en")
    assert m.preposition == "at"


def test_longest_match_wins() -> None:
    # "Wostotschny" alone is the cosmodrome; "Hafen Wostotschny" is a port in Primorye
    assert keys("Schiffe liegen im Hafen Wostotschny.") == ["site:vostochny-port"]
    assert keys("Das Treffen in Wostotschny.") == ["site:vostochny-cosmodrome"]


def test_lower_case_start_name() -> None:
    m = only("Die Lage auf der koreanischen Halbinsel ist angespannt.")
    assert m.place.key == "region:korean-peninsula"
    assert m.preposition == "auf"


def test_truncated_compound() -> None:
    # German "Nord- und Südkorea": "Nord-" is completed from the next word
    found = find_places("Die Spannungen zwischen Nord- und Südkorea wachsen.", "de")
    assert [m.place.key for m in found] == ["country:KP", "country:KR"]
    assert found[0].place.name == "Nordkorea"


# --- prepositions and metonymy ----------------------------------------------------------


def test_preposition_across_article_adjective_and_place_noun() -> None:
    assert by_key("im russischen Wladiwostok", "city:vladivostok").preposition == "im"
    text = "Er landete in der nordkoreanischen Hauptstadt Pjöngjang."
    assert by_key(text, "city:pyongyang").preposition == "in"


def test_english_prepositions() -> None:
    found = find_places("Attacks on Kharkiv. The ship sank off Crimea.", "en")
    assert [(m.place.key, m.preposition) for m in found] == [
        ("city:kharkiv", "on"),
        ("region:crimea", "off"),
    ]


def test_region_compounds() -> None:
    m = only("Die Kämpfe in der Ostukraine gehen weiter.")
    assert m.place.key == "region:ua-east"
    assert m.place.within == ("country:UA", "region:europe")


def test_conjunction_shares_the_preposition() -> None:
    found = find_places("Gespräche in Moskau und Pjöngjang.", "de")
    assert [m.preposition for m in found] == ["in", "in"]
    assert not any(m.metonym for m in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Nach US-Erkenntnissen lieferte Pjöngjang Moskau Munition.", "city:pyongyang"),
        ("Nach US-Erkenntnissen lieferte Pjöngjang Moskau Munition.", "city:moscow"),
        ("Moskau weicht Sanktionen auf.", "city:moscow"),
        ("Der Kreml erklärte, es gebe keine Abkommen.", "site:kremlin"),
        ("Die Annäherung Moskaus an Pjöngjang.", "city:moscow"),
        ("Die Annäherung Moskaus an Pjöngjang.", "city:pyongyang"),
        ("Washington hegt große Bedenken.", "city:washington"),
        ("Brüssel fordert neue Sanktionen.", "city:brussels"),
    ],
)
def test_capital_as_actor_is_a_metonym(text: str, key: str) -> None:
    assert by_key(text, key).metonym


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Putin will am Abend in Pjöngjang eintreffen.", "city:pyongyang"),
        ("Die Straßen Pjöngjangs sind blank geputzt.", "city:pyongyang"),
        ("Er reist nach Moskau.", "city:moscow"),
        ("Das Treffen fand im Kreml statt.", "site:kremlin"),
        ("MOSKAU/BERLIN taz | Die Straßen sind leer.", "city:moscow"),
        ("MOSKAU/BERLIN taz | Die Straßen sind leer.", "city:berlin"),
        ("Pjöngjang – Russlands Präsident reist an.", "city:pyongyang"),
        ("Die Zeremonie auf Pjöngjangs Kim-Il-Sung-Platz.", "city:pyongyang"),
    ],
)
def test_capital_as_location_is_not_a_metonym(text: str, key: str) -> None:
    assert not by_key(text, key).metonym


def test_english_metonymy() -> None:
    assert by_key("The Kremlin said the talks went well.", "site:kremlin", "en").metonym
    assert by_key("Washington was concerned.", "city:washington", "en").metonym
    assert not by_key("He spoke at the Kremlin.", "site:kremlin", "en").metonym
    assert not by_key("Putin arrived in Pyongyang.", "city:pyongyang", "en").metonym


def test_english_capital_before_an_organisation_name_is_not_a_metonym() -> None:
    assert not by_key("Tokyo Electric said the plant was safe.", "city:tokyo", "en").metonym


def test_preposition_is_not_taken_from_the_previous_line() -> None:
    text = "Floods drove thousands from their homes\n\nVIENNA, Sept. 16 - Heavy rain fell."
    m = by_key(text, "city:vienna", "en")
    assert m.preposition is None
    assert not m.metonym  # a dateline


def test_countries_are_never_metonyms() -> None:
    assert not any(m.metonym for m in find_places("Russland lieferte Waffen.", "de"))


# --- compounds, adjectives, abbreviations ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putins Nordkorea-Reise zeigt viel.",
        "Der Russland-Besuch ist vorbei.",
        "Der Kreml-Chef lobte das Land.",
        "Die US-Regierung ist besorgt.",
        "Die EU-Länder hatten Mühe.",
        "Der Ukraine-Krieg dauert an.",
    ],
)
def test_compound_prefixes_are_not_places(text: str) -> None:
    assert find_places(text, "de") == []


def test_english_us_as_adjective_and_as_noun() -> None:
    assert keys("US officials said so.", "en") == []
    assert keys("US President Joe Biden spoke.", "en") == []
    assert keys("Talks in the US ended.", "en") == ["country:US"]
    assert keys("The US and the UK agreed.", "en") == ["country:US", "country:GB"]
    assert keys("The U.S. imposed sanctions.", "en") == ["country:US"]


@pytest.mark.parametrize(
    ("word", "lang", "code"),
    [
        ("russischen", "de", "RU"),
        ("russische", "de", "RU"),
        ("Russischer", "de", "RU"),
        ("nordkoreanische", "de", "KP"),
        ("südkoreanischen", "de", "KR"),
        ("US-amerikanischen", "de", "US"),
        ("US-Verteidigungsminister", "de", "US"),
        ("EU-Länder", "de", "EU"),
        ("Nordkorea-Reise", "de", "KP"),
        ("Russland-Besuch", "de", "RU"),
        ("Kreml-Sprecher", "de", "RU"),
        ("Kremlchef", "de", "RU"),
        ("Moskauer", "de", "RU"),
        ("belarussischen", "de", "BY"),
        ("Russen", "de", "RU"),
        ("Amerikaner", "de", "US"),
        ("US", "en", "US"),
        ("U.S.", "en", "US"),
        ("North Korean", "en", "KP"),
        ("north-korean", "en", "KP"),
        ("South Korean", "en", "KR"),
        ("Russian", "en", "RU"),
        ("American", "en", "US"),
        ("British", "en", "GB"),
        ("Americans", "en", "US"),
        ("Kremlin-backed", "en", "RU"),
    ],
)
def test_country_of_adjective(word: str, lang: str, code: str) -> None:
    assert country_of_adjective(word, lang) == code


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("UN-Sanktionen", "de"),
        ("NATO-Gipfel", "de"),
        ("russisch-chinesische", "de"),
        ("Haus", "de"),
        ("schnell", "de"),
        ("Putin", "de"),
        ("quickly", "en"),
        ("", "en"),
    ],
)
def test_country_of_adjective_refuses_non_country_words(word: str, lang: str) -> None:
    assert country_of_adjective(word, lang) is None


# --- names that are not places ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beim Essen sprachen wir über die Halle und die Mitte des Raumes.",
        "Nach dem Essen gingen alle nach Hause.",
        "Das Leiden der Menschen ist groß.",
        "Siegen ist schön, Verlieren nicht.",
        "Der Rest kommt später. Dort wurde gefeiert. Klar ist, dass der Name bleibt.",
        "Die Tour de France beginnt im Juli. Das Orange der Blätter leuchtet.",
        "US-Verteidigungsminister Lloyd Austin traf Victoria Beckham.",
        "Der Besuch von Wladimir Putin war kurz.",
        "Die Sonne scheint, der Himmel ist blau, und die Vögel singen.",
        "Das Unternehmen meldete einen Gewinn. Die Aktie stieg. Der Vorstand trat zurück.",
        "Die Pest wütete im Mittelalter. Am Ende des Tages zählt nur das Ergebnis.",
    ],
)
def test_no_false_hits_in_german(text: str) -> None:
    assert find_places(text, "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "Reading the report, she felt nice. The split was clear.",
        "Mobile phones are everywhere. He took a bath in the orange light.",
        "The man said the van was late and the metro was full.",
        "Independence Day is in July. Providence smiled on them. Surprise was total.",
        "Lloyd Austin met Victoria Beckham and George Clooney.",
        "Chad Smith and Jordan Peterson spoke. Paris Hilton laughed.",
        "The president said the economy would grow.",
        "He read the Washington Post and the New York Times.",
        "Scotland Yard put the crowd at about 55,000.",
        "Good luck! In the end, the rest was history.",
    ],
)
def test_no_false_hits_in_english(text: str) -> None:
    assert find_places(text, "en") == []


def test_ambiguous_city_names_need_a_preposition() -> None:
    assert keys("Das Spiel fand in Essen statt.") == ["city:essen"]
    assert keys("Die Familie war beim Essen.") == []
    assert keys("The summit took place in Nice.", "en") == ["city:nice"]
    # the preposition opening a sentence is written with a capital
    assert keys("In Trier stieg die Mosel.") == ["city:trier"]
    assert keys("Essen ist eine Stadt.") == []


# --- containment ------------------------------------------------------------------------


def test_site_in_region_in_country() -> None:
    site = place_by_key("site:vostochny-cosmodrome")
    region = place_by_key("region:ru-amur")
    russia = country_place("RU")
    vladivostok = place_by_key("city:vladivostok")
    assert site is not None and region is not None and russia is not None
    assert vladivostok is not None
    assert site.within == ("region:ru-amur", "country:RU")
    assert site.country == "RU"
    assert contains(russia, site) and contains(region, site) and russia.contains(site)
    assert related(site, russia) and related(russia, site)
    assert related(site, site)
    # Vladivostok and the cosmodrome are both in Russia, but neither contains the other
    assert not related(site, vladivostok)
    assert related(vladivostok, russia)


def test_geonames_city_gets_its_region() -> None:
    city = place_by_key("city:blagoveshchensk")
    assert city is not None
    assert city.within == ("region:ru-amur", "country:RU")
    kyiv = place_by_key("city:kyiv")
    assert kyiv is not None and kyiv.within == ("country:UA", "region:europe")


def test_provinces_and_states_of_canada_and_australia_are_regions() -> None:
    """Ontario is the province (not the Californian city), and cities lie within them."""
    ontario = by_key("at a gold mine in northern Ontario", "region:ca-on", "en")
    assert ontario.place.within[0] == "country:CA"  # type: ignore[union-attr]
    toronto = place_by_key("city:toronto")
    assert toronto is not None and toronto.within[0] == "region:ca-on"
    sydney = place_by_key("city:sydney")
    assert sydney is not None and sydney.within[0] == "region:au-nsw"
    by_key("Buschbrände in Neusüdwales", "region:au-nsw")


def test_related_uses_the_full_chain_for_a_place_as_written() -> None:
    m = by_key("im Kosmodrom Wostotschny", "site:vostochny-cosmodrome")
    assert related(m.place, country_place("RU"))  # type: ignore[arg-type]


# --- lookups ----------------------------------------------------------------------------


def test_lookup_place() -> None:
    p = lookup_place("Pjöngjangs")
    assert p is not None and p.key == "city:pyongyang" and p.name == "Pjöngjang"
    assert lookup_place("MOSKAU", "de") is not None
    assert lookup_place("Russia's", "en") == lookup_place("Russia", "en")
    assert lookup_place("Washington Post") is None
    assert lookup_place("Haus", "de") is None
    assert lookup_place("") is None


def test_country_of() -> None:
    assert country_of("Wladiwostok") == "RU"
    assert country_of("site:kremlin") == "RU"
    assert country_of("Kreml") == "RU"
    assert country_of("nordkoreanischen", "de") == "KP"
    assert country_of("EU") == "EU"
    assert country_of("region:ru-amur") == "RU"
    assert country_of("nonsense-word") is None


def test_stands_for() -> None:
    kreml = lookup_place("Kreml")
    brussels = lookup_place("Brüssel")
    assert kreml is not None and brussels is not None
    assert stands_for(kreml) == country_place("RU")
    eu = stands_for(brussels)
    assert eu is not None and eu.key == "region:eu"
    assert stands_for(country_place("RU")) is None  # type: ignore[arg-type]


def test_place_by_key_and_country_place() -> None:
    ru = country_place("ru")
    assert ru is not None and ru.name == "Russia" and ru.kind is PlaceKind.COUNTRY
    assert place_by_key("country:XX") is None
    assert country_place("XK") is not None  # Kosovo is not in ISO 3166 but in the data


# --- API contract -----------------------------------------------------------------------


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownNameError, match="fr"):
        find_places("Paris", "fr")


def test_window_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        find_places("Moskau", "de", start=3, end=99)


def test_window_uses_absolute_offsets() -> None:
    text = "In Moskau und in Pjöngjang."
    found = find_places(text, "de", start=10)
    assert [text[m.start : m.end] for m in found] == ["Pjöngjang"]
    assert found[0].preposition == "in"
    assert find_places(text, "de", start=0, end=10)[0].place.key == "city:moscow"


def test_language_tags_are_accepted() -> None:
    assert keys("Er reist nach Moskau.", "de-DE") == ["city:moscow"]


_WORDS = st.sampled_from(
    [
        "Moskau",
        "Pjöngjangs",
        "in",
        "nach",
        "der",
        "Kreml",
        "Nordkorea-Reise",
        "Nord-",
        "und",
        "Südkorea",
        "Essen",
        "Lloyd",
        "Austin",
        "USA",
        "US",
        "koreanischen",
        "Halbinsel",
        "Kosmodrom",
        "Wostotschny",
        "Haus",
        ",",
        ".",
        "\n",
        "MOSKAU/BERLIN",
        "Weißen",
        "Hauses",
    ]
)


@given(st.lists(_WORDS, max_size=30), st.sampled_from(["de", "en"]))
def test_matches_are_sorted_disjoint_and_in_bounds(words: list[str], lang: str) -> None:
    text = " ".join(words)
    found = find_places(text, lang)
    assert found == find_places(text, lang)  # deterministic
    last = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last
        last = m.end
        assert text[m.start].isalpha()


@given(st.lists(_WORDS, max_size=20), st.data())
def test_window_matches_stay_in_the_window(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for m in find_places(text, "de", start=start, end=end):
        assert start <= m.start < m.end <= end


def test_gazetteer_cache_round_trip_keeps_places_and_entries() -> None:
    import pickle

    from factcheck.extract.places import _Entry, _gazetteer, _Index, _Places

    g = _gazetteer()
    back = pickle.loads(pickle.dumps(g, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(back.places, _Places)
    assert set(back.places) == set(g.places)
    for key in list(g.places)[:200]:
        assert back.places[key] == g.places[key]
        assert back.places.get(key) == g.places[key]
    assert back.places.get("no:such-place") is None
    for lang, idx in g.index.items():
        assert isinstance(back.index[lang], _Index)
        for name in list(idx)[:200]:
            entry = back.index[lang].get(name)
            assert isinstance(entry, _Entry)
            assert entry == idx[name]


@given(
    st.lists(st.sampled_from([*list("AaÉéΣσ-_ '’.\n7"), "Berlin", "x-Ort"]), max_size=30).map(
        "".join
    ),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_capital_word_pattern_matches_as_its_lookbehind_first_form(
    text: str, data: st.DataObject
) -> None:
    # places.build._CAPWORD is written capital first: the same matches as the lookbehind
    # first
    import re

    from factcheck.extract.places import build

    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    old = re.compile(rf"(?<![\w'’])[{build._UPPER}][\w'’]*")
    assert [m.span() for m in build._CAPWORD.finditer(text, s, e)] == [
        m.span() for m in old.finditer(text, s, e)
    ]


@given(
    st.lists(
        st.sampled_from(
            [
                "in",
                "der",
                " ",
                "  ",
                ",",
                "Berlin",
                "’s",
                "\u00a0",
                "-",
                "x.y",
                "\t",
                "\x1c",
                "\u2003",
                "_",
                "2",
                "’",
            ]
        ),
        max_size=40,
    ),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_the_last_tokens_before_a_name_are_those_of_the_whole_window(
    parts: list[str], data: st.DataObject
) -> None:
    from factcheck.extract.places.scan import _PREP_TOKEN, _last_tokens

    text = "".join(parts)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    whole = _PREP_TOKEN.findall(text, lo, hi)
    got = _last_tokens(text, lo, hi)
    assert got == whole or (len(got) >= 7 and whole[-len(got) :] == got)


_LISTED = [
    "in ",
    "nach ",
    "Berlin",
    "Hamburg",
    "Moskau",
    "Paris",
    ", ",
    " und ",
    " ",
    "der ",
    "Stadt ",
    ". ",
    "Pjöngjang",
    "\n",
]


@given(
    st.lists(st.sampled_from(_LISTED), max_size=30),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=6),
)
@settings(max_examples=200, deadline=None)
def test_places_resolved_when_asked_are_those_found_at_once(
    parts: list[str], windows: list[tuple[int, int]]
) -> None:
    from factcheck.extract.places import find_places, find_places_lazily

    text = "".join(parts)
    whole = find_places(text, "de")
    lazy = find_places_lazily(text, "de")
    for s, e in [*windows, (0, len(text))]:
        s, e = sorted((min(s, len(text)), min(e, len(text))))
        assert lazy.within(s, e) == [p for p in whole if s <= p.start < e]


def test_a_long_list_of_places_is_resolved_from_its_end() -> None:
    from factcheck.extract.places import find_places, find_places_lazily

    text = "Die Reise führte nach " + "Berlin, Hamburg und " * 2000 + "Paris."
    lazy = find_places_lazily(text, "de")
    last = lazy.within(len(text) - 6, len(text))
    assert last == find_places(text, "de")[-1:]
    assert last[0].preposition == "nach"


@given(st.lists(_WORDS, max_size=30), st.sampled_from(["de", "en"]))
@settings(max_examples=200, deadline=None)
def test_scan_with_kept_answers_is_the_scan_without(words: list[str], lang: str) -> None:
    """The scan's kept answers (the words no name starts or ends with, the answers of
    the lookup) change nothing: a scan with them dropped finds the same candidates, and
    every word kept as boring has no name starting with it and does not end one."""
    from factcheck.extract.places import scan
    from factcheck.extract.places.build import _gazetteer
    from factcheck.extract.places.lookup import _memo_for

    g = _gazetteer()
    text = " ".join(words)
    warm = scan._scan(g, text, lang, 0, len(text))
    boring = scan._TOKENS[2][lang]
    tails, first = g.tails[lang], g.first[lang]
    endings = g.words[lang].genitive_endings
    for tok in boring:
        info = scan._token_info(tok, tails, first.get, endings)
        assert info[3] is None and not info[1], tok
    boring.clear()
    scan._TOKENS[1][lang].clear()
    _memo_for(g, lang).clear()
    assert scan._scan(g, text, lang, 0, len(text)) == warm


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Storms killed 35 in North Carolina, 17 in Georgia and 11 in Florida.", "region:us-ga"),
        ("Georgia and Armenia signed the deal in Yerevan.", "country:GE"),
        ("The war in Georgia killed 850 people.", "country:GE"),  # no other place: as first read
        # one other US place is not enough
        ("Georgia sent 300 soldiers to Texas.", "country:GE"),
    ],
)
def test_a_name_of_two_areas_is_read_by_the_texts_other_places(text: str, key: str) -> None:
    (georgia,) = [m for m in find_places(text, "en") if m.place.name == "Georgia"]
    assert georgia.place.key == key


@pytest.mark.parametrize(
    ("word", "language", "code"),
    [
        ("German", "en", "DE"),
        ("Ukrainian", "en", "UA"),
        ("US", "en", "US"),
        ("U.S", "en", "US"),
        ("UK", "en", "GB"),
        ("deutsche", "de", "DE"),
        ("russischen", "de", "RU"),
        ("US-trained", "en", None),  # trained by the US, not of it
        ("Georgia", "en", None),  # also a US state: only short names in capitals
        ("Paris", "en", None),
        ("mehr", "de", None),
    ],
)
def test_nationality_of_a_word_before_a_counted_noun(
    word: str, language: str, code: str | None
) -> None:
    assert nationality_of(word, language) == code


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        ("country:EC", "region:latin-america"),
        ("country:DE", "region:europe"),
        ("city:hamburg", "region:europe"),
        ("country:KE", "region:africa"),
    ],
)
def test_a_country_lies_within_its_continent(inner: str, outer: str) -> None:
    """The curated continents (places.yaml ``continents``) hold the countries GeoNames
    puts on them, and so the countries' cities."""
    a, b = place_by_key(inner), place_by_key(outer)
    assert a is not None and b is not None
    assert contains(b, a) and not contains(a, b)


def test_a_country_lies_within_no_other_continent() -> None:
    a, b = place_by_key("country:EC"), place_by_key("region:europe")
    assert a is not None and b is not None
    assert not related(a, b)
