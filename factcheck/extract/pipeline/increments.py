"""The pipeline, increments: a figure added to another ("*weitere* 15.000", "*another*
40") settled once the article is read.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.figure_cues import cue_pattern, word_before_in
from factcheck.extract.pipeline.state import marked
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    ALONE_SCOPE,
    ATTENDANCE,
    CROWD_CONCEPTS,
    DEATHS_PREFIX,
    DYING_CONCEPTS,
    EARLIER_SCOPE,
    FOUND_DEAD_CONCEPTS,
    GENERIC_PERSONS,
    HARM_ROLES,
    INCREMENT_SCOPE,
    PART_SCOPE,
    RISEN_SCOPE,
    SUBSET_SCOPE,
)
from factcheck.models import Claim, UnitKind

INCREMENT_BEFORE = 400
"""Characters before a figure added to another (``concepts.INCREMENT_SCOPE``) searched for
the figure it is added to."""

DEAD = "dead"
"""The concept of the dead (``nouns.ROLE_CUES``)."""
BODIES = f"{DEAD}:body"
"""The concept of the bodies found of the dead (see :func:`bodies_as_parts`)."""

_CROWDS = frozenset({*GENERIC_PERSONS, *CROWD_CONCEPTS, ATTENDANCE})


def increments_settled(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each figure marked as added to another (``concepts.INCREMENT_SCOPE``)
    made a part (``SUBSET_SCOPE``, the mark kept) unless the nearest figure before it, up to
    :data:`INCREMENT_BEFORE` characters back, counts another thing or the same thing in
    another state: then the word says "others" ("three died and 12 *more* were hurt"
    counts the hurt, "destroyed 310 homes and damaged 450 *more*" the damaged homes). A
    nearest figure of the same thing, or both of people in a crowd ("55.000 auf der
    Straße, *weitere* 15.000 vor dem Reichstag"), or none ("*another* 40 bodies were
    found"), or a noun of the increment's own that the figure before does not count ("the
    first call came at 6:34 p.m.; ten *more* calls followed") makes it a part. A figure in
    an earlier paragraph of ``text`` (the article's text) is no nearest figure: "Police said
    three *more* suspects were arrested" after a paragraph on the injured adds to the
    arrests. A word for the rest of a set (the pack's ``nouns.REST_WORDS``: "die *übrigen*
    drei Verletzten") always makes a part, whatever figure stands nearest (``lang`` is the
    article's language)."""
    if not any(c.measure is not None and INCREMENT_SCOPE in c.measure.scope for c in claims):
        return claims
    out: list[Claim] = []
    last: Claim | None = None  # the nearest figure before, of a thing
    for c in sorted(claims, key=lambda c: (c.span.start, c.span.end)):
        m = c.measure
        if m is not None and INCREMENT_SCOPE in m.scope:
            key = m.key
            near = (
                last.measure
                if last is not None
                and c.span.start - last.span.start <= INCREMENT_BEFORE
                and "\n" not in text[last.span.end : c.span.start]
                else None
            )
            scope = {x for x in m.scope if x != INCREMENT_SCOPE}
            if (
                near is None
                or word_before_in(text, c.span.start, lang, "REST_WORDS") is not None
                or (near.key == key and near.state == m.state)
                or {near.key, key} <= _CROWDS
                # a noun of its own that the figure before does not count, and no harm done
                # to it: more of a thing told of before, not "others" ("the first call ...
                # ten more calls"; but "another 132 people were hurt" counts the hurt)
                or (
                    bool(m.surface)
                    and near.thing != m.thing
                    and m.key.split(":")[0] not in HARM_ROLES
                    and not m.state
                )
            ):
                # a part, and kept marked as an increment: what one article adds is no
                # figure another article gives ("weitere 15.000" and "weitere 20.000")
                scope |= {SUBSET_SCOPE, INCREMENT_SCOPE}
            measure = m.model_copy(update={"scope": tuple(sorted(scope))})
            c = c.model_copy(update={"measure": measure})
        if c.quantity is not None and c.measure is not None and c.measure.thing != "age":
            last = c  # (an age is no count: "ein 16-Jähriger ... die übrigen drei Verletzten")
        out.append(c)
    return out


def positions_as_parts(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each count after a word that picks some of a set by where they lie
    (the pack's ``nouns.POSITION_WORDS``: "the *upper* two floors", "die *oberen* zwei
    Stockwerke") or before a unit of a site named by a letter or a number (the pack's
    ``nouns.DESIGNATED_PART_AFTER``: "die 180 Gefangenen *im Hafthaus B*") made a part
    (``SUBSET_SCOPE``): no size of the set ("a six-story building"), nor the site's whole
    ("derzeit sitzen dort 488 Gefangene ein")."""
    # where a unit named by a letter or a number begins: one scan per article
    designated = {m.start() for m in _designated(lang).finditer(text)}
    out = []
    for c in claims:
        m, q = c.measure, c.quantity
        if (
            m is not None
            and q is not None
            and q.unit_kind is UnitKind.COUNT
            and SUBSET_SCOPE not in m.scope
            and (
                word_before_in(text, c.span.start, lang, "POSITION_WORDS") is not None
                or c.span.end in designated
            )
        ):
            c = marked(c, SUBSET_SCOPE)
        out.append(c)
    return out


def excluded_as_parts(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each figure whose clause leaves a part of the whole out, or whose
    sentence opens so (the pack's ``nouns.EXCLUDING_WORDS``: "a capacity of about 13,900
    *without the* East Stand", "*Ohne die* Osttribüne bietet das Stadion Platz für
    13.900"), marked a part that is one of several (``PART_SCOPE``, ``ALONE_SCOPE``): below
    the whole it is no conflict, above it it is."""
    if not get_language(lang).nouns.EXCLUDING_WORDS:
        return claims
    hits = [m.start() for m in cue_pattern(lang, "EXCLUDING_WORDS").finditer(text)]
    if not hits:
        return claims
    out = []
    for c in claims:
        m = c.measure
        if (
            m is not None
            and c.quantity is not None
            and c.sentence is not None
            and PART_SCOPE not in m.scope
        ):
            s, e = c.sentence.start, c.sentence.end
            a = max(s, text.rfind(",", s, c.span.start) + 1)
            b = text.find(",", c.span.end, e)
            b = e if b < 0 else b
            if any(a <= h < b or (s <= h and not text[s:h].strip()) for h in hits):
                c = marked(c, PART_SCOPE, ALONE_SCOPE)
        out.append(c)
    return out


@cache
def _designated(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).nouns.DESIGNATED_PART_AFTER or r"(?!)")


def bodies_as_parts(claims: list[Claim], lang: str) -> list[Claim]:
    """The claims, each count of the dead whose noun is a body found (the pack's
    ``nouns.RECOVERED_DEAD``: "recovered four *bodies*", "vier *Leichen* geborgen") keyed
    ``dead:body``: the dead found so far, a part of the toll, set against other counts of
    the bodies found, never against the toll (nor against another part of it: "Of the 11
    dead, three were children")."""
    words = {w.casefold() for w in get_language(lang).nouns.RECOVERED_DEAD}
    if not words:
        return claims
    out = []
    for c in claims:
        m = c.measure
        if (
            m is not None
            and m.concept == DEAD
            and c.quantity is not None
            and m.thing.casefold() in words
        ):
            c = c.model_copy(update={"measure": m.model_copy(update={"concept": BODIES})})
        out.append(c)
    return out


def levels_shared(claims: list[Claim]) -> list[Claim]:
    """The claims, each running total its article also gives as the level a rise reached
    (``concepts.RISEN_SCOPE``: "*bringing* the death toll to five") marked so too: "Five
    people were killed" in that article is the same reading, the risen level of the day,
    not one taken earlier that day. Only figures of the same count and value."""
    risen = {
        (m.key, c.quantity.nominal)
        for c in claims
        if (m := c.measure) is not None
        and m.cumulative
        and RISEN_SCOPE in m.scope
        and c.quantity is not None
        and c.quantity.nominal is not None
    }
    if not risen:
        return claims
    out = []
    for c in claims:
        m = c.measure
        if (
            m is not None
            and m.cumulative
            and RISEN_SCOPE not in m.scope
            and c.quantity is not None
            and (m.key, c.quantity.nominal) in risen
        ):
            c = marked(c, RISEN_SCOPE)
        out.append(c)
    return out


_LEAVING = DYING_CONCEPTS | FOUND_DEAD_CONCEPTS
"""The counts the dead may leave: the injured who die, the missing found dead."""


def deaths_beside(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each count of the injured or hospitalised (``concepts.DYING_CONCEPTS``)
    marked with the toll its article gives beside it (``concepts.DEATHS_PREFIX``): the dead
    counted in its sentence, else the article's first toll ("Damit hat das Unglück ein
    Todesopfer gefordert, drei Verletzte sind zu beklagen"). Only when the article tells
    that one of the injured died (the pack's ``figures.DIED_OF_INJURIES``: "ihren
    Verletzungen *erlag*"), or when the count leaves the dead of its sentence out by its
    words (``nouns.OTHERS_WORDS``: "killing one man and leaving 16 *others* injured"). A
    toll of a part, an earlier toll or one of years ago is none. A count of the missing
    (``concepts.FOUND_DEAD_CONCEPTS``) is marked with no such word: those found dead leave
    it."""
    if not any(c.measure is not None and c.measure.concept in _LEAVING for c in claims):
        return claims
    # "133 injured", a day later "132 hurt": no one said to have died, unless the count
    # leaves the dead out by its words ("killing one man and leaving 16 *others* injured")
    died = cue_pattern(lang, "DIED_OF_INJURIES").search(text) is not None
    others = tuple(w.casefold() for w in get_language(lang).nouns.OTHERS_WORDS)
    tolls = [
        c
        for c in claims
        if c.measure is not None
        and c.quantity is not None
        and c.quantity.nominal is not None
        and (c.measure.concept == DEAD or str(c.measure.concept).startswith(f"{DEAD}:"))
        and c.measure.concept != BODIES
        and not {SUBSET_SCOPE, EARLIER_SCOPE, INCREMENT_SCOPE} & set(c.measure.scope)
        and (c.time is None or c.time.years_ago is None)
    ]
    if not tolls:
        return claims
    tolls.sort(key=lambda c: c.span.start)
    by_sentence = {c.sentence: c for c in reversed(tolls)}
    out = []
    for c in claims:
        m = c.measure
        beside = c.quote.casefold().endswith(others) and c.sentence in by_sentence
        if (
            m is not None
            and c.quantity is not None
            and (
                (m.concept in DYING_CONCEPTS and (died or beside))
                or m.concept in FOUND_DEAD_CONCEPTS
            )
        ):
            toll = by_sentence.get(c.sentence, tolls[0]).quantity
            assert toll is not None and toll.nominal is not None
            c = marked(c, f"{DEATHS_PREFIX}{toll.nominal:g}")
        out.append(c)
    return out
