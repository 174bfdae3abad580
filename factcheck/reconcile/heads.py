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

from factcheck.lang.concepts import FACET_DEFAULTS

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


def contents_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two non-empty contents tell two things apart: their plain words (no
    facet) both given and none of them meeting (:func:`heads_meet`), or a facet both give
    with no value in common (:func:`facets_differ`). Facets take no part in the plain
    test: "fate:dead" against "of:other" says nothing either way."""
    faceted_a = any(FACET_SEPARATOR in w for w in a)
    faceted_b = any(FACET_SEPARATOR in w for w in b)
    if not faceted_a and not faceted_b:  # most contents: plain words only
        return a.isdisjoint(b) and not heads_meet(a, b)
    plain_a = {w for w in a if FACET_SEPARATOR not in w}
    plain_b = {w for w in b if FACET_SEPARATOR not in w}
    if plain_a and plain_b and plain_a.isdisjoint(plain_b) and not heads_meet(plain_a, plain_b):
        return True
    return facets_differ(a, b)


def facets_differ(a: Collection[str], b: Collection[str]) -> bool:
    """True when ``a`` and ``b`` both give a facet and no value of it in common; a facet of
    ``concepts.FACET_DEFAULTS`` that one of them leaves out has its default value there
    ("der zweite Fahrer", ``nth:other``, and "der Fahrer", the first, are two)."""
    fa, fb = _facets(a), _facets(b)
    if any(facet in fb and values.isdisjoint(fb[facet]) for facet, values in fa.items()):
        return True
    return any(
        (facet in fa) != (facet in fb)
        and fa.get(facet, {default}).isdisjoint(fb.get(facet, {default}))
        for facet, default in FACET_DEFAULTS.items()
    )


def _facets(content: Collection[str]) -> dict[str, set[str]]:
    facets: dict[str, set[str]] = {}
    for word in content:
        facet, sep, value = word.partition(FACET_SEPARATOR)
        if sep:
            facets.setdefault(facet, set()).add(value)
    return facets


__all__ = [
    "FACET_SEPARATOR",
    "MIN_PART",
    "compound_of",
    "contents_apart",
    "facets_differ",
    "heads_meet",
]
