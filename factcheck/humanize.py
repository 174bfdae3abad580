"""Numbers as people write them, in every explanation and renderer.

``12345.0`` is written ``12,345`` in English and ``12.345`` in German; ``4800000`` is
``4.8 million`` / ``4,8 Millionen``; an interval is ``6,030-7,370``; an amount of money
carries its currency where the language puts it (``$25 million``, ``25 Millionen $``).
Scientific notation (``1.234e+04``) is never written.

The separators, the words for large numbers and the currency symbols and their place
come from the Unicode CLDR data through `babel <https://babel.pocoo.org>`_ (already a
dependency), so no language knowledge is written here; any language CLDR knows works,
and an unknown code falls back to English.

Values are rounded to :data:`SIGNIFICANT` significant digits before they are written,
which drops the noise of float arithmetic (``19.689999999999998`` -> ``19.69``) and
keeps every digit a news article states.
"""

from __future__ import annotations

import math
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

SIGNIFICANT = 10
"""Significant digits kept when a value is written."""
DEFAULT_LANGUAGE = "en"
"""The language of a number when none is given, or the given one is unknown."""
_COMPACT_FROM = 1_000_000
"""From this size on, a value with at most one decimal in its size word is written with
the word (``4.8 million``)."""
_PRECISION = 800
"""Decimal digits of the arithmetic, enough to write any float in full."""
_COMPACT_BELOW = 10**15
"""Beyond the trillions, a value is written in full digits."""
_COMPACT_DIGITS = 3
"""The most decimals a value is written with before its size word (``1.234 million``);
a value that needs more is written in full digits."""


@lru_cache(maxsize=64)
def _locale(lang: str | None) -> Locale:
    from babel import Locale, UnknownLocaleError

    code = (lang or DEFAULT_LANGUAGE).replace("-", "_")
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        try:
            return Locale.parse(code.split("_")[0])
        except (UnknownLocaleError, ValueError, TypeError):
            return Locale.parse(DEFAULT_LANGUAGE)


def _decimal(x: float) -> Decimal:
    """``x`` rounded to :data:`SIGNIFICANT` digits, trailing zeros dropped."""
    d = Decimal(repr(float(x)))
    if d == 0:
        return Decimal(0)
    shift = SIGNIFICANT - d.adjusted() - 1
    return d.scaleb(shift).quantize(Decimal(1)).scaleb(-shift).normalize()


@lru_cache(maxsize=65536)
def number(x: float | None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """``x`` as people write it in ``lang``: ``12,345`` (en), ``12.345`` (de),
    ``4.8 million``, ``0.25``; ``?`` for None. Never scientific notation.

    >>> number(12345.0), number(12345, "de"), number(4_800_000), number(4_800_000, "de")
    ('12,345', '12.345', '4.8 million', '4,8 Millionen')
    >>> number(9_370_000_000), number(2_750_100), number(12_000_000)
    ('9.37 billion', '2,750,100', '12 million')
    >>> number(19.689999999999998), number(1e-7), number(35417.5, "de")
    ('19.69', '0.0000001', '35.417,5')
    """
    if x is None:
        return "?"
    if math.isnan(x):
        return "?"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"

    loc = _locale(lang)
    with localcontext() as ctx:
        ctx.prec = _PRECISION  # every digit of any float, 1e308 and 5e-324 alike
        return _format(_decimal(x), loc)


def _format(d: Decimal, loc: Locale) -> str:
    from babel.numbers import format_compact_decimal, format_decimal

    ax = abs(d)
    if _COMPACT_FROM <= ax < _COMPACT_BELOW:
        # the size word babel picks is the largest one the value reaches: written with it
        # when at most three decimals keep every digit ("9.37 billion", not "9.4")
        size = next(s for s in (10**12, 10**9, 10**6) if ax >= s)
        for digits in range(1, _COMPACT_DIGITS + 1):
            scaled = d * 10**digits / size
            if scaled == scaled.to_integral_value():
                return str(
                    format_compact_decimal(
                        float(d), format_type="long", locale=loc, fraction_digits=digits
                    )
                )
    return str(format_decimal(d, locale=loc, decimal_quantization=False))


def range_of(low: float | None, high: float | None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """``6,030-7,370``; one number when both ends are equal; ``?`` for an unknown end."""
    if low is not None and high is not None and number(low, lang) == number(high, lang):
        return number(low, lang)
    return f"{number(low, lang)}-{number(high, lang)}"


@lru_cache(maxsize=1024)
def _currency(code: str, lang: str | None) -> tuple[str, bool]:
    """The currency's symbol in ``lang`` and whether it goes before the number."""
    from babel.numbers import get_currency_symbol

    loc = _locale(lang)
    symbol = str(get_currency_symbol(code.upper(), locale=loc))
    pattern = loc.currency_formats["standard"].pattern
    return symbol, pattern.lstrip().startswith("¤")


def money(text: str, currency: str, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """A written amount (``25 million``, ``6,030-7,370``) with its currency where
    ``lang`` puts it: ``$25 million`` (en), ``25 Millionen $`` (de); a hundredth of a
    currency and a rate per unit in words (``9.8 EUR cents per kilowatt hour``, ``$3.20
    per gallon``; explanations are English, so is "per")."""
    _code, base, sub, per = _unit_parts(currency)
    if per or sub:
        text = f"{text} {base} {sub}s" if sub else money(text, base, lang)
        return f"{text} per {per.replace('_', ' ')}" if per else text
    symbol, before = _currency(currency, lang)
    if before:
        sep = "" if len(symbol) == 1 else " "
        return f"{symbol}{sep}{text}"
    return f"{text} {symbol}"


def _unit_parts(unit: str) -> tuple[str, str, str, str]:
    """A unit's parts as the extraction writes it (``EUR_cent/kilowatt_hour``): the unit
    before any rate, its base and its hundredth (``EUR``, ``cent``), and the unit of the
    rate (``kilowatt_hour``); empty where there is none."""
    code, _, per = unit.partition("/")
    base, _, sub = code.partition("_")
    return code, base, sub, per


def unit_label(unit: str) -> str:
    """A unit as a reader writes it in a heading: pint's and the extraction's names in
    words (``square_kilometer`` -> ``square kilometer``, ``EUR_cent/kilowatt_hour`` ->
    ``EUR cents per kilowatt hour``); a currency code stays as it is."""
    code, base, sub, per = _unit_parts(unit)
    head = f"{base} {sub}s" if sub and is_currency(base) else code.replace("_", " ")
    return f"{head} per {per.replace('_', ' ')}" if per else head


def share(x: float) -> str:
    """A share as a percentage: whole percent from 1 % on, and the first digit that is
    not zero below it, so that a gap of a fraction of a percent is not written "0%".

    >>> share(0.26), share(0.004), share(0.00012), share(0.0)
    ('26%', '0.4%', '0.01%', '0%')
    """
    if x <= 0 or x >= 0.01 or math.isnan(x):
        return f"{x:.0%}"
    digits = max(1, -math.floor(math.log10(x * 100)))
    return f"{x:.{digits}%}"


@lru_cache(maxsize=1024)
def is_currency(code: str) -> bool:
    """True when ``code`` is an ISO 4217 currency code CLDR knows (``USD``, ``EUR``)."""
    from babel.numbers import is_currency as known

    return len(code) == 3 and code.isupper() and bool(known(code))


def amount(x: float | None, currency: str, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """One amount of money: ``$25 million``, ``€4.8 million``, ``15.000 TRY``."""
    return money(number(x, lang), currency, lang)


__all__ = [
    "DEFAULT_LANGUAGE",
    "SIGNIFICANT",
    "amount",
    "is_currency",
    "money",
    "number",
    "range_of",
    "share",
    "unit_label",
]
