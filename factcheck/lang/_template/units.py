"""TEMPLATE for a new language: units.

What it holds: unit, currency and percent words, mapped to pint units and currencies.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Units, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# Physical units: word or symbol -> pint unit name. Time units (``Tage`` -> ``day``) make a
# duration. ``Grad`` is read as degrees Celsius (German news gives temperatures in Celsius);
# ``Pfund`` is the currency (GBP), not the mass.
# English: {'kilometre': 'kilometer', 'kilometres': 'kilometer', 'kilometer': 'kilometer', ...}
UNIT_WORDS: dict[str, str] = {}

# Physical units: word or symbol -> pint unit name. Time units (``Tage`` -> ``day``) make a
# duration. ``Grad`` is read as degrees Celsius (German news gives temperatures in Celsius);
# ``Pfund`` is the currency (GBP), not the mass.
# English: {'km': 'kilometer', 'ppm': 'ppm', '‰': 'permille', ...}
UNIT_SYMBOLS: dict[str, str] = {}

# Symbols read as units only when glued to the digits (``41C``); the shared ones come from
# :mod:`factcheck.lang.symbols`, as do most ``UNIT_SYMBOLS`` and ``CURRENCY_SYMBOLS``.
# English: {'MP': 'megapixel', 'C': 'degree_Celsius', 'F': 'degree_Fahrenheit', ...}
GLUED_UNIT_SYMBOLS: dict[str, str] = {}

# Rates: a per-word between an amount and a unit or noun makes the unit ``a/b`` (``3500 Euro im
# Monat`` -> ``EUR/month``, ``45 Cent je Aktie`` -> ``EUR_cent/Aktie``). After a PER_ARTICLES
# word only a unit or one of PER_ARTICLE_NOUNS may follow; PER_SYMBOLS follow a slash
# (``km/s``); no rate before a PER_BLOCKERS word or a number (``im Jahr 2020``).
# English: 'per', 'a', 'an', 'each', ...
PER_WORDS: tuple[str, ...] = ()

# Rates after a slash: symbol -> unit (``km/s``); see PER_WORDS.
# English: {'h': 'hour', 'hr': 'hour', 's': 'second', ...}
PER_SYMBOLS: dict[str, str] = {}

# Rates: words after which only a unit or a PER_ARTICLE_NOUNS noun may follow (``im Monat``);
# see PER_WORDS.
# English: 'a', 'an', 'each', 'every'
PER_ARTICLES: tuple[str, ...] = ()

# Rates: the nouns that may follow a PER_ARTICLES word; see PER_WORDS.
# English: 'head', 'night', 'person', 'piece', ...
PER_ARTICLE_NOUNS: frozenset[str] = frozenset()

# Rates: words before which no rate is read (``im Jahr 2020``); see PER_WORDS.
# English: 'after', 'ago', 'before', 'earlier', ...
PER_BLOCKERS: frozenset[str] = frozenset()

# Words after a glued ``m`` that keep it metres where ``m`` may also be a million (English
# ``300m long``); empty here.
# English: 'above', 'across', 'ahead', 'along', ...
LENGTH_FOLLOWERS: frozenset[str] = frozenset()

# Currencies: word -> ISO 4217 code; symbols and codes may stand before the number (``$3``, ``€
# 4,5 Mio.``, ``USD 5``) or after it (``5 €``, ``5 Mio. EUR``).
# English: {'cent': 'USD_cent', 'cents': 'USD_cent', 'pence': 'GBP_penny', ...}
CURRENCY_WORDS: dict[str, str] = {}

# Unit words that name a currency after a scale word with no partitive after them ("75 million
# *pounds*" is sterling, "5,000 pounds of explosives" a weight).
# English: {'pound': 'GBP', 'pounds': 'GBP'}
SCALED_CURRENCIES: dict[str, str] = {}

# Currencies: word -> ISO 4217 code; symbols and codes may stand before the number (``$3``, ``€
# 4,5 Mio.``, ``USD 5``) or after it (``5 €``, ``5 Mio. EUR``).
# English: {'$': 'USD', 'US$': 'USD', '$US': 'USD', ...}
CURRENCY_SYMBOLS: dict[str, str] = {}

# Percent words and signs -> ``percent``; percentage points -> ``percentage_point`` (a unit of
# its own: a change of 2 points is not a change of 2 percent).
# English: {'percent': 'percent', 'per cent': 'percent', 'pct': 'percent', ...}
PERCENT_WORDS: dict[str, str] = {}

# Units fused into an adjective after a number (``zweitägigen``, ``48-stündige``,
# ``71-jährige``): suffix -> pint unit name, and the inflection endings the suffix may take.
# German fuses them into one word (with digits after a hyphen).
# English: {'second': 'second', 'minute': 'minute', 'hour': 'hour', ...}
ADJECTIVAL_UNITS: dict[str, str] = {}

# Units fused into an adjective after a number (``zweitägigen``, ``48-stündige``,
# ``71-jährige``): suffix -> pint unit name, and the inflection endings the suffix may take.
# German fuses them into one word (with digits after a hyphen).
# English:
ADJECTIVAL_ENDINGS: tuple[str, ...] = ()

# The ADJECTIVAL_UNITS suffixes of an age, not a duration (``71-jährige``).
# English: 'year-old', 'years-old'
AGE_ADJECTIVES: frozenset[str] = frozenset()

# Nouns after which such an adjective is a duration after all (``dreijährige Haft``, ``die
# zweijährige Amtszeit``).
# English:
AGE_DURATION_NOUNS: frozenset[str] = frozenset()

# Phrases before a number of years that make it an age: ``im Alter von 71 Jahren``.
# English: 'aged', 'at the age of', 'age of', 'age to', ...
AGE_BEFORE: tuple[str, ...] = ()

# Phrases after a number of years that make it an age: ``71 Jahre alt``.
# English: 'old'
AGE_AFTER: tuple[str, ...] = ()
