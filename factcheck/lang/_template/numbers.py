"""TEMPLATE for a new language: numbers.

What it holds: how numbers are written.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Numbers, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# The decimal separator: ``1.234,5`` -> 1234.5, ``4,8`` is 4.8.
# English: '.'
DECIMAL_MARK: str = ""

# The thousands separators (``.``, space, no-break or narrow space): ``4.300`` is 4300.
# English: ', \xa0\u202f\u2009'
GROUP_MARKS: str = ""

# Number-word parts and their values. German writes a number below a million as one word
# (``dreihundertfünfundzwanzig``), so these are *parts*: the engine reads a word made only of
# them, joined by NUMBER_CONNECTORS (``ein|und|zwanzig``). Values below 10 are units, 10-19
# teens, multiples of ten tens, 100 and 1000 multipliers; 0.5 (``einhalb``) adds a half
# (``zweieinhalb`` -> 2.5).
# English: {'zero': 0, 'one': 1, 'two': 2, ...}
CARDINALS: dict[str, float] = {}

# True: the parts are written together as one word (German); False: as separate words joined by
# spaces or hyphens (English ``twenty-five``).
# English: False
NUMBER_WORDS_FUSED: bool = False

# Joiners inside a number word: ``und`` in ``einundzwanzig``.
# English: 'and'
NUMBER_CONNECTORS: tuple[str, ...] = ()

# Words that mean "one" only before a scale word or ``Dutzend`` (``eine Million``, ``ein
# Dutzend``), a fraction (``ein Drittel``) or after ONE_AFTER; else articles.
# English: 'a', 'an'
ARTICLES_ONE: frozenset[str] = frozenset()

# Words after which such an article counts one person ("weiterhin ein Feuerwehrmann").
# English:
ONE_AFTER: tuple[str, ...] = ()

# Nouns of harm before which such an article counts one person ("*einen* Toten und elf
# Verletzte", "*ein* Todesopfer"): a toll of one, as written.
# English:
ONE_BEFORE: tuple[str, ...] = ()

# Words or signs between the two numbers of a thing's dimensions ("64 *mal* 26 Meter", "105 *by*
# 68 metres", "105 *x* 68 m"): the first takes the second's unit.
# English: 'by', 'x', '×'
DIMENSION_JOINERS: tuple[str, ...] = ()

# Words after a number that multiply it (``4,8 Millionen``). ``Billion`` is 10^12 in German.
# ``Dutzend`` multiplies by 12 (``zwei Dutzend`` -> 24). ``hundert`` and ``tausend`` are here
# for ``einige hundert``, ``mehrere tausend``.
# English: {'hundred': 100.0, 'thousand': 1000.0, 'thousands': 1000.0, ...}
SCALE_WORDS: dict[str, float] = {}

# Short scale marks that count only next to a currency (English ``$3bn``, ``€4.5m``). German
# writes ``Mio.``/``Mrd.``, which are SCALE_WORDS, so this is empty here.
# English: {'k': 1000.0, 'm': 1000000.0, 'b': 1000000000.0}
CURRENCY_SCALE_ABBREVIATIONS: dict[str, float] = {}

# An ordinal word is a stem plus an inflection ending: ``sieb|te``, ``siebent|e``,
# ``zwanzigst|en``. A stem may follow cardinal parts (``einundzwanzigst|e``).
# English: {'first': 1, 'second': 2, 'third': 3, ...}
ORDINAL_STEMS: dict[str, float] = {}

# An ordinal word is a stem plus an inflection ending: ``sieb|te``, ``siebent|e``,
# ``zwanzigst|en``. A stem may follow cardinal parts (``einundzwanzigst|e``).
# English:
ORDINAL_ENDINGS: tuple[str, ...] = ()

# What follows digits to make an ordinal: ``7.`` in German, ``7th`` in English.
# English: 'st', 'nd', 'rd', 'th'
ORDINAL_SUFFIXES: tuple[str, ...] = ()

# Words that must stand right before an ordinal (word or ``7.``) for it to count (``der
# siebente``, ``zum 3. Mal``); else ``7.`` may end a sentence, ``achte`` be a verb.
# English: 'a', 'an', 'each', 'every', ...
ORDINAL_DETERMINERS: frozenset[str] = frozenset()

# Fraction words and their value (``Drittel`` -> 1/3). A fraction needs a count before it
# (``zwei Drittel``, ``ein Viertel``), except the HALF_WORDS.
# English: {'half': 0.5, 'halves': 0.5, 'third': 0.3333333333333333, ...}
FRACTIONS: dict[str, float] = {}

# True when a fraction after an article needs a partitive word after it to count (English ``a
# third of``, so that ``a third time`` and ``a quarter century`` are not fractions); German
# ``ein Drittel`` needs none.
# English: True
ARTICLE_FRACTION_NEEDS_PARTITIVE: bool = True

# Fraction words that stand alone (``die Hälfte``), and the words one of which must follow them
# for that (none needed in German; English ``half`` needs ``of``/``the``).
# English: 'half'
HALF_WORDS: frozenset[str] = frozenset()

# Fraction words that stand alone (``die Hälfte``), and the words one of which must follow them
# for that (none needed in German; English ``half`` needs ``of``/``the``).
# English: 'of', 'the', 'their', 'its', ...
HALF_FOLLOWERS: tuple[str, ...] = ()

# Words between a noun and a share or amount with no noun of its own that it is the noun's ("a
# pay rise *of* 25 per cent", "eine Lohnerhöhung *von* 8 Prozent").
# English: 'worth', 'valued at', 'of'
AMOUNT_OF_WORDS: tuple[str, ...] = ()

# Words between a sum of money and the noun after it that names what the money is ("$4.5 million
# *in* tax credits", "4,5 Millionen Euro *an* Fördergeldern").
# English: 'in'
AMOUNT_IN_WORDS: tuple[str, ...] = ()

# A word joining a vague amount to its noun that belongs to the match (``Hunderte von
# Menschen``; English ``dozens of``).
# English: 'of'
PARTITIVE_WORDS: tuple[str, ...] = ()

# Words between a part and its whole's number (``410 der 640 Flüge``, ``410 of 640``): after a
# capitalised word, such a number is a count, no name's.
# English: 'of'
PART_OF_WORDS: tuple[str, ...] = ()

# Month names and abbreviations: a number next to one is a date, not a quantity (``9. Juni``,
# ``Juni 2024``).
# English: 'apr', 'apr.', 'april', 'aug', ...
MONTH_WORDS: frozenset[str] = frozenset()

# True when a day may follow its month name (English ``June 9``); German writes ``9. Juni``
# only, so ``im Juni 40 Schiffe`` keeps its 40.
# English: True
MONTH_BEFORE_DAY: bool = True

# Words after a number that make it a clock time (``19 Uhr``).
# English: 'a.m.', 'p.m.', 'am', 'pm', ...
TIME_WORDS: tuple[str, ...] = ()

# Words right before a bare four-digit number (1000-2199) that make it a year (``seit 2000``,
# ``im Jahr 2023``, ``Anfang 2024``).
# English: 'a', 'after', 'an', 'autumn', ...
YEAR_CONTEXT_WORDS: frozenset[str] = frozenset()

# Words right after such a number that make it a year (English function words: ``in 2019 the``);
# German uses capitalisation instead, see NOUNS_CAPITALISED.
# English: 'a', 'act', 'after', 'agreement', ...
YEAR_FOLLOW_WORDS: frozenset[str] = frozenset()

# True when nouns are capitalised (German): a bare year-like number followed by a capitalised
# word (``2000 Soldaten``) is a count; otherwise it is a year (``nach der Wahl 2020 sehr``). The
# counted noun is then the first capitalised word after the number and lemmas keep the capital;
# where False, the noun group runs up to a word of ``syntax.NOUN_GROUP_STOP`` and its last word
# is the head.
# English: False
NOUNS_CAPITALISED: bool = False

# Endings of attributive adjectives: a bare year-like number followed by such a word and then a
# capitalised noun is a count (``2000 nordkoreanische Soldaten``), while ``2023 besuchte Kim``
# keeps its year. Unused where NOUNS_CAPITALISED is False.
# English:
ADJECTIVE_ENDINGS: tuple[str, ...] = ()

# Words that make the following number negative - for temperatures only (``minus 5 Grad``);
# elsewhere ``minus`` is left alone.
# English: 'minus'
MINUS_WORDS: tuple[str, ...] = ()

# A pattern for an age told by its decade ("a man *in his 50s*", "*in her early 30s*", "der Mann
# war *Mitte 50*"): group ``decade`` the decade's first year (50), optional group ``part`` a
# word of AGE_DECADE_PARTS; "": none.
# English: "(?i)(?<![\\w-])in\\s+(?:his|her|their)\\s+(?:(?P<part>early|mid|late)[\\s-
# ]*)?(?P<decade>[1-9]0)'?s(?![\\w-])"
AGE_DECADE_PATTERN: str = ""

# The years of its decade a part names, lower-cased ("early": 0 to 3, "mid": 3 to 6, "late": 6
# to 9; "" for the whole decade, 0 to 9).
# English: {'': (0, 9), 'early': (0, 3), 'mid': (3, 6), ...}
AGE_DECADE_PARTS: dict[str, tuple[int, int]] = {}

# Words right before a number that make it a name or reference, not a quantity (``Nr. 5``,
# ``Artikel 5``, ``§ 3``).
# English: '#', 'apartment', 'apt.', 'art.', ...
IDENTIFIER_WORDS: frozenset[str] = frozenset()

# A regex matched at a number's first digit that makes it (and the numbers it spans) part of an
# address, not a quantity (US English ``the 300 block of Elm Street``, ``the 300 and 400
# blocks``); "" where the language writes none.
# English:
# '\\d*[1-9]00(?:\\s+block(?![\\w-])|\\s+(?:and|to|through)\\s+\\d*[1-9]00\\s+blocks(?![\\w-]))'
ADDRESS_NUMBER: str = ""

# A word for one that counts before a noun (English ``one solution``), unless one of
# ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows (``one of``,
# ``one day``). German ``ein``/``eine`` are articles: none here.
# English: 'one'
ONE_WORDS: frozenset[str] = frozenset()

# A word for one that counts before a noun (English ``one solution``), unless one of
# ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows (``one of``,
# ``one day``). German ``ein``/``eine`` are articles: none here.
# English: 'a', 'an', 'another', 'any', ...
ONE_NOT_AFTER: frozenset[str] = frozenset()

# A word for one that counts before a noun (English ``one solution``), unless one of
# ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows (``one of``,
# ``one day``). German ``ein``/``eine`` are articles: none here.
# English: 'after', 'afternoon', 'also', 'and', ...
ONE_NOT_BEFORE: frozenset[str] = frozenset()

# Scale marks glued to digits without a currency (English ``25k``, ``4.3M``); none.
# English: {'k': 1000.0, 'K': 1000.0, 'M': 1000000.0, ...}
GLUED_SCALES: dict[str, float] = {}

# ``neun von zehn`` and ``jedes fünfte``: shares in percent.
# English: 'in', 'out of'
RATIO_WORDS: tuple[str, ...] = ()

# ``neun von zehn`` and ``jedes fünfte``: shares in percent.
# English: 'each', 'every'
EVERY_WORDS: frozenset[str] = frozenset()

# Half words that count only before a scale or unit (``eine halbe Million/Stunde``).
# English:
HALF_ADJECTIVES: frozenset[str] = frozenset()

# Words before two numbers that make them a result (``gewann 2-1``), not a range.
# English: 'beat', 'beating', 'beats', 'defeat', ...
SCORE_WORDS: frozenset[str] = frozenset()

# Words that may stand capitalised before a count (``Insgesamt 300``); after other capitalised
# words a bare number is part of a name (``DAX 40``) unless a noun follows.
# English: 'a', 'about', 'across', 'after', ...
NAME_EXEMPT: frozenset[str] = frozenset()
