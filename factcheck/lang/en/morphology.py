"""English: word forms the engines need as rules (code), not as word lists.

Like spaCy's per-language ``syntax_iterators``, a pack's morphology is a hook module:
functions and flags the engines call instead of testing which language they read. The
names are described once, in :mod:`factcheck.lang.spec`.
"""

from __future__ import annotations

GENITIVE_ENDINGS: tuple[str, ...] = ("'s", "’s", "'", "’")

MODIFIER_ENDINGS: tuple[str, ...] = ("",)

NAME_GENITIVE_S: bool = False

ROLE_PREFIX_COUNTRY: bool = False

ADJECTIVE_KEY: str = "tokens"

CLOSED_COMPOUNDS: bool = False


def name_inflections(name: str) -> list[str]:
    """Names do not inflect."""
    return []


def adjective_forms(stem: str) -> list[str]:
    """``adj_en`` in places.yaml: the adjective, and its plural noun for those that are also
    demonyms ("Russians", "Israelis")."""
    if stem.endswith(("an", "i")):
        return [stem, stem + "s"]
    return [stem]


def people_forms(word: str) -> list[str]:
    """``people_en`` in places.yaml: listed as written."""
    return [word]


def place_of_adjective(word: str) -> str | None:
    """English forms no city adjectives by rule."""
    return None
