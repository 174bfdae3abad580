"""What a number counts: the noun after it, its lemma, compound parts and content.

German: after the number, skip up to three lower-case adjectives ("20 bis 30
*nordkoreanische* Grenzsoldaten"); the first capitalised word is the noun. A measure word
("Schuss", "Einheiten") passes the count on to the next noun. English: the words up to a
stop word ("of", "with", "from", a verb, punctuation) form the noun group; its last word is
the head, the earlier ones are modifiers.

Lemmas come from simplemma (a maintained, fast, MIT-licensed lemmatizer for both
languages). Compounds are split on the heads the language's ``nouns.CONCEPTS`` knows, so
"Frachtcontainer" is a Container with modifier Fracht, and "Artilleriegranaten" a
Granate with modifier Artillerie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.clauses import days_and_months, pack_regex
from factcheck.extract.figure_cues import pack_words
from factcheck.lang import get_language
from factcheck.lang.concepts import PERSON, PERSON_CONCEPTS

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w\-’']*|\d[\w\-]*|[^\w\s]", re.UNICODE)
"""A word (a dotted initialism such as "U.S." is one), a number or a punctuation mark."""


@dataclass(frozen=True, slots=True)
class CountedNoun:
    """The noun a number counts, with its reading."""

    start: int
    end: int
    surface: str
    lemma: str
    head: str
    concept: str | None
    modifiers: tuple[str, ...]
    content: tuple[str, ...]
    measure_word: str | None = None


@cache
def _concepts(lang: str) -> dict[str, str]:
    return {k.casefold(): v for k, v in get_language(lang).nouns.CONCEPTS.items()}


def _speaker_then_verb(word: str, after: list[re.Match[str]], lang: str) -> bool:
    """True when ``word`` names a body (the pack's ``attribution.ORG_WORDS``: organizers,
    officials) and a verb of saying, planning or estimating follows it, after an
    auxiliary at most ("the 100,000 organizers *had predicted*"): the body is the subject
    of a clause about the number, not what the number counts."""
    att = get_language(lang).attribution
    if not word.casefold().endswith(att.ORG_WORDS) or not after:
        return False
    words = [m.group().casefold() for m in after]
    if words[0] in att.PERFECT_AUXILIARIES and len(words) > 1:
        words = words[1:]
    return words[0] in _said_words(lang)


@cache
def _said_words(lang: str) -> frozenset[str]:
    """The pack's reporting verbs and one-word cues of planning and estimating."""
    att = get_language(lang).attribution
    cues = (*att.MODALITY.get("planned", ()), *att.MODALITY.get("estimated", ()))
    return frozenset(w.casefold() for w in (*att.SPEECH_VERBS, *cues) if " " not in w)


@cache
def _concept_keys(lang: str) -> frozenset[str]:
    return frozenset(_concepts(lang))


@cache
def _capitalised(lang: str) -> bool:
    """Does the language write its nouns with a capital (``numbers.NOUNS_CAPITALISED``)?"""
    return bool(get_language(lang).numbers.NOUNS_CAPITALISED)


@cache
def _heads_by_length(lang: str) -> tuple[str, ...]:
    return tuple(sorted(_concepts(lang), key=len, reverse=True))


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The lemma of a noun (simplemma), keeping German capitalisation."""
    from factcheck.extract.lemmas import lemmatize

    fixed = get_language(lang).nouns.LEMMA_FIXES.get(word.casefold())
    lem = fixed if fixed is not None else lemmatize(word, lang)
    if _capitalised(lang) and word[:1].isupper() and lem[:1].islower():
        lem = lem[:1].upper() + lem[1:]
    return lem


@lru_cache(maxsize=65536)
def is_known_word(word: str, lang: str) -> bool:
    """True when the lemmatizer's dictionary knows the word (names usually are not)."""
    from factcheck.extract.lemmas import is_known

    return is_known(word, lang)


@lru_cache(maxsize=65536)
def analyse(word: str, lang: str) -> tuple[str, str, str | None, tuple[str, ...]]:
    """``(lemma, head, concept, modifiers)`` of a noun, splitting compounds on known heads."""
    concepts = _concepts(lang)
    parts = [p for p in word.split("-") if p]
    mods: list[str] = []
    if len(parts) > 1:
        mods.extend(parts[:-1])
        word = parts[-1]
    lem = lemma(word, lang)
    low = lem.casefold()
    if low in concepts:
        return lem, lem, concepts[low], tuple(mods)
    if word.casefold() in concepts:  # "injured": a noun the lemmatizer takes for a verb
        return word, word, concepts[word.casefold()], tuple(mods)
    from factcheck.extract.roles import fold_person_noun

    base = fold_person_noun(lem, lang, _concept_keys(lang))
    if base is not None:  # "Bäuerinnen" -> Bauer, "Polizistinnen" -> Polizist
        word_base = base[:1].upper() + base[1:] if _capitalised(lang) else base
        return word_base, word_base, concepts[base], tuple(mods)
    nouns = get_language(lang).nouns
    # the lemma in the letters of its case-folded form, so that the two slice alike
    # ("Einfluß" folds to "einfluss")
    form = lem if len(lem) == len(low) else lem.replace("ß", "ss")
    if len(form) != len(low):
        return lem, lem, None, tuple(mods)
    lookalikes = tuple(x for x in nouns.HEAD_LOOKALIKES if low.endswith(x))
    for head in _heads_by_length(lang):
        if len(head) >= 4 and low.endswith(head) and len(low) - len(head) >= 3:
            if any(x.endswith(head) for x in lookalikes):
                continue  # "Haushaltsausschuss", "Verkehrsunfall": no compound of the head
            prefix = form[: len(form) - len(head)]
            prefix = _strip_linking(prefix, nouns.LINKING_ELEMENTS, lang)
            firsts = nouns.SUFFIX_HEADS.get(head)
            if firsts is not None and prefix.casefold() not in firsts:
                continue  # "leadership", "playground": no compound of the head
            head_word = form[len(form) - len(head) :]
            head_word = head_word[:1].upper() + head_word[1:] if _capitalised(lang) else head_word
            return lem, head_word, concepts[head], (*mods, prefix)
    inflected = _inflected_head(form, low, lookalikes, lang) or _plural_head(form, lookalikes, lang)
    if inflected is not None:
        head_word, concept, prefix = inflected
        return lem, head_word, concept, (*mods, prefix)
    return lem, lem, None, tuple(mods)


def _plural_head(form: str, lookalikes: tuple[str, ...], lang: str) -> tuple[str, str, str] | None:
    """A compound whose head stands in a plural the lemmatizer knows only alone, its
    vowel changed ("Sauna*gäste*": "Gäste" is "Gast"): the longest tail of four letters or
    more that the lemmatizer reads as another form of a noun of a concept, after a word it
    knows. ``(head lemma, concept, modifier)``, or None."""
    concepts = _concepts(lang)
    for k in range(min(len(form) - 3, PLURAL_TAIL_MAX), 3, -1):
        tail = form[-k:]
        if any(x.endswith(tail.casefold()) for x in lookalikes):
            continue  # (the packs' nouns.HEAD_LOOKALIKES: no compound of the head)
        word = tail[:1].upper() + tail[1:] if _capitalised(lang) else tail
        head = lemma(word, lang)
        concept = concepts.get(head.casefold())
        if concept is None or head.casefold() == tail.casefold():
            continue
        prefix = _strip_linking(form[:-k], get_language(lang).nouns.LINKING_ELEMENTS, lang)
        if is_known_word(prefix, lang):  # (not "Gerüst*unfälle*": no "Gerüstun")
            return head, concept, prefix
    return None


PLURAL_TAIL_MAX = 8
"""The most letters :func:`_plural_head` reads as a compound's head."""


def _inflected_head(
    form: str, low: str, lookalikes: tuple[str, ...], lang: str
) -> tuple[str, str, str] | None:
    """A compound whose head stands inflected ("Hochwasser*toten*", "Justiz*beamtinnen*":
    the lemmatizer knows "Toten" and "Beamtinnen" but not the compound): a known head
    followed by one to three more letters, when the lemmatizer reads that tail as a word of
    the head's concept. ``(head lemma, concept, modifier)``, or None."""
    from factcheck.extract.roles import fold_person_noun

    concepts = _concepts(lang)
    nouns = get_language(lang).nouns
    for head in _heads_by_length(lang):
        if len(head) < 4:
            continue
        for extra in (1, 2, 3):
            cut = len(low) - extra
            if cut - len(head) < 3 or not low[:cut].endswith(head):
                continue
            if any(x.endswith(low[cut - len(head) :]) for x in lookalikes):
                continue
            tail = form[cut - len(head) :]
            word = tail[:1].upper() + tail[1:] if _capitalised(lang) else tail
            head_lemma = lemma(word, lang)
            folded = fold_person_noun(head_lemma, lang, _concept_keys(lang))
            if concepts.get(folded or head_lemma.casefold()) != concepts[head]:
                continue  # the letters after the head make another word of it
            if folded is not None:  # "Vollzugsbeamtinnen": "Vollzugsbeamtin"
                head_lemma = folded[:1].upper() + folded[1:] if _capitalised(lang) else folded
            prefix = _strip_linking(form[: cut - len(head)], nouns.LINKING_ELEMENTS, lang)
            firsts = nouns.SUFFIX_HEADS.get(head)
            if firsts is not None and prefix.casefold() not in firsts:
                continue
            return head_lemma, concepts[head], prefix
    return None


def _strip_linking(prefix: str, linkers: tuple[str, ...], lang: str) -> str:
    for link in linkers:
        if prefix.endswith(link) and len(prefix) - len(link) >= 3:
            cand = prefix[: -len(link)]
            if is_known_word(cand, lang):
                return cand
    return prefix


def find_counted_noun(
    text: str, pos: int, stop: int, lang: str, measure: bool = False, share: bool = False
) -> CountedNoun | None:
    """The noun counted by a number that ends at ``pos`` (search up to ``stop``); with
    ``measure`` (a figure with its unit), also the noun after a partitive word (the
    pack's ``numbers.PARTITIVE_WORDS``: "312 kilograms *of* cocaine"; "of *the* drug"
    names no material, its determiner opens another phrase); with ``share`` (a
    percentage), the whole of a partitive right after it (the pack's ``nouns.
    PARTITIVE_AFTER``: "60 percent *of its* departures", "60 Prozent *der* Abflüge"), or
    after a partitive word alone ("14 percent *of* kindergarteners").
    """
    glued = _hyphen_noun(text, pos, stop, lang)
    if glued is not None:
        return glued
    find = _capitalised_noun if _capitalised(lang) else _noun_group
    noun = find(text, pos, stop, lang)
    if noun is not None and measure and _direction(noun.surface, lang):
        return None  # "62 km *northwest* of Arequipa": where, not what is measured
    if noun is None and share:
        pat = pack_regex(lang, "nouns", "PARTITIVE_AFTER", re.IGNORECASE)
        m = pat.match(text, pos, stop) if pat is not None else None
        if m is not None:  # "60 percent *of its* departures", "60 Prozent *der* Abflüge"
            from factcheck.extract.figure_cues import is_part

            if is_part(text, m.start(), m.end(), lang):
                return None  # "86 percent *of them* residential": of the figure before
            return find(text, m.end(), stop, lang)
    if noun is None and (measure or share):
        from factcheck.extract.numbers.grammar import _grammar

        # the number grammar's own pattern for a partitive word after an amount
        m = _grammar(lang).partitive_re.match(text, pos, stop)
        if m is not None:
            noun = find(text, m.end(), stop, lang)
    return noun


def _direction(word: str, lang: str) -> bool:
    """True when ``word`` is a direction (the pack's ``nouns.COMPASS_AREAS``: "northwest",
    "north-west", "südwestlich")."""
    folded = word.casefold().replace("-", "")
    return any(folded.startswith(d) for d in _directions(lang))


@cache
def _directions(lang: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in get_language(lang).nouns.COMPASS_AREAS)


_HYPHENED = re.compile(r"-([^\W\d_]+)")


def _hyphen_noun(text: str, pos: int, stop: int, lang: str) -> CountedNoun | None:
    """A count glued to its noun by a hyphen ("a 12-story tower": twelve storeys), for
    the nouns of the pack's ``nouns.HYPHEN_COUNTED``."""
    m = _HYPHENED.match(text, pos, stop)
    if m is None:
        return None
    word = m.group(1).casefold()
    glued: dict[str, str] = get_language(lang).nouns.HYPHEN_COUNTED
    # the word as written, or inflected ("12-geschossige" for "geschossig")
    key = word if word in glued else next((k for k in glued if word.startswith(k)), None)
    if key is None:
        return None
    concept = glued[key]
    return CountedNoun(m.start(1), m.end(1), m.group(1), word, word, concept, (), ())


def _tokens(text: str, pos: int, stop: int, limit: int) -> list[re.Match[str]]:
    out = []
    for m in _WORD.finditer(text, pos, stop):
        out.append(m)
        if len(out) >= limit:
            break
    return out


def _capitalised_noun(text: str, pos: int, stop: int, lang: str) -> CountedNoun | None:
    """Where nouns are capitalised (German): skip up to three lower-case adjectives; the
    first capitalised word is the noun."""
    nouns = get_language(lang).nouns
    stop_words = get_language(lang).syntax.NOUN_GROUP_STOP
    toks = _tokens(text, pos, stop, 12)
    skipped = 0
    measure: str | None = None
    first: int | None = None  # where "Fern- und Regionalzüge" begins
    i = 0
    while i < len(toks):
        m = toks[i]
        w = m.group()
        if not w[0].isalpha():
            return None
        if (
            w.endswith("-")
            and i + 2 < len(toks)
            and toks[i + 1].group() in get_language(lang).syntax.COORDINATORS
            and toks[i + 2].group()[:1].isupper()
        ):
            # "48 Fern- und Regionalzüge": the compound after the coordinator names the
            # head both share
            first = m.start() if first is None else first
            i += 2
            continue
        if w[0].islower():
            if w in stop_words or skipped >= 3 or not w.endswith(nouns.SKIP_ADJECTIVE_SUFFIXES):
                return None
            skipped += 1
            i += 1
            continue
        if w in nouns.MEASURE_WORDS and measure is None:
            measure = w
            i += 1
            continue
        if w.casefold() in _vague_words(lang):
            return None  # "... Zentimetern beschädigten Tausende Autos": another amount
        lem, head, concept, mods = analyse(w, lang)
        content = _content(toks[i + 1 :], lang)
        if measure is not None and concept in (None, "ammunition", "shell"):
            concept = "shell"
        start = m.start() if first is None else first
        surface = text[start : m.end()]
        return CountedNoun(start, m.end(), surface, lem, head, concept, mods, content, measure)
    return None


@cache
def _vague_words(lang: str) -> frozenset[str]:
    """The pack's vague amounts (``hedges.VAGUE_AMOUNTS``: "Tausende", "Dutzende"), folded:
    an amount of its own, never the noun a number before it counts."""
    return frozenset(w.casefold() for w in get_language(lang).hedges.VAGUE_AMOUNTS)


def _verb_after_plural(prev: str, word: str, lang: str) -> bool:
    """True when ``word`` after the plural noun ``prev`` is a verb, not the head of a
    compound: ``prev`` is inflected and names a concept ("vehicles", "people"), ``word``
    is lower-case and uninflected naming none ("31,000 vehicles *cross*", "40 people
    *remain*") or ends like a verb's form (the pack's ``nouns.VERB_LIKE_SUFFIXES``: "47,600
    members *voted*"), while "rescue workers", "arms deal" keep their compound."""
    if not word.isalpha() or not word.islower() or not prev.isalpha():
        return False
    low, concepts = prev.casefold(), _concepts(lang)
    lem = lemma(low, lang).casefold()
    if lem == low or (low not in concepts and lem not in concepts):
        return False
    suffixes: tuple[str, ...] = get_language(lang).nouns.VERB_LIKE_SUFFIXES
    if suffixes and word.endswith(suffixes):
        return True  # a verb's form: "47,600 members *voted*", as "40 people *remain*"
    return lemma(word, lang) == word and word not in concepts


def _coordinated_modifier(group: list[re.Match[str]], rest: list[re.Match[str]], lang: str) -> bool:
    """True when the one word of ``group`` and the word after the coordinator that opens
    ``rest`` both modify the noun after them ("current *and* former customers", "domestic
    *or* international flights"): the first is a plain lower-case word of no concept (not
    inflected: "homes and businesses" are two nouns), the coordinator (the pack's
    ``syntax.COORDINATORS``) is followed by a lower-case word that is no number and a
    noun in an inflected form (a plural)."""
    if len(group) != 1 or len(rest) < 3:
        return False
    pack = get_language(lang)
    if rest[0].group().casefold() not in pack.syntax.COORDINATORS:
        return False
    stop_words = pack.syntax.NOUN_GROUP_STOP
    first, mod, noun = group[0].group(), rest[1].group(), rest[2].group()
    if not (first.isalpha() and mod.isalpha()):
        return False
    if not (first.islower() and mod.islower()) and not (first.istitle() and mod.istitle()):
        return False  # both plain words, or both proper adjectives ("German and French")
    if not (noun.isalpha() and noun.islower()) or mod in stop_words or noun in stop_words:
        return False
    if mod in pack.numbers.CARDINALS or first in _concepts(lang) or lemma(first, lang) != first:
        return False
    return lemma(noun, lang).casefold() != noun


def _noun_group(text: str, pos: int, stop: int, lang: str) -> CountedNoun | None:
    """Elsewhere (English): the words up to a stop word form the noun group; its last word
    is the head."""
    nouns, syntax = get_language(lang).nouns, get_language(lang).syntax
    stop_words = syntax.NOUN_GROUP_STOP
    toks = _tokens(text, pos, stop, 10)
    group: list[re.Match[str]] = []
    measure: str | None = None
    i = 0
    while i < len(toks):
        m = toks[i]
        w = m.group()
        lw = w.casefold()
        # a word in capitals is an acronym, not the stop word it spells ("500 US soldiers")
        if not w[0].isalpha() or (lw in stop_words and not (len(w) > 1 and w.isupper())):
            if lw == "of" and group and group[-1].group().casefold() in nouns.MEASURE_WORDS:
                measure = group.pop().group()
                i += 1
                continue
            if _coordinated_modifier(group, toks[i:], lang):
                group = []  # "9.8 million current and former customers": customers
                i += 1
                continue
            if (
                not group
                and (lw in nouns.INCREMENT_WORDS or lw in syntax.STOP_UNLESS_NOUN_AFTER)
                and i + 1 < len(toks)
                and toks[i + 1].group()[0].isalpha()
                and toks[i + 1].group().casefold() not in stop_words
            ):
                i += 1  # "500 *more* soldiers", "two *earlier* attempts": the noun follows
                continue
            break
        if (
            nouns.ADVERB_SUFFIXES
            and lw.endswith(nouns.ADVERB_SUFFIXES)
            and lemma(lw, lang).casefold() not in _concepts(lang)
        ):
            if group:
                break  # "12 people reportedly died"
            i += 1
            continue  # "three seriously injured", "two seriously": no noun of its own
        if group and lw in nouns.SIZING_AFTER:
            break  # "a train 28 cars *long*": the size word ends the noun group
        verb_like = lw in nouns.VERB_WORDS or (
            lw.endswith(nouns.VERB_LIKE_SUFFIXES)
            and lemma(lw, lang).casefold() not in _concepts(lang)
        )
        if verb_like and group:
            break  # "12,000 people joined": the verb ends the noun group
        if group and _verb_after_plural(group[-1].group(), w, lang):
            break  # "31,000 vehicles *cross* the bridge": a bare verb after a plural
        if verb_like and (
            lw in nouns.VERB_WORDS
            or i + 1 >= len(toks)
            or not toks[i + 1].group()[0].isalpha()
            or toks[i + 1].group().casefold() in stop_words
            or toks[i + 1].group().casefold().removesuffix("'s").removesuffix("’s")
            in days_and_months(lang)
        ):
            # "10 died", "360 killed and 900 injured", "250 reported Monday", "nine hours
            # following Monday's storm"
            return None
        if group and w[0].isupper() and not group[-1].group()[0].isupper():
            break  # a name after the noun opens another phrase ("5,600 buildings Turkish
            # officials said were destroyed")
        if w[0].isupper() and lw in days_and_months(lang):
            break  # "put the toll at 248 early Wednesday": a time, no counted noun
        if (
            lw in _relative_time_words(lang)
            and i + 1 < len(toks)
            and toks[i + 1].group().casefold() in get_language(lang).time.UNITS
        ):
            break  # "another 100,000 next week": a time, no counted noun
        group.append(m)
        if len(group) >= 4:
            break
        i += 1
    if not group:
        return None
    if _speaker_then_verb(group[-1].group(), toks[i : i + 2], lang):
        return None  # "far fewer than the 100,000 organizers had predicted": theirs
    head_m = group[-1]
    w = head_m.group()
    lem, head, concept, mods = analyse(w.casefold() if not w.isupper() else w, lang)
    if len(group) > 1:
        # an open compound the pack names ("rescue workers", "asylum seekers")
        two = f"{group[-2].group().casefold()} {lem.casefold()}"
        concept = _concepts(lang).get(two, concept)
    descriptive = get_language(lang).nouns.DESCRIPTIVE_ENDINGS
    # "76,000 screaming fans": what they do is no narrower kind of fan ("two neighbouring
    # buildings" are of a place: nouns.PLACE_PARTICIPLES)
    # "took seven *people* hostage": a word for people before a noun of people is no
    # narrower kind of it
    people = concept in PERSON_CONCEPTS
    modifiers = (
        tuple(
            g.group()
            for g in group[:-1]
            if (not g.group().endswith(descriptive) or _place_participle(g.group(), lang))
            and not (people and concept_of(g.group(), lang) == PERSON)
        )
        + mods
    )
    content = _content(toks[i:], lang)
    if measure is not None and concept in (None, "ammunition", "shell"):
        concept = "shell"
    start = group[0].start()
    return CountedNoun(
        start,
        head_m.end(),
        text[start : head_m.end()],
        lem,
        head,
        concept,
        modifiers,
        content,
        measure,
    )


@cache
def _place_participle(word: str, lang: str) -> bool:
    """True for a modifier of the pack's ``nouns.PLACE_PARTICIPLES`` ("neighbouring")."""
    return word.casefold() in pack_words(lang, "PLACE_PARTICIPLES")


def _relative_time_words(lang: str) -> frozenset[str]:
    """The pack's words that count a time unit from the publication ("next", "last",
    "this": ``time.NEXT_WORDS``, ``LAST_WORDS``, ``THIS_WORDS``), folded."""
    t = get_language(lang).time
    return frozenset(w.casefold() for w in (*t.NEXT_WORDS, *t.LAST_WORDS, *t.THIS_WORDS))


def _content(rest: list[re.Match[str]], lang: str) -> tuple[str, ...]:
    """Nouns after a content marker ("mit Munition", "of ammunition"), up to punctuation."""
    pack = get_language(lang)
    markers = {mk.split()[0] for mk in pack.nouns.CONTENT_MARKERS}
    capitalised = _capitalised(lang)
    stop_words, coordinators = pack.syntax.NOUN_GROUP_STOP, pack.syntax.COORDINATORS
    if not rest or rest[0].group().casefold() not in markers:
        return ()
    out: list[str] = []
    for m in rest[1:6]:
        w = m.group()
        if not w[0].isalpha():
            break
        if capitalised and w[0].isupper():
            out.append(analyse(w, lang)[1] if analyse(w, lang)[2] else lemma(w, lang))
        elif not capitalised and w.casefold() not in stop_words:
            out.append(lemma(w.casefold(), lang))
        elif w in coordinators:
            continue
        elif out:
            break
    return tuple(out)


def concept_of(word: str, lang: str) -> str | None:
    """The concept key of a noun (or its compound head), if the lexicon knows it."""
    return analyse(word, lang)[2]


@lru_cache(maxsize=4096)
def person_kind(word: str, lang: str) -> str | None:
    """The kind of person a plain noun names ("women": ``woman``, "Kinder": ``child``,
    "migrants": ``migrant``): its concept when that is one of people, else the kind of
    the pack's ``nouns.AGE_PERSONS`` its lemma is; None for any other word."""
    from factcheck.lang.concepts import PERSON_CONCEPTS

    concept = concept_of(word, lang)
    if concept in PERSON_CONCEPTS:
        return concept
    forms = {word.casefold(), lemma(word, lang).casefold()}
    for kind, words in get_language(lang).nouns.AGE_PERSONS.items():
        if forms & {w.casefold() for w in words}:
            return kind
    return None


def content_class(concept: str | None, lang: str) -> str | None:
    """The coarse class of carried goods ("military"), if known."""
    if concept is None:
        return None
    from factcheck.lang.concepts import CONTENT_CLASSES as classes

    return classes.get(concept, concept)
