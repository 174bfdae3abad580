"""Places, lookups: a place by key or name, country of a place or adjective, containment.

Part of :mod:`factcheck.extract.places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from factcheck.errors import UnknownNameError
from factcheck.extract.places.build import (
    _HYPHENS,
    _NOT_PLACE,
    _STOP,
    _Entry,
    _Gazetteer,
    _gazetteer,
    _norm,
)
from factcheck.lang import get_language, is_supported, languages
from factcheck.models import Place, PlaceKind

# ---------------------------------------------------------------------------------------
# Lookups


def _lang(lang: str | None) -> tuple[str, ...]:
    if lang is None:
        return languages()
    base = lang.lower().replace("_", "-").split("-")[0]
    if not is_supported(base):
        raise UnknownNameError("language", lang, languages())
    return (base,)


def _genitive_variants(token: str, lang: str) -> Iterator[str]:
    for ending in _gazetteer().words[lang].genitive_endings:
        if token.endswith(ending) and len(token) > len(ending) + 2:
            yield token[: -len(ending)]


_MEMO: list[Any] = [None, {}]
"""The gazetteer the answers of :func:`_lookup_norm` are kept for, and per language a
dictionary from normalised name to answer (the scan asks about every capitalised word
of every text; most are asked again and again)."""
_MEMO_MAX = 200_000


def _lookup_norm(g: _Gazetteer, norm: str, lang: str) -> tuple[_Entry, str] | None:
    """The entry for a normalised name, trying the genitive off its last word. The
    answers are kept per language for the gazetteer last asked."""
    memo = _memo_for(g, lang)
    if norm in memo:
        return memo[norm]
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    found = memo[norm] = _lookup_uncached(g, norm, lang)
    return found


def _memo_for(g: _Gazetteer, lang: str) -> dict[str, tuple[_Entry, str] | None]:
    """The answers of :func:`_lookup_norm` kept for ``g`` in ``lang`` (the same dictionary
    until another gazetteer is asked; a full one is cleared, not replaced)."""
    if _MEMO[0] is not g:
        _MEMO[0], _MEMO[1] = g, {}
    memo: dict[str, tuple[_Entry, str] | None] | None = _MEMO[1].get(lang)
    if memo is None:
        memo = _MEMO[1][lang] = {}
    return memo


def _lookup_uncached(g: _Gazetteer, norm: str, lang: str) -> tuple[_Entry, str] | None:
    idx = g.index[lang]
    e = idx.get(norm)
    if e is not None:
        return e, norm
    head, _, last = norm.rpartition(" ")
    for base in _genitive_variants(last, lang):
        cand = f"{head} {base}" if head else base
        e = idx.get(cand)
        if e is not None:
            return e, cand
    return None


@lru_cache(maxsize=4096)
def _named(key: str, name: str) -> Place:
    base = _gazetteer().places[key]
    return base if base.name == name else base.model_copy(update={"name": name})


def place_by_key(key: str) -> Place | None:
    """The place with this key (``country:RU``, ``city:vladivostok``), or None."""
    return _gazetteer().places.get(key)


def country_place(iso2: str) -> Place | None:
    """The country with ISO 3166-1 alpha-2 code ``iso2`` (``RU``, ``kp``), or None."""
    return place_by_key(f"country:{iso2.strip().upper()}")


def lookup_place(name: str, lang: str | None = None) -> Place | None:
    """The place a name denotes, in ``lang`` or (None) in any language.

    The name may be inflected (``Pjöngjangs``, ``Russia's``) and written in any case.
    The returned place's ``name`` is the name as given, without a genitive ending.
    Names that are not places (``Washington Post``) give None.
    """
    return _lookup_place(name, _lang(lang))


@lru_cache(maxsize=65536)
def _lookup_place(name: str, langs: tuple[str, ...]) -> Place | None:
    g = _gazetteer()
    norm = _norm(name)
    if not norm:
        return None
    for lg in langs:
        hit = _lookup_norm(g, norm, lg)
        if hit is None:
            continue
        entry, base = hit
        if entry.flags & (_NOT_PLACE | _STOP) or not entry.key:
            return None
        written = name.strip()
        if base != norm:
            written = _strip_genitive(written, lg)
        return _named(entry.key, written)
    return None


def _strip_genitive(word: str, lang: str) -> str:
    for ending in _gazetteer().words[lang].genitive_endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def stands_for(place: Place) -> Place | None:
    """The state or organisation a capital or seat of power stands for, or None.

    ``stands_for(lookup_place("Kreml"))`` is Russia; ``stands_for(lookup_place("Brüssel"))``
    is the EU; a country or an ordinary city gives None.
    """
    target = _gazetteer().stands.get(place.key)
    return None if target is None else place_by_key(target)


def contains(outer: Place, inner: Place) -> bool:
    """True when ``inner`` is ``outer`` or lies inside it (by key and containment chain)."""
    if outer.key == inner.key or outer.key in inner.within:
        return True
    full = place_by_key(inner.key)
    return full is not None and outer.key in full.within


def related(a: Place, b: Place) -> bool:
    """True when ``a`` and ``b`` are the same place or one contains the other."""
    return contains(a, b) or contains(b, a)


def country_of(name_or_key: str, lang: str | None = None) -> str | None:
    """The ISO code of the state a place name, key, adjective or metonym belongs to.

    ``country_of("Chabarowsk") == "RU"``, ``country_of("site:kremlin") == "RU"``,
    ``country_of("nordkoreanischen", "de") == "KP"``. The EU gives ``"EU"``.
    """
    text = name_or_key.strip()
    if not text:
        return None
    if re.fullmatch(r"[a-z]+:[\w.-]+", text):
        p = place_by_key(text)
        if p is not None:
            return p.country
    p = lookup_place(text, lang)
    if p is not None:
        return p.country
    for lg in _lang(lang):
        code = country_of_adjective(text, lg)
        if code is not None:
            return code
    return None


def _code_of(place: Place) -> str | None:
    target = _gazetteer().stands.get(place.key)
    if target is not None:
        p = place_by_key(target)
        if p is not None:
            return p.country
    return place.country


def country_of_adjective(word: str, lang: str) -> str | None:
    """The ISO code a country adjective, demonym or compound prefix refers to.

    German adjectives in any case ending (``russischen`` -> ``RU``, ``nordkoreanische``
    -> ``KP``), English ones (``North Korean`` -> ``KP``, ``US`` -> ``US``), demonyms
    (``Russen``, ``Americans``), compounds with a country, capital or seat as first part
    (``US-Verteidigungsminister`` -> ``US``, ``Kreml-Sprecher`` -> ``RU``,
    ``Nordkorea-Reise`` -> ``KP``, ``EU-Länder`` -> ``EU``, ``Kremlchef`` -> ``RU``),
    German city adjectives of capitals (``Moskauer`` -> ``RU``) and bare country names.
    A compound of two countries (``russisch-chinesisch``) gives None.
    """
    (lg,) = _lang(lang)
    return _country_of_adjective(word, lg)


@lru_cache(maxsize=65536)
def _country_of_adjective(word: str, lg: str) -> str | None:
    g = _gazetteer()
    text = word.strip().replace("’", "'")
    if not text:
        return None
    adj = g.adjectives[lg]
    code = _adjective_code(text, lg)
    if code is not None:
        return code
    # A bare name of a country, capital, seat or city
    p = lookup_place(text, lg)
    if p is not None:
        return _code_of(p)
    # Compounds: US-Verteidigungsminister, Kreml-Chef, russisch-chinesische
    for h in _HYPHENS:
        if h in text:
            head, _, tail = text.partition(h)
            head_code = _prefix_code(head, lg)
            if head_code is None:
                return None
            tail_code = adj.get(tail.casefold()) or _prefix_code(tail, lg)
            if tail_code is not None and tail_code != head_code and tail[:1].islower():
                return None
            if tail_code is not None and tail_code != head_code and _is_country_word(tail, lg):
                return None
            return head_code
    if g.words[lg].closed_compounds:
        # Moskauer, Pekinger: the adjective of a capital or seat
        base = get_language(lg).morphology.place_of_adjective(text)
        if base is not None:
            p = lookup_place(base, lg)
            if p is not None and p.key in g.stands:
                return _code_of(p)
        # Kremlchef, Russlandreise: a closed compound with a country or seat first
        if text[:1].isupper():
            for cut in range(len(text) - 3, 2, -1):
                rest = text[cut:]
                if not rest.islower():
                    continue
                entry = g.index[lg].get(text[:cut].casefold())
                if entry is None or not entry.key or entry.flags & (_STOP | _NOT_PLACE):
                    continue
                kind = entry.key.split(":", 1)[0]
                if kind == "country" or (kind == "site" and entry.key in g.stands):
                    p = place_by_key(entry.key)
                    if p is not None:
                        return _code_of(p)
    return None


@lru_cache(maxsize=16384)
def nationality_of(word: str, lang: str) -> str | None:
    """The ISO code of the country a word before a counted noun makes its people's
    (``German``, ``deutsche``, ``Ukrainian``, ``US`` in "18,000 German employees",
    "300 US troops"): an adjective or demonym of the gazetteer, or a country's short name
    in capitals (``US``, ``UK``); None for anything else (a city's name, a name that is
    also a state's, "Georgia voters", a compound such as ``US-trained``)."""
    if not word or "-" in word:
        return None
    (lg,) = _lang(lang)
    code = _adjective_code(word, lg)
    if code is not None:
        return code
    if not word.replace(".", "").isupper():
        return None
    p = lookup_place(word, lg)
    return _code_of(p) if p is not None and p.kind is PlaceKind.COUNTRY else None


def _adjective_code(word: str, lg: str) -> str | None:
    """The ISO code of a country adjective or demonym of the gazetteer, as written or
    normalised; None for any other word."""
    adj = _gazetteer().adjectives[lg]
    return adj.get(word.casefold()) or adj.get(_norm(word))


def _is_country_word(word: str, lang: str) -> bool:
    g = _gazetteer()
    if g.adjectives[lang].get(word.casefold()):
        return True
    p = lookup_place(word, lang)
    return p is not None and p.kind is PlaceKind.COUNTRY


def _prefix_code(part: str, lang: str) -> str | None:
    g = _gazetteer()
    code = g.adjectives[lang].get(part.casefold())
    if code is not None:
        return code
    p = lookup_place(part, lang)
    if p is None:
        return None
    return _code_of(p)
