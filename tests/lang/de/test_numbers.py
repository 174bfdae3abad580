"""German numbers, hedges and units through the number engine (our own sentences)."""

from __future__ import annotations

import math

import pytest

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.numbers import find_quantities, parse_number
from factcheck.lang import get_language
from factcheck.models import Direction, Qualifier, UnitKind

hedges = get_language("de").hedges
numbers = get_language("de").numbers


def found(text: str) -> list[tuple[str, QuantityMatch]]:
    return [(text[m.start : m.end], m) for m in find_quantities(text, "de")]


def one(text: str) -> tuple[str, QuantityMatch]:
    matches = found(text)
    assert len(matches) == 1, [s for s, _ in matches]
    return matches[0]


def spans(text: str) -> list[str]:
    return [s for s, _ in found(text)]


# ------------------------------------------------------------------ number formats


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("10.000", 10_000, 1000),
        ("1.234,5", 1234.5, 0.1),
        ("4,8", 4.8, 0.1),
        ("6.700", 6700, 100),
        ("10 000", 10_000, 1000),
        ("1.250.000", 1_250_000, 10_000),
        ("71", 71, 1),
        ("0,25", 0.25, 0.01),
    ],
)
def test_digit_formats(text: str, value: float, precision: float) -> None:
    span, m = one(f"Die Behörde zählte {text} Fahrzeuge.")
    assert span == text
    assert m.quantity.nominal == pytest.approx(value)
    assert m.quantity.precision == pytest.approx(precision)
    assert m.quantity.qualifier is Qualifier.EXACT
    assert m.role is NumberRole.AMOUNT
    assert m.quantity.unit is None and m.quantity.unit_kind is UnitKind.NONE


@pytest.mark.parametrize(
    ("text", "value", "scale", "precision"),
    [
        ("4,8 Millionen", 4_800_000, 1e6, 100_000),
        ("2 Mio.", 2_000_000, 1e6, 1e6),
        ("1,5 Milliarden", 1_500_000_000, 1e9, 1e8),
        ("3 Mrd.", 3e9, 1e9, 1e9),
        ("2 Billionen", 2e12, 1e12, 1e12),
        ("zwei Millionen", 2e6, 1e6, 1e6),
        ("eine Million", 1e6, 1e6, 1e6),
        ("einer Milliarde", 1e9, 1e9, 1e9),
        ("ein Dutzend", 12, 12, 12),
        ("zwei Dutzend", 24, 12, 12),
        ("zweieinhalb Millionen", 2.5e6, 1e6, 1e5),
    ],
)
def test_scale_words(text: str, value: float, scale: float, precision: float) -> None:
    span, m = one(f"Es geht um {text} Menschen.")
    assert span == text
    assert m.quantity.nominal == pytest.approx(value)
    assert m.quantity.scale == scale
    assert m.quantity.precision == pytest.approx(precision)


def test_billion_is_ten_to_the_twelfth() -> None:
    assert parse_number("1 Billion", "de") == 1e12


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zwei", 2),
        ("zwölf", 12),
        ("zwanzig", 20),
        ("einundzwanzig", 21),
        ("dreihundertfünfundzwanzig", 325),
        ("hundert", 100),
        ("tausend", 1000),
        ("zweitausendvierhundert", 2400),
        ("anderthalb", 1.5),
    ],
)
def test_number_words(word: str, value: float) -> None:
    span, m = one(f"Am Ufer warteten {word} Boote.")
    assert span == word
    assert m.quantity.nominal == value
    assert (m.number_start, m.number_end) == (m.start, m.end)


@pytest.mark.parametrize(
    "text",
    [
        "Ein Soldat wurde verletzt.",
        "Sie sprach mit einer Ärztin und einem Zeugen.",
        "Eins ist klar: null Toleranz.",
        "Und dann kam eine Einheit.",
        "Noch eine Woche blieb er.",  # no capitalised noun right after: "noch" opens
        "Er kam noch einmal.",
    ],
)
def test_articles_and_one_are_not_counts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Vermisst wird weiterhin ein Feuerwehrmann.", "ein"),
        ("Es wird noch eine Frau vermisst.", "eine"),
        ("Nur noch ein Kind liegt in der Klinik.", "ein"),
    ],
)
def test_an_article_after_noch_or_weiterhin_counts_one(text: str, quote: str) -> None:
    ((_, m),) = found(text)
    assert m.quantity.nominal == 1
    assert text[m.number_start : m.number_end] == quote


# ------------------------------------------------------------------------ hedges


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(hedges.HEDGES.items()))
def test_every_hedge_word(phrase: str, qualifier: Qualifier) -> None:
    text = f"Laut Bericht waren es {phrase} 40 Schiffe."
    span, m = one(text)
    assert span == f"{phrase} 40"
    assert m.quantity.qualifier is qualifier
    assert m.quantity.nominal == 40
    assert text[m.number_start : m.number_end] == "40"


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("rund 10.000", Qualifier.APPROX, 9000, 11_000),
        ("etwa 6.700", Qualifier.APPROX, 6030, 7370),
        ("mehr oder weniger 40", Qualifier.APPROX, 36, 44),
        ("in der Größenordnung von 40", Qualifier.APPROX, 36, 44),
        ("knapp 2", Qualifier.ALMOST, 1.5, 2),
        ("gut 100", Qualifier.JUST_OVER, 100, 110),
        ("mindestens 10.000", Qualifier.AT_LEAST, 10_000, None),
        ("mehr als 40", Qualifier.MORE_THAN, 40, None),
        ("höchstens 9", Qualifier.AT_MOST, 0, 9),
        ("bis zu 4,8 Millionen", Qualifier.UP_TO, 0, 4_800_000),
        ("weniger als 7", Qualifier.LESS_THAN, 0, 7),
        ("nicht mehr als 5", Qualifier.AT_MOST, 0, 5),
        ("knapp über 50", Qualifier.JUST_OVER, 50, 55),
        ("knapp unter 50", Qualifier.ALMOST, 45, 50),
    ],
)
def test_hedge_intervals(text: str, qualifier: Qualifier, low: float, high: float | None) -> None:
    span, m = one(f"Es waren {text} Lastwagen.")
    assert span == text
    q = m.quantity
    assert q.qualifier is qualifier
    assert q.low == pytest.approx(low)
    assert (q.high is None) if high is None else q.high == pytest.approx(high)


def test_hedge_must_be_a_whole_word() -> None:
    # "Grund" ends in "rund", "Gut" is a noun here: neither hedges the number
    span, m = one("Der Grund 12 Schiffe war klar.")
    assert span == "12" and m.quantity.qualifier is Qualifier.EXACT


# ------------------------------------------------------------------------ ranges


def test_range_with_bis() -> None:
    span, m = one("Demnach kamen 20 bis 30 Grenzsoldaten über die Linie.")
    assert span == "20 bis 30"
    q = m.quantity
    assert q.qualifier is Qualifier.RANGE
    assert (q.low, q.high, q.nominal) == (20, 30, None)
    assert m.role is NumberRole.AMOUNT


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Es starben zwischen 20 und 30 Menschen.", "zwischen 20 und 30", 20, 30),
        ("Es starben 20-30 Menschen.", "20-30", 20, 30),
        ("Es starben 20–30 Menschen.", "20–30", 20, 30),
        ("Es fehlen von 100 bis 200 Tonnen.", "von 100 bis 200 Tonnen", 100, 200),
        ("Es kosten 2 bis 3 Millionen Euro.", "2 bis 3 Millionen Euro", 2e6, 3e6),
        ("Es kamen zwei bis drei Dutzend.", "zwei bis drei Dutzend", 24, 36),
        ("Sie zahlten 500.000 bis 1 Million.", "500.000 bis 1 Million", 5e5, 1e6),
    ],
)
def test_range_forms(text: str, span: str, low: float, high: float) -> None:
    s, m = one(text)
    assert s == span
    assert (m.quantity.low, m.quantity.high) == (pytest.approx(low), pytest.approx(high))
    assert m.quantity.qualifier is Qualifier.RANGE


def test_approximate_range_widens_both_ends() -> None:
    span, m = one("Rund 20 bis 30 Boote lagen im Hafen.")
    assert span == "Rund 20 bis 30"
    assert (m.quantity.low, m.quantity.high) == (18, 33)


def test_bis_needs_two_numbers() -> None:
    assert spans("Das gilt bis 30 Tage nach der Wahl.") == ["30 Tage"]


def test_change_from_to_is_one_change() -> None:
    span, m = one("Der Anteil stieg von 5 auf 10 Prozent.")
    q = m.quantity
    assert span == "von 5 auf 10 Prozent"
    assert (q.low, q.high, q.unit, q.direction) == (5, 10, "percent", Direction.INCREASE)


def test_change_down_keeps_low_below_high() -> None:
    _span, m = one("Der Umsatz sank von 2,1 Milliarden auf 1,8 Milliarden Euro.")
    q = m.quantity
    assert (q.low, q.high, q.unit, q.direction) == (1.8e9, 2.1e9, "EUR", Direction.DECREASE)


# ------------------------------------------------------------- vague amounts


@pytest.mark.parametrize(("word", "entry"), sorted(hedges.VAGUE_AMOUNTS.items()))
def test_every_vague_word(word: str, entry: tuple[Qualifier, float]) -> None:
    qualifier, _scale = entry
    text = f"Am Morgen kamen {word} Fahrzeuge an."
    span, m = one(text)
    assert span.lower() == word
    assert m.quantity.qualifier is qualifier
    assert m.quantity.nominal is None


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "low", "high", "scale"),
    [
        ("mehrere Millionen Einheiten", "mehrere Millionen", Qualifier.SEVERAL, 2e6, 1e7, 1e6),
        ("einige hundert Menschen", "einige hundert", Qualifier.SEVERAL, 200, 1000, 100),
        ("Mehrere Zehntausend Menschen", "Mehrere Zehntausend", Qualifier.SEVERAL, 2e4, 1e5,
         1e4),
        ("einige Hunderttausend Menschen", "einige Hunderttausend", Qualifier.SEVERAL, 2e5,
         1e6, 1e5),
        ("ein paar tausend Menschen", "ein paar tausend", Qualifier.FEW, 2000, 6000, 1000),
        ("Dutzende Raketen", "Dutzende", Qualifier.DOZENS, 24, 200, 1),
        ("Hunderte Millionen Euro", "Hunderte Millionen Euro", Qualifier.HUNDREDS, 2e8, 2e9, 1e6),
        ("Tausende von Menschen", "Tausende von", Qualifier.THOUSANDS, 2000, 20_000, 1),
        ("Millionen Menschen", "Millionen", Qualifier.MILLIONS, 2e6, 2e9, 1),
        ("Milliarden Euro", "Milliarden Euro", Qualifier.MILLIONS, 2e9, 2e12, 1e3),
    ],
)  # fmt: skip
def test_vague_amounts(
    text: str, span: str, qualifier: Qualifier, low: float, high: float, scale: float
) -> None:
    s, m = one(f"Es ging um {text}.")
    assert s == span
    q = m.quantity
    assert q.qualifier is qualifier
    assert (q.low, q.high, q.scale) == (low, high, scale)
    assert q.high_open


def test_vague_amount_with_currency_is_money() -> None:
    _, m = one("Das kostet Millionen Euro.")
    assert m.role is NumberRole.MONEY and m.quantity.unit == "EUR"


# --------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "unit", "role"),
    [
        ("300 Kilometer", "kilometer", NumberRole.MEASURE),
        ("300 km", "kilometer", NumberRole.MEASURE),
        ("12 Meter", "meter", NumberRole.MEASURE),
        ("40 Zentimeter", "centimeter", NumberRole.MEASURE),
        ("60.000 Tonnen", "tonne", NumberRole.MEASURE),
        ("5 t", "tonne", NumberRole.MEASURE),
        ("20 Kilogramm", "kilogram", NumberRole.MEASURE),
        ("12 kg", "kilogram", NumberRole.MEASURE),
        ("100 Hektar", "hectare", NumberRole.MEASURE),
        ("50 Quadratkilometer", "square_kilometer", NumberRole.MEASURE),
        ("50 km²", "square_kilometer", NumberRole.MEASURE),
        ("20 Liter", "liter", NumberRole.MEASURE),
        ("30 Grad", "degree_Celsius", NumberRole.MEASURE),
        ("120 km/h", "kilometer_per_hour", NumberRole.MEASURE),
        ("5 Stunden", "hour", NumberRole.DURATION),
        ("3 Tage", "day", NumberRole.DURATION),
        ("zwei Wochen", "week", NumberRole.DURATION),
        ("sechs Monate", "month", NumberRole.DURATION),
        ("24 Jahren", "year", NumberRole.DURATION),
        ("4,5 Milliarden Euro", "EUR", NumberRole.MONEY),
        ("5 Mio. €", "EUR", NumberRole.MONEY),
        ("100 US-Dollar", "USD", NumberRole.MONEY),
        ("100 Dollar", "USD", NumberRole.MONEY),
        ("20 Rubel", "RUB", NumberRole.MONEY),
        ("5 Pfund", "GBP", NumberRole.MONEY),
        ("50 Prozent", "percent", NumberRole.PERCENT),
        ("20 %", "percent", NumberRole.PERCENT),
        ("20%", "percent", NumberRole.PERCENT),
        ("3 Prozentpunkte", "percentage_point", NumberRole.PERCENT),
    ],
)
def test_units(text: str, unit: str, role: NumberRole) -> None:
    span, m = one(f"Gemeldet wurden {text} im Bericht.")
    assert span == text
    assert m.quantity.unit == unit
    assert m.role is role
    kinds = {
        NumberRole.MEASURE: UnitKind.PHYSICAL,
        NumberRole.DURATION: UnitKind.PHYSICAL,
        NumberRole.MONEY: UnitKind.CURRENCY,
        NumberRole.PERCENT: UnitKind.PERCENT,
    }
    assert m.quantity.unit_kind is kinds[role]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sie zahlten € 4,5 Mio. dafür.", "€ 4,5 Mio.", 4.5e6),
        ("Sie zahlten $3 dafür.", "$3", 3),
        ("Sie zahlten USD 200 dafür.", "USD 200", 200),
    ],
)
def test_currency_before_the_number(text: str, span: str, value: float) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.MONEY
    assert m.quantity.nominal == pytest.approx(value)


def test_temperature_keeps_its_minus() -> None:
    span, m = one("Nachts fiel das Thermometer auf -5 Grad.")
    assert span == "-5 Grad"
    assert m.quantity.nominal == -5
    assert m.number_start == m.start


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Nachts waren es minus 5 Grad.", "minus 5 Grad", -5, Qualifier.EXACT),
        ("Tags blieb es unter minus 3 Grad.", "unter minus 3 Grad", -3, Qualifier.LESS_THAN),
    ],
)
def test_minus_word_for_temperatures(
    text: str, span: str, value: float, qualifier: Qualifier
) -> None:
    s, m = one(text)
    assert s == span
    assert (m.quantity.nominal, m.quantity.qualifier) == (value, qualifier)
    assert text[m.number_start : m.number_end].startswith("minus")


def test_minus_word_makes_a_count_negative() -> None:
    span, m = one("Das Ergebnis: minus 5 Schiffe.")
    assert span == "minus 5" and m.quantity.nominal == -5


def test_minus_sign_makes_a_number_negative() -> None:
    span, m = one("Der Saldo lag bei -12 Stimmen")
    assert span == "-12" and m.quantity.nominal == -12


def test_spaced_dash_before_a_count_is_punctuation() -> None:
    span, m = one("Ergebnis - 12 Stimmen")
    assert span == "12" and m.quantity.nominal == 12


# --------------------------------------------------------------- ages and durations


@pytest.mark.parametrize(
    ("text", "span", "adjectival"),
    [
        ("Der 71-jährige Kremlchef reiste ab.", "71-jährige", True),
        ("Der 71-Jährige reiste ab.", "71-Jährige", True),
        ("Ein 71-Jähriger reiste ab.", "71-Jähriger", True),
        ("Er ist 71 Jahre alt.", "71 Jahre alt", False),
        ("Er starb im Alter von 71 Jahren.", "im Alter von 71 Jahren", False),
        ("Eine einundsiebzigjährige Frau kam.", "einundsiebzigjährige", True),
    ],
)
def test_ages(text: str, span: str, adjectival: bool) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.AGE
    assert m.quantity.nominal == 71
    assert (m.quantity.unit, m.quantity.unit_kind) == ("year", UnitKind.PHYSICAL)
    assert m.adjectival is adjectival


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        ("seiner knapp zweitägigen Reise", "knapp zweitägigen", 2, "day", Qualifier.ALMOST),
        ("eine dreistündige Sitzung", "dreistündige", 3, "hour", Qualifier.EXACT),
        ("die 48-stündige Waffenruhe", "48-stündige", 48, "hour", Qualifier.EXACT),
        ("eine zweiwöchige Pause", "zweiwöchige", 2, "week", Qualifier.EXACT),
        ("die dreijährige Haft", "dreijährige", 3, "year", Qualifier.EXACT),
    ],
)
def test_adjectival_durations(
    text: str, span: str, value: float, unit: str, qualifier: Qualifier
) -> None:
    s, m = one(f"Sie sprach über {text}.")
    assert s == span
    assert m.role is NumberRole.DURATION
    assert m.adjectival
    assert (m.quantity.nominal, m.quantity.unit) == (value, unit)
    assert m.quantity.qualifier is qualifier


def test_almost_two_days_interval() -> None:
    _, m = one("Eine knapp zweitägige Reise.")
    assert (m.quantity.low, m.quantity.high, m.quantity.high_open) == (1.5, 2, True)


# ------------------------------------------------------------ ordinals, fractions


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Es war das siebente Treffen.", "siebente", 7),
        ("Es war das siebte Treffen.", "siebte", 7),
        ("Es war das 7. Treffen.", "7.", 7),
        ("Zum 3. Mal in Folge.", "3.", 3),
        ("Es ist sein erster Besuch.", "erster", 1),
        ("Am einundzwanzigsten Tag.", "einundzwanzigsten", 21),
    ],
)
def test_ordinals(text: str, span: str, value: int) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.ORDINAL
    assert m.quantity.nominal == value
    assert m.quantity.qualifier is Qualifier.EXACT
    assert m.quantity.unit is None and m.quantity.unit_kind is UnitKind.ORDINAL


@pytest.mark.parametrize(
    "text",
    [
        "Das Treffen am 9. Juni fand statt.",
        "Bis zum 28. Juni soll es dauern.",
        "Vom 9. bis 11. Juni tagte man.",
        "Am 9. und 10. Juni tagte man.",
        "Erst dann kam die Antwort.",
        "Sie achten auf die Regeln.",
    ],
)
def test_not_ordinals(text: str) -> None:
    assert found(text) == []


def test_number_at_sentence_end_is_not_an_ordinal() -> None:
    span, m = one("Verletzt wurden 40. Die Polizei kam.")
    assert span == "40" and m.role is NumberRole.AMOUNT


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Nur die Hälfte kam an.", "die Hälfte", 50, Qualifier.EXACT),
        ("Knapp die Hälfte kam an.", "Knapp die Hälfte", 50, Qualifier.ALMOST),
        ("Zwei Drittel stimmten zu.", "Zwei Drittel", 200 / 3, Qualifier.EXACT),
        ("Ein Viertel stimmte zu.", "Ein Viertel", 25, Qualifier.EXACT),
        ("Mehr als die Hälfte stimmte zu.", "Mehr als die Hälfte", 50, Qualifier.MORE_THAN),
    ],
)
def test_fractions_are_percentages(
    text: str, span: str, value: float, qualifier: Qualifier
) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.PERCENT
    assert (m.quantity.unit, m.quantity.unit_kind) == ("percent", UnitKind.PERCENT)
    assert m.quantity.nominal == pytest.approx(value)
    assert m.quantity.qualifier is qualifier


def test_second_half_is_not_fifty_percent() -> None:
    assert [m.role for _, m in found("In der zweiten Hälfte des Jahres.")] == [NumberRole.ORDINAL]


def test_viertel_alone_is_a_district() -> None:
    assert found("Er wohnt im Viertel am Hafen.") == []


# --------------------------------------------------------------------- changes


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Die Preise sind um 5 Prozent gestiegen.", Direction.INCREASE),
        ("Die Preise stiegen um 5 Prozent.", Direction.INCREASE),
        ("Der Absatz sank um rund 5 Prozent.", Direction.DECREASE),
        ("Die Zahl der Toten ist um 12 zurückgegangen.", Direction.DECREASE),
    ],
)
def test_changes(text: str, direction: Direction) -> None:
    _, m = one(text)
    assert m.quantity.change
    assert m.quantity.direction is direction


def test_um_without_a_change_word_is_a_level() -> None:
    span, m = one("Es geht um 5 Prozent der Stimmen.")
    assert span == "5 Prozent"
    assert not m.quantity.change and m.quantity.direction is None


# ------------------------------------------------- dates, times and identifiers


@pytest.mark.parametrize(
    "text",
    [
        "Das Abkommen vom 28.06.2024 gilt.",
        "Das Abkommen vom 28.6. gilt.",
        "Das Abkommen vom 2024-06-28 gilt.",
        "Beginn ist um 19:30 Uhr.",
        "Beginn ist um 19.30 Uhr.",
        "Beginn ist gegen 19 Uhr.",
        "Er kam im Jahr 2000 an.",
        "Er regiert seit 2000 das Land.",
        "Die Wahl 2020 war umstritten.",
        "Anfang 2024 begann es.",
        "Im Juni 2024 begann es.",
        "Das Buch (2019) erschien spät.",
        "Von 2019 bis 2021 dauerte es.",
        "In den Jahren 2019-2021 wuchs es.",
        "Der Kampfjet Su-57 flog vor.",
        "Die Rakete Hwasong-11A wurde gezeigt.",
        "Nach der Covid-19-Pandemie und dem G7-Gipfel.",
        "Er las Artikel 5 und Nr. 12 vor.",
        "Nach § 3 ist das verboten.",
        "Sie erreichen uns unter Tel. 030 1234567.",
        "Sie erreichen uns unter +49 30 1234567.",
        "Die Sender TVN24 und ZDF berichten.",
        "In den 1990er Jahren war das anders.",
        "Es gilt rund um die Uhr.",
    ],
)
def test_skipped(text: str) -> None:
    assert found(text) == []


def test_list_markers_are_skipped() -> None:
    assert found("Menü\n  1. Startseite\n  2. Politik\n") == []


def test_year_like_count_followed_by_a_noun_is_a_count() -> None:
    assert spans("Es kamen 2000 Soldaten und 2000 nordkoreanische Arbeiter.") == [
        "2000",
        "2000",
    ]


def test_year_after_a_verb_ending_in_e_stays_a_year() -> None:
    assert found("Kim, der Russland 2023 besuchte, kam zurück.") == []


def test_month_then_count_is_a_count() -> None:
    assert spans("Im Juni 40 Schiffe zu schicken, war geplant.") == ["40"]


def test_hedged_from_year_stays_a_year() -> None:
    assert found("Ab 2025 gilt die Regel.") == []


# -------------------------------------------------------------- whole sentences


def test_sentence_with_several_quantities() -> None:
    text = (
        "Annähernd fünf Millionen Schuss, mindestens 10.000 Container und bis zu "
        "4,8 Millionen Granaten wurden am 9. Juni gezählt."
    )
    got = [(s, m.quantity.qualifier, m.quantity.nominal) for s, m in found(text)]
    assert got == [
        ("Annähernd fünf Millionen", Qualifier.APPROX, 5e6),
        ("mindestens 10.000", Qualifier.AT_LEAST, 10_000),
        ("bis zu 4,8 Millionen", Qualifier.UP_TO, 4.8e6),
    ]
    for _, m in found(text):
        assert text[m.end :].startswith(" ")  # the counted noun follows at match.end


# ---------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.000", 10_000),
        ("4,8", 4.8),
        ("1.234,5", 1234.5),
        ("10 000", 10_000),
        ("fünf", 5),
        ("einundzwanzig", 21),
        ("eine Million", 1e6),
        ("zwei Millionen", 2e6),
        ("4,8 Millionen", 4.8e6),
        ("-3", -3),
        ("1 Billion", 1e12),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    result = parse_number(text, "de")
    assert result is not None and math.isclose(result, value)


@pytest.mark.parametrize("text", ["", "ein", "eine", "rund 10", "zehn Kilometer", "Haus", "4,8x"])
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text, "de") is None


def test_data_tables_are_lower_case() -> None:
    for table in (numbers.CARDINALS, numbers.SCALE_WORDS, hedges.HEDGES, hedges.VAGUE_AMOUNTS):
        assert all(k == k.lower() for k in table)


def test_a_number_after_a_name_is_part_of_it() -> None:
    assert found("Der DAX 40 legte zu, Teil 3 der Serie lief.") == []


def test_a_count_after_a_noun_stays_a_count() -> None:
    # a group mark or a noun after the number: a count, not a name
    assert spans("Die Polizei zählte 50.000, die Veranstalter 80.000.") == ["50.000", "80.000"]
    assert spans("In Kiew starben 12 Menschen.") == ["12"]


MORE, LESS = Qualifier.MORE_THAN, Qualifier.LESS_THAN


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Gebäude, die höher als 12 Stockwerke sind, werden geprüft.", "höher als 12", MORE),
        ("Lkw schwerer als 7,5 Tonnen dürfen nicht fahren.", "schwerer als 7,5 Tonnen", MORE),
        ("Kinder jünger als 5 Jahre wurden getestet.", "jünger als 5 Jahre", LESS),
    ],
)  # fmt: skip
def test_a_comparative_with_als_bounds_its_figure(
    text: str, span: str, qualifier: Qualifier
) -> None:
    """A comparative with "als" bounds the figure as "more"/"less" does."""
    s, m = one(text)
    assert s == span
    assert m.quantity.qualifier is qualifier
