"""How the sources of two claims relate: the same primary source, one institution, or
independent. A source contradicting itself, or two claims traced to one primary source,
is graver than two independent sources disagreeing."""

from __future__ import annotations

from enum import IntEnum

from factcheck.models import Attribution, Claim, Source, SourceKind

_STEM = 8
"""Characters of a role/head word compared to tie a minister to their ministry
("Verteidigungsminister" ~ "Verteidigungsministerium", "defence minister" ~ "defence
ministry")."""


class Relation(IntEnum):
    """From independent (0) to the very same source (3)."""

    INDEPENDENT = 0
    UNKNOWN = 1
    SAME_INSTITUTION = 2
    SAME_SOURCE = 3


def primary(att: Attribution) -> Source | None:
    """The primary source of an attribution, skipping media that merely relay it."""
    for src in reversed(att.chain):
        if src.kind not in (SourceKind.OUTLET, SourceKind.AGENCY):
            return src
    return att.primary


def _portfolio(src: Source) -> str | None:
    word = (src.role or src.name.split()[-1] if src.name else "").casefold()
    if src.kind is SourceKind.GOVERNMENT or src.kind is SourceKind.ORGANISATION:
        words = [w for w in src.name.casefold().replace("-", " ").split() if len(w) > 4]
        word = max(words, key=len) if words else word
    word = word.replace("-", "")
    return word[:_STEM] if len(word) >= _STEM else None


def relation(a: Claim, b: Claim) -> Relation:
    """How the sources of two claims relate."""
    pa, pb = primary(a.attribution), primary(b.attribution)
    if pa is None or pb is None:
        if pa is None and pb is None and a.article == b.article:
            return Relation.SAME_SOURCE
        return Relation.UNKNOWN
    if pa.key == pb.key:
        return Relation.SAME_SOURCE
    if pa.country and pa.country == pb.country:
        sa, sb = _portfolio(pa), _portfolio(pb)
        if sa and sa == sb:
            return Relation.SAME_INSTITUTION
    if pa.country and pb.country and pa.country != pb.country:
        return Relation.INDEPENDENT
    return Relation.UNKNOWN


def describe(claim: Claim) -> str:
    """Who says so, in words: ``Shin Wonsik via Bloomberg News`` or ``the article``."""
    return claim.attribution.describe()
