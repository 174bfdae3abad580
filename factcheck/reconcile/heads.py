"""Whether two nouns can name one thing: the same noun, or a compound and its head.

"der Turm" and "der Kirchturm", "the fire" and "the wildfire": a compound names a kind of
what its last part names, so a figure of the one can be a figure of the other. Both
parts need :data:`MIN_PART` letters: "female" is no compound of "male", nor "Preis" of
"Eis".
"""

from __future__ import annotations

from collections.abc import Collection

MIN_PART = 3
"""The fewest letters a head and the part before it need."""


def heads_meet(a: Collection[str], b: Collection[str]) -> bool:
    """True when a noun of ``a`` and one of ``b`` can name one thing."""
    return any(x == y or compound_of(x, y) for x in a for y in b)


def compound_of(x: str, y: str) -> bool:
    """True when one of two different nouns is a compound whose head is the other."""
    if len(x) < len(y):
        x, y = y, x
    return (
        len(y) >= MIN_PART and len(x) - len(y) >= MIN_PART and x.casefold().endswith(y.casefold())
    )


__all__ = ["MIN_PART", "compound_of", "heads_meet"]
