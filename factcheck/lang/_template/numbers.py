"""TEMPLATE for a new language: numbers.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: how numbers are written.

    The same names as ``factcheck/lang/de/numbers.py``, with English data; see that module
    for what each table means. Word keys are lower-case (matching ignores case).

    English specifics: the decimal mark is ``.`` and the group mark ``,`` (``1,234.5``).
    Number words are separate words (``three hundred and twenty-five``), so
    NUMBER_WORDS_FUSED is False. ``a``/``an`` count only before a scale word, a fraction
    or ``dozen`` (``a million``, ``a third of``); ``one`` alone is never counted (``one of
    them``), only with a scale word or fraction (``one million``). Short scale marks
    (``m``, ``b``, ``k``) count only next to a currency (``$3bn``, ``€4.5m``, ``£20m``),
    while ``bn``, ``mn`` and ``tn`` count anywhere. Digit ordinals take
    ``st``/``nd``/``rd``/``th``. ``billion`` is 10^9. The plural scale words
    (``millions``) are here for ``hundreds of millions``.
"""

from __future__ import annotations

# English: '.'
DECIMAL_MARK: str = ""

# English: ', \xa0\u202f\u2009'
GROUP_MARKS: str = ""

# English: {'zero': 0, 'one': 1, 'two': 2, ...}
CARDINALS: dict[str, float] = {}

# English: False
NUMBER_WORDS_FUSED: bool = False

# English: 'and'
NUMBER_CONNECTORS: tuple[str, ...] = ()

# English: 'a', 'an'
ARTICLES_ONE: frozenset[str] = frozenset()

# English: {'hundred': 100.0, 'thousand': 1000.0, 'thousands': 1000.0, ...}
SCALE_WORDS: dict[str, float] = {}

# English: {'k': 1000.0, 'm': 1000000.0, 'b': 1000000000.0}
CURRENCY_SCALE_ABBREVIATIONS: dict[str, float] = {}

# English: {'first': 1, 'second': 2, 'third': 3, ...}
ORDINAL_STEMS: dict[str, float] = {}

# English:
ORDINAL_ENDINGS: tuple[str, ...] = ()

# English: 'st', 'nd', 'rd', 'th'
ORDINAL_SUFFIXES: tuple[str, ...] = ()

# English: 'a', 'an', 'each', 'every', ...
ORDINAL_DETERMINERS: frozenset[str] = frozenset()

# English: {'half': 0.5, 'halves': 0.5, 'third': 0.3333333333333333, ...}
FRACTIONS: dict[str, float] = {}

# English: True
ARTICLE_FRACTION_NEEDS_PARTITIVE: bool = True

# English: 'half'
HALF_WORDS: frozenset[str] = frozenset()

# English: 'of', 'the', 'their', 'its', ...
HALF_FOLLOWERS: tuple[str, ...] = ()

# English: 'of'
PARTITIVE_WORDS: tuple[str, ...] = ()

# English: 'apr', 'apr.', 'april', 'aug', ...
MONTH_WORDS: frozenset[str] = frozenset()

# English: True
MONTH_BEFORE_DAY: bool = True

# English: 'a.m.', 'p.m.', 'am', 'pm', ...
TIME_WORDS: tuple[str, ...] = ()

# English: 'after', 'autumn', 'before', 'born', ...
YEAR_CONTEXT_WORDS: frozenset[str] = frozenset()

# English: 'a', 'act', 'after', 'agreement', ...
YEAR_FOLLOW_WORDS: frozenset[str] = frozenset()

# English: False
NOUNS_CAPITALISED: bool = False

# English:
ADJECTIVE_ENDINGS: tuple[str, ...] = ()

# English: 'minus'
MINUS_WORDS: tuple[str, ...] = ()

# English: '#', 'apartment', 'apt.', 'art.', ...
IDENTIFIER_WORDS: frozenset[str] = frozenset()

# English: 'one'
ONE_WORDS: frozenset[str] = frozenset()

# English: 'a', 'an', 'another', 'any', ...
ONE_NOT_AFTER: frozenset[str] = frozenset()

# English: 'after', 'afternoon', 'also', 'and', ...
ONE_NOT_BEFORE: frozenset[str] = frozenset()

# English: {'k': 1000.0, 'K': 1000.0, 'M': 1000000.0, ...}
GLUED_SCALES: dict[str, float] = {}

# English: 'in', 'out of'
RATIO_WORDS: tuple[str, ...] = ()

# English: 'each', 'every'
EVERY_WORDS: frozenset[str] = frozenset()

# English:
HALF_ADJECTIVES: frozenset[str] = frozenset()

# English: 'beat', 'beating', 'beats', 'defeat', ...
SCORE_WORDS: frozenset[str] = frozenset()

# English: 'a', 'about', 'across', 'after', ...
NAME_EXEMPT: frozenset[str] = frozenset()
