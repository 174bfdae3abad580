"""How the sources of two claims relate: the same primary source, one institution, or
independent. A source contradicting itself, or two claims traced to one primary source,
is graver than two independent sources disagreeing.

The primary source of a claim is the last link of its attribution chain that is not a
medium relaying it (an outlet or a news agency): "Reuters reports, citing minister
Kowalski" has Kowalski as its primary source. Two primary sources are

* the **same source** when their keys are equal (names are keyed across spellings by the
  extractor; a generic key of unknown country such as ``?:police`` also needs equal
  names), or when neither claim names a source and both stand in one article (the
  article speaks for itself);
* the **same institution** when they belong to one country and name the same portfolio:
  a minister and their ministry ("Innenminister" / "Innenministerium", "interior
  minister" / "interior ministry"), compared by :func:`portfolio`;
* **independent** when they belong to different countries;
* **unknown** otherwise (no source named on one side, or nothing to tell).
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache

from factcheck.models import Attribution, Claim, Source, SourceKind

STEM = 8
"""Letters of the portfolio compared to tie a minister to their ministry."""

_MEDIA = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})
_LETTERS = re.compile(r"[^\w]|[\d_]")


class Relation(IntEnum):
    """From independent (0) to the very same source (3)."""

    INDEPENDENT = 0
    UNKNOWN = 1
    SAME_INSTITUTION = 2
    SAME_SOURCE = 3


def primary(att: Attribution) -> Source | None:
    """The primary source of an attribution, skipping media that merely relay it."""
    for src in reversed(att.chain):
        if src.kind not in _MEDIA:
            return src
    return att.primary


_NATIONALITY = re.compile(r"(?:isch(?:e[nrsm]?)?|ian|ean|ese|ish|an)$", re.IGNORECASE)
"""Endings of nationality adjectives ("polnischen", "Russian", "Korean", "Chinese",
"British", "German"), left out of a portfolio: the country is compared on its own."""
_POSSESSIVE = re.compile(r"['’]s$")
MIN_PORTFOLIO = 10
"""A portfolio shorter than this ("Sprecher", "ministry") names no particular office."""


@lru_cache(maxsize=65536)
def portfolio(role: str | None, name: str, kind: SourceKind) -> str | None:
    """The portfolio stem of a source: ``"innenmin"`` for both "Innenminister" and
    "polnischen Innenministerium", ``"interior"`` for "interior minister" and "Poland's
    interior ministry"; None when the source names no particular office (a person without
    role, a bare "ministry" or "Sprecher").

    The role is used when there is one; for governments, organisations and agencies the
    name. Nationality adjectives, possessives ("Poland's") and words of three letters or
    fewer are left out; the last two remaining words are joined and cut to :data:`STEM`
    letters, if together they have at least :data:`MIN_PORTFOLIO` letters.
    """
    text = role or (
        name if kind in (SourceKind.GOVERNMENT, SourceKind.ORGANISATION, SourceKind.AGENCY) else ""
    )
    words = [
        w
        for w in text.replace("-", " ").split()
        if len(w) > 3 and not _NATIONALITY.search(w) and not _POSSESSIVE.search(w)
    ]
    joined = _LETTERS.sub("", "".join(words[-2:]).casefold())
    return joined[:STEM] if len(joined) >= MIN_PORTFOLIO else None


def _same_key(a: Source, b: Source) -> bool:
    """Equal keys name one source, unless the key is only a generic head of unknown
    country (``?:ministry``): then the names must match too."""
    if a.key != b.key:
        return False
    if a.key.startswith("?:"):
        return a.name.casefold().strip() == b.name.casefold().strip()
    return True


def relation(a: Claim, b: Claim) -> Relation:
    """How the sources of two claims relate (symmetric)."""
    pa, pb = primary(a.attribution), primary(b.attribution)
    if pa is None or pb is None:
        if pa is None and pb is None and a.article == b.article:
            return Relation.SAME_SOURCE
        return Relation.UNKNOWN
    if _same_key(pa, pb):
        return Relation.SAME_SOURCE
    if pa.country and pa.country == pb.country:
        sa = portfolio(pa.role, pa.name, pa.kind)
        sb = portfolio(pb.role, pb.name, pb.kind)
        if sa is not None and sa == sb:
            return Relation.SAME_INSTITUTION
        return Relation.UNKNOWN
    if pa.country and pb.country:
        return Relation.INDEPENDENT
    return Relation.UNKNOWN


def describe(claim: Claim) -> str:
    """Who says so, in words: ``Boris Pistorius via Bloomberg News`` or ``the article``."""
    return claim.attribution.describe()


__all__ = ["MIN_PORTFOLIO", "STEM", "Relation", "describe", "portfolio", "primary", "relation"]
