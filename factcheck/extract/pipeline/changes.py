"""The pipeline, changes: a percentage change ("die Renten steigen um 3,92 Prozent
gegenüber dem Vorjahr", "deliveries rose 18% from a year earlier") keyed by what changed
and the base it is measured against (``change:<subject>:<base>``), so that two articles'
changes of one thing over one base are compared. A change whose base or subject is not
said stays uncompared: "shares rose 4% in early trading" and "closed up 2.5%" may both be
right.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.roles import subject_words, table_words
from factcheck.lang.concepts import CHANGE_PREFIX, GENERIC_PERSONS, RATE, SUBJECT_DIMENSIONS
from factcheck.models import Claim, UnitKind

LEVEL_REACH = 120
"""Characters around a change searched for the level it belongs to ("delivered 412,300
vehicles in the third quarter, up 18% from a year earlier")."""


def changes_keyed(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each percentage change with a base (the packs' ``nouns.CHANGE_BASES``:
    "gegenüber dem Vorjahr", "from a year earlier", "from the previous month") and a
    subject keyed ``change:<subject>:<base>``. The subject is the nearest word before the
    change in its sentence that names what a measure measures (``nouns.MEASURE_SUBJECTS``:
    "*Revenue* rose 16% from a year earlier", "die *Inflationsrate* stieg gegenüber dem
    Vormonat um 0,3 Prozent"), else the counted thing of the nearest level in its sentence
    ("delivered 412,300 *vehicles*, up 18% from a year earlier")."""
    if not any(_is_change(c) for c in claims):
        return claims
    out: list[Claim] = []
    index: tuple[int, SentenceIndex] | None = None
    for c in claims:
        if not _is_change(c) or c.measure is None or c.sentence is None:
            out.append(c)
            continue
        s, e = c.sentence.start, c.sentence.end
        if index is None or index[0] != s:
            index = (s, SentenceIndex(text, s, e, lang))
        a, b = index[1].clause(c.span.start)
        bases = table_words(text, a, b, lang, "CHANGE_BASES")
        subject = _subject(c, s, claims, text, lang) if bases else None
        if not bases or subject is None:
            out.append(c)
            continue
        key = f"{CHANGE_PREFIX}:{subject}:{bases[0][2]}"
        # a change is told apart by its subject, base and period, never by a flow in its
        # sentence ("up 18% ..., helped by a push into Europe")
        update = {"thing": key, "concept": key, "origin": None, "destination": None}
        measure = c.measure.model_copy(update=update)
        out.append(c.model_copy(update={"measure": measure}))
    return out


def _is_change(c: Claim) -> bool:
    q = c.quantity
    return q is not None and q.change and q.unit_kind is UnitKind.PERCENT


def _subject(c: Claim, s: int, claims: list[Claim], text: str, lang: str) -> str | None:
    """What changed: a subject word before the change in its sentence (starting at ``s``),
    else the counted thing of the nearest level near it in its sentence (see
    :func:`changes_keyed`)."""
    # a physical measure's subject word is mostly its verb ("the river *rose* to 7 m")
    words = [
        w
        for w in subject_words(text, s, c.span.start, lang)
        if SUBJECT_DIMENSIONS.get(w[2]) in (None, RATE)
    ]
    if words:
        return words[-1][2]
    best: tuple[int, str] | None = None
    for o in claims:
        q, m = o.quantity, o.measure
        if o is c or q is None or q.change or m is None or o.sentence != c.sentence:
            continue
        if q.unit_kind is not UnitKind.COUNT or not m.concept or m.key in GENERIC_PERSONS:
            continue
        dist = max(c.span.start - o.span.end, o.span.start - c.span.end)
        if dist <= LEVEL_REACH and (best is None or dist < best[0]):
            best = (dist, m.key)
    return None if best is None else best[1]


__all__ = ["changes_keyed"]
