"""What a figure is of when its noun does not say: the thing a restating noun points back
to ("Traktoren, also gut 3.000 *Maschinen*") and the subject of a measure with no noun
("am *Pegel* Kelheim 7,48 Meter", "estimated *damage* at $40 million"), the thing a figure's
role names (:func:`thing_for`), and the figures that count nothing (:func:`fractional`)."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.clauses import CLAUSE_BREAK, SentenceIndex
from factcheck.extract.figure_cues import (
    elapsed_end,
    level_reached_by,
    word_after_in,
    word_before_in,
)
from factcheck.extract.literals import pack_prefiltered
from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.nouns import CountedNoun, concept_of, find_counted_noun
from factcheck.extract.pipeline.owners import opening_owner
from factcheck.extract.pipeline.state import _sentence_index, _State
from factcheck.extract.pipeline.stretches import DIGIT
from factcheck.extract.pipeline.values import value_thing
from factcheck.extract.roles import PARTICIPANT, stance_of_word, subject_of_word, subject_words
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    DIAMETER,
    FALL,
    LENGTH,
    LENGTH_OWNERS,
    OFFSET,
    PART_SCOPE,
    PERSON_CONCEPTS,
    RATE,
    SUBJECT_DIMENSIONS,
    VOTE_ROLES,
)
from factcheck.models import Claim, Quantity, UnitKind

RESTATED_BEFORE = 48
"""Characters before a count searched for the noun a restating cue points back to."""


def _restated_concept(text: str, start: int, end: int, lang: str) -> str | None:
    """The concept of the noun right before a restating cue that ends ``text[start:end]``
    (the packs' ``nouns.RESTATING_CUES``: "Traktoren, *also*", "tractors, *that is*"), or
    None when there is none or the lexicon does not know the noun."""
    m = _restating_pattern(lang).search(text, start, end)
    return None if m is None else concept_of(m.group(1), lang)


@cache
def _restating_pattern(lang: str) -> re.Pattern[str]:
    from factcheck.extract.wordlists import alternation

    cues = get_language(lang).nouns.RESTATING_CUES
    body = alternation(cues) if cues else r"(?!)"
    return re.compile(rf"([^\W\d_][\w-]*)\s*,?\s+(?:{body})\s+$", re.IGNORECASE)


SUBJECT_BEFORE = 80
"""Characters before a measure searched for the word naming what it measures."""
SUBJECT_AFTER = 24
"""Characters after a measure searched for it ("110 Meter *hoch*")."""
DURATION_AFTER = 60
"""The same for a duration, when no nearer word says it ("Rund sechs Stunden lang standen
Teile der Altstadt *unter Wasser*": the verb that says what lasted closes the clause)."""

_OWN_FIGURE = re.compile(r"(?<![\w.,])(?!\d{4}\b)\d(?:[\d.,]*\d)?(?:\s*[^\W\d_][\w-]*)?\s*$")
"""A figure with at most one word (its unit) right before a subject word: the subject
word is that figure's, no later one's (a year is no figure: "Ende 2015 Gesamtkosten von")."""


def _measure_subject(
    text: str, a: int, b: int, qm: QuantityMatch, lang: str, reach: int = SUBJECT_BEFORE
) -> str | None:
    """What a measure with no noun measures (see :func:`subject_word`)."""
    return (subject_word(text, a, b, qm, lang, reach) or (None,))[0]


def subject_subgroup(text: str, start: int, lang: str) -> str | None:
    """The word right before a subject word at ``start`` that narrows it to a group (the
    pack's ``nouns.SUBJECT_SUBGROUPS``: "the *youth* unemployment rate"), folded, or
    None."""
    return word_before_in(text, start, lang, "SUBJECT_SUBGROUPS")


def owned_part(
    text: str, start: int, scope: tuple[str, ...], qm: QuantityMatch, lang: str
) -> tuple[str, ...]:
    """``scope``, marked a part (``concepts.PART_SCOPE``) when the figure ``qm`` is a sum of
    money and a possessive of one owner stands right before its subject word at ``start``
    (the pack's ``nouns.SUBJECT_OWNED_BEFORE``: "beziffert *seinen* Schaden auf 2,5
    Millionen Euro"; not "*its* epicentre was about seven miles northeast": no sum adds
    up over owners)."""
    if qm.role is not NumberRole.MONEY:
        return scope
    if word_before_in(text, start, lang, "SUBJECT_OWNED_BEFORE") is None:
        return scope
    return (*scope, PART_SCOPE)


def subject_word(
    text: str, a: int, b: int, qm: QuantityMatch, lang: str, reach: int = SUBJECT_BEFORE
) -> tuple[str, int] | None:
    """What a measure with no noun measures and where its word starts, from the nearest
    of the packs' ``nouns.MEASURE_SUBJECTS`` words in its clause ``a:b`` (one right after
    it first) that can measure a figure of its unit's dimension
    (``concepts.SUBJECT_DIMENSIONS``: a temperature is no wind speed, and a sum of money
    has none of them); a duration takes only a subject of time (a strike, a closure), a
    percentage only a rate (inflation). Only words up to ``reach`` characters before the
    figure count."""
    q = qm.quantity
    if qm.role is NumberRole.DURATION and (
        word_after_in(text, qm.end, lang, "OFFSET_AFTER")
        or (not text[a : qm.start].strip() and word_after_in(text, qm.end, lang, "OFFSET_OPENING"))
    ):
        return OFFSET, qm.end  # "vier Stunden vor dem Anpfiff": a moment, no length
    dimension = _measured_dimension(q)
    # "about 600 feet *from* the chamber": a distance from it, whatever stands before
    apart = dimension == "[length]" and word_after_in(text, qm.end, lang, "DISTANCE_FROM")
    best: tuple[int, str, int] | None = None
    lower_nouns = not get_language(lang).numbers.NOUNS_CAPITALISED
    # "*Nach* knapp vier Stunden war die Strecke *wieder frei*": the time until what its
    # clause tells, to its end
    elapsed = qm.role is NumberRole.DURATION and word_before_in(text, qm.start, lang, "ELAPSED")
    after = DURATION_AFTER if qm.role is NumberRole.DURATION else SUBJECT_AFTER
    limit = elapsed_end(text, qm.end, b) if elapsed else min(b, qm.end + after)
    for start, end, subject in subject_words(text, max(a, qm.start - reach), limit, lang):
        if lower_nouns and _in_name(text, a, start):
            continue  # "the 300-metre Aurora *Crest*", "*Long* Island": a name's word
        if end <= qm.start and apart and (subject != FALL or text[end : qm.start].strip()):
            continue  # (but "fell 40 feet from the roof": how far)
        if subject == FALL and end <= qm.start and level_reached_by(text, qm.start, qm.end, lang):
            continue  # "visibility *fell to* 50 metres": a level reached, no fall
        if start >= qm.end and subject == FALL and " " not in text[start:end]:
            # "1.8 inches fell at the visitor center": rain, no fall (but a phrase says
            # how deep: "vier Meter *tief fielen* die Gäste")
            continue
        if start >= qm.end and _figure_between(text[qm.end : start]):
            continue  # "153 Metern und je 55 Meter *langen* Rotorblättern": the 55's word
        if end <= qm.start and _OWN_FIGURE.search(text, max(0, start - 30), start):
            continue  # "12,500 feet *below the surface* about 700 km south": the 12,500's
        wanted = SUBJECT_DIMENSIONS.get(subject)
        if (wanted == RATE) != (q.unit_kind is UnitKind.PERCENT):
            continue  # a rate is a percentage ("*inflation* slowed to 3.1 percent"), only
        if wanted not in (None, RATE) and (
            q.unit_kind is not UnitKind.PHYSICAL or (dimension is not None and wanted != dimension)
        ):
            continue  # a water level is no sum of money, a wind speed no temperature
        if qm.role is NumberRole.DURATION and wanted != "[time]":
            continue  # a duration is of a strike or a closure, never of costs
        dist = start - qm.end if start >= qm.end else qm.start - end + 6
        dist += 2 * reach if start >= qm.end + SUBJECT_AFTER else 0  # a duration's far word last
        if best is None or dist < best[0]:
            best = (dist, subject, start)
    if best is None:
        return None
    # "Der Stau ist rund acht Kilometer lang": the jam's length
    return length_owner(text, max(a, qm.start - reach), qm, best[1], lang), best[2]


def length_owner(text: str, a: int, qm: QuantityMatch, subject: str, lang: str) -> str:
    """``subject``, or, for a bare length (``concepts.LENGTH``: "eight miles *long*"), the
    subject that is nothing but a length (``concepts.LENGTH_OWNERS``: "the *tailback*") in
    its clause before the figure from ``a``, when there is one."""
    if subject != LENGTH:
        return subject
    for _start, _end, found in subject_words(
        text, max(a, qm.start - SUBJECT_BEFORE), qm.start, lang
    ):
        if found in LENGTH_OWNERS:
            return found
    return subject


def _figure_between(between: str) -> bool:
    """True when a digit stands in ``between`` outside parentheses (the same figure in
    another unit, "a one-mile (1.6-km) radius", is no other figure)."""
    depth = 0
    for ch in between:
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
        if depth == 0 and ch.isdigit():
            return True
    return False


def measure_owner(text: str, a: int, start: int, subject: str, lang: str) -> tuple[str, bool]:
    """The thing a measure with no noun is of, named with the word of its subject right
    before its number in the sentence from ``a`` (the packs' ``nouns.MEASURE_OWNER``: "eine
    *Überwachungszone* mit einem Radius von zehn Kilometern", also before a relative clause:
    "eine *Sperrzone*, die einen Radius von 15 Kilometern umfasst"), folded, and whether a
    count in digits stands before it (the measure is then each one's: "rund 140
    *Bodennägel* mit bis zu zwölf Metern Länge", ``concepts.EACH_SCOPE``); else ("",
    False)."""
    pat = pack_prefiltered(lang, "nouns", "MEASURE_OWNER")
    m = None if pat is None else pat.search(text, max(a, start - OWNER_REACH), start)
    word = m.group("word") if m is not None else None
    if m is None or (word is not None and subject_of_word(word, lang) != subject):
        # (a pattern with no word before the figure: its word follows it); a size is of
        # the noun the sentence opens with ("The four-span bridge, about 240 metres long")
        return opening_owner(text, a, start, subject, lang), False
    before = text[max(0, m.start("owner") - 16) : m.start("owner")].split()
    counted = bool(before) and before[-1][:1].isdigit() and before[-1][-1:].isdigit()
    if word is None and not counted and not _after_article(before, lang):
        # "die Schutzzone mit drei Kilometer Radius", "140 Bodennägel mit bis zu zwölf
        # Metern Länge", but not "der Pegel Hollstedt mit 6,48 Meter" nor "in der Nacht
        # zu Freitag mit 6,84 Metern": a name is no such thing
        return "", False
    words = m.group("owner").casefold().split()
    if len(words) > 1 and words[0] in get_language(lang).attribution.DETERMINERS:
        words = words[1:]  # "a zone with a radius": the zone
    # by its concept when it has one: "*Anwohner* im Umkreis von fünf Kilometern" and "die
    # *Bevölkerung* in einem Umkreis von 15 Kilometern" are one zone's people
    owner, last = " ".join(words), m.group("owner").split()[-1]  # as written, with capitals
    return (concept_of(last, lang) or owner) if len(words) == 1 else owner, counted


OWNER_REACH = 80
"""Characters before a measure searched for the thing it is of (:func:`measure_owner`)."""


def _after_article(before: list[str], lang: str) -> bool:
    """True when the last of the words ``before`` a name is an article or a determiner
    ("*die* Schutzzone")."""
    return bool(before) and before[-1].casefold() in get_language(lang).attribution.DETERMINERS


def subject_past_relative(
    text: str, idx: SentenceIndex, a: int, qm: QuantityMatch, lang: str
) -> str | None:
    """The subject of a measure whose clause (starting at ``a``) follows a clause set into
    the main clause, from the part of the main clause before it: a relative clause ("Am
    *Pegel* Kaub, der als wichtigste Messstelle gilt, wurden 78 Zentimeter gemessen", "*Core
    inflation*, which strips out energy, food and tobacco, eased to 3.1%") or an
    apposition ("*Core inflation*, a measure that excludes energy, slowed to 3.2%"); see
    :func:`main_clause_before`. None when no such clause stands before, or no subject word
    is in the part before it."""
    main = main_clause_before(text, idx, a, lang)
    if main is None:
        return None
    return _measure_subject(text, main[0], main[1], qm, lang, reach=qm.start - main[0])


def main_clause_before(text: str, idx: SentenceIndex, a: int, lang: str) -> tuple[int, int] | None:
    """The part of the main clause before a clause set into it, for the clause starting at
    ``a``: the clause right before it when ``a`` opens a relative clause itself (the packs'
    ``syntax.RELATIVE_PRONOUNS``: "*The death toll*, which stood at 158 on Monday, ..."),
    else the clause before the inserted clauses that ``a`` follows (relative clauses, or
    appositions opened by an article, ``syntax.ARTICLES``: "*The death toll*, which stood
    at 158 on Monday, rose to 170"), read back over up to :data:`INSERTED_CLAUSES` clauses
    with no figure. None when no such clause stands before, or a figure of its own stands
    in that part."""
    if a > idx.start and opens_relative(text, a, lang):
        back = _back_over_break(text, a, idx.start)
        if back is None:
            return None
        ca, _ = idx.clause(back)
        return None if DIGIT.search(text, ca, back) is not None else (ca, back + 1)
    openers = _openers(lang)
    pos, inserted = a, False
    for _ in range(INSERTED_CLAUSES):
        back = _back_over_break(text, pos, idx.start)
        if back is None:
            return None
        ca, _ = idx.clause(back)
        if DIGIT.search(text, ca, back) is not None:
            return None  # a figure of its own stands there
        if _first_word(text, ca) in openers and ca > idx.start:
            inserted, pos = True, ca  # the opening of the inserted clause
            continue
        if inserted:
            return ca, back + 1
        pos = ca  # a part of a list inside the inserted clause ("energy, food, ...")
    return None


def opens_relative(text: str, at: int, lang: str) -> bool:
    """True when the clause at ``at`` opens with a relative pronoun (the packs'
    ``syntax.RELATIVE_PRONOUNS``) that is no article of the noun after it: "die am Montag
    bei 158 lag", but not "*der* Baupreisindex sei ... gestiegen" (where nouns are
    capitalised, a capitalised word after the article is its noun)."""
    words = text[at : at + 40].split(maxsplit=2)
    pack = get_language(lang)
    if not words or words[0].casefold() not in pack.syntax.RELATIVE_PRONOUNS:
        return False
    if words[0].casefold() not in pack.syntax.ARTICLES or not pack.numbers.NOUNS_CAPITALISED:
        return True
    return len(words) < 2 or not words[1][:1].isupper()


def in_event_relative(text: str, s: int, a: int, start: int, lang: str) -> bool:
    """True when the figure at ``start`` stands in a relative clause whose verb it follows
    right away, in the clause starting at ``a``: the clause opens one ("Der Tornado, *der*
    am Donnerstag drei Menschen tötete"), or, where nouns are not capitalised, a relative
    pronoun stands one word before the figure ("The tornado *that killed* three people on
    Thursday"): a toll told in passing, as of the time of writing. ``s`` is where the
    sentence starts (its first word is no relative pronoun)."""
    if a > s and opens_relative(text, a, lang):
        return True
    pack = get_language(lang)
    if pack.numbers.NOUNS_CAPITALISED:
        return False
    words = text[max(a, start - 40) : start].split()
    return len(words) >= 2 and words[-2].casefold() in pack.syntax.RELATIVE_PRONOUNS


def _first_word(text: str, at: int) -> str:
    """The word starting at ``at``, folded ("" when none)."""
    words = text[at : at + 24].split(maxsplit=1)
    return words[0].casefold() if words else ""


@cache
def _openers(lang: str) -> frozenset[str]:
    """Words that open a clause set into the main clause: relative pronouns, articles."""
    syntax = get_language(lang).syntax
    return syntax.RELATIVE_PRONOUNS | syntax.ARTICLES


_CLOSING = " \t\n\"'“”»«’"
"""Spaces and the quotation marks that may close a quote after a count's noun."""

INSERTED_CLAUSES = 4
"""Clauses read back over for a clause set into the main clause (see
:func:`subject_past_relative`): its opening, and the parts of a list inside it."""


_CONVERSION = re.compile(r"\s*(?:\([^()\n]{0,30}\d[^()\n]{0,30}\)|\))")
"""A conversion in parentheses right after a figure ("366 metres *(1,200ft)*"), or the
closing parenthesis right after the converted figure ("(1,200ft*)*")."""


def past_conversion(text: str, end: int, b: int, stop: int) -> int:
    """Where the clause of the figure ending at ``end`` ends, read past a conversion in
    parentheses next to it: "At 366 metres (1,200ft) *long*" (the parentheses break the
    clause ``b`` names, but the subject after them is both figures'); ``b`` when no
    conversion stands there. ``stop`` is the sentence's end."""
    m = _CONVERSION.match(text, end, stop)
    if m is None or m.end() < b:
        return b
    nxt = CLAUSE_BREAK.search(text, m.end(), stop)
    return stop if nxt is None else nxt.start()


def _back_over_break(text: str, pos: int, floor: int) -> int | None:
    """The last position before ``pos`` that is no break character (comma, semicolon,
    dash, space), or None when only breaks lie between ``floor`` and ``pos``."""
    p = pos - 1
    while p > floor and (text[p].isspace() or text[p] in ",;\u2013\u2014-"):
        p -= 1
    return p if p > floor else None


GLUED = {"[length]": "length", "[mass]": "weight"}
"""The subject of a length or a mass glued to its noun by a hyphen ("the 985-foot Dali",
"eine 250-Kilogramm-Bombe")."""


def noun_subject(head: str, q: Quantity, lang: str) -> str | None:
    """What the noun after a measure says it measures (``roles.subject_of_word``: "the 42
    metres *high*"), when the measure's unit can measure it (``concepts.SUBJECT_DIMENSIONS``:
    "an 800-metre exclusion *zone*" is no speed limit)."""
    subject = subject_of_word(head, lang)
    wanted = SUBJECT_DIMENSIONS.get(subject or "")
    if wanted is None or wanted == RATE or q.unit_kind is not UnitKind.PHYSICAL or not q.unit:
        return subject
    return subject if _measured_dimension(q) in (None, wanted) else None


def glued_subject(q: Quantity, head: str | None = None, lang: str | None = None) -> str | None:
    """What a figure glued to its noun measures, by its unit's dimension (:data:`GLUED`);
    a length glued to a noun of the packs' ``nouns.GLUED_LENGTH_SUBJECTS`` ("an 8-foot
    *fence*", "a 16-inch *pipeline*") is that noun's height or diameter when its size
    fits (:data:`GLUED_LIMITS`)."""
    glued = GLUED.get(_dimension(q.unit or "") or "")
    if glued != "length" or head is None or lang is None or q.nominal is None or not q.unit:
        return glued
    word = head.casefold()
    compounds = get_language(lang).numbers.NOUNS_CAPITALISED
    for subject, nouns in get_language(lang).nouns.GLUED_LENGTH_SUBJECTS.items():
        if any(word == n or (compounds and word.endswith(n)) for n in nouns):
            from factcheck.extract.units import to_base

            base, factor = to_base(q.unit)
            if base == "meter" and q.nominal * factor <= GLUED_LIMITS[subject]:
                return subject
            return glued
    return glued


GLUED_LIMITS = {"height": 350.0, DIAMETER: 3.0}
"""The largest height and diameter, in metres, a length glued to a noun of the packs'
``nouns.GLUED_LENGTH_SUBJECTS`` is read as (a "two-mile wall" is long)."""


PRECIPITATION = "precipitation"
"""The subject of a volume per square metre ("491 litres per square metre", "Liter pro
Quadratmeter"): a length by its dimension, said of rain (a volume per hectare is not:
"100 Liter Diesel je Hektar")."""

PER_SQUARE_METRE = "/square_meter"
"""How a unit per square metre ends (pint's name)."""


def rate_subject(q: Quantity) -> str | None:
    """What a figure measures by its unit alone: a volume per square metre is
    precipitation."""
    unit = q.unit or ""
    if unit.endswith(PER_SQUARE_METRE) and _dimension(unit) == "[length]":
        return PRECIPITATION
    return None


def duration_thing(head: str, lang: str) -> str | None:
    """What a duration glued to its noun lasts, when the noun names an event of time ("a
    72-hour *strike*", "a three-day *walkout*": ``duration:strike``, as "the strike lasted
    72 hours"); None for any other noun."""
    subject = subject_of_word(head, lang)
    if subject is None or SUBJECT_DIMENSIONS.get(subject) != "[time]":
        return None
    return f"duration:{subject}"


def with_crew(text: str, end: int, lang: str) -> bool:
    """True when the noun ending at ``end`` is joined to the crew ("just over 4,000
    passengers *and crew*", "Passagiere *und Besatzung*"): together, all on board."""
    words = text[end : end + 24].split()[:2]
    return (
        len(words) == 2
        and words[0].casefold() in get_language(lang).syntax.COORDINATORS
        and concept_of(words[1].strip(",.;:"), lang) == "crew"
    )


def in_name(text: str, start: int, end: int, lang: str) -> bool:
    """True when a word of the noun ``text[start:end]`` after a figure is written with a
    capital in a language that writes its nouns in lower case: the noun is a name, and its
    words name no subject ("the 300-metre Aurora *Crest*", "the 120-metre Ocean *Wind*")."""
    return not get_language(lang).numbers.NOUNS_CAPITALISED and any(
        w[:1].isupper() for w in text[start:end].split()
    )


def _in_name(text: str, a: int, start: int) -> bool:
    """True when the word at ``start`` is capitalised inside its clause (from ``a``), after
    another word: in a language that writes its nouns in lower case, a word of a name."""
    if not text[start].isupper():
        return False
    before = text[max(a, start - 3) : start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",-")


_MEASURED_AS = {"[temperature_unscaled]": "[temperature]"}
"""Dimensions whose figures measure what another dimension's do: "It was 90 degrees" (a
scale not written) is a temperature, as "32 degrees Celsius" is."""


def _measured_dimension(q: Quantity) -> str | None:
    """The dimension a physical figure measures (its unit's, read as :data:`_MEASURED_AS`
    says), None for any other figure or a unit of no known dimension."""
    dimension = _dimension(q.unit) if q.unit_kind is UnitKind.PHYSICAL and q.unit else None
    return _MEASURED_AS.get(dimension or "", dimension)


def _dimension(unit: str) -> str | None:
    from factcheck.extract.units import dimension

    try:
        return dimension(unit)
    except (KeyError, ValueError, AttributeError):
        return None


HEAD_BEFORE = 40
"""Characters before a share or amount searched for the noun it is of."""


@cache
def _amount_of_pattern(lang: str) -> re.Pattern[str] | None:
    from factcheck.extract.wordlists import alternation

    words: tuple[str, ...] = get_language(lang).numbers.AMOUNT_OF_WORDS
    if not words:
        return None
    return re.compile(rf"([^\W\d_][\w-]*)\s+(?i:{alternation(words)})\s+$")


def _head_before(text: str, clause_start: int, qm: QuantityMatch, lang: str) -> str | None:
    """The noun a share or an amount with no noun of its own is of, right before the
    pack's ``numbers.AMOUNT_OF_WORDS`` ("a pay *rise* of 25 per cent", "eine
    *Lohnerhöhung* von 8 Prozent"), as its compound head, folded; None when the word
    there is no noun (a verb, a function word; in German, not capitalised) or a word of a
    stance, which says who puts the figure forward, not what it is of ("the latest *offer*
    of 14%", "eine *Forderung* von 8 Prozent"; the packs' ``nouns.STANCE_CUES``)."""
    found = _noun_before(text, clause_start, qm, lang)
    if found is None:
        return None
    head = value_thing(text, clause_start, qm.start, found[1].casefold(), lang)
    return None if stance_of_word(head, lang) is not None else head


def money_named_after(text: str, end: int, clause_end: int, lang: str) -> str | None:
    """What a sum of money with no subject is, named by the noun after it and the pack's
    ``numbers.AMOUNT_IN_WORDS`` ("$4.5 million in job-creation tax *credits*", "2
    Milliarden Euro an staatlichen *Hilfen*"), as its compound head, folded; None when no
    noun follows there (a determiner opens a time or a place, "in the first quarter"; a
    name, a number, a unit or a month is no kind of money) or two nouns joined do ("in
    property and capital losses")."""
    from factcheck.extract.nouns import analyse

    pack = get_language(lang)
    words = text[end : min(clause_end, end + MONEY_NOUN_AFTER)].split()
    if len(words) < 2 or words[0].casefold() not in _in_words(lang):
        return None
    capitalised = pack.numbers.NOUNS_CAPITALISED
    head = None
    for word in words[1:4]:
        core = word.strip(",.;:!?)\"'’”")
        low = core.casefold()
        if low in pack.syntax.COORDINATORS:
            return None  # "in property and capital losses": which of them heads it?
        if (
            not core.replace("-", "").isalpha()
            or low in pack.syntax.FUNCTION_WORDS
            or low in pack.syntax.NOUN_GROUP_STOP
            or low in pack.units.UNIT_WORDS
            or low in pack.numbers.MONTH_WORDS
            or low in pack.numbers.CARDINALS
            or low in pack.numbers.SCALE_WORDS
            or (not capitalised and core[0].isupper())
        ):
            break
        if not capitalised or core[0].isupper():
            head = core  # (German adjectives before it are written small)
        if core != word:
            break  # punctuation ends the noun group
    return (
        None
        if head is None
        else analyse(head if capitalised else head.casefold(), lang)[1].casefold()
    )


MONEY_NOUN_AFTER = 48
"""Characters after a sum of money searched for the noun that names it."""


@cache
def _in_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(lang).numbers.AMOUNT_IN_WORDS)


def concept_before(text: str, clause_start: int, qm: QuantityMatch, lang: str) -> str | None:
    """The concept of the noun a bare count is of, right before the pack's
    ``numbers.AMOUNT_OF_WORDS`` ("a *crew* of 21", "eine *Besatzung* von 21"); None when
    that noun has none ("a total of 30", "a group of 20" name no thing)."""
    before = text[max(clause_start, qm.start - 16) : qm.start].split()
    if not before or before[-1].casefold() not in _last_of_words(lang):
        return None  # no "of" right before: no pattern search
    found = _noun_before(text, clause_start, qm, lang)
    return None if found is None else found[2]


@cache
def _last_of_words(lang: str) -> frozenset[str]:
    """The last words of the pack's ``numbers.AMOUNT_OF_WORDS``, folded."""
    return frozenset(w.split()[-1].casefold() for w in get_language(lang).numbers.AMOUNT_OF_WORDS)


def _noun_before(
    text: str, clause_start: int, qm: QuantityMatch, lang: str
) -> tuple[str, str, str | None, tuple[str, ...]] | None:
    """:func:`~factcheck.extract.nouns.analyse` of the noun right before the pack's
    ``numbers.AMOUNT_OF_WORDS`` and the figure ``qm``; None when there is none."""
    from factcheck.extract.nouns import analyse

    pattern = _amount_of_pattern(lang)
    if pattern is None:
        return None
    m = pattern.search(text, max(clause_start, qm.start - HEAD_BEFORE), qm.start)
    if m is None:
        return None
    word = m.group(1)
    pack = get_language(lang)
    low = word.casefold()
    if pack.numbers.NOUNS_CAPITALISED:
        if not word[0].isupper():
            return None
    elif (
        low in pack.syntax.FUNCTION_WORDS
        or low in pack.nouns.VERB_WORDS
        or low.endswith(pack.nouns.VERB_LIKE_SUFFIXES)
    ):
        return None
    return analyse(word if pack.numbers.NOUNS_CAPITALISED else low, lang)


OF_ROLES = {
    NumberRole.MEASURE: "measure",
    NumberRole.MONEY: "money",
    NumberRole.PERCENT: "share",
    NumberRole.DURATION: "duration",
}
"""The roles whose figures with no noun take their subject from the clause."""


def ratio_of(text: str, s: int, start: int, thing: str, lang: str) -> str:
    """The thing of a share of a whole of ``concepts.RATIO_WHOLES`` (``share:gdp``) with
    what it is the ratio of: the nearest subject word before it in its sentence (from
    ``s``) that names no physical measure or rate ("a budget *deficit* of C$42.8 billion,
    equal to 1.4% of gross domestic product": ``share:gdp:deficit``); else ``thing``."""
    for _a, _b, subject in reversed(subject_words(text, s, start, lang)):
        if subject not in SUBJECT_DIMENSIONS:
            return f"{thing}:{subject}"
    return thing


def after_label(text: str, s: int, a: int) -> bool:
    """True when the clause at ``a`` follows a label that opens its sentence (from ``s``)
    and ends in a colon, with no figure of its own ("*Die Wahlbeteiligung:* nur 47
    Prozent", "*Turnout:* 47 percent"): the label names what the figure measures."""
    return s < a and text[a - 1] == ":" and not any(ch.isdigit() for ch in text[s:a])


def after_colon(text: str, a: int, start: int) -> bool:
    """True when the figure at ``start`` opens the clause at ``a`` right after a colon
    ("... an der Station gemessen: *152 km/h*"): the sentence before announces it."""
    return a > 0 and text[a - 1] == ":" and not text[a:start].strip()


def fractional(q: Quantity) -> bool:
    """True for a figure written with decimals and no scale word ("7.8", "2,5"; its
    precision is below one): a reading, an average or a magnitude, never a count ("1.5
    million" and "2,3 Millionen" are)."""
    return q.scale == 1.0 and q.precision is not None and q.precision < 1


def thing_for(qm: QuantityMatch, noun: CountedNoun | None) -> str:
    """What a figure measures by its role, with its noun's concept or head ("share:turnout",
    "money", "rank:disaster")."""
    role = qm.role
    if role is NumberRole.AGE:
        return "age"
    head = (noun.concept or noun.head) if noun else None
    base = "rank" if role is NumberRole.ORDINAL else OF_ROLES.get(role, "amount")
    return f"{base}:{head}" if head else base


SHARE_ROLES = frozenset({PARTICIPANT, *VOTE_ROLES})
"""What the people a share is of may be said to do: take part, vote for, against or not."""


def share_of_role(thing: str, role: str | None, held: str | None = None) -> str | None:
    """The thing of a share of people whose clause says what they did ("Rund 52 Prozent
    *der Stimmberechtigten beteiligten sich*": the turnout; "60 percent of voters *voted
    against* it": ``share:voter:voted_against``), or None when the role is none of
    :data:`SHARE_ROLES`: a share of voters who took part is no share of those who voted
    no, nor of those who stayed home. ``held`` is the whole a share of what a party holds
    names ("voter": its thing is the bare ``share``, told apart by its holder)."""
    if role not in SHARE_ROLES or not thing.startswith("share"):
        return None
    whole = held or thing.partition(":")[2]
    if whole not in PERSON_CONCEPTS and whole != "voter":
        return None  # "turnout" is itself a share of participants
    if role == PARTICIPANT and whole == "voter":
        return "share:turnout"
    return f"share:{whole}:{role}"


def later_clause_role(st: _State, qm: QuantityMatch, after: int) -> str | None:
    """The role of a count whose clause names none, from the clause after an aside
    between commas ("At least 12 people, *including three children*, were killed": the 12
    and the three are dead): the first clause after it in its sentence that
    holds no number of its own and names a role (of the next three: "12 people, police
    said, were killed"). None when the count's clause does not end in a comma, or no
    such clause names one, and when the count's clause goes on after its noun (which
    ends at ``after``): "Two people were pulled from the water, one of whom ..." says
    what befell them itself. A relative clause's role is taken only when no clause after
    it names one ("Six people, who had been trapped, were rescued" are rescued)."""
    cues = st.role_cues
    if cues is None:
        return None
    idx = _sentence_index(st)
    text, end = st.article.text, idx.end
    _a, b = idx.clause(qm.start)
    if b > after and text[after:b].strip(_CLOSING):
        return None  # (a closing quotation mark ends it too: "von "25 Fahrzeugen", die ...")
    relative = get_language(st.lang).syntax.RELATIVE_PRONOUNS
    described: str | None = None
    for _ in range(3):
        if b >= end or text[b] != ",":
            return described
        p = b + 1
        while p < end and text[p] == " ":
            p += 1
        a, b = idx.clause(p)
        if a >= b or (st.quantities is not None and st.quantities.within(a, b)):
            continue  # the aside itself ("including three children"), or a figure's own
        role = cues.role_at(a, b, qm.start, qm.end)
        opening = text[a:b].split(maxsplit=1)
        if role is not None and opening and opening[0].casefold() in relative:
            # "Zwei Menschen, *die als vermisst galten*, wurden wohlbehalten gefunden": what
            # they were before; what the sentence's verb says of them comes first
            described = described or role
            continue
        if role is not None:
            return role
    return described


def main_clause_role(st: _State, qm: QuantityMatch) -> str | None:
    """The role of a count whose clause names none, from the part of the main clause
    before a clause set into it (:func:`main_clause_before`): "The *death toll*, which
    stood at 158 on Monday, rose to 170" counts the dead, both figures, and so does "Die
    Zahl der *Toten*, die am Montag bei 158 lag, ...". The cue nearest the end of that
    part counts; None when there is none."""
    cues = st.role_cues
    if cues is None:
        return None
    idx = _sentence_index(st)
    main = main_clause_before(st.article.text, idx, idx.clause(qm.start)[0], st.lang)
    if main is None or (st.quantities is not None and st.quantities.within(*main)):
        return None  # "The *nine* survivors, who range in age from 23 to 61": their own
    return cues.role_at(main[0], main[1], main[1], main[1])


_SUBSTANCE_DIMENSIONS = frozenset({"[length] ** 3", "[mass]"})
"""Dimensions of an amount of a substance (a volume, a mass): "9,500 barrels", "1,300 t"."""


def substances_shared(claims: list[Claim]) -> list[Claim]:
    """The claims, with each volume or mass of no substance said ("up to 9,500 barrels may
    have leaked") given the substance every other volume or mass of its article names, when
    they all name one ("600,000 barrels of crude oil", "5,900 barrels of oil"): an oil
    spill's barrels are barrels of oil; inferred, as a bare count is. A length is left
    alone ("drifted 3 miles" in an article on 38 miles of coast)."""
    things: set[str] = set()
    bare: list[int] = []
    for i, c in enumerate(claims):
        m, q = c.measure, c.quantity
        if m is None or q is None or q.unit_kind is not UnitKind.PHYSICAL or not q.unit:
            continue
        if _dimension(q.unit) not in _SUBSTANCE_DIMENSIONS:
            continue
        if m.thing == "measure":
            bare.append(i)
        elif m.thing.startswith("measure:"):
            things.add(m.thing)
    if not bare or len(things) != 1:
        return claims
    (thing,) = things
    out = list(claims)
    for i in bare:
        m = claims[i].measure
        assert m is not None
        update = {"thing": thing, "concept": thing.casefold(), "inferred": True}
        out[i] = claims[i].model_copy(update={"measure": m.model_copy(update=update)})
    return out


def change_subject(text: str, a: int, start: int, lang: str) -> CountedNoun | None:
    """The noun heading the clause ``a:start`` whose change reached the bare number at
    ``start`` ("*Burglaries* fell to 414", "*Die Einbrüche* gingen auf 414 zurück"): its
    first word, or the one after an article, with no figure and at most
    :data:`CHANGE_SUBJECT_WORDS` words between it and the number."""
    first = _FIRST_WORD.match(text, a, start)
    if first is not None and first.group(1).casefold() in get_language(lang).syntax.ARTICLES:
        first = _FIRST_WORD.match(text, first.end(), start)
    if first is None or DIGIT.search(text, first.end(), start):
        return None
    if len(text[first.end() : start].split()) > CHANGE_SUBJECT_WORDS:
        return None
    pos = first.start(1)
    noun = find_counted_noun(text, pos, start, lang)
    if noun is None or noun.start != pos or text[noun.end : noun.end + 1] in ("'", "’"):
        return None  # "The company's shares": no noun of its own
    if noun.concept is None and not plural(noun):
        return None  # a count's subject is plural ("Burglaries"), or known ("workforce")
    if subject_of_word(noun.surface, lang) is not None:
        return None  # "Temperatures rose to 41": a measure that lost its unit, no count
    inside = text[max(0, pos - 4) : pos].strip(" \"'“„") not in ("", ".", "!", "?")
    if inside and noun.surface[:1].isupper() and not get_language(lang).numbers.NOUNS_CAPITALISED:
        return None  # a capitalised word inside an English sentence: a name
    return noun


def plural(noun: CountedNoun) -> bool:
    """True when the noun's last word is not its lemma: a plural ("destroyed *shelters*",
    "Einbrüche"), no adjective or singular read as a noun ("people *sick*")."""
    words = noun.surface.split()
    return bool(words) and words[-1].casefold() != noun.lemma.casefold()


_FIRST_WORD = re.compile(r"[\s\"'“„]*([^\W\d_][\w-]*)")
"""The first word of a clause, after spaces and an opening quote."""

CHANGE_SUBJECT_WORDS = 8
"""How many words may stand between a change's subject and the level it reached."""
