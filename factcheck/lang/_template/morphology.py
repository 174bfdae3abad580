"""TEMPLATE for a new language: morphology.

What it holds: word forms the engines need as rules (code), not as word lists.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Morphology, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# Endings a place name may carry in the genitive or possessive (``Russlands``, ``Russia's``); a
# name is also looked up without them.
# English: "'s", '’s', "'", '’'
GENITIVE_ENDINGS: tuple[str, ...] = ()

# Endings of a lower-case word between a preposition and a place that is skipped as a modifier
# (``im benachbarten Polen``); ``('',)`` skips every lower-case word.
# English: ''
MODIFIER_ENDINGS: tuple[str, ...] = ()

# True when a person's name takes a bare -s in the genitive (``Putins``), read as the name when
# the text also names it without.
# English: False
NAME_GENITIVE_S: bool = False

# True when a role compound names its country in front (``US-Außenminister``).
# English: False
ROLE_PREFIX_COUNTRY: bool = False

# How country adjectives and demonyms are keyed: ``casefold`` keeps a hyphenated adjective whole
# (``saudi-arabisch``); ``tokens`` splits it into words (``U.S.`` -> ``u s``).
# English: 'tokens'
ADJECTIVE_KEY: str = ""

# True when a country or seat may open a closed compound (``Kremlchef``, ``Russlandreise``) and
# a capital forms an adjective with ``place_of_adjective``.
# English: False
CLOSED_COMPOUNDS: bool = False


def name_inflections(name: str) -> list[str]:
    """Other case forms of a place name whose leading words inflect, each also indexed
    (German "Rotes Meer" -> "Rote Meer", "Roten Meer", "Roter Meer"); [] where names do
    not inflect."""
    del name  # unused until written
    return []


def adjective_forms(stem: str) -> list[str]:
    """The forms of a country adjective listed in places.yaml under ``adj_<code>`` (German:
    a stem, to which every case ending is added; English: the adjective, and its plural
    noun for those that are also demonyms)."""
    del stem  # unused until written
    return []


def people_forms(word: str) -> list[str]:
    """The forms of a demonym listed in places.yaml under ``people_<code>`` (German "Russe"
    -> "Russen", "Russin", "Russinnen")."""
    del word  # unused until written
    return []


def place_of_adjective(word: str) -> str | None:
    """The place name a city adjective may be made from (German "Moskauer" -> "Moskau"), or
    None."""
    del word  # unused until written
    return None
