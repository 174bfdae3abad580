"""TEMPLATE for a new language: morphology.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: word forms the engines need as rules (code), not as word lists.

    Like spaCy's per-language ``syntax_iterators``, a pack's morphology is a hook module:
    functions and flags the engines call instead of testing which language they read. The
    names are described once, in :mod:`factcheck.lang.spec`.
"""

from __future__ import annotations

# English: False
CAPITALISED_NOUNS: bool = False

# English: "'s", '’s', "'", '’'
GENITIVE_ENDINGS: tuple[str, ...] = ()

# English: ''
MODIFIER_ENDINGS: tuple[str, ...] = ()

# English: False
NAME_GENITIVE_S: bool = False

# English: False
ROLE_PREFIX_COUNTRY: bool = False

# English: 'tokens'
ADJECTIVE_KEY: str = ""

# English: False
CLOSED_COMPOUNDS: bool = False


def name_inflections(name: str) -> list[str]:
    """English: Names do not inflect."""
    return []


def adjective_forms(stem: str) -> list[str]:
    """English: ``adj_en`` in places.yaml: the adjective, and its plural noun for those
    that are also demonyms ("Russians", "Israelis")."""
    return []


def people_forms(word: str) -> list[str]:
    """English: ``people_en`` in places.yaml: listed as written."""
    return []


def place_of_adjective(word: str) -> str | None:
    """English: English forms no city adjectives by rule."""
    return None
