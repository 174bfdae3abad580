"""The pipeline, forms: how a figure is written, read apart from what it counts (a change
as the level it reached, a hedge written after the figure, a unit of size, a count glued
to the noun it sizes or sized by the word after it, a length or an area harmed, a rate
per a number and its base, an article read as one). Part of
:mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.nouns import CountedNoun
from factcheck.extract.pipeline.state import _State
from factcheck.extract.pipeline.subjects import _dimension
from factcheck.extract.roles import RoleCues
from factcheck.lang import get_language
from factcheck.lang.concepts import AREA_DIMENSION, HARM_ROLES, HARMED_AREA_ROLES, LENGTH_DIMENSION
from factcheck.models import Direction, Measure, Qualifier, Quantity


@lru_cache(maxsize=4096)
def dimension_of_form(unit: str | None) -> bool:
    """True for a unit of length or area: the size of a thing ("der 854 Kilometer lange
    Strom"), never a running total, whatever harm its sentence tells of."""
    from factcheck.extract.units import dimension

    if not unit:
        return False
    try:
        dim = dimension(unit)
    except (AttributeError, ValueError, TypeError):  # a unit pint does not know
        return False
    return dim in ("[length]", AREA_DIMENSION)


def rehedged(q: Quantity, qualifier: Qualifier) -> Quantity:
    """``q`` with the interval of another hedge (a trailing one: "20 people or more")."""
    return Quantity.hedged(
        q.nominal,
        qualifier,
        unit=q.unit,
        unit_kind=q.unit_kind,
        precision=q.precision,
        scale=q.scale,
        direction=q.direction,
        change=q.change,
    )


def moved_level(q: Quantity) -> Direction | None:
    """The way a change from one level to another moved ("stieg von 38 auf 52", "expanded
    the number of cooling centres from 14 to 21"), or None for any other figure."""
    if q.direction is None or q.qualifier is not Qualifier.RANGE or q.change:
        return None
    return q.direction


def new_level(q: Quantity) -> Quantity:
    """A change ("stieg von 38 auf 52") as the level it reached, with its direction (the
    range of both levels would agree with any figure between); else ``q`` as it is."""
    if moved_level(q) is None:
        return q
    level = q.high if q.direction is Direction.INCREASE else q.low
    if level is None:
        return q
    return q.model_copy(
        update={"nominal": level, "low": level, "high": level, "qualifier": Qualifier.EXACT}
    )


def sizes_a_thing(text: str, qm: QuantityMatch, noun: CountedNoun) -> bool:
    """True when a count of a fixed part is glued to its noun and so sizes the thing after
    it ("a seven-*story* building" was damaged), rather than counting parts ("seven
    floors were damaged")."""
    return "-" in text[qm.end : noun.start + 1]


def sized_by_word(text: str, at: int, lang: str) -> bool:
    """True when the word right after ``at`` (the end of a count's noun, or of a measure's
    unit) makes the figure the size of a thing (the pack's ``nouns.SIZING_AFTER``: "des 28
    Wagen *langen* Zuges", "a train 28 cars *long*", "die 120 Meter *lange* Halle"): what
    befalls the thing is not said of all its parts."""
    after = text[at : at + 12].split(maxsplit=1)
    return bool(after) and after[0].casefold() in get_language(lang).nouns.SIZING_AFTER


def harmed_extent(
    st: _State, qm: QuantityMatch, unit: str, seg: tuple[int, int], lang: str
) -> dict[str, object]:
    """What harm told of an area or a length makes of it (``concepts.HARMED_AREA_ROLES``):
    an area harmed is assessed over days and grows ("the fire has burned 5,000 acres",
    "1.800 Hektar Rebfläche beschädigt": cumulative); a length harmed is the stretch in
    that state ("das Gleis, das auf einer Länge von rund 80 Metern *beschädigt* ist"),
    never the length of what lies on it, unless the length sizes the thing harmed ("the
    300-metre dam was damaged", "die 120 Meter lange Halle brannte": ``nouns.SIZING_AFTER``).
    An area or a length alone is a size: nothing."""
    dim = _dimension(unit)
    if dim not in (AREA_DIMENSION, LENGTH_DIMENSION):
        return {}
    text = st.article.text
    cues = st.role_cues or RoleCues(text, seg[0], seg[1], lang)
    role = cues.role_at(seg[0], seg[1], qm.start, qm.end)
    if role not in HARMED_AREA_ROLES:
        return {}
    if dim == AREA_DIMENSION:
        return {"cumulative": True}
    if "-" in text[qm.start : qm.end] or sized_by_word(text, qm.end, lang):
        return {}
    return {"state": role}


def per_number(text: str, at: int, lang: str) -> bool:
    """True when a word of "per" that is no article (the pack's ``units.PER_WORDS`` less
    ``units.PER_ARTICLES``) and a number follow a count's noun ending at ``at``: the count
    is a rate ("rund 13 Verletzte *je 100.000* Einwohner", "13 injuries *per 100,000*
    people"), no count of the story."""
    after = text[at : at + 24].split(maxsplit=2)
    return len(after) > 1 and _per_word(after[0], lang) and after[1][:1].isdigit()


def per_base(text: str, s: int, start: int, lang: str) -> bool:
    """True when the number at ``start`` (in the sentence from ``s``) is the base of a rate:
    a word of "per" right before it, and a number in digits before that one's noun ("13
    Verletzte je *100.000* Einwohner"); not a share of each ("zwei Tanks mit je 60.000
    Litern")."""
    before = text[max(s, start - 40) : start].split()
    return (
        len(before) > 2
        and _per_word(before[-1], lang)
        and any(w[:1].isdigit() for w in before[-3:-1])
    )


def _per_word(word: str, lang: str) -> bool:
    units = get_language(lang).units
    low = word.casefold()
    return low in units.PER_WORDS and low not in units.PER_ARTICLES


def idle_one(st: _State, qm: QuantityMatch, measure: Measure | None) -> bool:
    """True for an article read as one ("weiterhin ein Feuerwehrmann") that counts no
    people with a role of harm: "noch ein Problem" is no figure to check."""
    if qm.number_end - qm.number_start > 6 or qm.quantity.nominal != 1:
        return False  # longer than any article: digits or a number word
    word = st.article.text[qm.number_start : qm.number_end].casefold()
    if word not in get_language(st.lang).numbers.ARTICLES_ONE:
        return False
    if qm.role is NumberRole.DURATION:
        return False  # "etwa eine Stunde": the scanner takes it only after a hedge
    concept = measure.concept if measure is not None else None
    return concept is None or concept.split(":", 1)[0] not in HARM_ROLES
