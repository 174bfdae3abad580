"""Ages: whose age a number is ("ein 11 Jahre alter *Junge*", "the dead boy *was* 11"), and
the ages of one kind of person an article leaves ambiguous."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.nouns import CountedNoun
from factcheck.extract.persons import Person
from factcheck.extract.pipeline.speakers import spoken_before
from factcheck.extract.pipeline.state import _nouns_regex, _replace_claim, _State, person_entity
from factcheck.extract.roles import EVACUATED, INJURED, TAKEN_IN, RoleCues, person_words
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    ADULT_AGE,
    ALONE_SCOPE,
    HARM_ROLES,
    ORDINAL_FACET,
    PART_OF_ROLES,
    PART_SCOPE,
    ROLE_FREE_PERSONS,
    SUBSET_SCOPE,
    YOUNG_KINDS,
)
from factcheck.models import Claim, UnitKind

AGE_COPULA_BEFORE = 40
"""Characters before a bare number searched for "<person> was" (see
:func:`_age_after_person`)."""


def lemma_kind(noun: CountedNoun) -> str | None:
    """The concept of an age of a noun no list knows at all, set right after it ("eine
    47-jährige *Tierpflegerin*", "a 64-year-old *stallholder*"): its lemma as the kind
    (``age:lemma:tierpflegerin``), so that two articles' ages of it are compared, as those
    of a kind of the lists are. None for a noun of a counted concept ("ein 42 Jahre alter
    *Feuerwehrmann*" and "der 22 Jahre alte Feuerwehrmann" are two of the many a story
    counts), and for one with no lemma."""
    if noun.concept:
        return None
    return f"age:lemma:{noun.lemma.casefold()}" if noun.lemma else None


def named_at(st: _State, start: int, end: int) -> bool:
    """True when the word from ``start`` to ``end`` is part of a person's name: a name
    overlaps it, or one follows it past capitalised given names only ("der 23-jährige
    *Kelvin* Kiptum"): no noun of a kind."""
    if st.mentions is None:
        return False
    text = st.article.text
    for p in st.mentions.within(max(0, start - 40), end + 40):
        if p.start < end and start < p.end:
            return True
        if p.start >= end and _GIVEN_ONLY.fullmatch(text, start, p.start):
            return True
    return False


_GIVEN_ONLY = re.compile(r"(?:[^\W\d_a-zäöüß][\w'’-]*\s+){1,2}")
"""Capitalised given names and the space after them, before a family name."""


def _age_after_person(text: str, start: int, end: int, lang: str) -> bool:
    """True for a bare number that follows a kind of person and a copula (the packs'
    ``nouns.AGE_PERSONS`` and ``nouns.AGE_COPULAS``: "the dead boy was 13", "der Fahrer
    war 24.", also past a short relative clause, ``nouns.AGE_RELATIVE``: "the man who died
    was 67"), or a kind of person and a word of ``nouns.AGE_OF`` before digits ("a man *of*
    67 from Tarnbeck", never "a father of three"), where nothing counted follows it
    (punctuation, or a function word: "was 67 *and* lived")."""
    if _BARE_END.match(text, end) is None:
        after = text[end : end + 16].split()[:1]
        if not after or after[0] not in get_language(lang).syntax.FUNCTION_WORDS:
            return False  # "the driver of 2 *lorries*": a count
    window = max(0, start - AGE_COPULA_BEFORE)
    copula = _age_copula_pattern(lang)
    if copula is not None and copula.search(text, window, start) is not None:
        return True
    of = _age_of_pattern(lang)
    # in digits: "a father *of three*" counts his children
    return of is not None and text[start].isdigit() and of.search(text, window, start) is not None


def as_age(qm: QuantityMatch, text: str, lang: str) -> QuantityMatch:
    """The number as an age when its words make it one though the number engine read a
    count or a duration: a bare number after a kind of person and a copula ("the dead boy
    was 13"), set after a name ("eine Frau aus Rheda (63)"), or years after a kind of
    person and "von" ("eine Frau von 81 Jahren"); else the number as it is."""
    q = qm.quantity
    if qm.role is NumberRole.AMOUNT:
        age = _age_after_person(text, qm.start, qm.end, lang) or (
            q.nominal is not None
            and q.nominal == int(q.nominal)
            and 0 < q.nominal < 120
            and _apposed_age(text, qm.start, qm.end, lang)
        )
    else:
        age = (
            qm.role is NumberRole.DURATION
            and q.unit == "year"
            and _age_in_years_after_person(text, qm.start, lang)
        )
    if not age:
        return qm
    unit = {"unit": "year", "unit_kind": UnitKind.PHYSICAL}
    return replace(qm, role=NumberRole.AGE, quantity=q.model_copy(update=unit))


def _age_in_years_after_person(text: str, start: int, lang: str) -> bool:
    """True for a number of years set after a kind of person and a word of the packs'
    ``nouns.AGE_OF`` ("eine Frau *von* 70 Jahren"): that person's age, not a duration."""
    pattern = _age_of_pattern(lang)
    return pattern is not None and pattern.search(text, max(0, start - 40), start) is not None


@cache
def _age_of_pattern(lang: str) -> re.Pattern[str] | None:
    return _after_person(lang, "AGE_OF", comma=False)


@cache
def _after_person(lang: str, table: str, *, comma: bool) -> re.Pattern[str] | None:
    """A kind of person (``nouns.AGE_PERSONS``) and a word of the pack's ``table`` right
    before the end of the searched window; with ``comma``, or a comma alone."""
    from factcheck.extract.wordlists import alternation

    nouns = get_language(lang).nouns
    people = [w for ws in nouns.AGE_PERSONS.values() for w in ws]
    words: tuple[str, ...] = getattr(nouns, table)
    if not people or not words:
        return None
    alone = r"|\s*,\s*" if comma else ""
    relative = f"(?:{nouns.AGE_RELATIVE})?" if comma and nouns.AGE_RELATIVE else ""
    return re.compile(
        rf"(?<![\w-])(?:{alternation(people)}){relative}"
        rf"(?:\s+(?:{alternation(words)})\s+{alone})$"
    )


_BARE_END = re.compile(r"\s*(?:[,;.!?)]|$)")
"""What ends a bare number: punctuation or the end of the text."""


def _age_copula_pattern(lang: str) -> re.Pattern[str] | None:
    # "the dead boy was 13", "the driver, 47, has been charged"
    return _after_person(lang, "AGE_COPULAS", comma=True)


def _apposed_age(text: str, start: int, end: int, lang: str) -> bool:
    """True for a bare number set after a name as that person's age (the packs'
    ``nouns.AGE_APPOSITION_*``: "Ana Ruiz, 66, and", "Maria Lenz (58)")."""
    # case matters: the name before the number is capitalised
    before = _nouns_regex(lang, "AGE_APPOSITION_BEFORE", 0)
    after = _nouns_regex(lang, "AGE_APPOSITION_AFTER", 0)
    if before is None or after is None:
        return False
    return (
        before.search(text, max(0, start - 40), start) is not None
        and after.match(text, end) is not None
    )


def _age_of(st: _State, qm: QuantityMatch, s: int, e: int) -> tuple[str, tuple[str, ...]] | None:
    """Whose age an age is, as ``age:<person>`` (with ``:<role>`` when the sentence tells
    what happened to them: ``age:boy:dead``), and the person's gender when the word says
    it (the packs' ``nouns.AGE_PERSON_GENDERS``: "Bewohner*in*") and what tells them from
    another of their kind (:func:`_modifier`: ``of:tanker``), as the measure's content,
    or None when it does not say whose. The person is the word right after the age ("ein
    13 Jahre alter *Junge*", "a 14-year-old *boy*"), else, for an age standing as a noun
    ("einen 14-Jährigen"), the one kind of person its sentence names ("Bei dem toten
    *Jungen* handle es sich um einen 14-Jährigen")."""
    text, lang = st.article.text, st.lang
    named = (
        st.mentions is not None
        and any(
            _NAMED_AGE.fullmatch(text, p.end, qm.start) for p in st.mentions.within(s, qm.start)
        )
    ) or _after_name(text, s, qm.start, lang)
    words = person_words(text, s, e, lang)  # the sentence read once
    before = [w for w in words if qm.start - AGE_PERSON_BEFORE <= w[0] and w[1] <= qm.start]
    after = [w for w in words if qm.end <= w[0] and w[1] <= qm.end + AGE_PERSON_AFTER]
    if named:
        # "Landrat Anton Speer (63)", "said shopper Darnell Price, 34,": a named person's
        # age, no kind's, unless the sentence names a kind ("the woman who died has been
        # named as Ana Ruiz, 66")
        said = _named_as(text, (s, e), qm.start, words, lang)
        if said is None:
            return None
    elif before and _APPOSED.match(text[before[-1][1] : qm.start]):
        said = [before[-1]]  # "the driver, a 45-year-old man": the driver's age
    elif after and (
        not text[qm.end : after[0][0]].strip()
        or _modifier(text, after[0][0], lang)
        or _one_adjective(text[qm.end : after[0][0]], lang)
    ):
        # "a 14-year-old boy", "the 52-year-old tanker driver", "a 23-year-old apprentice
        # electrician"
        said = [after[0]]
    elif _before_other_noun(text, qm.end, lang):
        return None  # "ein 13-jähriger *Spieler* und ein Vater": of a kind no list knows
    else:
        # the one kind its sentence names, but not a person a figure stands right before:
        # another's age or a count ("einen 76-jährigen *Urlauber* und die 58-Jährige")
        said = [
            w
            for w in words
            if not _after_figure(text, w[0], lang) and not _owned(text, s, w[0], lang)
        ]
        if not said and (kind := _noun_kind(st, s, qm)) is not None:
            # "Die 67-Jährige wurde leblos geborgen": a woman, the only one the sentence names
            said = [(qm.start, qm.end, kind)]
        elif not said:
            # "... um einen Matrosen aus den Niederlanden. *Er* war 43 Jahre alt.": the
            # one kind the sentence before names
            said = _pronoun_kind(st, s)
        if len({k for _s, _e, k in said}) != 1:
            return None
    who = said[0][2]
    genders = {_gender(text[a:b], lang) for a, b, _k in said}
    gender = genders.pop() if len(genders) == 1 else None
    mods = {_modifier(text, a, lang) or _owner(text, b, lang) for a, b, _k in said}
    mod = mods.pop() if len(mods) == 1 else None
    nths = {_ordinal(text, a, lang) for a, _b, _k in said}
    nth = nths.pop() if len(nths) == 1 else None
    content = tuple(x for x in (gender, mod, nth) if x)
    if who in ROLE_FREE_PERSONS:
        return f"age:{who}", content  # "the driver" is one person whatever is said of him
    cues = st.role_cues or RoleCues(text, s, e, lang)
    # what befell them is said in the age's own part of a sentence a semicolon splits
    # ("22 überlebten; der 34 Jahre alte Matrose Ramon V. kam ums Leben")
    semi_before, semi_after = text.rfind(";", s, qm.start), text.find(";", qm.end, e)
    a, b = (s if semi_before < 0 else semi_before + 1), (e if semi_after < 0 else semi_after)
    role = cues.role_at(a, b, qm.start, qm.end, among=HARM_ROLES)
    if role in TAKEN_IN or role in PART_OF_ROLES:
        # one fate for a person's age, however badly hurt and wherever cared for: "the
        # *injured* boy" and the boy "*kept in hospital*" may be one
        role = INJURED
    elif role in _NO_FATE:
        # brought out, hurt or not: "eine 79-Jährige ... *ins Freie gebracht*"
        # and "*leicht verletzt* wurde eine 84 Jahre alte Frau, die gerettet worden war"
        # may be one woman
        role = None
    elif role is None and spoken_before(text, s, qm.start, lang):
        role = SPEAKER  # "sagte eine 23-jährige Studentin": a witness, no victim
    # what befell them is a facet (reconcile.heads.facets_differ): the dead boy and the
    # injured boy are two, and "a 13-year-old boy" may be either
    return f"age:{who}", (*content, f"{FATE_PREFIX}{role}") if role else content


def _pronoun_kind(st: _State, s: int) -> list[tuple[int, int, str]]:
    """The person words of the sentence before the one at ``s``, when that one opens with
    a pronoun of a person (the pack's ``text.PRONOUNS_PERSON``: "*Er* war 43 Jahre alt")
    and the sentence before names one kind of person; else none."""
    text, prev = st.article.text, st.previous_start
    first = text[s : s + 12].split()[:1]
    pronouns = get_language(st.lang).text.PRONOUNS_PERSON
    if prev is None or not first or first[0].casefold() not in pronouns:
        return []
    words = [w for w in person_words(text, prev, s, st.lang) if not _after_figure(text, w[0])]
    return words if len({k for _a, _b, k in words}) == 1 else []


def _word_starts(text: str, s: int, end: int, n: int) -> list[int]:
    """The starts of the last ``n`` words before ``end`` (not before ``s``)."""
    return [m.start() for m in _WORD_RUN.finditer(text, max(s, end - 60), end)][-n:]


_WORD_RUN = re.compile(r"\S+")


def _owned(text: str, s: int, at: int, lang: str) -> bool:
    """True when a possessive of one owner (the pack's ``nouns.SUBJECT_OWNED_BEFORE``)
    stands right before the person word at ``at``: a relative of someone ("der 71-Jährige
    führt das Unternehmen mit *seinem* Sohn"), no other name for the age's person."""
    before = text[max(s, at - 12) : at].split()
    owned = get_language(lang).nouns.SUBJECT_OWNED_BEFORE
    return bool(before) and before[-1].casefold() in owned


def _noun_kind(st: _State, s: int, qm: QuantityMatch) -> str | None:
    """The kind of person an age standing as a noun is: that of the same age the article
    gave before ("ein 42 Jahre alter Feuerwehrmann ... der 42-Jährige"), else the one its
    article and ending say (the packs' ``nouns.AGE_NOUN_FORMS``: "*die* 67-Jähr*ige*", a
    woman; a girl below :data:`~factcheck.lang.concepts.ADULT_AGE`), or None."""
    forms = get_language(st.lang).nouns.AGE_NOUN_FORMS
    if not forms:
        return None
    for c in reversed(st.claims):
        m, q = c.measure, c.quantity
        if (
            m is not None
            and m.thing == "age"
            and q is not None
            and q.nominal == qm.quantity.nominal
        ):
            return m.key.partition(":")[2] or None  # the person named before
    text = st.article.text
    quote = text[qm.start : qm.end].lower()
    before = text[max(s, qm.start - _ARTICLE_BEFORE) : qm.start].split()
    article = before[-1].lower() if before else ""
    for art, ending, kind in forms:
        if art == article and quote.endswith(ending):
            age = qm.quantity.nominal
            young = age is not None and age < ADULT_AGE
            return YOUNG_KINDS.get(kind, kind) if young else kind
    return None


_ARTICLE_BEFORE = 8
"""Characters before an age searched for its article."""


def _named_as(
    text: str, sentence: tuple[int, int], at: int, words: list[tuple[int, int, str]], lang: str
) -> list[tuple[int, int, str]] | None:
    """The person words of the one kind a ``sentence`` names up to the last words of the
    pack's ``nouns.AGE_NAMING`` before the named age at ``at`` ("The *woman* who died has
    been named as Ana Ruiz, 66", "Police named the *pilot* as Tom Hale, 58"), or None."""
    naming = _nouns_regex(lang, "AGE_NAMING")
    if naming is None:
        return None
    cues = [m for m in naming.finditer(text, *sentence) if m.end() <= at]
    if not cues:
        return None
    cue = cues[-1]
    said = [w for w in words if w[1] <= cue.end() and not _after_figure(text, w[0])]
    return said if len({k for _s, _e, k in said}) == 1 else None


def _one_adjective(between: str, lang: str) -> bool:
    """True when ``between`` is one lower-case word that is no function word ("a
    23-year-old *apprentice* electrician", "ein 47 Jahre alter *erfahrener* Gerüstbauer")."""
    words = between.split()
    return (
        len(words) == 1
        and words[0].replace("-", "").isalpha()
        and words[0][:1].islower()
        and words[0].casefold() not in get_language(lang).syntax.FUNCTION_WORDS
    )


_NOUN_AFTER = re.compile(r"\s+[^\W\d_a-zäöüß][\w-]*")


def _before_other_noun(text: str, end: int, lang: str) -> bool:
    """True when a noun stands right after the age ending at ``end`` (in a language that
    capitalises its nouns: "ein 13-jähriger *Spieler*"): the age is of that noun's person,
    which, not being a person word, is of no kind a list knows."""
    if not get_language(lang).numbers.NOUNS_CAPITALISED:
        return False
    return _NOUN_AFTER.match(text, end) is not None


SPEAKER = "speaker"
"""The part of a person of an age who is quoted ("said a 23-year-old student")."""


_BEFORE_PERSON = re.compile(r"([^\W\d_][\w-]*?)(['’]s)?\s+$")


def _modifier(text: str, at: int, lang: str) -> str | None:
    """What tells a person at ``at`` from another of their kind: the word right before
    their word, when it is a possessive ("the *train's* driver") or one of the pack's
    ``nouns.AGE_PERSON_MODIFIERS`` ("the *tanker* driver"), else the first part of their
    word or words when it is one of those ("der *Lkw*-Fahrer", "der *Lok*führer", "the
    *train* driver"), as ``of:<word>``; else None."""
    modifiers = get_language(lang).nouns.AGE_PERSON_MODIFIERS
    m = _BEFORE_PERSON.search(text, max(0, at - 24), at)
    if m is not None:
        word = m.group(1).casefold()
        if m.group(2) or word in modifiers:
            return f"{MODIFIER_PREFIX}{word}"
    own = _WORD.match(text, at)
    if own is None:
        return None
    word = own.group().casefold()
    if word in modifiers and text[own.end() : own.end() + 1].isspace():
        return f"{MODIFIER_PREFIX}{word}"  # a kind of person in two words ("train driver")
    for cut in range(len(word) - COMPOUND_REST, 1, -1):  # the longest first part first
        part = word[:cut]
        if part in modifiers:
            return f"{MODIFIER_PREFIX}{part}"
    return None


def _ordinal(text: str, at: int, lang: str) -> str | None:
    """Which of several of their kind the person at ``at`` is, from one of the pack's
    ``nouns.AGE_PERSON_ORDINALS`` among the two words before their word ("der *zweite*
    Fahrer", "the *second* lorry driver"), as ``nth:<value>``; else None."""
    ordinals = get_language(lang).nouns.AGE_PERSON_ORDINALS
    if not ordinals:
        return None
    for word in text[max(0, at - 30) : at].split()[-2:]:
        value = ordinals.get(word.casefold().strip(",;:"))
        if value is not None:
            return f"{ORDINAL_PREFIX}{value}"
    return None


def _owner(text: str, end: int, lang: str) -> str | None:
    """What the person whose word ends at ``end`` drives, named after a word of the
    pack's ``nouns.AGE_PERSON_OWNER_LINKS`` ("der Fahrer *des Sattelzugs*", "the driver
    *of the lorry*"), when it is one of ``nouns.AGE_PERSON_MODIFIERS`` (a genitive ending
    of at most two letters after it), as ``of:<word>``; else None."""
    nouns = get_language(lang).nouns
    after = " ".join(text[end : end + 40].split()).casefold()
    for link in nouns.AGE_PERSON_OWNER_LINKS:
        if after.startswith(link + " "):
            word = after[len(link) + 1 :].split(" ", 1)[0].strip(",;:.")
            for cut in (0, 1, 2):
                if len(word) - cut > 1 and word[: len(word) - cut] in nouns.AGE_PERSON_MODIFIERS:
                    return f"{MODIFIER_PREFIX}{word[: len(word) - cut]}"
    return None


_WORD = re.compile(r"[^\W\d_][\w-]*")
COMPOUND_REST = 4
"""Letters a compound's rest keeps at least after a first part read as what tells two
people apart ("Lkw-*Fahrer*", "Lok*führer*")."""


FATE_PREFIX = "fate:"
"""How a measure's content marks what befell the person of an age."""

ORDINAL_PREFIX = f"{ORDINAL_FACET}:"
"""How a measure's content marks which of several of their kind a person is."""

MODIFIER_PREFIX = "of:"
"""How a measure's content marks what tells a person from another of their kind."""


def _after_figure(text: str, at: int, lang: str | None = None) -> bool:
    """True when the word before ``at`` holds a digit ("76-jährigen", "a 45-year-old", "3"),
    or, given the language, an age of the pack's ``units.AGE_AFTER`` stands there after a
    number and its unit ("ein 62 Jahre *alter* Fahrer")."""
    before = text[max(0, at - 32) : at].split()
    if before and any(ch.isdigit() for ch in before[-1]):
        return True
    if lang is None or len(before) < 3 or not any(ch.isdigit() for ch in before[-3]):
        return False
    return before[-1].casefold() in get_language(lang).units.AGE_AFTER


def _gender(word: str, lang: str) -> str | None:
    """The gender a word for a person says (the packs' ``nouns.AGE_PERSON_GENDERS``:
    "Bewohnerin" a woman, "Bewohner" a man), or None."""
    return _genders(lang).get(word.casefold())


@cache
def _genders(lang: str) -> dict[str, str]:
    table = get_language(lang).nouns.AGE_PERSON_GENDERS
    return {w.casefold(): gender for gender, words in table.items() for w in words}


_NAMED_AGE = re.compile(r"\s*[(,]\s*")
"""Between a person's name and the age set after it: a parenthesis or a comma."""

_NAME_BEFORE_AGE = re.compile(r"(?<![\w-])[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s*[(,]\s*$")
"""Two capitalised words, then a parenthesis or a comma, right before an age."""


def _after_name(text: str, s: int, at: int, lang: str) -> bool:
    """True when, in a language that writes its nouns in lower case (the pack's ``numbers.
    NOUNS_CAPITALISED`` false), two capitalised words and a comma or a parenthesis stand
    right before the age at ``at`` in its sentence from ``s`` ("shopper *Darnell Price,*
    34"): a person's name, though no list of names knows it."""
    if get_language(lang).numbers.NOUNS_CAPITALISED:
        return False
    return _NAME_BEFORE_AGE.search(text, max(s, at - 48), at) is not None


AGE_PERSON_BEFORE = 32
"""Characters before an age searched for the person it is set after ("the driver, a
45-year-old man")."""
_APPOSED = re.compile(r"\s*,\s*(?:\w{1,4}\s+)?$")
"""Between a person and an age set after it: a comma and a short article at most."""
AGE_PERSON_AFTER = 24
"""Characters after an age searched for the person it is the age of."""


_NO_FATE = frozenset({EVACUATED})
"""Roles that say what was done for a person, not what befell them: brought out, hurt or
unhurt, the age is of no fate (:func:`_age_of`; one rescued is told apart from one
hurt, as the rescued often are unhurt)."""

_PART_MARKS = frozenset({PART_SCOPE, ALONE_SCOPE, SUBSET_SCOPE})
"""Scopes that make a count a part of another (``concepts.PART_SCOPE`` and its kin)."""


def ages_unscoped(claims: list[Claim]) -> list[Claim]:
    """The claims, with each age rid of the scopes that make a count a part ("two were
    taken to hospital, *including* a nine-year-old boy"): an age is of one person, no
    part of a count, and is compared with that person's age elsewhere."""
    out = []
    for c in claims:
        m = c.measure
        if m is not None and m.thing == "age" and not _PART_MARKS.isdisjoint(m.scope):
            scope = tuple(x for x in m.scope if x not in _PART_MARKS)
            c = c.model_copy(update={"measure": m.model_copy(update={"scope": scope})})
        out.append(c)
    return out


def _ages_told_apart(claims: list[Claim]) -> list[Claim]:
    """The claims, with the ages of one kind of person an article gives two values for
    ("eine 32-jährige Frau und eine 70-jährige Frau") no longer of that kind: which of them
    another article's age is of, nothing says. A gender the word says keeps two people of
    one kind apart ("der 54-jährige Pilot" and "die 29 Jahre alte Pilotin" are two
    people, each of one age). Of two people of one kind the article names ("crewman Marlon
    Reyes, 38", "21-year-old deckhand Cathal Gildea, rescued"), one whose content says
    nothing (no fate, no gender, nothing they drove) is its name's alone: only such a facet
    tells which of them another article's unnamed age of that kind is of."""
    values: dict[tuple[str, tuple[str, ...]], set[float | None]] = {}
    names: dict[str, set[str]] = {}
    for c in claims:
        m = c.measure
        if m is not None and m.thing == "age" and m.key.startswith("age:") and c.quantity:
            values.setdefault((m.key, m.content), set()).add(c.quantity.nominal)
            if c.actors:
                names.setdefault(m.key, set()).add(c.actors[0].key)
    several = {k for k, v in values.items() if len(v) > 1}
    crowded = {k for k, v in names.items() if len(v) > 1}
    if not several and not crowded:
        return claims
    out = []
    for c in claims:
        m = c.measure
        if (
            m is not None
            and m.thing == "age"
            and ((m.key, m.content) in several or (m.key in crowded and c.actors and not m.content))
        ):
            c = c.model_copy(update={"measure": m.model_copy(update={"concept": "age"})})
        out.append(c)
    return out


_NAME_THEN_AGE = re.compile(r"\s*(?:,|\()\s*")
"""What stands between a name and its age ("Kelvin Kiptum, 23", "Max Müller (45)")."""

_GIVEN_NAMES = re.compile(r"(?:\s+[^\W\d_a-zäöüß][\w'’-]*){0,2}\s+")
"""What stands between an age and the family name after it: given names ("der 23-jährige
*Kelvin* Kiptum")."""


@cache
def _kind_then_name(surface: str) -> re.Pattern[str]:
    """What stands between an age of a kind of person and the name set after the kind: the
    kind's word (``surface``, with one word before it at most), a comma at most, and given
    names ("45-year-old *skipper,* Declan Furey", "45 Jahre alte *Kapitän* Hans Meier")."""
    return re.compile(
        rf"\s+(?:[\w-]+\s+)?{re.escape(surface)},?{_GIVEN_NAMES.pattern}" if surface else r"(?!)"
    )


def _name_right_before(text: str, persons: list[Person], start: int) -> Person | None:
    """The person whose name stands right before the age at ``start``, past a comma or
    a parenthesis ("Kelvin Kiptum, 23", "Max Müller (45)"), or None."""
    return next(
        (p for p in persons if p.end <= start and _NAME_THEN_AGE.fullmatch(text, p.end, start)),
        None,
    )


def name_ages(st: _State, made: list[Claim | None], persons: list[Person], s: int) -> None:
    """Give each age of no kind of person in the sentence (which starts at ``s``) the
    person it is set beside ("Kelvin Kiptum, 23,", "Max Müller (45)", "der 23-jährige
    Kelvin Kiptum", "the 23-year-old Kelvin Kiptum") as its actor, in ``st.claims``; an
    age that opens a sentence naming no one ("*The 23-year-old* was running his third
    marathon") is the age of the person who opens the sentence before; it takes the kind
    set beside the name before it (:func:`_kind_named`). An age of a kind of person takes
    the name set right after the kind ("the 45-year-old skipper, Declan Furey") and stays
    the kind's. The ages of one named person, or of one kind, are compared across
    articles; two names keep two people of a kind apart."""
    text = st.article.text
    for c in made:
        if c is None or c.measure is None or c.measure.thing != "age" or c.actors:
            continue
        start, end = c.span.start, c.span.end
        if c.measure.key != "age":
            # "the 45-year-old skipper, Declan Furey": the kind's name, set after it
            named = _kind_then_name(c.measure.surface)
            person = next(
                (p for p in persons if p.start >= end and named.fullmatch(text, end, p.start)),
                None,
            ) or _name_right_before(text, persons, start)  # "named as Darren Okafor, 36"
            if person is None and not c.measure.surface:
                # an age standing as a noun, of the kind its article and ending say: the
                # person the clause or sentence before names ("Kiptum stellte einen
                # Rekord auf. Der 23-Jährige ...")
                person = _named_before(st, persons, s, start)
            if person is not None:
                _replace_claim(
                    st, c, c.model_copy(update={"actors": (person_entity(person.name),)})
                )
            continue
        after = (
            p for p in persons if p.start >= end and _GIVEN_NAMES.fullmatch(text, end, p.start)
        )
        person = _name_right_before(text, persons, start) or next(after, None)
        if person is None:
            person = _named_before(st, persons, s, start)
        if person is not None:
            update: dict[str, object] = {"actors": (person_entity(person.name),)}
            if (kind := _kind_named(st, person.name, start)) is not None:
                # "Graham Tolley, the pilot who died ... Tolley, 45,": the pilot's age; one
                # quoted is a witness ("said resident Amira Haddad, 35"), no victim
                quoted = kind not in ROLE_FREE_PERSONS and any(
                    spoken_before(text, s, at, st.lang)
                    for at in (start, *_word_starts(text, s, person.start, 3))
                )
                content = (*c.measure.content, f"{FATE_PREFIX}{SPEAKER}") if quoted else None
                update["measure"] = c.measure.model_copy(
                    update={"concept": f"age:{kind}", **({"content": content} if content else {})}
                )
            _replace_claim(st, c, c.model_copy(update=update))


def _kind_named(st: _State, name: str, stop: int) -> str | None:
    """The kind of person (the packs' ``nouns.AGE_PERSONS``) the article set beside the
    name before the age, which starts at ``stop``, in its sentence or an earlier one: a
    kind right after it past a comma and an article ("Graham Tolley, *the pilot* who
    died"), or right before its first word, past a comma at most ("*Pilot* Graham Tolley",
    "the vessel's *skipper,* Declan Furey, 54", not "*a* neighbour, Tom Hale": one of
    many, see :func:`_one_of_many`); None when it names none, or two. The age
    is then the kind's as well as the name's, as "the 45-year-old skipper, Declan Furey"
    is: one article names a person's role where another leaves out the name."""
    text, lang = st.article.text, st.lang
    last = name.split()[-1]
    kinds = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text[:stop]):
        after = person_words(text, m.end(), min(stop, m.end() + AGE_PERSON_AFTER), lang)
        if after and _APPOSED.fullmatch(text, m.end(), after[0][0]):
            kinds.add(after[0][2])
        first = m.start() - len(name) + len(last)
        if first >= 0 and text[first : m.end()] == name:
            before = person_words(text, max(0, first - AGE_PERSON_AFTER), first, lang)
            if (
                before
                and text[before[-1][1] : first].strip() in ("", ",")
                and not _one_of_many(text, before[-1][0], lang)
            ):
                kinds.add(before[-1][2])
    return kinds.pop() if len(kinds) == 1 else None


def _one_of_many(text: str, at: int, lang: str) -> bool:
    """True when an indefinite article (the pack's ``numbers.ARTICLES_ONE``) stands right
    before the kind of person at ``at``: "*A* neighbour, Tom Hale," is one of several
    neighbours, whose ages another article's unnamed neighbour is not compared with."""
    words = text[max(0, at - 8) : at].split()
    return bool(words) and words[-1].casefold() in get_language(lang).numbers.ARTICLES_ONE


def _named_before(st: _State, persons: list[Person], s: int, start: int) -> Person | None:
    """The person an age opening its clause after an article alone speaks of ("*Der
    71-Jährige*", "*The 23-year-old*"): after a semicolon, the one person the sentence
    (from ``s``) names before it ("von Walter Kessler eröffnet worden; der 71-Jährige
    führt ..."); opening the sentence, which names no one, the person who opens the
    sentence before (:func:`_subject_before`); else None."""
    text = st.article.text
    semi = text.rfind(";", s, start)
    if semi < 0:
        return None if persons else _subject_before(st, s, start)
    words = text[semi + 1 : start].split()
    dets = get_language(st.lang).attribution.DETERMINERS
    if len(words) != 1 or words[0].casefold() not in dets:
        return None
    named = {p.name: p for p in persons if p.end <= semi}
    return next(iter(named.values())) if len(named) == 1 else None


SUBJECT_REACH = 24
"""Characters from a sentence's start within which a name opens it as its subject."""


def _subject_before(st: _State, s: int, start: int) -> Person | None:
    """The person who opens the sentence before the one at ``s`` ("*Kelvin Kiptum* set a
    world record ... The 23-year-old ..."), when the age at ``start`` opens its own
    sentence after an article alone (the pack's ``attribution.DETERMINERS``); else None."""
    prev = st.previous_start
    words = st.article.text[s:start].split()
    dets = get_language(st.lang).attribution.DETERMINERS
    if prev is None or len(words) != 1 or words[0].casefold() not in dets:
        return None
    assert st.mentions is not None
    first = next(iter(st.mentions.within(prev, s)), None)
    return first if first is not None and first.start - prev <= SUBJECT_REACH else None


def listed_ages(text: str, quantities: list[QuantityMatch], lang: str) -> list[QuantityMatch]:
    """A bare number listed right after an age is an age too ("aged 5 and 11", "ages 4
    and 10"), not a count, and so is a number of years that ends the list ("im Alter von
    20 und 68 *Jahren*"), not a duration."""
    coordinators = get_language(lang).syntax.COORDINATORS
    out = list(quantities)
    for i in range(1, len(out)):
        prev, q = out[i - 1], out[i]
        # (after an age phrase, "im Alter von 20", not after "der 45-Jährige")
        years = q.role is NumberRole.DURATION and q.quantity.unit == "year" and not prev.adjectival
        if prev.role is not NumberRole.AGE or not (q.role is NumberRole.AMOUNT or years):
            continue
        between = text[prev.end : q.start].strip()
        if between == "," or between.casefold() in coordinators:
            out[i] = replace(q, role=NumberRole.AGE)
    return out
