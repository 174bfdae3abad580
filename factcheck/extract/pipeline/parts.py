"""The pipeline, parts and wholes: "97 *of the dead*", "150 of the village's *1,800
residents*", "Labour took 412 *of the* 650 seats".

Part of :mod:`factcheck.extract.pipeline`. :func:`partitive_whole` tells a figure that is
a part of a set named after it or by the sentence's opening ("Of the dead, 41 were
women"), :func:`whole_of_part` a figure that is the whole set a part is taken from.

A bare number right before the whole it is taken from has no noun of its own: the
whole's noun says what it counts. When the whole counts the seats (or votes) a body has
(``concepts.CAPACITY``, see ``nouns.PARTITIVE_WHOLE_BEFORE``), the part counts seats held,
by the name before it (see :func:`~factcheck.extract.pipeline.scope.held_scope`), and is
compared with the same party's seats elsewhere ("Labour won 411 seats"):
:func:`mark_held_parts`. :func:`joint_count` tells a count of two kinds of things
together ("200 *missiles and drones*"), a whole of two parts; :func:`as_population` the
people of a place ("a county of 12,000 residents"), the whole that lives there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from factcheck.extract.clauses import pack_regex
from factcheck.extract.figure_cues import is_part, list_label_end, part_cue_at, word_before_in
from factcheck.extract.matches import NumberRole, PlaceMatch, QuantityMatch
from factcheck.extract.nouns import CountedNoun, concept_of, find_counted_noun
from factcheck.extract.numbers import find_quantities
from factcheck.extract.pipeline.scope import held_scope
from factcheck.extract.pipeline.state import (
    _memo,
    _nouns_regex,
    _replace_claim,
    _sentence_index,
    _State,
)
from factcheck.extract.roles import (
    EMPLOYED,
    LATER_HARMS,
    PARTICIPANT,
    TREATED,
    RoleCues,
    counted_concept,
)
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    ABOARD,
    CAPACITY,
    HARM_ROLES,
    HELD_CONCEPTS,
    HOLDER_CONCEPTS,
    KINDS_OF_PEOPLE,
    PART_OF_ROLES,
    PERSON,
    PERSON_CONCEPTS,
    POPULATION,
    POPULATION_NOUNS,
    POWER_CUSTOMERS,
    SPREAD_CONCEPTS,
)
from factcheck.models import Claim, Measure, Span, UnitKind

PART_GAP = 12
"""How many characters may stand between a part and its whole (" of the ", " der ")."""

HELD_CONFIDENCE = 0.9
"""The confidence of a part whose whole names what it counts, as of a count with a noun."""


def mark_held_parts(
    st: _State,
    made: list[Claim | None],
    quantities: list[QuantityMatch],
    source_spans: list[Span],
    places: list[PlaceMatch],
) -> None:
    """Give each bare number right before the seats or votes a body has (see the module
    documentation) the concept of what they count, held by the name before it, in
    ``st.claims``; a part whose holder is not named is left bare (never compared)."""
    text, lang = st.article.text, st.lang
    for i in range(len(made) - 1):
        part, whole = made[i], made[i + 1]
        if part is None or whole is None or part.measure is not None or part.quantity is None:
            continue
        if whole.measure is None or whole.measure.key != CAPACITY or part.quantity.unit:
            continue
        between = text[quantities[i].end : quantities[i + 1].start]
        if len(between) > PART_GAP or any(ch.isdigit() or ch in ",;:" for ch in between):
            continue
        held = concept_of(whole.measure.thing, lang)
        if held not in HELD_CONCEPTS:
            continue
        idx = _sentence_index(st)
        scope = held_scope(st, idx, quantities[i], quantities, i, (), source_spans, places)
        if not scope:
            continue  # "the party won 52 of 151 seats": whose, is not said
        measure = Measure(thing=held, concept=held, surface=whole.measure.surface, scope=scope)
        q = part.quantity.model_copy(update={"unit": held, "unit_kind": UnitKind.COUNT})
        new = part.model_copy(
            update={"measure": measure, "quantity": q, "confidence": HELD_CONFIDENCE}
        )
        _replace_claim(st, part, new)
        made[i] = new


def partitive_whole(
    st: _State, end: int, s: int, clause_start: int, state: str | None = None
) -> str | None:
    """The concept of the set a figure is a part of, "" when it is a part of a set whose
    noun names no concept, None when it is no part: named right after the number ("97 of
    the dead", the packs' ``nouns.PARTITIVE_AFTER``) or by the sentence's opening ("Of the
    dead, 41 were women and 23 men", ``nouns.PARTITIVE_OPENING``) for the figures of the
    clause right after it. A part of a counted whole of things that its clause gives a
    ``state`` is all the things in that state ("31 of the train's 112 cars *derailed*":
    the derailed cars, see :func:`partitive_noun`): no part of another count."""

    text, lang = st.article.text, st.lang
    after = _nouns_regex(lang, "PARTITIVE_AFTER")
    if after is not None:
        m = after.match(text, end)
        if m is not None and is_part(text, m.start(), m.end(), lang):
            return None  # "fünf von ihnen", "five of them": a part of the figure before
        reach = min(len(text), end + WHOLE_REACH)
        if m is not None and state is not None and partitive_noun(text, end, reach, lang):
            return None
        if m is not None:
            nxt = re.match(r"\s*([^\W\d_][\w-]*)", text[m.end() : m.end() + 40])
            return (concept_of(nxt.group(1), lang) or "") if nxt else ""
    opening = _memo(st, ("set", s), lambda: partitive_opening(text, s, lang))
    if opening is not None and end > opening[0]:
        at, whole = opening
        if clause_start <= s or not text[at:clause_start].strip():
            return whole
    return None


def whole_after(text: str, end: int, stop: int, lang: str) -> re.Match[str] | None:
    """The partitive right after a number at ``end`` that names a whole ("97 *of the*
    dead", the packs' ``nouns.PARTITIVE_AFTER``); None for none, and for a part of the
    figure before ("fünf von ihnen", "five of them")."""
    after = _nouns_regex(lang, "PARTITIVE_AFTER")
    m = after.match(text, end, stop) if after is not None else None
    if m is None or is_part(text, m.start(), m.end(), lang):
        return None
    return m


def of_them(text: str, end: int, lang: str) -> bool:
    """True when a part cue follows the number right away ("15 *davon*", "12 *of them*")."""

    at = part_cue_at(text, end, min(len(text), end + 12), lang)
    return at is not None and not text[end:at].strip()


WHOLE_NOUN = re.compile(r"\s*(?:\d[\d.,]*\s+)?[^\W\d_][\w-]*")
"""The whole's noun right after a partitive, with its own number: "(of the) 30 injured"."""


def part_role(st: _State, qm: QuantityMatch, b: int, role: str | None) -> str | None:
    """What befell a bare part of a set of people named by what befell them ("Twelve *of
    the 30 injured* were taken to hospital", "Drei *der Verletzten* starben später"): the
    role its clause gives after the whole (hospitalised, dead), when that is another harm
    than ``role`` (the whole's own, found nearest), read past a description of the whole
    by its own harm right after its noun ("Two of the 11 people *taken to hospital* were
    *in critical condition*"); else ``role``. A part is no whole of
    its own role (``concepts.SUBSET_SCOPE`` stays), but "five of the injured in critical
    condition" and "three of the injured died" are two parts, not one count of injured."""
    if role not in HARM_ROLES or st.role_cues is None:
        return role
    noun = _whole_noun(st.article.text, qm.end, b, st.lang)
    if noun is None:
        return role
    cues, start = st.role_cues, noun.end()
    k = bisect_left(cues.starts, start)
    if (
        k < len(cues.starts)
        and cues.roles[k] == role
        and not st.article.text[start : cues.starts[k]].strip()
    ):
        # the whole's own harm right after its noun describes it: the part's is told
        # past it ("Two of the 11 people *taken to hospital* were *in critical condition*")
        told = cues.role_at(cues.ends[k], b, qm.start, qm.end, among=HARM_ROLES - {role})
        return told or role
    told = cues.role_at(start, b, qm.start, qm.end, among=HARM_ROLES)
    return told if told is not None and told != role else role


def _whole_noun(text: str, end: int, b: int, lang: str) -> re.Match[str] | None:
    """The noun of the whole a bare number at ``end`` is a part of, up to ``b`` ("Twelve
    *of the 30 injured*": :func:`whole_after`, :data:`WHOLE_NOUN`), or None."""
    m = whole_after(text, end, len(text), lang)
    return WHOLE_NOUN.match(text, m.end(), b) if m is not None else None


def part_kind(st: _State, qm: QuantityMatch, b: int) -> str | None:
    """The kind a bare part of a set of people named by what befell them is said to be
    ("Four *of the dead* were *minors*", "Drei *der Toten* waren *Kinder*": the pack's
    ``nouns.PART_COPULAS`` and a counted noun right after), its concept (else its lemma),
    or None: "four dead minors" are not "two dead foreigners"."""
    text, lang = st.article.text, st.lang
    whole = _whole_noun(text, qm.end, b, lang)
    if whole is None:
        return None
    words = text[whole.end() : b].split(maxsplit=1)
    if not words or words[0].casefold() not in get_language(lang).nouns.PART_COPULAS:
        return None
    at = text.index(words[0], whole.end()) + len(words[0])
    noun = find_counted_noun(text, at, b, lang)
    if noun is None or text[at : noun.start].strip():
        return None  # "were taken to hospital": no noun right after the verb
    if st.role_cues is not None and noun.start in st.role_cues.starts:
        return None  # "Three of the passengers were *hurt*": what befell them, no kind
    return noun.concept or "lemma:" + noun.head.casefold()


def label_kind(st: _State, s: int, start: int) -> str | None:
    """The kind of people a list or table line's label names for its bare count of harmed
    people ("Children among dead: 13", "| Children among dead | 13 |"): the concept of a
    person noun in the label (``concepts.KINDS_OF_PEOPLE``), or None (a label with no
    such noun, or no label)."""
    text, lang = st.article.text, st.lang
    end = list_label_end(text, s)
    begin = s
    if end is None and text[s : s + 1] == "|":
        end = text.rfind("|", s + 1, start)  # "| Children among dead | 13 |"
        begin = s + 1
    if end is None or end <= begin or end > start:
        return None
    pos = begin
    while pos < end:
        noun = find_counted_noun(text, pos, end, lang)
        if noun is None:
            return None
        if noun.concept in KINDS_OF_PEOPLE:
            return noun.concept
        pos = noun.end
    return None


def described_role(
    st: _State, qm: QuantityMatch, noun_end: int, b: int, role: str | None, e: int
) -> str | None:
    """What befell people described by a harm right after their noun ("Five other people
    *wounded* in the attack *remain hospitalized*") or in a relative clause after it ("Two
    people *who had been reported missing* were *found safe*"): the other harm their
    clause (or sentence, past a relative clause) says later (hospitalised, rescued), a part
    of the people the description names; else ``role``. Those a relative clause says took
    part ("At least 60 guests *who attended* a wedding reception ... have fallen ill") are
    what the sentence says befell them after it."""
    cues = st.role_cues
    if (role not in HARM_ROLES and role != PARTICIPANT) or cues is None:
        return role
    k = bisect_left(cues.starts, noun_end)
    if k >= len(cues.starts) or cues.roles[k] != role:
        return role
    text, syntax = st.article.text, get_language(st.lang).syntax
    between = text[noun_end : cues.starts[k]].lstrip(" ,").split()
    if role == PARTICIPANT and not between:
        return role  # "5,000 people attended the vigil"
    if between:
        # the cue stands in a relative clause after the noun, or does not describe it
        if between[0].casefold() not in syntax.RELATIVE_PRONOUNS:
            return role
        after = text[cues.ends[k] : cues.ends[k] + 12].split()[:1]
        if after and after[0].casefold() in syntax.COORDINATORS:
            return role  # "workers who were filling potholes are *missing and* presumed dead"
        # the clause's verb may lie past a comma ("Zwei Menschen, *die als vermisst
        # galten*, wurden wohlbehalten gefunden"): read up to the sentence's end ``e``
        b = e
    told = cues.role_at(cues.ends[k], b, qm.start, qm.end, among=HARM_ROLES)
    return told if told is not None and told != role else role


def later_harm(
    st: _State, qm: QuantityMatch, noun: CountedNoun | None, b: int, concept: str | None
) -> tuple[str, str | None] | None:
    """What befell, later in the clause, people the figure's noun names by a harm ("two
    *injured* people *died*", "Vier *Verletzte* erlitten *schwere Verbrennungen*", "Drei
    *Verschüttete* wurden *lebend geborgen*"):
    that harm (``roles.LATER_HARMS``), when it stands after the noun up to ``b`` with no
    other figure between (not "40 Verletzte und drei Tote"), and the count's ``concept``:
    the harm instead of the one it had from the noun, else its own ("dead:soldier").
    The hospitalised and the seriously injured are all among the injured; the injured who
    died later are a part of the dead (the caller marks them ``concepts.SUBSET_SCOPE``)."""
    cues = st.role_cues
    if noun is None or cues is None:
        return None
    own = noun.concept if noun.concept in HARM_ROLES else None
    k = bisect_left(cues.starts, qm.end)
    while own is None and k < len(cues.starts) and cues.starts[k] < noun.end:
        own = cues.roles[k] if cues.roles[k] in HARM_ROLES else None  # "injured people"
        k += 1
    own_base = PART_OF_ROLES.get(own, own) if own is not None else None
    later = LATER_HARMS.get(own_base) if own_base is not None else None
    if later is None:
        return None
    k = bisect_left(cues.starts, noun.end)
    if k >= len(cues.starts) or cues.starts[k] >= b or cues.roles[k] not in later:
        return None
    between = st.quantities.within(noun.end, cues.starts[k]) if st.quantities else None
    if cues.roles[k] == own or between:
        return None
    harm, head, _, kind = cues.roles[k], *(concept or "").partition(":")
    if PART_OF_ROLES.get(head, head) != own_base:
        return harm, concept  # "wounded soldiers": dead:soldier from the clause already
    return harm, f"{harm}:{kind}" if kind else harm  # "Verschüttete", "trapped miners"


def whole_of_part(text: str, a: int, start: int, lang: str) -> bool:
    """True when the words before the number at ``start`` (in the sentence from ``a``) make
    it the whole set a part is taken from ("150 of the village's 1,800 residents were
    killed", "*Von den* 1800 Einwohnern starben 150"; the packs' ``nouns.
    PARTITIVE_WHOLE_BEFORE``): what the clause's verb says is said of the part."""
    pat = _nouns_regex(lang, "PARTITIVE_WHOLE_BEFORE")
    if pat is None:
        return False
    lo = max(a, start - WHOLE_BEFORE)
    # a window cut short of the sentence's start gets a letter first, so that the
    # pattern's opening (^) cannot match inside the sentence
    window = text[lo:start] if lo == a else "x" + text[lo:start]
    return pat.search(window) is not None


WHOLE_BEFORE = 60
"""How many characters before a number :func:`whole_of_part` reads."""


def whole_role(st: _State, qm: QuantityMatch, noun: CountedNoun | None) -> str | None:
    """What befell the whole set a part is taken from, when a cue of harm stands in its
    noun phrase, before its noun or, where a participle there describes it (the pack's
    ``syntax.PARTICIPLE_AFTER_NOUN``), right after it ("zwei der neun *eingeschlossenen*
    Bergleute", "two of the nine miners *trapped* in the colliery": the trapped), or None:
    the verb of the clause is said of the part ("150 of the village's 1,800 residents were
    killed"). A description after the noun, up to the next comma or figure, also says
    what befell the whole: a relative clause ("Of the 104 people *who fell ill*, 23 were
    hospitalized", "Von den 30 Menschen, *die verletzt wurden*, kamen zwölf ins
    Krankenhaus") or a phrase that puts them on board ("Von den 30 Menschen *an Bord*").
    With no noun, the harm right after the number names them ("Among the 40 *injured*")."""
    text = st.article.text
    if noun is None:
        cues = st.role_cues or RoleCues(text, qm.end, min(len(text), qm.end + 40), st.lang)
        role = cues.right_after(qm.end)
        return role if role in HARM_ROLES else None
    reach = min(len(text), noun.end + DESCRIPTION_REACH)
    cues = st.role_cues or RoleCues(text, qm.end, reach, st.lang)
    role = cues.within(qm.end, noun.start)
    if role is None and get_language(st.lang).syntax.PARTICIPLE_AFTER_NOUN:
        role = cues.right_after(noun.end)
    if role is None:
        role = _description_role(st, cues, noun.end, reach)
    # (or treated: "Of the 27 employees *treated*, five were still in hospital")
    return role if role in HARM_ROLES or role in (ABOARD, TREATED) else None


DESCRIPTION_REACH = 80
"""How many characters after a whole's noun :func:`whole_role` reads for its description."""


def _description_role(st: _State, cues: RoleCues, noun_end: int, reach: int) -> str | None:
    """The role of a cue in the description right after a whole's noun (see
    :func:`whole_role`): a relative clause, past a comma, up to its closing comma; else the
    words up to the next comma, for a cue that puts them on board; either way not past the
    next figure. None when a comma ends the noun phrase with no relative clause after it
    ("Von den 30 Menschen, zwölf")."""
    text = st.article.text
    rest = text[noun_end:reach]
    body = rest.lstrip(" ,")
    start = noun_end + len(rest) - len(body)
    first = body.split(maxsplit=1)[:1]
    relative = bool(first) and first[0].casefold() in get_language(st.lang).syntax.RELATIVE_PRONOUNS
    if "," in text[noun_end:start] and not relative:
        return None
    comma = text.find(",", start, reach)
    end = comma if comma >= 0 else reach
    figures = st.quantities.within(start, end) if st.quantities else []
    if figures:
        end = figures[0].start
    role = cues.within(start, end)
    # past no relative clause, only a phrase of place: "Von den 1800 Einwohnern *starben*
    # 150" is the clause's verb, said of the part
    return role if relative or role == ABOARD else None


def partitive_opening(text: str, s: int, lang: str) -> tuple[int, str] | None:
    """Where an opening naming a set ends, and the set's concept ("": none); else None."""

    opening = _nouns_regex(lang, "PARTITIVE_OPENING", 0)
    if opening is None:
        return None
    m = opening.match(text, s, min(len(text), s + 80))
    return None if m is None else (m.end(), concept_of(m.group(1), lang) or "")


WHOLE_REACH = 80
"""How many characters after a part :func:`partitive_whole` reads for a counted whole."""

WHOLE_OWNER = re.compile(r"\s*[^\W\d_][\w-]*['’]s?\s+")
"""The owner of a whole, before its number: "(of) *the train's* 112 cars"."""

WHOLE_COUNT = re.compile(r"\s*\d[\d.,]*\s+")
"""The whole's own number, before its noun: "(of the train's) *112* cars"."""

WHOLE_WORDS = 40
"""Characters read for a whole's number written in words ("of the stadium's *six* gates")."""


def partitive_noun(text: str, end: int, e: int, lang: str) -> CountedNoun | None:
    """The noun of a counted whole a bare number is a part of ("Thirty-one *of the
    train's 112 cars* left the tracks", "31 *der 112 Waggons*": cars): what the part
    counts, while the clause's verb befell the part; a whole of no number too when an
    owner's possessive names it ("closed 32 *of its restaurants*"). Only a noun of things:
    a part of people ("three of the 40 passengers") takes the role of its clause
    (:func:`part_role`), a part of seats is the seats its holder won
    (:func:`mark_held_parts`). None otherwise."""
    m = whole_after(text, end, e, lang)
    if m is None:
        return None
    pos = m.end()
    if owner := WHOLE_OWNER.match(text, pos, e):
        pos = owner.end()
    count = WHOLE_COUNT.match(text, pos, e)
    numbered = True
    if count is not None:
        at = count.end()
    else:  # a number in words: "(of the stadium's) *six* gates"
        words = find_quantities(text, lang, start=pos, end=min(e, pos + WHOLE_WORDS))
        if words and words[0].role is not NumberRole.AMOUNT:
            return None
        if not words or text[pos : words[0].start].strip():
            # a whole of no number: "closed 32 *of its restaurants*" counts restaurants
            at, numbered = pos + len(text[pos:e]) - len(text[pos:e].lstrip()), False
        else:
            at = e - len(text[words[0].end : e].lstrip())  # the noun after the number's spaces
    noun = find_counted_noun(text, at, e, lang)
    between = text[at : noun.start].split() if noun is not None else []
    if noun is None or (
        # adjectives may stand before it ("14 der 58 *städtischen* Kitas")
        noun.start != at and (len(between) > 2 or not all(w.islower() for w in between))
    ):
        return None
    if noun.concept in PERSON_CONCEPTS or noun.concept in HELD_CONCEPTS or noun.concept == CAPACITY:
        return None
    if not numbered and word_before_in(text, at, lang, "SUBJECT_OWNED_BEFORE") is None:
        # "three of the injured", "430 of the damaged buildings": one of a set; only an
        # owner's possessive makes them all the owner's things the verb befell ("32 *of
        # its* restaurants", the pack's ``nouns.SUBJECT_OWNED_BEFORE``)
        return None
    return noun


POPULATION_WINDOW = 40
"""How many characters before a figure :func:`as_population` reads."""


def body_size(text: str, s: int, start: int, lang: str) -> bool:
    """True when the words right before the figure at ``start`` (in the sentence from
    ``s``) make it the size of an assembly (the packs' ``syntax.BODY_SIZE_BEFORE``: "im
    neuen Landtag *mit* 101 Abgeordneten", "a parliament *of* 650 seats")."""
    return _said_before(text, s, start, lang, "BODY_SIZE_BEFORE")


def has_all_of(text: str, s: int, start: int, noun: CountedNoun, lang: str) -> bool:
    """True when the words right before the figure at ``start`` (in the sentence from
    ``s``) make it all of what someone has: people of a kind a body has (the packs'
    ``syntax.HOLDER_BEFORE`` before a noun of ``concepts.HOLDER_CONCEPTS``: "which *has*
    around 3.6 million customers", "*beschäftigt* 1.200 Menschen"), or anything a body
    operates (``nouns.OPERATOR_WORDS``: "*operates* seven hospitals", "*betreibt* zwölf
    Filialen", past the preposition it governs, ``hedges.GOVERNED_HEDGES``: "*verfügt
    über* 62 Kabinen")."""
    if noun.concept in HOLDER_CONCEPTS and _said_before(text, s, start, lang, "HOLDER_BEFORE"):
        return True
    governed = get_language(lang).hedges.GOVERNED_HEDGES
    before = text[max(s, start - 12) : start].split()
    if before and before[-1].casefold() in governed:
        start = text.rindex(before[-1], s, start)  # "verfügt *über* 62 Kabinen"
    return start > s and word_before_in(text, start, lang, "OPERATOR_WORDS") is not None


def holds_all(
    text: str, s: int, start: int, noun: CountedNoun | None, role: str | None, lang: str
) -> bool:
    """True when the figure at ``start`` (in the sentence from ``s``) is all of what
    someone has: a workforce ("the co-op *employs* 42 people"), or what the words right
    before it make whole with no role of the clause (:func:`has_all_of`)."""
    if role == EMPLOYED:
        return True
    return role is None and noun is not None and has_all_of(text, s, start, noun, lang)


def as_population(
    text: str, s: int, qm: QuantityMatch, noun: CountedNoun | None, lang: str
) -> CountedNoun | None:
    """The counted ``noun`` as a place's population (``concepts.POPULATION``) when the words
    right before the figure ``qm`` (in the sentence from ``s``) make its people live
    in a place (the packs' ``syntax.POPULATION_BEFORE``: "a county *of* about 12,000
    residents", "eine Gemeinde *mit* 3.000 Einwohnern"): no role of the clause befell them.
    A bare number there is a population too ("Fenwick Cross, a village *of* about 400,
    escaped"): an empty noun of that concept, right after the number. None otherwise."""
    if noun is not None and noun.concept not in POPULATION_NOUNS:
        return None
    if not _said_before(text, s, qm.start, lang, "POPULATION_BEFORE"):
        return None
    if noun is None:
        return CountedNoun(qm.end, qm.end, "", "", "", POPULATION, (), ())
    return replace(noun, concept=POPULATION)


def _said_before(text: str, s: int, start: int, lang: str, name: str) -> bool:
    """True when the pack's ``syntax.<name>`` pattern (case-insensitive) is found in the
    :data:`POPULATION_WINDOW` characters right before the figure at ``start`` (in the
    sentence from ``s``)."""
    pat = pack_regex(lang, "syntax", name, re.IGNORECASE)
    return (
        pat is not None and pat.search(text, max(s, start - POPULATION_WINDOW), start) is not None
    )


JOINED_WORD = re.compile(r"\s+(\w+)\s+([^\W\d_][\w-]*)")
"""A coordinator and the word after it, right after a counted noun."""


def _joined_concept(text: str, noun_end: int, lang: str) -> str | None:
    """The concept of the noun a coordinator (the pack's ``syntax.COORDINATORS``) joins
    right after the counted noun ending at ``noun_end`` ("200 missiles *and drones*"), or
    None."""
    m = JOINED_WORD.match(text, noun_end, min(len(text), noun_end + 40))
    if m is None or m.group(1).casefold() not in get_language(lang).syntax.COORDINATORS:
        return None
    return concept_of(m.group(2), lang)


_LISTED = re.compile(r",\s+[^\W\d_][\w-]*(?:,\s+[^\W\d_][\w-]*)*\s+(\w+)\s+[^\W\d_][\w-]*")
"""Single words listed after a counted noun, the last after a coordinator (", Trainer
und Betreuer"); a list item of two words ("drei Trainer") is a count of its own."""


def _listed(text: str, noun_end: int, lang: str) -> bool:
    """True when single nouns are listed after the counted noun ending at ``noun_end``, a
    coordinator (the pack's ``syntax.COORDINATORS``) before the last ("40 Spieler,
    *Trainer und Betreuer*", "40 players, *coaches and staff*")."""
    m = _LISTED.match(text, noun_end, min(len(text), noun_end + 80))
    return m is not None and m.group(1).casefold() in get_language(lang).syntax.COORDINATORS


def mixed_people(text: str, noun: CountedNoun | None, role: str | None, lang: str) -> str | None:
    """The concept of a count of people of two kinds, by the clause's ``role``, when the
    counted noun counts people of one kind and is joined by a coordinator to people of
    another ("evacuated 46 *guests and staff*": the evacuated, of whatever kind); else
    None."""
    if role is None or noun is None:
        return None
    if noun.concept not in PERSON_CONCEPTS or noun.concept in HARM_ROLES:
        return None
    other = _joined_concept(text, noun.end, lang)
    # not a harm ("killed three workers *and injured* dozens more": another clause)
    if other is None or other == noun.concept or other not in PERSON_CONCEPTS:
        return None
    return None if other in HARM_ROLES else counted_concept(PERSON, role, True)


def joint_count(
    text: str, noun_end: int, noun_concept: str | None, lang: str, kind: UnitKind
) -> bool:
    """True when the counted noun ending at ``noun_end`` is joined by a coordinator (the
    pack's ``syntax.COORDINATORS``) to a noun of another kind of thing: "mehr als 200
    *Raketen und Drohnen*", "200 *missiles and drones*" count both together. Not for
    people of two kinds, nor for the homes and businesses an outage counts alike
    (``concepts.POWER_CUSTOMERS``), nor for a noun outside the lexicon."""
    if noun_concept is None:
        # a noun outside the lexicon heading a list of single nouns ("etwa 40 *Spieler,
        # Trainer und Betreuer*") counts them all; a list of what a mass is made of ("rund
        # 3.000 Kubikmeter *Erde, Geröll und Baumstämme*") tells one mass
        return kind is not UnitKind.PHYSICAL and _listed(text, noun_end, lang)
    other = _joined_concept(text, noun_end, lang)
    if other is None or other == noun_concept:
        return False
    pair = {noun_concept, other}
    return not (pair <= PERSON_CONCEPTS or pair <= POWER_CUSTOMERS)


def whole_before(st: _State, s: int, start: int, key: str, nominal: float | None) -> bool:
    """True when a larger figure of ``key`` stands before ``start`` in the sentence from
    ``s``: the whole a part cue of the figure at ``start`` speaks of ("at least six
    deaths, *including* two people who died of carbon monoxide poisoning", "1.200 Beamte,
    *darunter* 400 aus Bayern"), so the part is one of several."""
    if nominal is None:
        return False
    for c in reversed(st.claims):
        if c.span.start < s:
            return False
        q = c.quantity
        if (
            c.span.end <= start
            and c.measure is not None
            and c.measure.key == key
            and q is not None
            and q.nominal is not None
            and q.nominal > nominal
        ):
            return True
    return False


def own_fate(st: _State, start: int, key: str) -> bool:
    """True when a count "of them" at ``start`` counts a fate of harm (``key`` one of
    ``concepts.HARM_ROLES``) the count before it, in any sentence, does not: it is the whole
    of its fate ("32 verletzt, sechs davon schwer", "drei von ihnen mussten in einer
    Druckkammer behandelt werden"), no part of another figure of it ("five people had been
    arrested. Two of them were arrested on Sunday" is a part)."""
    if key not in HARM_ROLES:
        return False
    for c in reversed(st.claims):
        q = c.quantity
        if c.span.end <= start and q is not None and q.unit_kind is UnitKind.COUNT:
            return c.measure is not None and c.measure.key != key
    return False


SPREAD_REACH = 40
"""How many characters a count of places ("in five states") may stand after the figure
whose spread it gives."""


def spread_of(
    st: _State, qm: QuantityMatch, concept: str | None, sibling: Measure | None
) -> str | None:
    """The concept of a count of places that gives where the figure right before
    it happened ("sickened nine people *in five states*", "14 Fälle *in drei Landkreisen*":
    ``concepts.SPREAD_CONCEPTS`` after one of the pack's ``nouns.SCOPE_PREPOSITIONS``):
    that figure's concept before its own ("case:state"), so it is compared only with the
    spread of the same thing (not the states a product was sold in) and grows as that
    thing does. None for any other count."""
    if concept not in SPREAD_CONCEPTS or sibling is None or not sibling.concept:
        return None
    if sibling.concept in SPREAD_CONCEPTS or not st.claims:
        return None
    last = st.claims[-1]
    text = st.article.text
    if last.measure != sibling or not 0 <= qm.start - last.span.end <= SPREAD_REACH:
        return None
    words = text[last.span.end : qm.start].split()
    if not words or words[-1].casefold() not in get_language(st.lang).nouns.SCOPE_PREPOSITIONS:
        return None
    return f"{sibling.concept}:{concept}"


def homes_of_people(text: str, s: int, start: int, lang: str) -> bool:
    """True when the number at ``start`` (in the sentence from ``s``) stands right after a
    noun of people and a word of the pack's ``nouns.PEOPLE_FROM`` ("Around 300 *people
    from* 210 homes", "Eleven *residents from* five homes"): the homes those people came
    from, whom the story affected (``concepts.CLEARED``), not homes struck or damaged."""
    words = text[max(s, start - 40) : start].split()[-2:]
    if len(words) < 2 or words[1].casefold() not in get_language(lang).nouns.PEOPLE_FROM:
        return False
    return concept_of(words[0].strip(",;:"), lang) in PERSON_CONCEPTS
