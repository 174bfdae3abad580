"""English: unit, currency and percent words, mapped to pint units and currency codes.

The same names as ``factcheck/lang/de/units.py``, with English data; see that module
for what each table means. Choices made here:

- ``tonnes``, ``metric tons`` *and* plain ``tons`` are the metric tonne: international
  news uses "tons" loosely for tonnes, and a short ton (907 kg) lies within 10 % of a
  tonne anyway. Write ``short tons`` or ``long tons`` for the imperial units.
- ``pounds`` after a number is the mass (``50 pounds of``); the currency is written
  ``£20``, ``20 pounds sterling`` or ``20 sterling`` (a ``£`` before the number makes
  the amount money whatever follows).
- bare ``degrees`` are a temperature of a scale not written (``degree_unscaled``: US news
  means Fahrenheit, most other news Celsius), compared only with other bare degrees;
  ``degrees Celsius``, ``°C``, ``degrees Fahrenheit`` and ``°F`` are mapped.
- ``barrels`` are oil barrels (42 US gallons); ``gallons`` are US gallons.
"""

from factcheck.lang import symbols

UNIT_WORDS: dict[str, str] = {
    # length
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "kilometer": "kilometer",
    "kilometers": "kilometer",
    "metre": "meter",
    "metres": "meter",
    "meter": "meter",
    "meters": "meter",
    "centimetre": "centimeter",
    "centimetres": "centimeter",
    "centimeter": "centimeter",
    "centimeters": "centimeter",
    "millimetre": "millimeter",
    "millimetres": "millimeter",
    "millimeter": "millimeter",
    "millimeters": "millimeter",
    "mile": "mile",
    "miles": "mile",
    "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile",
    "foot": "foot",
    "feet": "foot",
    "inch": "inch",
    "inches": "inch",
    "yard": "yard",
    "yards": "yard",
    # area
    "square kilometre": "square_kilometer",
    "square kilometres": "square_kilometer",
    "square kilometer": "square_kilometer",
    "square kilometers": "square_kilometer",
    "square metre": "square_meter",
    "square metres": "square_meter",
    "square meter": "square_meter",
    "square meters": "square_meter",
    "square mile": "square_mile",
    "square miles": "square_mile",
    "square foot": "square_foot",
    "square feet": "square_foot",
    "hectare": "hectare",
    "hectares": "hectare",
    "acre": "acre",
    "acres": "acre",
    # mass
    "tonne": "tonne",
    "tonnes": "tonne",
    "metric ton": "tonne",
    "metric tons": "tonne",
    "ton": "tonne",
    "tons": "tonne",
    "short ton": "short_ton",
    "short tons": "short_ton",
    "long ton": "long_ton",
    "long tons": "long_ton",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilogramme": "kilogram",
    "kilogrammes": "kilogram",
    "kilo": "kilogram",
    "kilos": "kilogram",
    "gram": "gram",
    "grams": "gram",
    "pound": "pound",
    "pounds": "pound",
    # volume
    "litre": "liter",
    "litres": "liter",
    "liter": "liter",
    "liters": "liter",
    "cubic metre": "cubic_meter",
    "cubic metres": "cubic_meter",
    "cubic meter": "cubic_meter",
    "cubic meters": "cubic_meter",
    "cubic kilometre": "cubic_kilometer",
    "cubic kilometres": "cubic_kilometer",
    "cubic kilometer": "cubic_kilometer",
    "cubic kilometers": "cubic_kilometer",
    "barrel": "oil_barrel",
    "barrels": "oil_barrel",
    "gallon": "gallon",
    "gallons": "gallon",
    # temperature
    "degrees celsius": "degree_Celsius",
    "degrees centigrade": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit",
    "degree": "degree_unscaled",
    "degrees": "degree_unscaled",
    # speed
    "kilometres per hour": "kilometer_per_hour",
    "kilometers per hour": "kilometer_per_hour",
    "miles per hour": "mile_per_hour",
    "knots": "knot",
    # energy and power
    "kilowatts": "kilowatt",
    "megawatts": "megawatt",
    "gigawatts": "gigawatt",
    "kilowatt hours": "kilowatt_hour",
    "kilowatt-hours": "kilowatt_hour",
    "megawatt hours": "megawatt_hour",
    "gigawatt hours": "gigawatt_hour",
    "terawatt hours": "terawatt_hour",
    "ounce": "ounce",
    "ounces": "ounce",
    "carat": "carat",
    "carats": "carat",
    "horsepower": "horsepower",
    "watts": "watt",
    "watt": "watt",
    "volts": "volt",
    "kilovolts": "kilovolt",
    "megapixels": "megapixel",
    "gigabytes": "gigabyte",
    "terabytes": "terabyte",
    "megabytes": "megabyte",
    "milligrams": "milligram",
    "milligram": "milligram",
    "millilitres": "milliliter",
    "milliliters": "milliliter",
    # a water works' output ("treats up to 12 megalitres of water a day")
    "megalitres": "megaliter",
    "megaliters": "megaliter",
    "megalitre": "megaliter",
    "megaliter": "megaliter",
    "micrometres": "micrometer",
    "micrometers": "micrometer",
    "kilometres an hour": "kilometer_per_hour",
    "kilometers an hour": "kilometer_per_hour",
    "miles an hour": "mile_per_hour",
    # a concentration ("450 parts per million of carbon monoxide")
    "parts per million": "ppm",
    "per mille": "permille",  # a blood alcohol level ("1.4 per mille")
    "per mil": "permille",
    "part per million": "ppm",
    # time
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    # a stay counted in nights ("a 10-night cruise", "three nights in hospital")
    "night": "day",
    "nights": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}

UNIT_SYMBOLS: dict[str, str] = {
    "km": "kilometer",
    "ppm": "ppm",
    "‰": "permille",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "mi": "mile",
    "ft": "foot",
    "km²": "square_kilometer",
    "km2": "square_kilometer",
    "sq km": "square_kilometer",
    "m²": "square_meter",
    "sq m": "square_meter",
    "sq mi": "square_mile",
    "sq ft": "square_foot",
    "ha": "hectare",
    "t": "tonne",
    "kg": "kilogram",
    "g": "gram",
    "lb": "pound",
    "lbs": "pound",
    "l": "liter",
    "m³": "cubic_meter",
    "km³": "cubic_kilometer",
    "bbl": "oil_barrel",
    "°C": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    # a capital letter alone after a number, as English weather copy writes it ("43 C")
    "C": "degree_Celsius",
    "F": "degree_Fahrenheit",
    "km/h": "kilometer_per_hour",
    "kph": "kilometer_per_hour",
    "mph": "mile_per_hour",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "hrs": "hour",
    "km/hr": "kilometer/hour",
    "kmh": "kilometer_per_hour",
    **symbols.UNIT_SYMBOLS,
}

GLUED_UNIT_SYMBOLS: dict[str, str] = {
    **symbols.GLUED_UNIT_SYMBOLS,
    "p": "GBP_penny",
}

PER_SYMBOLS: dict[str, str] = {**symbols.PER_SYMBOLS}

PER_WORDS: tuple[str, ...] = ("per", "a", "an", "each", "every")

PER_ARTICLES: tuple[str, ...] = ("a", "an", "each", "every")

PER_ARTICLE_NOUNS = frozenset(
    {"share", "night", "head", "person", "piece", "seat", "ticket", "tonne", "ton", "unit"}
)

PER_BLOCKERS = frozenset({"ago", "earlier", "later", "before", "after", "old", "from"})

LENGTH_FOLLOWERS = frozenset(
    {
        "long", "high", "tall", "wide", "deep", "thick", "away", "above", "below", "under",
        "in", "from", "to", "at", "on", "into", "off", "across", "along", "down", "up",
        "and", "or", "race", "sprint", "hurdles", "freestyle", "dash", "relay", "mark",
        "beneath", "behind", "ahead", "apart", "short", "span", "downhill", "final",
        "high-rise", "by", "with", "per", "inland", "offshore", "underground",
    }
)  # fmt: skip

CURRENCY_WORDS: dict[str, str] = {
    "cent": "USD_cent",
    "cents": "USD_cent",
    "pence": "GBP_penny",
    "penny": "GBP_penny",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "ringgit": "MYR",
    "pesos": "PHP",
    "peso": "PHP",
    "real": "BRL",
    "reais": "BRL",
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "won": "KRW",
    "swiss francs": "CHF",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnya": "UAH",
    "zloty": "PLN",
    "zlotys": "PLN",
    "lira": "TRY",
    "rupees": "INR",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
}

SCALED_CURRENCIES: dict[str, str] = {"pound": "GBP", "pounds": "GBP"}
"""Unit words that are a currency after a scale word ("75 million *pounds*"), unless a
partitive follows ("2 million pounds of debris")."""

CURRENCY_SYMBOLS: dict[str, str] = {**symbols.CURRENCY_SYMBOLS}

PERCENT_WORDS: dict[str, str] = {
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "pc": "percent",
    "%": "percent",
    "percentage points": "percentage_point",
    "percentage point": "percentage_point",
}

ADJECTIVAL_UNITS: dict[str, str] = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "decade",
    "year-old": "year",
    "years-old": "year",
    "kilometre": "kilometer",
    "kilometer": "kilometer",
    "km": "kilometer",
    "metre": "meter",
    "meter": "meter",
    "mile": "mile",
    "mph": "mile_per_hour",
    "mile-per-hour": "mile_per_hour",
    "mile-an-hour": "mile_per_hour",
    "kilometre-per-hour": "kilometer_per_hour",
    "kilometer-per-hour": "kilometer_per_hour",
    "foot": "foot",
    "ton": "tonne",
    "tonne": "tonne",
    "acre": "acre",
    "hectare": "hectare",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "hp": "horsepower",
    "horsepower": "horsepower",
    "watt": "watt",
    "w": "watt",
    "volt": "volt",
    "inch": "inch",
    "metre-high": "meter",
    "litre": "liter",
}

ADJECTIVAL_ENDINGS: tuple[str, ...] = ()

AGE_ADJECTIVES = frozenset({"year-old", "years-old"})

AGE_DURATION_NOUNS: frozenset[str] = frozenset()

AGE_BEFORE: tuple[str, ...] = ("aged", "at the age of", "age of", "age to", "age", "ages")

AGE_AFTER: tuple[str, ...] = ("old",)
