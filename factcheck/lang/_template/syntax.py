"""TEMPLATE for a new language: syntax.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: function words and phrase patterns the engines use.

    The engines never compare language codes: what differs between languages in how phrases
    are built is stated here, as data (regex fragments are ordinary strings). The names are
    described once, in :mod:`factcheck.lang.spec`.
"""

from __future__ import annotations

# English: 'a', 'an', 'and', 'are', ...
FUNCTION_WORDS: frozenset[str] = frozenset()

# English: 'a', 'about', 'above', 'across', ...
NOUN_GROUP_STOP: frozenset[str] = frozenset()

# English: 'and', 'or'
COORDINATORS: frozenset[str] = frozenset()

# English: "(?:(?i:the|a|an)\\s+)?(?:(?:{cap}|(?!(?:is|was|were|are|has|have|had|said|says|told|
#   that|which|who|and|but|on|in|at|to|
SOURCE_PHRASE: str = ""

# English: ''
SOURCE_AFTER_PHRASE: str = ""

# English: ''
SO_SOURCE: str = ""

# English: ''
COMPOUND_ACTOR: str = ""

# English: ''
DATIVE_BEFORE_PLACE: str = ""

# English: 'ed'
PARTICIPLE_ENDINGS: tuple[str, ...] = ()

# English: True
CITY_NOUN_WORDS: bool = True

# English: True
ADJECTIVE_BEFORE_PLACE: bool = True

# English: True
ORGANISATION_AFTER_PLACE: bool = True
