"""Unit and currency symbols every language writes the same way.

The language packs (``factcheck/lang/<code>/units.py``) merge these tables into their
own ``UNIT_SYMBOLS``, ``GLUED_UNIT_SYMBOLS`` and ``CURRENCY_SYMBOLS``, so a symbol is
added once for all languages; a pack may still add or override a symbol of its own.

UNIT_SYMBOLS
    Symbols that follow a number, glued or after a space (``256GB``, ``2.4 GHz``,
    ``30Mbps``): symbol -> pint unit name (a compound unit as ``a/b``). Matched with
    case (``mW`` is not ``MW``).
GLUED_UNIT_SYMBOLS
    Symbols read as units only when glued to the digits (``41C``, ``2.14degF``): on
    their own after a space they are too often something else (``5 C`` may be a grade).
PER_SYMBOLS
    Symbols that may follow a slash after a unit (``km/hr``, ``kV/cm``, ``km/s``).
CURRENCY_SYMBOLS
    Signs and codes that stand before an amount (``US$5``, ``HK$2.8bn``, ``USD10m``,
    ``RM23.50``) or after it (``5 USD``): symbol -> ISO 4217 code.
CURRENCY_SUBUNITS
    The pint name of a currency's hundredth (``cents`` of a dollar, ``Cent`` of a
    euro); defined in :func:`factcheck.extract.units.unit_registry` as 0.01 of it.
"""

UNIT_SYMBOLS: dict[str, str] = {
    # data and frequency
    "kB": "kilobyte",
    "KB": "kilobyte",
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    "PB": "petabyte",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "kbps": "kilobit/second",
    "Mbps": "megabit/second",
    "Gbps": "gigabit/second",
    "kbit/s": "kilobit/second",
    "Mbit/s": "megabit/second",
    "Gbit/s": "gigabit/second",
    "MB/s": "megabyte/second",
    "GB/s": "gigabyte/second",
    # power, energy, electricity
    "W": "watt",
    "hp": "horsepower",
    "bhp": "horsepower",
    "PS": "horsepower",
    "V": "volt",
    "kV": "kilovolt",
    "mAh": "milliampere_hour",
    "Ah": "ampere_hour",
    # mass, volume, length
    "mg": "milligram",
    "µg": "microgram",
    "μg": "microgram",
    "ml": "milliliter",
    "mL": "milliliter",
    "cl": "centiliter",
    "dl": "deciliter",
    "oz": "ounce",
    "µm": "micrometer",
    "μm": "micrometer",
    "nm": "nanometer",
    "km/s": "kilometer/second",
    "m/s": "meter/second",
}

GLUED_UNIT_SYMBOLS: dict[str, str] = {
    "MP": "megapixel",
    "C": "degree_Celsius",
    "F": "degree_Fahrenheit",
    "degC": "degree_Celsius",
    "degF": "degree_Fahrenheit",
}

PER_SYMBOLS: dict[str, str] = {
    "h": "hour",
    "hr": "hour",
    "s": "second",
    "sec": "second",
    "min": "minute",
    "d": "day",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "km": "kilometer",
    "kg": "kilogram",
    "l": "liter",
    "m²": "square_meter",
    "m2": "square_meter",
}

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "$US": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "₽": "RUB",
    "RUB": "RUB",
    "¥": "JPY",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₩": "KRW",
    "KRW": "KRW",
    "₴": "UAH",
    "UAH": "UAH",
    "CHF": "CHF",
    "PLN": "PLN",
    "₺": "TRY",
    "TRY": "TRY",
    "₹": "INR",
    "INR": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "$A": "AUD",
    "AUD": "AUD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "HK$": "HKD",
    "HKD": "HKD",
    "S$": "SGD",
    "SGD": "SGD",
    "R$": "BRL",
    "BRL": "BRL",
    "RM": "MYR",
    "MYR": "MYR",
    "₱": "PHP",
    "PHP": "PHP",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "CZK": "CZK",
    "HUF": "HUF",
    "ZAR": "ZAR",
    "MXN": "MXN",
    "TWD": "TWD",
    "NT$": "TWD",
    "ILS": "ILS",
    "₪": "ILS",
    "SAR": "SAR",
    "AED": "AED",
}

CURRENCY_SUBUNITS: dict[str, str] = {
    "USD": "USD_cent",
    "EUR": "EUR_cent",
    "GBP": "GBP_penny",
}
