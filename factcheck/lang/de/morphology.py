"""German: word forms the engines need as rules (code), not as word lists.

Like spaCy's per-language ``syntax_iterators``, a pack's morphology is a hook module:
functions and flags the engines call instead of testing which language they read. The
names are described once, in :mod:`factcheck.lang.spec`.
"""

from __future__ import annotations

import re

GENITIVE_ENDINGS: tuple[str, ...] = ("s", "es", "'", "’")

MODIFIER_ENDINGS: tuple[str, ...] = ("e", "en", "er", "es", "em")

NAME_GENITIVE_S: bool = True

ROLE_PREFIX_COUNTRY: bool = True

ADJECTIVE_KEY: str = "casefold"

CLOSED_COMPOUNDS: bool = True

_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def name_inflections(name: str) -> list[str]:
    """Other case endings of a name whose leading words are adjectives ("Rotes Meer" ->
    "Rote Meer", "Roten Meer", "Roter Meer")."""
    words = name.split(" ")
    if len(words) < 2:
        return []
    stems: list[tuple[str, bool]] = []
    for w in words[:-1]:
        m = re.fullmatch(r"(\w{3,}?)(es|er|en|e)", w)
        if m and w[:1].isalpha():
            stems.append((m.group(1), True))
        else:
            stems.append((w, False))
    if not any(adj for _, adj in stems):
        return []
    out = []
    for ending in ("e", "en", "er", "es"):
        parts = [s + ending if adj else s for s, adj in stems]
        out.append(" ".join([*parts, words[-1]]))
    return [o for o in out if o != name]


def adjective_forms(stem: str) -> list[str]:
    """The forms of a country adjective listed in places.yaml (``adj_de``: a stem, to which
    every case ending is added)."""
    return [stem + ending for ending in _ADJ_ENDINGS]


def people_forms(word: str) -> list[str]:
    """The forms of a demonym listed in places.yaml (``people_de``)."""
    if word.endswith("er"):
        return [word, word + "n", word + "in", word + "innen"]
    if word.endswith("e"):
        return [word, word + "n", word[:-1] + "in", word[:-1] + "innen"]
    return [word, word + "s"]


def place_of_adjective(word: str) -> str | None:
    """The place name a city adjective is made from ("Moskauer" -> "Moskau"), if it is one."""
    if word.casefold().endswith("er") and word[:1].isupper():
        return word[:-2]
    return None
