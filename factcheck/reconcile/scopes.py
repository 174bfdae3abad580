"""Why two figures of one block may count different things though their values differ:
a part and its whole, a narrower noun, a place's rate, the people aboard and the
passengers.

The tests of :func:`factcheck.reconcile.engine._decide` that read a pair's scopes, nouns
and sizes (not its dates): each is a predicate on two
:class:`~factcheck.reconcile.quantities.Comparable` figures, the lower and the higher
where the order matters.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.lang.concepts import (
    ABOARD,
    ALL_SCOPE,
    ALONE_SCOPE,
    AREA_DIMENSION,
    CREW_SHARE,
    EXCEPT_PREFIX,
    INTENSIVE_SUBJECTS,
    PART_SCOPE,
    PASSENGER,
    WHOLE_SCOPE,
)
from factcheck.models import Claim, Measure, Qualifier, UnitKind, is_place_key
from factcheck.reconcile.agreement import magnitude_ratio
from factcheck.reconcile.quantities import (
    _SPECIAL,
    Comparable,
    Identity,
    _places,
    dimension_of,
)

SCOPE_GAP = 3.0
"""How many times larger one figure must be than the other for a place, name or total
said of one of them alone to set them apart (see :func:`narrowed`)."""


def narrowed(c: Comparable) -> bool:
    """True when a figure is said of a place, of a name or as a total over the parts
    (``concepts.ALL_SCOPE``), not of the story as such."""
    scope = c.claim.measure.scope if c.claim.measure is not None else ()
    return any(x == ALL_SCOPE or not (x.startswith(("scope:", EXCEPT_PREFIX))) for x in scope)


_MAXIMA = frozenset({Qualifier.UP_TO, Qualifier.AT_MOST})


def maxima(a: Comparable, b: Comparable) -> bool:
    """True when both figures are physical measures given as a maximum ("cracks *up to*
    1.5 metres long", "*up to* five metres long"): the largest of several things, which
    does not add up over parts, so a place or a name said with one of them makes it no
    part of the other."""
    qs = [c.claim.quantity for c in (a, b)]
    return all(
        q is not None and q.unit_kind is UnitKind.PHYSICAL and q.qualifier in _MAXIMA for q in qs
    )


def intensive(c: Claim) -> bool:
    """True for a measure of a subject that does not add up over parts
    (``concepts.INTENSIVE_SUBJECTS``: a height, a water level)."""
    key = c.measure.key if c.measure is not None else ""
    return key.partition(":")[2] in INTENSIVE_SUBJECTS and key.startswith("measure:")


def harmed_part(low: Comparable, high: Comparable) -> bool:
    """True when the lower of two areas is one harmed (a fire's, a storm's: read as a
    growing estimate, ``concepts.HARMED_AREA_ROLES``) and the higher, no harm said of it,
    is :data:`SCOPE_GAP` times it or more: the land of which the harmed area is a part."""
    lm, hm, q = low.claim.measure, high.claim.measure, low.claim.quantity
    if lm is None or hm is None or q is None or not q.unit:
        return False
    return (
        lm.cumulative is True
        and hm.cumulative is None
        and q.unit_kind is UnitKind.PHYSICAL
        and dimension_of(q.unit) == AREA_DIMENSION
        and magnitude_ratio(low, high) >= SCOPE_GAP
    )


def said_of_a_part(c: Comparable) -> bool:
    """True when a figure is said of one part of the story (``concepts.PART_SCOPE``: "the
    health care *sector* added 68,000 jobs", "*including* 300 officers")."""
    return c.claim.measure is not None and PART_SCOPE in c.claim.measure.scope


def alone_below(low: Comparable, high: Comparable) -> bool:
    """True when the lower figure is a part said to be one of several
    (``concepts.ALONE_SCOPE``) and the higher one, in another article, is no part. A day's
    figure alone ("*Allein am Sonntag* kamen rund 6.000 Besucher", no part of the story
    but one day of it) lies below a figure of another time or of none told ("zu dem
    zweitägigen Treffen ... 15.000"), not below another figure of that day."""
    lm, hm = low.claim.measure, high.claim.measure
    if lm is None or hm is None or low.claim.article == high.claim.article:
        return False
    if ALONE_SCOPE not in lm.scope or PART_SCOPE in hm.scope:
        return False
    if PART_SCOPE in lm.scope:
        return True
    tl, th = low.claim.time, high.claim.time
    return tl is None or th is None or (tl.start, tl.end) != (th.start, th.end)


def within_longer(low: Comparable, high: Comparable) -> bool:
    """True when the lower figure's own period, a span of days, lies inside the higher one's,
    which is longer: the lower counts a part of the span the higher counts (a figure of one
    day inside a year is a statement of that day, not a count over it: "bis zu neun
    Milliarden" said on a day of 2016 and "2016 ... bis zu zehn Milliarden" conflict,
    unless it is a running total told on a day before the span ends: the count so far)."""
    pl = low.identity.period if low.identity is not None else None
    ph = high.identity.period if high.identity is not None else None
    if pl is None or ph is None or pl == ph:
        return False
    if pl[0] == pl[1]:
        # a running total told on one day inside the other's span, which runs on after it:
        # the count so far ("Seit Beginn der Störung fielen rund 550 Zugfahrten aus" on
        # Tuesday, "von Montagmorgen bis Mittwochabend rund 1.100 Zugausfälle")
        cumulative = low.identity is not None and low.identity.cumulative
        return cumulative and ph[0] <= pl[0] < ph[1]
    return ph[0] <= pl[0] and pl[1] <= ph[1]


def since_above(low: Comparable, high: Comparable) -> bool:
    """True when the higher figure is a running total since a date ("*seit Jahresbeginn*
    mehr als vier Tonnen", "*since January*, 40 tonnes") and the lower one is not: the lower
    may be one count within the period."""
    il, ih = low.identity, high.identity
    return il is not None and ih is not None and bool(ih.since) and not il.since


def narrower_noun(low: Comparable, high: Comparable) -> bool:
    """True when the lower figure's noun is the higher one's narrowed by modifiers the
    other lacks ("12 *specialist cave* divers", "more than 30 divers"; "zwölf
    *Spezial*taucher", "30 Taucher"): a part of the whole the bare noun counts. A modifier
    in capitals names a place or a name ("about 1,900 *U.S.* flights"), which the figures'
    scopes tell apart already (the other may give its place after the noun: "2,100 flights
    within, into or out of the United States")."""
    ml, mh = low.claim.measure, high.claim.measure
    if ml is None or mh is None or not ml.modifiers or mh.modifiers:
        return False
    if any(_written_name(x, ml) for x in ml.modifiers):
        return False  # "U.S. flights" (a compound's part, "Fracht"container, is no name)
    return ml.thing.casefold() == mh.thing.casefold()


def narrowed_apart(a: Comparable, b: Comparable) -> bool:
    """True when both figures' nouns are narrowed, by modifiers that share nothing ("210
    *dead* birds", "180 *oiled* birds"; "40 *Schwer*verletzte" is read by its role): two
    kinds of the thing, neither a part of the other. Modifiers in capitals (places, names)
    are the scopes' to tell apart."""
    ma, mb = a.claim.measure, b.claim.measure
    if ma is None or mb is None or not ma.modifiers or not mb.modifiers:
        return False
    fa, fb = _plain_modifiers(ma), _plain_modifiers(mb)
    return bool(fa) and bool(fb) and not fa & fb and ma.thing.casefold() == mb.thing.casefold()


def _plain_modifiers(m: Measure) -> set[str]:
    """The modifiers of a noun, folded, but names (:func:`_written_name`)."""
    return {x.casefold() for x in m.modifiers if not _written_name(x, m)}


def _written_name(modifier: str, m: Measure) -> bool:
    """True for a modifier in capitals written as a word of its own: a place or a name
    ("*U.S.* flights"; a compound's part, "*Fracht*container", is none, nor a grade with a
    digit, "11 *EF-0* tornadoes")."""
    return (
        modifier[:1].isupper()
        and not any(ch.isdigit() for ch in modifier)
        and f"{modifier} " in m.surface
    )


def rate_of_a_place(a: Comparable, b: Comparable) -> bool:
    """True when two percentages are given, one for a region (a place larger than a city)
    and one for none. (A city may be only where the speaker sits: "das ifo Institut in
    München rechnet mit 0,4 Prozent Wachstum" is Germany's.)"""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None or qa.unit_kind is not UnitKind.PERCENT or qa.change:
        return False
    ma, mb = a.claim.measure, b.claim.measure
    pa = any(_regional(x) for x in (ma.scope if ma is not None else ()))
    pb = any(_regional(x) for x in (mb.scope if mb is not None else ()))
    return pa != pb


def _regional(key: str) -> bool:
    return is_place_key(key) and not key.startswith("city:")


def whole_above(low: Comparable, high: Comparable) -> bool:
    """True when the higher figure is the whole set a part was taken from in its article
    (``concepts.WHOLE_SCOPE``), the lower one is no such whole and lies well below it (by
    :data:`WHOLE_GAP`): it may be the part. Near it, it is the whole told again ("136
    units" and "the tower had 134 units")."""
    hm, lm = high.claim.measure, low.claim.measure
    if hm is None or lm is None or WHOLE_SCOPE not in hm.scope or WHOLE_SCOPE in lm.scope:
        return False
    return magnitude_ratio(low, high) >= WHOLE_GAP


WHOLE_GAP = 1.5
"""How many times larger the whole set must be than a figure that is no whole for that
figure to be read as a part of it ("zwei Stadtteilbibliotheken" against "der fünf
Stadtteilbibliotheken"); nearer, it is the whole told again ("136 units" and "the tower
had 134 units")."""


def crew_apart(a: Comparable, b: Comparable) -> bool:
    """True when one figure counts the people on board and the other the passengers
    (``concepts.ABOARD``), and the first may exceed the second by its crew: at least as
    many, and at most :data:`~factcheck.lang.concepts.CREW_SHARE` more."""
    keys = [c.claim.measure.key if c.claim.measure is not None else None for c in (a, b)]
    if sorted(k or "" for k in keys) != [ABOARD, PASSENGER]:
        return False
    aboard, passengers = (a, b) if keys[0] == ABOARD else (b, a)
    a_low, a_high = aboard.interval.low, aboard.interval.high
    p_low, p_high = passengers.interval.low, passengers.interval.high
    at_least = a_high is None or p_low is None or a_high >= p_low
    at_most = a_low is None or p_high is None or a_low <= p_high * (1 + CREW_SHARE)
    return at_least and at_most


def names_apart(a: Identity, b: Identity, texts: Mapping[str, str], *, held: bool = False) -> bool:
    """True when two figures are given for two different named things that both
    articles know: each names something the other's figure is not given for, and each
    article mentions the other's name too (both tell "the Ridgeway fire" from "the Millbrook
    fire"; one of a multi-word name is enough). A name only one article uses (a landmark,
    a street) tells nothing apart; nor does a name inside the other ("Osterhout" and "Mayor
    Mark Osterhout"). Of a count a holder wins (``held``: seats, votes), two holders are
    always two things ("CDU 12 Sitze" and "die FDP, die bisher drei Sitze hatte"), whether
    or not the other article names them."""
    na = {x for x in a.scope - _places(a.scope) - _SPECIAL if not x.startswith(EXCEPT_PREFIX)}
    nb = {x for x in b.scope - _places(b.scope) - _SPECIAL if not x.startswith(EXCEPT_PREFIX)}
    if not na or not nb or na & nb:
        return False
    if any(_within_name(x, y) or _within_name(y, x) for x in na for y in nb):
        return False
    if held:
        return True
    ta, tb = texts.get(a.article, ""), texts.get(b.article, "")
    return any(x in ta for x in nb) and any(x in tb for x in na)


def _within_name(short: str, long: str) -> bool:
    """True when every word of the name ``short`` is a word of ``long``."""
    return set(short.split()) <= set(long.split())
