"""The number engine: its building blocks, its window semantics and its properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import UnknownNameError
from factcheck.extract.matches import NumberRole
from factcheck.extract.numbers import (
    _CONNECTOR,
    TIME_UNITS,
    _alternation,
    _combine,
    find_quantities,
    parse_number,
)
from factcheck.lang import get_language
from factcheck.models import Qualifier, UnitKind

LANGS = ("de", "en")
C = _CONNECTOR


# ------------------------------------------------------------------ building blocks


def test_alternation_matches_every_key_and_prefers_the_longest() -> None:
    keys = ["mehr als", "mehr", "ca.", "ca", "knapp", "knapp über", "~"]
    pattern = re.compile(f"(?:{_alternation(keys)})$")
    for key in keys:
        assert pattern.match(key), key
    assert pattern.match("mehr   als")  # a space matches any white space
    assert not pattern.match("meh")
    longest = re.compile(_alternation(keys))
    assert longest.match("knapp über 5").group() == "knapp über"  # type: ignore[union-attr]
    assert longest.match("mehr als 5").group() == "mehr als"  # type: ignore[union-attr]


def test_alternation_of_nothing_never_matches() -> None:
    assert re.compile(_alternation([])).search("anything") is None


@pytest.mark.parametrize(
    ("values", "value", "used"),
    [
        ([20, 5], 25, 2),
        ([1, C, 20], 21, 3),
        ([3, 100, C, 5], 305, 4),
        ([3, 100, 20, 5], 325, 4),
        ([2, 1000, 4, 100], 2400, 4),
        ([5, 100, 1000], 500_000, 3),
        ([19, 100], 1900, 2),
        ([2, 0.5], 2.5, 2),
        ([1.5], 1.5, 1),
        ([2, 3], 2, 1),
        ([20, 30], 20, 1),
        ([20, C, 30], 20, 1),
        ([1, C, 2], 1, 1),
        ([1000, 1000], 1000, 1),
        ([C, 5], 0, 0),
    ],
)
def test_combine_number_word_values(values: list[float], value: float, used: int) -> None:
    assert _combine(values) == (value, used)


# ------------------------------------------------------------------ language data


@pytest.mark.parametrize("module", ["numbers", "hedges", "units"])
def test_language_modules_have_the_same_names(module: str) -> None:
    def names(lang: str) -> set[str]:
        mod = get_language(lang).module(module)
        return {n for n in vars(mod) if n.isupper()}

    assert names("de") == names("en")
    assert names("de")  # not empty


@pytest.mark.parametrize("lang", LANGS)
def test_hedge_data_maps_to_qualifiers(lang: str) -> None:
    data = get_language(lang).hedges
    assert all(isinstance(q, Qualifier) for q in data.HEDGES.values())
    assert all(q.is_vague and s > 0 for q, s in data.VAGUE_AMOUNTS.values())
    assert all(k == k.lower() for k in data.HEDGES)


@pytest.mark.parametrize("lang", LANGS)
def test_adjectival_time_units_are_durations(lang: str) -> None:
    units = get_language(lang).units
    assert set(units.ADJECTIVAL_UNITS.values()) >= {"day", "hour", "year"}
    assert set(units.ADJECTIVAL_UNITS) >= units.AGE_ADJECTIVES
    assert {units.ADJECTIVAL_UNITS[a] for a in units.AGE_ADJECTIVES} == {"year"}
    assert "year" in TIME_UNITS


# ------------------------------------------------------------------ the API


def test_unknown_language_is_refused_with_the_known_ones() -> None:
    with pytest.raises(UnknownNameError, match="de, en"):
        find_quantities("10 Boote", "xx")


@pytest.mark.parametrize(("start", "end"), [(-1, None), (5, 2), (50, None)])
def test_bad_window_is_refused(start: int, end: int | None) -> None:
    with pytest.raises(ValueError, match="window"):
        find_quantities("rund 10 Boote", "de", start=start, end=end)


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="str"):
        find_quantities(b"10", "de")  # type: ignore[arg-type]


def test_window_offsets_are_absolute() -> None:
    text = "Erst 5 Boote. Dann rund 10.000 Container. Zuletzt 7 Schiffe."
    start = text.index("Dann")
    end = text.index("Zuletzt")
    matches = find_quantities(text, "de", start=start, end=end)
    assert [text[m.start : m.end] for m in matches] == ["rund 10.000"]
    assert matches[0].quantity.nominal == 10_000


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Storms brought gusts near 60 mph.", Qualifier.APPROX),
        ("Storms brought gusts of nearly 60 mph.", Qualifier.ALMOST),
    ],
)
def test_near_a_figure_is_about_it_and_nearly_just_under(text: str, qualifier: Qualifier) -> None:
    (m,) = find_quantities(text, "en")
    assert m.quantity.qualifier is qualifier


def test_hedge_before_the_window_is_not_taken() -> None:
    text = "Es waren rund 10 Boote."
    (m,) = find_quantities(text, "de", start=text.index("10"))
    assert (text[m.start : m.end], m.quantity.qualifier) == ("10", Qualifier.EXACT)


def test_window_end_cuts_a_unit() -> None:
    text = "Es waren 300 Kilometer."
    (m,) = find_quantities(text, "de", end=text.index("Kilometer") + 3)
    assert text[m.start : m.end] == "300"
    assert m.role is NumberRole.AMOUNT


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Police closed the 300 block of Elm Street.", []),
        ("The road between the 300 and 400 blocks caved in.", []),
        ("A car burned in the 1500 block of North Main on Monday; 3 people fled.", ["3"]),
        ("Some 400 blocks of flats were checked.", ["Some 400"]),
        ("Power was out across 12 blocks.", ["12"]),
    ],
)
def test_a_hundred_numbered_block_of_a_street_is_an_address(text: str, quotes: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_quantities(text, "en")] == quotes


@pytest.mark.parametrize(
    ("text", "lang", "quotes"),
    [
        ("Police recorded 143 crashes between 5 and 10 a.m. on Friday.", "en", ["143"]),
        ("Between 6 and 9 p.m., 40 calls came in.", "en", ["40"]),
        ("Crews worked from 5 to 10 am to clear 12 trees.", "en", ["12"]),
        ("Zwischen 5 und 10 Uhr gab es 143 Unfälle.", "de", ["143"]),
        ("Between 6 and 9 people were hurt.", "en", ["Between 6 and 9"]),
    ],
)
def test_a_range_of_clock_times_is_no_count(text: str, lang: str, quotes: list[str]) -> None:
    """ "between 5 and 10 a.m.": the clock word after the range's second number (whose
    next word alone reads "a") makes both numbers times of day."""
    assert [text[m.start : m.end] for m in find_quantities(text, lang)] == quotes


def test_a_hedge_word_a_verb_governs_is_no_hedge() -> None:
    """ "verfügt über 62 Kabinen": the line has 62 (``hedges.GOVERNED_HEDGES``); "über 62
    Kabinen" alone is more than 62."""
    text = "Die Bahn verfügt über 62 Kabinen."
    (m,) = find_quantities(text, "de")
    assert (text[m.start : m.end], m.quantity.qualifier) == ("62", Qualifier.EXACT)
    text = "Über 62 Kabinen hingen fest."
    (m,) = find_quantities(text, "de")
    assert m.quantity.qualifier is Qualifier.MORE_THAN


def test_um_die_after_sich_is_a_preposition_and_an_article() -> None:
    """ "Es handelt sich um die 58-Jährige": the 58-year-old, not about 58; "um die 40
    Menschen" alone is about 40."""
    text = "Es handelt sich um die 58-Jährige aus Kelbe."
    (m,) = find_quantities(text, "de")
    assert m.quantity.qualifier is Qualifier.EXACT
    text = "Die Polizei wandte sich an die 300 Beschäftigten."
    (m,) = find_quantities(text, "de")
    assert m.quantity.qualifier is Qualifier.EXACT
    (m,) = find_quantities("Um die 40 Menschen wurden verletzt.", "de")
    assert m.quantity.qualifier is Qualifier.APPROX


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The dead were aged between 17 and 29.", "en"),
        ("The victims were aged 17 to 29.", "en"),
        ("The survivors range in age from 17 to 29.", "en"),
        ("Die Toten waren im Alter zwischen 17 und 29 Jahren.", "de"),
        ("Die Toten waren zwischen 17 und 29 Jahre alt.", "de"),
    ],
)
def test_a_range_after_an_age_phrase_is_a_range_of_ages(text: str, language: str) -> None:
    (m,) = find_quantities(text, language)
    q = m.quantity
    assert (m.role, q.low, q.high, q.unit) == (NumberRole.AGE, 17, 29, "year")


def test_a_range_of_people_stays_a_count() -> None:
    (m,) = find_quantities("Between 17 and 29 people died.", "en")
    assert m.role is not NumberRole.AGE


def test_language_codes_with_a_region_work() -> None:
    assert [m.quantity.nominal for m in find_quantities("about 5,000", "en-GB")] == [5000]


# ------------------------------------------------------------------ properties

_WORDS = [
    "rund", "etwa", "bis", "zu", "zwischen", "und", "von", "auf", "mehr", "als", "Millionen",
    "Mio.", "Prozent", "Jahre", "alt", "Juni", "Uhr", "ein", "eine", "Hälfte", "Drittel",
    "zwei", "einundzwanzig", "siebente", "der", "knapp", "zweitägigen", "Dutzende",
    "mehrere", "-jährige", "about", "to", "between", "and", "million", "bn", "m", "half",
    "a", "of", "third", "the", "years", "old", "-year-old", "percent", "by", "rose",
    "1.234,5", "10.000", "4,8", "10,000", "2024", "2000", "9.", "7th", "$", "€", "£", "um",
    "gestiegen", "Tonnen", "km", "-", "–", "-5", "Grad", "(", ")", ",", ".", "\n", "1.",
    "Nr.", "Su-57", "G7", "%", "twenty-five", "hundred", "dozen", "Tsd.",
]  # fmt: skip
_CHARS = "0123456789 .,-–/:%$€£+()\nabcdeinrstuvwxzäöüßABCDEMNRTZÄÖÜ~<>°²'\"„“"

texts = st.one_of(
    st.text(alphabet=_CHARS, max_size=60),
    st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=14).map("".join),
)


@given(texts, st.sampled_from(LANGS))
def test_matches_are_valid_sorted_and_disjoint(text: str, lang: str) -> None:
    matches = find_quantities(text, lang)
    last = 0
    for m in matches:
        assert last <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
        last = m.end
        q = m.quantity
        if q.nominal is not None:
            assert q.low is None or q.low <= q.nominal
            assert q.high is None or q.nominal <= q.high
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@given(texts, st.sampled_from(LANGS))
def test_scanning_is_deterministic(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == find_quantities(text, lang)


@given(texts, st.sampled_from(LANGS), st.data())
def test_windows_stay_inside(text: str, lang: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for m in find_quantities(text, lang, start=start, end=end):
        assert start <= m.start and m.end <= end


@given(texts, st.sampled_from(LANGS))
def test_parse_number_never_raises(text: str, lang: str) -> None:
    value = parse_number(text, lang)
    assert value is None or isinstance(value, float)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_parse_number_round_trips_integers(n: int) -> None:
    en = f"{n:,}"
    de = en.replace(",", ".")
    assert parse_number(en, "en") == n
    assert parse_number(de, "de") == n
    assert parse_number(str(n), "de") == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_parse_number_round_trips_decimals(whole: int, cents: int) -> None:
    en = f"{whole:,}.{cents:02d}"
    de = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    expected = whole + cents / 100
    assert parse_number(en, "en") == pytest.approx(expected)
    assert parse_number(de, "de") == pytest.approx(expected)


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(LANGS))
def test_digits_in_a_sentence_are_found(n: int, lang: str) -> None:
    written = f"{n:,}" if lang == "en" else f"{n:,}".replace(",", ".")
    text = f"Es waren {written} Boote." if lang == "de" else f"There were {written} boats."
    (m,) = find_quantities(text, lang)
    assert text[m.number_start : m.number_end] == written
    assert m.quantity.nominal == n


def test_a_minus_before_a_currency_sign_starts_the_match() -> None:
    """Found by the property test above: "-£0" once started its match after the minus."""
    (m,) = find_quantities("-£0", "de")
    assert m.start <= m.number_start and m.start == 0


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("zu sieben Jahren und sechs Monaten verurteilt", "de", 7.5, "year"),
        ("seven years and six months in prison", "en", 7.5, "year"),
        ("lasted two hours and 30 minutes", "en", 2.5, "hour"),
        # one unit named with an article: "einem Jahr und zehn Monaten", "a year and six"
        ("eine Bewährungsstrafe von einem Jahr und zehn Monaten", "de", 11 / 6, "year"),
        ("jailed for a year and six months", "en", 1.5, "year"),
        ("it took an hour and 45 minutes", "en", 1.75, "hour"),
    ],
)
def test_a_duration_and_a_smaller_one_joined_are_one(
    text: str, language: str, value: float, unit: str
) -> None:
    (m,) = [m for m in find_quantities(text, language) if m.quantity.unit == unit]
    assert m.quantity.nominal == pytest.approx(value)
    assert text[m.start : m.end].endswith(("Monaten", "months", "minutes"))


def test_two_durations_of_one_unit_or_a_larger_after_stay_apart() -> None:
    text = "drei Tage und vier Tage, sechs Monate und zwei Jahre"
    assert len(find_quantities(text, "de")) == 4


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        # a year, then the level reached: no range from the year
        ("The figures bring the total for 2024 to 24,200.", "24,200", 24_200, None),
        # pounds after a scale word are sterling, unless a partitive follows
        ("The government set aside 75 million pounds.", "75 million pounds", 75e6, "GBP"),
        ("Crews removed 2 million pounds of debris.", "2 million pounds", 2e6, "pound"),
        ("The truck carried 5,000 pounds of explosives.", "5,000 pounds", 5_000, "pound"),
        # a scale word or a unit of several words glued by hyphens
        ("Ottawa projects a $48.2-billion deficit.", "$48.2-billion", 48.2e9, "USD"),
        ("It was a 3.5-million budget.", "3.5-million", 3.5e6, None),
        ("The 50,000-square-foot warehouse burned.", "50,000-square-foot", 50_000, "square_foot"),
    ],
)
def test_a_year_starts_no_range_and_scaled_pounds_are_sterling(
    text: str, quote: str, value: float, unit: str | None
) -> None:
    (m,) = find_quantities(text, "en")
    assert text[m.start : m.end] == quote
    assert m.quantity.nominal == value
    assert m.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "written", "change"),
    [
        # a number right before "weniger als", "more than" (or its noun and them) gives the
        # difference to something else: a change, no level
        ("Es kamen 6,7 Millionen, 500.000 weniger als im Vorjahr.", "de", "500.000", "down"),
        ("Es waren 100 Straftaten mehr als 2023.", "de", "100", "up"),
        ("They counted 1,542 offences, about 100 more than in 2023.", "en", "100", "up"),
        ("Some 6.7 million came, 500,000 fewer than last year.", "en", "500,000", "down"),
        # a percentage with "mehr"/"more" right after it is a rise
        ("Die Bahn hatte 11 Prozent mehr Geld angeboten.", "de", "11", "up"),
        # a revision's way, and a change told with its total ("um insgesamt")
        (
            "Die Prognose wurde um knapp 34 Milliarden Euro nach unten korrigiert.",
            "de",
            "34",
            "down",
        ),
        (
            "Die Einnahmen fallen um insgesamt 33,6 Milliarden Euro geringer aus.",
            "de",
            "33,6",
            "down",
        ),
        ("The forecast was revised upward by $2 billion.", "en", "2", "up"),
        # a hedge before a number is no comparison, and a year compares nothing
        ("Es kamen mehr als 6,7 Millionen Besucher.", "de", "6,7", None),
        ("In 2023 more than 1,000 people died.", "en", "1,000", None),
    ],
)
def test_a_number_before_more_or_less_than_is_a_change(
    text: str, lang: str, written: str, change: str | None
) -> None:
    from factcheck.models.quantity import Direction

    found = find_quantities(text, lang)
    (hit,) = [m for m in found if written in text[m.start : m.end]]
    q = hit.quantity
    assert q.change is (change is not None)
    if change is not None:
        assert q.direction is (Direction.INCREASE if change == "up" else Direction.DECREASE)
    assert not any(m.quantity.change for m in found if m is not hit), "only the difference"


def _assert_direction(text: str, lang: str, written: str, change: str | None) -> None:
    """The number written ``written`` in ``text`` moves the way ``change`` says ("up",
    "down"), or is no change (None)."""
    from factcheck.models.quantity import Direction

    (hit,) = [m for m in find_quantities(text, lang) if written in text[m.start : m.end]]
    expected = {"up": Direction.INCREASE, "down": Direction.DECREASE, None: None}[change]
    assert hit.quantity.direction is expected


@pytest.mark.parametrize(
    ("text", "lang", "written", "change"),
    [
        # a verb of moving right before a sum makes it the size of a change
        ("The average price rose 6 cents to $2.94.", "en", "6", "up"),
        ("Gasoline fell about 4 cents a gallon.", "en", "4", "down"),
        ("Der Preis stieg 6 Cent auf 1,80 Euro.", "de", "6", "up"),
        # the level after "to" stays a level; sums raised, lost or cut are no changes
        ("The average price rose 6 cents to $2.94.", "en", "2.94", None),
        ("The company raised $612 million.", "en", "612", None),
        ("The company lost $2 billion last year.", "en", "2", None),
    ],
)
def test_a_sum_after_a_verb_of_moving_is_a_change(
    text: str, lang: str, written: str, change: str | None
) -> None:
    _assert_direction(text, lang, written, change)


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        # a verb's "up" before "to" reaches a level; "up to" alone bounds
        ("The jobless rate ticked up to 4 percent.", "4", Qualifier.EXACT),
        ("The toll was revised up to 52.", "52", Qualifier.EXACT),
        ("The storm killed up to 30 people.", "30", Qualifier.UP_TO),
    ],
)
def test_up_to_after_a_verbs_up_is_no_bound(text: str, written: str, qualifier: Qualifier) -> None:
    (hit,) = [m for m in find_quantities(text, "en") if written in text[m.start : m.end]]
    assert hit.quantity.qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        # a list's next place: a count, not a name
        ("In Bayern starben 56 Menschen, in Niedersachsen 38.", "de", ["56", "38"]),
        ("In Texas, 40 people died, in Oklahoma 12.", "en", ["40", "12"]),
        # names stay names
        ("Der DAX 40 legte zu.", "de", []),
        ("Sie arbeitet in Halle 5 der Messe.", "de", []),
    ],
)
def test_a_number_after_a_listed_place_is_a_count(text: str, lang: str, written: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_quantities(text, lang)] == written


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        # a number after a numbering word is a count when people are counted right after it
        ("In der Halle 22 Kinder hielten sich auf.", "de", ["22"]),
        ("Im Bus 40 Fahrgäste saßen fest.", "de", ["40"]),
        # a numbered hall or bus otherwise
        ("In der Halle 3 wurden Menschen verletzt.", "de", []),
        ("Im Bus 40 Wagen.", "de", []),
    ],
)
def test_a_number_after_a_numbering_word_counts_people_after_it(
    text: str, lang: str, written: list[str]
) -> None:
    assert [text[m.start : m.end] for m in find_quantities(text, lang)] == written


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the level a change reached is a count, even written as four bare digits
        ("Die Zahl der Toten ist auf 2122 gestiegen.", True),
        ("Die Zahl der Toten stieg auf 1351.", True),
        # a year after "auf" with no change word stays a year
        ("Die Konferenz wurde auf 2025 verschoben.", False),
    ],
)
def test_four_bare_digits_after_a_change_are_its_level_not_a_year(text: str, count: bool) -> None:
    values = [q.quantity.nominal for q in find_quantities(text, "de")]
    assert (len(values) == 1) is count


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a rate after the thing measured ("of crude oil"), of one or two words
        ("The plant processes 245,000 barrels of crude oil per day.", "oil_barrel/day"),
        ("The plant processes 245,000 barrels of oil per day.", "oil_barrel/day"),
        # a rate glued by hyphens
        ("Its 310,000 barrel-per-day refinery was shut.", "oil_barrel/day"),
        ("a 310,000-barrel-per-day refinery", "oil_barrel/day"),
        # no rate without a per-word
        ("The tanker carried 245,000 barrels of crude oil to Rotterdam.", "oil_barrel"),
    ],
)
def test_a_rate_after_the_thing_measured_or_glued_by_hyphens(text: str, unit: str) -> None:
    (hit,) = [
        m
        for m in find_quantities(text, "en")
        if "245" in text[m.start : m.end] or "310" in text[m.start : m.end]
    ]
    assert hit.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("The man, who was in his 50s, died.", "en", 50, 59),
        ("a woman in her early 30s", "en", 30, 33),
        ("the men, in their mid-20s, fled", "en", 23, 26),
        ("a driver in his late 60s", "en", 66, 69),
        ("Der Mann war Mitte 50.", "de", 53, 56),
        ("Der Fahrer, ein Mann Anfang 30, wurde verletzt.", "de", 30, 33),
    ],
)
def test_an_age_told_by_its_decade_is_a_range_of_years(
    text: str, lang: str, low: int, high: int
) -> None:
    (m,) = find_quantities(text, lang)
    assert m.role is NumberRole.AGE
    assert (m.quantity.low, m.quantity.high, m.quantity.unit) == (low, high, "year")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ende 30 Minuten später kam der Zug.", "de"),  # a unit after it: no age
        ("Mitte 50,5 Prozent", "de"),
        ("Cars of the 1950s were heavier.", "en"),  # a decade of years, no age
    ],
)
def test_other_numbers_after_a_part_of_a_decade_are_no_ages(text: str, lang: str) -> None:
    assert all(m.role is not NumberRole.AGE for m in find_quantities(text, lang))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "from" and a date set the rate's start
        ("The minimum wage is $24.40 an hour from 1 April.", "USD/hour"),
        ("The minimum wage is $24.40 per hour from April.", "USD/hour"),
        # "a year ago" is when, no rate
        ("It cost $24.40 a year ago.", "USD"),
    ],
)
def test_a_rate_before_from_and_a_date_is_a_rate(text: str, unit: str) -> None:
    (hit,) = [m for m in find_quantities(text, "en") if "24.40" in text[m.start : m.end]]
    assert hit.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a capitalised word before the number, then an adjective and a noun: a count
        ("In der Zone liegen laut Landkreis 14 weitere Betriebe.", ["14"]),
        ("Nach Angaben der Behörde 39 palästinensische Häftlinge.", ["39"]),
        # a name's number ("DAX 40") before a verb stays a name
        ("Der DAX 40 legte zu.", []),
        # a part of a whole: "410 der 640"
        ("Laut Angaben des Flughafens 410 der 640 Flüge.", ["410", "640"]),
    ],
)
def test_a_number_after_a_capitalised_word_before_an_adjective_and_a_noun_counts(
    text: str, written: list[str]
) -> None:
    assert [text[m.start : m.end] for m in find_quantities(text, "de")] == written


@pytest.mark.parametrize(
    ("text", "share", "qualifier"),
    [
        ("Roughly one in five reefs was severely bleached.", 20.0, Qualifier.APPROX),
        ("Nine out of 10 voters backed the plan.", 90.0, Qualifier.EXACT),
        ("About 1 in 4 adults is obese.", 25.0, Qualifier.APPROX),
        ("One in every five homes lost power.", 20.0, Qualifier.EXACT),
    ],
)
def test_a_ratio_is_a_share_with_its_hedge(text: str, share: float, qualifier: Qualifier) -> None:
    """ "roughly one in five", "nine out of 10": a share in percent, hedged as written,
    its two numbers written alike or not, "every" between them or not."""
    (m,) = [m for m in find_quantities(text, "en") if m.role is NumberRole.PERCENT]
    assert m.quantity.nominal == pytest.approx(share)
    assert m.quantity.qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "lang", "written", "change"),
    [
        # a lead or a gap made smaller or larger "by" a number: the size of the change
        ("The recount narrowed the margin by 231 votes.", "en", "231", "down"),
        ("The party widened its lead by 3 points.", "en", "3", "up"),
        ("Die Neuauszählung verkürzte den Vorsprung um 231 Stimmen.", "de", "231", "down"),
        ("Die CDU baute ihren Vorsprung um drei Prozentpunkte aus.", "de", "drei", "up"),
        # the level a margin was narrowed to stays a level
        ("The recount narrowed the margin to 1,102 votes.", "en", "1,102", None),
    ],
)
def test_a_margin_narrowed_by_a_number_is_a_change(
    text: str, lang: str, written: str, change: str | None
) -> None:
    _assert_direction(text, lang, written, change)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There is one teacher for every 13 pupils.", "en"),
        ("One in every five adults smokes.", "en"),
    ],
)
def test_a_number_after_every_is_no_count(text: str, lang: str) -> None:
    """ "for every 13 pupils": a ratio's number, never a count of its noun ("one in every
    five" is a share: see the ratio test above)."""
    found = [
        text[m.start : m.end] for m in find_quantities(text, lang) if m.role is NumberRole.AMOUNT
    ]
    assert not any(w in " ".join(found) for w in ("13", "five"))


def test_a_unit_after_every_keeps_its_interval() -> None:
    """ "every 30 minutes": a frequency's interval is a duration."""
    (m,) = find_quantities("The banging came every 30 minutes.", "en")
    assert m.quantity.nominal == 30 and m.quantity.unit == "minute"


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        # a half of a scale takes the currency after it
        ("Der Schaden liegt bei einer halben Million Euro.", "de", "EUR"),
        ("The damage was put at half a million pounds.", "en", "GBP"),
        ("The damage was put at half a million dollars.", "en", "USD"),
    ],
)
def test_half_a_scale_takes_its_currency(text: str, lang: str, unit: str) -> None:
    (hit,) = find_quantities(text, lang)
    assert (hit.quantity.nominal, hit.quantity.unit) == (500_000, unit)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two night-shift workers saw smoke.", "en"),
        ("Zwei Tages-Touren fielen aus.", "de"),
    ],
)
def test_a_unit_word_opening_a_hyphenated_compound_is_no_unit(text: str, lang: str) -> None:
    """ "two *night*-shift workers" are workers, no two nights."""
    (hit,) = find_quantities(text, lang)
    assert hit.quantity.unit != "night" and hit.quantity.unit != "day"
    assert hit.quantity.unit_kind is not UnitKind.PHYSICAL
