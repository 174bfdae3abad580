"""The pipeline, flows: where the things a sentence counts come from and go to (an
origin and a destination, from the prepositions of its places and its verbs of delivering
and receiving). Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.extract.clauses import ascii_words, may_hold
from factcheck.extract.matches import PlaceMatch
from factcheck.extract.pipeline.state import _Flow
from factcheck.lang import get_language
from factcheck.models import Place


@cache
def _verb_pattern(lang: str, kind: str) -> re.Pattern[str]:
    """The verb stems of a kind, found anywhere in a word (see :func:`_verb_words`)."""
    ev = get_language(lang).events
    stems = ev.DELIVERY_VERBS if kind == "deliver" else ev.RECEIVE_VERBS
    return re.compile("|".join(re.escape(x) for x in stems), re.IGNORECASE)


@cache
def _verb_stems(lang: str, kind: str) -> tuple[str, ...] | None:
    """The verb stems of a kind, lower-cased for :func:`may_hold` (None: no prefilter)."""
    ev = get_language(lang).events
    return ascii_words(ev.DELIVERY_VERBS if kind == "deliver" else ev.RECEIVE_VERBS)


def _verb_words(text: str, s: int, e: int, lang: str, kind: str) -> list[tuple[int, str]]:
    r"""Start and text of each word in ``text[s:e]`` that holds a verb stem of the kind,
    as ``(?<![\w-])\w*?(?:stem|...)\w*`` finds them: the stems are searched once and each
    hit is widened to its word (not after a hyphen); a sentence with no stem at all is
    told by substring tests (:func:`~factcheck.extract.clauses.may_hold`)."""
    stems = _verb_stems(lang, kind)
    if stems is not None and not may_hold(text, s, e, stems):
        return []
    out: list[tuple[int, str]] = []
    last = -1
    for m in _verb_pattern(lang, kind).finditer(text, s, e):
        a = m.start()
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):
            a -= 1
        if a == last or a < s or (a > 0 and text[a - 1] == "-"):
            continue  # a second stem in the same word, or no word start in the window
        b = m.end()
        while b < e and (text[b].isalnum() or text[b] == "_"):
            b += 1
        last = a
        out.append((a, text[a:b]))
    return out


def _place_key(p: Place) -> str:
    return f"country:{p.country}" if p.country else p.key


def _flow(
    text: str,
    s: int,
    e: int,
    places: list[PlaceMatch],
    lang: str,
    skip: Sequence[tuple[int, int]] = (),
) -> _Flow:
    """Where the things a sentence counts come from and go to."""
    pack = get_language(lang)
    ev, dative_article = pack.events, _dative_article(lang)
    origin = dest = None
    bare: list[PlaceMatch] = []
    dative: list[PlaceMatch] = []
    for p in places:
        prep = (p.preposition or "").casefold()
        if prep in ev.ORIGIN_PREPOSITIONS:
            origin = origin or _place_key(p.place)
        elif prep in ev.DESTINATION_PREPOSITIONS:
            dest = dest or _place_key(p.place)
        elif not prep:
            before = text[max(s, p.start - 5) : p.start].casefold()
            if dative_article is not None and dative_article.search(before):
                dative.append(p)
            else:
                bare.append(p)

    def verb(kind: str) -> bool:
        # a verb outside the quantities and their nouns ("shipping containers" is no verb)
        for start, word in _verb_words(text, s, e, lang, kind):
            if not any(
                a <= start < b + 40 and _in_noun(text, start, word, a, lang) for a, b in skip
            ):
                return True
        return False

    deliver = verb("deliver")
    receive = verb("receive")
    if not (deliver or receive):
        return _Flow(origin, dest) if (origin or dest) else _Flow()
    if deliver:
        if dest is None and dative:
            dest = _place_key(dative[0].place)
        if origin is None and bare:
            origin = _place_key(bare.pop(0).place)
        if dest is None and bare:
            dest = _place_key(bare.pop(0).place)
        if origin is None:
            origin = _compound_country(text, s, e, lang)
    elif receive:
        if dest is None and bare:
            dest = _place_key(bare.pop(0).place)
        if origin is None and bare:
            origin = _place_key(bare.pop(0).place)
    return _Flow(origin, dest)


def _in_noun(text: str, start: int, word: str, qstart: int, lang: str) -> bool:
    """True when a verb-like word at ``start`` is part of the counted noun group after a
    number: no comma and at most four words between, and not a verb form (the pack's
    ``syntax.VERB_FORM_ENDINGS``)."""
    between, endings = text[qstart:start], get_language(lang).syntax.VERB_FORM_ENDINGS
    return ", " not in between and len(between.split()) <= 4 and not word.endswith(endings)


@cache
def _dative_article(lang: str) -> re.Pattern[str] | None:
    """The pack's article that makes a bare place before it a dative ("an der Grenze")."""
    rx = get_language(lang).syntax.DATIVE_BEFORE_PLACE
    return re.compile(rx) if rx else None


@cache
def _compound_actor(lang: str) -> re.Pattern[str] | None:
    """The pack's compound that names a country as actor ("EU-Länder"), group 1 the name."""
    rx = get_language(lang).syntax.COMPOUND_ACTOR
    return re.compile(rx) if rx else None


def _compound_country(text: str, s: int, e: int, lang: str) -> str | None:
    """ "Die EU-Länder ... liefern": the country or union named as a compound prefix."""
    from factcheck.extract.places import country_of

    pattern = _compound_actor(lang)
    if pattern is None:
        return None
    for m in pattern.finditer(text, s, e):
        iso = country_of(m.group(1), lang)
        if iso:
            return f"country:{iso}"
    return None
