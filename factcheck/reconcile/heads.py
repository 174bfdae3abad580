"""Whether two nouns can name one thing: the same noun, or a compound and its head.

"der Turm" and "der Kirchturm", "the fire" and "the wildfire": a compound names a kind of
what its last part names, so a figure of the one can be a figure of the other. Both
parts need :data:`MIN_PART` letters: "female" is no compound of "male", nor "Preis" of
"Eis".

A content word ``<facet>:<value>`` (``of:tanker``, see
:attr:`~factcheck.models.claim.Measure.content`) tells things apart along one facet:
two things whose values of one facet differ are two, whatever else they share
(:func:`facets_differ`: the male *Lok*führer and the male *Lkw*-Fahrer).
"""

from __future__ import annotations

from collections.abc import Collection

MIN_PART = 3
"""The fewest letters a head and the part before it need."""

FACET_SEPARATOR = ":"
"""Between a facet and its value in a content word (``of:tanker``)."""


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


def facets_differ(a: Collection[str], b: Collection[str]) -> bool:
    """True when ``a`` and ``b`` both give a facet and no value of it in common."""
    fa, fb = _facets(a), _facets(b)
    return any(facet in fb and values.isdisjoint(fb[facet]) for facet, values in fa.items())


def _facets(content: Collection[str]) -> dict[str, set[str]]:
    facets: dict[str, set[str]] = {}
    for word in content:
        facet, sep, value = word.partition(FACET_SEPARATOR)
        if sep:
            facets.setdefault(facet, set()).add(value)
    return facets


__all__ = ["FACET_SEPARATOR", "MIN_PART", "compound_of", "facets_differ", "heads_meet"]
