"""German: unit, currency and percent words, mapped to pint units and currency codes.

The number engine reads a unit right after a number and its scale word
(``300 Kilometer``, ``4,5 Milliarden Euro``, ``20 Prozent``) and stores the *pint unit
name* (``kilometer``) or the ISO currency code (``EUR``); conversions go through
:func:`factcheck.extract.units.unit_registry`, which knows every name used here (a test
checks that). ``factcheck/lang/en/units.py`` has the same names with English data.
Word keys are lower-case and matched ignoring case (a space matches any white space);
symbol keys are matched exactly as written.

UNIT_WORDS / UNIT_SYMBOLS
    Physical units: word or symbol -> pint unit name. Time units (``Tage`` -> ``day``)
    make a duration. ``Grad`` is read as degrees Celsius (German news gives
    temperatures in Celsius); ``Pfund`` is the currency (GBP), not the mass.
CURRENCY_WORDS / CURRENCY_SYMBOLS
    Currencies: word -> ISO 4217 code; symbols and codes may stand before the number
    (``$3``, ``€ 4,5 Mio.``, ``USD 5``) or after it (``5 €``, ``5 Mio. EUR``).
PERCENT_WORDS
    Percent words and signs -> ``percent``; percentage points -> ``percentage_point``
    (a unit of its own: a change of 2 points is not a change of 2 percent).
ADJECTIVAL_UNITS / ADJECTIVAL_ENDINGS
    Units fused into an adjective after a number (``zweitägigen``, ``48-stündige``,
    ``71-jährige``): suffix -> pint unit name, and the inflection endings the suffix may
    take. German fuses them into one word (with digits after a hyphen).
AGE_ADJECTIVES
    The ADJECTIVAL_UNITS suffixes that give an age (``71-jährige``, ``der 71-Jährige``)
    rather than a duration.
AGE_DURATION_NOUNS
    Nouns after which such an adjective is a duration after all (``dreijährige Haft``,
    ``die zweijährige Amtszeit``).
AGE_BEFORE / AGE_AFTER
    Phrases that make a number of years an age: ``im Alter von 71 Jahren``,
    ``71 Jahre alt``.
GLUED_UNIT_SYMBOLS
    Symbols read as units only when glued to the digits (``41C``); the shared ones come
    from :mod:`factcheck.lang.symbols`, as do most ``UNIT_SYMBOLS`` and
    ``CURRENCY_SYMBOLS``.
PER_WORDS / PER_ARTICLES / PER_ARTICLE_NOUNS / PER_SYMBOLS / PER_BLOCKERS
    Rates: a per-word between an amount and a unit or noun makes the unit ``a/b``
    (``3500 Euro im Monat`` -> ``EUR/month``, ``45 Cent je Aktie`` ->
    ``EUR_cent/Aktie``). After a PER_ARTICLES word only a unit or one of
    PER_ARTICLE_NOUNS may follow; PER_SYMBOLS follow a slash (``km/s``); no rate
    before a PER_BLOCKERS word or a number (``im Jahr 2020``).
LENGTH_FOLLOWERS
    Words after a glued ``m`` that keep it metres where ``m`` may also be a million
    (English ``300m long``); empty here.
"""

from factcheck.lang import symbols

UNIT_WORDS: dict[str, str] = {
    # length
    "kilometer": "kilometer",
    "kilometern": "kilometer",
    "kilometers": "kilometer",
    "meter": "meter",
    "metern": "meter",
    "meters": "meter",
    "zentimeter": "centimeter",
    "zentimetern": "centimeter",
    "millimeter": "millimeter",
    "millimetern": "millimeter",
    "meile": "mile",
    "meilen": "mile",
    "seemeile": "nautical_mile",
    "seemeilen": "nautical_mile",
    "fuß": "foot",
    # area
    "quadratkilometer": "square_kilometer",
    "quadratkilometern": "square_kilometer",
    "quadratmeter": "square_meter",
    "quadratmetern": "square_meter",
    "hektar": "hectare",
    # mass
    "tonne": "tonne",
    "tonnen": "tonne",
    "kilogramm": "kilogram",
    "kilo": "kilogram",
    "gramm": "gram",
    # volume
    "liter": "liter",
    "litern": "liter",
    "kubikmeter": "cubic_meter",
    "kubikmetern": "cubic_meter",
    "kubikkilometer": "cubic_kilometer",
    "kubikkilometern": "cubic_kilometer",
    "barrel": "oil_barrel",
    "fass": "oil_barrel",
    "gallonen": "gallon",
    # temperature
    "grad celsius": "degree_Celsius",
    "grad fahrenheit": "degree_Fahrenheit",
    "grad": "degree_Celsius",
    # speed
    "stundenkilometer": "kilometer_per_hour",
    "stundenkilometern": "kilometer_per_hour",
    "kilometer pro stunde": "kilometer_per_hour",
    "knoten": "knot",
    # energy and power
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "kilowattstunden": "kilowatt_hour",
    "megawattstunden": "megawatt_hour",
    "gigawattstunden": "gigawatt_hour",
    "terawattstunden": "terawatt_hour",
    "kilowattstunde": "kilowatt_hour",  # "9,8 Cent pro Kilowattstunde"
    "megawattstunde": "megawatt_hour",
    "unze": "ounce",
    "unzen": "ounce",
    "karat": "carat",
    "watt": "watt",
    "volt": "volt",
    "kilovolt": "kilovolt",
    "megapixel": "megapixel",
    "megapixeln": "megapixel",
    "gigabyte": "gigabyte",
    "promille": "permille",  # ein Alkoholwert ("1,4 Promille")
    "terabyte": "terabyte",
    "megabyte": "megabyte",
    "milligramm": "milligram",
    "milliliter": "milliliter",
    "megaliter": "megaliter",  # ein Wasserwerk ("bis zu zwölf Megaliter am Tag")
    "megalitern": "megaliter",
    "pferdestärken": "horsepower",
    # time
    "sekunde": "second",
    "sekunden": "second",
    "minute": "minute",
    "minuten": "minute",
    "stunde": "hour",
    "stunden": "hour",
    "tag": "day",
    "tage": "day",
    "tagen": "day",
    "tages": "day",
    # ein Aufenthalt in Nächten ("eine Kreuzfahrt über zehn Nächte"); nicht "Nacht":
    # "minus zwölf Grad in der Nacht" ist keine Rate je Nacht
    "nächte": "day",
    "nächten": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "monats": "month",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
    "jahres": "year",
    "jahrzehnt": "decade",
    "jahrzehnte": "decade",
    "jahrzehnten": "decade",
    "jahrhundert": "century",
    "jahrhunderte": "century",
    "jahrhunderten": "century",
}

UNIT_SYMBOLS: dict[str, str] = {
    "km": "kilometer",
    "ppm": "ppm",  # eine Konzentration ("450 ppm Kohlenmonoxid")
    "‰": "permille",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "km²": "square_kilometer",
    "km2": "square_kilometer",
    "qkm": "square_kilometer",
    "m²": "square_meter",
    "qm": "square_meter",
    "ha": "hectare",
    "t": "tonne",
    "kg": "kilogram",
    "g": "gram",
    "l": "liter",
    "m³": "cubic_meter",
    "km³": "cubic_kilometer",
    "°C": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "km/h": "kilometer_per_hour",
    "kn": "knot",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "Std.": "hour",
    "Min.": "minute",
    "Sek.": "second",
    "Mbit": "megabit",
    "kbit": "kilobit",
    **symbols.UNIT_SYMBOLS,
}

GLUED_UNIT_SYMBOLS: dict[str, str] = {**symbols.GLUED_UNIT_SYMBOLS}

PER_SYMBOLS: dict[str, str] = {**symbols.PER_SYMBOLS}

PER_WORDS: tuple[str, ...] = ("pro", "je", "im", "in der", "am", "die", "das", "den")

PER_ARTICLES: tuple[str, ...] = ("im", "in der", "am", "die", "das", "den")

PER_ARTICLE_NOUNS: frozenset[str] = frozenset()

PER_BLOCKERS = frozenset({"zuvor", "davor", "später", "danach", "vorher", "alt", "darauf"})

LENGTH_FOLLOWERS: frozenset[str] = frozenset()

CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "us-dollar": "USD",
    "us-dollars": "USD",
    "rubel": "RUB",
    "pfund": "GBP",
    "pfund sterling": "GBP",
    "britische pfund": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "won": "KRW",
    "franken": "CHF",
    "schweizer franken": "CHF",
    "hrywnja": "UAH",
    "hrywna": "UAH",
    "griwna": "UAH",
    "złoty": "PLN",
    "zloty": "PLN",
    "lira": "TRY",
    "rupien": "INR",
    "kanadische dollar": "CAD",
    "australische dollar": "AUD",
    "australischen dollar": "AUD",
    "kanadischen dollar": "CAD",
    "hongkong-dollar": "HKD",
    "singapur-dollar": "SGD",
    "neuseeland-dollar": "NZD",
    "cent": "EUR_cent",
    "cents": "EUR_cent",
    "pence": "GBP_penny",
    "ringgit": "MYR",
    "peso": "PHP",
    "pesos": "PHP",
}

SCALED_CURRENCIES: dict[str, str] = {}
"""Unused in German: "Pfund" is always the currency (see above)."""

CURRENCY_SYMBOLS: dict[str, str] = {
    **symbols.CURRENCY_SYMBOLS,
    "sFr.": "CHF",
    "Fr.": "CHF",
    "zł": "PLN",
}

PERCENT_WORDS: dict[str, str] = {
    "prozent": "percent",
    "%": "percent",
    "v. h.": "percent",
    "prozentpunkte": "percentage_point",
    "prozentpunkten": "percentage_point",
    "prozentpunkt": "percentage_point",
}

ADJECTIVAL_UNITS: dict[str, str] = {
    "sekündig": "second",
    "minütig": "minute",
    "stündig": "hour",
    "tägig": "day",
    "wöchig": "week",
    "monatig": "month",
    "jährig": "year",
}

ADJECTIVAL_ENDINGS: tuple[str, ...] = ("e", "en", "er", "em", "es")

AGE_ADJECTIVES = frozenset({"jährig"})

AGE_DURATION_NOUNS = frozenset(
    {
        "haft", "haftstrafe", "gefängnisstrafe", "freiheitsstrafe", "amtszeit",
        "laufzeit", "pause", "krieg", "kriegs", "studie", "programm", "vertrag",
        "mission", "dienst", "dienstzeit", "ausbildung", "frist", "übergangsfrist",
        "verhandlungen", "belagerung", "besatzung", "herrschaft", "regierungszeit",
        "zusammenarbeit", "partnerschaft", "abwesenheit", "bauzeit", "wartezeit",
        "planung", "sanierung", "projekt", "testphase", "phase", "periode", "zeitraum",
        "zyklus", "reise", "tournee", "stillstand", "sperre", "verbot", "moratorium",
    }
)  # fmt: skip

AGE_BEFORE: tuple[str, ...] = ("im alter von", "im alter")  # "im Alter zwischen 17 und 29"

AGE_AFTER: tuple[str, ...] = ("alt", "alte", "alter", "altes", "alten")
