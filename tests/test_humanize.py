"""Numbers as people write them (factcheck.humanize)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.humanize import amount, is_currency, number, range_of, unit_label

SCIENTIFIC = re.compile(r"\d[eE][+-]?\d")


@pytest.mark.parametrize(
    ("x", "lang", "expected"),
    [
        (12345.0, "en", "12,345"),
        (12345.0, "de", "12.345"),
        (4_800_000, "en", "4.8 million"),
        (4_800_000, "de", "4,8 Millionen"),
        (4_812_345, "en", "4,812,345"),
        (2.5e9, "en", "2.5 billion"),
        (35417.5, "en", "35,417.5"),
        (35417.5, "de", "35.417,5"),
        (19.689999999999998, "en", "19.69"),
        (1e-7, "en", "0.0000001"),
        (-0.0, "en", "0"),
        (None, "en", "?"),
        (12345.0, "xx-unknown", "12,345"),
        (12345.0, "de-AT", "12.345"),
    ],
)
def test_number(x: float | None, lang: str, expected: str) -> None:
    assert number(x, lang).replace("\xa0", " ") == expected


def test_intervals_and_money() -> None:
    assert range_of(6030, 7370) == "6,030-7,370"
    assert range_of(6030, 7370, "de") == "6.030-7.370"
    assert range_of(5, 5) == "5"
    assert amount(25e6, "USD") == "$25 million"
    assert amount(25e6, "USD", "de").replace("\xa0", " ") == "25 Millionen $"
    assert amount(4.8e6, "EUR") == "€4.8 million"
    assert amount(15000, "TRY") == "TRY 15,000"
    assert is_currency("EUR") and not is_currency("meter") and not is_currency("XYZ")


@given(
    # subnormal floats (5e-324) have no decimal round trip within 1e-9; no news figure is one
    st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=False),
    st.sampled_from(["en", "de", "fr"]),
)
def test_never_scientific_and_round_trips(x: float, lang: str) -> None:
    text = number(x, lang)
    assert not SCIENTIFIC.search(text), text
    if lang == "en" and not text.endswith("illion"):
        back = Decimal(text.replace(",", ""))
        assert x == 0 or abs(back - Decimal(x)) <= abs(Decimal(x)) * Decimal("1e-9")


_SIZES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}


@given(st.integers(1_000_000, 10**10 - 1))  # within the ten significant digits kept
def test_a_size_word_keeps_every_digit(n: int) -> None:
    """A value written with its size word ("9.37 billion") reads back as the value: two
    different values are never written alike."""
    written = number(float(n))
    m = re.fullmatch(r"([\d.]+) (million|billion|trillion)", written)
    if m is None:
        assert Decimal(written.replace(",", "")) == n
    else:
        assert Decimal(m.group(1)) * _SIZES[m.group(2)] == n


def test_doctests() -> None:
    import doctest

    from factcheck import humanize

    assert doctest.testmod(humanize).failed == 0


def test_money_in_hundredths_and_per_unit_is_written_in_words() -> None:
    """A hundredth of a currency and a rate per unit, as the extraction names them
    (``EUR_cent``, ``USD/gallon``): words, no unit codes in capitals."""
    assert amount(9.8, "EUR_cent/kilowatt_hour", "de") == "9,8 EUR cents per kilowatt hour"
    assert amount(3.2, "USD/gallon") == "$3.2 per gallon"
    assert amount(45, "USD_cent") == "45 USD cents"
    assert amount(25e6, "USD") == "$25 million"


def test_a_unit_in_a_heading_is_written_in_words() -> None:
    assert unit_label("EUR_cent/kilowatt_hour") == "EUR cents per kilowatt hour"
    assert unit_label("square_kilometer") == "square kilometer"
    assert unit_label("USD/gallon") == "USD per gallon"
    assert unit_label("EUR") == "EUR"
