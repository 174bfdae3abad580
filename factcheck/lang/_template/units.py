"""TEMPLATE for a new language: units.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: unit, currency and percent words, mapped to pint units and currency codes.

    The same names as ``factcheck/lang/de/units.py``, with English data; see that module
    for what each table means. Choices made here:

    - ``tonnes``, ``metric tons`` *and* plain ``tons`` are the metric tonne: international
      news uses "tons" loosely for tonnes, and a short ton (907 kg) lies within 10 % of a
      tonne anyway. Write ``short tons`` or ``long tons`` for the imperial units.
    - ``pounds`` after a number is the mass (``50 pounds of``); the currency is written
      ``£20``, ``20 pounds sterling`` or ``20 sterling`` (a ``£`` before the number makes
      the amount money whatever follows).
    - bare ``degrees`` has no unit (Celsius or Fahrenheit is unknown); ``degrees Celsius``,
      ``°C``, ``degrees Fahrenheit`` and ``°F`` are mapped.
    - ``barrels`` are oil barrels (42 US gallons); ``gallons`` are US gallons.
"""

from __future__ import annotations

# English: {'kilometre': 'kilometer', 'kilometres': 'kilometer', 'kilometer': 'kilometer', ...}
UNIT_WORDS: dict[str, str] = {}

# English: {'km': 'kilometer', 'm': 'meter', 'cm': 'centimeter', ...}
UNIT_SYMBOLS: dict[str, str] = {}

# English: {'MP': 'megapixel', 'C': 'degree_Celsius', 'F': 'degree_Fahrenheit', ...}
GLUED_UNIT_SYMBOLS: dict[str, str] = {}

# English: {'h': 'hour', 'hr': 'hour', 's': 'second', ...}
PER_SYMBOLS: dict[str, str] = {}

# English: 'per', 'a', 'an', 'each', ...
PER_WORDS: tuple[str, ...] = ()

# English: 'a', 'an', 'each', 'every'
PER_ARTICLES: tuple[str, ...] = ()

# English: 'head', 'night', 'person', 'piece', ...
PER_ARTICLE_NOUNS: frozenset[str] = frozenset()

# English: 'after', 'ago', 'before', 'earlier', ...
PER_BLOCKERS: frozenset[str] = frozenset()

# English: 'above', 'across', 'ahead', 'along', ...
LENGTH_FOLLOWERS: frozenset[str] = frozenset()

# English: {'cent': 'USD_cent', 'cents': 'USD_cent', 'pence': 'GBP_penny', ...}
CURRENCY_WORDS: dict[str, str] = {}

# English: {'$': 'USD', 'US$': 'USD', '$US': 'USD', ...}
CURRENCY_SYMBOLS: dict[str, str] = {}

# English: {'percent': 'percent', 'per cent': 'percent', 'pct': 'percent', ...}
PERCENT_WORDS: dict[str, str] = {}

# English: {'second': 'second', 'minute': 'minute', 'hour': 'hour', ...}
ADJECTIVAL_UNITS: dict[str, str] = {}

# English:
ADJECTIVAL_ENDINGS: tuple[str, ...] = ()

# English: 'year-old', 'years-old'
AGE_ADJECTIVES: frozenset[str] = frozenset()

# English:
AGE_DURATION_NOUNS: frozenset[str] = frozenset()

# English: 'aged', 'at the age of', 'age'
AGE_BEFORE: tuple[str, ...] = ()

# English: 'old'
AGE_AFTER: tuple[str, ...] = ()
