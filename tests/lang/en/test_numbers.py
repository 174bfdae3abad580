"""English numbers, hedges and units through the number engine (our own sentences)."""

from __future__ import annotations

import math

import pytest

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.numbers import find_quantities, parse_number
from factcheck.lang import get_language
from factcheck.models import Direction, Qualifier, UnitKind

hedges = get_language("en").hedges


def found(text: str) -> list[tuple[str, QuantityMatch]]:
    return [(text[m.start : m.end], m) for m in find_quantities(text, "en")]


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
        ("10,000", 10_000, 1000),
        ("1,234.5", 1234.5, 0.1),
        ("4.8", 4.8, 0.1),
        ("6,700", 6700, 100),
        ("1,234", 1234, 1),
        ("10 000", 10_000, 1000),
        ("71", 71, 1),
    ],
)
def test_digit_formats(text: str, value: float, precision: float) -> None:
    span, m = one(f"The agency counted {text} vehicles.")
    assert span == text
    assert m.quantity.nominal == pytest.approx(value)
    assert m.quantity.precision == pytest.approx(precision)
    assert m.role is NumberRole.AMOUNT


@pytest.mark.parametrize(
    ("text", "value", "scale"),
    [
        ("4.8 million", 4.8e6, 1e6),
        ("3 billion", 3e9, 1e9),
        ("2 trillion", 2e12, 1e12),
        ("5 thousand", 5000, 1e3),
        ("a million", 1e6, 1e6),
        ("one million", 1e6, 1e6),
        ("two million", 2e6, 1e6),
        ("a dozen", 12, 12),
        ("two dozen", 24, 12),
        ("3bn", 3e9, 1e9),
        ("7 bn", 7e9, 1e9),
        ("2.5tn", 2.5e12, 1e12),
        ("40mn", 4e7, 1e6),
    ],
)
def test_scale_words(text: str, value: float, scale: float) -> None:
    span, m = one(f"It concerns {text} people.")
    assert span == text
    assert m.quantity.nominal == pytest.approx(value)
    assert m.quantity.scale == scale


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("two", 2),
        ("twelve", 12),
        ("twenty", 20),
        ("twenty-five", 25),
        ("three hundred and fifty", 350),
        ("one hundred and five", 105),
        ("two thousand five hundred", 2500),
        ("a hundred", 100),
        ("one hundred", 100),
        ("nineteen hundred", 1900),
    ],
)
def test_number_words(word: str, value: float) -> None:
    span, m = one(f"On the shore, {word} boats were waiting.")
    assert span == word
    assert m.quantity.nominal == value


def test_words_that_do_not_form_one_number() -> None:
    assert spans("They sent twenty and thirty, then two three.") == [
        "twenty",
        "thirty",
        "two",
        "three",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was one of the largest.",
        "No one was wounded.",
        "One day the soldiers left.",
        "A man and an officer spoke.",
        "There was zero tolerance.",
    ],
)
def test_articles_and_one_are_not_counts(text: str) -> None:
    assert found(text) == []


def test_one_before_a_noun_counts() -> None:
    # issue 11: a spelled "one" counts what follows it ("one soldier", "one solution")
    (m,) = find_quantities("One soldier was wounded.", "en")
    assert m.quantity.nominal == 1


# ------------------------------------------------------------------------ hedges


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(hedges.HEDGES.items()))
def test_every_hedge_word(phrase: str, qualifier: Qualifier) -> None:
    text = f"The report said {phrase} 40 ships left."
    span, m = one(text)
    assert span == f"{phrase} 40"
    assert m.quantity.qualifier is qualifier
    assert m.quantity.nominal == 40


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("about 10,000", Qualifier.APPROX, 9000, 11_000),
        ("some 40", Qualifier.APPROX, 36, 44),
        ("more or less 40", Qualifier.APPROX, 36, 44),
        ("in the neighbourhood of 40", Qualifier.APPROX, 36, 44),
        ("nearly 5,000", Qualifier.ALMOST, 4500, 5000),
        ("just under 100", Qualifier.ALMOST, 90, 100),
        ("just over 200", Qualifier.JUST_OVER, 200, 220),
        ("a good 300", Qualifier.JUST_OVER, 300, 330),
        ("at least 10,000", Qualifier.AT_LEAST, 10_000, None),
        ("upwards of 40", Qualifier.MORE_THAN, 40, None),
        ("no more than 10", Qualifier.AT_MOST, 0, 10),
        ("up to 4.8 million", Qualifier.UP_TO, 0, 4.8e6),
        ("fewer than 20", Qualifier.LESS_THAN, 0, 20),
    ],
)
def test_hedge_intervals(text: str, qualifier: Qualifier, low: float, high: float | None) -> None:
    span, m = one(f"There were {text} trucks.")
    assert span == text
    q = m.quantity
    assert q.qualifier is qualifier
    assert q.low == pytest.approx(low)
    assert (q.high is None) if high is None else q.high == pytest.approx(high)


# ------------------------------------------------------------------------ ranges


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Between 20 and 30 soldiers crossed.", "Between 20 and 30", 20, 30),
        ("Some 20-30 people came.", "Some 20-30", 18, 33),
        ("It lies 5 to 10 km away.", "5 to 10 km", 5, 10),
        ("They moved from 100 to 200 tonnes.", "from 100 to 200 tonnes", 100, 200),
        ("It cost $3-5bn.", "$3-5bn", 3e9, 5e9),
        ("two to three million people", "two to three million", 2e6, 3e6),
    ],
)
def test_ranges(text: str, span: str, low: float, high: float) -> None:
    s, m = one(text)
    assert s == span
    assert m.quantity.qualifier is Qualifier.RANGE
    assert (m.quantity.low, m.quantity.high) == (pytest.approx(low), pytest.approx(high))


def test_and_without_between_is_no_range() -> None:
    assert spans("He met 20 and then 30 people.") == ["20", "30"]


# ------------------------------------------------------------- vague amounts


@pytest.mark.parametrize(("phrase", "entry"), sorted(hedges.VAGUE_AMOUNTS.items()))
def test_every_vague_phrase(phrase: str, entry: tuple[Qualifier, float]) -> None:
    qualifier, scale = entry
    span, m = one(f"In the morning {phrase} trucks arrived.")
    assert span.lower() == phrase
    assert m.quantity.qualifier is qualifier
    assert m.quantity.scale == scale


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "low", "high", "unit"),
    [
        ("dozens of missiles", "dozens of", Qualifier.DOZENS, 24, 200, None),
        ("several million rounds", "several million", Qualifier.SEVERAL, 2e6, 1e7, None),
        ("a few hundred people", "a few hundred", Qualifier.FEW, 200, 600, None),
        (
            "hundreds of millions of dollars",
            "hundreds of millions of dollars",
            Qualifier.HUNDREDS,
            2e8,
            2e9,
            "USD",
        ),
        ("thousands of tonnes", "thousands of tonnes", Qualifier.THOUSANDS, 2e3, 2e4, "tonne"),
        (
            "tens of thousands of troops",
            "tens of thousands of",
            Qualifier.TENS_OF_THOUSANDS,
            2e4,
            2e5,
            None,
        ),
    ],
)
def test_vague_amounts(
    text: str, span: str, qualifier: Qualifier, low: float, high: float, unit: str | None
) -> None:
    s, m = one(f"They counted {text}.")
    assert s == span
    assert m.quantity.qualifier is qualifier
    assert (m.quantity.low, m.quantity.high) == (low, high)
    assert m.quantity.unit == unit


# --------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "unit", "role"),
    [
        ("300 miles", "mile", NumberRole.MEASURE),
        ("300 mi", "mile", NumberRole.MEASURE),
        ("5,000 acres", "acre", NumberRole.MEASURE),
        ("20 feet", "foot", NumberRole.MEASURE),
        ("20 ft", "foot", NumberRole.MEASURE),
        ("10 square miles", "square_mile", NumberRole.MEASURE),
        ("50 pounds", "pound", NumberRole.MEASURE),
        ("40 tonnes", "tonne", NumberRole.MEASURE),
        ("40 tons", "tonne", NumberRole.MEASURE),
        ("40 short tons", "short_ton", NumberRole.MEASURE),
        ("500 gallons", "gallon", NumberRole.MEASURE),
        ("2 million barrels", "oil_barrel", NumberRole.MEASURE),
        ("15 kilometres", "kilometer", NumberRole.MEASURE),
        ("30 degrees Celsius", "degree_Celsius", NumberRole.MEASURE),
        ("8 hours", "hour", NumberRole.DURATION),
        ("three days", "day", NumberRole.DURATION),
        ("24 years", "year", NumberRole.DURATION),
        ("20 dollars", "USD", NumberRole.MONEY),
        ("20 euros", "EUR", NumberRole.MONEY),
        ("20 pounds sterling", "GBP", NumberRole.MONEY),
        ("5 percent", "percent", NumberRole.PERCENT),
        ("5 per cent", "percent", NumberRole.PERCENT),
        ("5%", "percent", NumberRole.PERCENT),
        ("2.5 percentage points", "percentage_point", NumberRole.PERCENT),
    ],
)
def test_units(text: str, unit: str, role: NumberRole) -> None:
    span, m = one(f"Officials reported {text} on Monday.")
    assert span == text
    assert m.quantity.unit == unit
    assert m.role is role


def test_degrees_alone_are_a_temperature_of_no_scale() -> None:
    """Bare degrees are a temperature whose scale is not written: never converted to
    Celsius or Fahrenheit, so never set against a figure given in either."""
    span, m = one("It was 30 degrees outside.")
    assert span == "30 degrees" and m.quantity.unit == "degree_unscaled"
    assert m.role is NumberRole.MEASURE
    span, m = one("It was 30 degrees Celsius outside.")
    assert m.quantity.unit == "degree_Celsius"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The firm raised $3bn.", "$3bn", 3e9, "USD"),
        ("It paid €4.5m.", "€4.5m", 4.5e6, "EUR"),
        ("London gave £20m.", "£20m", 2e7, "GBP"),
        ("They sent USD 5 million.", "USD 5 million", 5e6, "USD"),
        ("A bill of US$200 arrived.", "US$200", 200, "USD"),
        ("It cost $5k.", "$5k", 5000, "USD"),
        ("It cost $1.2 billion.", "$1.2 billion", 1.2e9, "USD"),
    ],
)
def test_currency_before_the_number(text: str, span: str, value: float, unit: str) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.MONEY
    assert (m.quantity.unit, m.quantity.unit_kind) == (unit, UnitKind.CURRENCY)
    assert m.quantity.nominal == pytest.approx(value)


def test_minus_word_for_temperatures() -> None:
    span, m = one("At night it was minus 10 degrees Celsius.")
    assert span == "minus 10 degrees Celsius"
    assert m.quantity.nominal == -10


def test_m_without_currency_is_metres() -> None:
    span, m = one("He ran the 100m final.")
    assert span == "100m" and m.quantity.unit == "meter"


# --------------------------------------------------------------- ages and durations


@pytest.mark.parametrize(
    ("text", "span", "adjectival"),
    [
        ("A 71-year-old man was hurt.", "71-year-old", True),
        ("The man, aged 71, was hurt.", "aged 71", False),
        ("The man is 71 years old.", "71 years old", False),
        ("At the age of 71 he retired.", "At the age of 71", False),
        ("A seventy-one-year-old man.", "seventy-one-year-old", True),
    ],
)
def test_ages(text: str, span: str, adjectival: bool) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.AGE
    assert (m.quantity.nominal, m.quantity.unit) == (71, "year")
    assert m.adjectival is adjectival


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "role"),
    [
        ("a two-day visit", "two-day", 2, "day", NumberRole.DURATION),
        ("a three-hour meeting", "three-hour", 3, "hour", NumberRole.DURATION),
        ("a 48-hour ceasefire", "48-hour", 48, "hour", NumberRole.DURATION),
        ("a 300-mile range", "300-mile", 300, "mile", NumberRole.MEASURE),
        ("a 10-kilometre stretch", "10-kilometre", 10, "kilometer", NumberRole.MEASURE),
    ],
)
def test_adjectival_units(text: str, span: str, value: float, unit: str, role: NumberRole) -> None:
    s, m = one(f"They announced {text}.")
    assert s == span
    assert m.adjectival
    assert (m.quantity.nominal, m.quantity.unit, m.role) == (value, unit, role)


# ------------------------------------------------------------ ordinals, fractions


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It was the seventh meeting.", "seventh", 7),
        ("It was the 7th meeting.", "7th", 7),
        ("For the first time, they met.", "first", 1),
        ("The 21st round began.", "21st", 21),
        ("The twenty-first century.", "twenty-first", 21),
        ("A third attempt failed.", "third", 3),
    ],
)
def test_ordinals(text: str, span: str, value: int) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.ORDINAL
    assert m.quantity.nominal == value
    assert m.quantity.unit_kind is UnitKind.ORDINAL


@pytest.mark.parametrize(
    "text",
    ["First, the talks.", "They met on June 9, 2024.", "On 9 June they met.", "On June 7th."],
)
def test_not_ordinals(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Half of the soldiers left.", "Half of", 50, Qualifier.EXACT),
        ("Half the soldiers left.", "Half", 50, Qualifier.EXACT),
        ("Almost half of them left.", "Almost half of", 50, Qualifier.ALMOST),
        ("A third of voters agreed.", "A third of", 100 / 3, Qualifier.EXACT),
        ("Two thirds of the seats.", "Two thirds of", 200 / 3, Qualifier.EXACT),
        ("A quarter of the budget.", "A quarter of", 25, Qualifier.EXACT),
    ],
)
def test_fractions(text: str, span: str, value: float, qualifier: Qualifier) -> None:
    s, m = one(text)
    assert s == span
    assert m.role is NumberRole.PERCENT
    assert m.quantity.nominal == pytest.approx(value)
    assert m.quantity.qualifier is qualifier


@pytest.mark.parametrize(
    "text",
    ["He waited half an hour.", "A quarter century passed.", "A half-time whistle."],
)
def test_not_fractions(text: str) -> None:
    assert [m.role for _, m in found(text)] == []


def test_half_a_million_is_an_amount() -> None:
    span, m = one("Half a million people fled.")
    assert span == "Half a million"
    assert m.role is NumberRole.AMOUNT and m.quantity.nominal == 500_000


def test_second_half_is_an_ordinal_only() -> None:
    assert [m.role for _, m in found("In the second half of the year.")] == [NumberRole.ORDINAL]


# --------------------------------------------------------------------- changes


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Prices rose by 5% in March.", Direction.INCREASE),
        ("Inflation fell 3 percent.", Direction.DECREASE),
        ("Sales were up 2.5 percentage points.", Direction.INCREASE),
        ("The toll increased by 200 overnight.", Direction.INCREASE),
        ("Output was cut by about 10%.", Direction.DECREASE),
    ],
)
def test_changes(text: str, direction: Direction) -> None:
    _, m = one(text)
    assert m.quantity.change
    assert m.quantity.direction is direction


def test_lost_soldiers_is_a_count_not_a_change() -> None:
    _, m = one("The unit lost 5 soldiers.")
    assert not m.quantity.change


# ------------------------------------------------- dates, times and identifiers


@pytest.mark.parametrize(
    "text",
    [
        "They met on June 9, 2024.",
        "They met on 9 June 2024.",
        "They met in June 2024.",
        "They met on 28/06/2024.",
        "They met on 2024-06-28.",
        "They met at 19:30.",
        "They met at 7 pm.",
        "They met at 10 a.m. sharp.",
        "In 2019 the army grew.",
        "Since 2000, he has ruled.",
        "The 2018 election was close.",
        "It was the biggest since a 2011 rally against closures.",
        "It happened in 2019.",
        "The war (2014) began.",
        "COVID-19 and the G7 met.",
        "The F-16s and a B-52 flew.",
        "Flight MH17 was lost.",
        "5G masts were built.",
        "See section 3 and article 5.",
        "A toll collector in booth 7 died near exit 31.",
        "It revived memories of the 2019 fire at a mill.",
        "Police shut down the westbound 401.",
        "In the 1990s it changed.",
        "Call +44 20 7946 0958 now.",
    ],
)
def test_skipped(text: str) -> None:
    assert found(text) == []


def test_year_like_count_is_a_count() -> None:
    assert spans("The army had 2000 soldiers.") == ["2000"]


def test_may_the_verb_is_not_a_month() -> None:
    assert spans("As many as 300 may have died.") == ["As many as 300"]


# ---------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10,000", 10_000),
        ("4.8", 4.8),
        ("1,234.5", 1234.5),
        ("twenty-five", 25),
        ("three hundred and five", 305),
        ("a million", 1e6),
        ("4.8 million", 4.8e6),
        ("3bn", 3e9),
        ("-7", -7),
        ("one", 1),
        ("one million", 1e6),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    result = parse_number(text, "en")
    assert result is not None and math.isclose(result, value)


@pytest.mark.parametrize("text", ["", "a", "an", "about 10", "ten miles", "house", "4,8"])
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text, "en") is None


MORE, LESS = Qualifier.MORE_THAN, Qualifier.LESS_THAN


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Buildings taller than 12 stories will be checked.", "taller than 12", MORE),
        ("Trucks heavier than 7.5 tonnes are banned.", "heavier than 7.5 tonnes", MORE),
        ("Children younger than 5 were tested.", "younger than 5", LESS),
    ],
)  # fmt: skip
def test_a_comparative_with_than_bounds_its_figure(
    text: str, span: str, qualifier: Qualifier
) -> None:
    """A comparative with "than" bounds the figure as "more"/"less" does."""
    s, m = one(text)
    assert s == span
    assert m.quantity.qualifier is qualifier
